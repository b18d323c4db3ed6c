package no.veikart.roadmap.common.domain;

import java.util.function.Supplier;

/**
 * Values remembered until the current request ends (Jira's request cache on the platform), so that the issue view's
 * panels, conditions and field read an initiative once. Outside a request nothing is remembered. Per node and per
 * thread by nature: nothing another cluster node would need.
 */
public interface RequestScope {
    /** Remembers nothing: every read loads (tests, tools). */
    RequestScope NONE = new RequestScope() {
        @Override
        public <K, V> Memo<K, V> memo(String name) {
            return new Memo<>() {
                @Override
                public V get(K key, Supplier<V> load) {
                    return load.get();
                }

                @Override
                public void clear() {
                    // nothing remembered
                }
            };
        }
    };

    /** A named memo; create it once (a component field), use it in every request. */
    <K, V> Memo<K, V> memo(String name);

    interface Memo<K, V> {
        /** The value remembered in this request for {@code key}, else {@code load}'s (non-null) result, remembered. */
        V get(K key, Supplier<V> load);

        /** Forgets this request's values, after a write that changes them. */
        void clear();
    }
}
