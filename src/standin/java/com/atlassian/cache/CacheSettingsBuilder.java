/*
 * Stand-in, compile-only, never bundled. Mirrors atlassian-cache-api as shipped with Jira 11 (Atlassian Cache 5.x/6.x)
 * as far as the plugin uses it. Source: decompiled com.atlassian.cache classes in the stored public code index
 * (CacheFactory, CacheSettingsBuilder, CacheLoader, Supplier; ids 42045636475, 42381946796, 42278692646,
 * 41626024908) and the Jira reference plugin CachingExample (cacheManager.getCache(name, loader, settings)).
 * Seen on Jira 11.0 / platform 8: atlassian-slack-integration-server {@code DefaultConfigurationDao},
 * {@code AbstractCacheableEntityManager}, {@code SlackResponseCache} (rows and lines in docs/jira-fidelity.md).
 */
package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

public class CacheSettingsBuilder {
    private Long expireAfterAccess;
    private Long expireAfterWrite;
    private Boolean flushable;
    private Boolean local;
    private Integer maxEntries;
    private Boolean replicateAsynchronously;
    private Boolean replicateViaCopy;
    private Boolean statisticsEnabled;

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        return new DefaultCacheSettings(expireAfterAccess, expireAfterWrite, flushable, local, maxEntries,
                replicateAsynchronously, replicateViaCopy, statisticsEnabled);
    }

    public CacheSettingsBuilder expireAfterAccess(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterAccess = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder flushable() {
        this.flushable = true;
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be greater than zero, passed: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        this.replicateViaCopy = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        this.replicateViaCopy = true;
        return this;
    }

    public CacheSettingsBuilder local() {
        this.local = true;
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        this.replicateAsynchronously = true;
        return this;
    }

    public CacheSettingsBuilder statisticsEnabled() {
        this.statisticsEnabled = true;
        return this;
    }
}
