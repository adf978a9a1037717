package org.itagen.doc;

/**
 * One block of a document. Sealed so that every writer's exhaustive {@code switch} stops
 * compiling when a block is added here and not handled there.
 */
public sealed interface Block
        permits Heading, Paragraph, ListBlock, Table, BarChart, Image, Signature, PageBreak {
}
