package io.whosaid;

import org.apache.spark.util.LongAccumulator;

import java.util.Locale;
import java.util.function.Consumer;

/** Prints "N articles read, M statements found" every few seconds while the long stage runs. */
final class ProgressLine implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 5_000;

    private final Thread thread;
    private final Consumer<String> out;
    private final LongAccumulator articles;
    private final LongAccumulator statements;
    private final long started = System.nanoTime();

    ProgressLine(Consumer<String> out, LongAccumulator articles, LongAccumulator statements) {
        this.out = out;
        this.articles = articles;
        this.statements = statements;
        this.thread = new Thread(this::loop, "whosaid-progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        long last = -1;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(INTERVAL_MILLIS);
                long n = articles.value();
                if (n != last) {
                    print();
                    last = n;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void print() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long n = articles.value();
        out.accept(String.format(Locale.ROOT, "%,d articles read, %,d statements found (%.0f articles/s)",
                n, statements.value(), seconds > 0 ? n / seconds : 0.0));
    }

    @Override
    public void close() {
        thread.interrupt();
        print();
    }
}
