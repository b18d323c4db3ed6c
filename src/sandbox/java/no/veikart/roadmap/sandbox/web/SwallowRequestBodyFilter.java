package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Reads and drops what a request body still holds once its answer is written, up to 2 MB: Tomcat, under Jira, does
 * the same ({@code maxSwallowSize}, 2 MB by default). Without it Jetty closes a keep-alive connection whose request
 * was answered unread (a 401, 403, 404 or 413 before the body), and a client that has already taken the connection
 * back into its pool sees "no bytes" instead of the answer.
 */
final class SwallowRequestBodyFilter implements Filter {
    static final long MAX_SWALLOW_BYTES = 2L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            swallow(request);
        }
    }

    private static void swallow(ServletRequest request) {
        if (request.getContentLengthLong() == 0 || request.isAsyncStarted()) {
            return;
        }
        try {
            ServletInputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            int n;
            while (read < MAX_SWALLOW_BYTES && (n = in.read(buffer)) > 0) {
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // a reader was used, or the client went away: nothing left to keep the connection for
        }
    }
}
