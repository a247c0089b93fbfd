package dev.mamori.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.web.LanguageCookie;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: the user's own language takes over; after a failure: say why, as far as is
 * safe.
 */
final class LoginHandlers {

	private LoginHandlers() {
	}

	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (authentication.getPrincipal() instanceof MamoriUser user) {
				LanguageCookie.write(response, user.language());
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/**
	 * A locked account is named as locked; every other failure reads the same, to not
	 * reveal accounts.
	 */
	static final class Failure implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException failure) throws IOException {
			response.sendRedirect(request.getContextPath()
					+ ((failure instanceof LockedException) ? "/login?locked" : "/login?error"));
		}

	}

}
