package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;

/** A session's memory of its tokens: the last two of the same session id, nothing else. */
class TokenMemoTest {

    private static final KeyBinding BINDING = KeyBinding.of(JwtKey.hmacSha256(Tokens.SECRET), TokenParties.NONE);

    private final TokenIssuer issuer = new TokenIssuer(JwtKey.hmacSha256(Tokens.SECRET), "sk", Tokens.LIFETIME,
            new MutableClock(Tokens.NOW));

    @Test
    void remembersTheLastTwoTokensOfTheSameSessionIdAndForgetsTheThird() {
        SessionToken first = issuer.issue("session-1", Map.of());
        SessionToken second = issuer.issue("session-1", Map.of());
        SessionToken third = issuer.issue("session-1", Map.of());

        TokenMemo memo = TokenMemo.after(TokenMemo.after(TokenMemo.after(null, first, BINDING), second, BINDING), third, BINDING);

        assertThat(memo.remembers(TokenMemo.digest(third.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(second.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(first.compact())), is(false));
    }

    @Test
    void aNewSessionIdForgetsTheOldIdsToken() {
        SessionToken before = issuer.issue("old-id", Map.of());
        SessionToken after = issuer.issue("new-id", Map.of());

        TokenMemo memo = TokenMemo.after(TokenMemo.after(null, before, BINDING), after, BINDING);

        assertThat(memo.sessionId(), equalTo("new-id"));
        assertThat(memo.remembers(TokenMemo.digest(after.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(before.compact())), is(false));
    }

    @Test
    void isBoundOnlyToTheKeyIssuerAndAudienceItsTokenWasIssuedUnder() {
        JwtKey key = JwtKey.hmacSha256(Tokens.SECRET);
        TokenMemo memo = TokenMemo.after(null, issuer.issue("session-1", Map.of()), BINDING);

        assertThat(memo.isBoundTo(KeyBinding.of(key, TokenParties.NONE)), is(true));
        assertThat("another secret under the same kid", memo.isBoundTo(KeyBinding.of(new JwtKey(key.keyId(),
                key.algorithm(), null, JwtKey.hmacSha256(Tokens.OTHER_SECRET).verificationKey()), TokenParties.NONE)),
                is(false));
        assertThat("an issuer", memo.isBoundTo(KeyBinding.of(key, new TokenParties(Optional.of("https://a.example"),
                Optional.empty()))), is(false));
        assertThat("an audience", memo.isBoundTo(KeyBinding.of(key, new TokenParties(Optional.empty(),
                Optional.of("https://a.example")))), is(false));
        assertThat("the same text as audience, not issuer", KeyBinding.of(key, new TokenParties(Optional.of("x"),
                Optional.empty())), is(not(KeyBinding.of(key, new TokenParties(Optional.empty(), Optional.of("x"))))));
    }

    @Test
    void aTokenIssuedUnderAnotherBindingForgetsTheOneBefore() {
        SessionToken before = issuer.issue("session-1", Map.of());
        SessionToken after = issuer.issue("session-1", Map.of());
        KeyBinding other = KeyBinding.of(JwtKey.hmacSha256(Tokens.OTHER_SECRET), TokenParties.NONE);

        TokenMemo memo = TokenMemo.after(TokenMemo.after(null, before, BINDING), after, other);

        assertThat(memo.remembers(TokenMemo.digest(after.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(before.compact())), is(false));
    }

    @Test
    void aSingleTokenMemoryMatchesNoOtherValueNotEvenAllZeroDigests() {
        SessionToken only = issuer.issue("session-1", Map.of());
        TokenMemo memo = TokenMemo.after(null, only, BINDING);

        assertThat(memo.remembers(new long[] {0, 0}), is(false));
        assertThat(memo.remembers(TokenMemo.digest(only.compact() + "x")), is(false));
    }

    @Test
    void survivesSerializationAsASessionAttributeDoes() throws IOException, ClassNotFoundException {
        SessionToken token = issuer.issue("session-1", Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TokenMemo.after(null, token, BINDING));
        }
        TokenMemo copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (TokenMemo) in.readObject();
        }

        assertThat(copy.remembers(TokenMemo.digest(token.compact())), is(true));
        assertThat(copy.isBoundTo(BINDING), is(true));
        assertThat(copy.sessionId(), equalTo("session-1"));
    }
}
