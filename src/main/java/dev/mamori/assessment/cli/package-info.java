/**
 * The assessment module's command-line tools ({@code mamori cvss}, {@code mamori rubric},
 * {@code mamori gate}), assembled into {@code mamori} by the root command. {@code cvss}
 * and {@code rubric} call the pure cores directly and need no server; {@code gate} asks a
 * server, which alone knows the findings and their analysis.
 */
@org.springframework.modulith.NamedInterface("cli")
package dev.mamori.assessment.cli;
