package educheck.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A folder made truly read-only for this process while the test runs. Root writes any file whatever its mode, so as
 * root the folder is bind-mounted read-only over itself (the kernel refuses every write: EROFS); as another user
 * its files lose their write bits. Where neither can be done the test is skipped, loudly.
 */
final class ReadOnly implements AutoCloseable {

    private final Path folder;
    private final boolean mounted;

    private ReadOnly(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
    }

    static ReadOnly of(Path folder) throws IOException, InterruptedException {
        if (Files.isWritable(folder) && "root".equals(System.getProperty("user.name"))) {
            boolean bound = run("mount", "--bind", folder.toString(), folder.toString())
                    && run("mount", "-o", "remount,bind,ro", folder.toString(), folder.toString());
            assumeTrue(bound && !Files.isWritable(folder), () -> {
                System.err.println("*** SKIPPED: a read-only bind mount cannot be made here (root without mount) ***");
                return "no read-only mount";
            });
            return new ReadOnly(folder, true);
        }
        for (Path p : List.of(folder.resolve("educheck.db"), folder)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return new ReadOnly(folder, false);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            run("umount", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(folder.resolve("educheck.db"), PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
