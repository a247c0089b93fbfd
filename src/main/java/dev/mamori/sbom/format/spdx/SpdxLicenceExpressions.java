package dev.mamori.sbom.format.spdx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Tells whether a licence, as the model keeps it, is a valid SPDX licence expression
 * (SPDX 2.3 Annex D) that a writer may put in {@code licenseDeclared}: every licence id
 * is on the SPDX licence list (case-insensitive, optionally with {@code +}) or a
 * {@code LicenseRef-}; operators are {@code AND}, {@code OR} and {@code WITH} with
 * parentheses. Anything else ("Apache License 2.0", "Proprietary") is a licence name and
 * is written as an extracted licence.
 * <p>
 * The licence list is the one cyclonedx-core-java ships ({@code licenses/licenses.json});
 * without it, any syntactically valid id is accepted.
 */
final class SpdxLicenceExpressions {

	private static final String LICENCE_LIST = "/licenses/licenses.json";

	private SpdxLicenceExpressions() {
	}

	static boolean isValid(String expression) {
		List<String> tokens = tokens(expression);
		if (tokens.isEmpty()) {
			return false;
		}
		Parser parser = new Parser(tokens);
		return parser.compound() && parser.atEnd();
	}

	/**
	 * Whether the expression needs parentheses to be combined with others: it has an
	 * operator outside any parentheses.
	 */
	static boolean needsParentheses(String expression) {
		int depth = 0;
		for (String token : tokens(expression)) {
			if ("(".equals(token)) {
				depth++;
			}
			else if (")".equals(token)) {
				depth--;
			}
			else if (depth == 0 && (isOperator(token, "AND") || isOperator(token, "OR"))) {
				return true;
			}
		}
		return false;
	}

	private static List<String> tokens(String expression) {
		List<String> tokens = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		for (char c : expression.toCharArray()) {
			if (Character.isWhitespace(c) || c == '(' || c == ')') {
				if (token.length() > 0) {
					tokens.add(token.toString());
					token.setLength(0);
				}
				if (c == '(' || c == ')') {
					tokens.add(String.valueOf(c));
				}
			}
			else {
				token.append(c);
			}
		}
		if (token.length() > 0) {
			tokens.add(token.toString());
		}
		return tokens;
	}

	private static boolean isOperator(String token, String operator) {
		return token.equals(operator) || token.equals(operator.toLowerCase(Locale.ROOT));
	}

	private static boolean isIdString(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (char c : text.toCharArray()) {
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLicenceId(String token) {
		if (token.startsWith("LicenseRef-")) {
			return isIdString(token.substring("LicenseRef-".length()));
		}
		String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
		if (!isIdString(id)) {
			return false;
		}
		Set<String> listed = LicenceList.IDS;
		return listed.isEmpty() || listed.contains(id.toLowerCase(Locale.ROOT));
	}

	/** Recursive descent over the tokens of Annex D's grammar. */
	private static final class Parser {

		private final List<String> tokens;

		private int position;

		Parser(List<String> tokens) {
			this.tokens = tokens;
		}

		boolean atEnd() {
			return this.position == this.tokens.size();
		}

		boolean compound() {
			if (!term()) {
				return false;
			}
			while (!atEnd() && (isOperator(peek(), "AND") || isOperator(peek(), "OR"))) {
				this.position++;
				if (!term()) {
					return false;
				}
			}
			return true;
		}

		private boolean term() {
			if (atEnd()) {
				return false;
			}
			String token = this.tokens.get(this.position++);
			if ("(".equals(token)) {
				return compound() && !atEnd() && ")".equals(this.tokens.get(this.position++));
			}
			if (!isLicenceId(token)) {
				return false;
			}
			if (!atEnd() && isOperator(peek(), "WITH")) {
				this.position++;
				return !atEnd() && isIdString(this.tokens.get(this.position++));
			}
			return true;
		}

		private String peek() {
			return this.tokens.get(this.position);
		}

	}

	/** The listed licence ids, lower case, read once. */
	private static final class LicenceList {

		static final Set<String> IDS = load();

		private static Set<String> load() {
			Set<String> ids = new HashSet<>(1024);
			try (InputStream in = SpdxLicenceExpressions.class.getResourceAsStream(LICENCE_LIST)) {
				if (in == null) {
					return Set.of();
				}
				try (JsonParser parser = new JsonFactory().createParser(in)) {
					for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
						if (token == JsonToken.FIELD_NAME && "licenseId".equals(parser.currentName())
								&& parser.nextToken() == JsonToken.VALUE_STRING) {
							ids.add(parser.getText().toLowerCase(Locale.ROOT));
						}
					}
				}
			}
			catch (IOException ex) {
				return Set.of();
			}
			return Set.copyOf(ids);
		}

	}

}
