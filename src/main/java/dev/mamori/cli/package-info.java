/**
 * What every command-line tool shares: the exit codes of the CLI contract, messages in
 * the user's language ({@code MAMORI_LANG=ja|en}, Japanese by default), and JSON output.
 * Commands themselves live in the module they serve; {@code dev.mamori.Mamori} assembles
 * them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CLI support", allowedDependencies = "common")
package dev.mamori.cli;
