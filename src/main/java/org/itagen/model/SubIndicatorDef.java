package org.itagen.model;

/** A sub-indicator such as "9.1 ข้อมูลพื้นฐาน". */
public record SubIndicatorDef(String code, String name) {
}
