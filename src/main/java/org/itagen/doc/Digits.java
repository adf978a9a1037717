package org.itagen.doc;

/** Which digits a document shows numbers in; writers apply it through {@code thai.ThaiDigits}. */
public enum Digits {
    /** ๐๑๒๓๔๕๖๗๘๙, as in most formal Thai government documents. */
    THAI,
    /** 0123456789. */
    ARABIC
}
