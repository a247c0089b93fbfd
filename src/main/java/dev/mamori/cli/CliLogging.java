package dev.mamori.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Command-line tools run without Spring, where logback's default would print every INFO
 * line on standard output and corrupt {@code --json}. They log warnings only, on standard
 * error. ({@code mamori serve} is unaffected: Spring Boot configures logging again when
 * it starts.)
 */
public final class CliLogging {

	private CliLogging() {
	}

	public static void quiet() {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		context.reset();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%level %logger{0}: %msg%n");
		encoder.start();
		ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
		stderr.setContext(context);
		stderr.setTarget("System.err");
		stderr.setEncoder(encoder);
		stderr.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.WARN);
		root.addAppender(stderr);
		// CycloneDX schemas use keywords the validator does not know; that is expected.
		context.getLogger("com.networknt.schema.keyword.UnknownKeywordFactory").setLevel(Level.ERROR);
	}

}
