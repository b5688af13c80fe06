package dev.sessionjwt.internal.cdi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.container.JakartaSecurity;

/**
 * The library without Jakarta Security on the class path (Tomcat with Weld and no Soteria): the extension loads, a CDI
 * container can read its observers, every class outside the security part links, and a real Weld boot succeeds with
 * the security part dormant and {@code SJWT0024} logged once. The class loader hides {@code jakarta.security.enterprise}.
 */
class WithoutJakartaSecurityTest {

    private static final String HIDDEN = "jakarta.security.enterprise.";
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void theHidingLoaderReallyLacksJakartaSecurity() throws Exception {
        try (HidingClassLoader hiding = new HidingClassLoader(HIDDEN)) {
            assertThat(JakartaSecurity.isAvailable(hiding), is(false));
            assertThat(JakartaSecurity.isAvailable(getClass().getClassLoader()), is(true));
            assertThrows(NoClassDefFoundError.class,
                    () -> Class.forName(JakartaSecuritySupport.class.getName(), true, hiding));
        }
    }

    @Test
    void extensionObserversResolveAsACdiContainerReadsThem() throws Exception {
        try (HidingClassLoader hiding = new HidingClassLoader(HIDDEN)) {
            Class<?> extension = Class.forName(SessionJwtExtension.class.getName(), true, hiding);
            List<String> read = new ArrayList<>();
            for (Method method : extension.getDeclaredMethods()) {
                for (var type : method.getGenericParameterTypes()) {
                    read.add(type.getTypeName());
                }
                for (Annotation[] annotations : method.getParameterAnnotations()) {
                    for (Annotation annotation : annotations) {
                        read.add(annotation.toString());
                    }
                }
            }
            extension.getDeclaredFields();
            Object instance = extension.getDeclaredConstructor().newInstance();

            assertThat(read, hasItem("jakarta.enterprise.inject.spi.ProcessAnnotatedType<?>"));
            var security = extension.getDeclaredField("security");
            security.setAccessible(true);
            assertThat(security.get(instance).getClass().getName(), equalTo(DormantSecurity.class.getName()));
        }
    }

    @Test
    void everyClassOutsideTheSecurityPartLinksWithoutJakartaSecurity() throws Exception {
        List<String> failures = new ArrayList<>();
        try (HidingClassLoader hiding = new HidingClassLoader(HIDDEN); Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (needsJakartaSecurity(name)) {
                    continue;
                }
                try {
                    Class.forName(name, true, hiding);
                } catch (LinkageError | ClassNotFoundException | RuntimeException e) {
                    failures.add(name + ": " + e);
                }
            }
        }
        assertThat(failures, empty());
    }

    @Test
    void weldBootsTheExtensionWithSecurityDormantAndSaysSoOnce(@TempDir Path config) throws Exception {
        Path properties = config.resolve("META-INF/microprofile-config.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, "session-jwt.key=secret:" + "k".repeat(48) + "\n");
        List<String> messages = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (String.valueOf(record.getMessage()).startsWith("SJWT")) {
                    messages.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SessionJwtExtension.class.getName());
        logger.addHandler(capture);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (HidingClassLoader hiding = new HidingClassLoader(HIDDEN, config.toUri().toURL())) {
            thread.setContextClassLoader(hiding);
            Class<?> weldType = hiding.loadClass("org.jboss.weld.environment.se.Weld");
            Class<?> extensionType = hiding.loadClass("jakarta.enterprise.inject.spi.Extension");
            Object weld = weldType.getConstructor().newInstance();
            weldType.getMethod("disableDiscovery").invoke(weld);
            weldType.getMethod("addBeanClass", Class.class).invoke(weld,
                    hiding.loadClass(SyntheticArchiveMarker.class.getName()));
            weldType.getMethod("addExtension", extensionType).invoke(weld,
                    hiding.loadClass(SessionJwtExtension.class.getName()).getConstructor().newInstance());
            Object container = weldType.getMethod("initialize").invoke(weld);
            try {
                Object sessionJwt = container.getClass().getMethod("select", Class.class, Annotation[].class)
                        .invoke(container, hiding.loadClass("dev.sessionjwt.servlet.SessionJwt"), new Annotation[0]);
                assertThat(sessionJwt.getClass().getMethod("isResolvable").invoke(sessionJwt), is(true));
            } finally {
                container.getClass().getMethod("shutdown").invoke(container);
            }
        } finally {
            thread.setContextClassLoader(previous);
            logger.removeHandler(capture);
        }
        assertThat(messages.size(), equalTo(1));
        assertThat(messages.get(0), startsWith(Message.SECURITY_DORMANT.id() + ": Jakarta Security"));
    }

    /** The classes that are loaded only when Jakarta Security is present. */
    private static boolean needsJakartaSecurity(String className) {
        return className.startsWith("dev.sessionjwt.internal.security.")
                || className.equals(JakartaSecuritySupport.class.getName());
    }

}
