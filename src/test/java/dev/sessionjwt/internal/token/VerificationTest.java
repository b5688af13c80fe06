package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.Verification;
import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link Verification}: what a valid and a rejected outcome expose. */
class VerificationTest {

    @Test
    void validOutcomeIsValidAndCarriesItsToken() {
        SessionToken token = new SessionToken("h.p.s", "sid", NOW, NOW.plusSeconds(60), "j", Map.of());

        Verification valid = new Verification.Valid(token);

        assertThat(valid.isValid(), is(true));
        assertThat(valid.token(), sameInstance(token));
    }

    @Test
    void rejectedOutcomeIsNotValidAndHasNoToken() {
        Verification.Rejected rejected = new Verification.Rejected(TokenRejection.EXPIRED, "expired at 1");

        assertThat(rejected.isValid(), is(false));
        assertThat(rejected.token(), is(nullValue()));
        assertThat(rejected.reason(), is(TokenRejection.EXPIRED));
    }

    @Test
    void bothOutcomesRequireTheirComponent() {
        assertThrows(NullPointerException.class, () -> new Verification.Valid(null));
        assertThrows(NullPointerException.class, () -> new Verification.Rejected(null, "detail"));
    }
}
