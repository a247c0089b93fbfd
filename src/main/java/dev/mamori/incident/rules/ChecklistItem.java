package dev.mamori.incident.rules;

/** The items the guide asks an investigation to check (I1, T§6.5). */
public enum ChecklistItem {

	/** Unauthorized change of the device's settings. */
	A_SETTINGS_CHANGED,

	/** Unauthorized change or disabling of diagnosis or treatment. */
	B_DIAGNOSIS_OR_TREATMENT_CHANGED,

	/** Loss, tampering or disclosure of confidential data. */
	C_CONFIDENTIAL_DATA,

	/** The device stopped, malfunctioned or operated without authorization. */
	D_DEVICE_STOPPED_OR_MALFUNCTIONED,

	/** Spread to other devices or systems. */
	E_SPREAD;

	/** The letter the guide gives the item. */
	public String letter() {
		return name().substring(0, 1);
	}

}
