package dev.mamori.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.web.DashboardPanel;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the panels of every module this user may see, each loaded on its own.
 */
@Controller
class DashboardController {

	private final List<DashboardPanel> panels;

	DashboardController(List<DashboardPanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
	}

	@GetMapping("/")
	@RequiresPermission(Permission.DASHBOARD_VIEW)
	String dashboard(Authentication user, Model model) {
		Set<String> authorities = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		model.addAttribute("panels",
				this.panels.stream().filter((panel) -> authorities.contains(panel.permission().authority())).toList());
		return "dashboard";
	}

}
