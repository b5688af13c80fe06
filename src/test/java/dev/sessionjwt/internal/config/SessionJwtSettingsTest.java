package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenParties;

/** Unit tests of {@link SessionJwtSettings}: the token lifetime fallbacks and a toString without the key. */
class SessionJwtSettingsTest {

    private static final String SECRET = "do-not-print-me-0123456789abcdef";
    private static final SigningSettings SIGNING = new SigningSettings(JwtKeyRing.of(JwtKey.hmacSha256(SECRET)),
            TokenParties.NONE, Optional.empty(), Duration.ofMinutes(5));

    private static SessionJwtSettings settings(Optional<Duration> expires) {
        return new SessionJwtSettings(SIGNING, "sk", expires, false, Duration.ofSeconds(30), 8192);
    }

    @Test
    void toStringNeverShowsTheKey() {
        SessionJwtSettings settings = settings(Optional.of(Duration.ofHours(1)));

        assertThat(settings.toString(), not(containsString(SECRET)));
        assertThat(settings.toString(), not(containsString("do-not-print-me")));
        assertThat(settings.toString(), containsString("keys=JwtKeyRing[JwtKey[" + JwtKey.hmacSha256(SECRET).keyId()
                + ", HS256]]"));
        assertThat(settings.toString(), containsString("sessionField=sk"));
        assertThat(settings.toString(), containsString("maxTokenSize=8192"));
        assertThat(settings.toString(), containsString("cacheSize=4096"));
    }

    @Test
    void tokenLifetimeIsTheConfiguredExpiresWhateverTheSessionTimeout() {
        SessionJwtSettings settings = settings(Optional.of(Duration.ofSeconds(90)));

        assertThat(settings.tokenLifetime(30), is(Duration.ofSeconds(90)));
        assertThat(settings.tokenLifetime(0), is(Duration.ofSeconds(90)));
    }

    @Test
    void tokenLifetimeFallsBackToTheSessionTimeout() {
        assertThat(settings(Optional.empty()).tokenLifetime(30), is(Duration.ofMinutes(30)));
        assertThat(settings(Optional.empty()).tokenLifetime(1), is(Duration.ofMinutes(1)));
    }

    @Test
    void tokenLifetimeIsOneDayWithoutExpiresOrAPositiveSessionTimeout() {
        assertThat(settings(Optional.empty()).tokenLifetime(0), is(Duration.ofDays(1)));
        assertThat(settings(Optional.empty()).tokenLifetime(-1), is(Duration.ofDays(1)));
    }

    @Test
    void nullComponentsAreRefused() {
        Duration skew = Duration.ofSeconds(30);
        Optional<Duration> none = Optional.empty();

        assertThrows(NullPointerException.class, () -> new SessionJwtSettings(null, "sk", none, false, skew, 8192));
        assertThrows(NullPointerException.class, () -> new SessionJwtSettings(SIGNING, null, none, false, skew, 8192));
        assertThrows(NullPointerException.class, () -> new SessionJwtSettings(SIGNING, "sk", null, false, skew, 8192));
        assertThrows(NullPointerException.class, () -> new SessionJwtSettings(SIGNING, "sk", none, false, null, 8192));
    }
}
