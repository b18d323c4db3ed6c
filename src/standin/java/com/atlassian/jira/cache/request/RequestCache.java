/*
 * Stand-in, compile-only, never bundled. Mirrors Jira's request-scoped cache (@ExperimentalApi, since 6.4.8) as far as
 * the plugin uses it. Source: Jira 10.2.0 API docs,
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/cache/request/RequestCache.html
 * (same members in 8.2.2 and 7.1.0). Not seen in an 11.x listing [?]: the type is unchanged from 6.4 to 10.2.
 * Documented: local to the calling thread; outside a request context every get misses (read-through); values are
 * {@code @Nonnull}; {@code get(key)} without a loader throws for values not already cached.
 */
package com.atlassian.jira.cache.request;

public interface RequestCache<K, V> {
    V get(K key);

    V get(K key, com.atlassian.cache.Supplier<V> supplier);

    V getIfPresent(K key);

    void remove(K key);

    void removeAll();
}
