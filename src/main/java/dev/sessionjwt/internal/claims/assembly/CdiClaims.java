package dev.sessionjwt.internal.claims.assembly;

import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.AnnotationLiteral;

import dev.sessionjwt.claims.SessionClaim;
import dev.sessionjwt.claims.SessionClaimsProvider;

/**
 * The claims that come from CDI: every {@link SessionClaim} producer and every {@link SessionClaimsProvider}
 * bean, obtained through the application's bean manager each time a token is issued. The beans themselves are
 * resolved once (the set of beans is fixed once the application is deployed), so issuing a token does no bean
 * resolution when the application has none of them.
 */
final class CdiClaims {

    private static final Logger LOG = Logger.getLogger(CdiClaims.class.getName());

    private final BeanManager beans;
    private volatile Set<Bean<?>> producers;
    private volatile Set<Bean<?>> providers;

    CdiClaims(BeanManager beans) {
        this.beans = beans;
    }

    private Set<Bean<?>> producers() {
        Set<Bean<?>> found = producers;
        if (found == null) {
            found = Collections.unmodifiableSet(
                    new LinkedHashSet<>(beans.getBeans(Object.class, AnySessionClaim.INSTANCE)));
            producers = found;
        }
        return found;
    }

    private Set<Bean<?>> providers() {
        Set<Bean<?>> found = providers;
        if (found == null) {
            found = Collections.unmodifiableSet(new LinkedHashSet<>(beans.getBeans(SessionClaimsProvider.class)));
            providers = found;
        }
        return found;
    }

    /** The short-to-long names of every producer claim. */
    Map<String, String> producerLongNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Bean<?> bean : producers()) {
            SessionClaim claim = claimOf(bean);
            names.put(claim.value(), longName(claim));
        }
        return names;
    }

    /** Adds every producer's value. */
    void addProducerClaims(ClaimsSink sink) {
        for (Bean<?> bean : producers()) {
            SessionClaim claim = claimOf(bean);
            CreationalContext<?> context = beans.createCreationalContext(bean);
            try {
                sink.add(claim.value(), beans.getReference(bean, Object.class, context), "producer " + bean);
            } catch (RuntimeException e) {
                Message.CLAIM_SOURCE_FAILED.log(LOG, e, "the @SessionClaim(\"" + claim.value() + "\") producer "
                        + bean);
            } finally {
                context.release();
            }
        }
    }

    /** Adds every provider's claims. */
    void addProviderClaims(ClaimsSink sink, Optional<Principal> caller) {
        for (Bean<?> bean : providers()) {
            CreationalContext<?> context = beans.createCreationalContext(bean);
            try {
                SessionClaimsProvider provider =
                        (SessionClaimsProvider) beans.getReference(bean, SessionClaimsProvider.class, context);
                Map<String, Object> claims = provider.claims(caller);
                if (claims != null) {
                    claims.forEach((name, value) -> sink.addFromProvider(name, value, bean.getBeanClass().getName()));
                }
            } catch (RuntimeException e) {
                Message.CLAIM_SOURCE_FAILED.log(LOG, e, "the claims provider " + bean.getBeanClass().getName());
            } finally {
                context.release();
            }
        }
    }

    static SessionClaim claimOf(Bean<?> bean) {
        return bean.getQualifiers().stream().filter(SessionClaim.class::isInstance).map(SessionClaim.class::cast)
                .findFirst().orElseThrow();
    }

    static String longName(SessionClaim claim) {
        return claim.longName().isEmpty() ? claim.value() : claim.longName();
    }

    /** {@code @SessionClaim} with any names: both members are non-binding, so it matches every producer. */
    @SuppressWarnings("all")
    static final class AnySessionClaim extends AnnotationLiteral<SessionClaim> implements SessionClaim {
        static final AnySessionClaim INSTANCE = new AnySessionClaim();
        private static final long serialVersionUID = 1L;

        @Override
        public String value() {
            return "";
        }

        @Override
        public String longName() {
            return "";
        }
    }
}
