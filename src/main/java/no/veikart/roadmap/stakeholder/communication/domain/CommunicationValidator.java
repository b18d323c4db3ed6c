package no.veikart.roadmap.stakeholder.communication.domain;

import static no.veikart.roadmap.common.domain.FieldChecks.date;
import static no.veikart.roadmap.common.domain.FieldChecks.enumValue;
import static no.veikart.roadmap.common.domain.FieldChecks.strip;
import static no.veikart.roadmap.common.domain.FieldChecks.text;
import static no.veikart.roadmap.common.domain.FieldChecks.throwIfAny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * Turns a draft into a valid entry or a 400 naming every broken field (the shared {@link
 * no.veikart.roadmap.common.domain.FieldChecks}). The audience is exactly one of a level and a stakeholder of the
 * same initiative: none names {@code audienceLevel}, both or a foreign stakeholder names {@code stakeholderId}.
 */
public final class CommunicationValidator {
    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_RESPONSIBLE = 255;
    public static final String AUDIENCE_MISSING = "roadmap.communication.error.audienceMissing";
    public static final String AUDIENCE_BOTH = "roadmap.communication.error.audienceBoth";
    public static final String UNKNOWN_STAKEHOLDER = "roadmap.communication.error.unknownStakeholder";

    /** {@code stakeholderIds}: the initiative's stakeholders, the only ones an entry may address. */
    public Communication validate(CommunicationDraft d, long initiativeId, Set<Long> stakeholderIds, long id, Long contactLogId,
            long version) {
        List<FieldError> errors = new ArrayList<>();
        String rawLevel = strip(d.audienceLevel());
        Level level = enumValue(rawLevel, Level.class, "audienceLevel", "roadmap.communication.field.audience", false, errors);
        Long stakeholderId = d.stakeholderId();
        boolean levelBroken = rawLevel != null && level == null;
        if (levelBroken) {
            // Reported on audienceLevel already; "both" would blame the stakeholder for it.
        } else if (rawLevel == null && stakeholderId == null) {
            errors.add(FieldError.of("audienceLevel", AUDIENCE_MISSING));
        } else if (rawLevel != null && stakeholderId != null) {
            errors.add(FieldError.of("stakeholderId", AUDIENCE_BOTH));
        } else if (stakeholderId != null && !stakeholderIds.contains(stakeholderId)) {
            errors.add(FieldError.of("stakeholderId", UNKNOWN_STAKEHOLDER));
        }
        String message = text(d.message(), "message", "roadmap.communication.field.message", MAX_MESSAGE, true, true, errors);
        Channel channel = enumValue(d.channel(), Channel.class, "channel", "roadmap.communication.field.channel", true, errors);
        LocalDate day = date(d.date(), "date", "roadmap.communication.field.date", true, errors);
        String responsible = text(d.responsible(), "responsible", "roadmap.communication.field.responsible", MAX_RESPONSIBLE,
                false, false, errors);
        CommunicationStatus status = enumValue(d.status(), CommunicationStatus.class, "status",
                "roadmap.communication.field.status", false, errors);
        throwIfAny(errors);
        return new Communication(id, initiativeId, level, level == null ? stakeholderId : null, message, channel, day, responsible,
                status == null ? CommunicationStatus.PLANNED : status, contactLogId, version);
    }
}
