/*
 * Stand-in, compile-only, never bundled. Mirrors atlassian-cache-api as shipped with Jira 11 (Atlassian Cache 5.x/6.x)
 * as far as the plugin uses it. Source: decompiled com.atlassian.cache classes in the stored public code index
 * (CacheFactory, CacheSettingsBuilder, CacheLoader, Supplier; ids 42045636475, 42381946796, 42278692646,
 * 41626024908) and the Jira reference plugin CachingExample (cacheManager.getCache(name, loader, settings)).
 */
package com.atlassian.cache;

public interface CacheSettings {
    Long getExpireAfterAccess();

    Long getExpireAfterWrite();

    Boolean getFlushable();

    Boolean getLocal();

    Integer getMaxEntries();

    Boolean getReplicateAsynchronously();

    Boolean getReplicateViaCopy();

    Boolean getStatisticsEnabled();
}
