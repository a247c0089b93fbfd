package dev.mamori.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.access.PublicEndpoint;
import dev.mamori.web.Language;
import dev.mamori.web.LocalPath;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the UI language and goes back to the page the user was on. */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	@PublicEndpoint("the login page offers the language switch before anyone signs in")
	String switchLanguage(@RequestParam("lang") String tag,
			@RequestParam(name = "returnTo", defaultValue = "/") String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		Language language = Language.fromTag(tag).orElse(Language.DEFAULT);
		this.locales.setLocale(request, response, language.locale());
		return "redirect:" + LocalPath.orDefault(returnTo, "/");
	}

}
