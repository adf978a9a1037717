package org.itagen.render;

/** Text cut into stretches of letters and of whitespace: the unit both the PDF line maker and table sizing measure. */
public final class Stretches {
    private Stretches() {
    }

    /** Receives one stretch text[start, end), all whitespace or none. */
    @FunctionalInterface
    public interface Visitor {
        void stretch(int start, int end, boolean whitespace);
    }

    /** Calls {@code v} for each stretch of text[from, to), in order. */
    public static void each(String text, int from, int to, Visitor v) {
        int i = from;
        while (i < to) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            int j = i;
            while (j < to && Character.isWhitespace(text.charAt(j)) == ws) j++;
            v.stretch(i, j, ws);
            i = j;
        }
    }
}
