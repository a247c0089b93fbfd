package dev.mamori.sbom.format.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which licences a writer may put in licenseDeclared as they are. */
class SpdxLicenceExpressionsTest {

	@ParameterizedTest
	@ValueSource(strings = { "MIT", "apache-2.0", "GPL-2.0-or-later", "GPL-2.0+", "LicenseRef-Example-EULA",
			"MIT OR Apache-2.0", "(MIT OR Apache-2.0) AND Zlib", "GPL-2.0-only WITH Classpath-exception-2.0", "((MIT))",
			"mit and zlib" })
	void acceptsListedIdsLicenceRefsAndExpressions(String licence) {
		assertThat(SpdxLicenceExpressions.isValid(licence)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Apache License 2.0", "Proprietary", "MIT OR", "(MIT", "MIT)", "MIT AND AND Zlib",
			"DocumentRef-x:LicenseRef-y", "LicenseRef-", "GPL-2.0-only WITH", "" })
	void refusesNamesAndBrokenExpressions(String licence) {
		assertThat(SpdxLicenceExpressions.isValid(licence)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "MIT OR Apache-2.0", "(MIT) AND Zlib" })
	void parenthesizesAnExpressionWithATopLevelOperator(String licence) {
		assertThat(SpdxLicenceExpressions.needsParentheses(licence)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "MIT", "(MIT OR Apache-2.0)", "GPL-2.0-only WITH Classpath-exception-2.0" })
	void leavesASingleTermAsItIs(String licence) {
		assertThat(SpdxLicenceExpressions.needsParentheses(licence)).isFalse();
	}

}
