package io.whosaid;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 (one master, N one-core workers) built from the Spark
 * jars Maven already has; every process it starts is stopped by {@link #close()}.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path home;
    private final Path sparkHome;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final int masterPort;
    private final int masterUiPort;

    StandaloneCluster(Path home, List<String> sparkJars, int workerCount) throws Exception {
        this.home = home;
        this.sparkHome = home.resolve("spark-home");
        Path jars = sparkHome.resolve("jars");
        Files.createDirectories(jars);
        for (String jar : sparkJars) {
            Path source = Path.of(jar);
            Path link = jars.resolve(source.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, source);
            }
        }
        Files.createDirectories(home.resolve("logs"));
        masterPort = freePort();
        masterUiPort = freePort();
        processes.add(start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUiPort))));
        for (int i = 1; i <= workerCount; i++) {
            Path work = home.resolve("work-" + i);
            Files.createDirectories(work);
            Process worker = start("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "2g", "--webui-port", Integer.toString(freePort()),
                    "--work-dir", work.toString(), masterUrl()));
            processes.add(worker);
            workers.add(worker);
        }
        try {
            // generous: on a loaded two-core machine the JVMs start slowly and a worker retries its registration
            awaitWorkers(workerCount, Duration.ofSeconds(180));
        } catch (Exception e) {
            close(); // try-with-resources cannot close what its constructor did not return
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    Path sparkHome() {
        return sparkHome;
    }

    Path workDir(int worker) {
        return home.resolve("work-" + worker);
    }

    /** Environment every Spark process here needs: the launcher cannot tell the Scala version outside a Spark build. */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12", "SPARK_LOCAL_IP", "127.0.0.1");
    }

    private Process start(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp", sparkHome.resolve("jars") + "/*"));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("logs").resolve(name + ".log").toFile());
        pb.environment().putAll(environment());
        return pb.start();
    }

    private void awaitWorkers(int count, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = ALIVE.matcher(last);
                if (m.find() && Integer.parseInt(m.group(1)) >= count) {
                    return;
                }
            } catch (IOException e) {
                // the master is not up yet
            }
            Thread.sleep(500);
        }
        StringBuilder logs = new StringBuilder();
        for (int i = 1; i <= workers.size(); i++) {
            logs.append("\nworker-").append(i).append(" log ends with:\n").append(tail(home.resolve("logs").resolve("worker-" + i + ".log")));
        }
        throw new IllegalStateException("the cluster did not get " + count + " workers in " + timeout.toSeconds()
                + " s; master said: " + last + logs);
    }

    /** Kills one worker and the executor processes it started (a fault in the middle of a job). */
    void killWorker(int index) {
        Process worker = workers.get(index - 1);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
