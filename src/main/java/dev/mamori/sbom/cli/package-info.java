/**
 * The SBOM module's command-line tools, assembled into {@code mamori} by the root
 * command.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.mamori.sbom.cli;
