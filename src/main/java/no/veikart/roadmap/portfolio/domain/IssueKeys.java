package no.veikart.roadmap.portfolio.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The issue keys behind one number, for its link. Capped, because a link of thousands of keys is no use to anybody
 * and would break URL limits: {@code more} says the list was cut.
 */
public record IssueKeys(List<String> keys, boolean more) {
    public static final int MAX = 200;

    public IssueKeys {
        keys = List.copyOf(keys);
    }

    /** Collects keys in the order given, ignoring repeats, up to {@link #MAX}. */
    public static final class Collector {
        private final List<String> keys = new ArrayList<>();
        private final java.util.Set<String> seen = new java.util.HashSet<>();
        private boolean more;

        public void add(String key) {
            if (more) {
                return; // full, and known to be cut: nothing more to learn (runs once per row and number)
            }
            if (seen.contains(key)) {
                return;
            }
            if (keys.size() >= MAX) {
                more = true;
                return;
            }
            seen.add(key);
            keys.add(key);
        }

        public IssueKeys build() {
            return new IssueKeys(keys, more);
        }
    }
}
