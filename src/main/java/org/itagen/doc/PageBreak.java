package org.itagen.doc;

/** Starts a new page. */
public record PageBreak() implements Block {
}
