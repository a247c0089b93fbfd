package dev.mamori.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.web.Language;
import dev.mamori.web.LanguageCookie;
import dev.mamori.web.LanguagePreferences;
import dev.mamori.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The user's language. Pages use the language cookie (written at login from the user's
 * stored choice, and on every switch), else Japanese; browsers' {@code Accept-Language}
 * is ignored on pages because Japanese is the product's default. API calls use
 * {@code Accept-Language}, else Japanese.
 */
class MamoriLocaleResolver implements LocaleResolver {

	private final ObjectProvider<LanguagePreferences> preferences;

	MamoriLocaleResolver(ObjectProvider<LanguagePreferences> preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (Problems.isApiRequest(request)) {
			return Problems.apiLocale(request);
		}
		return LanguageCookie.read(request).orElse(Language.DEFAULT).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language language = (locale != null) ? Language.of(locale) : Language.DEFAULT;
		if (response != null) {
			LanguageCookie.write(response, language);
		}
		this.preferences.ifAvailable((store) -> store.rememberForCurrentUser(language));
	}

}
