package org.itagen.doc;

/** Horizontal alignment of a paragraph or a table cell. */
public enum Align {
    LEFT, CENTER, RIGHT,
    /** Both edges flush; Thai text is justified at word boundaries only. */
    JUSTIFY
}
