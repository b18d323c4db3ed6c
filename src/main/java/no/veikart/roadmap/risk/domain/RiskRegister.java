package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** One initiative's register at one day: risks in the asked order, the plan, the warnings, and whether the reader may edit. */
public record RiskRegister(InitiativeRef initiative, List<Risk> risks, RiskRepository.ContingencyPlan plan,
        MatrixRegions regions, List<RiskWarning> warnings, boolean editable, LocalDate today) {
    public RiskRegister {
        risks = List.copyOf(risks);
        warnings = List.copyOf(warnings);
    }
}
