package no.veikart.roadmap.sandbox.cache;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.Supplier;
import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Jira's request-scoped caches as its API docs describe them (RequestCache, Jira 10.2.0): values live for one
 * request on the calling thread and are dropped when it ends; outside a request every {@code get} misses and
 * reads through; {@code null} values are refused ({@code @Nonnull}); {@code get(key)} of a cache made without a
 * loader throws for a value not already cached. {@link #scope()} is the servlet filter that opens and closes a
 * request, as Jira's own request filters do.
 */
public final class SandboxRequestCacheFactory implements RequestCacheFactory {

    /** The current request's values, per cache; null outside a request. */
    private final ThreadLocal<Map<SandboxRequestCache<?, ?>, Map<Object, Object>>> request = new ThreadLocal<>();

    @Override
    public <K, V> RequestCache<K, V> createRequestCache(String name) {
        return new SandboxRequestCache<>(Objects.requireNonNull(name, "name"), null);
    }

    @Override
    public <K, V> RequestCache<K, V> createRequestCache(String name, CacheLoader<K, V> cacheLoader) {
        return new SandboxRequestCache<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(cacheLoader,
                "cacheLoader"));
    }

    /** Runs {@code body} as one request (nested calls join the outer one). */
    public void inRequest(Runnable body) {
        boolean outer = request.get() == null;
        if (outer) {
            request.set(new HashMap<>());
        }
        try {
            body.run();
        } finally {
            if (outer) {
                request.remove();
            }
        }
    }

    /** The filter that makes each HTTP request one request scope. */
    public Filter scope() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                    throws IOException, ServletException {
                IOException[] io = new IOException[1];
                ServletException[] servlet = new ServletException[1];
                inRequest(() -> {
                    try {
                        chain.doFilter(req, resp);
                    } catch (IOException e) {
                        io[0] = e;
                    } catch (ServletException e) {
                        servlet[0] = e;
                    }
                });
                if (io[0] != null) {
                    throw io[0];
                }
                if (servlet[0] != null) {
                    throw servlet[0];
                }
            }
        };
    }

    private final class SandboxRequestCache<K, V> implements RequestCache<K, V> {
        private final String name;
        private final CacheLoader<K, V> loader;

        SandboxRequestCache(String name, CacheLoader<K, V> loader) {
            this.name = name;
            this.loader = loader;
        }

        @Override
        public V get(K key) {
            if (loader == null) {
                V present = getIfPresent(key);
                if (present == null) {
                    throw new IllegalStateException("request cache " + name + " has no loader and no value for " + key);
                }
                return present;
            }
            return get(key, () -> loader.load(key));
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(K key, Supplier<V> supplier) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(supplier, "supplier");
            Map<Object, Object> values = values();
            Object cached = values == null ? null : values.get(key);
            if (cached != null) {
                return (V) cached;
            }
            V loaded = supplier.get();
            if (loaded == null) {
                throw new IllegalStateException("request cache " + name + ": null value for " + key
                        + " (Jira's request caches hold only non-null values)");
            }
            if (values != null) {
                values.put(key, loaded);
            }
            return loaded;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getIfPresent(K key) {
            Map<Object, Object> values = values();
            return values == null ? null : (V) values.get(Objects.requireNonNull(key, "key"));
        }

        @Override
        public void remove(K key) {
            Map<Object, Object> values = values();
            if (values != null) {
                values.remove(key);
            }
        }

        @Override
        public void removeAll() {
            Map<Object, Object> values = values();
            if (values != null) {
                values.clear();
            }
        }

        private Map<Object, Object> values() {
            Map<SandboxRequestCache<?, ?>, Map<Object, Object>> all = request.get();
            return all == null ? null : all.computeIfAbsent(this, c -> new HashMap<>());
        }
    }
}
