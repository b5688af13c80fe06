package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Each digest is a fresh SHA-256 of its own, though it is cloned from one made at start-up. */
class Sha256Test {

    /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsAreSha256() {
        assertThat(HexFormat.of().formatHex(Sha256.newDigest().digest("abc".getBytes(StandardCharsets.US_ASCII))),
                is(ABC));
    }

    @Test
    void digestsShareNoState() {
        MessageDigest first = Sha256.newDigest();
        MessageDigest second = Sha256.newDigest();
        first.update("unfinished".getBytes(StandardCharsets.US_ASCII));

        assertThat(second, not(sameInstance(first)));
        assertThat(HexFormat.of().formatHex(second.digest("abc".getBytes(StandardCharsets.US_ASCII))), is(ABC));
        assertThat(HexFormat.of().formatHex(Sha256.newDigest().digest("abc".getBytes(StandardCharsets.US_ASCII))),
                is(ABC));
    }
}
