package no.veikart.roadmap.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything else: JSON, never a stack trace; unexpected failures are logged with a reference to quote. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    private final RestSupport rest;

    @Inject
    public UnexpectedErrorMapper(RestSupport rest) {
        this.rest = rest;
    }

    @Override
    public Response toResponse(Throwable e) {
        if (cause(e, RequestLimits.TooLarge.class) != null) {
            return rest.error(413, null, RequestLimits.TOO_LARGE, RequestLimits.MAX_MEGABYTES);
        }
        JsonMappingException mapping = cause(e, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            return rest.error(new RoadmapException.Invalid(FieldError.of(field, "roadmap.error.invalidValue", label(field))), null);
        }
        if (cause(e, JsonProcessingException.class) != null) {
            return rest.error(400, null, "roadmap.error.malformedJson");
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 413) {
                return rest.error(413, null, RequestLimits.TOO_LARGE, RequestLimits.MAX_MEGABYTES);
            }
            return rest.error(status, null, switch (status) {
                case 401 -> "roadmap.error.notLoggedIn";
                case 403 -> "roadmap.error.forbidden";
                case 404 -> "roadmap.error.notFound";
                case 405 -> "roadmap.error.methodNotAllowed";
                case 406 -> "roadmap.error.notAcceptable";
                case 415 -> "roadmap.error.unsupportedMediaType";
                case 400 -> "roadmap.error.malformedJson";
                default -> "roadmap.common.unknownError";
            });
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected REST failure, reference {}", reference, e);
        return rest.error(500, null, "roadmap.common.unknownError");
    }

    /**
     * The label of a JSON field for the message: {@code roadmap.field.<path>} without list indexes, else of its last
     * or first part (statusByPhase.X), else the path itself.
     */
    private String label(String path) {
        String plain = path.replaceAll("\\[\\d+]", "");
        String[] parts = plain.split("\\.");
        for (String candidate : new String[] {plain, parts[parts.length - 1], parts[0]}) {
            if (rest.hasText("roadmap.field." + candidate)) {
                return "roadmap.field." + candidate;
            }
        }
        return path;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
