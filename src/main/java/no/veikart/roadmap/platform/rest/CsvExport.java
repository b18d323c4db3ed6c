package no.veikart.roadmap.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** What every {@code GET /export/*.csv} shares: the {@code projects} parameter and the download response. */
public final class CsvExport {
    /** More project keys than this in one export are ignored (a request names a handful). */
    public static final int MAX_PROJECTS = 100;

    private CsvExport() {
    }

    /** {@code projects=A,B}: required (400 naming the field), split and trimmed, at most {@link #MAX_PROJECTS}. */
    public static List<String> projectKeys(String projects) {
        if (projects == null || projects.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of("projects", "roadmap.error.required", "roadmap.field.projects"));
        }
        return Arrays.stream(projects.split(",")).map(String::strip).filter(s -> !s.isEmpty()).limit(MAX_PROJECTS)
                .toList();
    }

    /** The CSV ({@link CsvWriter}) as an attachment named {@code <name>-<day>.csv}. */
    public static Response download(String name, LocalDate day, Locale locale, List<String> header,
            List<List<String>> lines) {
        StreamingOutput body = out -> CsvWriter.write(out, locale, header, lines);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + day + ".csv\"").build();
    }

    /** As {@link #download(String, LocalDate, Locale, List, List)}, dated today (UTC). */
    public static Response download(String name, Locale locale, List<String> header, List<List<String>> lines) {
        return download(name, LocalDate.now(ZoneOffset.UTC), locale, header, lines);
    }
}
