package io.whosaid;

import io.whosaid.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process, as a user would from the shell, in local mode on two cores. */
final class SparkRuns {
    static final Path SAMPLE = Path.of(System.getProperty("whosaid.projectDir", ".")).resolve("data/sample");

    private SparkRuns() {}

    /** The exit code of {@code whosaid run --input INPUT --output OUTPUT --master local[2] EXTRA...}. */
    static int run(Path input, Path output, String... extra) {
        return run(input, output.toString(), extra);
    }

    /** The same with an output that is a Hadoop path URI, such as s3a://bucket/folder. */
    static int run(Path input, String output, String... extra) {
        String[] base = {"run", "--input", input.toString(), "--output", output, "--master", "local[2]",
                "--conf", "spark.ui.enabled=false"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Main.execute(args);
    }

    /** What a command prints on standard output. */
    static String output(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int code = Main.execute(args);
            if (code != 0) {
                throw new AssertionError("exit code " + code + " for " + String.join(" ", args));
            }
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** A log file's text for an assertion message; the error itself when it cannot be read. */
    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
