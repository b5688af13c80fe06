package dev.sessionjwt.internal.token.discovery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.token.MutableClock;

/** The log behind the ended-sessions feed: hashes in order, cursors, pruning, dead_before, and what a full log does. */
class EndedSessionsLogTest {

    private static final Instant START = Instant.parse("2026-12-07T12:00:00.400Z");
    private static final Duration VALIDITY = Duration.ofMinutes(30).plusSeconds(30);
    private static final Optional<String> ISSUER = Optional.of("https://shop.example.com");

    private final MutableClock clock = new MutableClock(START);
    private final EndedSessionsLog log = new EndedSessionsLog(clock, 3);

    @Test
    void entriesNameSessionsByAHashOfTheirIdUntilTheirTokensRunOut() {
        log.ended("id-1", VALIDITY);
        clock.advance(Duration.ofSeconds(10));
        log.ended("id-2", VALIDITY);

        EndedSessionsFeed feed = log.feed(Optional.empty(), ISSUER);

        assertThat(feed.ended(), contains(
                new EndedSessionsFeed.Entry(EndedSessionsFeed.hash("id-1"), START.getEpochSecond() + 1830),
                new EndedSessionsFeed.Entry(EndedSessionsFeed.hash("id-2"), START.getEpochSecond() + 1840)));
        assertThat(feed.full(), is(true));
        assertThat(feed.issuer(), is(ISSUER));
        assertThat(feed.issuedAt(), is(START.getEpochSecond() + 10));
        assertThat(feed.toString(), not(org.hamcrest.Matchers.containsString("id-1")));
    }

    @Test
    void theHashIsTheFirst128BitsOfSha256OverTheId() {
        // printf 'abc' | sha256sum: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(EndedSessionsFeed.hash("abc"), is("ungWv48Bz-pBQUDeXa4iIw"));
    }

    @Test
    void aCursorOfThisInstanceGetsOnlyWhatEndedAfterIt() {
        log.ended("id-1", VALIDITY);
        EndedSessionsFeed.Cursor cursor = log.feed(Optional.empty(), ISSUER).cursor();
        log.ended("id-2", VALIDITY);

        EndedSessionsFeed since = log.feed(Optional.of(cursor), ISSUER);

        assertThat(since.full(), is(false));
        assertThat(since.ended().stream().map(EndedSessionsFeed.Entry::sessionHash).toList(),
                contains(EndedSessionsFeed.hash("id-2")));
        assertThat(log.feed(Optional.of(since.cursor()), ISSUER).ended(), is(empty()));
        assertThat(since.cursor().sequence(), is(cursor.sequence() + 1));
    }

    @Test
    void aCursorOfAnotherInstanceOrFromBeyondTheEndGetsTheWholeList() {
        log.ended("id-1", VALIDITY);
        EndedSessionsLog restarted = new EndedSessionsLog(clock, 3);
        EndedSessionsFeed.Cursor old = restarted.cursor();

        EndedSessionsFeed other = log.feed(Optional.of(old), ISSUER);
        EndedSessionsFeed beyond = log.feed(Optional.of(new EndedSessionsFeed.Cursor(log.cursor().instance(), 99)),
                ISSUER);

        assertThat(other.full(), is(true));
        assertThat(other.ended().size(), is(1));
        assertThat(beyond.full(), is(true));
        assertThat(old.instance(), not(is(log.cursor().instance())));
    }

    @Test
    void anEntryIsDroppedOnceNoTokenOfItsSessionCanBeValid() {
        log.ended("id-1", VALIDITY);
        clock.advance(VALIDITY);
        assertThat(log.size(), is(1));

        clock.advance(Duration.ofSeconds(1));

        assertThat(log.size(), is(0));
        assertThat(log.feed(Optional.empty(), ISSUER).ended(), is(empty()));
    }

    @Test
    void tokensIssuedBeforeTheSecondThisInstanceStartedAreDead() {
        assertThat(log.deadBefore(), is(START.getEpochSecond()));
        assertThat(log.isDead(START.minusSeconds(3600)), is(true));
        assertThat(log.isDead(Instant.ofEpochSecond(START.getEpochSecond() - 1)), is(true));
        assertThat(log.isDead(Instant.ofEpochSecond(START.getEpochSecond())), is(false));
    }

    @Test
    void aFullLogKillsEveryTokenIssuedSoFarRatherThanForgetAnEndedSession() {
        log.ended("id-1", VALIDITY);
        log.ended("id-2", VALIDITY);
        log.ended("id-3", VALIDITY);
        clock.advance(Duration.ofSeconds(5));

        boolean recorded = log.ended("id-4", VALIDITY);

        assertThat(recorded, is(false));
        assertThat(log.overflows(), is(1L));
        assertThat(log.deadBefore(), is(clock.instant().getEpochSecond() + 1));
        assertThat(log.isDead(clock.instant()), is(true));
        EndedSessionsFeed feed = log.feed(Optional.empty(), ISSUER);
        assertThat(feed.ended(), is(empty()));
        assertThat(feed.deadBefore(), is(clock.instant().getEpochSecond() + 1));
        assertThat(log.ended("id-5", VALIDITY), is(true));
    }

    @Test
    void theFeedsPayloadReadsBackAsWritten() {
        log.ended("id-1", VALIDITY);
        EndedSessionsFeed feed = log.feed(Optional.empty(), ISSUER);

        assertThat(EndedSessionsFeed.fromClaims(feed.claims()), is(feed));
        assertThat(EndedSessionsFeed.Cursor.parse(feed.cursor().toString()), is(Optional.of(feed.cursor())));
        assertThat(EndedSessionsFeed.Cursor.parse("x"), is(Optional.empty()));
        assertThat(EndedSessionsFeed.Cursor.parse("abc.-1"), is(Optional.empty()));
    }
}
