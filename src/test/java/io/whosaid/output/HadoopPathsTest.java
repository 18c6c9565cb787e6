package io.whosaid.output;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** s3a:// output paths open Hadoop's S3A connector, configured the usual Hadoop way, with no network needed to start. */
class HadoopPathsTest {
    @Test
    void s3aPathsOpenTheS3aConnector() throws Exception {
        Configuration conf = new Configuration();
        conf.set("fs.s3a.endpoint", "http://127.0.0.1:9");
        conf.set("fs.s3a.path.style.access", "true");
        conf.set("fs.s3a.access.key", "test-key");
        conf.set("fs.s3a.secret.key", "test-secret");
        FileSystem fs = new Path("s3a://news/whosaid/out").getFileSystem(conf);
        assertEquals("org.apache.hadoop.fs.s3a.S3AFileSystem", fs.getClass().getName());
        assertEquals("s3a", fs.getUri().getScheme());
        TableWriter writer = new TableWriter("s3a://news/whosaid/out", "run1", conf, 128L << 20);
        assertTrue(writer.stagedPathOf("statements").startsWith("s3a://news/whosaid/out/_whosaid_staging/run1/"),
                writer.stagedPathOf("statements"));
    }
}
