/**
 * The assessment module's command-line tools ({@code mamori cvss},
 * {@code mamori rubric}), assembled into {@code mamori} by the root command. They call
 * the pure cores directly and need no server.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.mamori.assessment.cli;
