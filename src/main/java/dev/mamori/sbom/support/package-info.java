/**
 * Component end of support against the device's (P3, T§5.4): a component whose support
 * ends before the product version's EOL or EOS must be planned for and disclosed. Pure
 * Java.
 */
package dev.mamori.sbom.support;
