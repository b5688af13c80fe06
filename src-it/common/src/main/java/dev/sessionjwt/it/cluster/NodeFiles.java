package dev.sessionjwt.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of one node, next to payara-micro.jar in target/cluster: a fresh runtime root directory
 * (NAME-root), the pre-boot command file (NAME-preboot.txt) and the log (NAME.log).
 *
 * @param payaraMicro payara-micro.jar, from the system property {@code payara.micro.jar}
 * @param rootDir     the node's --rootdir, empty at start
 * @param preBootFile the node's --prebootcommandfile, holding {@link PayaraMicroCommand#PRE_BOOT_COMMANDS}
 * @param log         where the node's stdout and stderr go
 */
public record NodeFiles(Path payaraMicro, Path rootDir, Path preBootFile, Path log) {

    /** Lays out the files of node {@code name}, emptying its root directory from an earlier run. */
    public static NodeFiles prepare(String name) {
        Path payaraMicro = payaraMicroJar();
        Path dir = payaraMicro.getParent();
        NodeFiles files = new NodeFiles(payaraMicro, dir.resolve(name + "-root"), dir.resolve(name + "-preboot.txt"),
                dir.resolve(name + ".log"));
        try {
            deleteRecursively(files.rootDir);
            Files.createDirectories(files.rootDir);
            Files.writeString(files.preBootFile, PayaraMicroCommand.PRE_BOOT_COMMANDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the files of Payara Micro node " + name, e);
        }
        return files;
    }

    /** target/cluster, the directory of payara-micro.jar, where the nodes' files go (and test WARs may). */
    public static Path directory() {
        return payaraMicroJar().getParent();
    }

    private static Path payaraMicroJar() {
        String path = System.getProperty("payara.micro.jar");
        if (path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("System property payara.micro.jar is not set to payara-micro.jar (got "
                    + path + "); run through Maven's failsafe 'cluster' execution, which copies and sets it");
        }
        return Path.of(path).toAbsolutePath();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
