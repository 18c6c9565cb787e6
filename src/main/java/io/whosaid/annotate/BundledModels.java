package io.whosaid.annotate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Models that ship inside the jar, named on the command line ({@code --ner-model crf}). Spark
 * reads a saved model on every executor, so it is first copied out of the jar to a folder of
 * the run's own file system (local disk, HDFS or S3), which the run removes when it ends.
 */
public final class BundledModels {
    /** Name → resource folder (with a FILES list, one relative path a line). */
    private static final Map<String, String> MODELS = Map.of("crf", "/io/whosaid/models/ner-crf/");

    private BundledModels() {}

    public static boolean isBundled(String spec) {
        return spec != null && MODELS.containsKey(spec);
    }

    /** The path to load {@code spec} from: a bundled model copied under {@code scratchDir}, or spec itself. */
    public static String resolve(String spec, String scratchDir, Configuration conf) {
        if (!isBundled(spec)) {
            return spec;
        }
        String folder = MODELS.get(spec);
        Path target = new Path(scratchDir, spec);
        try {
            FileSystem fs = target.getFileSystem(conf);
            for (String file : read(folder + "FILES").split("\n")) {
                if (file.isBlank()) {
                    continue;
                }
                try (InputStream in = resource(folder + file); FSDataOutputStream out = fs.create(new Path(target, file), true)) {
                    in.transferTo(out);
                }
            }
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled model '" + spec + "' to " + target, e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundledModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the jar lacks the bundled model file " + name);
        }
        return in;
    }
}
