package dev.sessionjwt.internal.token.discovery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The list of ended sessions a reader holds: replaced by a full feed, added to by an incremental one that continues
 * it, pruned past each entry's {@code until}, and never above its limit (a feed that would pass it changes nothing).
 */
class EndedSessionsListTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final long LATER = NOW.getEpochSecond() + 3600;

    private static EndedSessionsFeed feed(String cursor, boolean full, long deadBefore,
                                          EndedSessionsFeed.Entry... entries) {
        return new EndedSessionsFeed(Optional.empty(), NOW.getEpochSecond(), deadBefore,
                EndedSessionsFeed.Cursor.parse(cursor).orElseThrow(), full, List.of(entries));
    }

    private static EndedSessionsFeed.Entry entry(String sessionId, long until) {
        return new EndedSessionsFeed.Entry(EndedSessionsFeed.hash(sessionId), until);
    }

    private static boolean ended(EndedSessionsList list, String sessionId) {
        return list.whyEnded(sessionId, NOW).isPresent();
    }

    @Test
    void beforeTheFirstFeedNothingIsEndedAndThereIsNoCursor() {
        EndedSessionsList list = new EndedSessionsList(10);

        assertThat(ended(list, "S1"), is(false));
        assertThat(list.cursor(), is(Optional.empty()));
    }

    @Test
    void anIncrementalFeedAddsToTheListItContinuesAndAFullOneReplacesIt() {
        EndedSessionsList list = new EndedSessionsList(10);
        list.take(feed("a.1", true, 0, entry("S1", LATER)), NOW);
        list.take(feed("a.2", false, 0, entry("S2", LATER)), NOW);

        assertThat(ended(list, "S1") && ended(list, "S2"), is(true));
        assertThat(ended(list, "S3"), is(false));
        assertThat(list.cursor().orElseThrow().toString(), is("a.2"));

        list.take(feed("b.0", true, 0, entry("S3", LATER)), NOW);
        assertThat(ended(list, "S1") || ended(list, "S2"), is(false));
        assertThat(ended(list, "S3"), is(true));
        assertThat(list.size(), is(1));
    }

    @Test
    void anIncrementalFeedThatDoesNotContinueTheListChangesNothing() {
        EndedSessionsList list = new EndedSessionsList(10);
        assertThat(assertThrows(IllegalArgumentException.class, () -> list.take(feed("a.2", false, 0), NOW))
                .getMessage(), containsString("does not continue the list held (none)"));

        list.take(feed("a.5", true, 0, entry("S1", LATER)), NOW);
        for (String cursor : new String[] {"b.6", "a.4"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> list.take(feed(cursor, false, 99, entry("S2", LATER)), NOW));
            assertThat(e.getMessage(), containsString("at cursor " + cursor + " does not continue the list held at a.5"));
        }
        assertThat(ended(list, "S2"), is(false));
        assertThat(list.cursor().orElseThrow().toString(), is("a.5"));
        assertThat(list.whyEnded("S9", Instant.ofEpochSecond(50)), is(Optional.empty()));
    }

    @Test
    void entriesPastTheirUntilAreDroppedAndDeadBeforeIsTheLatestFeeds() {
        EndedSessionsList list = new EndedSessionsList(10);
        long soon = NOW.getEpochSecond() + 10;
        list.take(feed("a.1", true, 100, entry("S1", soon), entry("S2", LATER), entry("S0", NOW.getEpochSecond() - 1)),
                NOW);
        assertThat(list.size(), is(2));

        list.take(feed("a.2", false, 200), NOW.plusSeconds(11));

        assertThat(ended(list, "S1"), is(false));
        assertThat(ended(list, "S2"), is(true));
        assertThat(list.size(), is(1));
        assertThat(list.whyEnded("S9", Instant.ofEpochSecond(199)).orElseThrow(),
                is("issued at 199, before the feed's dead_before 200"));
        assertThat(list.whyEnded("S9", Instant.ofEpochSecond(200)), is(Optional.empty()));
    }

    @Test
    void aFeedThatWouldPassTheLimitIsRefusedWhole() {
        EndedSessionsList list = new EndedSessionsList(3);
        assertThat(assertThrows(IllegalArgumentException.class, () -> list.take(feed("a.1", true, 0,
                entry("S1", LATER), entry("S2", LATER), entry("S3", LATER), entry("S4", LATER)), NOW)).getMessage(),
                is("the feed would make the reader hold 4 ended sessions, more than its limit of 3"));
        assertThat(list.cursor(), is(Optional.empty()));

        list.take(feed("a.1", true, 0, entry("S1", LATER), entry("S2", LATER)), NOW);
        list.take(feed("a.2", false, 0, entry("S2", LATER + 5)), NOW);
        assertThrows(IllegalArgumentException.class, () -> list.take(feed("a.3", false, 0, entry("S3", LATER),
                entry("S4", LATER)), NOW));

        assertThat(ended(list, "S3") || ended(list, "S4"), is(false));
        assertThat(list.size(), is(2));
        assertThat(list.cursor().orElseThrow().toString(), is("a.2"));
    }
}
