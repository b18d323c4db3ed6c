package no.veikart.roadmap.sandbox.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import no.veikart.roadmap.sandbox.auth.JsonErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host-level error mapping in the contract's JSON shape, so nothing answers with an HTML page or a stack trace.
 * The plugin's own {@code @Provider} mappers win for the exception types they declare (JAX-RS picks the closest).
 */
final class ErrorMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    private ErrorMappers() {
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

        @jakarta.ws.rs.core.Context
        private jakarta.servlet.http.HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            Object xsrf = request == null ? null : request.getAttribute(XsrfFilter.FAILURE);
            if (xsrf != null && (r.getStatus() == 415 || r.getStatus() == 405)) {
                LOG.warn("XSRF check failed for {} {}: {}", request.getMethod(), request.getRequestURI(), xsrf);
                return XsrfFilter.forbidden();
            }
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
