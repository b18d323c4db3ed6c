package no.veikart.roadmap.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request of this plugin needs more than a few kilobytes: bodies over {@value #MAX_MEGABYTES} MB are refused with
 * 413 before matching and before they are read, when announced by {@code Content-Length}; a streamed body stops at the
 * limit while it is read (then {@link UnexpectedErrorMapper} answers 413).
 */
@Provider
@PreMatching
public class RequestLimits implements ContainerRequestFilter {
    public static final int MAX_MEGABYTES = 1;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    static final String TOO_LARGE = "roadmap.error.bodyTooLarge";

    private final RestSupport rest;

    @Inject
    public RequestLimits(RestSupport rest) {
        this.rest = rest;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(rest.error(413, null, TOO_LARGE, MAX_MEGABYTES));
        } else if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    /** The body went past the limit while being read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("Request body over " + MAX_BYTES + " bytes");
        }
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
