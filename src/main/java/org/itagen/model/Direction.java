package org.itagen.model;

/** Year-over-year direction of a score, with the word Thai tables use. */
public enum Direction {
    UP("up", "เพิ่ม"),
    DOWN("down", "ลด"),
    SAME("same", "เท่าเดิม");

    private final String code;
    private final String thai;

    Direction(String code, String thai) {
        this.code = code;
        this.thai = thai;
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
