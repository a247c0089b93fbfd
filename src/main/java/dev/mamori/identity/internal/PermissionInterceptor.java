package dev.mamori.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.access.PublicEndpoint;
import dev.mamori.access.RequiresPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the permission each Mamori endpoint declares with {@link RequiresPermission}
 * (on the method, else on the class). Fails closed: a Mamori handler that declares
 * nothing is refused, as if nobody held its permission. Framework handlers (static files,
 * the OpenAPI document) are governed by the security filter chains alone.
 */
class PermissionInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(PermissionInterceptor.class);

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !isMamori(method)) {
			return true;
		}
		if (declared(method, PublicEndpoint.class) != null) {
			return true;
		}
		RequiresPermission required = declared(method, RequiresPermission.class);
		if (required == null) {
			log.error("Refusing {}: the endpoint declares no permission", method);
			throw new AccessDeniedException("endpoint declares no permission");
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean granted = user != null && user.getAuthorities()
			.stream()
			.anyMatch((authority) -> required.value().authority().equals(authority.getAuthority()));
		if (!granted) {
			throw new AccessDeniedException("missing permission " + required.value());
		}
		return true;
	}

	static boolean isMamori(HandlerMethod method) {
		return method.getBeanType().getName().startsWith("dev.mamori.");
	}

	/** The annotation on the method, else on its class. */
	static <A extends java.lang.annotation.Annotation> A declared(HandlerMethod method, Class<A> type) {
		A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
		return (onMethod != null) ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
	}

}
