package no.veikart.roadmap.architecture;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Jira's Velocity leaves the value of a method unescaped when the method's name ends in "Html" or starts with "render"
 * or "getRender" (velocity-htmlsafe's {@code HtmlSafeMethodNameAnnotator}), so {@code $gain.titleHtml()} or
 * {@code $x.renderName} would print user text as HTML in Jira. The sandbox escapes them (it only exempts variables named
 * *html), so the browser XSS corpus cannot see such a hole: no template may call such a method.
 */
public class VelocityHtmlSafeNamesTest {

    private static final Pattern HTML_SAFE_METHOD = Pattern.compile("\\.((?:get)?[Rr]ender\\w*|\\w*[Hh]tml)\\b");

    @Test
    public void noTemplateCallsAMethodThatJiraLeavesUnescaped() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Paths.get("velocity");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".vm")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("##")) {
                        continue;
                    }
                    Matcher m = HTML_SAFE_METHOD.matcher(line);
                    while (m.find()) {
                        found.add(file + ":" + (i + 1) + " ." + m.group(1));
                    }
                }
            }
        }
        assertTrue("templates call methods Jira treats as HTML-safe: " + found, found.isEmpty());
    }

    @Test
    public void theRuleRecognisesTheNamesJiraExempts() {
        for (String reference : List.of("$g.titleHtml()", "$x.bodyHtml", "$x.renderName()", "$x.getRenderedText()")) {
            assertTrue(reference, HTML_SAFE_METHOD.matcher(reference).find());
        }
        for (String reference : List.of("$g.title()", "$s.name()", "$page.html5Ready()", "$contextPath/browse")) {
            assertTrue(reference, !HTML_SAFE_METHOD.matcher(reference).find());
        }
    }
}
