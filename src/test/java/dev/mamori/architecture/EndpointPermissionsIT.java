package dev.mamori.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.mamori.access.PublicEndpoint;
import dev.mamori.access.RequiresPermission;
import dev.mamori.support.MamoriServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running server actually exposes declares its permission; the others
 * (framework endpoints) are listed here so that a new one is a conscious decision.
 */
@MamoriServerTest
class EndpointPermissionsIT {

	/**
	 * Framework endpoints; all sit behind authentication in the security filter chains.
	 */
	static final List<String> FRAMEWORK = List.of("org.springdoc.");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRegisteredHandlerDeclaresItsPermission() {
		List<String> undeclared = new ArrayList<>();
		List<String> unknownFramework = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			String type = method.getBeanType().getName();
			if (!type.startsWith("dev.mamori.")) {
				if (FRAMEWORK.stream().noneMatch(type::startsWith)) {
					unknownFramework.add(info + " -> " + type);
				}
				return;
			}
			boolean declared = AnnotatedElementUtils.hasAnnotation(method.getMethod(), RequiresPermission.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RequiresPermission.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
			if (!declared) {
				undeclared.add(info.toString());
			}
		});
		assertThat(undeclared).isEmpty();
		assertThat(unknownFramework).isEmpty();
		assertThat(this.mappings.getHandlerMethods()).hasSizeGreaterThan(40);
	}

}
