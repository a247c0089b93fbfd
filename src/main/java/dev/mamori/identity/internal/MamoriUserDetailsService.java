package dev.mamori.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for form login and HTTP Basic; a locked account is reported as such. */
@Service
class MamoriUserDetailsService implements UserDetailsService {

	private final JdbcUserStore users;

	private final Clock clock;

	MamoriUserDetailsService(JdbcUserStore users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map((user) -> user.toPrincipal(this.clock))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
