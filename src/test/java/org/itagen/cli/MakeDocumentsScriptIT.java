package org.itagen.cli;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itagen.testing.ExternalTools;
import org.itagen.testing.Golden;
import org.itagen.testing.Processes;
import org.itagen.testing.Processes.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The double-click script `itagen init` writes (สร้างเอกสาร.sh, the same text as the macOS
 * .command), run as a file manager would: in a bare environment, from its own folder, nobody
 * typing. init's top folder holds the workbook, its subfolder ไฟล์ข้อความ the text files, each with
 * the script: the top one must read ITA.xlsx, the subfolder's its text files. The full run uses the
 * packaged jar; the others use a stand-in itagen that only records how it was called, to test which
 * data the script passes, where it looks for itagen and what it does with exit codes.
 */
@DisabledOnOs(OS.WINDOWS)
class MakeDocumentsScriptIT {
    private static final String SCRIPT = "สร้างเอกสาร.sh";
    /** What the full run types into the workbook: found in the documents only if the workbook was read. */
    private static final String BOOK_NAME = "กรมทดสอบสมุดงาน";
    /** Question i1's 2568 score (89.40 in the sample): still under 90 and covered by measure 1, so check stays clean. */
    private static final String BOOK_SCORE = "81.23";
    /** ... as the documents print it, in Thai digits. */
    private static final String BOOK_SCORE_PRINTED = "๘๑.๒๓";

    @TempDir
    Path tmp;

    private Path data;
    private Path text;

    @BeforeEach
    void init() {
        data = tmp.resolve("ข้อมูล ITA");
        text = data.resolve(InitCommand.TEXT_FOLDER);
        CliRun r = CliRun.of("init", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void makesTheFourDocumentsFromTheWorkbookAndTheSubfolderFromItsTextFiles() throws Exception {
        // A launcher like a release's, where `init` was run from (-Ditagen.home): the scripts must find
        // it there with no ITAGEN_HOME and nothing on PATH.
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = Golden.projectDir().resolve(System.getProperty("itagen.jar", "target/itagen.jar"));
        Path home = Files.createDirectories(tmp.resolve("itagen home"));
        launcher(home.resolve("itagen"), "exec '" + java + "' -Djava.awt.headless=true -jar '" + jar + "' \"$@\"");
        Path folder = tmp.resolve("from-launcher");
        Run init = Processes.run(List.of(java, "-Ditagen.home=" + home, "-jar", jar.toString(), "init", folder.toString()),
                tmp, env(), tmp.resolve("logs"), 120);
        assertThat(init.code()).as(init.all()).isZero();
        assertThat(folder.resolve(SCRIPT)).isExecutable();
        // The officer's edit, in the workbook only: if the script read the text files, neither would show.
        edit(folder.resolve("ITA.xlsx"), BOOK_NAME, BOOK_SCORE);

        Run r = Processes.run(List.of("./" + SCRIPT), folder, env(), tmp.resolve("logs"), 600);

        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("ข้อมูล: สมุดงาน ITA.xlsx", "ขั้นที่ 1/3", "ขั้นที่ 2/3", "ขั้นที่ 3/3", "เสร็จแล้ว")
                .doesNotContain("ไม่ได้ใช้");
        Path out = folder.resolve("เอกสาร");
        assertThat(documents(out)).containsExactly(org.itagen.render.OutputManifest.FILE_NAME,
                "O25_dcws_2569.docx", "O25_dcws_2569.pdf", "O28_dcws_2569.docx", "O28_dcws_2569.pdf");
        // Read back: the documents are the workbook's, in Thai.
        for (String kind : List.of("O25", "O28")) {
            assertThat(ExternalTools.pdfToText(out.resolve(kind + "_dcws_2569.pdf"))).as(kind).contains(BOOK_NAME);
            assertThat(docxText(out.resolve(kind + "_dcws_2569.docx"))).as(kind).contains(BOOK_NAME);
        }
        assertThat(ExternalTools.pdfToText(out.resolve("O25_dcws_2569.pdf"))).contains(BOOK_SCORE_PRINTED);
        assertThat(docxText(out.resolve("O25_dcws_2569.docx"))).contains(BOOK_SCORE_PRINTED);

        // The subfolder's own script: its text files, its own output folder, none of the workbook's edit.
        Path sub = folder.resolve(InitCommand.TEXT_FOLDER);
        Run t = Processes.run(List.of("./" + SCRIPT), sub, env(), tmp.resolve("logs"), 600);
        assertThat(t.code()).as(t.all()).isZero();
        assertThat(t.out()).contains("ข้อมูล: scores.csv และ measures.yaml", "เสร็จแล้ว");
        Path textOut = sub.resolve("เอกสาร");
        assertThat(documents(textOut)).contains("O25_dcws_2569.pdf", "O28_dcws_2569.pdf", "O25_dcws_2569.docx", "O28_dcws_2569.docx");
        for (String kind : List.of("O25", "O28")) {
            String pdf = ExternalTools.pdfToText(textOut.resolve(kind + "_dcws_2569.pdf"));
            assertThat(pdf).as(kind).contains("กรมพัฒนาระบบน้ำชุมชน").doesNotContain(BOOK_NAME).doesNotContain(BOOK_SCORE_PRINTED);
            assertThat(docxText(textOut.resolve(kind + "_dcws_2569.docx"))).as(kind).doesNotContain(BOOK_NAME);
        }
    }

    /**
     * Types into init's workbook as an officer would: the agency's name on the agency sheet, and
     * question i1's score of the assessment year (2568) on the scores sheet.
     */
    static void edit(Path book, String name, String score) throws IOException {
        DataFormatter text = new DataFormatter();
        try (java.io.InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            boolean named = false;
            for (Row row : wb.getSheet("หน่วยงาน")) {
                if (row.getCell(0) != null && text.formatCellValue(row.getCell(0)).equals("ชื่อหน่วยงาน")) {
                    row.createCell(1).setCellValue(name);
                    named = true;
                }
            }
            boolean scored = false;
            for (Row row : wb.getSheet("คะแนน")) {
                // agency_id, agency_name, fiscal_year, tool, indicator, item, part, score
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < 8; c++) cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                if (cells.get(2).equals("2568") && cells.get(3).equals("IIT") && cells.get(4).equals("1") && cells.get(5).equals("i1")) {
                    row.createCell(7).setCellValue(Double.parseDouble(score));
                    scored = true;
                }
            }
            assertThat(named).as("the agency sheet has a name row").isTrue();
            assertThat(scored).as("the scores sheet has question i1 of 2568").isTrue();
            try (OutputStream o = Files.newOutputStream(book)) {
                wb.write(o);
            }
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (ZipFile z = new ZipFile(docx.toFile())) {
            return new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> documents(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void initSaysSoWhenTheLocaleCannotNameFilesInThai() throws Exception {
        // No locale at all (as under cron): Java names files in ASCII; the launchers set C.UTF-8, java -jar does not.
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = Golden.projectDir().resolve(System.getProperty("itagen.jar", "target/itagen.jar"));
        Run r = Processes.run(List.of(java, "-jar", jar.toString(), "init", "plain"), tmp, Map.of("PATH", "/usr/bin:/bin"),
                tmp.resolve("logs"), 120);
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).contains("cannot name files in Thai", "LC_ALL=C.UTF-8");
        assertThat(tmp.resolve("plain")).doesNotExist();
    }

    @Test
    void theTopFolderRunsCheckThenO25AndO28OnTheWorkbook() throws Exception {
        Path home = recorder(tmp.resolve("home"), 0);
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("ข้อมูล: สมุดงาน ITA.xlsx").doesNotContain("ไม่ได้ใช้");
        Path out = data.toRealPath().resolve("เอกสาร");
        assertThat(calls()).containsExactly(
                home.resolve("itagen") + " check --lang th --workbook ITA.xlsx",
                home.resolve("itagen") + " o25 --lang th --workbook ITA.xlsx --out " + out,
                home.resolve("itagen") + " o28 --lang th --workbook ITA.xlsx --out " + out);
    }

    @Test
    void theTextFolderRunsCheckThenO25AndO28OnItsTextFiles() throws Exception {
        assertThat(text.resolve("ITA.xlsx")).doesNotExist();
        Path home = recorder(tmp.resolve("home"), 0);
        Run r = script(text, Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("ข้อมูล: scores.csv และ measures.yaml");
        Path out = text.toRealPath().resolve("เอกสาร");
        assertThat(calls()).containsExactly(
                home.resolve("itagen") + " check --lang th --scores scores.csv --measures measures.yaml",
                home.resolve("itagen") + " o25 --lang th --scores scores.csv --measures measures.yaml --out " + out,
                home.resolve("itagen") + " o28 --lang th --scores scores.csv --measures measures.yaml --out " + out);
    }

    @Test
    void textFilesNextToTheWorkbookAreNamedAsNotUsed() throws Exception {
        // An officer who copies the text files up beside ITA.xlsx: the workbook still wins, and the script says so.
        Files.copy(text.resolve("scores.csv"), data.resolve("scores.csv"));
        Files.copy(text.resolve("measures.yaml"), data.resolve("measures.yaml"));
        Path home = recorder(tmp.resolve("home"), 0);
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("ไม่ได้ใช้ scores.csv ในโฟลเดอร์นี้", "ไม่ได้ใช้ measures.yaml ในโฟลเดอร์นี้");
        assertThat(calls()).hasSize(3).allSatisfy(c -> assertThat(c).contains("--workbook ITA.xlsx").doesNotContain("--scores"));
    }

    @Test
    void withNeitherWorkbookNorTextFilesSaysWhatItNeeds() throws Exception {
        Files.delete(text.resolve("scores.csv"));
        Path home = recorder(tmp.resolve("home"), 0);
        Run r = script(text, Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("ต้องมีสมุดงาน ITA.xlsx หรือไฟล์ scores.csv");
        assertThat(calls()).isEmpty();
    }

    @Test
    void looksNextToItselfFirstThenItagenHomeThenPath() throws Exception {
        Path onPath = recorder(tmp.resolve("on path"), 0);
        Path home = recorder(tmp.resolve("home"), 0);
        script(Map.of("PATH", onPath + ":/usr/bin:/bin"));
        assertThat(calls()).first().asString().startsWith(onPath.resolve("itagen").toString());

        Files.delete(tmp.resolve("calls.txt"));
        script(Map.of("PATH", onPath + ":/usr/bin:/bin", "ITAGEN_HOME", home.toString()));
        assertThat(calls()).first().asString().startsWith(home.resolve("itagen").toString());

        Files.delete(tmp.resolve("calls.txt"));
        recorder(data, 0);
        script(Map.of("PATH", onPath + ":/usr/bin:/bin", "ITAGEN_HOME", home.toString()));
        assertThat(calls()).first().asString().startsWith(data.toRealPath().resolve("itagen").toString());
    }

    @Test
    void theTextFolderFindsTheReleaseTwoFoldersUp() throws Exception {
        // A release: itagen/ตัวอย่าง/ไฟล์ข้อความ/สร้างเอกสาร.sh, with itagen two folders up, nothing set.
        recorder(tmp, 0);
        Run r = script(text, Map.of());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(calls()).first().asString()
                .startsWith(text.toRealPath() + "/../../itagen check --lang th --scores scores.csv");
    }

    @Test
    void saysInThaiWhenItagenIsNowhere() throws Exception {
        Run r = script(Map.of());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("ไม่พบโปรแกรม itagen", "ITAGEN_HOME");
    }

    @Test
    void stopsAfterCheckWhenTheDataCannotBeRead() throws Exception {
        Path home = recorder(tmp.resolve("home"), 2);
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("อ่านไฟล์ข้อมูลไม่ได้");
        assertThat(calls()).hasSize(1);
    }

    @Test
    void findingsStillMakeTheDocumentsButSaySo() throws Exception {
        Path home = recorder(tmp.resolve("home"), 1);
        // The stand-in fails check with findings (1) and succeeds otherwise.
        Files.writeString(home.resolve("itagen"), "#!/bin/sh\necho \"$0 $*\" >> \"$ITAGEN_CALLS\"\n"
                + "[ \"$1\" = check ] && exit 1\nexit 0\n");
        Run r = script(Map.of("ITAGEN_HOME", home.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(calls()).hasSize(3);
        assertThat(r.out()).contains("ยังมีข้อผิดพลาดที่จะทำให้เสียคะแนน");
    }

    private Run script(Map<String, String> extra) throws IOException, InterruptedException {
        return script(data, extra);
    }

    private Run script(Path folder, Map<String, String> extra) throws IOException, InterruptedException {
        Map<String, String> env = env();
        env.put("ITAGEN_CALLS", tmp.resolve("calls.txt").toString());
        env.putAll(extra);
        return Processes.run(List.of("./" + SCRIPT), folder, env, tmp.resolve("logs"), 120);
    }

    /** A bare desktop session: a UTF-8 locale, the system PATH, and no folder opened. */
    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("LC_ALL", "C.UTF-8");
        env.put("ITAGEN_NO_OPEN", "1");
        return env;
    }

    /** An itagen that writes how it was called to $ITAGEN_CALLS and exits with {@code code}. */
    private static Path recorder(Path dir, int code) throws IOException {
        Files.createDirectories(dir);
        launcher(dir.resolve("itagen"), "echo \"$0 $*\" >> \"$ITAGEN_CALLS\"\nexit " + code);
        return dir;
    }

    private static void launcher(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> calls() throws IOException {
        Path log = tmp.resolve("calls.txt");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }
}
