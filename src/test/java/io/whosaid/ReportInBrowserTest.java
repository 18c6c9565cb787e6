package io.whosaid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** report.html opened in headless Chromium (Debian's chromium; .ci/run installs it): the charts are drawn. */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void chartsRenderInChromium(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is installed by .ci/run");
        Path out = tmp.resolve("out");
        assertEquals(0, SparkRuns.run(SparkRuns.SAMPLE, out));
        SparkRuns.output("report", "--output", out.toString());
        Path png = tmp.resolve("report.png");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--window-size=900,1600",
                "--screenshot=" + png, out.resolve("report.html").toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(chromium.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.size(png) > 10_000, () -> "a screenshot was taken: " + SparkRuns.read(tmp.resolve("chromium.log")));

        BufferedImage image = ImageIO.read(png.toFile());
        long barPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0x4a) < 12 && Math.abs(g - 0x78) < 12 && Math.abs(b - 0xb5) < 12) {
                    barPixels++; // the bars' blue
                }
            }
        }
        assertTrue(barPixels > 20_000, "the bar charts are drawn: " + barPixels + " bar pixels");
    }

}
