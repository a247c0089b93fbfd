package dev.mamori.assessment.scoring;

/** The CVSS versions Mamori reads, with the prefix their vector strings start with. */
public enum CvssVersion {

	/** CVSS 2.0, whose vectors carry no prefix ({@code AV:N/AC:L/Au:N/C:P/I:P/A:P}). */
	V2_0("2.0", ""),

	V3_0("3.0", "CVSS:3.0/"),

	V3_1("3.1", "CVSS:3.1/"),

	V4_0("4.0", "CVSS:4.0/");

	private final String label;

	private final String prefix;

	CvssVersion(String label, String prefix) {
		this.label = label;
		this.prefix = prefix;
	}

	/** The version as written in the vector and in JSON: {@code 2.0}, {@code 3.1}. */
	public String label() {
		return this.label;
	}

	/** What a vector of this version starts with, slash included; empty for 2.0. */
	public String prefix() {
		return this.prefix;
	}

}
