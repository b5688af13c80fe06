package dev.sessionjwt.internal.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the value of an option such as {@code --token-file} from a file or, for {@code -}, from standard input,
 * so that a token or a key need not appear on the command line (where {@code ps} and the shell history show it).
 *
 * <pre>
 * String token = InputText.read("--token-file", "-", System.in);
 * </pre>
 */
final class InputText {

    /** What stands for standard input. */
    static final String STDIN = "-";
    /** The most bytes read; a token or key document is far smaller. */
    static final int MAX_BYTES = 1 << 20;

    private InputText() {
    }

    /**
     * @param option the option, for messages
     * @param source a file path, or {@code -} for standard input
     * @param stdin  standard input, not null
     * @return the text, UTF-8, without leading and trailing white space; never empty
     * @throws IllegalArgumentException naming the option and the source when it cannot be read or is empty or too
     *                                  large
     */
    static String read(String option, String source, InputStream stdin) {
        byte[] bytes;
        try {
            if (source.equals(STDIN)) {
                bytes = stdin.readNBytes(MAX_BYTES + 1);
            } else {
                Path path = Path.of(source);
                if (!Files.isRegularFile(path)) {
                    throw problem(option, source, Files.exists(path) ? "not a regular file" : "no such file");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
            }
        } catch (InvalidPathException e) {
            throw problem(option, source, "not a valid path");
        } catch (NoSuchFileException e) {
            throw problem(option, source, "no such file");
        } catch (AccessDeniedException e) {
            throw problem(option, source, "permission denied");
        } catch (IOException e) {
            throw problem(option, source, "cannot be read: " + e.getClass().getSimpleName());
        }
        if (bytes.length > MAX_BYTES) {
            throw problem(option, source, "larger than " + MAX_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw problem(option, source, "empty");
        }
        return text;
    }

    /**
     * A file given to an option as the location a key option takes ({@code file:} and the absolute path).
     *
     * @param option the option, for messages
     * @param source the path, not {@code -}
     */
    static String fileLocation(String option, String source) {
        try {
            return "file:" + Path.of(source).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw problem(option, source, "not a valid path");
        }
    }

    private static IllegalArgumentException problem(String option, String source, String why) {
        return new IllegalArgumentException(option + " " + (source.equals(STDIN) ? "- (standard input)" : source)
                + ": " + why);
    }
}
