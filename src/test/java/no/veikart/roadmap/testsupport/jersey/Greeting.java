package no.veikart.roadmap.testsupport.jersey;

/** A plugin bean the REST fixtures depend on. */
public final class Greeting {

    public String text() {
        return "hello";
    }
}
