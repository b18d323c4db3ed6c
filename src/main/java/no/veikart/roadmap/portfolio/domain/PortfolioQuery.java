package no.veikart.roadmap.portfolio.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.Currency;

/**
 * What the dashboard asks: projects (none = all the caller may browse) or a saved filter (its initiatives only), and
 * the currency to sum money in (none = the one most gains are in), and the features' sections wanted (null = all of
 * them, see {@link PortfolioSection}). Parsed once, at the boundary.
 */
public record PortfolioQuery(List<String> projectKeys, Currency currency, Long filterId, Set<String> sections) {
    public static final int MAX_PROJECTS = 500;
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Pattern FILTER_ID = Pattern.compile("[1-9][0-9]{0,17}");

    public PortfolioQuery {
        projectKeys = List.copyOf(projectKeys);
        sections = sections == null ? null : Set.copyOf(sections);
        if (filterId != null && !projectKeys.isEmpty()) {
            throw new IllegalArgumentException("projects or a saved filter, not both");
        }
    }

    public PortfolioQuery(List<String> projectKeys, Currency currency, Long filterId) {
        this(projectKeys, currency, filterId, null);
    }

    public PortfolioQuery(List<String> projectKeys, Currency currency) {
        this(projectKeys, currency, null, null);
    }

    /** From the request parameters: {@code projects} comma separated, {@code currency} a code such as DKK. */
    public static PortfolioQuery parse(String projects, String currency) {
        return parse(projects, currency, null);
    }

    /**
     * As {@link #parse(String, String)}, with a saved filter's id ({@code filterId}, digits). A filter and projects
     * together are refused: the gadget asks for one or the other, and silently intersecting them would surprise.
     */
    public static PortfolioQuery parse(String projects, String currency, String filterId) {
        return parse(projects, currency, filterId, null);
    }

    /**
     * As {@link #parse(String, String, String)}, with the features' sections wanted ({@code sections}, comma
     * separated; absent = all, empty = none). Names are checked against the sections that exist by the service.
     */
    public static PortfolioQuery parse(String projects, String currency, String filterId, String sections) {
        List<FieldError> errors = new ArrayList<>();
        Long filter = null;
        if (filterId != null && !filterId.isBlank()) {
            if (FILTER_ID.matcher(filterId.strip()).matches()) {
                filter = Long.valueOf(filterId.strip());
            } else {
                errors.add(FieldError.of("filterId", "roadmap.portfolio.error.filterId", filterId.strip()));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        if (projects != null) {
            for (String part : projects.split(",", -1)) {
                String key = part.strip().toUpperCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                if (!PROJECT_KEY.matcher(key).matches()) {
                    errors.add(FieldError.of("projects", "roadmap.portfolio.error.projectKey", part.strip()));
                    break;
                }
                keys.add(key);
            }
        }
        if (filterId != null && !filterId.isBlank() && !keys.isEmpty()) {
            errors.add(FieldError.of("filterId", "roadmap.portfolio.error.filterAndProjects"));
        }
        if (keys.size() > MAX_PROJECTS) {
            errors.add(FieldError.of("projects", "roadmap.portfolio.error.tooManyProjects", MAX_PROJECTS));
        }
        Currency parsed = null;
        if (currency != null && !currency.isBlank()) {
            try {
                parsed = Currency.valueOf(currency.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("currency", "roadmap.portfolio.error.currency", currency.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        Set<String> wanted = null;
        if (sections != null) {
            wanted = new LinkedHashSet<>();
            for (String part : sections.split(",", -1)) {
                if (!part.isBlank()) {
                    wanted.add(part.strip());
                }
            }
        }
        return new PortfolioQuery(new ArrayList<>(keys), parsed, filter, wanted);
    }
}
