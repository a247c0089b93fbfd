package dev.mamori.web.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.common.ConflictException;
import dev.mamori.common.DomainException;
import dev.mamori.common.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain refusals thrown by page controllers become error pages with the right status.
 * (Pages handle validation failures themselves by showing the form again; what arrives
 * here is a missing entity, a conflict, or a refusal that has no form to go back to.)
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

	static final String MESSAGE_ATTRIBUTE = PageExceptionResolver.class.getName() + ".failure";

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(failure instanceof DomainException domain) || isRestController(handler)) {
			return null;
		}
		int status = (failure instanceof NotFoundException) ? 404 : (failure instanceof ConflictException) ? 409 : 400;
		request.setAttribute(MESSAGE_ATTRIBUTE, domain);
		try {
			response.sendError(status);
		}
		catch (IOException ex) {
			return null;
		}
		return new ModelAndView();
	}

	private static boolean isRestController(Object handler) {
		return handler instanceof HandlerMethod method
				&& AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
