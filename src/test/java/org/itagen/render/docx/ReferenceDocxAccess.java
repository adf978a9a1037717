package org.itagen.render.docx;

import java.util.Map;

/** Reference DOCX fixtures for tests in other packages. */
public final class ReferenceDocxAccess {
    private ReferenceDocxAccess() {
    }

    /** A macro-enabled document (.docm) renamed .docx, with a letterhead. */
    public static byte[] docmRenamed() {
        return ReferenceDocxTest.docmRenamed();
    }

    /** A small file that unpacks beyond the limit. */
    public static byte[] bomb() {
        Map<String, byte[]> m = ReferenceDocxTest.entries(ReferenceDocs.letterhead());
        m.put("word/media/huge.png", new byte[(int) ReferenceDocx.MAX_INFLATED + 1024]);
        return ReferenceDocxTest.zip(m);
    }
}
