package io.whosaid.output;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** file:// with permissions through java.nio: what Hadoop's own local file system would set and report. */
class NioLocalFileSystemTest {
    @TempDir
    java.nio.file.Path tmp;

    private FileSystem fileSystem() throws Exception {
        Configuration conf = new Configuration();
        conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        conf.set("fs.permissions.umask-mode", "022");
        return FileSystem.get(URI.create("file:///"), conf);
    }

    @Test
    void createsFilesAndFoldersWithTheUmaskedDefaultPermissions() throws Exception {
        FileSystem fs = fileSystem();
        assertInstanceOf(NioLocalFileSystem.class, fs);
        Path folder = new Path(tmp.toUri().toString(), "table/month=2025-05");
        Path file = new Path(folder, "part-0.parquet");
        try (FSDataOutputStream out = fs.create(file)) {
            out.write("rows".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("table/month=2025-05/part-0.parquet"))));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("table/month=2025-05"))));
        assertTrue(Files.exists(tmp.resolve("table/month=2025-05/.part-0.parquet.crc")), "the checksum file is still written");

        fs.setPermission(file, new FsPermission((short) 0600));
        FileStatus status = fs.getFileStatus(file);
        // not Hadoop's status class that runs 'ls -ld' when asked for its permissions
        assertEquals(FileStatus.class, status.getClass());
        assertEquals(new FsPermission((short) 0600), status.getPermission());
        assertEquals(4, status.getLen());
        assertEquals(Files.getOwner(tmp).getName(), status.getOwner());
    }

    @Test
    void listsFilesWithTheirPermissionsAndSizes() throws Exception {
        FileSystem fs = fileSystem();
        Path root = new Path(tmp.toUri().toString(), "out");
        for (String name : new String[] {"a/x.parquet", "b/y.parquet"}) {
            try (FSDataOutputStream out = fs.create(new Path(root, name))) {
                out.write(new byte[] {1, 2, 3});
            }
        }
        int files = 0;
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.getPath().getName().endsWith(".parquet")) {
                files++;
                assertEquals(3, f.getLen());
                assertEquals(new FsPermission((short) 0644), f.getPermission());
            }
        }
        assertEquals(2, files);
        FileStatus[] listed = fs.listStatus(root);
        assertEquals(2, listed.length);
        for (FileStatus s : listed) {
            assertEquals(FileStatus.class, s.getClass());
            assertEquals(new FsPermission((short) 0755), s.getPermission());
        }
    }
}
