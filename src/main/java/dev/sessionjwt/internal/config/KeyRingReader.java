package dev.sessionjwt.internal.config;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import dev.sessionjwt.internal.config.KeyMaterialReader.Material;
import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.keys.JwkKeys;
import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.KeySource.KeyText;
import dev.sessionjwt.internal.token.keys.KeyValidation;
import dev.sessionjwt.internal.token.keys.ParsedKey;
import dev.sessionjwt.internal.token.keys.PemKeys;
import dev.sessionjwt.internal.token.keys.PublicKeys;

import dev.sessionjwt.config.SettingKeys;

/**
 * Reads the key ring from {@code session-jwt.key}, {@code .public-key}, {@code .algorithm}, {@code .key-id}
 * and {@code .verification-keys}, adding every problem it finds to the settings reader's list.
 */
final class KeyRingReader {

    /** Longest key id, in printable ASCII characters without space. */
    static final int MAX_KEY_ID_LENGTH = 128;
    private static final Pattern KEY_ID = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY_ID_LENGTH + "}");

    private final Config config;
    private final List<ConfigProblem> problems;
    private final KeyMaterialReader reader;
    private final List<JwtKey> verificationKeys = new ArrayList<>();

    KeyRingReader(Config config, ClassLoader loader, List<ConfigProblem> problems) {
        this.config = config;
        this.problems = problems;
        this.reader = new KeyMaterialReader(loader, problems);
    }

    /** The key ring, or null if a problem was found. */
    JwtKeyRing read() {
        int before = problems.size();
        Optional<JwsAlgorithm> algorithm = raw(SettingKeys.ALGORITHM).flatMap(name -> reader.algorithm(
                SettingKeys.ALGORITHM, ConfigProblem.shown(name), name));
        Optional<String> keyId = raw(SettingKeys.KEY_ID);
        keyId.filter(id -> !KEY_ID.matcher(id).matches()).ifPresent(id -> problems.add(new ConfigProblem(
                Message.BAD_KEY_ID, SettingKeys.KEY_ID, ConfigProblem.shown(id),
                "1 to 128 printable ASCII characters without spaces")));
        Optional<String> value = raw(SettingKeys.KEY);
        if (value.isEmpty()) {
            problems.add(new ConfigProblem(Message.KEY_ABSENT, SettingKeys.KEY, ConfigProblem.ABSENT));
            return null;
        }
        Material key = reader.material(SettingKeys.KEY, value.get());
        JwtKey current = key == null ? null : current(key, algorithm, keyId);
        checkPublicKey(current == null ? null : key.keys().get(0));
        if (current != null) {
            if (PemKeys.isPem(key.text().text())) {
                key.keys().stream().skip(1).filter(k -> !k.verificationKey().equals(current.verificationKey()))
                        .findFirst().ifPresent(k -> reader.add(Message.KEY_MISMATCH, SettingKeys.KEY, key.text(),
                                "a PEM document with a second, unrelated key",
                                "one private key, and at most its own public key or certificate"));
            } else {
                key.keys().stream().skip(1).forEach(k -> addVerificationKey(SettingKeys.KEY, key.text(), k, current));
            }
        }
        raw(SettingKeys.VERIFICATION_KEYS).ifPresent(keys -> readVerificationKeys(keys, current));
        return current == null || problems.size() > before ? null : new JwtKeyRing(current, verificationKeys);
    }

    private JwtKey current(Material key, Optional<JwsAlgorithm> configured, Optional<String> keyId) {
        ParsedKey signing = key.keys().get(0);
        if (!signing.canSign()) {
            reader.add(Message.KEY_TEXT_UNUSABLE, SettingKeys.KEY, key.text(), "a public key",
                    "a secret or a private key; a public key alone cannot sign (it goes into "
                            + SettingKeys.PUBLIC_KEY + ")");
            return null;
        }
        Optional<JwsAlgorithm> fromJwk = signing.algorithm().flatMap(name -> reader.algorithm(SettingKeys.KEY,
                key.text().shown("a JWK with alg \"" + name + "\""), name));
        if (configured.isPresent() && fromJwk.isPresent() && configured.get() != fromJwk.get()) {
            problems.add(new ConfigProblem(Message.WRONG_KEY_TYPE, SettingKeys.ALGORITHM,
                    ConfigProblem.shown(configured.get().jwsName()), "the alg of the JWK in " + SettingKeys.KEY
                    + " (" + fromJwk.get().jwsName() + "), or no " + SettingKeys.ALGORITHM));
            return null;
        }
        Optional<JwsAlgorithm> algorithm = configured.or(() -> fromJwk)
                .or(() -> reader.defaultAlgorithm(SettingKeys.KEY, key.text(), signing));
        if (algorithm.isEmpty() || !reader.valid(SettingKeys.KEY, key.text(), algorithm.get(), signing)) {
            return null;
        }
        String id = keyId.or(signing::keyId).orElseGet(() -> JwtKey.thumbprint(signing.verificationKey()));
        return new JwtKey(id, algorithm.get().jwsName(), signing.secretOrPrivate(), signing.verificationKey());
    }

    /** Reads the configured public key and checks it against the signing key, if that one is usable (else null). */
    private void checkPublicKey(ParsedKey signing) {
        Material given = raw(SettingKeys.PUBLIC_KEY).map(v -> reader.material(SettingKeys.PUBLIC_KEY, v)).orElse(null);
        if (given == null || signing == null) {
            return;
        }
        ParsedKey publicKey = given.keys().get(0);
        if (signing.isSecret()) {
            reader.add(Message.KEY_MISMATCH, SettingKeys.PUBLIC_KEY, given.text(),
                    KeyValidation.describe(publicKey.verificationKey()), "no public key with an HMAC secret in "
                            + SettingKeys.KEY + " (a secret has none): remove it, or configure a private key");
        } else if (publicKey.isSecret()
                || !PublicKeys.matches((PrivateKey) signing.secretOrPrivate(), publicKey.publicKey())) {
            reader.add(Message.KEY_MISMATCH, SettingKeys.PUBLIC_KEY, given.text(),
                    KeyValidation.describe(publicKey.verificationKey()) + " that does not belong to the private key",
                    "the public key of the private key in " + SettingKeys.KEY + ", or no " + SettingKeys.PUBLIC_KEY
                            + " to derive it");
        }
    }

    private void readVerificationKeys(String value, JwtKey current) {
        List<String> entries = JwkKeys.isJwk(value) ? List.of(value) : List.of(value.split(","));
        for (String entry : entries) {
            Material material = entry.isBlank() ? null : reader.material(SettingKeys.VERIFICATION_KEYS, entry.strip());
            if (material != null) {
                material.keys().forEach(k -> addVerificationKey(SettingKeys.VERIFICATION_KEYS, material.text(), k,
                        current));
            }
        }
    }

    /**
     * Adds a verification key: the JWK's alg, else the current algorithm if it fits, else the key's default.
     *
     * @param current the current key, or null if it has a problem (then only this key's own problems are found)
     */
    private void addVerificationKey(String setting, KeyText text, ParsedKey key, JwtKey current) {
        Optional<JwsAlgorithm> algorithm = key.algorithm().isPresent()
                ? key.algorithm().flatMap(name -> reader.algorithm(setting,
                        text.shown("a JWK with alg \"" + name + "\""), name))
                : Optional.ofNullable(current).flatMap(c -> JwsAlgorithm.byName(c.algorithm()))
                        .filter(a -> KeyMaterialReader.fits(a, key)).or(() -> reader.defaultAlgorithm(setting, text, key));
        if (algorithm.isEmpty() || !reader.valid(setting, text, algorithm.get(), key)) {
            return;
        }
        String id = key.keyId().orElseGet(() -> JwtKey.thumbprint(key.verificationKey()));
        List<JwtKey> known = new ArrayList<>(verificationKeys);
        if (current != null) {
            known.add(current);
        }
        for (JwtKey other : known) {
            if (other.keyId().equals(id)) {
                if (!other.verificationKey().equals(key.verificationKey())) {
                    reader.add(Message.BAD_KEY_ID, setting, text, "a second key with kid \"" + id + "\"",
                            "a distinct kid for every key");
                }
                return;
            }
        }
        verificationKeys.add(new JwtKey(id, algorithm.get().jwsName(), null, key.verificationKey()));
    }

    private Optional<String> raw(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
