import io.whosaid.cli.Main;

import java.util.Locale;

/**
 * For scripts/bench --warm: runs whosaid on several inputs one after the other in one JVM, so that
 * every run after the first finds the JIT's code compiled (what a long-lived JVM would have), and
 * prints each run's wall time. Started by scripts/whosaid in Java's source-file mode.
 *
 *   WHOSAID_MAIN=scripts/WarmRuns.java scripts/whosaid IN1 OUT1 [IN2 OUT2 ...]
 */
public final class WarmRuns {
    private WarmRuns() {}

    public static void main(String[] args) {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: WarmRuns INPUT OUTPUT [INPUT OUTPUT ...]");
            System.exit(2);
        }
        for (int i = 0; i < args.length; i += 2) {
            long start = System.nanoTime();
            int code = Main.execute("run", "--input", args[i], "--output", args[i + 1], "--mode", "overwrite");
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                System.err.println("warm run on " + args[i] + " ended with exit code " + code);
                System.exit(code);
            }
            System.out.printf(Locale.ROOT, "warm run %d: %s in %.2f s%n", i / 2 + 1, args[i], seconds);
        }
    }
}
