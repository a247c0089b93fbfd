package dev.mamori.product;

/** The kind of a wireless interface. */
public enum WirelessKind {

	WIFI, BLUETOOTH, NFC, CELLULAR, PROPRIETARY_RF, OTHER

}
