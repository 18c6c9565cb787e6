package io.whosaid.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model that whosaid ships as a class-path resource. */
final class BundledModels {
    /** Reads a model from an open stream. */
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private BundledModels() {}

    /**
     * @param resource the class-path resource, e.g. /io/whosaid/models/tone-newsmtsc.txt.gz
     * @param what     what the model is, for the error message ("NER model")
     */
    static <T> T read(String resource, String what, Reader<T> reader) {
        try (InputStream in = BundledModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + what + " " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + what + " " + resource, e);
        }
    }
}
