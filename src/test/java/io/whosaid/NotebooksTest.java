package io.whosaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every notebook under notebooks/ executed headlessly against an output of the sample, with Debian's Jupyter
 * (.ci/run installs it): it runs to the end without an error and draws its charts.
 */
class NotebooksTest {
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path NOTEBOOKS = Path.of(System.getProperty("whosaid.projectDir", ".")).resolve("notebooks");
    /** A PNG smaller than this is a blank or near-empty figure, not a chart. */
    private static final int MIN_CHART_BYTES = 5_000;

    @TestFactory
    Stream<DynamicTest> notebooksRunOnTheSampleOutput(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER), "Debian's jupyter-nbconvert is installed by .ci/run");
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "notebooks in " + NOTEBOOKS);

        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(SparkRuns.SAMPLE, out));
        return notebooks.stream().map(notebook ->
                DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> execute(notebook, out, tmp)));
    }

    private static void execute(Path notebook, Path whosaidOutput, Path tmp) throws Exception {
        String name = notebook.getFileName().toString();
        Path executedDir = tmp.resolve("executed");
        Path log = tmp.resolve(name + ".log");
        ProcessBuilder nbconvert = new ProcessBuilder(List.of(JUPYTER.toString(), "nbconvert", "--to", "notebook",
                "--execute", notebook.toString(), "--output-dir", executedDir.toString(), "--output", name))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = nbconvert.environment();
        env.put("WHOSAID_OUTPUT", whosaidOutput.toString());
        env.put("WHOSAID_DUCKDB_JAR", duckDbJar().toString());
        env.put("MPLBACKEND", "Agg");
        env.put("JAVA_HOME", System.getProperty("java.home")); // JPype starts this test's JDK
        env.put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ left in notebooks/
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1"); // ipykernel's debugger warning, noise in the log
        Process process = nbconvert.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), () -> name + " finished: " + SparkRuns.read(log));
        assertEquals(0, process.exitValue(), () -> name + " ran without an error: " + SparkRuns.read(log));

        JsonNode executed = new ObjectMapper().readTree(executedDir.resolve(name).toFile());
        List<String> errors = new ArrayList<>();
        int charts = 0;
        for (JsonNode cell : executed.path("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            String cellId = cell.path("id").asText();
            assertFalse(cell.path("execution_count").isNull(), () -> name + ": cell " + cellId + " was executed");
            for (JsonNode output : cell.path("outputs")) {
                if ("error".equals(output.path("output_type").asText())) {
                    errors.add(cellId + ": " + output.path("ename").asText() + ": " + output.path("evalue").asText());
                }
                JsonNode png = output.path("data").path("image/png");
                if (png.isTextual()) {
                    assertChart(name + ", cell " + cellId, Base64.getMimeDecoder().decode(png.asText()));
                    charts++;
                }
            }
        }
        assertTrue(errors.isEmpty(), () -> name + ": cells with an error: " + errors);
        assertTrue(charts > 0, name + " draws at least one chart");
    }

    private static void assertChart(String where, byte[] png) throws Exception {
        assertTrue(png.length > MIN_CHART_BYTES, () -> where + ": a chart, not a blank figure (" + png.length + " bytes)");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, where + ": a readable PNG");
        assertTrue(image.getWidth() > 200 && image.getHeight() > 100,
                () -> where + ": a chart-sized image, " + image.getWidth() + "x" + image.getHeight());
    }

    /** The DuckDB JDBC jar on this test's class path: the notebooks read the output through it (via JPype). */
    private static Path duckDbJar() throws Exception {
        return Path.of(DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
