package no.veikart.roadmap.platform.cache;

import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import java.util.function.Supplier;
import no.veikart.roadmap.common.domain.RequestScope;

/**
 * {@link RequestScope} over Jira's request caches (com.atlassian.jira.cache.request, @ExperimentalApi since 6.4.8;
 * RequestCache members as in the Jira 10.2.0 API docs): local to the request's thread, dropped when the request
 * ends, read-through outside a request. Its values must not be null, so callers keep absent results as
 * {@code Optional.empty()}.
 */
public class JiraRequestScope implements RequestScope {
    private final RequestCacheFactory factory;

    public JiraRequestScope(RequestCacheFactory factory) {
        this.factory = factory;
    }

    @Override
    public <K, V> Memo<K, V> memo(String name) {
        RequestCache<K, V> cache = factory.createRequestCache("no.veikart.roadmap." + name);
        return new Memo<>() {
            @Override
            public V get(K key, Supplier<V> load) {
                return cache.get(key, load::get);
            }

            @Override
            public void clear() {
                cache.removeAll();
            }
        };
    }
}
