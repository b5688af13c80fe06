package dev.sessionjwt.internal.cluster;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.internal.token.MutableClock;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;

/**
 * The ended-sessions record of a distributable application on two nodes whose store replicates asynchronously (as a
 * Hazelcast replicated map does): the same feed on both, cursors that continue across nodes and never go back, a late
 * entry still sent, expiry, a full store, and a store emptied under the nodes.
 */
class ClusterEndedSessionsLogTest {

    private static final Instant START = Instant.parse("2026-12-07T12:00:00.400Z");
    private static final Duration VALIDITY = Duration.ofMinutes(30).plusSeconds(30);
    private static final Optional<String> ISSUER = Optional.of("https://shop.example.com");

    private final MutableClock clock = new MutableClock(START);
    private final Replica nodeA = new Replica();
    private final Replica nodeB = new Replica();

    /**
     * One node's copy of the replicated map: reads are local, a write is local at once and reaches the other copies
     * only when {@link #deliver} is called; entries with a retention expire on the test's clock.
     */
    private final class Replica implements ClusterStrings {
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Instant> expiry = new HashMap<>();
        private final List<Runnable> outbox = new ArrayList<>();
        private final List<Replica> others = new ArrayList<>();

        void deliver() {
            outbox.forEach(Runnable::run);
            outbox.clear();
        }

        private void local(String key, String value, Duration retention) {
            values.put(key, value);
            if (retention.isZero()) {
                expiry.remove(key);
            } else {
                expiry.put(key, clock.instant().plus(retention));
            }
        }

        private void expire() {
            expiry.entrySet().removeIf(e -> {
                boolean gone = !clock.instant().isBefore(e.getValue());
                if (gone) {
                    values.remove(e.getKey());
                }
                return gone;
            });
        }

        @Override
        public void put(String key, String value, Duration retention) {
            local(key, value, retention);
            others.forEach(other -> outbox.add(() -> other.local(key, value, retention)));
        }

        @Override
        public String get(String key) {
            expire();
            return values.get(key);
        }

        @Override
        public String putIfAbsent(String key, String value) {
            String seen = get(key);
            if (seen == null) {
                put(key, value, Duration.ZERO);
            }
            return seen;
        }

        @Override
        public void clear() {
            values.clear();
            expiry.clear();
            others.forEach(other -> outbox.add(() -> {
                other.values.clear();
                other.expiry.clear();
            }));
        }

        @Override
        public int size() {
            expire();
            return values.size();
        }

        @Override
        public Map<String, String> snapshot() {
            expire();
            return new HashMap<>(values);
        }
    }

    ClusterEndedSessionsLogTest() {
        nodeA.others.add(nodeB);
        nodeB.others.add(nodeA);
    }

    private static List<String> hashes(EndedSessionsFeed feed) {
        return feed.ended().stream().map(EndedSessionsFeed.Entry::sessionHash).toList();
    }

    private static String hash(String id) {
        return EndedSessionsFeed.hash(id);
    }

    /** Node A up first, node B joins a minute later, once A's epoch has reached it. */
    private ClusterEndedSessionsLog[] twoNodes(int maxEntries) {
        ClusterEndedSessionsLog a = new ClusterEndedSessionsLog(nodeA, clock, maxEntries);
        nodeA.deliver();
        clock.advance(Duration.ofMinutes(1));
        ClusterEndedSessionsLog b = new ClusterEndedSessionsLog(nodeB, clock, maxEntries);
        nodeB.deliver();
        return new ClusterEndedSessionsLog[] {a, b};
    }

    @Test
    void aSessionEndedOnOneNodeIsInTheFeedOfTheOtherWithTheSameInstanceAndDeadBefore() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("id-1", VALIDITY);
        nodeA.deliver();
        clock.advance(Duration.ofSeconds(1));

        EndedSessionsFeed onA = nodes[0].feed(Optional.empty(), ISSUER);
        EndedSessionsFeed onB = nodes[1].feed(Optional.empty(), ISSUER);

        assertThat(hashes(onB), contains(hash("id-1")));
        assertThat(onB.ended(), is(onA.ended()));
        assertThat(onB.cursor(), is(onA.cursor()));
        assertThat("B joined a running cluster and killed no token", onB.deadBefore(), is(START.getEpochSecond()));
        assertThat(onA.deadBefore(), is(START.getEpochSecond()));
        assertThat(onB.ended().get(0).until(), is(START.getEpochSecond() + 60 + VALIDITY.getSeconds()));
    }

    @Test
    void aNodeSeesItsOwnEndAtOnceInItsFeedWithoutWaitingForTheRefresh() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        String before = nodes[0].version();
        nodes[0].ended("id-1", VALIDITY);

        assertThat(hashes(nodes[0].feed(Optional.empty(), ISSUER)), contains(hash("id-1")));
        assertThat(nodes[0].version(), is(not(before)));
    }

    @Test
    void aCursorFromOneNodeContinuesOnTheOtherAndNeverGoesBack() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("id-1", VALIDITY);
        EndedSessionsFeed.Cursor fromA = nodes[0].feed(Optional.empty(), ISSUER).cursor();
        clock.advance(Duration.ofSeconds(1));

        // B has not received id-1 yet: its latest end is older than A's cursor
        EndedSessionsFeed onB = nodes[1].feed(Optional.of(fromA), ISSUER);

        assertThat(onB.full(), is(false));
        assertThat(onB.cursor().instance(), is(fromA.instance()));
        assertThat(onB.cursor().sequence(), greaterThanOrEqualTo(fromA.sequence()));
    }

    @Test
    void anEndThatReachesANodeLateIsStillSentAfterACursorPastIt() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[1].ended("id-0", VALIDITY);
        nodeB.deliver();
        clock.advance(Duration.ofMillis(500));
        nodes[0].ended("late", VALIDITY);
        clock.advance(Duration.ofMillis(500));
        nodes[1].ended("id-2", VALIDITY);
        EndedSessionsFeed.Cursor fromB = nodes[1].feed(Optional.empty(), ISSUER).cursor();
        assertThat("B's cursor is past the end of 'late', which has not reached B", hashes(
                nodes[1].feed(Optional.empty(), ISSUER)), not(org.hamcrest.Matchers.hasItem(hash("late"))));

        nodeA.deliver();
        clock.advance(Duration.ofSeconds(1));
        EndedSessionsFeed next = nodes[1].feed(Optional.of(fromB), ISSUER);

        assertThat(next.full(), is(false));
        assertThat(hashes(next), org.hamcrest.Matchers.hasItem(hash("late")));
    }

    @Test
    void anIncrementalAnswerRepeatsTheMarginBeforeTheCursorAndNothingOlder() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("old", VALIDITY);
        clock.advance(ClusterEndedSessionsLog.MARGIN.plusSeconds(5));
        nodes[0].ended("mid", VALIDITY);
        EndedSessionsFeed.Cursor cursor = nodes[0].feed(Optional.empty(), ISSUER).cursor();
        clock.advance(ClusterEndedSessionsLog.MARGIN.plusSeconds(5));
        nodes[0].ended("new", VALIDITY);
        clock.advance(Duration.ofSeconds(1));

        EndedSessionsFeed since = nodes[0].feed(Optional.of(cursor), ISSUER);

        assertThat(hashes(since), contains(hash("mid"), hash("new")));
    }

    @Test
    void aCursorOfAnotherInstanceOrFromTheFutureGetsTheWholeList() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("id-1", VALIDITY);
        long farAhead = clock.millis() + ClusterEndedSessionsLog.MARGIN.toMillis() + 60_000;
        String instance = nodes[0].feed(Optional.empty(), ISSUER).cursor().instance();

        for (EndedSessionsFeed.Cursor cursor : List.of(new EndedSessionsFeed.Cursor("other", 1),
                new EndedSessionsFeed.Cursor(instance, farAhead))) {
            EndedSessionsFeed feed = nodes[0].feed(Optional.of(cursor), ISSUER);
            assertThat(cursor.toString(), feed.full(), is(true));
            assertThat(cursor.toString(), hashes(feed), contains(hash("id-1")));
        }
    }

    @Test
    void anEntryLeavesTheFeedOnEveryNodeWhenItsTokensRunOut() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("short", Duration.ofSeconds(30));
        nodes[0].ended("long", VALIDITY);
        nodeA.deliver();

        clock.advance(Duration.ofSeconds(32));

        assertThat(hashes(nodes[0].feed(Optional.empty(), ISSUER)), contains(hash("long")));
        assertThat(hashes(nodes[1].feed(Optional.empty(), ISSUER)), contains(hash("long")));
    }

    @Test
    void aFullStoreMovesDeadBeforeOnEveryNodeUnderANewInstance() {
        ClusterEndedSessionsLog[] nodes = twoNodes(2);
        EndedSessionsFeed.Cursor old = nodes[0].feed(Optional.empty(), ISSUER).cursor();
        nodes[0].ended("id-1", VALIDITY);
        nodes[0].ended("id-2", VALIDITY);
        assertThat(nodes[0].ended("id-3", VALIDITY), is(false));
        nodeA.deliver();
        clock.advance(Duration.ofSeconds(1));

        for (ClusterEndedSessionsLog node : nodes) {
            EndedSessionsFeed feed = node.feed(Optional.of(old), ISSUER);
            assertThat(feed.full(), is(true));
            assertThat(feed.ended(), is(empty()));
            assertThat(feed.cursor().instance(), is(not(old.instance())));
            assertThat(feed.deadBefore(), is(START.getEpochSecond() + 61));
            assertThat(node.isDead(START.plusSeconds(60)), is(true));
            assertThat(node.isDead(START.plusSeconds(61)), is(false));
        }
    }

    @Test
    void aStoreEmptiedUnderTheNodesStartsANewEpochFromNowWithNoEndForgottenSilently() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("id-1", VALIDITY);
        nodeA.deliver();
        nodeA.values.clear();
        nodeB.values.clear();
        clock.advance(Duration.ofSeconds(5));

        EndedSessionsFeed feed = nodes[1].feed(Optional.empty(), ISSUER);

        assertThat("what ended before may be lost: every older token is dead", feed.deadBefore(),
                is(START.getEpochSecond() + 65));
    }

    @Test
    void entriesAnotherWriterPutInTheMapThatAreNotEntriesAreIgnored() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodeA.put("not a hash", "1.2", Duration.ZERO);
        nodeA.put(hash("ok"), "garbage", Duration.ZERO);
        nodeA.put(hash("too-long"), "1." + "9".repeat(30), Duration.ZERO);
        nodes[0].ended("id-1", VALIDITY);

        assertThat(hashes(nodes[0].feed(Optional.empty(), ISSUER)), containsInAnyOrder(hash("id-1")));
    }

    @Test
    void theFirstNodeUpWritesItsStartAsDeadBeforeAndTheRecordIsTheSameOnANodeThatJoinsLater() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        assertThat(nodes[0].deadBefore(), is(START.getEpochSecond()));
        assertThat(nodes[1].deadBefore(), is(START.getEpochSecond()));
        assertThat(nodes[1].isDead(START.minusSeconds(1)), is(true));
        assertThat(nodes[1].isDead(START), is(false));
    }

    @Test
    void entriesThatArriveOutOfOrderAreListedByTheirEndAcrossReads() {
        ClusterEndedSessionsLog[] nodes = twoNodes(100);
        nodes[0].ended("first", VALIDITY);
        clock.advance(Duration.ofMillis(300));
        nodes[1].ended("second", VALIDITY);
        clock.advance(Duration.ofMillis(300));
        nodes[1].ended("fourth", VALIDITY);
        assertThat(hashes(nodes[1].feed(Optional.empty(), ISSUER)), contains(hash("second"), hash("fourth")));

        clock.advance(Duration.ofMillis(300));
        nodes[0].ended("fifth", VALIDITY);
        nodeA.deliver();
        clock.advance(Duration.ofMillis(300));

        assertThat(hashes(nodes[1].feed(Optional.empty(), ISSUER)),
                contains(hash("first"), hash("second"), hash("fourth"), hash("fifth")));
        nodeB.deliver();
        assertThat(hashes(nodes[0].feed(Optional.empty(), ISSUER)),
                contains(hash("first"), hash("second"), hash("fourth"), hash("fifth")));
    }
}
