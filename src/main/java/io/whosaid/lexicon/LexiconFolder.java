package io.whosaid.lexicon;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A folder of replacement lexicon files (option --lexicons) at any Hadoop path: {@code file://},
 * {@code hdfs://}, {@code s3a://} or a plain local path. Read on the driver; the lexicons built from
 * it go to the executors as broadcasts, so the folder need not exist on every node.
 */
public final class LexiconFolder {
    private final String location;
    private final Path folder;
    private final FileSystem fs;

    private LexiconFolder(String location, Path folder, FileSystem fs) {
        this.location = location;
        this.folder = folder;
        this.fs = fs;
    }

    /** The folder at {@code location}, opened with the session's Hadoop settings; refused when it is not a folder. */
    public static LexiconFolder at(String location, Configuration conf) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a lexicon folder needs a path");
        }
        Path folder = new Path(location);
        try {
            FileSystem fs = folder.getFileSystem(conf);
            if (!fs.exists(folder) || !fs.getFileStatus(folder).isDirectory()) {
                throw new IllegalArgumentException("--lexicons: not a folder: " + location);
            }
            return new LexiconFolder(location, folder, fs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lexicon folder " + location, e);
        }
    }

    /** The file {@code name} of the folder, or null when the folder has none of that name (the bundled one is used). */
    public InputStream open(String name) throws IOException {
        Path file = new Path(folder, name);
        return fs.isFile(file) ? fs.open(file) : null;
    }

    @Override
    public String toString() {
        return location;
    }
}
