package dev.sessionjwt.internal.claims.assembly;

import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.http.HttpServletRequest;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.claims.ClaimSettings;

/**
 * Computes the claims of a token being issued, besides the library's own: identity, fields, producer
 * claims and provider claims, in that order. Nothing here ever fails the response: a failing source is
 * logged and left out.
 */
public final class ClaimsAssembler {

    private static final Logger LOG = Logger.getLogger(ClaimsAssembler.class.getName());

    private final ClaimSettings settings;
    private final String sessionField;
    private final Supplier<BeanManager> beanManager;
    private final Set<String> reportedFields = ConcurrentHashMap.newKeySet();
    private volatile Optional<CdiClaims> cdi;
    private volatile Map<String, String> longNames;

    /**
     * @param settings     the claim settings, not null
     * @param sessionField the session-id claim, not null
     * @param beanManager  supplies the application's bean manager on first use; may throw when there is no CDI
     */
    public ClaimsAssembler(ClaimSettings settings, String sessionField, Supplier<BeanManager> beanManager) {
        this.settings = settings;
        this.sessionField = sessionField;
        this.beanManager = beanManager;
    }

    /**
     * @param request the request the token is issued in, not null
     * @return the claims by their short names
     */
    public Map<String, Object> claims(HttpServletRequest request) {
        ClaimsSink sink = new ClaimsSink(sessionField);
        Optional<Caller> caller = Caller.of(request);
        if (settings.identityClaims() && caller.isPresent()) {
            sink.putIdentity(ClaimNames.SUBJECT, caller.get().name());
            sink.putIdentity(ClaimNames.UPN, caller.get().name());
            sink.putIdentity(ClaimNames.GROUPS, caller.get().groups());
        }
        for (ClaimField field : settings.fields()) {
            addField(sink, field, caller.map(Caller::principal).orElse(null));
        }
        cdi().ifPresent(claims -> {
            claims.addProducerClaims(sink);
            claims.addProviderClaims(sink, caller.map(Caller::principal));
        });
        return sink.claims();
    }

    /** Short-to-long names of the configured fields and producers; other claims keep their name. */
    public Map<String, String> longNames() {
        Map<String, String> names = longNames;
        if (names == null) {
            names = new LinkedHashMap<>();
            for (ClaimField field : settings.fields()) {
                names.put(field.shortName(), field.longName());
            }
            names.putAll(cdi().map(CdiClaims::producerLongNames).orElse(Map.of()));
            names = Collections.unmodifiableMap(names);
            longNames = names;
        }
        return names;
    }

    /**
     * @param tokenClaims the claims of a token, by short name
     * @return the same claims by long name, in order
     */
    public Map<String, Object> toLongForm(Map<String, Object> tokenClaims) {
        return ClaimNames.toLongForm(tokenClaims, longNames());
    }

    private void addField(ClaimsSink sink, ClaimField field, Principal principal) {
        if (principal == null) {
            return;
        }
        Optional<Object> value = AttributePath.resolve(principal, field.path());
        if (value.isPresent()) {
            sink.add(field.shortName(), value.get(), "field " + field.attribute());
        } else if (reportedFields.add(field.attribute())) {
            Message.FIELD_UNRESOLVED.log(LOG, field.attribute(), principal.getClass().getName(), field.shortName());
        }
    }

    private Optional<CdiClaims> cdi() {
        Optional<CdiClaims> current = cdi;
        if (current == null) {
            try {
                current = Optional.of(new CdiClaims(beanManager.get()));
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "No CDI bean manager: producer and provider claims are off", e);
                current = Optional.empty();
            }
            cdi = current;
        }
        return current;
    }
}
