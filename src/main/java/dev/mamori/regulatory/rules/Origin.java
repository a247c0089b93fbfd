package dev.mamori.regulatory.rules;

/**
 * Where the event happened: with the device as sold in Japan (当該医療機器) or with a device of
 * the same form, structure, materials, use and performance used abroad (外国医療機器).
 */
public enum Origin {

	DOMESTIC, FOREIGN

}
