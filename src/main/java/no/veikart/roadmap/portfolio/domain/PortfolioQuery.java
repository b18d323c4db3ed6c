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
 * What the dashboard asks: projects (none = all the caller may browse) and the currency to sum money in (none = the
 * one most gains are in). Parsed once, at the boundary.
 */
public record PortfolioQuery(List<String> projectKeys, Currency currency) {
    public static final int MAX_PROJECTS = 500;
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    public PortfolioQuery {
        projectKeys = List.copyOf(projectKeys);
    }

    /** From the request parameters: {@code projects} comma separated, {@code currency} a code such as DKK. */
    public static PortfolioQuery parse(String projects, String currency) {
        return parse(projects, currency, null);
    }

    /**
     * As {@link #parse(String, String)}; a saved filter ({@code filterId}) is refused with a named error until the
     * portfolio can run Jira searches: counting all projects instead would show figures the filter does not select.
     */
    public static PortfolioQuery parse(String projects, String currency, String filterId) {
        List<FieldError> errors = new ArrayList<>();
        if (filterId != null && !filterId.isBlank()) {
            errors.add(FieldError.of("filterId", "roadmap.portfolio.error.filterUnsupported"));
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
        return new PortfolioQuery(new ArrayList<>(keys), parsed);
    }
}
