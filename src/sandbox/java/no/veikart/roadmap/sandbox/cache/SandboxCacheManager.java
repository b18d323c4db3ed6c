package no.veikart.roadmap.sandbox.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira's CacheManager for one node: named caches honouring expire-after-write and max entries. On a Data Center
 * cluster Jira also replicates {@code remove}/{@code removeAll} to the other nodes; the sandbox has no other nodes.
 */
public final class SandboxCacheManager implements CacheManager {
    private final Map<String, SandboxCache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new SandboxCache<>(n, loader, settings));
    }

    private static final class SandboxCache<K, V> implements Cache<K, V> {
        private record Entry<V>(V value, long writtenNanos) {
        }

        private final String name;
        private final CacheLoader<K, V> loader;
        private final long expireNanos;
        private final int maxEntries;
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        SandboxCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
            this.name = name;
            this.loader = loader;
            Long expire = settings == null ? null : settings.getExpireAfterWrite();
            this.expireNanos = expire == null ? Long.MAX_VALUE : expire * 1_000_000L;
            Integer max = settings == null ? null : settings.getMaxEntries();
            this.maxEntries = max == null ? Integer.MAX_VALUE : max;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public V get(K key) {
            return loader == null ? present(key) : get(key, () -> loader.load(key));
        }

        @Override
        public V get(K key, Supplier<? extends V> valueSupplier) {
            V value = present(key);
            if (value != null) {
                return value;
            }
            value = valueSupplier.get();
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, System.nanoTime()));
            return value;
        }

        private V present(K key) {
            Entry<V> e = entries.get(key);
            if (e == null || System.nanoTime() - e.writtenNanos() > expireNanos) {
                return null;
            }
            return e.value();
        }

        @Override
        public void remove(K key) {
            entries.remove(key);
        }

        @Override
        public void removeAll() {
            entries.clear();
        }
    }
}
