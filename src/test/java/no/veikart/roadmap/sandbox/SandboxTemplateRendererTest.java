package no.veikart.roadmap.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.templaterenderer.RenderingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veikart.roadmap.sandbox.velocity.SandboxTemplateRenderer;
import no.veikart.roadmap.testsupport.TemplateRow;
import org.junit.Test;

/** The sandbox renders Velocity like Jira: auto-escaping by reference name, strict references, a method allowlist. */
public class SandboxTemplateRendererTest {

    private final SandboxTemplateRenderer renderer = new SandboxTemplateRenderer(Set.of());

    /** Allowlists the accessors of a view record, nothing else. */
    private final SandboxTemplateRenderer allowlisted = new SandboxTemplateRenderer(Set.of(
            TemplateRow.class.getName() + "#name()", TemplateRow.class.getName() + "#count()"));

    private String render(String fragment, Map<String, Object> context) {
        return renderer.renderFragment(fragment, new HashMap<>(context));
    }

    @Test
    public void escapesEveryReferenceExceptScalarsNamedHtml() {
        Map<String, Object> ctx = Map.of("name", "<b>&", "bodyHtml", "<p>ok</p>", "rowHtml", new TemplateRow("<i>", 1));
        assertEquals("&lt;b&gt;&amp;", render("$name", ctx));
        assertEquals("<p>ok</p>", render("$bodyHtml", ctx));
        assertEquals("<p>ok</p>", render("$!{bodyHtml}", ctx));
        assertEquals("&lt;i&gt;", allowlisted.renderFragment("$rowHtml.name()", new HashMap<>(ctx)));
    }

    @Test
    public void undefinedReferencesAndNullOutputFail() {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("nothing", null);
        assertThrows(RenderingException.class, () -> render("$typo", ctx));
        assertThrows(RenderingException.class, () -> render("$nothing", ctx));
        assertEquals("", render("$!nothing", ctx));
        assertEquals("no", render("#if($typo)yes#{else}no#end", ctx));
    }

    @Test
    public void allowlistedAccessorsOfThePluginsOwnClassesRender() {
        Map<String, Object> ctx = new HashMap<>(Map.of("row", new TemplateRow("a<b", 2)));
        assertEquals("a&lt;b 2", allowlisted.renderFragment("$row.name() $row.count()", ctx));
        assertEquals(List.of(), allowlisted.allowlistRefusals());
    }

    @Test
    public void aCallThatIsNotAllowlistedRendersNothingAndLogsJirasLine() {
        Map<String, Object> ctx = new HashMap<>(Map.of("row", new TemplateRow("a", 2), "s", "abc", "list", List.of(1, 2)));
        assertEquals("[][][][]", allowlisted.renderFragment("[$row.secret()][$s.substring(1)][$list.size()][$s.class]",
                ctx));
        assertEquals("no", allowlisted.renderFragment("#if($row.secret())yes#{else}no#end", ctx));
        assertEquals(List.of(
                "Method needs allowlisting: " + TemplateRow.class.getName() + "#secret()",
                "Method needs allowlisting: java.lang.String#substring(int)",
                "Method needs allowlisting: java.util.List#size()",
                "Method needs allowlisting: java.lang.Object#getClass()",
                "Method needs allowlisting: " + TemplateRow.class.getName() + "#secret()"), allowlisted.allowlistRefusals());
    }

    @Test
    public void foreachOverAListIsNotAMethodCall() {
        Map<String, Object> ctx = new HashMap<>(Map.of("rows", List.of(new TemplateRow("x", 1), new TemplateRow("y", 2))));
        assertEquals("x1y2", allowlisted.renderFragment("#foreach($r in $rows)$r.name()$r.count()#end", ctx));
        assertEquals(List.of(), allowlisted.allowlistRefusals());
    }

    @Test
    public void onlyThePluginsOwnTopLevelClassesInJirasFormCanBeAllowlisted() {
        for (String wrong : List.of("java.lang.String#length()", "no.veikart.roadmap.sandbox.Sandbox#stop()",
                "no.veikart.roadmap.Foo#bar", "no.veikart.roadmap.Foo.bar()", "no.veikart.roadmap.Foo#bar(String, int)",
                "no.veikart.roadmap.Outer$Inner#name()")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new SandboxTemplateRenderer(Set.of(wrong)));
            assertThat(e.getMessage(), containsString(wrong));
        }
    }
}
