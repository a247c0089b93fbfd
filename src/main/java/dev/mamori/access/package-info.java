/**
 * Who may do what: the permissions every HTTP endpoint declares
 * ({@link RequiresPermission}), the roles that grant them, and the {@link Actor} that
 * audit entries name. It is the vocabulary of authorization shared by all modules;
 * authentication (users, passwords, API keys) lives in {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package dev.mamori.access;
