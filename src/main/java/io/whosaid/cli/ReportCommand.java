package io.whosaid.cli;

import io.whosaid.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code whosaid report}: DIR/report.html, a self-contained page with the run's charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write DIR/report.html: statements per day, top actors and outlets, and the top actors' timelines with tone.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder of a run.")
    Path output;

    @Option(names = "--top", defaultValue = "5", paramLabel = "N", description = "How many actors get a timeline (default: ${DEFAULT-VALUE}).")
    int top;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = new HtmlReport(top).write(output);
        spec.commandLine().getOut().println("wrote " + file);
        return 0;
    }
}
