package dev.sessionjwt.servlet;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.internal.config.DeploymentSettings;
import dev.sessionjwt.internal.config.InvalidSettingsException;
import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.management.StatisticsRegistration;
import dev.sessionjwt.internal.management.TokenStatistics;
import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.security.CallerReader;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.keys.JwksDocument;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServlet;

/**
 * Installs the library in a web application: checks the deployment ({@link DeploymentCheck}, with the settings the
 * CDI extension read), switches the container's own
 * session cookie and URL rewriting off, and registers the binding listener, the session listener, the
 * fallback filter, the statistics MXBean and, with a key pair, the JWK set endpoint and the discovery document. Any problem fails the
 * deployment with a message that says what to fix.
 *
 * <p>It runs because the jar declares it in {@code META-INF/services/jakarta.servlet.ServletContainerInitializer};
 * applications do nothing but add the jar to {@code WEB-INF/lib} and set {@code session-jwt.key}.
 */
public final class SessionJwtInitializer implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(SessionJwtInitializer.class.getName());
    private static final String NAME = "session-jwt";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        DeploymentSettings deployment = null;
        try {
            deployment = DeploymentSettings.of(context.getClassLoader());
            DeploymentCheck.Passed passed = DeploymentCheck.run(context, deployment);
            SessionJwtSettings settings = passed.settings();
            ContainerAdapter adapter = passed.adapter();
            RetiredSessionIds retired = passed.retired();
            context.setSessionTrackingModes(EnumSet.noneOf(SessionTrackingMode.class));
            context.setAttribute(CallerPrincipals.ATTRIBUTE, adapter.callerPrincipals());
            context.setAttribute(Caller.READER, new CallerReader(adapter.callerPrincipals()));
            context.setAttribute(CallerPrincipals.KEEPS_CALLER_ATTRIBUTE, adapter.keepsCallerInSession());
            RuntimeHolder holder = new RuntimeHolder(context, settings, adapter, retired, passed.endedStore());
            context.addListener(holder);
            context.addListener(new RequestBindingListener(holder));
            context.addListener(new SessionEventListener(holder));
            context.addListener(new TokenIssuedMark());
            SessionMemoIndex memos = holder.memos();
            if (memos != null) {
                context.addListener(memos);
            }
            context.addListener(new StatisticsRegistration(new TokenStatistics(context.getContextPath(),
                    holder.counters(), holder.cache(), memos == null ? () -> 0 : memos::size)));
            FilterRegistration.Dynamic filter = context.addFilter(NAME, new CookieCommitFilter(holder));
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
            settings.signing().jwksPath().ifPresent(path -> publish(context, SettingKeys.JWKS_PATH, path, "-jwks",
                    new JwksServlet(JwksDocument.of(settings.signing().keys()), settings.signing().jwksMaxAge())));
            Optional<String> endedPath = settings.signing().endedSessions().path()
                    .filter(path -> holder.endedSessions() != null);
            endedPath.ifPresent(path -> publish(context, SettingKeys.ENDED_SESSIONS_PATH, path, "-ended",
                    new EndedSessionsServlet(holder.endedSessions(), settings.signing().keys().current(),
                            settings.signing().parties(), settings.signing().endedSessions().maxAge())));
            settings.signing().discoveryPath().ifPresent(path -> publish(context, SettingKeys.DISCOVERY_PATH, path,
                    "-discovery", new DiscoveryServlet(holder, context.getContextPath(), settings.signing(),
                            endedPath)));
            JwtKey key = settings.signing().keys().current();
            Message.ACTIVE.log(LOG, context.getContextPath().isEmpty() ? "/" : context.getContextPath(),
                    key.algorithm(), key.keyId(), settings.signing().jwksPath().map(path -> "; public keys at "
                            + context.getContextPath() + path).orElse("")
                            + settings.signing().discoveryPath().map(path -> "; discovery document at "
                                    + context.getContextPath() + path).orElse("")
                            + endedPath.map(path -> "; ended sessions at " + context.getContextPath() + path)
                                    .orElse("")
                            + (retired == null ? "" : "; sessions are replicated, the session version travels in the"
                                    + " cookie " + CookieAttributes.of(context.getSessionCookieConfig(),
                                    context.getContextPath()).name() + ReplicatedSessions.SUFFIX));
        } catch (InvalidSettingsException e) {
            if (deployment != null && deployment.deferFailureUntilProducersChecked()) {
                DeploymentSettings checked = deployment;
                try {
                    context.addListener(new StartupFailure(() -> e.with(checked.lateProducerProblems()), false));
                    return;
                } catch (RuntimeException notAdded) {
                    // the failure cannot wait: fail now, without the producers' problems
                }
            }
            throw fail(context, e);
        } catch (RuntimeException e) {
            throw fail(context, e);
        }
    }

    /**
     * Logs the failure and fails the start; where the server starts the application despite the exception (Open
     * Liberty), a listener stops the start.
     */
    private static ServletException fail(ServletContext context, RuntimeException e) {
        LOG.log(Level.SEVERE, e.getMessage());
        String message = e.getMessage();
        try {
            context.addListener(new StartupFailure(() -> new IllegalStateException(message), true));
        } catch (RuntimeException notAdded) {
            LOG.log(Level.FINE, "the start-up failure listener could not be added", notAdded);
        }
        return new ServletException(message, e);
    }

    private static void publish(ServletContext context, String key, String path, String suffix, HttpServlet servlet) {
        ServletRegistration.Dynamic registration = context.addServlet(NAME + suffix, servlet);
        Set<String> taken = registration == null ? Set.of(path) : registration.addMapping(path);
        if (!taken.isEmpty()) {
            throw new InvalidSettingsException(List.of(DeploymentCheck.pathTaken(key, path)));
        }
    }
}
