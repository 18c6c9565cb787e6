package io.whosaid.output;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Hadoop's checksummed local file system ({@code file://}), with file permissions read and set
 * through java.nio. Without Hadoop's native library, the stock one starts a {@code chmod} process for
 * every file and folder it creates and an {@code ls -ld} for every file it lists: about 1,100
 * processes for a run over 10,000 articles, each a fork of a JVM of gigabytes. whosaid sets it
 * as {@code fs.file.impl} in local mode (see {@code Sessions}); on a file system without POSIX permissions it
 * falls back to Hadoop's own way.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The raw (unchecksummed) layer, where Hadoop sets and reads permissions. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), toPosix(permission));
            } catch (UnsupportedOperationException e) {
                super.setPermission(p, permission);
            }
        }

        @Override
        public FileStatus getFileStatus(Path f) throws IOException {
            return withPermissions(super.getFileStatus(f));
        }

        @Override
        public FileStatus[] listStatus(Path f) throws IOException {
            FileStatus[] listed = super.listStatus(f);
            FileStatus[] result = new FileStatus[listed.length];
            for (int i = 0; i < listed.length; i++) {
                result[i] = withPermissions(listed[i]);
            }
            return result;
        }

        /** The status with owner, group and permissions from java.nio, before Hadoop loads them by running ls. */
        private FileStatus withPermissions(FileStatus status) throws IOException {
            if (status.isSymlink()) {
                return status;
            }
            PosixFileAttributes attributes;
            try {
                attributes = Files.readAttributes(pathToFile(status.getPath()).toPath(), PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException e) {
                return status;
            }
            return new FileStatus(status.getLen(), status.isDirectory(), status.getReplication(), status.getBlockSize(),
                    status.getModificationTime(), status.getAccessTime(), toHadoop(attributes.permissions()),
                    attributes.owner().getName(), attributes.group().getName(), status.getPath());
        }
    }

    /** The read, write and execute bits of {@code permission} (a sticky bit is not a POSIX file permission). */
    static Set<PosixFilePermission> toPosix(FsPermission permission) {
        return PosixFilePermissions.fromString(new FsPermission((short) (permission.toShort() & 0777)).toString());
    }

    static FsPermission toHadoop(Set<PosixFilePermission> permissions) {
        return FsPermission.valueOf("-" + PosixFilePermissions.toString(permissions));
    }
}
