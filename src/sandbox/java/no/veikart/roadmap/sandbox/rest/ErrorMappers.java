package no.veikart.roadmap.sandbox.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.sandbox.auth.JsonErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fallback error mapping in the contract's JSON shape, so nothing answers with an HTML page or a stack trace. Each
 * is registered only when no plugin {@code @Provider} mapper already covers its exception type (JAX-RS would
 * otherwise prefer the closer host mapper over, say, the plugin's {@code ExceptionMapper<Throwable>}).
 */
final class ErrorMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    private ErrorMappers() {
    }

    /** The host mappers whose exception type none of the plugin's mapper types covers. */
    static List<ExceptionMapper<?>> notCoveredBy(List<Class<?>> pluginMapperTypes) {
        List<ExceptionMapper<?>> all = List.of(new BadJson(), new Http(), new Unexpected());
        List<ExceptionMapper<?>> needed = new ArrayList<>();
        for (ExceptionMapper<?> host : all) {
            Class<?> handled = handledType(host.getClass());
            boolean covered = pluginMapperTypes.stream().anyMatch(p -> p.isAssignableFrom(handled));
            if (!covered) {
                needed.add(host);
            }
        }
        return needed;
    }

    /** {@code X} of a class implementing {@code ExceptionMapper<X>} (Throwable when not declared directly). */
    static Class<?> handledType(Class<?> mapper) {
        for (Class<?> c = mapper; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == ExceptionMapper.class) {
                    Type arg = ((ParameterizedType) t).getActualTypeArguments()[0];
                    if (arg instanceof Class) {
                        return (Class<?>) arg;
                    }
                }
            }
        }
        return Throwable.class;
    }

    /** Malformed JSON or JSON that does not fit the DTO (e.g. unknown properties): 400. */
    static final class BadJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return AccessFilter.error(Response.Status.BAD_REQUEST, "Invalid JSON: " + e.getOriginalMessage(),
                    JsonErrors.KEY_BAD_JSON);
        }
    }

    /** JAX-RS errors (404 for unknown paths, 405, 415 ...) keep their status; an entity set by the plugin stays. */
    static final class Http implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            String key = r.getStatus() == 404 ? JsonErrors.KEY_NOT_FOUND
                    : r.getStatus() == 403 ? JsonErrors.KEY_FORBIDDEN
                    : r.getStatus() == 401 ? JsonErrors.KEY_UNAUTHENTICATED : "roadmap.error.http" + r.getStatus();
            return Response.status(r.getStatus()).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .entity(JsonErrors.body(r.getStatusInfo().getReasonPhrase(), key)).build();
        }
    }

    /** Anything else is a bug: 500 without details (they go to the log). */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.error("Unhandled exception in a REST resource", e);
            return AccessFilter.error(Response.Status.INTERNAL_SERVER_ERROR,
                    "Internal error: " + e.getClass().getSimpleName() + " (details in the sandbox log)",
                    JsonErrors.KEY_INTERNAL);
        }
    }
}
