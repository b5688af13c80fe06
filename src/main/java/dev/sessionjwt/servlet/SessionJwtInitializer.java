package dev.sessionjwt.servlet;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.config.ConfigProblem;
import dev.sessionjwt.config.InvalidSettingsException;
import dev.sessionjwt.config.MicroProfileConfig;
import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.config.SettingsReader;
import dev.sessionjwt.config.SigningSettings;
import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapters;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.container.WebXmlDocument;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.keys.JwksDocument;
import dev.sessionjwt.management.StatisticsRegistration;
import dev.sessionjwt.management.TokenStatistics;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.SessionTrackingMode;

/**
 * Installs the library in a web application: validates the configuration, switches the container's own
 * session cookie and URL rewriting off, and registers the binding listener, the session listener, the
 * fallback filter, the statistics MXBean and, with a key pair, the JWK set endpoint. Any problem fails the
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
        try {
            SessionJwtSettings settings = SettingsReader.read(MicroProfileConfig.of(context.getClassLoader()),
                    context.getClassLoader());
            ContainerAdapter adapter = ContainerAdapters.forContext(context);
            RetiredSessionIds retired = WebXmlDocument.isDistributable(context)
                    ? ClusterSetup.retiredSessionIds(settings, context, adapter) : null;
            List<ConfigProblem> cookieProblems = CookiePrefixRules.problems(CookieAttributes.of(
                    context.getSessionCookieConfig(), context.getContextPath(), adapter.declaredCookieAttributes()));
            if (!cookieProblems.isEmpty()) {
                throw new InvalidSettingsException(cookieProblems);
            }
            context.setSessionTrackingModes(EnumSet.noneOf(SessionTrackingMode.class));
            context.setAttribute(CallerPrincipals.ATTRIBUTE, adapter.callerPrincipals());
            RuntimeHolder holder = new RuntimeHolder(context, settings, adapter, retired);
            context.addListener(new RequestBindingListener(holder));
            context.addListener(new SessionEventListener(holder));
            context.addListener(new StatisticsRegistration(
                    new TokenStatistics(context.getContextPath(), holder.counters(), holder.cache())));
            FilterRegistration.Dynamic filter = context.addFilter(NAME, new CookieCommitFilter(holder));
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
            settings.signing().jwksPath().ifPresent(path -> publishKeys(context, settings.signing(), path));
            JwtKey key = settings.signing().keys().current();
            LOG.log(Level.INFO, "SJWT0020: session-jwt active for {0}: the session cookie is a signed JWT ({1}, kid {2}){3}",
                    new Object[] {context.getContextPath().isEmpty() ? "/" : context.getContextPath(), key.algorithm(),
                            key.keyId(), settings.signing().jwksPath().map(path -> "; public keys at "
                                    + context.getContextPath() + path).orElse("")
                            + (retired == null ? "" : "; sessions are replicated, the session version travels in the"
                                    + " cookie " + CookieAttributes.of(context.getSessionCookieConfig(),
                                    context.getContextPath()).name() + ReplicatedSessions.SUFFIX)});
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw new ServletException(e.getMessage(), e);
        }
    }

    private static void publishKeys(ServletContext context, SigningSettings signing, String path) {
        ServletRegistration.Dynamic jwks = context.addServlet(NAME + "-jwks",
                new JwksServlet(JwksDocument.of(signing.keys()), signing.jwksMaxAge()));
        Set<String> taken = jwks == null ? Set.of(path) : jwks.addMapping(path);
        if (!taken.isEmpty()) {
            throw new InvalidSettingsException(List.of(new ConfigProblem("SJWT0038", SettingKeys.JWKS_PATH,
                    ConfigProblem.shown(path), "a path the application does not map itself (this one is taken), or"
                            + " an empty value to switch the JWK set endpoint off")));
        }
    }
}
