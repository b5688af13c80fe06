package dev.sessionjwt.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

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
    private final Random random = new Random(SEED);
    private final List<String> originals = List.of(
            Tokens.signed(Tokens.validClaims()),
            Tokens.signed(Tokens.HS256_HEADER, "{\"sk\":\"a1b2c3d4e5f6\",\"iat\":" + Tokens.NOW.getEpochSecond()
                    + ",\"exp\":" + (Tokens.NOW.getEpochSecond() + 600) + ",\"jti\":\"x\",\"sub\":\"alice\","
                    + "\"groups\":[\"user\",\"admin\"],\"e\":\"alice@example.org\"}"));

    @Test
    void everyMutantIsRejectedOrSignsTheSameBytes() {
        List<Function<String, String>> mutations = List.of(this::flipBit, this::swapSegments, this::truncate,
                this::reencode, this::editAndResignWithWrongKey, this::insertCharacter, this::duplicateSegment);
        Map<TokenRejection, Integer> rejections = new EnumMap<>(TokenRejection.class);
        int identical = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String original = originals.get(i % originals.size());
            String mutant = mutations.get(i % mutations.size()).apply(original);
            Verification result;
            try {
                result = verifier.verify(mutant);
            } catch (RuntimeException | Error e) {
                fail("verify threw " + e + " for mutant #" + i + ": " + mutant);
                return;
            }
            if (result instanceof Verification.Rejected rejected) {
                rejections.merge(rejected.reason(), 1, Integer::sum);
            } else {
                assertSameSignedBytes(original, mutant);
                identical++;
            }
        }
        int rejected = rejections.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(rejected + identical, equalTo(MUTANTS));
        assertThat("nearly every mutant changes what is signed", rejected, greaterThanOrEqualTo(MUTANTS * 9 / 10));
    }

    @Test
    void theSameSeedGivesTheSameMutants() {
        Random first = new Random(SEED);
        Random second = new Random(SEED);
        for (int i = 0; i < 100; i++) {
            assertThat(first.nextLong(), equalTo(second.nextLong()));
        }
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

    private String flipBit(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        int index = random.nextInt(bytes.length);
        bytes[index] ^= (byte) (1 << random.nextInt(8));
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private String swapSegments(String token) {
        String[] parts = token.split("\\.", -1);
        int i = random.nextInt(3);
        int j = (i + 1 + random.nextInt(2)) % 3;
        String t = parts[i];
        parts[i] = parts[j];
        parts[j] = t;
        return String.join(".", parts);
    }

    private String truncate(String token) {
        return token.substring(0, random.nextInt(token.length()));
    }

    private String reencode(String token) {
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

    private String editAndResignWithWrongKey(String token) {
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

    private String insertCharacter(String token) {
        String alphabet = "A-_.=+/ \"\\;,\u00e9\u0000";
        int index = random.nextInt(token.length() + 1);
        return token.substring(0, index) + alphabet.charAt(random.nextInt(alphabet.length())) + token.substring(index);
    }

    private String duplicateSegment(String token) {
        String[] parts = token.split("\\.", -1);
        return token + "." + parts[random.nextInt(3)];
    }
}
