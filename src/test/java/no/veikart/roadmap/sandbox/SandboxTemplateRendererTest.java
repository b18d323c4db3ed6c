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
import org.junit.Test;

/** The sandbox renders Velocity like Jira: auto-escaping by reference name, strict references, a method allowlist. */
public class SandboxTemplateRendererTest {

    private final SandboxTemplateRenderer renderer = new SandboxTemplateRenderer(Set.of());

    private String render(String fragment, Map<String, Object> context) {
        return renderer.renderFragment(fragment, new HashMap<>(context));
    }

    @Test
    public void escapesEveryReferenceExceptScalarsNamedHtml() {
        Map<String, Object> ctx = Map.of("name", "<b>&", "bodyHtml", "<p>ok</p>", "map", Map.of("itemHtml", "<i>"));
        assertEquals("&lt;b&gt;&amp;", render("$name", ctx));
        assertEquals("<p>ok</p>", render("$bodyHtml", ctx));
        assertEquals("<p>ok</p>", render("$!{bodyHtml}", ctx));
        assertEquals("&lt;i&gt;", render("$map.itemHtml", ctx));
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
    public void jdkValueTypesAreAllowedButNotReflection() {
        Map<String, Object> ctx = Map.of("s", "abc", "list", List.of(1, 2));
        assertEquals("3 2 ABC", render("$s.length() $list.size() $s.toUpperCase()", ctx));
        RenderingException e = assertThrows(RenderingException.class, () -> render("$s.getClass().getName()", ctx));
        assertThat(e.getMessage(), containsString("Method needs allowlisting: java.lang.Object#getClass()"));
    }
}
