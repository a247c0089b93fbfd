package dev.mamori.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.mamori.access.PublicEndpoint;
import dev.mamori.access.RequiresPermission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Invariants of the code base, as tests. */
class ArchitectureRulesTest {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.mamori");
	}

	/**
	 * Every HTTP endpoint declares the permission it needs (or, rarely, that it is
	 * public).
	 */
	@Test
	void everyEndpointDeclaresItsPermission() {
		methods().that(handlerMethods())
			.should(declarePermission())
			.because("every endpoint requires a permission (issue 2); the interceptor refuses undeclared ones")
			.check(classes);
	}

	/** The rules live in plain Java: no Spring, no database, no I/O. */
	@Test
	void pureCoresDependOnNoFramework() {
		noClasses().that()
			.resideInAnyPackage("dev.mamori.product.lifecycle..", "dev.mamori.vulnerability.model..",
					"dev.mamori.vulnerability.version..", "dev.mamori.vulnerability.purl..",
					"dev.mamori.vulnerability.matching..")
			.or()
			.resideInAnyPackage("dev.mamori.assessment.scoring..", "dev.mamori.assessment.rubric..",
					"dev.mamori.assessment.risk..", "dev.mamori.assessment.triage..", "dev.mamori.assessment.gate..")
			.or()
			.resideInAnyPackage("dev.mamori.regulatory.rules..", "dev.mamori.notification.delivery..")
			.or()
			.haveFullyQualifiedName("dev.mamori.audit.internal.AuditChain")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.net..", "java.io..",
					"java.nio.file..")
			.check(classes);
	}

	/**
	 * Regulatory dates come from the injected Clock in Asia/Tokyo, never from the system
	 * default.
	 */
	@Test
	void nobodyReadsTheSystemClockDirectly() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("dev.mamori.common.ClockConfiguration")
			.should()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.Clock.class, "systemDefaultZone")
			.check(classes);
	}

	/** API types are never persistence types (STYLE 4). */
	@Test
	void restControllersDoNotExposeStoredRecords() {
		noMethods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.should()
			.haveRawReturnType(
					DescribedPredicate.describe("a stored record", (type) -> type.getSimpleName().startsWith("Stored")))
			.check(classes);
	}

	private static DescribedPredicate<JavaMethod> handlerMethods() {
		return DescribedPredicate.describe("are request handlers of Mamori controllers",
				(method) -> method.getOwner().getPackageName().startsWith("dev.mamori")
						&& method.isMetaAnnotatedWith(RequestMapping.class));
	}

	private static ArchCondition<JavaMethod> declarePermission() {
		return new ArchCondition<>("declare @RequiresPermission or @PublicEndpoint, on the method or its class") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean declared = method.isAnnotatedWith(RequiresPermission.class)
						|| method.isAnnotatedWith(PublicEndpoint.class)
						|| method.getOwner().isAnnotatedWith(RequiresPermission.class)
						|| method.getOwner().isAnnotatedWith(PublicEndpoint.class);
				if (!declared) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no permission"));
				}
			}
		};
	}

}
