package dev.sessionjwt.internal.token.keys;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.sessionjwt.internal.message.Message;

/**
 * Resolves a configured key value to its text: the value itself when given inline (key text, or a secret written
 * {@code secret:...}), or the content of the location it names ({@code file:...}, {@code classpath:...}, or a plain
 * filesystem path). A plain value is a path when such a file exists, when it ends like a key file, or when it is
 * written like a path ({@code /...}, {@code ./...}, {@code ../...}, {@code ~/...}, {@code C:\...}): a path that
 * names no file is refused, never taken for inline text.
 *
 * <pre>
 * KeyText text = KeySource.read("classpath:keys/session.pem", servletContext.getClassLoader());
 * </pre>
 */
public final class KeySource {

    /** Largest key document read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    private static final String FILE = "file:";
    /** A URL of another scheme than file: never a path (the key text parser names it). */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
    /** Written like a path: absolute, explicitly relative, home-relative or a Windows drive, without spaces. */
    private static final Pattern PATH_LIKE = Pattern.compile("(/|\\./|\\.\\./|~/|[A-Za-z]:[\\\\/])\\S*");
    private static final String CLASSPATH = "classpath:";
    /** Endings that mark a plain value as a path even when no such file exists (then it is unreadable). */
    private static final Set<String> KEY_FILE_ENDINGS =
            Set.of(".pem", ".key", ".crt", ".cer", ".pub", ".json", ".jwk", ".jwks");
    private static final String EXPECTED = "a readable file (file:/path, or a plain path) or a class path resource"
            + " (classpath:name) holding a PEM, JWK or JWK set, or the key given inline (an HMAC secret as"
            + " secret:<the secret>)";

    private KeySource() {
    }

    /**
     * Reads a configured value.
     *
     * @param value  the configured value, stripped, not empty
     * @param loader the application's class loader for {@code classpath:} locations, not null
     * @return the key text and, when it came from a location, that location
     * @throws KeyMaterialException ({@code SJWT0030}) when a location cannot be read; its description
     *                              says why, the location is the value itself unless {@link
     *                              KeyMaterialException#valueHidden()} (a value that names no file and could be
     *                              a secret written without its {@code secret:} prefix)
     */
    public static KeyText read(String value, ClassLoader loader) throws KeyMaterialException {
        if (value.startsWith(CLASSPATH)) {
            return fromClassPath(value, loader);
        }
        if (value.startsWith(FILE)) {
            return fromFile(value, fileLocation(value));
        }
        Path plain = plainPath(value);
        if (plain != null) {
            if (!Files.exists(plain) && !hasKeyFileEnding(value)) {
                throw new KeyMaterialException(Message.KEY_UNREADABLE, "a plain path to a file that does not exist"
                        + " (or an HMAC secret without its " + KeyParser.SECRET_PREFIX + " prefix)", EXPECTED)
                        .hidingValue();
            }
            return fromFile(value, plain);
        }
        return new KeyText(value, Optional.empty());
    }

    private static Path fileLocation(String value) throws KeyMaterialException {
        try {
            return value.startsWith("file://") ? Path.of(URI.create(value)) : Path.of(value.substring(FILE.length()));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw unreadable("not a valid file location");
        }
    }

    /**
     * A plain value is a path if such a file exists, if it ends like a key file, or if it is written like a path;
     * else (and always for a secret, key text or a URL) it is inline.
     */
    private static Path plainPath(String value) {
        if (value.startsWith(KeyParser.SECRET_PREFIX) || value.contains("\n") || value.startsWith("{")
                || value.contains("-----BEGIN") || URL.matcher(value).lookingAt()) {
            return null;
        }
        try {
            Path path = Path.of(value);
            if (Files.isRegularFile(path) || hasKeyFileEnding(value) || PATH_LIKE.matcher(value).matches()) {
                return path;
            }
        } catch (InvalidPathException e) {
            return null;
        }
        return null;
    }

    private static boolean hasKeyFileEnding(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return KEY_FILE_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    private static KeyText fromFile(String location, Path path) throws KeyMaterialException {
        try {
            if (!Files.isRegularFile(path)) {
                throw unreadable(Files.exists(path) ? "not a regular file" : "no such file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw unreadable("larger than " + MAX_BYTES + " bytes");
            }
            return new KeyText(Files.readString(path, StandardCharsets.UTF_8).strip(), Optional.of(location));
        } catch (NoSuchFileException e) {
            throw unreadable("no such file");
        } catch (AccessDeniedException e) {
            throw unreadable("permission denied");
        } catch (IOException | SecurityException e) {
            throw unreadable("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static KeyText fromClassPath(String location, ClassLoader loader) throws KeyMaterialException {
        String name = location.substring(CLASSPATH.length());
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        URL resource = name.isEmpty() ? null : loader.getResource(name);
        if (resource == null) {
            throw unreadable("no such resource on the application's class path");
        }
        try (InputStream in = resource.openStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw unreadable("larger than " + MAX_BYTES + " bytes");
            }
            return new KeyText(new String(bytes, StandardCharsets.UTF_8).strip(), Optional.of(location));
        } catch (IOException e) {
            throw unreadable("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static KeyMaterialException unreadable(String why) {
        return new KeyMaterialException(Message.KEY_UNREADABLE, why, EXPECTED);
    }

    /**
     * Key text and where it came from.
     *
     * @param text     the key material: never shown
     * @param location the location it was read from, or empty when given inline
     */
    public record KeyText(String text, Optional<String> location) {

        /**
         * How a value is shown in a message: the location (which is not secret) and what was found, or
         * only what was found for an inline value.
         *
         * @param found a description that contains no key material
         */
        public String shown(String found) {
            return location.map(l -> '"' + l + "\" (" + found + ")").orElse("(" + found + ", not shown)");
        }

        @Override
        public String toString() {
            return "KeyText[" + location.orElse("inline") + "]";
        }
    }
}
