package dev.mamori.product.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mamori.product.ProductId;
import dev.mamori.product.ProductPageSection;
import dev.mamori.product.ProductVersionId;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The sections other modules add to product and version pages, as this user may see them.
 */
@Component
class PageSections {

	/** A section ready to render: its title and the URL its content is loaded from. */
	record Section(String titleKey, String path) {
	}

	private final List<ProductPageSection> sections;

	PageSections(List<ProductPageSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ProductPageSection::order)).toList();
	}

	List<Section> forPage(ProductPageSection.Page page, ProductId product, ProductVersionId version) {
		Set<String> authorities = SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return this.sections.stream()
			.filter((section) -> section.page() == page && authorities.contains(section.permission().authority()))
			.map((section) -> new Section(section.titleKey(), section.pathFor(product, version)))
			.toList();
	}

}
