package no.veikart.roadmap.reporting.domain;

/** A report is written as a draft and published once; a published report never changes. */
public enum ReportState {
    DRAFT,
    PUBLISHED
}
