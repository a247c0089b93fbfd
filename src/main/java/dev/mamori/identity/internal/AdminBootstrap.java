package dev.mamori.identity.internal;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no user at all), creates the user {@code admin}. Its password is
 * {@code MAMORI_ADMIN_PASSWORD} when set; otherwise one is generated and printed once, on
 * the console only (never logged), and nothing else is ever printed about it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private final UserAdministration users;

	private final AdminSettings settings;

	private final PrintStream console;

	@Autowired
	AdminBootstrap(UserAdministration users, AdminSettings settings) {
		this(users, settings, System.out);
	}

	AdminBootstrap(UserAdministration users, AdminSettings settings, PrintStream console) {
		this.users = users;
		this.settings = settings;
		this.console = console;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String configured = this.settings.password();
		boolean generated = configured == null || configured.isEmpty();
		String password = generated ? this.users.generatePassword() : configured;
		if (this.users.createFirstAdministrator(password) && generated) {
			this.console.println();
			this.console.println("==================================================================");
			this.console.println(" Mamori: 初期管理者 / first administrator");
			this.console.println("   user:     admin");
			this.console.println("   password: " + password);
			this.console.println(" この表示は一度だけです。This is shown only once.");
			this.console.println("==================================================================");
			this.console.println();
		}
	}

}
