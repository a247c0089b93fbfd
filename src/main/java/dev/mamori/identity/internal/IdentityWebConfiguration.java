package dev.mamori.identity.internal;

import dev.mamori.access.Permission;
import dev.mamori.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Permission enforcement on every handler, and the navigation entries of this module. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PermissionInterceptor());
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/admin/users", Permission.USER_ADMIN, 900);
	}

}
