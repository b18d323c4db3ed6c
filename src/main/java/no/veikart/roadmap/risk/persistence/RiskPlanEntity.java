package no.veikart.roadmap.risk.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The contingency plan of one initiative ("if the technology, supplier or organisation fails"). */
@Preload
@Table("RISK_PLAN")
public interface RiskPlanEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(StringLength.UNLIMITED)
    String getPlanText();

    void setPlanText(String text);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
