package no.veikart.roadmap.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;

/** What every resource needs: the caller as an actor, and errors as localised JSON. */
public class RestSupport {
    private final JiraUsers users;
    private final Texts texts;

    public RestSupport(JiraUsers users, Texts texts) {
        this.users = users;
        this.texts = texts;
    }

    /** The logged-in caller; 401 when anonymous (the access annotations should have stopped them already). */
    public Actor actor() {
        Actor actor = users.currentActor();
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        return actor;
    }

    public Locale locale() {
        Actor actor = users.currentActor();
        return actor == null ? Locale.ENGLISH : actor.locale();
    }

    public String text(String key, Object... args) {
        return texts.text(locale(), key, args);
    }

    public Response error(RoadmapException e, List<?> missingSteps) {
        List<ErrorBody.Item> items = e.errors().stream().map(this::item).toList();
        return json(statusOf(e), new ErrorBody(items, missingSteps));
    }

    /** The HTTP status of a use-case failure, for REST and pages alike (api.md). */
    public static int statusOf(RoadmapException e) {
        if (e instanceof RoadmapException.Invalid) {
            return 400;
        } else if (e instanceof RoadmapException.NotAuthenticated) {
            return 401;
        } else if (e instanceof RoadmapException.Forbidden) {
            return 403;
        } else if (e instanceof RoadmapException.NotFound) {
            return 404;
        }
        return 409;
    }

    public Response error(int status, String field, String key, Object... args) {
        return json(status, new ErrorBody(List.of(new ErrorBody.Item(field, text(key, args), key)), null));
    }

    /** Whether the plugin has a text for the key (e.g. a field label {@code roadmap.field.x}). */
    public boolean hasText(String key) {
        return texts.has(key);
    }

    /** An optional whole-number query parameter such as {@code ?version=3}; 400 naming it when it is not one. */
    public static Long optionalLong(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new RoadmapException.Invalid(FieldError.of(field, "roadmap.error.notAWholeNumber", "roadmap.field." + field));
        }
    }

    private ErrorBody.Item item(FieldError error) {
        return new ErrorBody.Item(error.field(), texts.text(locale(), error.key(), error.args().toArray()), error.key());
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
