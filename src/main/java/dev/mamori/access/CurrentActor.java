package dev.mamori.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current thread: the signed-in principal, or {@link Actor#SYSTEM} for
 * work started by Mamori itself (start-up, schedulers, demo data).
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Actor.SYSTEM;
		}
		String channel = (authentication.getDetails() instanceof ChannelDetails details) ? details.channel() : "web";
		return new Actor(authentication.getName(), channel);
	}

}
