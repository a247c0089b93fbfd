package dev.mamori.product;

import java.util.Objects;

import dev.mamori.access.Permission;

/**
 * A section another module adds to the product or version page, contributed as a bean.
 * The page loads it from {@code pathTemplate} with {@code {productId}} and
 * {@code {versionId}} filled in, and shows it only to users holding {@code permission}.
 */
public record ProductPageSection(Page page, String titleKey, String pathTemplate, Permission permission, int order) {

	/** Which page the section belongs to. */
	public enum Page {

		PRODUCT, VERSION

	}

	public ProductPageSection {
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(titleKey, "titleKey");
		Objects.requireNonNull(pathTemplate, "pathTemplate");
		Objects.requireNonNull(permission, "permission");
	}

	public String pathFor(ProductId product, ProductVersionId version) {
		String path = this.pathTemplate.replace("{productId}", product.toString());
		return (version != null) ? path.replace("{versionId}", version.toString()) : path;
	}

}
