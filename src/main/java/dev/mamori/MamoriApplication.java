package dev.mamori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Spring application behind {@code mamori serve}. Each direct sub-package of
 * {@code dev.mamori} is an application module; see {@code DESIGN.md}.
 */
@SpringBootApplication
@Modulithic(sharedModules = "common")
public class MamoriApplication {

	/**
	 * Runs the server directly (for IDEs); the product's entry point is {@link Mamori}.
	 */
	public static void main(String[] args) {
		SpringApplication.run(MamoriApplication.class, args);
	}

}
