package org.itagen.doc;

import java.util.List;
import java.util.Objects;

/** A whole document: what it is, how its pages look, and what it holds. */
public record Document(Metadata metadata, PageSetup page, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(page, "page");
        blocks = List.copyOf(blocks);
    }
}
