package no.veikart.roadmap.testsupport.jersey.noinject;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import no.veikart.roadmap.testsupport.jersey.Greeting;

/** Spring could autowire this constructor; Jersey/HK2 cannot, for want of {@code @Inject}. */
@Path("/unannotated")
public class UnannotatedResource {

    private final Greeting greeting;

    public UnannotatedResource(Greeting greeting) {
        this.greeting = greeting;
    }

    @GET
    public String get() {
        return greeting.text();
    }
}
