/**
 * The SBOMs of the demonstration portfolio ({@code mamori serve --demo}), written by the
 * Mamori team for its fictitious devices.
 */
package dev.mamori.sbom.demo;
