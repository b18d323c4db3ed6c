package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.gain.view.GainFieldSummaryView;
import no.veikart.roadmap.sandbox.host.CustomFieldModules;
import no.veikart.roadmap.sandbox.velocity.HtmlEscaping;
import no.veikart.roadmap.testsupport.FieldTypeHost;
import org.junit.Test;

/**
 * The Gains field's edit resource shows one text an administrator typed, the field's name: with every payload of the XSS
 * corpus as that name, the rendered label holds exactly the escaped payload (no markup gets in, nothing is escaped
 * twice). Server-side, because the edit screen has only this one text and one name at a time.
 */
public class GainFieldEditXssTest {

    private static final Pattern LABEL = Pattern.compile("<label>(.*?)</label>", Pattern.DOTALL);

    @Test
    public void everyCorpusPayloadAsTheFieldNameIsShownAsText() {
        XssCorpus corpus = XssCorpus.load();
        Map<String, Object> params = new HashMap<>();
        params.put("summary", new GainFieldSummaryView(2, "2 gains", new BigDecimal("67.9"), "67.9%", "AT_RISK",
                "At risk", "2021-12-31", "31.12.2021", false));
        @SuppressWarnings("unchecked")
        CustomFieldType<Object, Object> type = mock(CustomFieldType.class);
        when(type.getVelocityParameters(any(), any(), any())).thenAnswer(call -> Map.copyOf(params));
        CustomFieldModules host = FieldTypeHost.host(
                "<resource type=\"velocity\" name=\"edit\" location=\"velocity/gain/field-edit.vm\"/>", type);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String payload = corpus.text(XssCorpus.Field.GAIN_TITLE, i);
            params.put("gainFieldName", payload);
            params.put("gainFieldEditHint", payload);
            String html = host.edit(mock(CustomField.class), type, mock(Issue.class)).html();
            Matcher label = LABEL.matcher(html);
            if (!label.find() || !label.group(1).equals(HtmlEscaping.escape(payload))) {
                failures.add(i + ": " + html);
            }
            assertTrue(html, html.contains("<div class=\"description\">" + HtmlEscaping.escape(payload) + "</div>"));
        }
        assertEquals(String.join("\n", failures), List.of(), failures);
        assertTrue(corpus.size() > 20);
    }
}
