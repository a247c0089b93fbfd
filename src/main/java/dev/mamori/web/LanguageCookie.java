package dev.mamori.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that carries the UI language between requests (set on login and on a
 * switch).
 */
public final class LanguageCookie {

	public static final String NAME = "mamori-lang";

	private LanguageCookie() {
	}

	public static void write(HttpServletResponse response, Language language) {
		ResponseCookie cookie = ResponseCookie.from(NAME, language.code())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	public static Optional<Language> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				return Language.fromTag(cookie.getValue());
			}
		}
		return Optional.empty();
	}

}
