package dev.sessionjwt.internal.token.keys;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jose4j.keys.HmacKey;

import dev.sessionjwt.internal.message.Message;

/**
 * Turns key text into keys by its form: a secret written {@code secret:<the secret>} (its UTF-8 bytes after the
 * prefix), a PEM document, a JWK or JWK set, or one OpenSSH public key line. Anything else is refused with a
 * description of what it looks like ({@link UnknownKeyText}): text is never guessed into an HMAC secret, whose value
 * could then be public (a public key without its PEM lines, a URL, a path).
 *
 * <pre>
 * List&lt;ParsedKey&gt; keys = KeyParser.parse(KeySource.read(value, loader).text());
 * List&lt;ParsedKey&gt; secret = KeyParser.parse("secret:" + System.getenv("SESSION_SECRET"));
 * </pre>
 */
public final class KeyParser {

    /** The prefix that says the rest of a value is an HMAC secret. */
    public static final String SECRET_PREFIX = "secret:";

    private KeyParser() {
    }

    /**
     * The keys in a text, in order.
     *
     * @param text the key text, stripped, not null
     * @throws KeyMaterialException ({@code SJWT0002}) for {@code secret:} with nothing after it; ({@code SJWT0031}) when the text is PEM, JSON or OpenSSH text that holds no usable
     *                              key, or is of no recognised form (the description names the form found)
     */
    public static List<ParsedKey> parse(String text) throws KeyMaterialException {
        if (text.startsWith(SECRET_PREFIX)) {
            byte[] secret = text.substring(SECRET_PREFIX.length()).getBytes(StandardCharsets.UTF_8);
            if (secret.length == 0) {
                JwsAlgorithm least = JwsAlgorithm.HS256;
                throw new KeyMaterialException(Message.SECRET_TOO_SHORT, "an empty secret", least.minSecretBytes(),
                        least.jwsName(), least.minSecretBytes() * 3 / 2);
            }
            return List.of(ParsedKey.secret(new HmacKey(secret)));
        }
        if (PemKeys.isPem(text)) {
            return PemKeys.parse(text);
        }
        if (JwkKeys.isJwk(text)) {
            return JwkKeys.parse(text);
        }
        if (OpenSshKeys.isOpenSsh(text) && !text.contains("\n")) {
            return OpenSshKeys.parse(text);
        }
        UnknownKeyText.Form form = UnknownKeyText.describe(text);
        throw new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, form.found(), UnknownKeyText.EXPECTED + form.hint());
    }
}
