/**
 * The neutral document model: what an itagen document can hold, independent of any format.
 * Reports build it; the writers in {@code render.*} turn it into PDF, DOCX and a text dump.
 */
package org.itagen.doc;
