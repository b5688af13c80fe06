package dev.sessionjwt.token.keys;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jose4j.keys.HmacKey;

import dev.sessionjwt.message.Message;

/**
 * Turns key text into keys by its form: a PEM document, a JWK or JWK set, an OpenSSH public key line, or else an
 * HMAC secret (its UTF-8 bytes).
 *
 * <pre>
 * List&lt;ParsedKey&gt; keys = KeyParser.parse(KeySource.read(value, loader).text());
 * </pre>
 */
public final class KeyParser {

    private KeyParser() {
    }

    /**
     * The keys in a text, in order.
     *
     * @param text the key text, stripped, not empty
     * @throws KeyMaterialException when the text is PEM or JSON that holds no usable key, or looks like a
     *                              key without its PEM armour
     */
    public static List<ParsedKey> parse(String text) throws KeyMaterialException {
        if (PemKeys.isPem(text)) {
            return PemKeys.parse(text);
        }
        if (JwkKeys.isJwk(text)) {
            return JwkKeys.parse(text);
        }
        if (OpenSshKeys.isOpenSsh(text) && !text.contains("\n")) {
            return OpenSshKeys.parse(text);
        }
        if (text.startsWith("MII") && text.length() > 200 && text.matches("[A-Za-z0-9+/=\\s]+")) {
            throw new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, "base64 DER (a key without its PEM lines?)",
                    "the PEM with its -----BEGIN ...----- and -----END ...----- lines, or a secret");
        }
        return List.of(ParsedKey.secret(new HmacKey(text.getBytes(StandardCharsets.UTF_8))));
    }
}
