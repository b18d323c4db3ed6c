package no.veikart.roadmap.testsupport.jersey.twoinject;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import no.veikart.roadmap.testsupport.jersey.Greeting;

/** Two {@code @Inject} constructors: HK2 refuses the class. */
@Provider
public class TwoInjectProvider implements ContainerRequestFilter {

    @Inject
    public TwoInjectProvider(Greeting greeting) {
    }

    @Inject
    public TwoInjectProvider() {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // nothing to filter
    }
}
