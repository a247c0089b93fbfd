package dev.mamori.identity.internal;

import dev.mamori.access.ChannelDetails;
import dev.mamori.web.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two ways in. {@code /api/**} is stateless: HTTP Basic with a user's password, or an API
 * key; no cookie authenticates an API call, so it needs no CSRF token. Everything else is
 * the UI: form login, a session (kept in PostgreSQL, so any node can serve it), CSRF on
 * every form.
 * <p>
 * Which permission each endpoint needs is declared on the endpoint and enforced by
 * {@link PermissionInterceptor}; here every request only has to be authenticated, but for
 * the login page, static files, error pages and the health probe.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IdentitySettings.class, AdminSettings.class })
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ApiProblemResponses apiProblemResponses(Problems problems) {
		return new ApiProblemResponses(problems);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ApiProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems)
				.authenticationDetailsSource((request) -> new ChannelDetails("api-basic")))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), BasicAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/language", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/error", "/error/**", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(new LoginHandlers.Success())
				.failureHandler(new LoginHandlers.Failure())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "form-action 'self'; base-uri 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
