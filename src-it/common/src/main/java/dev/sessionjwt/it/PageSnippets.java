package dev.sessionjwt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a documentation page (src/site/markdown/NAME.md), so that a server's project can hold
 * the snippets its page tells users to copy to the files its tests deploy. Comparison ignores XML comments and runs
 * of white space, which the page may lay out for reading.
 */
public final class PageSnippets {

    private static final Pattern FENCE = Pattern.compile("^```[^\\n]*\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml[^>]*\\?>");

    private final List<String> blocks;

    private PageSnippets(List<String> blocks) {
        this.blocks = blocks;
    }

    /** The page of this name, read from the library's documentation (two folders above a project under src-it). */
    public static PageSnippets of(String page) {
        Path file = Path.of("..", "..", "src", "site", "markdown", page + ".md");
        try {
            Matcher fence = FENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            List<String> blocks = new ArrayList<>();
            while (fence.find()) {
                blocks.add(fence.group(1));
            }
            return new PageSnippets(blocks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** The one block that contains this text; fails when none or several do. */
    public String blockWith(String marker) {
        List<String> found = blocks.stream().filter(block -> block.contains(marker)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " code blocks contain " + marker + " (expected 1)");
        }
        return found.get(0);
    }

    /** The text without XML comments and declarations, each run of white space one space, trimmed. */
    public static String normalized(String text) {
        String plain = XML_DECLARATION.matcher(XML_COMMENT.matcher(text).replaceAll("")).replaceAll("");
        return plain.replaceAll("\\s+", " ").replace("> <", "><").trim();
    }
}
