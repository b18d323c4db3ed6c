package no.veikart.roadmap.testsupport.jersey.good;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import no.veikart.roadmap.testsupport.jersey.Greeting;

/** Built by Jersey: one {@code @Inject} constructor whose parameter is a plugin bean. */
@Path("/injected")
public class InjectedResource {

    private final Greeting greeting;

    @Inject
    public InjectedResource(Greeting greeting) {
        this.greeting = greeting;
    }

    /** For the constructor the host must not pick. */
    public InjectedResource() {
        this(null);
    }

    @GET
    public String get() {
        return greeting.text();
    }
}
