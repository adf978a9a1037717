package org.itagen.model;

/** Year-over-year direction of a score, with the word Thai tables use ({@code direction.*} Thai terms). */
public enum Direction {
    UP("up"),
    DOWN("down"),
    SAME("same");

    private final String code;
    private final String thai;

    Direction(String code) {
        this.code = code;
        this.thai = org.itagen.thai.ThaiTerms.get("direction." + name());
    }

    /** "up", "down" or "same" (JSON). */
    public String code() {
        return code;
    }

    /** เพิ่ม / ลด / เท่าเดิม. */
    public String thai() {
        return thai;
    }

    public static Direction of(int signum) {
        return signum > 0 ? UP : signum < 0 ? DOWN : SAME;
    }
}
