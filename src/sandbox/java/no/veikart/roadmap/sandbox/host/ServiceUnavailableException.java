package no.veikart.roadmap.sandbox.host;

/**
 * What a call through an {@code availability="optional"} reference throws while no service backs it, named and worded
 * like Gemini Blueprint's {@code org.eclipse.gemini.blueprint.service.ServiceUnavailableException} ("service matching
 * filter=[…] unavailable"), which the proxy throws once {@code timeout} ms have passed without a service
 * (eclipse-gemini/gemini.blueprint core: {@code ServiceDynamicInterceptor}, {@code RetryTemplate}: no wait when the
 * timeout is 0). The plugin cannot import that class, so it recognises the failure by its simple name.
 */
public final class ServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
