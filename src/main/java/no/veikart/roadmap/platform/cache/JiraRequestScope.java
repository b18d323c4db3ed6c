package no.veikart.roadmap.platform.cache;

import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.platform.jira.OptionalServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RequestScope} over Jira's request caches (com.atlassian.jira.cache.request, @ExperimentalApi since 6.4.8;
 * RequestCache members as in the Jira 10.2.0 API docs): local to the request's thread, dropped when the request
 * ends, read-through outside a request. Its values must not be null, so callers keep absent results as
 * {@code Optional.empty()}.
 *
 * <p>No Jira 10/11 source shows the factory published to plugins, so the reference is optional: without it every
 * read goes to the database, as before request caching (correct, only slower), and one line says so.
 */
public class JiraRequestScope implements RequestScope {
    private static final Logger LOG = LoggerFactory.getLogger(JiraRequestScope.class);
    // Per node on purpose: it only keeps the warning to one line per node.
    private final AtomicBoolean requestCacheMissing = new AtomicBoolean();

    private final RequestCacheFactory factory;

    public JiraRequestScope(RequestCacheFactory factory) {
        this.factory = factory;
    }

    @Override
    public <K, V> Memo<K, V> memo(String name) {
        RequestCache<K, V> cache;
        try {
            cache = factory.createRequestCache("no.veikart.roadmap." + name);
        } catch (RuntimeException e) {
            if (!OptionalServices.unavailable(e)) {
                throw e;
            }
            OptionalServices.reportOnce(requestCacheMissing, LOG, "RequestCacheFactory", "issue-view reads are not shared per request");
            return new Memo<>() {
                @Override
                public V get(K key, Supplier<V> load) {
                    return load.get();
                }

                @Override
                public void clear() {
                }
            };
        }
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
