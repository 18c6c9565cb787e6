package io.whosaid;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts a real Spark standalone cluster on 127.0.0.1 (a master and two workers) from the
 * Spark jars Maven has, submits the shaded jar with spark-submit's own entry point, waits for
 * it, checks the output tables and stops every process it started.
 */
class ClusterIT {
    private static final Path PROJECT = Path.of(System.getProperty("whosaid.projectDir", "."));

    @Test
    void sparkSubmitOnAStandaloneClusterWritesTheTables() throws Exception {
        Path target = PROJECT.resolve("target");
        Path home = target.resolve("cluster-it");
        deleteTree(home);
        Files.createDirectories(home);
        List<String> sparkJars = sparkRuntimeJars(home);
        Path appJar = target.resolve("whosaid-0.1.0-SNAPSHOT-all.jar");
        assertTrue(Files.isRegularFile(appJar), "mvn package builds " + appJar);
        Path output = home.resolve("out");

        try (StandaloneCluster cluster = new StandaloneCluster(home, sparkJars, 2)) {
            Process job = submit(cluster, home, appJar, PROJECT.resolve("data/sample"), output, "submit");
            assertTrue(job.waitFor(10, java.util.concurrent.TimeUnit.MINUTES), "the job finished in time");
            String log = Files.readString(home.resolve("logs/submit.log"));
            assertEquals(0, job.exitValue(), () -> "spark-submit failed:\n" + tail(log));
            assertTrue(log.contains("whosaid: "), () -> "the summary line is printed:\n" + tail(log));
            for (int worker = 1; worker <= 2; worker++) {
                try (Stream<Path> apps = Files.list(cluster.workDir(worker))) {
                    assertTrue(apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")), "worker " + worker + " ran an executor");
                }
            }
        }

        long inputArticles;
        try (Stream<Path> files = Files.list(PROJECT.resolve("data/sample"))) {
            inputArticles = files.filter(p -> p.toString().endsWith(".jsonl")).mapToLong(ClusterIT::lines).sum();
        }
        try (DuckDb db = new DuckDb(output)) {
            assertEquals(inputArticles, db.count("SELECT count(*) FROM {articles}"));
            assertTrue(db.count("SELECT count(*) FROM {statements}") > 0);
            assertTrue(db.count("SELECT count(*) FROM {actors}") > 0);
            assertEquals(0, db.count("SELECT count(*) FROM {rejects}"));
        }
    }

    /**
     * Kills one worker (and its executor) in the middle of a job: Spark runs the lost tasks again on
     * the other worker and the job ends with exactly the tables of an undisturbed local run.
     */
    @Test
    void losingAnExecutorMidJobChangesNothingInTheTables() throws Exception {
        Path target = PROJECT.resolve("target");
        Path home = target.resolve("cluster-fault-it");
        deleteTree(home);
        Files.createDirectories(home);
        Path input = home.resolve("input");
        Files.createDirectories(input);
        try (java.io.BufferedWriter w = Files.newBufferedWriter(input.resolve("many.jsonl"))) {
            for (int i = 0; i < 6000; i++) {
                w.write("{\"id\":\"c" + i + "\",\"published_at\":\"2025-03-12\",\"text\":\"\\\"Convoy " + i
                        + " has crossed the border,\\\" said Ana Costa. Officials said the road would stay open on Monday. "
                        + "The ministry warned that fuel prices would rise in April.\"}\n");
            }
        }
        Path undisturbed = home.resolve("local-out");
        assertEquals(0, SparkRuns.run(input, undisturbed));

        Path output = home.resolve("out");
        try (StandaloneCluster cluster = new StandaloneCluster(home, sparkRuntimeJars(home), 2)) {
            Process job = submit(cluster, home, target.resolve("whosaid-0.1.0-SNAPSHOT-all.jar"), input, output, "fault");
            Path log = home.resolve("logs/fault.log");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (job.isAlive() && !Files.readString(log).contains("articles read") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(job.isAlive(), () -> "the job was still running when the executor was killed:\n" + tail(SparkRuns.read(log)));
            cluster.killWorker(2);
            assertTrue(job.waitFor(10, java.util.concurrent.TimeUnit.MINUTES), "the job finished in time");
            assertEquals(0, job.exitValue(), () -> "the job failed after losing an executor:\n" + tail(SparkRuns.read(log)));
        }
        String query = "SELECT statement_id, article_id, actor_id, \"begin\", \"end\", content, statement_date, sentiment "
                + "FROM {statements} ORDER BY statement_id";
        try (DuckDb local = new DuckDb(undisturbed); DuckDb cluster = new DuckDb(output)) {
            assertEquals(local.rows(query), cluster.rows(query));
            String actors = "SELECT actor_id, actor_name, actor_type, CAST(aliases AS VARCHAR) aliases, CAST(roles AS VARCHAR) roles, "
                    + "statements, articles FROM {actors} ORDER BY actor_id";
            assertEquals(local.rows(actors), cluster.rows(actors));
            assertEquals(6000, cluster.count("SELECT count(*) FROM {articles}"));
        }
    }

    private static Process submit(StandaloneCluster cluster, Path home, Path appJar, Path input, Path output, String name)
            throws java.io.IOException {
        List<String> submit = new ArrayList<>(List.of(StandaloneCluster.javaBinary(), "-Xmx1g"));
        submit.addAll(Arrays.asList(System.getProperty("whosaid.jvmOpens", "").trim().split("\\s+")));
        submit.addAll(List.of("-cp", cluster.sparkHome().resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
                "--master", cluster.masterUrl(), "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=1g", "--conf", "spark.ui.enabled=false",
                "--class", "io.whosaid.cli.Main", appJar.toString(),
                "run", "--input", input.toUri().toString(), "--output", output.toUri().toString()));
        ProcessBuilder pb = new ProcessBuilder(submit.stream().filter(a -> !a.isEmpty()).toList()).redirectErrorStream(true)
                .redirectOutput(home.resolve("logs/" + name + ".log").toFile());
        pb.environment().putAll(cluster.environment());
        return pb.start();
    }

    /** The jars of a plain Spark installation, resolved by Maven from src/test/spark-runtime/pom.xml. */
    private static List<String> sparkRuntimeJars(Path home) throws Exception {
        Path classpath = home.resolve("spark-classpath.txt");
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", PROJECT.resolve("src/test/spark-runtime/pom.xml").toString(),
                "dependency:build-classpath", "-Dmdep.outputFile=" + classpath)
                .redirectErrorStream(true).redirectOutput(home.resolve("mvn.log").toFile()).start();
        assertTrue(mvn.waitFor(10, java.util.concurrent.TimeUnit.MINUTES), "Maven resolved Spark in time");
        assertEquals(0, mvn.exitValue(), () -> "Maven could not resolve Spark: " + SparkRuns.read(home.resolve("mvn.log")));
        return Arrays.asList(Files.readString(classpath).strip().split(":"));
    }


    private static long lines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String tail(String log) {
        return log.length() <= 6000 ? log : log.substring(log.length() - 6000);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
