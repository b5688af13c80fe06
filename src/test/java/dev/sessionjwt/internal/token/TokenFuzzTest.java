package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Seeded, repeatable fuzzing of the verifier: 12,000 mutants of valid tokens (bit flips, segment swaps,
 * truncations, re-encodings, edited headers and claims re-signed with a wrong key). Every mutant is either
 * rejected or byte-identical to the original in what is signed, and nothing but a {@link Verification}
 * ever comes out of the verifier.
 */
class TokenFuzzTest {

    private static final long SEED = 0x5e55_10_4a_17L;
    private static final int MUTANTS = 12_000;

    private final TokenVerifier verifier = Tokens.verifier();
    private static final String ACCEPTED = "ACCEPTED ";
    private final List<String> originals = List.of(
            Tokens.signed(Tokens.validClaims()),
            Tokens.signed(Tokens.HS256_HEADER, "{\"sk\":\"a1b2c3d4e5f6\",\"iat\":" + Tokens.NOW.getEpochSecond()
                    + ",\"exp\":" + (Tokens.NOW.getEpochSecond() + 600) + ",\"jti\":\"x\",\"sub\":\"alice\","
                    + "\"groups\":[\"user\",\"admin\"],\"e\":\"alice@example.org\"}"));

    @Test
    void everyMutantIsRejectedOrSignsTheSameBytes() {
        List<String> verdicts = fuzz(verifier, new Random(SEED));

        Map<TokenRejection, Integer> rejections = new EnumMap<>(TokenRejection.class);
        for (String verdict : verdicts) {
            if (!verdict.startsWith(ACCEPTED)) {
                rejections.merge(TokenRejection.valueOf(verdict.substring(0, verdict.indexOf(' '))), 1, Integer::sum);
            }
        }
        int rejected = rejections.values().stream().mapToInt(Integer::intValue).sum();
        assertThat("nearly every mutant changes what is signed", rejected, greaterThanOrEqualTo(MUTANTS * 9 / 10));
        // the mutations reach the verifier's distinct checks, not one catch-all
        assertThat(rejections.keySet(), hasItems(TokenRejection.MALFORMED, TokenRejection.BAD_SIGNATURE, TokenRejection.UNKNOWN_KEY,
                TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void theSameSeedGivesTheSameVerdictForEveryMutant() {
        // a failure found by the fuzzer can be replayed: same seed, same mutants, same verdict from a fresh verifier
        List<String> first = fuzz(verifier, new Random(SEED));
        List<String> second = fuzz(Tokens.verifier(), new Random(SEED));

        assertThat(second, equalTo(first));
    }

    /** Runs {@value #MUTANTS} mutants through the verifier: one line per mutant, its verdict and the mutant. */
    private List<String> fuzz(TokenVerifier target, Random random) {
        List<BiFunction<String, Random, String>> mutations = List.of(TokenFuzzTest::flipBit,
                TokenFuzzTest::swapSegments, TokenFuzzTest::truncate, TokenFuzzTest::reencode,
                TokenFuzzTest::editAndResignWithWrongKey, TokenFuzzTest::insertCharacter,
                TokenFuzzTest::duplicateSegment);
        List<String> verdicts = new ArrayList<>(MUTANTS);
        for (int i = 0; i < MUTANTS; i++) {
            String original = originals.get(i % originals.size());
            String mutant = mutations.get(i % mutations.size()).apply(original, random);
            Verification result;
            try {
                result = target.verify(mutant);
            } catch (RuntimeException | Error e) {
                fail("verify threw " + e + " for mutant #" + i + ": " + mutant);
                return verdicts;
            }
            if (result instanceof Verification.Rejected rejected) {
                verdicts.add(rejected.reason() + " " + mutant);
            } else {
                assertSameSignedBytes(original, mutant);
                verdicts.add(ACCEPTED + mutant);
            }
        }
        return verdicts;
    }

    private static void assertSameSignedBytes(String original, String mutant) {
        String[] a = original.split("\\.", -1);
        String[] b = mutant.split("\\.", -1);
        assertThat("accepted mutant " + mutant, b.length, equalTo(3));
        assertArrayEquals(decode(a[0]), decode(b[0]), "header of accepted mutant " + mutant);
        assertArrayEquals(decode(a[1]), decode(b[1]), "payload of accepted mutant " + mutant);
        assertArrayEquals(decode(a[2]), decode(b[2]), "signature of accepted mutant " + mutant);
    }

    private static byte[] decode(String segment) {
        return Base64.getUrlDecoder().decode(segment);
    }

    private static String flipBit(String token, Random random) {
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        int index = random.nextInt(bytes.length);
        bytes[index] ^= (byte) (1 << random.nextInt(8));
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String swapSegments(String token, Random random) {
        String[] parts = token.split("\\.", -1);
        int i = random.nextInt(3);
        int j = (i + 1 + random.nextInt(2)) % 3;
        String t = parts[i];
        parts[i] = parts[j];
        parts[j] = t;
        return String.join(".", parts);
    }

    private static String truncate(String token, Random random) {
        return token.substring(0, random.nextInt(token.length()));
    }

    private static String reencode(String token, Random random) {
        String[] parts = token.split("\\.", -1);
        int i = random.nextInt(3);
        byte[] raw = decode(parts[i]);
        parts[i] = switch (random.nextInt(4)) {
            case 0 -> Base64.getEncoder().encodeToString(raw);
            case 1 -> Base64.getUrlEncoder().encodeToString(raw);
            case 2 -> Base64.getUrlEncoder().withoutPadding().encodeToString(raw) + " ";
            default -> Base64.getMimeEncoder().encodeToString(raw);
        };
        return String.join(".", parts);
    }

    private static String editAndResignWithWrongKey(String token, Random random) {
        String header = new String(decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        String payload = new String(decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        String[] edits = {"\"sk\":\"other-session\",", "\"exp\":99999999999,", "\"sub\":\"admin\",", "\"kid\":\"../x\","};
        String edit = edits[random.nextInt(edits.length)];
        if (random.nextBoolean()) {
            payload = "{" + edit + payload.substring(1);
        } else {
            header = "{" + edit + header.substring(1);
        }
        return Tokens.hmac("HmacSHA256", Tokens.OTHER_SECRET, header, payload);
    }

    private static String insertCharacter(String token, Random random) {
        String alphabet = "A-_.=+/ \"\\;,\u00e9\u0000";
        int index = random.nextInt(token.length() + 1);
        return token.substring(0, index) + alphabet.charAt(random.nextInt(alphabet.length())) + token.substring(index);
    }

    private static String duplicateSegment(String token, Random random) {
        String[] parts = token.split("\\.", -1);
        return token + "." + parts[random.nextInt(3)];
    }
}
