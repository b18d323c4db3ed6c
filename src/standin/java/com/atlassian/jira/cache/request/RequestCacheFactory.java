/*
 * Stand-in, compile-only, never bundled. Source: Jira API docs,
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/cache/request/RequestCacheFactory.html (@ExperimentalApi,
 * "added to JIRA 6.4"); its RequestCache is listed unchanged in the Jira 10.2.0 API docs. Whether Jira 11 exports it
 * as an OSGi service to plugins is not confirmed in a public source [?].
 */
package com.atlassian.jira.cache.request;

public interface RequestCacheFactory {
    <K, V> RequestCache<K, V> createRequestCache(String name);

    <K, V> RequestCache<K, V> createRequestCache(String name, com.atlassian.cache.CacheLoader<K, V> cacheLoader);
}
