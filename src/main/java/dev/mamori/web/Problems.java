package dev.mamori.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details in the caller's language. Used by the API's exception
 * handling and by filters that answer before a controller is reached (authentication,
 * size limits).
 */
@Component
public class Problems {

	/**
	 * Base of the {@code type} URIs; tag URIs (RFC 4151) name a kind of problem without a
	 * web page.
	 */
	public static final String TYPE_PREFIX = "tag:mamori.dev,2026:problem/";

	private final MessageSource messages;

	private final ObjectMapper json;

	public Problems(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * A problem with a localized title (by status) and detail (by message code).
	 * @param kind the last segment of the {@code type} URI, e.g. {@code validation}
	 */
	public ProblemDetail problem(HttpStatus status, String kind, String detailCode, Object[] arguments, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_PREFIX + kind));
		problem.setTitle(title(status, locale));
		problem.setDetail(this.messages.getMessage(detailCode, arguments, detailCode, locale));
		return problem;
	}

	public String title(HttpStatus status, Locale locale) {
		return this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
	}

	public String message(String code, Object[] arguments, Locale locale) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	/** Writes a problem as the response body ({@code application/problem+json}). */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The language of an API caller: {@code Accept-Language} when it names a supported
	 * language.
	 */
	public static Locale apiLocale(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null) {
			for (String range : header.split(",")) {
				var language = Language.fromTag(range.split(";")[0]);
				if (language.isPresent()) {
					return language.get().locale();
				}
			}
		}
		return Language.DEFAULT.locale();
	}

	public static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

}
