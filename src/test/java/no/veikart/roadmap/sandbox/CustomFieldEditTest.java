package no.veikart.roadmap.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.math.BigDecimal;
import java.util.Map;
import no.veikart.roadmap.gain.view.GainFieldSummaryView;
import no.veikart.roadmap.sandbox.host.CustomFieldModules;
import no.veikart.roadmap.testsupport.FieldTypeHost;
import org.junit.Test;

/**
 * A field of the plugin's own type on an edit screen: the sandbox renders the type's {@code edit} resource, and a type
 * without one gets the error box, where Jira would leave a field with no content.
 */
public class CustomFieldEditTest {

    private static final String VIEW = "<resource type=\"velocity\" name=\"view\" location=\"velocity/gain/field-column.vm\"/>";
    private static final String EDIT = "<resource type=\"velocity\" name=\"edit\" location=\"velocity/gain/field-edit.vm\"/>";

    private static final GainFieldSummaryView SUMMARY = new GainFieldSummaryView(2, "2 gains", new BigDecimal("67.9"),
            "67.9%", "AT_RISK", "At risk", "2021-12-31", "31.12.2021", false);

    private final CustomFieldType<?, ?> type = type();

    @Test
    public void aTypeWithoutAnEditResourceShowsTheErrorBoxOnTheEditScreen() {
        CustomFieldModules.Rendered html = FieldTypeHost.host(VIEW, type).edit(mock(CustomField.class), type,
                mock(Issue.class));

        assertTrue(html.failed());
        assertThat(html.html(), containsString("no &lt;resource type=&quot;velocity&quot; name=&quot;edit&quot;&gt;"));
    }

    @Test
    public void theGainsEditResourceShowsTheLabelSummaryAndHintWithoutAnInput() {
        CustomFieldModules.Rendered html = FieldTypeHost.host(VIEW + EDIT, type).edit(mock(CustomField.class), type,
                mock(Issue.class));

        assertFalse(html.html(), html.failed());
        assertThat(html.html(), containsString("<label>Gains</label>"));
        assertThat(html.html(), containsString("<div class=\"description\">Edited in the panel.</div>"));
        assertThat(html.html(), containsString("data-gains=\"2\" data-status=\"AT_RISK\">2 gains · 67.9% · "
                + "<span class=\"aui-lozenge aui-lozenge-moved\">At risk</span>"));
        assertThat(html.html(), not(containsString("<input")));
    }

    @SuppressWarnings("unchecked")
    private static CustomFieldType<?, ?> type() {
        CustomFieldType<Object, Object> type = mock(CustomFieldType.class);
        when(type.getVelocityParameters(any(), any(), any())).thenReturn(Map.of("gainFieldName", "Gains",
                "gainFieldEditHint", "Edited in the panel.", "summary", SUMMARY));
        return type;
    }
}
