package dev.sessionjwt.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A session's memory of its tokens: the last two of the same session id, nothing else. */
class TokenMemoTest {

    private final TokenIssuer issuer = new TokenIssuer(JwtKey.hmacSha256(Tokens.SECRET), "sk", Tokens.LIFETIME,
            new MutableClock(Tokens.NOW));

    @Test
    void remembersTheLastTwoTokensOfTheSameSessionIdAndForgetsTheThird() {
        SessionToken first = issuer.issue("session-1", Map.of());
        SessionToken second = issuer.issue("session-1", Map.of());
        SessionToken third = issuer.issue("session-1", Map.of());

        TokenMemo memo = TokenMemo.after(TokenMemo.after(TokenMemo.after(null, first), second), third);

        assertThat(memo.remembers(TokenMemo.digest(third.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(second.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(first.compact())), is(false));
    }

    @Test
    void aNewSessionIdForgetsTheOldIdsToken() {
        SessionToken before = issuer.issue("old-id", Map.of());
        SessionToken after = issuer.issue("new-id", Map.of());

        TokenMemo memo = TokenMemo.after(TokenMemo.after(null, before), after);

        assertThat(memo.sessionId(), equalTo("new-id"));
        assertThat(memo.remembers(TokenMemo.digest(after.compact())), is(true));
        assertThat(memo.remembers(TokenMemo.digest(before.compact())), is(false));
    }

    @Test
    void aSingleTokenMemoryMatchesNoOtherValueNotEvenAllZeroDigests() {
        SessionToken only = issuer.issue("session-1", Map.of());
        TokenMemo memo = TokenMemo.after(null, only);

        assertThat(memo.remembers(new long[] {0, 0}), is(false));
        assertThat(memo.remembers(TokenMemo.digest(only.compact() + "x")), is(false));
    }

    @Test
    void survivesSerializationAsASessionAttributeDoes() throws IOException, ClassNotFoundException {
        SessionToken token = issuer.issue("session-1", Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TokenMemo.after(null, token));
        }
        TokenMemo copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (TokenMemo) in.readObject();
        }

        assertThat(copy.remembers(TokenMemo.digest(token.compact())), is(true));
        assertThat(copy.sessionId(), equalTo("session-1"));
    }
}
