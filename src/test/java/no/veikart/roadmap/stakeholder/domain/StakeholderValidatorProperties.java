package no.veikart.roadmap.stakeholder.domain;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** The numeric ranges and text limits hold for any input, not just the examples. */
class StakeholderValidatorProperties {
    private final StakeholderValidator validator = new StakeholderValidator();

    private List<String> failingFields(StakeholderDraft d) {
        try {
            validator.validateNew(d, 1, Stakeholders.PHASES);
            return List.of();
        } catch (RoadmapException.Invalid e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Property(tries = 300)
    boolean attitudeIsAcceptedExactlyWithinMinusTwoToTwo(@ForAll @IntRange(min = -50, max = 50) int attitude,
            @ForAll @IntRange(min = -50, max = 50) int influence) {
        StakeholderDraft d = Stakeholders.with(Stakeholders.with(Stakeholders.valid(), "attitude", attitude),
                "influence", influence);
        List<String> fields = failingFields(d);
        boolean attitudeOk = attitude >= -2 && attitude <= 2;
        boolean influenceOk = influence >= 1 && influence <= 5;
        return fields.contains("attitude") != attitudeOk && fields.contains("influence") != influenceOk
                && fields.size() == (attitudeOk ? 0 : 1) + (influenceOk ? 0 : 1);
    }

    @Property(tries = 300)
    boolean acceptedNamesAreStrippedAndWithinTheLimit(@ForAll @StringLength(max = 300) String name) {
        StakeholderDraft d = Stakeholders.with(Stakeholders.valid(), "name", name);
        try {
            Stakeholder s = validator.validateNew(d, 1, Stakeholders.PHASES);
            return s.name().equals(s.name().strip()) && !s.name().isEmpty() && s.name().length() <= 255
                    && s.name().chars().noneMatch(Character::isISOControl);
        } catch (RoadmapException.Invalid e) {
            return e.errors().size() == 1 && e.errors().get(0).field().equals("name");
        }
    }
}
