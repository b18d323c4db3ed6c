package no.veikart.roadmap.stakeholder.communication.domain;

import java.time.LocalDate;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * One entry of an initiative's communication plan: who is told (a whole organisational level or one stakeholder,
 * exactly one of the two), what, how, when and by whom, and whether it happened. {@code contactLogId} is the
 * contact-log entry it was logged as (null until then); {@code id} 0 is unsaved.
 */
public record Communication(long id, long initiativeId, Level audienceLevel, Long stakeholderId, String message,
        Channel channel, LocalDate date, String responsible, CommunicationStatus status, Long contactLogId, long version) {

    public Communication {
        if ((audienceLevel == null) == (stakeholderId == null)) {
            throw new IllegalArgumentException("exactly one of audienceLevel and stakeholderId");
        }
    }

    public boolean logged() {
        return contactLogId != null;
    }

    /** Planned and its date has passed: it should have happened (or be marked done or cancelled). */
    public boolean overdue(LocalDate today) {
        return status == CommunicationStatus.PLANNED && date.isBefore(today);
    }

    public Communication withId(long newId, long newVersion) {
        return new Communication(newId, initiativeId, audienceLevel, stakeholderId, message, channel, date, responsible, status,
                contactLogId, newVersion);
    }

    public Communication withContactLog(long logId, long newVersion) {
        return new Communication(id, initiativeId, audienceLevel, stakeholderId, message, channel, date, responsible, status,
                logId, newVersion);
    }
}
