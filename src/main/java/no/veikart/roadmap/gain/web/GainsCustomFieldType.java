package no.veikart.roadmap.gain.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.HashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.GainOverview;
import no.veikart.roadmap.gain.domain.GainsFieldValue;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.TemplateTexts;
import no.veikart.roadmap.gain.view.GainFieldSummaryView;
import no.veikart.roadmap.gain.view.GainPlanView;

/**
 * The "Gains" custom field type: a calculated field (nothing stored by Jira) whose value is read from the gain data of
 * the initiative issue every time Jira shows it, through the same use case and permission rules as the gains panel
 * (browse to see). On any other issue, for an
 * anonymous reader, or for an issue the reader may not browse, the value is null and the templates render nothing.
 *
 * <p>Velocity parameters: {@code i18n}; on an initiative also {@code summary} (the field's
 * {@link no.veikart.roadmap.gain.view.GainFieldSummaryView}) and {@code gainFieldId}, the field's DOM id; for the edit
 * screen {@code gainFieldName} (the field's name, as an administrator typed it) and {@code gainFieldEditHint}. The view
 * shows the summary line and links to the gains panel, which has the cards and dialogs; the overview is read once per
 * request for the field and the panel together ({@link GainOverviews}).
 */
public class GainsCustomFieldType extends CalculatedCFType<GainsFieldValue, GainsFieldValue> {
    static final String DOM_PREFIX = "roadmap-gainfield-";
    static final String FIELD_NAME = "gainFieldName";
    static final String EDIT_HINT = "gainFieldEditHint";

    private final GainOverviews gains;
    private final GainViews views;
    private final JiraUsers users;
    private final Texts texts;

    public GainsCustomFieldType(GainOverviews gains, GainViews views, JiraUsers users, Texts texts) {
        this.gains = gains;
        this.views = views;
        this.users = users;
        this.texts = texts;
    }

    @Override
    public GainsFieldValue getValueFromIssue(CustomField field, Issue issue) {
        GainOverview overview = overview(users.currentActor(), issue);
        return overview == null ? null : GainsFieldValue.of(overview);
    }

    @Override
    public String getStringFromSingularObject(GainsFieldValue value) {
        return value == null ? null : value.toText();
    }

    @Override
    public GainsFieldValue getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return GainsFieldValue.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException("Not a value of the Gains field: " + e.getMessage());
        }
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = new HashMap<>();
        Actor actor = users.currentActor();
        if (actor == null) {
            return params;
        }
        params.put("i18n", new TemplateTexts(texts, actor.locale()));
        GainOverview overview = overview(actor, issue);
        if (overview != null) {
            params.put("summary", views.field(GainsFieldValue.of(overview), actor.locale()));
            params.put("gainFieldId", DOM_PREFIX + (field == null ? "default" : String.valueOf(field.getIdAsLong())));
            // For the edit screen (field-edit.vm): plain strings, so the template calls nothing for them.
            params.put(FIELD_NAME, field == null ? "" : field.getName());
            params.put(EDIT_HINT, texts.text(actor.locale(), "roadmap.gain.field.editHint"));
        }
        return params;
    }

    /** The gains of {@code issue} when it is an initiative the actor may browse, else null. */
    private GainOverview overview(Actor actor, Issue issue) {
        if (actor == null || issue == null || issue.getKey() == null) {
            return null;
        }
        try {
            // Phase and step issues show their initiative's gains in the panel, but the field belongs to the initiative.
            return issue.getId() == null ? null
                    : gains.ofInitiativeIssue(actor, issue.getKey(), issue.getId()).orElse(null);
        } catch (RoadmapException e) {
            return null;
        }
    }
}
