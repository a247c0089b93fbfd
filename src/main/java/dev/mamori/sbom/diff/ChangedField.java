package dev.mamori.sbom.diff;

/** What can differ between two entries of the same component. */
public enum ChangedField {

	VERSION, SUPPLIER, HASH, LICENSE, IDENTIFIER

}
