package no.veikart.roadmap.stakeholder.domain;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders the panel offers. Names are compared with the reader's collator (so "Øyvind" sorts after "Zara" in
 * Norwegian); every order ends on the id, so it is total and stable across reloads.
 *
 * <ul>
 *   <li>{@link Order#LEVEL}: level top to bottom (political first), then name.</li>
 *   <li>{@link Order#ATTITUDE_GAP}: largest gap between wanted and current attitude first, then level, then name.</li>
 *   <li>{@link Order#NEXT_CONTACT}: earliest next contact first, those without one last, then level, then name.</li>
 * </ul>
 */
public final class StakeholderSorting {
    public enum Order {
        LEVEL,
        ATTITUDE_GAP,
        NEXT_CONTACT;

        /** The order named (ignoring case), e.g. from a query parameter; empty when blank or unknown. */
        public static Optional<Order> parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private StakeholderSorting() {
    }

    /**
     * Sorted by {@code order}. Each name's collation key is computed once: comparing with the collator directly
     * normalises both names again in every comparison, which was most of the issue view's time at 200 stakeholders.
     */
    public static List<Stakeholder> sort(Collection<Stakeholder> stakeholders, Order order, Locale locale) {
        Collator collator = collator(locale);
        List<Keyed> keyed = new ArrayList<>(stakeholders.size());
        for (Stakeholder s : stakeholders) {
            keyed.add(new Keyed(s, collator.getCollationKey(nameOf(s))));
        }
        keyed.sort(inOrder(order, Keyed::stakeholder,
                Comparator.comparing(Keyed::name).thenComparingLong(k -> k.stakeholder().id())));
        List<Stakeholder> list = new ArrayList<>(keyed.size());
        keyed.forEach(k -> list.add(k.stakeholder()));
        return List.copyOf(list);
    }

    private record Keyed(Stakeholder stakeholder, CollationKey name) {
    }

    public static Comparator<Stakeholder> comparator(Order order, Locale locale) {
        return inOrder(order, s -> s, byName(locale));
    }

    public static Comparator<Stakeholder> byLevel(Locale locale) {
        return comparator(Order.LEVEL, locale);
    }

    /** The three orders over anything that holds a stakeholder, with {@code byName} as the last word before the id. */
    private static <T> Comparator<T> inOrder(Order order, Function<T, Stakeholder> of, Comparator<T> byName) {
        Comparator<T> byLevel = Comparator.comparing((T t) -> of.apply(t).level()).thenComparing(byName);
        return switch (order) {
            case LEVEL -> byLevel;
            case ATTITUDE_GAP -> Comparator.comparingInt((T t) -> of.apply(t).attitudeGap()).reversed()
                    .thenComparing(byLevel);
            case NEXT_CONTACT -> Comparator.comparing((T t) -> of.apply(t).nextContact(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(byLevel);
        };
    }

    private static Comparator<Stakeholder> byName(Locale locale) {
        Collator collator = collator(locale);
        return Comparator.comparing(StakeholderSorting::nameOf, collator).thenComparingLong(Stakeholder::id);
    }

    private static Collator collator(Locale locale) {
        return Collator.getInstance(locale == null ? Locale.ENGLISH : locale);
    }

    private static String nameOf(Stakeholder s) {
        return s.name() == null ? "" : s.name();
    }
}
