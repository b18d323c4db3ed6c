package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Static files under a URL prefix: from directories ({@code node_modules/@atlassian/aui/dist/aui} for AUI,
 * jQuery's dist) or from the sandbox's classpath resources. Paths never leave their root.
 */
final class StaticFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Sub-path prefix (e.g. "/jquery/") to directory; "" is the fallback root. */
    private final transient Map<String, Path> directories = new LinkedHashMap<>();
    private final String classpathRoot;

    StaticFileServlet(Map<String, Path> directories, String classpathRoot) {
        this.directories.putAll(directories);
        this.classpathRoot = classpathRoot;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.contains("..") || path.contains("\\")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Path> file = file(path);
        if (file.isPresent()) {
            resp.setContentType(ContentTypes.of(path));
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setContentLengthLong(Files.size(file.get()));
            Files.copy(file.get(), resp.getOutputStream());
            return;
        }
        if (classpathRoot != null) {
            try (InputStream in = StaticFileServlet.class.getClassLoader()
                    .getResourceAsStream(classpathRoot + path)) {
                if (in != null) {
                    resp.setContentType(ContentTypes.of(path));
                    resp.setHeader("Cache-Control", "no-cache");
                    in.transferTo(resp.getOutputStream());
                    return;
                }
            }
        }
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private Optional<Path> file(String path) {
        for (Map.Entry<String, Path> e : directories.entrySet()) {
            if (e.getKey().isEmpty() || path.startsWith(e.getKey())) {
                String rest = path.substring(e.getKey().isEmpty() ? 0 : e.getKey().length());
                Path root = e.getValue();
                Path candidate = root.resolve(rest.startsWith("/") ? rest.substring(1) : rest).normalize();
                if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
