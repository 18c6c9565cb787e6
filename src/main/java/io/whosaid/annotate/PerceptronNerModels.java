package io.whosaid.annotate;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.AveragedPerceptron;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import scala.Predef;
import scala.collection.JavaConverters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where the perceptron NER weights come from: the model whosaid ships (trained on CoNLL-2003's
 * training split by {@code whosaid train-ner}), a file of the same format, or a PerceptronModel
 * folder saved by Spark NLP. The file is gzipped text, so that it is small and diffable:
 * <pre>
 * whosaid-perceptron-ner 1
 * tags	B-PER	I-PER	...
 * book	WORD	TAG          (words the tagger labels without features)
 * feature	FEATURE	TAG=WEIGHT	TAG=WEIGHT ...
 * </pre>
 */
public final class PerceptronNerModels {
    /** The bundled model, as a class-path resource. */
    public static final String BUNDLED = "/io/whosaid/models/ner-perceptron-conll2003.txt.gz";
    private static final String HEADER = "whosaid-perceptron-ner 1";

    private PerceptronNerModels() {}

    private static final class Bundled {
        static final AveragedPerceptron MODEL = BundledModels.read(BUNDLED, "NER model", PerceptronNerModels::read);
    }

    /** The model whosaid ships, read once per JVM. */
    public static AveragedPerceptron bundled() {
        return Bundled.MODEL;
    }

    /**
     * A model file of this format (any Hadoop path; gzipped when the name ends in .gz) or a folder
     * where Spark NLP saved a PerceptronModel trained on entity tags.
     *
     * @param conf the session's Hadoop settings (credentials and endpoints of {@code s3a://} and the like)
     */
    public static AveragedPerceptron load(String location, Configuration conf) {
        Path path = new Path(location);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new IllegalArgumentException("NER model not found: " + location);
            }
            if (fs.getFileStatus(path).isDirectory()) {
                return ((PerceptronModel) PerceptronModel.load(location)).getModel();
            }
            try (FSDataInputStream in = fs.open(path)) {
                return location.endsWith(".gz") ? read(in) : readText(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + location, e);
        }
    }

    /** Whether {@code location} holds a perceptron model: a file, or a folder saved by Spark NLP's PerceptronModel. */
    public static boolean isPerceptron(String location, Configuration conf) {
        Path path = new Path(location);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                return false;
            }
            if (fs.getFileStatus(path).isFile()) {
                return true;
            }
            Path metadata = new Path(path, "metadata/part-00000");
            if (!fs.exists(metadata)) {
                return false;
            }
            try (InputStream in = fs.open(metadata)) {
                String json = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return json.contains("\"class\":\"" + PerceptronModel.class.getName() + "\"");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    /** Reads the gzipped text format. */
    public static AveragedPerceptron read(InputStream gzipped) throws IOException {
        return readText(new GZIPInputStream(gzipped));
    }

    private static AveragedPerceptron readText(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("not a whosaid perceptron NER model: the first line is '" + header + "', expected '" + HEADER + "'");
        }
        String[] tags = null;
        Map<String, String> book = new HashMap<>();
        Map<String, scala.collection.immutable.Map<String, Object>> weights = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String[] fields = line.split("\t");
            switch (fields[0]) {
                case "tags" -> tags = java.util.Arrays.copyOfRange(fields, 1, fields.length);
                case "book" -> {
                    requireFields(fields, 3, lineNumber);
                    book.put(fields[1], fields[2]);
                }
                case "feature" -> {
                    requireFields(fields, 3, lineNumber);
                    Map<String, Object> byTag = new HashMap<>();
                    for (int i = 2; i < fields.length; i++) {
                        int eq = fields[i].lastIndexOf('=');
                        if (eq <= 0) {
                            throw new IOException("line " + lineNumber + ": a weight must be TAG=WEIGHT, got '" + fields[i] + "'");
                        }
                        byTag.put(fields[i].substring(0, eq), Double.parseDouble(fields[i].substring(eq + 1)));
                    }
                    weights.put(fields[1], toScala(byTag));
                }
                default -> throw new IOException("line " + lineNumber + ": unknown record '" + fields[0] + "'");
            }
        }
        if (tags == null || tags.length == 0) {
            throw new IOException("the model has no 'tags' line");
        }
        return new AveragedPerceptron(tags, toScala(book), toScala(weights));
    }

    /** Writes {@code model} in the gzipped text format; weights rounded to float precision, zeros left out. */
    public static void write(AveragedPerceptron model, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        Writer writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
        writer.write(HEADER + "\n");
        writer.write("tags\t" + String.join("\t", model.getTags()) + "\n");
        for (Map.Entry<String, String> e : new TreeMap<>(JavaConverters.mapAsJavaMap(model.getTaggedBook())).entrySet()) {
            writer.write("book\t" + e.getKey() + "\t" + e.getValue() + "\n");
        }
        for (Map.Entry<String, scala.collection.immutable.Map<String, Object>> e
                : new TreeMap<>(JavaConverters.mapAsJavaMap(model.getWeights())).entrySet()) {
            StringBuilder line = new StringBuilder("feature\t").append(e.getKey());
            int written = 0;
            for (Map.Entry<String, Object> w : new TreeMap<>(JavaConverters.mapAsJavaMap(e.getValue())).entrySet()) {
                float weight = ((Number) w.getValue()).floatValue();
                if (weight != 0f) {
                    line.append('\t').append(w.getKey()).append('=').append(weight);
                    written++;
                }
            }
            if (written > 0 && e.getKey().indexOf('\t') < 0 && e.getKey().indexOf('\n') < 0) {
                writer.write(line.append('\n').toString());
            }
        }
        writer.flush();
        gzip.finish();
    }

    private static void requireFields(String[] fields, int atLeast, int lineNumber) throws IOException {
        if (fields.length < atLeast) {
            throw new IOException("line " + lineNumber + ": a '" + fields[0] + "' record needs at least " + atLeast + " fields");
        }
    }

    private static <V> scala.collection.immutable.Map<String, V> toScala(Map<String, V> map) {
        return JavaConverters.mapAsScalaMapConverter(map).asScala().toMap(Predef.$conforms());
    }
}
