package dev.mamori.identity.internal;

import dev.mamori.web.Language;
import dev.mamori.web.LanguagePreferences;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores the language a signed-in user switches to in their account. */
@Component
class UserLanguagePreferences implements LanguagePreferences {

	private final JdbcUserStore users;

	UserLanguagePreferences(JdbcUserStore users) {
		this.users = users;
	}

	@Override
	@Transactional
	public void rememberForCurrentUser(Language language) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MamoriUser user) {
			this.users.updateLanguage(user.getUsername(), language);
		}
	}

}
