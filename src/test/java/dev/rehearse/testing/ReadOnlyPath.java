package dev.rehearse.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file or folder really read-only for this process, and proves it by trying to write. Taking the write
 * bits away is enough for an ordinary user, but not for root (tests and CI run as root here), which ignores
 * them; for root the Linux immutable attribute ({@code chattr +i}) is used, which stops root too. When neither
 * works (no CAP_LINUX_IMMUTABLE, a file system without the attribute) the test is skipped, saying why.
 */
public final class ReadOnlyPath implements AutoCloseable {

    private final Path path;
    private final Set<PosixFilePermission> original;
    private final boolean immutable;

    private ReadOnlyPath(Path path, Set<PosixFilePermission> original, boolean immutable) {
        this.path = path;
        this.original = original;
        this.immutable = immutable;
    }

    public static ReadOnlyPath of(Path path) throws IOException, InterruptedException {
        Set<PosixFilePermission> original = Files.getPosixFilePermissions(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if (!canWrite(path)) {
            return new ReadOnlyPath(path, original, false);
        }
        Files.setPosixFilePermissions(path, original);
        if (chattr("+i", path) && !canWrite(path)) {
            return new ReadOnlyPath(path, original, true);
        }
        chattr("-i", path);
        Assumptions.abort("cannot make " + path + " read-only here: this process ignores permission bits (root) and"
                + " `chattr +i` is not permitted or not supported on this file system");
        throw new IllegalStateException("unreachable");
    }

    /** Whether this process can in fact create a file in the folder, or open the file for writing. */
    private static boolean canWrite(Path path) {
        try {
            if (Files.isDirectory(path)) {
                Path probe = path.resolve(".write-probe");
                Files.createFile(probe);
                Files.delete(probe);
            } else {
                FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    /** "permission bits" or "immutable attribute": what the test relied on, for its report. */
    public String how() {
        return immutable ? "immutable attribute (chattr +i)" : "permission bits";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            if (!chattr("-i", path)) {
                throw new IOException("could not clear the immutable attribute of " + path);
            }
        } else {
            Files.setPosixFilePermissions(path, original);
        }
    }
}
