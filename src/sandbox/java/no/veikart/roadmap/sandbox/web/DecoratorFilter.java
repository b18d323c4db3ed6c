package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's SiteMesh decoration for plugin servlet pages: an HTML page with
 * {@code <meta name="decorator" content="atl.admin|atl.general|…">} gets the Jira chrome (header, AUI, web
 * resources of {@code atl.general} plus {@code atl.admin} for admin decorators); its {@code <title>}, the rest of
 * its {@code <head>} and its {@code <body>} content are kept. Other responses pass through untouched.
 */
final class DecoratorFilter implements Filter {

    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=[\"']decorator[\"']\\s+content=[\"']([^\"']*)[\"']\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>(.*)</body>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY_CLASS = Pattern.compile("class=[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    private final PageLayout layout;

    DecoratorFilter(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        Capture capture = new Capture(resp);
        chain.doFilter(request, capture);
        byte[] bytes = capture.bytes();
        String type = capture.getContentType();
        if (capture.committedElsewhere || type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            write(resp, bytes);
            return;
        }
        Charset charset = Charset.forName(capture.getCharacterEncoding() == null ? "UTF-8"
                : capture.getCharacterEncoding());
        String html = new String(bytes, charset);
        Matcher decorator = DECORATOR.matcher(html);
        Matcher body = BODY.matcher(html);
        if (!decorator.find() || !body.find()) {
            write(resp, bytes);
            return;
        }
        Matcher title = TITLE.matcher(html);
        Matcher head = HEAD.matcher(html);
        String headContent = head.find() ? head.group(1) : "";
        headContent = TITLE.matcher(DECORATOR.matcher(headContent).replaceAll("")).replaceAll("");
        Matcher bodyClass = BODY_CLASS.matcher(body.group(1));
        List<String> contexts = new ArrayList<>();
        if (decorator.group(1).contains("admin")) {
            contexts.add("atl.admin");
        }
        layout.write((HttpServletRequest) request, resp, capture.status,
                new Page(title.find() ? title.group(1).trim() : "", bodyClass.find() ? bodyClass.group(1) : "",
                        contexts, headContent, body.group(2)));
    }

    private static void write(HttpServletResponse resp, byte[] bytes) throws IOException {
        if (bytes.length > 0) {
            resp.getOutputStream().write(bytes);
        }
    }

    /** Buffers the servlet's output; redirects and errors go straight through. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        private boolean committedElsewhere;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            committedElsewhere = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc) throws IOException {
            committedElsewhere = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            committedElsewhere = true;
            super.sendError(sc, msg);
        }

        @Override
        public void setContentLength(int len) {
            // The decorated page has another length.
        }

        @Override
        public void setContentLengthLong(long len) {
            // As above.
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer,
                        enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc)));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("async output is not captured");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
