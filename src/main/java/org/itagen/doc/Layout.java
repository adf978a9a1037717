package org.itagen.doc;

import java.util.Locale;

/**
 * How a document is laid out, for both writers: heading sizes, the gaps between blocks, list
 * indents and markers, table padding and rules, and colours. The PDF writer draws with these
 * numbers and the DOCX writer turns them into styles and paragraph properties, so the two
 * outputs of one document look alike; change a value here and both follow.
 *
 * <p>Gaps are fractions of the text size they follow, in points. Where the DOCX keeps a Word
 * convention instead (6 pt after pictures and charts, no gap after a table, Word's own blue for
 * hyperlinks) the DOCX writer says so where it writes it.
 */
public final class Layout {
    private Layout() {
    }

    // ----- headings

    /** Title (level 0) 4 pt above the body size, level 1 2 pt above, levels 2-3 at the body size. */
    public static float headingSizePt(float bodyPt, int level) {
        return switch (level) {
            case 0 -> bodyPt + 4;
            case 1 -> bodyPt + 2;
            default -> bodyPt;
        };
    }

    /** Space before a heading: 0.6 of its size for the title and level 1, 0.35 below. */
    public static float headingGapBeforePt(float sizePt, int level) {
        return sizePt * (level <= 1 ? 0.6f : 0.35f);
    }

    /** Space after a heading: 0.15 of its size. */
    public static float headingGapAfterPt(float sizePt) {
        return sizePt * 0.15f;
    }

    /** Headings are bold; level 3 is italic as well. */
    public static boolean headingItalic(int level) {
        return level == 3;
    }

    // ----- paragraphs, lists, figures

    /** Space after a paragraph: 0.35 of its size. */
    public static float paragraphGapAfterPt(float sizePt) {
        return sizePt * 0.35f;
    }

    /** Space after a whole list (its items sit tight): 0.35 of the body size. */
    public static float listGapAfterPt(float bodyPt) {
        return bodyPt * 0.35f;
    }

    /** Space after a picture (PDF): 0.35 of the body size. */
    public static float imageGapAfterPt(float bodyPt) {
        return bodyPt * 0.35f;
    }

    /** Space above a signature block: two body lines, as a signed letter leaves below its text. */
    public static float signatureGapBeforePt(float bodyPt) {
        return bodyPt * 2f;
    }

    /** Space after a table or a chart (PDF): half the body size. */
    public static float tableGapAfterPt(float bodyPt) {
        return bodyPt * 0.5f;
    }

    /** Each list level indents its marker this much further; the text starts this much after the marker. */
    public static final float LIST_INDENT_CM = 0.75f;

    /** Bullet markers by depth: a bullet, then a dash one level down, alternating. */
    public static String bullet(int depth) {
        return depth % 2 == 0 ? "\u2022" : "\u2013";
    }

    // ----- tables

    /** Cell padding left and right, in points. */
    public static final float CELL_PAD_X_PT = 4f;
    /** Cell padding above and below, in points. */
    public static final float CELL_PAD_Y_PT = 2.5f;
    /** Table rules (all borders), in points. */
    public static final float RULE_PT = 0.6f;
    /** Table rule colour. */
    public static final int RULE_RGB = 0x000000;

    // ----- text colours and page numbers

    /** Link text colour (the PDF's; Word documents use Word's Hyperlink style). */
    public static final int LINK_RGB = 0x1F4E9A;

    /** The page number sits this fraction of the way into the top (or bottom) margin, as on Thai official letters. */
    public static final double PAGE_NUMBER_IN_MARGIN = 0.5;

    /** An RGB colour as six upper-case hex digits, as DOCX attributes want it. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "%06X", rgb & 0xFFFFFF);
    }
}
