package org.itagen.render.docx;

import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.impl.schema.DocumentFactory;
import org.apache.xmlbeans.impl.common.SAXHelper;
import org.itagen.thai.BoundedCache;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;

/**
 * Our fixed XML fragments (styles, list definitions, chart text styles) parsed once and copied
 * per document. They depend only on page setup, font and list shape, so a batch parsed the same
 * strings thousands of times; an xmlbeans copy is a tree clone, several times cheaper than a parse
 * (SAX plus schema typing), and saves to the same text.
 */
final class ParsedXml {
    private record Key(SchemaType type, String xml) {
    }

    /** A few dozen distinct fragments per font/page setup; the bound only guards odd inputs. */
    private static final BoundedCache<Key, XmlObject> CACHE = new BoundedCache<>(512);

    private static final XmlOptions OWN_DOMAIN = new XmlOptions().setCopyUseNewSynchronizationDomain(true);

    /**
     * One SAX reader per thread for {@link #parseFresh}: xmlbeans otherwise looks up a parser
     * factory (a ServiceLoader scan of the class path) and builds a reader for every parse; a
     * reader may parse again once a parse has finished.
     */
    private static final ThreadLocal<XMLReader> READER = ThreadLocal.withInitial(() -> {
        try {
            return SAXHelper.newXMLReader(new XmlOptions(DocxStyles.INNER));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("DOCX writer: no XML reader: " + e.getMessage(), e);
        }
    });

    private ParsedXml() {
    }

    /**
     * {@code xml} parsed as {@code factory}'s type (with {@link DocxStyles#INNER}), not cached: for
     * text that differs per document (chart value labels). The same parse, through this thread's
     * reader.
     */
    static <T extends XmlObject> T parseFresh(DocumentFactory<T> factory, String xml) throws XmlException {
        XMLReader reader = READER.get();
        try {
            return factory.parse(xml, new XmlOptions(DocxStyles.INNER).setLoadUseXMLReader(reader));
        } finally {
            // Drop the handlers xmlbeans set, so the reader holds no document between parses.
            reader.setContentHandler(null);
            reader.setErrorHandler(null);
            reader.setEntityResolver(null);
            reader.setDTDHandler(null);
        }
    }

    /** A private copy of {@code xml} parsed as {@code factory}'s type (with {@link DocxStyles#INNER}). */
    static <T extends XmlObject> T parse(DocumentFactory<T> factory, String xml) throws XmlException {
        XmlObject parsed;
        try {
            parsed = CACHE.computeIfAbsent(new Key(factory.getType(), xml), k -> {
                try {
                    return factory.parse(k.xml(), DocxStyles.INNER);
                } catch (XmlException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof XmlException x) throw x;
            throw e;
        }
        // The cached tree is shared by all threads and never handed out: callers get their own copy,
        // in a synchronization domain of its own. A copy otherwise shares the cached tree's, and a
        // cursor walking one copy (POI's header reader does) fails with "Document changed during
        // select" when another thread edits its copy meanwhile.
        @SuppressWarnings("unchecked")
        T copy = (T) parsed.copy(OWN_DOMAIN);
        return copy;
    }
}
