package dev.sessionjwt;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * How the library's packages depend on each other, read from the {@code import} lines of {@code src/main/java}:
 * without cycles, so each package can be read, tested and replaced from the bottom up ({@code internal.token} below
 * {@code claims} below {@code servlet}, and so on); what readers use ({@code claims}, {@code token}) reaches no
 * container package, even through others; the supported packages name no adapter; nothing uses the test client, which
 * ships in its own jar.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?(dev\\.sessionjwt(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final String INTERNAL = "dev.sessionjwt.internal.";
    private static final String SPI = "dev.sessionjwt.container";
    private static final String ADAPTERS = "dev.sessionjwt.internal.container";

    @Test
    void noTwoPackagesDependOnEachOtherDirectlyOrThroughOthers() throws IOException {
        Map<String, Set<String>> imports = imports();

        assertThat(imports.keySet(), hasItem("dev.sessionjwt.claims"));
        assertThat(imports.get("dev.sessionjwt.internal.config"), hasItem("dev.sessionjwt.internal.claims"));
        assertThat(cycles(imports), is(empty()));
    }

    @Test
    void noPackageOfTheLibraryJarUsesTheTestClient() throws IOException {
        Map<String, Set<String>> imports = imports();

        assertThat(imports.get("dev.sessionjwt.test"), hasItem("dev.sessionjwt.claims"));
        imports.forEach((pkg, targets) -> assertThat(pkg, targets.contains("dev.sessionjwt.test"), is(false)));
    }

    @Test
    void whatReadersUseReachesNoContainerPackageEvenThroughOthers() throws IOException {
        Map<String, Set<String>> imports = imports();

        assertThat(imports.get("dev.sessionjwt.claims"), hasItem("dev.sessionjwt.internal.token"));
        for (String reader : List.of("dev.sessionjwt.claims", "dev.sessionjwt.token")) {
            assertThat(reader, containerPackages(reachable(reader, imports)), is(empty()));
        }
    }

    @Test
    void noSupportedPackageNamesAnAdapter() throws IOException {
        Map<String, Set<String>> imports = imports();

        assertThat(imports.get("dev.sessionjwt.internal.container.undertow"), hasItem("dev.sessionjwt.container"));
        imports.forEach((pkg, targets) -> {
            if (!pkg.startsWith(INTERNAL)) {
                assertThat(pkg, adapterPackages(targets), is(empty()));
            }
        });
    }

    @Test
    void theContainerCheckSeesAContainerPackageBehindAnother() {
        Map<String, Set<String>> imports = Map.of("dev.sessionjwt.claims", Set.of("dev.sessionjwt.internal.x"),
                "dev.sessionjwt.internal.x", Set.of("dev.sessionjwt.internal.container.tomcat"));

        assertThat(containerPackages(reachable("dev.sessionjwt.claims", imports)),
                is(Set.of("dev.sessionjwt.internal.container.tomcat")));
        assertThat(adapterPackages(Set.of("dev.sessionjwt.internal.container", "dev.sessionjwt.internal.container.tomcat")),
                is(Set.of("dev.sessionjwt.internal.container.tomcat")));
    }

    @Test
    void theCycleFinderFindsACycleThroughAThirdPackage() {
        Map<String, Set<String>> imports = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d",
                Set.of("a"));

        assertThat(cycles(imports), is(List.of(new TreeSet<>(Set.of("a", "b", "c")))));
    }

    /** The packages {@code from} depends on, directly or through others. */
    private static Set<String> reachable(String from, Map<String, Set<String>> imports) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(imports.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(imports.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** The service-provider interface, the internal container helpers and the adapters among {@code packages}. */
    private static Set<String> containerPackages(Set<String> packages) {
        Set<String> found = new TreeSet<>();
        for (String pkg : packages) {
            if (pkg.equals(SPI) || pkg.equals(ADAPTERS) || pkg.startsWith(ADAPTERS + ".")) {
                found.add(pkg);
            }
        }
        return found;
    }

    /** The built-in adapters' packages (one per server) among {@code packages}. */
    private static Set<String> adapterPackages(Set<String> packages) {
        Set<String> found = new TreeSet<>();
        for (String pkg : packages) {
            if (pkg.startsWith(ADAPTERS + ".")) {
                found.add(pkg);
            }
        }
        return found;
    }

    /** The packages each package imports from, by package. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace(file.getFileSystem()
                        .getSeparator(), ".");
                Set<String> targets = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(pkg)) {
                        targets.add(matcher.group(1));
                    }
                }
            }
        }
        return imports;
    }

    /** The strongly connected components of more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String node : new TreeSet<>(edges.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, edges, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(String node, Map<String, Set<String>> edges, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, edges, index, low, stack, onStack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
