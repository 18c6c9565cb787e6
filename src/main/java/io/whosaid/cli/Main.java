package io.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The whosaid command line: {@code whosaid run}, and more commands as subcommands. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, version = "whosaid 0.1.0",
        description = "Who said what, when: finds statements in news articles, attributes them to speakers, "
                + "resolves the speakers to actors, dates them and writes Parquet tables.",
        subcommands = {RunCommand.class, EvaluateCommand.class, TrainNerCommand.class, TrainToneCommand.class, CompactCommand.class, SqlCommand.class, ViewsCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'whosaid run --help'");
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            commandLine.getErr().println("whosaid: error: " + e.getMessage()
                    + (root != e ? " (cause: " + root + ")" : ""));
            if (System.getenv("WHOSAID_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
