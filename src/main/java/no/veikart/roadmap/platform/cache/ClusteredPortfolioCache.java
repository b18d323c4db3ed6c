package no.veikart.roadmap.platform.cache;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.veikart.roadmap.initiative.domain.DataChanges;
import no.veikart.roadmap.portfolio.domain.Portfolio;
import no.veikart.roadmap.portfolio.domain.PortfolioCache;

/**
 * Computed portfolios in an Atlassian Cache, replicated by invalidation: each node keeps its own values, and a change
 * on any node empties the cache on all of them ({@link #changed()} → {@code removeAll}). Values also expire after
 * {@value #SECONDS} s, so changes made outside the plugin (project permissions, issue keys) show up soon.
 * Keys are strings (serialisable, as a clustered cache needs); values never leave the node.
 */
public final class ClusteredPortfolioCache implements PortfolioCache, DataChanges {
    static final String NAME = "no.veikart.roadmap.portfolio";
    static final long SECONDS = 60;
    static final int MAX_ENTRIES = 1000;

    private final Cache<String, Portfolio> cache;

    public ClusteredPortfolioCache(CacheManager caches) {
        this.cache = caches.getCache(NAME, null, new CacheSettingsBuilder().remote().replicateViaInvalidation()
                .expireAfterWrite(SECONDS, TimeUnit.SECONDS).maxEntries(MAX_ENTRIES).flushable().build());
    }

    @Override
    public Portfolio get(String key, Supplier<Portfolio> compute) {
        return cache.get(key, compute::get);
    }

    @Override
    public void changed() {
        cache.removeAll();
    }
}
