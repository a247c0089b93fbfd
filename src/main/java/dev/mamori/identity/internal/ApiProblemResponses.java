package dev.mamori.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the API says "who are you?" (401, with a Basic challenge) and "not allowed" (403),
 * as problem details in the caller's language.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;

	ApiProblemResponses(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		boolean keyPresented = request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null;
		response.setHeader("WWW-Authenticate", "Basic realm=\"Mamori\", charset=\"UTF-8\"");
		this.problems.write(request, response,
				this.problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
						keyPresented ? "problem.detail.badApiKey" : "problem.detail.401", new Object[0],
						Problems.apiLocale(request)));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
			throws IOException {
		this.problems.write(request, response, this.problems.problem(HttpStatus.FORBIDDEN, "forbidden",
				"problem.detail.forbidden", new Object[0], Problems.apiLocale(request)));
	}

}
