package org.itagen.doc;

import java.util.List;
import java.util.Objects;

/** A bullet or numbered list; items may nest one list each. */
public record ListBlock(Kind kind, List<ListItem> items) implements Block {
    public enum Kind { BULLET, NUMBERED }

    public ListBlock {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param runs     the item's text
     * @param children a nested list, or null
     */
    public record ListItem(List<Run> runs, ListBlock children) {
        public ListItem {
            runs = List.copyOf(runs);
        }

        public static ListItem of(String text) {
            return new ListItem(List.of(Run.plain(text)), null);
        }

        public String text() {
            return Text.of(runs);
        }
    }

    public static ListBlock bullets(List<String> texts) {
        return new ListBlock(Kind.BULLET, texts.stream().map(ListItem::of).toList());
    }

    public static ListBlock numbered(List<String> texts) {
        return new ListBlock(Kind.NUMBERED, texts.stream().map(ListItem::of).toList());
    }
}
