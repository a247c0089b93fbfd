package dev.mamori.identity.web;

import dev.mamori.access.PublicEndpoint;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form posts to Spring Security's login processing). */
@Controller
class LoginController {

	@GetMapping("/login")
	@PublicEndpoint("nobody is signed in yet")
	String login(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "identity/login";
	}

}
