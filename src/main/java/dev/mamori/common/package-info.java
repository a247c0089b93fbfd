/**
 * Shared kernel: the few types every module speaks. Domain errors carry message codes
 * instead of text, so that each adapter (web page, REST API, CLI) can say them in the
 * user's language; and {@link dev.mamori.common.MamoriTime} fixes the time zone in which
 * regulatory dates are counted.
 * <p>
 * Nothing here depends on another Mamori module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package dev.mamori.common;
