package org.itagen.render.pdf;

import org.itagen.doc.Align;
import org.itagen.doc.Layout;
import org.itagen.doc.Run;
import org.itagen.doc.Signature;

import java.util.List;

/**
 * The signature block as flow items: a gap, the scanned signature and the lines, all in the
 * right half of the text width and centred there, each kept with the next so the block never
 * splits over a page.
 */
final class SignatureItems {
    private SignatureItems() {
    }

    static void add(Renderer r, List<Renderer.Item> items, Signature sig) {
        float column = (float) (r.width * Signature.COLUMN_START);
        float avail = r.width - column;
        items.add(new Renderer.GapItem(Layout.signatureGapBeforePt(r.body), true));
        if (sig.image() != null) {
            items.add(new Shifted(new Renderer.ImageItem(r, sig.image().withAlign(Align.CENTER), avail), column));
            items.add(new Renderer.GapItem(Layout.imageGapAfterPt(r.body) / 2, true));
        }
        for (int i = 0; i < sig.lines().size(); i++) {
            List<TextLines.Line> lines = r.text.layout(r.spans(List.of(Run.plain(sig.lines().get(i)))), r.body, avail, avail);
            for (int j = 0; j < lines.size(); j++) {
                boolean lastOfBlock = i == sig.lines().size() - 1 && j == lines.size() - 1;
                items.add(new Renderer.LineItem(lines.get(j), r.body, column, Align.CENTER, r.lineHeight(r.body),
                        r.baseline(r.body), !lastOfBlock));
            }
        }
        items.add(new Renderer.GapItem(Layout.paragraphGapAfterPt(r.body), false));
    }

    /** An item drawn {@code dx} to the right, kept with the next. */
    private record Shifted(Renderer.Item inner, float dx) implements Renderer.Item {
        public float height() {
            return inner.height();
        }

        public void draw(Renderer r, float x, float yTop) {
            inner.draw(r, x + dx, yTop);
        }

        public boolean keepWithNext() {
            return true;
        }
    }
}
