package dev.mamori.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.mamori.access.Permission;
import dev.mamori.access.RequiresPermission;
import dev.mamori.identity.internal.ApiKeys;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API keys. */
@RestController
@RequestMapping("/api/v1/api-keys")
@RequiresPermission(Permission.ACCOUNT_SELF)
class ApiKeyApiController {

	private final ApiKeys keys;

	ApiKeyApiController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	List<KeyResponse> list(Authentication user) {
		return this.keys.keysOf(user.getName())
			.stream()
			.map((key) -> new KeyResponse(key.id(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt(),
					key.revokedAt(), null))
			.toList();
	}

	/** The response holds the key itself; it is never shown again. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	KeyResponse create(Authentication user, @RequestBody CreateKeyRequest request) {
		var created = this.keys.create(user.getName(), request.name());
		return new KeyResponse(created.id(), created.name(), created.prefix(), created.createdAt(), null, null,
				created.key());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(Authentication user, @PathVariable UUID id) {
		this.keys.revoke(user.getName(), id);
	}

	record CreateKeyRequest(String name) {
	}

	record KeyResponse(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
			String key) {
	}

}
