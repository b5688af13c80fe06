package dev.sessionjwt.internal.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.KeyMaterialException;
import dev.sessionjwt.internal.token.keys.KeyParser;
import dev.sessionjwt.internal.token.keys.KeySource;
import dev.sessionjwt.internal.token.keys.KeySource.KeyText;
import dev.sessionjwt.internal.token.keys.KeyValidation;
import dev.sessionjwt.internal.token.keys.ParsedKey;

/**
 * Reads and checks key material for one setting, turning each refusal of the key classes into a
 * {@link ConfigProblem} for that setting whose value shows a location but never key material.
 */
final class KeyMaterialReader {

    private final ClassLoader loader;
    private final List<ConfigProblem> problems;

    KeyMaterialReader(ClassLoader loader, List<ConfigProblem> problems) {
        this.loader = loader;
        this.problems = problems;
    }

    /** The keys of a configured value (inline or a location), or null after adding a problem. */
    Material material(String setting, String value) {
        KeyText text;
        try {
            text = KeySource.read(value, loader);
        } catch (KeyMaterialException e) {
            problems.add(new ConfigProblem(e.id(), setting, e.valueHidden() ? "(" + e.found() + ", not shown)"
                    : ConfigProblem.shown(value) + " (" + e.found() + ")", e.expected()));
            return null;
        }
        try {
            return new Material(text, KeyParser.parse(text.text()));
        } catch (KeyMaterialException e) {
            add(setting, text, e);
            return null;
        }
    }

    /** The algorithm of this exact name, or empty after adding a problem ({@code SJWT0032}). */
    Optional<JwsAlgorithm> algorithm(String setting, String shown, String name) {
        Optional<JwsAlgorithm> algorithm = JwsAlgorithm.byName(name);
        if (algorithm.isEmpty()) {
            problems.add(new ConfigProblem(Message.BAD_ALGORITHM, setting, shown, name.toLowerCase(Locale.ROOT)
                    .equals("none") ? "a signing algorithm (unsigned tokens are never issued or accepted): "
                    : "one of ", JwsAlgorithm.names()));
        }
        return algorithm;
    }

    /** The key's default algorithm, or empty after adding a problem for an unsupported key. */
    Optional<JwsAlgorithm> defaultAlgorithm(String setting, KeyText text, ParsedKey key) {
        try {
            return Optional.of(KeyValidation.defaultAlgorithm(key.verificationKey()));
        } catch (KeyMaterialException e) {
            add(setting, text, e);
            return Optional.empty();
        }
    }

    /** Whether the key may be used with the algorithm; if not, adds the problem. */
    boolean valid(String setting, KeyText text, JwsAlgorithm algorithm, ParsedKey key) {
        try {
            KeyValidation.check(algorithm, key.verificationKey());
            return true;
        } catch (KeyMaterialException e) {
            add(setting, text, e);
            return false;
        }
    }

    /** Whether the key may be used with the algorithm, adding nothing. */
    static boolean fits(JwsAlgorithm algorithm, ParsedKey key) {
        try {
            KeyValidation.check(algorithm, key.verificationKey());
            return true;
        } catch (KeyMaterialException e) {
            return false;
        }
    }

    /** Adds a problem about the material of a setting. */
    void add(Message message, String setting, KeyText text, String found, Object... arguments) {
        problems.add(new ConfigProblem(message, setting, text.shown(found), arguments));
    }

    private void add(String setting, KeyText text, KeyMaterialException e) {
        problems.add(new ConfigProblem(e.id(), setting, text.shown(e.found()), e.expected()));
    }

    /**
     * Key text and the keys read from it.
     *
     * @param text the text and its location
     * @param keys the keys, at least one, in order
     */
    record Material(KeyText text, List<ParsedKey> keys) {
    }
}
