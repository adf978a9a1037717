package org.itagen;

import java.util.Arrays;

/**
 * A user-facing message by key: its stable code plus the values it names. The text is looked up
 * in the language the user chose ({@link Messages}), so the same code reads in Thai or English.
 *
 * @param code a key of {@code org/itagen/messages*.properties}; also the machine code scripts see
 * @param args the values the text names ({@code {0}}, {@code {1}} ...), already formatted for display
 */
public record Msg(String code, Object... args) {
    public static Msg of(String code, Object... args) {
        return new Msg(code, args);
    }

    /** The text in the current language. */
    public String text() {
        return Messages.text(code, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Msg m && m.code.equals(code) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return code + Arrays.toString(args);
    }
}
