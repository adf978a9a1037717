package org.itagen.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 "done means": {@code init} -> the officer's workbook filled by a script -> o25/o28
 * give the same documents (same bytes) as the YAML path, for each of the three samples.
 *
 * <p>Unlike {@link WorkbookPathTest} (init's workbook, written by itagen's own WorkbookWriter),
 * the workbook here is emptied and typed in cell by cell as an officer would, from the sample's
 * files read with plain SnakeYAML and CSV splitting (not itagen's readers): labels found by
 * their Thai text, dates as real Excel dates, steps one per line in a cell, statuses as the
 * drop-down's Thai words, evidence as "title | link" lines.
 */
class WorkbookFilledByScriptTest {
    static final Map<String, String> AGENCY_LABELS = Map.of(
            "id", "รหัสหน่วยงาน", "name", "ชื่อหน่วยงาน", "short_name", "ชื่อย่อ", "prepared_by", "ผู้จัดทำ",
            "plan_year", "ปีงบประมาณของแผน", "assessment_year", "ปีที่ประเมิน",
            "body", "ผู้อนุมัติ", "meeting", "ครั้งที่ประชุม", "date", "วันที่อนุมัติ");
    /** The optional sections' rows of the agency sheet, by their measures.yaml path. */
    static final Map<String, String> SECTION_LABELS = Map.ofEntries(
            Map.entry("document_date.o25", "วันที่ของเอกสาร O25"), Map.entry("document_date.o28", "วันที่ของเอกสาร O28"),
            Map.entry("national_rank.rank", "ลำดับที่ในกลุ่มหน่วยงาน"), Map.entry("national_rank.group_size", "จำนวนหน่วยงานในกลุ่ม"),
            Map.entry("national_rank.group", "ชื่อกลุ่มหน่วยงาน"),
            Map.entry("national_rank.participants", "จำนวนหน่วยงานที่เข้ารับการประเมินทั้งประเทศ"),
            Map.entry("monitoring.report_by", "กำหนดวันรายงานผล"), Map.entry("monitoring.report_to", "รายงานผลต่อ"),
            Map.entry("monitoring.steps", "แนวทางการกำกับติดตาม (บรรทัดละข้อ)"),
            Map.entry("limitations", "ข้อจำกัดและอุปสรรค (บรรทัดละข้อ)"));
    static final Map<String, String> STATUS = Map.of(
            "done", "ดำเนินการแล้วเสร็จ", "in_progress", "อยู่ระหว่างดำเนินการ", "not_started", "ยังไม่ได้ดำเนินการ");

    @ParameterizedTest
    @ValueSource(strings = {"department", "municipality", "public_organization"})
    void aWorkbookTypedInByAScriptGivesTheSameDocumentsAsTheYaml(String sample, @TempDir Path tmp) throws Exception {
        Path files = tmp.resolve("files");
        assertThat(CliRun.of("init", files.toString(), "--sample", sample).exitCode()).isZero();
        Path blank = tmp.resolve("blank");
        assertThat(CliRun.of("init", blank.toString()).exitCode()).isZero(); // the workbook an officer starts from
        Path book = tmp.resolve("ITA-" + sample + ".xlsx");
        fill(blank.resolve("ITA.xlsx"), files.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv"), files.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml"), book);

        for (String doc : List.of("o25", "o28")) {
            Path viaYaml = tmp.resolve("yaml-" + doc);
            Path viaBook = tmp.resolve("book-" + doc);
            CliRun a = CliRun.of(doc, "--scores", files.resolve(InitCommand.TEXT_FOLDER).resolve("scores.csv").toString(),
                    "--measures", files.resolve(InitCommand.TEXT_FOLDER).resolve("measures.yaml").toString(), "--out", viaYaml.toString(), "--format", "txt,pdf,docx");
            CliRun b = CliRun.of(doc, "--workbook", book.toString(), "--out", viaBook.toString(), "--format", "txt,pdf,docx");
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(b.exitCode()).as(b.err()).isZero();
            List<Path> written;
            try (Stream<Path> s = Files.list(viaYaml)) {
                written = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
            assertThat(written).hasSize(3);
            for (Path f : written) { // the text first: a difference reads as text
                Path other = viaBook.resolve(f.getFileName().toString());
                if (f.toString().endsWith(".txt")) assertThat(Files.readString(other)).isEqualTo(Files.readString(f));
            }
            for (Path f : written) {
                assertThat(Files.readAllBytes(viaBook.resolve(f.getFileName().toString()))).as(sample + " " + f.getFileName())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    /** Empties init's workbook and types the sample in, as an officer (or their script) would. */
    @SuppressWarnings("unchecked")
    static void fill(Path initBook, Path scoresCsv, Path measuresYaml, Path out) throws Exception {
        Map<String, Object> y;
        try (InputStream in = Files.newInputStream(measuresYaml)) {
            y = new Yaml().load(in);
        }
        try (InputStream in = Files.newInputStream(initBook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));

            Sheet agency = wb.getSheet("หน่วยงาน");
            for (int r = agency.getLastRowNum(); r >= 1; r--) { // keep the labels, clear the values and the example's text rows
                Row row = agency.getRow(r);
                if (row == null) continue;
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("ข้อความ:")) agency.removeRow(row);
                else if (row.getCell(1) != null) row.removeCell(row.getCell(1));
            }
            Map<String, Object> a = (Map<String, Object>) y.get("agency");
            for (var e : a.entrySet()) put(agency, AGENCY_LABELS.get(e.getKey()), e.getValue(), date);
            put(agency, AGENCY_LABELS.get("plan_year"), y.get("plan_year"), date);
            if (y.get("assessment_year") != null) put(agency, AGENCY_LABELS.get("assessment_year"), y.get("assessment_year"), date);
            if (y.get("approval") instanceof Map<?, ?> ap) {
                for (var e : ((Map<String, Object>) ap).entrySet()) put(agency, AGENCY_LABELS.get(e.getKey()), e.getValue(), date);
            }
            if (y.get("texts") instanceof Map<?, ?> texts) {
                for (var e : ((Map<String, Object>) texts).entrySet()) {
                    Row row = agency.createRow(agency.getLastRowNum() + 1);
                    row.createCell(0).setCellValue("ข้อความ:" + e.getKey());
                    row.createCell(1).setCellValue(String.valueOf(e.getValue()));
                }
            }

            for (String section : List.of("document_date", "national_rank", "monitoring")) {
                if (y.get(section) instanceof Map<?, ?> m) {
                    for (var e : ((Map<String, Object>) m).entrySet()) {
                        Object v = e.getValue() instanceof List<?> l ? joined(l, "\n") : e.getValue();
                        put(agency, SECTION_LABELS.get(section + "." + e.getKey()), v, date);
                    }
                }
            }
            if (y.get("limitations") != null) put(agency, SECTION_LABELS.get("limitations"), joined(y.get("limitations"), "\n"), date);

            // The optional sheets: emptied, then one row per recommendation, issue and person.
            for (String name : List.of("ข้อเสนอแนะ", "ประเด็น", "คณะทำงาน")) {
                Sheet sh = wb.getSheet(name);
                assertThat(sh).as(name).isNotNull();
                for (int r = sh.getLastRowNum(); r >= 1; r--) if (sh.getRow(r) != null) sh.removeRow(sh.getRow(r));
            }
            int rr = 1;
            for (Map<String, Object> rec : (List<Map<String, Object>>) y.getOrDefault("recommendations", List.of())) {
                Row row = wb.getSheet("ข้อเสนอแนะ").createRow(rr++);
                text(row, 0, rec.get("tool"));
                text(row, 1, joined(rec.get("indicators"), ", "));
                text(row, 2, joined(rec.get("items"), ", "));
                text(row, 3, rec.get("text"));
            }
            rr = 1;
            for (Map<String, Object> issue : (List<Map<String, Object>>) y.getOrDefault("issues", List.of())) {
                Row row = wb.getSheet("ประเด็น").createRow(rr++);
                text(row, 0, issue.get("title"));
                text(row, 1, joined(issue.get("measures"), ", "));
                text(row, 2, joined(issue.get("items"), ", "));
                text(row, 3, issue.get("analysis"));
                text(row, 4, joined(issue.get("limitations"), "\n"));
            }
            rr = 1;
            for (String group : List.of("advisers", "preparers")) {
                for (Map<String, Object> person : (List<Map<String, Object>>) y.getOrDefault(group, List.of())) {
                    Row row = wb.getSheet("คณะทำงาน").createRow(rr++);
                    text(row, 0, group.equals("advisers") ? "ที่ปรึกษา" : "ผู้จัดทำ");
                    text(row, 1, person.get("name"));
                    text(row, 2, person.get("position"));
                }
            }

            Sheet scores = wb.getSheet("คะแนน");
            for (int r = scores.getLastRowNum(); r >= 1; r--) if (scores.getRow(r) != null) scores.removeRow(scores.getRow(r));
            List<String> lines = Files.readAllLines(scoresCsv, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                String[] cells = lines.get(i).split(",", -1);
                Row row = scores.createRow(i);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) continue;
                    if (c == 2 || c == 4 || c == 7) row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    else row.createCell(c).setCellValue(cells[c]);
                }
            }

            Sheet measures = wb.getSheet("มาตรการ");
            for (int r = measures.getLastRowNum(); r >= 1; r--) if (measures.getRow(r) != null) measures.removeRow(measures.getRow(r));
            int r = 1;
            for (Map<String, Object> m : (List<Map<String, Object>>) y.get("measures")) {
                Row row = measures.createRow(r++);
                text(row, 0, m.get("id"));
                text(row, 1, m.get("title"));
                text(row, 2, joined(m.get("indicators"), ", "));
                text(row, 3, joined(m.get("items"), ", "));
                text(row, 4, m.get("analysis"));
                text(row, 5, joined(m.get("steps"), "\n"));
                if (m.get("period") instanceof Map<?, ?> p) {
                    dateCell(row, 6, p.get("start"), date);
                    dateCell(row, 7, p.get("end"), date);
                } else {
                    text(row, 8, String.valueOf(m.get("period")).replace("Q", ""));
                }
                text(row, 9, m.get("owner"));
                text(row, 10, m.get("result"));
                text(row, 11, m.get("outcome"));
                if (m.get("status") != null) text(row, 12, STATUS.get(String.valueOf(m.get("status"))));
                if (m.get("evidence") instanceof List<?> ev) {
                    text(row, 13, ev.stream().map(e -> e instanceof Map<?, ?> em ? em.get("title") + " | " + em.get("url") : String.valueOf(e))
                            .collect(Collectors.joining("\n")));
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }

    private static String joined(Object list, String sep) {
        if (list == null) return null;
        return ((List<?>) list).stream().map(String::valueOf).collect(Collectors.joining(sep));
    }

    private static void text(Row row, int col, Object v) {
        if (v != null) row.createCell(col).setCellValue(String.valueOf(v));
    }

    private static void dateCell(Row row, int col, Object v, CellStyle style) {
        if (v == null) return;
        Cell c = row.createCell(col);
        c.setCellValue(v instanceof Date d ? LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC) : LocalDate.parse(String.valueOf(v)));
        c.setCellStyle(style);
    }

    /** The value of the row labelled {@code label}: numbers as numbers, dates as Excel dates. */
    private static void put(Sheet s, String label, Object v, CellStyle date) {
        assertThat(label).isNotNull();
        for (Row row : s) {
            if (row.getCell(0) == null || !label.equals(row.getCell(0).getStringCellValue())) continue;
            Cell c = row.createCell(1);
            if (v instanceof Integer i) c.setCellValue(i);
            else if (v instanceof Date || v instanceof LocalDate) dateCell(row, 1, v, date);
            else if (v != null) c.setCellValue(String.valueOf(v));
            return;
        }
        throw new AssertionError("no row labelled " + label);
    }
}
