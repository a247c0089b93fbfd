package dev.mamori.regulatory.cli;

import picocli.CommandLine.Command;

/** {@code mamori report ...}: malfunction reports to PMDA (R1–R6). */
@Command(name = "report", description = "Malfunction reports to PMDA / 不具合等報告", mixinStandardHelpOptions = true,
		subcommands = { DecideCommand.class })
public class ReportCommand {

}
