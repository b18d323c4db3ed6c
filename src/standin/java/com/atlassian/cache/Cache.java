/*
 * Stand-in, compile-only, never bundled. Mirrors atlassian-cache-api as shipped with Jira 11 (Atlassian Cache 5.x/6.x)
 * as far as the plugin uses it. Source: decompiled com.atlassian.cache classes in the stored public code index
 * (CacheFactory, CacheSettingsBuilder, CacheLoader, Supplier; ids 42045636475, 42381946796, 42278692646,
 * 41626024908) and the Jira reference plugin CachingExample (cacheManager.getCache(name, loader, settings)).
 * Seen on Jira 11.0 / platform 8: atlassian-slack-integration-server {@code DefaultConfigurationDao},
 * {@code AbstractCacheableEntityManager}, {@code SlackResponseCache} (rows and lines in docs/jira-fidelity.md).
 */
package com.atlassian.cache;

public interface Cache<K, V> {
    String getName();

    V get(K key);

    V get(K key, Supplier<? extends V> valueSupplier);

    void remove(K key);

    void removeAll();
}
