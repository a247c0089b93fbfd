package dev.mamori.cli;

/** The exit codes of the CLI contract (DESIGN.md). */
public final class ExitCode {

	/** Success, or the check passed. */
	public static final int OK = 0;

	/** The check failed (policy, incomplete SBOM, gate, broken audit chain). */
	public static final int CHECK_FAILED = 1;

	/** Bad input or usage; a one-line reason goes to stderr. */
	public static final int BAD_INPUT = 2;

	/** Internal error. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}

}
