package dev.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.access.Role;
import dev.mamori.audit.AuditQueries;
import dev.mamori.common.ConflictException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.identity.internal.UserAdministration;
import dev.mamori.support.Api;
import dev.mamori.support.Json;
import dev.mamori.support.MamoriServerTest;
import dev.mamori.support.TestUsers;
import dev.mamori.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Accounts, sign-in, lockout, API keys and the remembered language (issue 2). */
@MamoriServerTest
class IdentityIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	AuditQueries audit;

	Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	String newUser(Role... roles) {
		return TestUsers.ensure(this.users, "u" + UUID.randomUUID().toString().substring(0, 8), roles);
	}

	@Test
	void signsInThroughTheFormAndOut() {
		String user = newUser(Role.VIEWER);
		WebSession browser = new WebSession(this.port);
		assertThat(browser.get("/products").status()).isEqualTo(302);
		assertThat(browser.login(user, TestUsers.PASSWORD)).contains("/products");
		assertThat(browser.get("/products").status()).isEqualTo(200);
		assertThat(browser.post("/logout", Map.of()).location()).endsWith("/login?logout");
		assertThat(browser.get("/products").status()).isEqualTo(302);
	}

	@Test
	void refusesAFormWithoutCsrfToken() {
		String user = newUser(Role.PSIRT);
		WebSession browser = new WebSession(this.port);
		browser.login(user, TestUsers.PASSWORD);
		WebSession forger = new WebSession(this.port);
		assertThat(forger.post("/login", Map.of("username", user, "password", TestUsers.PASSWORD)).status())
			.isEqualTo(403);
	}

	@Test
	void locksAnAccountAfterFiveWrongPasswordsAndAuditsIt() {
		String user = newUser(Role.VIEWER);
		WebSession browser = new WebSession(this.port);
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(browser.login(user, "wrong-password-" + attempt)).endsWith("/login?error");
		}
		assertThat(this.api.get("/api/v1/products", Api.basic(user, "wrong-password-x")).status()).isEqualTo(401);
		assertThat(browser.login(user, TestUsers.PASSWORD)).as("the right password while locked")
			.endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("ロック");
		assertThat(this.api.get("/api/v1/products", Api.basic(user, TestUsers.PASSWORD)).status()).isEqualTo(401);
		assertThat(this.audit.find(new AuditQueries.AuditFilter("user", user, null, "user.locked"), 0, 5)).hasSize(1);

		this.users.unlock(user, "the user called the help desk");
		assertThat(browser.login(user, TestUsers.PASSWORD)).endsWith("/");
	}

	@Test
	void countsOnlyConsecutiveFailures() {
		String user = newUser(Role.VIEWER);
		WebSession browser = new WebSession(this.port);
		for (int round = 0; round < 2; round++) {
			for (int attempt = 0; attempt < 4; attempt++) {
				browser.login(user, "wrong-password-" + attempt);
			}
			assertThat(browser.login(user, TestUsers.PASSWORD)).endsWith("/");
			browser.get("/");
			browser.post("/logout", Map.of());
		}
	}

	@Test
	void issuesAnApiKeyOnceStoresItHashedAndRevokesIt() {
		String user = newUser(Role.ENGINEER);
		String basic = Api.basic(user, TestUsers.PASSWORD);
		Api.Response created = this.api.post("/api/v1/api-keys", Json.object("name", "release-ci"), basic);
		assertThat(created.status()).isEqualTo(201);
		String key = created.json().get("key").asText();
		assertThat(key).matches("mk_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}");

		assertThat(this.api.get("/api/v1/products", key).status()).isEqualTo(200);
		JsonNode listed = this.api.get("/api/v1/api-keys", key).json().get(0);
		assertThat(listed.get("key").isNull()).as("never shown again").isTrue();
		assertThat(listed.get("lastUsedAt").isNull()).isFalse();
		assertThat(listed.get("prefix").asText()).isEqualTo(key.substring(3, 11));

		assertThat(this.api.delete("/api/v1/api-keys/" + created.json().get("id").asText(), basic).status())
			.isEqualTo(204);
		Api.Response refused = this.api.get("/api/v1/products", key);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asText()).contains("API キー");
	}

	@Test
	void anApiKeyActsWithItsOwnersPermissionsAndIsAudited() {
		String viewer = newUser(Role.VIEWER);
		String key = this.api
			.post("/api/v1/api-keys", Json.object("name", "dashboard"), Api.basic(viewer, TestUsers.PASSWORD))
			.json()
			.get("key")
			.asText();
		assertThat(this.api.post("/api/v1/products", "{}", key).status()).isEqualTo(403);

		String psirt = newUser(Role.PSIRT);
		String psirtKey = this.api
			.post("/api/v1/api-keys", Json.object("name", "ci"), Api.basic(psirt, TestUsers.PASSWORD))
			.json()
			.get("key")
			.asText();
		String model = "K-" + UUID.randomUUID().toString().substring(0, 8);
		String id = this.api
			.post("/api/v1/products",
					Json.object("name", "n", "modelNumber", model, "genericName", "g", "deviceClass", "I",
							"intendedEnvironment", "HOME", "interfaces", List.of("NONE")),
					psirtKey)
			.json()
			.get("id")
			.asText();
		assertThat(this.audit.find(new AuditQueries.AuditFilter("product", id, null, null), 0, 1)).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actor()).isEqualTo(psirt);
				assertThat(entry.channel()).isEqualTo("api-key:ci");
			});
	}

	@Test
	void refusesAMalformedOrUnknownKey() {
		assertThat(this.api.get("/api/v1/products", "mk_nonsense").status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/products", "mk_AAAAAAAA_" + "A".repeat(40)).status()).isEqualTo(401);
	}

	@Test
	void cannotRevokeSomeoneElsesKey() {
		String owner = newUser(Role.VIEWER);
		String id = this.api.post("/api/v1/api-keys", Json.object("name", "mine"), Api.basic(owner, TestUsers.PASSWORD))
			.json()
			.get("id")
			.asText();
		String other = newUser(Role.VIEWER);
		assertThat(this.api.delete("/api/v1/api-keys/" + id, Api.basic(other, TestUsers.PASSWORD)).status())
			.isEqualTo(404);
	}

	@Test
	void remembersTheLanguageAUserChoseAcrossSessions() {
		String user = newUser(Role.VIEWER);
		WebSession first = new WebSession(this.port);
		first.login(user, TestUsers.PASSWORD);
		assertThat(first.get("/products").body()).contains("製品");
		first.get("/products");
		assertThat(first.post("/language", Map.of("lang", "en", "returnTo", "/products")).location())
			.endsWith("/products");
		assertThat(first.get("/products").body()).contains("<html lang=\"en\"").contains("Products");

		WebSession elsewhere = new WebSession(this.port);
		assertThat(elsewhere.get("/login").body()).contains("<html lang=\"ja\"");
		elsewhere.login(user, TestUsers.PASSWORD);
		assertThat(elsewhere.get("/products").body()).contains("<html lang=\"en\"");
	}

	@Test
	void neverRedirectsTheLanguageSwitchToAnotherSite() {
		WebSession browser = new WebSession(this.port);
		browser.get("/login");
		assertThat(browser.post("/language", Map.of("lang", "en", "returnTo", "//evil.example/x")).location())
			.endsWith("/");
		assertThat(browser.get("/login").body()).contains("<html lang=\"en\"");
	}

	@Test
	void endsTheSessionsOfAUserWhoseRolesChange() {
		String user = newUser(Role.PSIRT);
		WebSession browser = new WebSession(this.port);
		browser.login(user, TestUsers.PASSWORD);
		assertThat(browser.get("/products/new").status()).isEqualTo(200);
		this.users.update(user, user, true, EnumSet.of(Role.VIEWER), "moved to another team");
		assertThat(browser.get("/products/new").status()).as("signed out").isEqualTo(302);
		browser.login(user, TestUsers.PASSWORD);
		assertThat(browser.get("/products/new").status()).as("now a viewer").isEqualTo(403);
	}

	@Test
	void refusesWeakPasswordsAndTakenNames() {
		var failure = catchThrowableOfType(ValidationFailedException.class, () -> this.users
			.create(new UserAdministration.NewUser("bad name!", "s", "short", Set.of(Role.VIEWER), null, "")));
		assertThat(failure.violations()).extracting((violation) -> violation.code())
			.containsExactly("user.username.invalid", "password.tooShort");
		String taken = newUser(Role.VIEWER);
		assertThat(catchThrowable(() -> this.users.create(new UserAdministration.NewUser(taken.toUpperCase(), "x",
				"Long-enough-passw0rd", Set.of(Role.VIEWER), null, ""))))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void neverLeavesMamoriWithoutAnEnabledAdministrator() {
		assertThat(
				catchThrowable(() -> this.users.update("admin", "Administrator", true, EnumSet.of(Role.PSIRT), "oops")))
			.isInstanceOf(ConflictException.class);
		assertThat(catchThrowable(
				() -> this.users.update("admin", "Administrator", false, EnumSet.of(Role.ADMIN), "oops")))
			.isInstanceOf(ConflictException.class);
		String second = newUser(Role.ADMIN);
		this.users.update(second, second, false, EnumSet.of(Role.ADMIN), "left the company");
		assertThat(this.api.get("/api/v1/products", Api.basic("admin", TestUsers.ADMIN_PASSWORD)).status())
			.isEqualTo(200);
	}

	@Test
	void showsAccountRefusalsOnTheAdministrationForms() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin", TestUsers.ADMIN_PASSWORD);
		admin.post("/language", Map.of("lang", "ja", "returnTo", "/"));
		String taken = newUser(Role.VIEWER);
		admin.get("/admin/users/new");
		WebSession.Page duplicate = admin.post("/admin/users", Map.of("username", taken, "displayName", "x", "password",
				"Long-enough-passw0rd", "roles", "VIEWER", "language", "ja", "reason", "new hire"));
		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(duplicate.body()).contains("ユーザー名「" + taken + "」は既に使われています。");
		admin.get("/admin/users/admin");
		WebSession.Page demotion = admin.post("/admin/users/admin",
				Map.of("displayName", "Administrator", "roles", "VIEWER", "enabled", "true", "reason", "test"));
		assertThat(demotion.status()).isEqualTo(200);
		assertThat(demotion.body()).contains("唯一の有効な管理者");
	}

	@Test
	void keepsTheFirstAdministratorUnique() {
		assertThat(this.users.createFirstAdministrator("Another-admin-passw0rd")).isFalse();
		assertThat(this.api.get("/api/v1/products", Api.basic("admin", TestUsers.ADMIN_PASSWORD)).status())
			.isEqualTo(200);
	}

}
