package dev.sessionjwt.servlet;

import java.time.Clock;
import java.time.Duration;

import dev.sessionjwt.internal.claims.assembly.ClaimsAssembler;
import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.internal.config.SigningSettings;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.token.CachingTokenVerifier;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenRecognizer;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.internal.token.VerifiedTokenCache;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;

/**
 * Everything one web application needs per request, built once: verifier, issuer, cookie format,
 * container adapter.
 *
 * @param settings  the validated settings
 * @param adapter   the container adapter
 * @param remembered  the fast path: tokens their session remembers are accepted without a signature check
 * @param verifier  the full token verifier, behind the verified-token cache, for every other value
 * @param issuer    the token issuer
 * @param cookies   the token cookie's format
 * @param updates     the response cookie decisions
 * @param replication what replicated sessions add ({@link SessionReplication#NONE} on a single node)
 * @param clock       the time source
 */
record SessionJwtRuntime(SessionJwtSettings settings, ContainerAdapter adapter,
                         RememberedTokens remembered, CachingTokenVerifier verifier, TokenIssuer issuer,
                         TokenCookies cookies, CookieUpdates updates, SessionReplication replication, Clock clock) {

    /**
     * Builds the runtime from the context's final configuration (cookie config and session timeout can
     * change until the context is initialized, so this runs on the first request).
     *
     * @param memos the copy of the sessions' memory where the adapter cannot peek, or null
     */
    static SessionJwtRuntime build(ServletContext context, SessionJwtSettings settings, ContainerAdapter adapter,
                                   RetiredSessionIds retired, Clock clock, VerifiedTokenCache cache,
                                   TokenCounters counters, SessionMemoIndex memos) {
        Duration lifetime = settings.tokenLifetime(context.getSessionTimeout());
        SigningSettings signing = settings.signing();
        TokenVerifier verifier = new TokenVerifier(signing.keys(), signing.parties(), settings.sessionField(), lifetime,
                settings.clockSkew(), settings.maxTokenSize(), clock);
        TokenIssuer issuer = new TokenIssuer(signing.keys().current(), signing.parties(), settings.sessionField(),
                lifetime, clock);
        CookieAttributes attributes = CookieAttributes.of(context.getSessionCookieConfig(), context.getContextPath(),
                adapter.declaredCookieAttributes());
        TokenCookies cookies = new TokenCookies(attributes);
        RememberedTokens remembered = new RememberedTokens(new TokenRecognizer(signing.keys(), signing.parties(),
                settings.sessionField(), lifetime, settings.clockSkew(), settings.maxTokenSize(), clock), adapter,
                memos, counters);
        SessionReplication replication = retired == null ? SessionReplication.NONE : new ReplicatedSessions(adapter,
                new TokenCookies(attributes.withName(attributes.name() + ReplicatedSessions.SUFFIX)), retired,
                lifetime.plus(settings.clockSkew()));
        return new SessionJwtRuntime(settings, adapter, remembered, new CachingTokenVerifier(verifier, cache, counters), issuer, cookies,
                new CookieUpdates(issuer, remembered, cookies, new ClaimsAssembler(settings.claims(),
                        settings.sessionField(), () -> CDI.current().getBeanManager()), counters, settings.maxTokenSize(),
                        settings.claims().rotateOnLogin()), replication, clock);
    }
}
