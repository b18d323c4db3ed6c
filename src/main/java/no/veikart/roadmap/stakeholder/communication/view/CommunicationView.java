package no.veikart.roadmap.stakeholder.communication.view;

/**
 * One entry as REST answers it and the panel shows it: the contract's fields (api.md) and, for readers, the names
 * in their language. {@code audienceName} is the level's name or the stakeholder's ("removed stakeholder" when gone);
 * {@code canLog} says the entry may be logged into the stakeholder's contact log now.
 */
public record CommunicationView(long id, String audienceLevel, Long stakeholderId, String message, String channel, String date,
        String responsible, String status, long version, String audienceName, String channelName, String statusName,
        String dateDisplay, boolean overdue, boolean logged, Long contactLogId, boolean canLog) {
}
