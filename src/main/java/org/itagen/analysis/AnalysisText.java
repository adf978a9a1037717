package org.itagen.analysis;

import org.itagen.thai.DisplayWidth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The analysis as a Thai table for a terminal, columns aligned by display width. */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String toText(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append("ผลการวิเคราะห์ ITA: ").append(a.agency().label());
        if (a.agency().id() != null && a.agency().name() != null) sb.append(" (").append(a.agency().id()).append(')');
        sb.append('\n');
        sb.append("ไฟล์: ").append(a.source()).append("  ปีงบประมาณ: ");
        sb.append(String.join(", ", a.years().stream().map(String::valueOf).toList())).append("\n\n");

        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("แบบวัด", "ตัวชี้วัด"));
        for (int y : a.years()) head.add("ปี " + y);
        if (a.twoYears()) head.addAll(List.of("เพิ่ม/ลด", "ผลต่าง"));
        head.addAll(List.of("สูงสุด/ต่ำสุด", "ลำดับ"));
        rows.add(head.toArray(String[]::new));
        for (ToolResult t : a.tools()) {
            boolean first = true;
            for (int n : t.indicators()) {
                IndicatorResult r = a.indicator(n);
                List<String> row = new ArrayList<>(List.of(first ? t.tool().name() : "", "(" + n + ") " + r.name()));
                first = false;
                for (int y : a.years()) row.add(num(r.scores().get(y)));
                if (a.twoYears()) {
                    row.add(r.direction() == null ? "" : r.direction().thai());
                    row.add(signed(r.change()));
                }
                String mark = r.highestInTool() && r.lowestInTool() ? "" : r.highestInTool() ? "สูงสุด" : r.lowestInTool() ? "ต่ำสุด" : "";
                row.add(mark);
                row.add(r.rank() == null ? "" : String.valueOf(r.rank()));
                rows.add(row.toArray(String[]::new));
            }
            List<String> total = new ArrayList<>(List.of("", "ผลคะแนนรวม " + t.tool()));
            for (int y : a.years()) total.add(num(t.total(y)));
            if (a.twoYears()) {
                total.add(t.direction() == null ? "" : t.direction().thai());
                total.add(signed(t.change()));
            }
            total.addAll(List.of("", ""));
            rows.add(total.toArray(String[]::new));
        }
        List<String> ita = new ArrayList<>(List.of("ITA", "ผลการประเมิน ITA ภาพรวม"));
        for (int y : a.years()) ita.add(num(a.ita().total(y)));
        if (a.twoYears()) {
            ita.add(a.ita().direction() == null ? "" : a.ita().direction().thai());
            ita.add(signed(a.ita().change()));
        }
        ita.addAll(List.of("", ""));
        rows.add(ita.toArray(String[]::new));
        List<String> band = new ArrayList<>(List.of("", "ระดับผลการประเมิน"));
        for (int y : a.years()) {
            Band b = a.ita().band().get(y);
            band.add(b == null || b.name() == null ? "-" : b.name());
        }
        if (a.twoYears()) band.addAll(List.of("", ""));
        band.addAll(List.of("", ""));
        rows.add(band.toArray(String[]::new));
        table(sb, rows, 2);

        if (!a.ranking().isEmpty()) {
            sb.append("\nเรียงลำดับตัวชี้วัดจากคะแนนมากไปน้อย (ปี ").append(a.currentYear()).append(")\n");
            List<String[]> rk = new ArrayList<>();
            rk.add(new String[]{"ลำดับ", "ตัวชี้วัด", "แบบวัด", "คะแนน"});
            for (RankEntry r : a.ranking()) {
                rk.add(new String[]{r.rank() + (r.tied() ? "=" : ""), "(" + r.indicator() + ") " + r.name(),
                        r.tool().name(), num(r.score())});
            }
            table(sb, rk, 3);
        }
        if (!a.falls().isEmpty()) {
            sb.append("\nตัวชี้วัดที่คะแนนลดลง (มากไปน้อย)\n");
            for (Fall f : a.falls()) {
                sb.append("  (").append(f.indicator()).append(") ").append(f.name()).append(": ")
                        .append(num(f.previous())).append(" -> ").append(num(f.current())).append(" (")
                        .append(signed(f.change())).append(")").append(f.largest() ? " ลดลงมากที่สุด" : "").append('\n');
            }
        }
        sb.append("\nข้อคำถามที่ได้ต่ำกว่า ").append(a.threshold().stripTrailingZeros().toPlainString())
                .append(" คะแนน (ปี ").append(a.currentYear()).append(")\n");
        if (a.weakItems().isEmpty()) {
            sb.append("  -\n");
        } else {
            List<String[]> wk = new ArrayList<>();
            for (WeakItem w : a.weakItems()) {
                String code = w.item() + (w.part() == null ? "" : " (" + w.part().englishLabel() + ")");
                String text = w.wording() == null ? "" : w.wording();
                if (w.fallback()) text = (text.isEmpty() ? "" : text + " ") + "[ทุกข้อไม่ต่ำกว่าเกณฑ์: ข้อที่ต่ำสุด]";
                wk.add(new String[]{"  " + code, "ตัวชี้วัดที่ " + w.indicator(), num(w.score()), text});
            }
            table(sb, wk, 2);
        }
        if (!a.notes().isEmpty()) {
            sb.append("\nหมายเหตุ\n");
            for (String n : a.notes()) sb.append("  - ").append(n).append('\n');
        }
        if (!a.warnings().isEmpty()) {
            sb.append("\nคำเตือน\n");
            for (Warning w : a.warnings()) {
                sb.append("  ! ").append(w.where() == null ? "" : w.where() + ": ").append(w.message()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Columns padded by display width; numeric-looking cells right-aligned from column {@code firstNumeric}. */
    static void table(StringBuilder sb, List<String[]> rows, int firstNumeric) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] w = new int[cols];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) w[c] = Math.max(w[c], DisplayWidth.displayWidth(r[c]));
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String cell = r[c] == null ? "" : r[c];
                boolean numeric = c >= firstNumeric && cell.matches("[+-]?[0-9.]+=?");
                line.append(numeric ? DisplayWidth.padLeft(cell, w[c]) : DisplayWidth.padRight(cell, w[c]));
                if (c < r.length - 1) line.append("  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String num(BigDecimal v) {
        return v == null ? "-" : Scores.format(v);
    }

    private static String signed(BigDecimal v) {
        if (v == null) return "";
        String s = Scores.format(v);
        return v.signum() > 0 ? "+" + s : s;
    }

}
