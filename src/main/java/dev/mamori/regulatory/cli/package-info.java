/**
 * {@code mamori report decide}: the decision table from the command line, without a
 * server; assembled into {@code mamori} by the root command.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.mamori.regulatory.cli;
