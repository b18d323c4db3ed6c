package no.veikart.roadmap.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.GateBlockedException;

/** Use-case failures to status codes with localised JSON; a blocked gate also lists its open steps. */
@Provider
public class RoadmapExceptionMapper implements ExceptionMapper<RoadmapException> {
    private final RestSupport rest;

    @Inject
    public RoadmapExceptionMapper(RestSupport rest) {
        this.rest = rest;
    }

    @Override
    public Response toResponse(RoadmapException e) {
        List<?> missing = null;
        if (e instanceof GateBlockedException blocked) {
            missing = blocked.missingSteps().stream()
                    .map(s -> new MissingStep(s.issue().key(), s.stepKey(),
                            s.customName() != null ? s.customName() : rest.text(s.nameKey())))
                    .toList();
        }
        return rest.error(e, missing);
    }

    public record MissingStep(String key, String stepKey, String name) {
    }
}
