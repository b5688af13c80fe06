package dev.sessionjwt;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The supported API is narrow, visible and agrees with itself: the types whose Javadoc says {@code @since} are exactly
 * the types the root package's documentation lists, each is named in its own package's documentation; the packages
 * that hold them (the API packages) hold no other public type but the servlet container's entry points; every other
 * public type is under {@code dev.sessionjwt.internal}, whose packages say they are not part of the supported API.
 */
class PublicApiTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final String NOT_API = "not part of the supported API";
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|record|enum|@interface) (\\w+)",
            Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\{@link (dev\\.sessionjwt\\.[\\w.]+)}");
    private static final String INTERNAL = "dev.sessionjwt.internal";
    private static final Path SERVICES = Path.of("src", "main", "resources", "META-INF", "services");

    @Test
    void typesMarkedSinceAreExactlyTheTypesTheRootPackageListsAsSupported() throws IOException {
        Set<String> listed = links(packageInfo("dev.sessionjwt"));

        assertThat(listed, hasItem("dev.sessionjwt.claims.SessionJwtReader"));
        assertThat(listed, is(publicTypes(true)));
    }

    @Test
    void everySupportedTypeIsNamedInItsPackagesDocumentation() throws IOException {
        for (String type : publicTypes(true)) {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            assertThat(type, links(packageInfo(pkg)), hasItem(type));
        }
    }

    @Test
    void everyOtherPublicTypeIsInAnInternalPackageDocumentedAsNotSupportedAPI() throws IOException {
        Set<String> internal = publicTypes(false);

        assertThat(internal.size() > 20, is(true));
        for (String type : internal) {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            if (!isInternal(pkg)) {
                continue;
            }
            assertThat(type, packageInfo(pkg), containsString(NOT_API));
        }
    }

    @Test
    void theApiPackagesHoldNoPublicTypeButTheSupportedOnesAndTheContainersEntryPoints() throws IOException {
        Set<String> misplaced = misplaced(publicTypes(true), publicTypes(false), serviceEntryPoints());

        assertThat(misplaced, is(empty()));
        assertThat(serviceEntryPoints(), hasItem("dev.sessionjwt.servlet.SessionJwtInitializer"));
    }

    @Test
    void aPublicHelperBesideASupportedTypeIsFoundMisplaced() {
        Set<String> supported = Set.of("dev.sessionjwt.claims.SessionJwtReader");
        Set<String> others = Set.of("dev.sessionjwt.claims.ClaimNames", "dev.sessionjwt.internal.claims.ClaimField",
                "dev.sessionjwt.servlet.SessionJwtInitializer", "dev.sessionjwt.helper.Orphan");

        assertThat(misplaced(supported, others, Set.of("dev.sessionjwt.servlet.SessionJwtInitializer")),
                is(Set.of("dev.sessionjwt.claims.ClaimNames", "dev.sessionjwt.helper.Orphan")));
    }

    @Test
    void theSupportedTypesAreInAFewPackagesAndNoneIsInternal() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String type : publicTypes(true)) {
            packages.add(type.substring(0, type.lastIndexOf('.')));
        }

        assertThat(packages, is(Set.of("dev.sessionjwt.claims", "dev.sessionjwt.config", "dev.sessionjwt.container",
                "dev.sessionjwt.management", "dev.sessionjwt.servlet", "dev.sessionjwt.test", "dev.sessionjwt.token")));
    }

    /**
     * The public types that are neither supported nor internal, other than the entry points the container instantiates
     * by name (a type listed in {@code META-INF/services} must be public).
     */
    private static Set<String> misplaced(Set<String> supported, Set<String> others, Set<String> entryPoints) {
        Set<String> misplaced = new TreeSet<>();
        for (String type : others) {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            if (!isInternal(pkg) && !entryPoints.contains(type)) {
                misplaced.add(type);
            }
        }
        return misplaced;
    }

    private static boolean isInternal(String pkg) {
        return pkg.equals(INTERNAL) || pkg.startsWith(INTERNAL + ".");
    }

    /** The library's classes named in its {@code META-INF/services} files. */
    private static Set<String> serviceEntryPoints() throws IOException {
        Set<String> entries = new TreeSet<>();
        try (Stream<Path> files = Files.list(SERVICES)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String entry = line.replaceAll("#.*", "").strip();
                    if (entry.startsWith("dev.sessionjwt.")) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries;
    }

    @Test
    void addingATypeToTheSupportedApiIsADeliberateChangeOfThisNumber() throws IOException {
        assertThat(publicTypes(true), hasSize(23));
    }

    /** Top-level public types by fully qualified name, those with {@code @since} or those without. */
    private static Set<String> publicTypes(boolean since) throws IOException {
        Set<String> types = new TreeSet<>();
        for (Map.Entry<String, String> source : sources().entrySet()) {
            Matcher type = PUBLIC_TYPE.matcher(source.getValue());
            if (!type.find()) {
                continue;
            }
            String before = source.getValue().substring(0, type.start());
            int javadoc = before.lastIndexOf("/**");
            boolean marked = javadoc >= 0 && before.substring(javadoc).contains("@since");
            if (marked == since) {
                types.add(source.getKey().substring(0, source.getKey().lastIndexOf('.') + 1) + type.group(1));
            }
        }
        return types;
    }

    /** Every source file but package-info, by fully qualified file name without {@code .java}. */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                sources.put(name.substring(0, name.length() - ".java".length()), Files.readString(file));
            }
        }
        return sources;
    }

    private static String packageInfo(String pkg) throws IOException {
        return Files.readString(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java"));
    }

    private static Set<String> links(String javadoc) {
        Set<String> links = new TreeSet<>();
        Matcher link = LINK.matcher(javadoc);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }
}
