package dev.sessionjwt.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Markdown file of the project's documentation as a code host shows it: the anchors it defines (heading slugs as
 * GitHub makes them, and {@code <a name="...">}), the relative links it contains, outside code, and its fenced code
 * blocks.
 *
 * <pre>
 * MarkdownPage readme = MarkdownPage.of(Path.of("README.md"));
 * readme.anchors().contains("quick-start");
 * </pre>
 */
public final class MarkdownPage {

    /** The folder of the documentation pages, relative to the project's base directory. */
    public static final Path PAGES = Path.of("src", "site", "markdown");

    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+?)\\s*#*\\s*$");
    private static final Pattern NAMED_ANCHOR = Pattern.compile("<a (?:name|id)=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    private final Path file;
    private final Set<String> anchors;
    private final List<String> links;

    private MarkdownPage(Path file, Set<String> anchors, List<String> links) {
        this.file = file;
        this.anchors = anchors;
        this.links = links;
    }

    /**
     * @param file a Markdown file, relative to the project's base directory
     * @return the file's anchors and links
     */
    public static MarkdownPage of(Path file) {
        List<String> lines = lines(file);
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> links = new ArrayList<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher named = NAMED_ANCHOR.matcher(line);
            while (named.find()) {
                anchors.add(named.group(1));
            }
            Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return new MarkdownPage(file, anchors, links);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** README.md and every page under {@link #PAGES}. */
    public static List<Path> documentation() {
        try (Stream<Path> pages = Files.list(PAGES)) {
            List<Path> all = new ArrayList<>(List.of(Path.of("README.md")));
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The anchor GitHub gives a heading: lower case, only letters, digits, {@code _} and {@code -}, spaces as {@code -}. */
    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_ -]", "").replace(' ', '-');
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Every anchor the file defines. */
    public Set<String> anchors() {
        return anchors;
    }

    /** Every link target written in the file outside code, as written. */
    public List<String> links() {
        return links;
    }

    /**
     * The fenced code blocks of one language, in the order of the file.
     *
     * @param language the word after the opening fence, such as {@code python}, not null
     * @return each block's lines, each followed by a line feed
     */
    public List<String> codeBlocks(String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        boolean fenced = false;
        for (String line : lines(file)) {
            if (line.startsWith("```")) {
                if (fenced && block != null) {
                    blocks.add(block.toString());
                }
                block = !fenced && line.substring(3).strip().equals(language) ? new StringBuilder() : null;
                fenced = !fenced;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /**
     * Whether a relative link resolves: its file exists and, for a Markdown file, the anchor is defined there.
     *
     * @param target a link target relative to this file, such as {@code keys.md#rotate} or {@code #quick-start}
     * @return null when it resolves, else why not
     */
    public String problemOf(String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? file : resolve(path);
        if (!Files.exists(resolved)) {
            return "no file " + resolved;
        }
        if (anchor != null && resolved.toString().endsWith(".md") && !of(resolved).anchors().contains(anchor)) {
            return "no anchor #" + anchor + " in " + resolved;
        }
        return null;
    }

    private Path resolve(String path) {
        Path parent = file.getParent();
        return (parent == null ? Path.of(path) : parent.resolve(path)).normalize();
    }
}
