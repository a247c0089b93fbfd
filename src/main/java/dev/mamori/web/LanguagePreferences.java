package dev.mamori.web;

/**
 * Remembers the language a signed-in user chose, so that it follows them to other
 * browsers. Implemented by the module that owns user accounts.
 */
public interface LanguagePreferences {

	/** Stores the language for the signed-in user, if there is one. */
	void rememberForCurrentUser(Language language);

}
