package dev.mamori.assessment.risk;

/**
 * FDA's classification of a cybersecurity risk to essential clinical performance
 * (Postmarket Management of Cybersecurity in Medical Devices, 2016, section VI):
 * controlled when the residual risk of patient harm is acceptable, uncontrolled when it
 * is not.
 */
public enum FdaRiskClass {

	CONTROLLED, UNCONTROLLED

}
