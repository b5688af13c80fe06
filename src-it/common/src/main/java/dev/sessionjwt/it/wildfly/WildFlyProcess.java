package dev.sessionjwt.it.wildfly;

import java.util.List;
import java.util.Optional;

/** Finds the WildFly server that Arquillian started: a child process of this test JVM running jboss-modules. */
public final class WildFlyProcess {

    private WildFlyProcess() {
    }

    /**
     * @return the WildFly JVM started from {@code wildfly.home}, a descendant of this JVM
     * @throws IllegalStateException when there is none (the server is not managed by this run)
     */
    public static ProcessHandle find() {
        String home = System.getProperty("wildfly.home");
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(process -> isWildFly(process.info().commandLine(), home))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("Expected one WildFly process started from " + home + " below this JVM, found "
                    + servers.size());
        }
        return servers.get(0);
    }

    private static boolean isWildFly(Optional<String> commandLine, String home) {
        return commandLine.filter(line -> line.contains("jboss-modules.jar") && line.contains(home)).isPresent();
    }
}
