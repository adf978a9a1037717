package org.itagen.model;

/** A rating band the input states (e.g. the "ระดับผลการประเมิน" row of a copied table). */
public record DeclaredBand(int fiscalYear, String name, String where) {
}
