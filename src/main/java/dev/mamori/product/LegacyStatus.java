package dev.mamori.product;

/**
 * Whether a version is a legacy medical device (レガシー医療機器, P5): one that cannot be
 * protected against current threats by updates or by compensating controls, whatever its
 * age.
 */
public enum LegacyStatus {

	LEGACY, NOT_LEGACY, NOT_ASSESSED

}
