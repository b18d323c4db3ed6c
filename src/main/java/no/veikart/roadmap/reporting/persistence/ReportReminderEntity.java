package no.veikart.roadmap.reporting.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One status report reminder sent; REMINDER_KEY ("initiativeId:YYYY-MM") is unique, so only one run claims it. */
@Table("REPORT_REMINDER")
public interface ReportReminderEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(40)
    String getReminderKey();

    void setReminderKey(String key);

    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    Date getClaimedAt();

    void setClaimedAt(Date at);
}
