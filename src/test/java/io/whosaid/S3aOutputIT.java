package io.whosaid;

import io.whosaid.annotate.PerceptronNerModels;
import io.whosaid.annotate.ToneModel;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output to an s3a:// path, end to end: a local S3 endpoint (S3Proxy over a folder, started as
 * its own process), the sample written through Hadoop's S3A connector with credentials from the
 * usual Hadoop settings, then an append of a batch that repeats half of the first; the objects
 * the endpoint stored are read back with DuckDB. The first run reads its NER and tone models from
 * another bucket of the endpoint, with the same settings.
 */
class S3aOutputIT {
    private static final Path PROJECT = Path.of(System.getProperty("whosaid.projectDir", "."));
    private static final String KEY = "whosaid-test-key";
    private static final String SECRET = "whosaid-test-secret";

    @Test
    void theTablesGoToS3AndAnAppendAddsEachArticleOnce() throws Exception {
        Path jar = PROJECT.resolve("target/s3proxy/s3proxy.jar");
        assertTrue(Files.isRegularFile(jar), "S3Proxy is copied there in pre-integration-test: " + jar);
        Path work = Files.createTempDirectory("whosaid-s3a");
        Path store = work.resolve("store");
        Files.createDirectories(store.resolve("news-bucket")); // a bucket is a folder of the store
        Files.createDirectories(store.resolve("models-bucket"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path properties = work.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + KEY,
                "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + store.toAbsolutePath()), StandardCharsets.UTF_8);
        Path log = work.resolve("s3proxy.log");
        Process proxy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitForPort(port, proxy, log);
            List<String> s3 = new ArrayList<>();
            for (String conf : new String[] {
                    "spark.hadoop.fs.s3a.endpoint=http://127.0.0.1:" + port,
                    "spark.hadoop.fs.s3a.path.style.access=true",
                    "spark.hadoop.fs.s3a.connection.ssl.enabled=false",
                    "spark.hadoop.fs.s3a.access.key=" + KEY,
                    "spark.hadoop.fs.s3a.secret.key=" + SECRET,
                    // S3-compatible stores are slow at deleting the parent markers of every new object
                    "spark.hadoop.fs.s3a.directory.marker.retention=keep"}) {
                s3.add("--conf");
                s3.add(conf);
            }
            // the bundled models, as a user would keep trained ones: in a bucket of their own, put there through S3 (a
            // file system instance of the test's own, so that the run's model loading cannot reuse it from Hadoop's cache)
            Configuration upload = new Configuration();
            for (int i = 1; i < s3.size(); i += 2) {
                String setting = s3.get(i).substring("spark.hadoop.".length());
                upload.set(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
            try (FileSystem models = FileSystem.newInstance(URI.create("s3a://models-bucket/"), upload)) {
                for (String[] model : new String[][] {{PerceptronNerModels.BUNDLED, "ner.txt.gz"}, {ToneModel.BUNDLED, "tone.txt.gz"}}) {
                    try (InputStream in = S3aOutputIT.class.getResourceAsStream(model[0]);
                         OutputStream out = models.create(new org.apache.hadoop.fs.Path("s3a://models-bucket/" + model[1]))) {
                        in.transferTo(out);
                    }
                }
            }
            // the first batch is half the sample; the append brings the whole sample, half of it already there
            List<String> sample;
            try (var files = Files.list(SparkRuns.SAMPLE)) {
                sample = new ArrayList<>();
                for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                    Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(sample::add);
                }
            }
            Path firstBatch = work.resolve("first-batch");
            Files.createDirectories(firstBatch);
            Files.write(firstBatch.resolve("first.jsonl"), sample.subList(0, sample.size() / 2), StandardCharsets.UTF_8);
            String output = "s3a://news-bucket/whosaid";
            List<String> first = new ArrayList<>(s3);
            first.addAll(List.of("--ner-model", "s3a://models-bucket/ner.txt.gz", "--sentiment-model", "s3a://models-bucket/tone.txt.gz"));
            assertEquals(0, SparkRuns.run(firstBatch, output, first.toArray(String[]::new)),
                    "first run to S3, with the models read from S3 with the same settings");
            List<String> append = new ArrayList<>(s3);
            append.add("--mode");
            append.add("append");
            assertEquals(3, SparkRuns.run(SparkRuns.SAMPLE, output, append.toArray(String[]::new)),
                    "the append ends with exit code 3: some records were rejects (the articles already there)");

            // the endpoint keeps each object as a file: read them as a SQL user would
            try (DuckDb db = new DuckDb(store.resolve("news-bucket/whosaid"))) {
                List<Map<String, Object>> articles = db.rows("SELECT count(*) AS n, count(DISTINCT article_id) AS ids FROM {articles}");
                long sampleArticles = sample.size();
                assertEquals(sampleArticles, ((Number) articles.get(0).get("n")).longValue(), "each article once, after the append");
                assertEquals(sampleArticles, ((Number) articles.get(0).get("ids")).longValue());
                List<Map<String, Object>> statements = db.rows("SELECT count(*) AS n FROM {statements} WHERE actor_id IS NOT NULL");
                assertTrue(((Number) statements.get(0).get("n")).longValue() > 20, "attributed statements on S3: " + statements);
                List<Map<String, Object>> rejects = db.rows("SELECT count(*) AS n FROM {rejects} WHERE reason LIKE '%already in the output%'");
                assertEquals(sample.size() / 2, ((Number) rejects.get(0).get("n")).longValue(),
                        "the records of the second batch that were already there are rejects");
                List<Map<String, Object>> daily = db.rows("SELECT sum(statements) AS n FROM {actor_daily}");
                List<Map<String, Object>> counted = db.rows("SELECT count(*) AS n FROM {statements} "
                        + "WHERE actor_id IS NOT NULL AND statement_date IS NOT NULL AND repeat_of IS NULL");
                assertEquals(((Number) counted.get(0).get("n")).longValue(), ((Number) daily.get(0).get("n")).longValue(),
                        "actor_daily counts every statement once");
            }
        } finally {
            proxy.destroy();
            if (!proxy.waitFor(20, TimeUnit.SECONDS)) {
                proxy.destroyForcibly();
            }
        }
    }

    private static void waitForPort(int port, Process proxy, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!proxy.isAlive()) {
                throw new AssertionError("S3Proxy ended: " + SparkRuns.read(log));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new AssertionError("S3Proxy did not listen on " + port + ": " + SparkRuns.read(log));
    }
}
