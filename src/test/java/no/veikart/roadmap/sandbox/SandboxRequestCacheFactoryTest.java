package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import com.atlassian.jira.cache.request.RequestCache;
import java.util.concurrent.atomic.AtomicInteger;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.platform.cache.JiraRequestScope;
import no.veikart.roadmap.sandbox.cache.SandboxRequestCacheFactory;
import org.junit.Test;

/** The sandbox's request caches keep Jira's documented rules, and refuse what Jira's refuse. */
public class SandboxRequestCacheFactoryTest {
    private final SandboxRequestCacheFactory factory = new SandboxRequestCacheFactory();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    public void aValueIsLoadedOncePerRequestAndForgottenWhenTheRequestEnds() {
        RequestCache<String, String> cache = factory.createRequestCache("test");
        factory.inRequest(() -> {
            assertEquals("v1", cache.get("k", this::load));
            assertEquals("v1", cache.get("k", this::load));
            assertEquals("v1", cache.getIfPresent("k"));
        });
        assertEquals(1, loads.get());
        factory.inRequest(() -> assertEquals("the next request loads anew", "v2", cache.get("k", this::load)));
        assertNull("nothing outside a request", cache.getIfPresent("k"));
    }

    @Test
    public void outsideARequestEveryReadLoads() {
        RequestCache<String, String> cache = factory.createRequestCache("test");
        cache.get("k", this::load);
        cache.get("k", this::load);
        assertEquals(2, loads.get());
    }

    @Test
    public void removeAllForgetsTheRequestsValues() {
        RequestCache<String, String> cache = factory.createRequestCache("test");
        factory.inRequest(() -> {
            cache.get("k", this::load);
            cache.removeAll();
            assertEquals("v2", cache.get("k", this::load));
        });
    }

    @Test
    public void refusesNullValuesAsJirasNonnullContractDoes() {
        RequestCache<String, String> cache = factory.createRequestCache("test");
        factory.inRequest(() -> assertThrows(IllegalStateException.class, () -> cache.get("k", () -> null)));
    }

    @Test
    public void refusesAGetWithoutLoaderForAValueNotCached() {
        RequestCache<String, String> cache = factory.createRequestCache("test");
        factory.inRequest(() -> assertThrows(IllegalStateException.class, () -> cache.get("k")));
        RequestCache<String, String> loading = factory.createRequestCache("loading", key -> key + "!");
        factory.inRequest(() -> assertEquals("k!", loading.get("k")));
    }

    @Test
    public void thePluginsRequestScopeRemembersThroughIt() {
        RequestScope.Memo<String, String> memo = new JiraRequestScope(factory).memo("test");
        factory.inRequest(() -> {
            memo.get("k", this::load);
            memo.get("k", this::load);
            memo.clear();
            memo.get("k", this::load);
        });
        assertEquals("once, then once more after clear()", 2, loads.get());
    }

    private String load() {
        return "v" + loads.incrementAndGet();
    }
}
