package org.itagen.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented national-scale input for the batch benchmark and tests: a long-layout scores.csv of
 * many agencies (FY2567 and FY2568: indicators, tool totals, EIT part totals, ITA totals and
 * question scores, as an ITAS export has them) and one measures YAML per agency (plan year
 * 2569, measures answering that agency's weakest indicators and questions, with results and
 * outcomes for O28). Deterministic: the same seed gives the same bytes.
 *
 * <pre>
 *   mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.itagen.bench.NationalData -Dexec.args="target/bench/national 8317"
 * </pre>
 */
public final class NationalData {
    /** Agencies in FY2568 (ITA.md). */
    public static final int NATIONAL = 8317;
    private static final String[] KINDS = {"องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "กรม", "สำนักงาน",
            "องค์การบริหารส่วนจังหวัด", "มหาวิทยาลัย", "โรงพยาบาล"};
    /** Weights of the kinds above: most assessed agencies are local administrations. */
    private static final int[] KIND_WEIGHTS = {62, 26, 3, 2, 3, 1, 2, 1};
    private static final String[] PLACE_A = {"หนอง", "บ้าน", "ท่า", "นา", "ดอน", "ห้วย", "บาง", "โคก", "วัง", "โพธิ์",
            "สระ", "ทุ่ง", "เขา", "คลอง", "ไผ่", "ป่า"};
    private static final String[] PLACE_B = {"บัว", "ใหม่", "ช้าง", "คำ", "แก้ว", "ทราย", "ทอง", "สะอาด", "กระทิง",
            "ยาง", "หลวง", "น้อย", "งาม", "เจริญ", "ไทร", "ขาม", "แดง", "ขาว", "ม่วง", "จันทร์"};
    private static final String[] OWNERS = {"สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "งานการเจ้าหน้าที่",
            "งานประชาสัมพันธ์", "กองสาธารณสุขและสิ่งแวดล้อม", "ศูนย์ข้อมูลข่าวสาร"};
    private static final String[][] MEASURE_TEXT = {
            {"ปรับปรุงขั้นตอนการให้บริการให้เป็นไปตามคู่มือ", "ทบทวนคู่มือการให้บริการ", "ติดประกาศขั้นตอนและระยะเวลา ณ จุดบริการ"},
            {"เปิดเผยแผนและผลการใช้จ่ายงบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี", "รายงานผลการเบิกจ่ายรายไตรมาส"},
            {"เสริมสร้างจริยธรรมในการใช้อำนาจของผู้บังคับบัญชา", "อบรมประมวลจริยธรรมแก่ผู้บังคับบัญชา", "ออกแนวปฏิบัติการมอบหมายงาน"},
            {"ควบคุมการยืมและใช้ทรัพย์สินของราชการ", "ประกาศแนวปฏิบัติการยืมทรัพย์สิน", "จัดทำทะเบียนคุมการยืมและคืน"},
            {"เพิ่มความเชื่อมั่นในการแก้ไขปัญหาการทุจริต", "ทบทวนขั้นตอนรับเรื่องร้องเรียน", "ชี้แจงมาตรการคุ้มครองผู้แจ้งเบาะแส"},
            {"ยกระดับคุณภาพการให้บริการประชาชน", "สำรวจความพึงพอใจผู้รับบริการ", "ปรับปรุงจุดบริการตามผลสำรวจ"},
            {"ปรับปรุงการสื่อสารข้อมูลแก่ผู้รับบริการ", "จัดหมวดหมู่ข้อมูลบนเว็บไซต์ใหม่", "เผยแพร่อินโฟกราฟิกขั้นตอนบริการ"},
            {"เปิดให้ประชาชนมีส่วนร่วมปรับปรุงการทำงาน", "จัดเวทีรับฟังความคิดเห็น", "แจ้งผลการปรับปรุงแก่ผู้เสนอความเห็น"},
            {"รักษามาตรฐานการเปิดเผยข้อมูลสาธารณะ", "ตรวจความเป็นปัจจุบันของข้อมูล OIT ทุกเดือน", "เผยแพร่ข้อมูลในรูปแบบที่นำไปใช้ต่อได้"},
            {"ป้องกันการรับสินบนและผลประโยชน์ทับซ้อน", "ประกาศนโยบายไม่รับของขวัญ", "ประเมินความเสี่ยงการทุจริตประจำปี"}};

    private NationalData() {
    }

    /** Usage: NationalData DIR [AGENCIES] [SEED]. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NationalData DIR [AGENCIES (default " + NATIONAL + ")] [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : NATIONAL;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2568L;
        long t0 = System.nanoTime();
        List<String> ids = generate(dir, n, seed);
        System.out.printf(Locale.ROOT, "wrote %s/scores.csv (%d agencies, %.1f MB) and %d measures files in %.1f s%n",
                dir, ids.size(), Files.size(dir.resolve("scores.csv")) / 1e6, ids.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** Writes DIR/scores.csv and DIR/measures/&lt;id&gt;.yaml; returns the agency ids in file order. */
    public static List<String> generate(Path dir, int agencies, long seed) {
        try {
            Path measures = dir.resolve("measures");
            Files.createDirectories(measures);
            Random rnd = new Random(seed);
            List<String> ids = new ArrayList<>();
            try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("scores.csv"), StandardCharsets.UTF_8)) {
                csv.write("agency_id,agency_name,fiscal_year,tool,indicator,item,part,score\n");
                for (int a = 1; a <= agencies; a++) {
                    String id = String.format(Locale.ROOT, "ag%05d", a);
                    String name = name(rnd);
                    ids.add(id);
                    double[] y2568 = agency(csv, id, name, rnd);
                    Files.writeString(measures.resolve(id + ".yaml"), measures(id, name, y2568, rnd), StandardCharsets.UTF_8);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Random rnd) {
        int w = rnd.nextInt(100);
        int k = 0;
        for (int acc = KIND_WEIGHTS[0]; w >= acc; acc += KIND_WEIGHTS[++k]) {
            // pick the kind whose cumulative weight covers w
        }
        String place = PLACE_A[rnd.nextInt(PLACE_A.length)] + PLACE_B[rnd.nextInt(PLACE_B.length)];
        return KINDS[k] + place;
    }

    /** Writes both years of one agency; returns its FY2568 indicator scores (index 1-10). */
    private static double[] agency(BufferedWriter csv, String id, String name, Random rnd) throws IOException {
        double[] prev = indicators(rnd, 0);
        double[] cur = indicators(rnd, 2.5);
        year(csv, id, name, 2567, prev, false, rnd);
        year(csv, id, name, 2568, cur, true, rnd);
        return cur;
    }

    private static double[] indicators(Random rnd, double lift) {
        double[] s = new double[11];
        for (int i = 1; i <= 8; i++) s[i] = clamp(84 + lift + rnd.nextGaussian() * 6);
        // OIT items are all-or-nothing, so indicator scores are multiples of an item's share.
        s[9] = Math.min(100, 100 - 4.17 * Math.max(0, (int) Math.round(rnd.nextGaussian() * 2 + 1 - lift / 2)));
        s[10] = Math.min(100, 100 - 12.5 * Math.max(0, (int) Math.round(rnd.nextGaussian() * 1.2 + 0.5 - lift / 3)));
        return s;
    }

    private static void year(BufferedWriter csv, String id, String name, int year, double[] s, boolean parts, Random rnd)
            throws IOException {
        String p = id + "," + name + "," + year + ",";
        String[] tools = {null, "IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"};
        for (int i = 1; i <= 10; i++) csv.write(p + tools[i] + "," + i + ",,," + fmt(s[i]) + "\n");
        BigDecimal iitExact = mean(s, 1, 5);
        BigDecimal eitExact = mean(s, 6, 8);
        BigDecimal oitExact = mean(s, 9, 10);
        double iit = iitExact.doubleValue();
        double eit = eitExact.doubleValue();
        double oit = oitExact.doubleValue();
        csv.write(p + "IIT,,,," + fmt(iit) + "\n");
        csv.write(p + "EIT,,,," + fmt(eit) + "\n");
        if (parts) {
            double pub = clamp(eit + rnd.nextGaussian() * 2);
            csv.write(p + "EIT,,,public," + fmt(pub) + "\n");
            csv.write(p + "EIT,,,survey," + fmt(clamp(2 * eit - pub)) + "\n");
        }
        csv.write(p + "OIT,,,," + fmt(oit) + "\n");
        BigDecimal ita = iitExact.multiply(new BigDecimal("0.3")).add(eitExact.multiply(new BigDecimal("0.3")))
                .add(oitExact.multiply(new BigDecimal("0.4")));
        csv.write(p + "ITA,,,," + ita.setScale(2, RoundingMode.HALF_UP).toPlainString() + "\n");
        // Questions: three per IIT/EIT indicator around its score; EIT per part from FY2568.
        for (int q = 1; q <= 15; q++) {
            int ind = (q - 1) / 3 + 1;
            csv.write(p + "IIT," + ind + ",i" + q + ",," + fmt(clamp(s[ind] + rnd.nextGaussian() * 4)) + "\n");
        }
        for (int q = 1; q <= 9; q++) {
            int ind = (q - 1) / 3 + 6;
            if (parts) {
                csv.write(p + "EIT," + ind + ",e" + q + ",public," + fmt(clamp(s[ind] + rnd.nextGaussian() * 4)) + "\n");
                csv.write(p + "EIT," + ind + ",e" + q + ",survey," + fmt(clamp(s[ind] + rnd.nextGaussian() * 4)) + "\n");
            } else {
                csv.write(p + "EIT," + ind + ",e" + q + ",," + fmt(clamp(s[ind] + rnd.nextGaussian() * 4)) + "\n");
            }
        }
        if (parts) {
            // OIT evidence items: 24 under indicator 9, 8 under 10, each 100 or 0 as the indicator allows.
            int fail9 = (int) Math.round((100 - s[9]) / 4.17);
            int fail10 = (int) Math.round((100 - s[10]) / 12.5);
            for (int o = 1; o <= 32; o++) {
                boolean ind9 = o <= 24;
                boolean failed = ind9 ? o <= fail9 : o - 24 <= fail10;
                csv.write(p + "OIT," + (ind9 ? 9 : 10) + ",o" + o + ",," + (failed ? "0" : "100") + "\n");
            }
        }
    }

    /** 4-6 measures for the weakest indicators, each linked to that indicator's questions. */
    private static String measures(String id, String name, double[] s, Random rnd) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= 10; i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> s[i]));
        int count = 4 + rnd.nextInt(3);
        StringBuilder y = new StringBuilder(2048);
        y.append("agency: {id: ").append(id).append(", name: ").append(name).append("}\n");
        y.append("plan_year: 2569\n");
        y.append("approval: {body: ที่ประชุมคณะผู้บริหาร").append(name).append(", meeting: \"1/2569\", date: 2025-10-20}\n");
        y.append("measures:\n");
        for (int m = 0; m < count; m++) {
            int ind = order.get(m);
            String[] t = MEASURE_TEXT[ind - 1];
            y.append("  - id: M").append(m + 1).append('\n');
            y.append("    title: ").append(t[0]).append('\n');
            y.append("    indicators: [").append(ind).append("]\n");
            if (ind <= 8) {
                String prefix = ind <= 5 ? "i" : "e";
                int first = ind <= 5 ? (ind - 1) * 3 + 1 : (ind - 6) * 3 + 1;
                y.append("    items: [").append(prefix).append(first).append(", ").append(prefix).append(first + 1)
                        .append(", ").append(prefix).append(first + 2).append("]\n");
            }
            y.append("    steps:\n      - ").append(t[1]).append("\n      - ").append(t[2]).append('\n');
            int q1 = 1 + rnd.nextInt(2);
            y.append("    period: Q").append(q1).append("-Q").append(q1 + 1 + rnd.nextInt(3 - q1 + 1)).append('\n');
            y.append("    owner: ").append(OWNERS[rnd.nextInt(OWNERS.length)]).append('\n');
            y.append("    result: ดำเนินการครบทุกขั้นตอน ").append(2 + rnd.nextInt(10)).append(" ครั้ง มีผู้เกี่ยวข้องร่วม ")
                    .append(20 + rnd.nextInt(300)).append(" คน\n");
            y.append("    outcome: ผู้เกี่ยวข้องรับทราบและปฏิบัติตามแนวทางที่กำหนด ข้อร้องเรียนในเรื่องนี้ลดลงร้อยละ ")
                    .append(10 + rnd.nextInt(40)).append('\n');
            y.append("    status: done\n");
        }
        return y.toString();
    }

    /** Unrounded, as the analysis computes it, so declared totals agree with computed ones. */
    private static BigDecimal mean(double[] s, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = from; i <= to; i++) sum = sum.add(bd(s[i]));
        return sum.divide(BigDecimal.valueOf(to - from + 1), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal bd(double v) {
        return new BigDecimal(fmt(v));
    }

    private static double clamp(double v) {
        return Math.max(40, Math.min(100, v));
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
