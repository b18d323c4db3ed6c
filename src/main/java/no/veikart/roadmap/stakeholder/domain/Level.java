package no.veikart.roadmap.stakeholder.domain;

/**
 * The organisational level a stakeholder belongs to, top to bottom; the order is the panel's default order.
 * The names are part of the REST contract.
 */
public enum Level {
    POLITICAL,
    ADMINISTRATIVE_LEADERSHIP,
    MIDDLE_MANAGEMENT,
    STAFF,
    USERS_AND_RELATIVES,
    EXTERNAL;

    /**
     * Whether the roadmap expects someone at this level ("anchoring on all levels of the organisation");
     * external parties (suppliers, other agencies) are optional.
     */
    public boolean expected() {
        return this != EXTERNAL;
    }

    /** The level of a stored name; null for none or a name this version does not know. */
    public static Level byName(String name) {
        for (Level level : values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        return null;
    }

    /** Names of {@code levels} in level order, comma separated (the summary row's form); empty for none. */
    public static String names(java.util.Set<Level> levels) {
        StringBuilder out = new StringBuilder();
        for (Level level : values()) {
            if (levels.contains(level)) {
                (out.isEmpty() ? out : out.append(',')).append(level.name());
            }
        }
        return out.toString();
    }

    /** Every level's name starts with its own letter, so one comparison per name decides (checked when loaded). */
    private static final Level[] BY_FIRST_LETTER = new Level[128];

    static {
        for (Level level : values()) {
            char first = level.name().charAt(0);
            if (first >= 128 || BY_FIRST_LETTER[first] != null) {
                throw new IllegalStateException("Level names must start with distinct ASCII letters: " + level);
            }
            BY_FIRST_LETTER[first] = level;
        }
    }

    /**
     * The levels of {@link #names} as bits ({@code 1 << ordinal}), unknown names left out as in {@link #parse}: read
     * in place, as the portfolio does this for every initiative.
     */
    public static int bits(String names) {
        int bits = 0;
        if (names == null) {
            return bits;
        }
        int start = 0;
        int length = names.length();
        while (start < length) {
            int end = names.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            Level level = start < end ? BY_FIRST_LETTER[names.charAt(start) & 0x7f] : null;
            if (level != null && level.name().length() == end - start && names.startsWith(level.name(), start)) {
                bits |= 1 << level.ordinal();
            }
            start = end + 1;
        }
        return bits;
    }

    /** The levels of {@link #names}; unknown names are left out. */
    public static java.util.EnumSet<Level> parse(String names) {
        java.util.EnumSet<Level> out = java.util.EnumSet.noneOf(Level.class);
        if (names != null && !names.isEmpty()) {
            for (String name : names.split(",")) {
                Level level = byName(name);
                if (level != null) {
                    out.add(level);
                }
            }
        }
        return out;
    }

    public String labelKey() {
        return "roadmap.stakeholder.level." + name();
    }
}
