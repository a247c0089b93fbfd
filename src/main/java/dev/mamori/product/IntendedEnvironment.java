package dev.mamori.product;

/** Where the device is meant to be used (P1). */
public enum IntendedEnvironment {

	HOSPITAL, HOME, BOTH

}
