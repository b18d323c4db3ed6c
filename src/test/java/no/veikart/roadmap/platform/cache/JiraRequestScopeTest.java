package no.veikart.roadmap.platform.cache;

import static org.junit.Assert.assertEquals;

import com.atlassian.jira.cache.request.RequestCacheFactory;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import no.veikart.roadmap.common.domain.RequestScope;
import org.junit.Test;

/** Without Jira's request caches (an optional reference with no service behind it) every read goes through. */
public class JiraRequestScopeTest {

    /** Named like Gemini's exception: the plugin recognises it by name, as it cannot import Gemini. */
    static final class ServiceUnavailableException extends RuntimeException {
        ServiceUnavailableException() {
            super("service matching filter=[(objectClass=com.atlassian.jira.cache.request.RequestCacheFactory)] unavailable");
        }
    }

    private static RequestCacheFactory failingWith(RuntimeException failure) {
        return (RequestCacheFactory) Proxy.newProxyInstance(JiraRequestScopeTest.class.getClassLoader(),
                new Class<?>[] {RequestCacheFactory.class}, (proxy, method, args) -> {
                    throw failure;
                });
    }

    @Test
    public void withoutTheFactoryEveryReadLoadsAndNothingFails() {
        RequestScope.Memo<String, Integer> memo = new JiraRequestScope(failingWith(new ServiceUnavailableException()))
                .memo("test");
        AtomicInteger loads = new AtomicInteger();
        assertEquals(Integer.valueOf(1), memo.get("k", loads::incrementAndGet));
        assertEquals(Integer.valueOf(2), memo.get("k", loads::incrementAndGet));
        memo.clear();
        assertEquals(2, loads.get());
    }

    @Test(expected = IllegalStateException.class)
    public void otherFailuresOfTheFactoryAreNotHidden() {
        new JiraRequestScope(failingWith(new IllegalStateException("broken"))).memo("test");
    }
}
