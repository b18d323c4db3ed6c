package no.veikart.roadmap.portfolio.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** The features' portfolio sections, in the order of the Spring list that names them. */
public final class PortfolioSections {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
    /** The gadget's own sections: a feature may not take their names. */
    private static final Set<String> BUILT_IN = Set.of("phases", "gains", "anchoring", "overdue");

    private final Map<String, PortfolioSection> byName;

    public PortfolioSections(List<PortfolioSection> sections) {
        Map<String, PortfolioSection> byName = new LinkedHashMap<>();
        for (PortfolioSection section : sections) {
            String name = section.name();
            if (name == null || !NAME.matcher(name).matches() || BUILT_IN.contains(name)) {
                throw new IllegalArgumentException("bad portfolio section name: " + name);
            }
            if (byName.putIfAbsent(name, section) != null) {
                throw new IllegalArgumentException("two portfolio sections named " + name);
            }
        }
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static PortfolioSections none() {
        return new PortfolioSections(List.of());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The section names a request asks for: all when {@code wanted} is null, else those named (in the sections'
     * order). An unknown name is a 400 naming {@code sections}.
     */
    public List<String> chosen(Set<String> wanted) {
        if (wanted == null) {
            return names();
        }
        for (String name : wanted) {
            if (!byName.containsKey(name)) {
                throw new RoadmapException.Invalid(List.of(FieldError.of("sections",
                        "roadmap.portfolio.error.section", name.length() > 40 ? name.substring(0, 40) + '…' : name)));
            }
        }
        return byName.keySet().stream().filter(wanted::contains).toList();
    }

    /** The figures of the {@code chosen} sections for these initiatives, by section name in order. */
    public Map<String, Object> figures(List<String> chosen, List<PortfolioInitiative> initiatives, LocalDate today) {
        if (chosen.isEmpty()) {
            return Map.of();
        }
        List<PortfolioInitiative> counted = Collections.unmodifiableList(initiatives);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : chosen) {
            out.put(name, byName.get(name).figures(counted, today));
        }
        return Collections.unmodifiableMap(out);
    }
}
