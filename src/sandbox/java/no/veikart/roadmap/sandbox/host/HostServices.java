package no.veikart.roadmap.sandbox.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the host (Jira) exports to plugins, by interface: what {@code <osgi:reference interface=…>}
 * resolves against, as Jira exposes host components as OSGi services of the system bundle.
 */
public final class HostServices {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices register(Class<T> type, T implementation) {
        services.put(type, type.cast(implementation));
        return this;
    }

    /** The service registered under exactly this interface: what an {@code <osgi:reference>} gets. */
    public Optional<Object> exact(Class<?> type) {
        return Optional.ofNullable(services.get(type));
    }

    /** Stops offering the service (a host without it: tests of optional references). */
    public void withdraw(Class<?> type) {
        services.remove(type);
    }

    /** The service registered for exactly this interface, or else the only one implementing it. */
    public Optional<Object> find(Class<?> type) {
        Object exact = services.get(type);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Object> matches = new ArrayList<>();
        for (Object s : services.values()) {
            if (type.isInstance(s) && !matches.contains(s)) {
                matches.add(s);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    public <T> Optional<T> get(Class<T> type) {
        return find(type).map(type::cast);
    }

    public List<Class<?>> types() {
        return new ArrayList<>(services.keySet());
    }
}
