package io.whosaid.output;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
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

    static Set<PosixFilePermission> toPosix(FsPermission permission) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        add(result, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        add(result, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE);
        add(result, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        return result;
    }

    static FsPermission toHadoop(Set<PosixFilePermission> permissions) {
        return new FsPermission(
                action(permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                action(permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE),
                action(permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE));
    }

    private static void add(Set<PosixFilePermission> to, FsAction action, PosixFilePermission read,
                            PosixFilePermission write, PosixFilePermission execute) {
        if (action.implies(FsAction.READ)) {
            to.add(read);
        }
        if (action.implies(FsAction.WRITE)) {
            to.add(write);
        }
        if (action.implies(FsAction.EXECUTE)) {
            to.add(execute);
        }
    }

    private static FsAction action(Set<PosixFilePermission> permissions, PosixFilePermission read,
                                   PosixFilePermission write, PosixFilePermission execute) {
        FsAction action = FsAction.NONE;
        if (permissions.contains(read)) {
            action = action.or(FsAction.READ);
        }
        if (permissions.contains(write)) {
            action = action.or(FsAction.WRITE);
        }
        if (permissions.contains(execute)) {
            action = action.or(FsAction.EXECUTE);
        }
        return action;
    }
}
