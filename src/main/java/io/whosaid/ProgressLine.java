package io.whosaid;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Prints "N articles read, M statements found" every few seconds while the long stage runs, with the
 * counts of its running tasks (a task can take minutes), and the exact totals when it ends.
 */
final class ProgressLine implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 5_000;

    private final Thread thread;
    private final Consumer<String> out;
    private final LongAccumulator articles;
    private final LongAccumulator statements;
    private final SparkContext context;
    private final RunningCounts running;
    private final long started = System.nanoTime();
    private volatile long lastPrinted = -1;

    ProgressLine(Consumer<String> out, SparkContext context, LongAccumulator articles, LongAccumulator statements) {
        this.out = out;
        this.articles = articles;
        this.statements = statements;
        this.context = context;
        this.running = new RunningCounts(articles, statements);
        context.addSparkListener(running);
        this.thread = new Thread(this::loop, "whosaid-progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(INTERVAL_MILLIS);
                long n = running.value(articles);
                if (n != lastPrinted) {
                    print(n, running.value(statements));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void print(long articlesRead, long statementsFound) {
        double seconds = (System.nanoTime() - started) / 1e9;
        lastPrinted = articlesRead;
        out.accept(String.format(Locale.ROOT, "%,d articles read, %,d statements found (%.0f articles/s)",
                articlesRead, statementsFound, seconds > 0 ? articlesRead / seconds : 0.0));
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(1_000); // its last line before the totals
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.removeSparkListener(running);
        if (articles.value() != lastPrinted) {
            print(articles.value(), statements.value());
        }
    }
}
