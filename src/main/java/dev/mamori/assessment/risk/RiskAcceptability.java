package dev.mamori.assessment.risk;

/** What the manufacturer's risk policy (ISO 14971, 4.2) says of a risk level. */
public enum RiskAcceptability {

	ACCEPTABLE,

	/**
	 * Acceptable only once reduced as far as possible and outweighed by the benefit (ISO
	 * 14971:2019, 7.4 and 8).
	 */
	REDUCE_FURTHER,

	UNACCEPTABLE

}
