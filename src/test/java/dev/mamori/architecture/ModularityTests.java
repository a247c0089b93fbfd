package dev.mamori.architecture;

import dev.mamori.MamoriApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of DESIGN.md stay modules: no cycles, only declared dependencies, and no
 * module reaches into another's internals. Also writes the module documentation
 * (target/spring-modulith-docs).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MamoriApplication.class);

	@Test
	void modulesAreWellFormed() {
		MODULES.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
