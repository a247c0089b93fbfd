package dev.mamori.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.web.NavigationItem;
import dev.mamori.web.TopbarWidget;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds what the layout needs to every rendered page: the navigation entries this user may
 * use and the current path (to highlight the active entry and to come back after a
 * language switch).
 */
class ShellModelInterceptor implements HandlerInterceptor {

	private final List<NavigationItem> navigation;

	private final List<TopbarWidget> widgets;

	ShellModelInterceptor(List<NavigationItem> navigation, List<TopbarWidget> widgets) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.widgets = widgets.stream().sorted(Comparator.comparingInt(TopbarWidget::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getView() instanceof RedirectView
				|| String.valueOf(modelAndView.getViewName()).startsWith("redirect:")) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Set<String> authorities = authorities();
		modelAndView.addObject("navigation",
				this.navigation.stream()
					.filter((item) -> authorities.contains(item.permission().authority()))
					.toList());
		modelAndView.addObject("topbarWidgets",
				this.widgets.stream()
					.filter((widget) -> authorities.contains(widget.permission().authority()))
					.toList());
		modelAndView.addObject("currentPath", path);
		String query = request.getQueryString();
		modelAndView.addObject("currentUrl", (query == null) ? path : path + "?" + query);
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
