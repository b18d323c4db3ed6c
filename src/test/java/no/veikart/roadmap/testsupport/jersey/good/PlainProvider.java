package no.veikart.roadmap.testsupport.jersey.good;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Built by Jersey: its only constructor is public and takes nothing. */
@Provider
public class PlainProvider implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // nothing to filter
    }
}
