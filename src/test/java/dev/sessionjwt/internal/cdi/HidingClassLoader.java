package dev.sessionjwt.internal.cdi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A child-first class loader over the test JVM's class path that hides one package prefix, as a servlet container
 * whose application lacks that API would: for tests that the library loads and boots without it.
 */
final class HidingClassLoader extends URLClassLoader {

    private final String hiddenPrefix;
    private final String hiddenPath;

    /**
     * @param hiddenPrefix the package prefix to hide, such as {@code jakarta.security.enterprise.}
     * @param first        directories or jars searched before the class path (test configuration), may be empty
     */
    HidingClassLoader(String hiddenPrefix, URL... first) {
        super(urls(first), ClassLoader.getPlatformClassLoader());
        this.hiddenPrefix = hiddenPrefix;
        this.hiddenPath = hiddenPrefix.replace('.', '/');
    }

    private static URL[] urls(URL... first) {
        List<URL> urls = new ArrayList<>(List.of(first));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(new File(entry).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hiddenPrefix)) {
            throw new ClassNotFoundException(name + " (hidden by the test)");
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException e) {
                    loaded = super.loadClass(name, false);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(hiddenPath) ? null : findResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(hiddenPath) ? Collections.emptyEnumeration() : findResources(name);
    }
}
