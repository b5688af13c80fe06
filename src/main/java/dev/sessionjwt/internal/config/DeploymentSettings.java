package dev.sessionjwt.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * The settings of one deployment, read once and shared by the two parts of the library that start with it: the CDI
 * extension reads them (on the supported servers it runs first) and the servlet initializer uses what it read. The
 * problems the extension finds in the application's claim producers wait here for the initializer, which reports
 * them in one error with every other problem of the deployment; if the initializer has already run, the extension
 * reports them itself.
 *
 * <pre>
 * DeploymentSettings deployment = DeploymentSettings.of(context.getClassLoader());
 * CheckedSettings settings = deployment.settings();
 * </pre>
 */
public final class DeploymentSettings {

    private static final Map<ClassLoader, DeploymentSettings> BY_APPLICATION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final CheckedSettings settings;
    private final List<ConfigProblem> producerProblems = new ArrayList<>();
    private boolean initialized;
    private boolean producersChecked;
    private boolean failureDeferred;
    private int reportedByInitializer;

    private DeploymentSettings(CheckedSettings settings) {
        this.settings = settings;
    }

    /**
     * The settings of the application with this class loader, read on the first call.
     *
     * @param application the application's class loader, not null
     * @return the same instance for every call with this loader
     */
    public static DeploymentSettings of(ClassLoader application) {
        return of(application, loader -> SettingsReader.check(MicroProfileConfig.of(loader), loader));
    }

    /**
     * As {@link #of(ClassLoader)}, with the reader given (a test reads from its own configuration).
     *
     * @param application the application's class loader, not null
     * @param reader      reads the settings for a class loader; called at most once per loader
     * @return the same instance for every call with this loader
     */
    public static DeploymentSettings of(ClassLoader application, Function<ClassLoader, CheckedSettings> reader) {
        return BY_APPLICATION.computeIfAbsent(application, loader -> new DeploymentSettings(reader.apply(loader)));
    }

    /** The settings, or their problems. */
    public CheckedSettings settings() {
        return settings;
    }

    /**
     * Hands over the problems of the application's claim producers (the CDI extension, after validation).
     *
     * @param problems the problems, possibly empty
     * @return true when the initializer will report them; false when it has already run, so the caller must
     */
    public synchronized boolean reportWithInitializer(List<ConfigProblem> problems) {
        producersChecked = true;
        if (initialized && !failureDeferred) {
            return false;
        }
        producerProblems.addAll(problems);
        return true;
    }

    /**
     * Marks the initializer as run (the servlet initializer, once).
     *
     * @return the problems of the claim producers handed over so far, to be reported with the initializer's own
     */
    public synchronized List<ConfigProblem> initialize() {
        initialized = true;
        reportedByInitializer = producerProblems.size();
        return List.copyOf(producerProblems);
    }

    /**
     * Called by the initializer that found problems: where CDI has not checked the claim producers yet (Tomcat runs
     * the library's initializer before Weld servlet's, which boots CDI), the initializer's failure waits for that
     * check, so that one error names every problem; the problems the extension hands over from now on are kept for
     * it ({@link #lateProducerProblems()}).
     *
     * @return true when the failure is to be deferred; false when the producers are already checked
     */
    public synchronized boolean deferFailureUntilProducersChecked() {
        failureDeferred = !producersChecked;
        return failureDeferred;
    }

    /** The problems of the claim producers handed over after {@link #initialize()}, for a deferred failure. */
    public synchronized List<ConfigProblem> lateProducerProblems() {
        return List.copyOf(producerProblems.subList(reportedByInitializer, producerProblems.size()));
    }
}
