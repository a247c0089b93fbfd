package dev.mamori.regulatory.web;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.regulatory.internal.DeadlineBoard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The deadline board (R2): its page and its dashboard panel. */
@Controller
@RequestMapping("/reports/deadlines")
class DeadlinePageController {

	private final DeadlineBoard board;

	DeadlinePageController(DeadlineBoard board) {
		this.board = board;
	}

	@GetMapping
	@RequiresPermission(Permission.REPORT_READ)
	String page(Model model) {
		model.addAttribute("deadlines", this.board.deadlines());
		return "regulatory/deadlines";
	}

	@GetMapping("/panel")
	@RequiresPermission(Permission.REPORT_READ)
	String panel(Model model) {
		model.addAttribute("deadlines", this.board.deadlines());
		return "regulatory/panels :: deadlines";
	}

}
