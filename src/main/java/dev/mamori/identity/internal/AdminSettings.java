package dev.mamori.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mamori.admin.password}, set through {@code MAMORI_ADMIN_PASSWORD}: the first
 * administrator's password. Only read on the very first start.
 */
@ConfigurationProperties("mamori.admin")
record AdminSettings(String password) {

	@Override
	public String toString() {
		return "AdminSettings[password=" + ((this.password == null) ? "unset" : "***") + "]";
	}

}
