package dev.mamori.product;

/**
 * How a device can be reached (P1). {@link #NONE} says so explicitly and excludes the
 * others.
 */
public enum InterfaceType {

	WIRED_NETWORK, WIRELESS, REMOVABLE_MEDIA, NONE

}
