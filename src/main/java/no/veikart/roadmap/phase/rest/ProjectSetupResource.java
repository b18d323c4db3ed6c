package no.veikart.roadmap.phase.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.veikart.roadmap.phase.domain.ProjectSetup;
import no.veikart.roadmap.phase.domain.ProjectSetupService;
import no.veikart.roadmap.platform.rest.RestSupport;

@Path("/projects/{projectKey}/setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class ProjectSetupResource {
    private final ProjectSetupService setup;
    private final RestSupport rest;

    @Inject
    public ProjectSetupResource(ProjectSetupService setup, RestSupport rest) {
        this.setup = setup;
        this.rest = rest;
    }

    @POST
    @AdminOnly
    public ProjectSetup.Report setUp(@PathParam("projectKey") String projectKey) {
        return setup.setUp(rest.actor(), projectKey);
    }
}
