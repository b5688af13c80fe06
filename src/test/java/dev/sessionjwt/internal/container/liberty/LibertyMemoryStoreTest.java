package dev.sessionjwt.internal.container.liberty;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletContext;

/**
 * Where Liberty's in-memory session store cannot be found, the adapter does not look at sessions untouched and the
 * deployment goes on (the library then keeps its own copy of the sessions' memory). On Liberty itself the store is
 * found: {@code RememberedTokenIT} shows it there ({@code SessionMemoryCopies} 0, a forged token touches nothing).
 */
class LibertyMemoryStoreTest {

    @Test
    void aServletContextThatIsNotLibertysGivesNoStoreAndNoFailure() {
        ServletContext other = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> null);

        assertThat(LibertyMemoryStore.of(other, null, getClass().getClassLoader()), nullValue());
    }
}
