package no.veikart.roadmap.stakeholder.domain;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    public static List<Stakeholder> sort(Collection<Stakeholder> stakeholders, Order order, Locale locale) {
        List<Stakeholder> list = new ArrayList<>(stakeholders);
        list.sort(comparator(order, locale));
        return List.copyOf(list);
    }

    public static Comparator<Stakeholder> comparator(Order order, Locale locale) {
        return switch (order) {
            case LEVEL -> byLevel(locale);
            case ATTITUDE_GAP -> byAttitudeGap(locale);
            case NEXT_CONTACT -> byNextContact(locale);
        };
    }

    public static Comparator<Stakeholder> byLevel(Locale locale) {
        return Comparator.comparing(Stakeholder::level).thenComparing(byName(locale));
    }

    public static Comparator<Stakeholder> byAttitudeGap(Locale locale) {
        return Comparator.comparingInt(Stakeholder::attitudeGap).reversed().thenComparing(byLevel(locale));
    }

    public static Comparator<Stakeholder> byNextContact(Locale locale) {
        return Comparator.comparing(Stakeholder::nextContact, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(byLevel(locale));
    }

    private static Comparator<Stakeholder> byName(Locale locale) {
        Collator collator = Collator.getInstance(locale == null ? Locale.ENGLISH : locale);
        return Comparator.comparing((Stakeholder s) -> s.name() == null ? "" : s.name(), collator)
                .thenComparingLong(Stakeholder::id);
    }
}
