package org.itagen.render.text;

import org.itagen.doc.BarChart;
import org.itagen.doc.Block;
import org.itagen.doc.Digits;
import org.itagen.doc.Document;
import org.itagen.doc.Heading;
import org.itagen.doc.Image;
import org.itagen.doc.ListBlock;
import org.itagen.doc.PageBreak;
import org.itagen.doc.Paragraph;
import org.itagen.doc.Run;
import org.itagen.doc.Table;
import org.itagen.thai.ThaiDigits;

import java.util.List;
import java.util.Locale;

/**
 * Writes a document as plain text that shows its structure: the main golden file of every
 * document test. Digits are localized as the PDF and DOCX writers localize them, so what the
 * dump says is what a reader sees.
 */
public final class TextDumpWriter {
    private final StringBuilder out = new StringBuilder();
    private Digits digits = Digits.ARABIC;

    public static String write(Document doc) {
        TextDumpWriter w = new TextDumpWriter();
        w.digits = doc.page().digits();
        w.header(doc);
        for (Block b : doc.blocks()) w.block(b, "");
        return w.out.toString();
    }

    private void header(Document doc) {
        var m = doc.metadata();
        var p = doc.page();
        line("= " + m.title());
        line(":author: " + m.author());
        line(":lang: " + m.language());
        line(":date: " + m.date());
        line(String.format(Locale.ROOT, ":page: %.1fx%.1f cm, margins %.1f/%.1f/%.1f/%.1f cm, %s %.0f pt x%.2f, digits %s, numbers %s",
                p.paperWidthCm(), p.paperHeightCm(), p.marginTopCm(), p.marginBottomCm(), p.marginLeftCm(), p.marginRightCm(),
                p.fontFamily(), p.bodySizePt(), p.lineSpacing(), p.digits().name().toLowerCase(Locale.ROOT),
                p.pageNumbers().enabled() ? "\"" + p.pageNumbers().pattern() + "\" from " + p.pageNumbers().fromPage()
                        + " " + p.pageNumbers().position().name().toLowerCase(Locale.ROOT) : "off"));
        line("");
    }

    private void block(Block b, String indent) {
        switch (b) {
            case Heading h -> {
                line(indent + "#".repeat(h.level() + 1) + " " + runs(h.runs()));
                line("");
            }
            case Paragraph p -> {
                String prefix = switch (p.align()) {
                    case LEFT -> "";
                    case CENTER -> "[center] ";
                    case RIGHT -> "[right] ";
                    case JUSTIFY -> "[justify] ";
                };
                line(indent + prefix + runs(p.runs()));
                line("");
            }
            case ListBlock l -> {
                list(l, indent);
                line("");
            }
            case Table t -> table(t, indent);
            case BarChart c -> {
                line(indent + "[chart] " + text(c.title()) + (c.valueLabel().isEmpty() ? "" : " (" + text(c.valueLabel()) + ")"));
                for (int i = 0; i < c.categories().size(); i++) {
                    StringBuilder sb = new StringBuilder(indent + "  " + text(c.categories().get(i)) + ":");
                    for (BarChart.Series s : c.series()) {
                        Double v = s.values().get(i);
                        sb.append(' ').append(text(s.name())).append('=')
                                .append(v == null ? "-" : text(String.format(Locale.ROOT, "%.2f", v)));
                    }
                    line(sb.toString());
                }
                line("");
            }
            case Image img -> {
                line(indent + "[image " + img.align().name().toLowerCase(Locale.ROOT) + " "
                        + String.format(Locale.ROOT, "%.1f", img.widthCm()) + " cm] " + img.altText());
                line("");
            }
            case org.itagen.doc.Signature sig -> {
                if (sig.image() != null) {
                    line(indent + "[signature image " + String.format(Locale.ROOT, "%.1f", sig.image().widthCm()) + " cm] "
                            + sig.image().altText());
                }
                for (String l : sig.lines()) line(indent + "                    " + text(l));
                line("");
            }
            case PageBreak pb -> {
                line(indent + "----- page break -----");
                line("");
            }
        }
    }

    private void list(ListBlock l, String indent) {
        int n = 1;
        for (ListBlock.ListItem item : l.items()) {
            String marker = l.kind() == ListBlock.Kind.BULLET ? "-" : text(n + ".");
            line(indent + marker + " " + runs(item.runs()));
            if (item.children() != null) list(item.children(), indent + "  ");
            n++;
        }
    }

    private void table(Table t, String indent) {
        if (t.caption() != null && !t.caption().isBlank()) line(indent + "[table] " + text(t.caption()));
        else line(indent + "[table]");
        StringBuilder widths = new StringBuilder(indent + "  widths:");
        if (t.sizedByContent()) widths.append(" by content, ").append(t.columnCount()).append(" columns");
        for (double w : t.columnWidths()) widths.append(' ').append(String.format(Locale.ROOT, "%.2f", w));
        line(widths.toString());
        for (Table.Row r : t.headerRows()) row(r, indent + "  H| ");
        for (Table.Row r : t.bodyRows()) row(r, indent + "  | ");
        line("");
    }

    private void row(Table.Row r, String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        boolean first = true;
        for (Table.Cell c : r.cells()) {
            if (!first) sb.append(" | ");
            first = false;
            String span = (c.colSpan() > 1 ? "{c" + c.colSpan() + "}" : "") + (c.rowSpan() > 1 ? "{r" + c.rowSpan() + "}" : "");
            StringBuilder cell = new StringBuilder();
            for (Paragraph p : c.paragraphs()) {
                if (!cell.isEmpty()) cell.append(" / ");
                cell.append(runs(p.runs()));
            }
            sb.append(span).append(cell);
        }
        line(sb.toString().stripTrailing());
    }

    private String runs(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            String t = r.literal() ? r.text() : text(r.text());
            if (r.bold()) t = "**" + t + "**";
            if (r.italic()) t = "_" + t + "_";
            if (r.link() != null) t = t + " <" + r.link() + ">";
            sb.append(t);
        }
        return sb.toString();
    }

    private String text(String s) {
        return digits == Digits.THAI ? ThaiDigits.localize(s) : s;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
