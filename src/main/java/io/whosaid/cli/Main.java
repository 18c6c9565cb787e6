package io.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The whosaid command line: {@code whosaid run}, and more commands as subcommands. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, version = "whosaid 0.1.0",
        description = "Who said what, when: finds statements in news articles, attributes them to speakers, "
                + "resolves the speakers to actors, dates them and writes Parquet tables.",
        subcommands = {RunCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'whosaid run --help'");
    }

    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
