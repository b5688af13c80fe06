package dev.sessionjwt.internal.message;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every message of the library a user may see, log line or deployment error, with its stable id, its level and
 * its text (a {@link MessageFormat} pattern: a quote is written {@code ''}). The message table of
 * {@value #PAGE} lists each one with what to do, under the anchor every formatted message ends with
 * ({@link #reference(String)}); {@code MessageCatalogueTest} keeps the two in step.
 *
 * <p>Ranges: {@code 00xx} deployment (the deployment fails, or start-up information), {@code 01xx} per request,
 * {@code 02xx} failures that are bugs. Within {@code 00xx}: {@code 0000}-{@code 0009} setting values,
 * {@code 0010}-{@code 0019} the server and its container adapter (cookie, cluster store), {@code 0020}-{@code 0029}
 * start-up decisions, {@code 0030}-{@code 0039} keys, algorithm, JWK set, issuer and audience, {@code 0040}-{@code
 * 0049} claims (fields, producers, providers; also their per-request problems), {@code 0050}-{@code 0059} more
 * setting values, {@code 0060}-{@code 0069} statistics and the verified-token cache.
 *
 * <p>For a deployment problem ({@code dev.sessionjwt.internal.config.ConfigProblem}) the text is what is expected; the
 * problem adds the key and the value. Where the expectation depends on the form of the key material, the text is
 * given by the place that found it ({@code {0}}).
 *
 * <pre>
 * Message.COOKIE_REJECTED.log(LOG, reason, detail);   // FINE: "SJWT0100: session cookie rejected: ..."
 * </pre>
 */
public enum Message {

    /** The summary line of a deployment that fails for its configuration. */
    INVALID_SETTINGS("SJWT0000", Level.SEVERE, "session-jwt cannot start, its configuration has"
            + " {0,choice,1#1 problem|1<{0,number,integer} problems} (fix each where its key is set:"
            + " microprofile-config.properties, system properties, environment variables, web.xml or the named"
            + " annotation)"),
    /** {@code session-jwt.key} is absent. */
    KEY_ABSENT("SJWT0001", Level.SEVERE, "a private key (PEM, JWK or JWK set, inline or as file:/path, classpath:name"
            + " or a plain path), or an HMAC secret of at least 32 bytes written secret:<the secret> (for example"
            + " secret: followed by the output of `openssl rand -base64 48`)"),
    /** An HMAC secret shorter than the algorithm's hash. */
    SECRET_TOO_SHORT("SJWT0002", Level.SEVERE, "at least {0,number,#} bytes for {1}, for example the output of"
            + " `openssl rand -base64 {2,number,#}`"),
    /** {@code session-jwt.session-field} is no claim name, or a reserved one. */
    BAD_SESSION_FIELD("SJWT0003", Level.SEVERE, "a claim name (a letter or ''_'', then letters, digits, ''_'', ''-''"
            + " or ''.'', at most 64) that is none of the reserved names {0}"),
    /** {@code session-jwt.expires} out of range. */
    BAD_EXPIRES("SJWT0004", Level.SEVERE, "a whole number of seconds from 1 to {0,number,#}, or no value to use the"
            + " session timeout"),
    /** A boolean setting that is neither true nor false. */
    BAD_BOOLEAN("SJWT0005", Level.SEVERE, "true or false"),
    /** {@code session-jwt.clock-skew} out of range. */
    BAD_CLOCK_SKEW("SJWT0006", Level.SEVERE, "a whole number of seconds from {0,number,#} to {1,number,#} (default"
            + " {2,number,#})"),
    /** {@code session-jwt.max-token-size} out of range. */
    BAD_MAX_TOKEN_SIZE("SJWT0007", Level.SEVERE, "a whole number of bytes from {0,number,#} to {1,number,#} (default"
            + " {2,number,#})"),
    /** {@code session-jwt.accept-plain-session-ids-until} is no instant. */
    BAD_INSTANT("SJWT0008", Level.SEVERE, "an ISO-8601 instant with its offset, for example 2027-01-15T00:00:00Z (the"
            + " end of the rollout window), or no value to accept no plain session id"),
    /** {@code session-jwt.cluster.hazelcast-jndi} is empty. */
    EMPTY_CLUSTER_STORE_NAME("SJWT0009", Level.SEVERE, "the JNDI name of the container''s Hazelcast instance"
            + " (default {0})"),

    /** No container adapter supports the server, or the adapter finds the server other than it expects. */
    UNSUPPORTED_CONTAINER("SJWT0010", Level.SEVERE, "session-jwt cannot bind sessions in the server \"{0}\": {1}"),
    /** A distributable application whose server has no cluster store. */
    NO_CLUSTER_STORE("SJWT0011", Level.SEVERE, "{0}, because {1} is <distributable/> and its replaced or invalidated"
            + " session ids must be refused on every node; {2}"),
    /** A {@code __Host-} or {@code __Secure-} cookie name whose attributes break the prefix's rule. */
    COOKIE_PREFIX("SJWT0012", Level.SEVERE, "a __Host- cookie to be <secure>true</secure> with <path>/</path> and"
            + " no <domain>, a __Secure- cookie to be <secure>true</secure>; browsers drop it otherwise"),
    /** A container adapter provider that cannot be loaded or fails; it is skipped. */
    ADAPTER_PROVIDER_SKIPPED("SJWT0013", Level.WARNING, "the container adapter provider {0} is skipped: {1}. Fix or"
            + " remove it (META-INF/services/dev.sessionjwt.container.ContainerAdapterProvider)"),
    /** WildFly: the library's Undertow session-config wrapper is not the deployment's. */
    UNDERTOW_WRAPPER_MISSING("SJWT0015", Level.SEVERE, "session-jwt''s Undertow extension {0} did not install its"
            + " session-config wrapper ({1}), so Undertow would keep its own session cookie and ;jsessionid=. Keep"
            + " META-INF/services/io.undertow.servlet.ServletExtension in the session-jwt jar, and let no other"
            + " ServletExtension replace DeploymentInfo.setSessionConfigWrapper (wrap the one already set instead)."),
    /** WildFly: the session Undertow cached for a request cannot be dropped. */
    UNDERTOW_CACHED_SESSION("SJWT0016", Level.SEVERE, "cannot drop the session Undertow cached for the request: {0};"
            + " use an Undertow version src/site/markdown/wildfly.md lists as tested"),
    /** Liberty: a member of its web container the adapter needs is missing or unusable. */
    LIBERTY_MEMBER_MISSING("SJWT0017", Level.SEVERE, "session-jwt cannot bind sessions on \"{0}\": Liberty''s {1} {2}"
            + " is not usable ({3}). The Liberty adapter was tested on Open Liberty 25.0.0.12; deploy on a Liberty"
            + " version src/site/markdown/liberty.md lists as tested, or supply a container adapter for this one"
            + " (src/site/markdown/contributing.md#container-adapters)."),

    /** The library is active: algorithm, key id, JWK set, replication. */
    ACTIVE("SJWT0020", Level.INFO, "session-jwt active for {0}: the session cookie is a signed JWT ({1}, kid {2}){3}"),
    /** The library installs its own authentication mechanism. */
    MECHANISM_INSTALLED("SJWT0021", Level.INFO, "the application defines no authentication mechanism; session-jwt"
            + " installs its own (programmatic login through the application''s identity stores)"),
    /** The application has its own authentication mechanism. */
    APPLICATION_MECHANISM("SJWT0022", Level.INFO, "the application has its own authentication mechanism ({0});"
            + " session-jwt installs none"),
    /** The application has neither identity store nor mechanism. */
    NO_IDENTITY_STORE("SJWT0023", Level.FINE, "the application has no identity store; session-jwt installs no"
            + " authentication mechanism, so requests do not pass through Jakarta Security at all"),
    /** Jakarta Security is not on the class path: the authentication pieces stay dormant. */
    SECURITY_DORMANT("SJWT0024", Level.INFO, "Jakarta Security (jakarta.security.enterprise) is not on the"
            + " application''s class path, so session-jwt''s authentication pieces stay dormant: no authentication"
            + " mechanism of its own, no login detection inside Jakarta Security mechanisms, no groups from"
            + " SecurityContext. The session cookie binding, claims, keys and the JWK set work as usual, and a caller"
            + " the container itself authenticates still gets sub and upn. To sign users in through Jakarta Security,"
            + " add an implementation to WEB-INF/lib, for example org.glassfish.soteria:jakarta.security.enterprise:3.0.3"
            + " (Soteria, with jakarta.security.enterprise-api)"),
    /** No MicroProfile Config implementation (or API) in the application. */
    NO_MICROPROFILE_CONFIG("SJWT0025", Level.SEVERE, "session-jwt reads its settings through MicroProfile Config, and"
            + " this application has no implementation of it. {1}; then set session-jwt.key in"
            + " META-INF/microprofile-config.properties ({0})"),
    /** The container adapter chosen for the server. */
    ADAPTER_CHOSEN("SJWT0026", Level.FINE, "session-jwt uses the container adapter {0} ({1})"),

    /** A key location that cannot be read. */
    KEY_UNREADABLE("SJWT0030", Level.SEVERE, "{0}"),
    /** Key text that is no usable key. */
    KEY_TEXT_UNUSABLE("SJWT0031", Level.SEVERE, "{0}"),
    /** An unknown algorithm, or {@code none}. */
    BAD_ALGORITHM("SJWT0032", Level.SEVERE, "{0}{1} (exactly so spelled), or none configured to use the key''s"
            + " default"),
    /** An algorithm that does not fit the key. */
    WRONG_KEY_TYPE("SJWT0033", Level.SEVERE, "{0}"),
    /** An RSA key under 2048 bits. */
    WEAK_RSA("SJWT0034", Level.SEVERE, "an RSA key of at least {0,number,#} bits, for example from `openssl genpkey"
            + " -algorithm RSA -pkeyopt rsa_keygen_bits:3072`"),
    /** An EC or Edwards key on another curve than the algorithm''s, or an EC point off its curve. */
    WRONG_CURVE("SJWT0035", Level.SEVERE, "{0}"),
    /** A public key that does not belong to the private key. */
    KEY_MISMATCH("SJWT0036", Level.SEVERE, "{0}"),
    /** A malformed or twice used key id. */
    BAD_KEY_ID("SJWT0037", Level.SEVERE, "{0}"),
    /** A bad JWK set path or cache lifetime. */
    BAD_JWKS("SJWT0038", Level.SEVERE, "{0}"),
    /** A bad issuer or audience. */
    BAD_PARTY("SJWT0039", Level.SEVERE, "1 to 512 characters without control characters, such as"
            + " https://login.example.com"),

    /** A {@code session-jwt.fields} entry that cannot be parsed. */
    BAD_FIELD("SJWT0040", Level.SEVERE, "entries of the form attribute, attribute:short or attribute:short:long;"
            + " this one {0}"),
    /** A field whose claim name is reserved. */
    RESERVED_FIELD_NAME("SJWT0041", Level.SEVERE, "claim names other than the reserved {0}"),
    /** A field whose claim name is used twice. */
    DUPLICATE_FIELD_NAME("SJWT0042", Level.SEVERE, "each short and long claim name to be used once"),
    /** A {@code @SessionClaim} producer whose name is malformed or reserved. */
    BAD_PRODUCER_CLAIM_NAME("SJWT0043", Level.SEVERE, "claim names of a letter or ''_'', then letters, digits, ''_'',"
            + " ''-'' or ''.'' (at most 64), none of them reserved: {0}"),
    /** A {@code @SessionClaim} producer whose name another producer or a field uses. */
    DUPLICATE_PRODUCER_CLAIM_NAME("SJWT0044", Level.SEVERE, "every short and long claim name to be used once; {0}"
            + " uses one of them already"),
    /** A claim producer or provider that throws. */
    CLAIM_SOURCE_FAILED("SJWT0045", Level.SEVERE, "{0} failed; the token is issued without its claims"),
    /** A claim value with no JSON form. */
    CLAIM_VALUE_UNSUPPORTED("SJWT0046", Level.SEVERE, "claim \"{0}\" from {1} is omitted: {2}; use a string, number,"
            + " boolean, time, enum, UUID, or a list or map of those"),
    /** A provider claim that is reserved or already set. */
    PROVIDER_CLAIM_DROPPED("SJWT0047", Level.WARNING, "claims provider {0} returned the claim \"{1}\", which is"
            + " reserved or already set; it is dropped"),
    /** A token over the size browsers keep. */
    TOKEN_TOO_LARGE("SJWT0048", Level.SEVERE, "the session cookie would be {0,number,#} bytes, over the"
            + " {1,number,#} that browsers keep or the {2,number,#} of session-jwt.max-token-size; it is issued with"
            + " the core claims only. Largest claims: {3}"),
    /** A field that resolves to nothing on the caller principal. */
    FIELD_UNRESOLVED("SJWT0049", Level.WARNING, "field \"{0}\" resolves to nothing on the caller principal {1}; the"
            + " claim \"{2}\" is omitted (reported once)"),

    /** {@code session-jwt.accept-plain-session-ids-until} ends too long after the deployment. */
    PLAIN_ID_WINDOW_TOO_LONG("SJWT0050", Level.SEVERE, "an instant at most {0,number,#} days after the deployment"
            + " (now {1}, so at the latest {2}): the longest session timeout from now; a later deployment may open a"
            + " new window"),
    /** A bad {@code session-jwt.backchannel-logout.uris}. */
    BAD_LOGOUT_RECEIVER("SJWT0051", Level.SEVERE, "{0}"),
    /** {@code session-jwt.cache-size} out of range. */
    BAD_CACHE_SIZE("SJWT0060", Level.SEVERE, "a whole number of entries from {0,number,#} to {1,number,#} (default"
            + " {2,number,#})"),
    /** The token counters, on request or when the application stops. */
    TOKEN_COUNTS("SJWT0061", Level.INFO, "session-jwt token counts for {0}: {1}, cacheSize={2}/{3}"),
    /** The statistics MXBean cannot be registered or unregistered. */
    STATISTICS_NOT_REGISTERED("SJWT0062", Level.WARNING, "session-jwt could not {0} its statistics MBean {1} ({2});"
            + " the counts are still logged when the application stops. Another application with the same context"
            + " path in this server causes this"),

    /** A session cookie that is refused: reason and detail, never the token. */
    COOKIE_REJECTED("SJWT0100", Level.FINE, "session cookie rejected: {0} ({1})"),
    /** Binding the request to its session failed. */
    BIND_FAILED("SJWT0101", Level.SEVERE, "session-jwt could not bind the request to its session; the request"
            + " continues without a session"),
    /** The response was committed before the cookie changed. */
    RESPONSE_COMMITTED("SJWT0102", Level.WARNING, "the response to {0} was already committed when its session cookie"
            + " changed, so the browser cannot receive it; create or change the session before writing the response"
            + " body"),
    /** A valid token for a session that no longer exists. */
    SESSION_GONE("SJWT0103", Level.FINE, "session cookie names a session that no longer exists"),
    /** No token could be issued for a new or changed session id. */
    NEW_SESSION_TOKEN_FAILED("SJWT0104", Level.SEVERE, "session-jwt could not issue a token for a new session id"),
    /** A replaced or invalidated id could not be retired cluster-wide. */
    RETIRE_FAILED("SJWT0105", Level.SEVERE, "session-jwt could not retire a replaced or invalidated session id"
            + " cluster-wide; this node refuses the id and writes it again once a second until the cluster store"
            + " takes it (a session whose id was replaced is invalidated, so nothing written after the change is"
            + " reachable through the old id); until then another node may resolve its stale copy of the old id"),
    /** A valid token for a session id that was replaced or invalidated. */
    SESSION_ID_RETIRED("SJWT0106", Level.FINE, "session cookie names a session id that was replaced or invalidated"),
    /** The request could not be detached from a session: it is answered 503. */
    DETACH_FAILED("SJWT0107", Level.SEVERE, "session-jwt could not detach the request from the session the container"
            + " may have resolved; it answers {0} without running the application. The container adapter does not"
            + " fit this server version: see the servers the README lists as tested"),
    /** A plain session id of the rollout was upgraded to a token. */
    PLAIN_ID_UPGRADED("SJWT0109", Level.INFO, "a plain session id from before session-jwt was deployed was upgraded"
            + " to a token (session-jwt.accept-plain-session-ids-until)"),
    /** A plain session id was refused. */
    PLAIN_ID_REFUSED("SJWT0110", Level.FINE, "a plain session id was refused: its session was created after the"
            + " application started or was issued a token"),
    /** No token could be issued after the caller changed. */
    NEW_CALLER_TOKEN_FAILED("SJWT0112", Level.SEVERE, "session-jwt could not issue a token for the new caller"),
    /** A reader refuses every token: it has not read the application's ended-sessions feed for too long. */
    ENDED_SESSIONS_UNKNOWN("SJWT0120", Level.WARNING, "the ended-sessions feed at {0} was last read {1} (limit {2}),"
            + " so this reader refuses every token until it reads the feed again; the last fetch: {3}"),

    /** A fetched ended-sessions feed failed a check (forged, foreign, stale, too large). */
    ENDED_SESSIONS_FEED_REFUSED("SJWT0125", Level.WARNING, "the ended-sessions feed fetched from {0} was refused"
            + " and ignored: {1}; the reader keeps what it held"),
    /** A back-channel logout token failed a check. */
    LOGOUT_TOKEN_REFUSED("SJWT0126", Level.WARNING, "a back-channel logout token was refused and ignored: {0}"),
    /** The ended-sessions feed could not be built: the cluster's store failed. */
    ENDED_SESSIONS_UNAVAILABLE("SJWT0127", Level.WARNING, "the ended-sessions feed could not be built and was answered"
            + " 503; readers keep what they hold and fail closed if it lasts"),

    /** The ended-sessions log was full: dead_before moved. */
    ENDED_SESSIONS_FULL("SJWT0121", Level.WARNING, "the ended-sessions log holds {0} sessions, its most: readers now"
            + " take every token issued so far for dead, and each live session gets a new token on its next request"),
    /** An ended session could not be put into the ended-sessions log. */
    ENDED_SESSION_NOT_RECORDED("SJWT0122", Level.SEVERE, "session-jwt could not record an ended session for the"
            + " ended-sessions feed or the back-channel logout receivers"),

    /** A back-channel logout token was given up. */
    LOGOUT_NOT_DELIVERED("SJWT0123", Level.WARNING, "the back-channel logout token to {0} was given up after {1}"
            + " attempts ({2}); the receiver learns of the ended session from the ended-sessions feed"),
    /** Too many back-channel logout tokens waiting. */
    LOGOUT_QUEUE_FULL("SJWT0124", Level.WARNING, "{0} back-channel logout tokens are waiting, the most: a token to {1}"
            + " was not queued; the receiver learns of the ended session from the ended-sessions feed"),

    /** Signing failed: a bug or a broken security provider. */
    SIGNING_FAILED("SJWT0200", Level.SEVERE, "signing a session token with {0} failed: {1}");

    /** The page that explains every message, relative to the root of the library's repository. */
    public static final String PAGE = "src/site/markdown/messages.md";

    private final String id;
    private final Level level;
    private final String text;

    Message(String id, Level level, String text) {
        this.id = id;
        this.level = level;
        this.text = text;
    }

    /** The stable id, {@code SJWT} and four digits. */
    public String id() {
        return id;
    }

    /** The level it is logged at; {@link Level#SEVERE} for everything that fails a deployment. */
    public Level level() {
        return level;
    }

    /** The text, a {@link MessageFormat} pattern. */
    public String text() {
        return text;
    }

    /**
     * The text with its arguments, without the id (for a deployment problem: what is expected).
     *
     * @param arguments the pattern's arguments, in order
     * @return the formatted text
     */
    public String text(Object... arguments) {
        return new MessageFormat(text, Locale.ROOT).format(arguments);
    }

    /**
     * The whole message: id, colon, text, and the page that explains it.
     *
     * @param arguments the pattern's arguments, in order
     * @return for example {@code SJWT0103: session cookie names a session that no longer exists [see
     *         src/site/markdown/messages.md#sjwt0103]}
     */
    public String format(Object... arguments) {
        return id + ": " + text(arguments) + reference(id);
    }

    /** Where this message is explained: {@value #PAGE} and the anchor of its row, such as {@code #sjwt0103}. */
    public String page() {
        return page(id);
    }

    private static String page(String id) {
        return PAGE + "#" + id.toLowerCase(Locale.ROOT);
    }

    /**
     * What ends every message with this id: the page that explains it.
     *
     * @param id a message id such as {@code SJWT0103}
     * @return for example {@code " [see src/site/markdown/messages.md#sjwt0103]"}
     */
    public static String reference(String id) {
        return " [see " + page(id) + "]";
    }

    /**
     * Logs the message at its level, formatting it only if the logger takes that level.
     *
     * @param logger    the logger of the class that logs
     * @param arguments the pattern's arguments
     */
    public void log(Logger logger, Object... arguments) {
        log(logger, null, arguments);
    }

    /**
     * Logs the message at its level with an exception, formatting it only if the logger takes that level.
     *
     * @param logger    the logger of the class that logs
     * @param thrown    the exception, or null
     * @param arguments the pattern's arguments
     */
    public void log(Logger logger, Throwable thrown, Object... arguments) {
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, format(arguments));
        record.setLoggerName(logger.getName());
        record.setThrown(thrown);
        StackWalker.getInstance().walk(frames -> frames.filter(f -> !f.getClassName().equals(Message.class.getName()))
                .findFirst()).ifPresent(caller -> {
                    record.setSourceClassName(caller.getClassName());
                    record.setSourceMethodName(caller.getMethodName());
                });
        logger.log(record);
    }
}
