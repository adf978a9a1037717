package org.itagen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error or warning as the user sees it on stderr: a text line ({@code error: where: message})
 * or, for scripts, one JSON object a line ({@code {"error": {"code", "message", "where", "file",
 * "line", "sheet", "cell"}}}, schema {@code org/itagen/schema/diagnostic.schema.json}). Codes are
 * the stable names of {@code docs/codes.md}; messages are in the user's language.
 *
 * @param severity error or warning
 * @param code     the stable code, e.g. SCORES_NOT_FOUND, MISSING_QUESTIONS
 * @param message  what is wrong and how to fix it, without the place
 * @param where    the place as the text line shows it ("scores.csv:12"), or null
 * @param agency   the agency it concerns in a run over many agencies, or null
 */
public record Diagnostic(Severity severity, String code, String message, String where, String agency) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** error: the run (or, in a run over many agencies, the agency) stopped; warning: it went on. */
    public enum Severity {
        ERROR("error"), WARNING("warning");

        private final String key;

        Severity(String key) {
            this.key = key;
        }

        /** "error" or "warning": the text line's prefix and the JSON object's key. */
        public String key() {
            return key;
        }
    }

    /** An exception's error: its code is its message key without "error." (INPUT/OUTPUT when not keyed). */
    public static Diagnostic of(ItagenException e) {
        return of(e, null);
    }

    public static Diagnostic of(ItagenException e, String agency) {
        String message = e.getMessage() == null ? "" : e.getMessage().replace('\n', ' ').strip();
        return new Diagnostic(Severity.ERROR, code(e.code()), message, blankToNull(e.where()), agency);
    }

    public static Diagnostic error(String code, String message, String where) {
        return new Diagnostic(Severity.ERROR, code, message, blankToNull(where), null);
    }

    public static Diagnostic warning(String code, String message, String where) {
        return new Diagnostic(Severity.WARNING, code, message, blankToNull(where), null);
    }

    /** This diagnostic about one agency of a many-agency run. */
    public Diagnostic forAgency(String id) {
        return new Diagnostic(severity, code, message, where, id);
    }

    /** The stable code of a message key: "error.SCORES_NOT_FOUND" -> "SCORES_NOT_FOUND". */
    public static String code(String key) {
        if (key == null) return "INPUT";
        return key.startsWith("error.") ? key.substring("error.".length()) : key;
    }

    public Location location() {
        return Location.parse(where);
    }

    /**
     * The text line, as itagen has always printed it: {@code error: scores.csv:12: what and how};
     * in a run over many agencies the agency comes first: {@code error: [ag00042] scores.csv:12: ...}.
     */
    public String text() {
        String who = agency == null || agency.isEmpty() ? "" : "[" + agency + "] "; // rows without id say so themselves
        // The prefix in the user's language ("ข้อผิดพลาด: " in Thai); the JSON key stays "error".
        return Messages.text("label." + severity.key()) + ": " + who + (where == null ? "" : where + ": ") + message;
    }

    /** The JSON object of one line, without the line end. */
    public String json() {
        try {
            return JSON.writeValueAsString(tree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode tree() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", Version.SCHEMA);
        root.put("itagen_version", Version.itagen());
        root.set(severity.key(), body());
        return root;
    }

    /** The inner object: code, message, where and the parsed place; agency in many-agency runs. */
    public ObjectNode body() {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", code);
        o.put("message", message);
        o.put("where", where);
        Location l = location();
        o.put("file", l.file());
        o.put("line", l.line());
        o.put("sheet", l.sheet());
        o.put("cell", l.cell());
        if (agency != null) o.put("agency", agency);
        return o;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
