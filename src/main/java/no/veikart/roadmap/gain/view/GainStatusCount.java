package no.veikart.roadmap.gain.view;

/** How many of an initiative's gains have a status, with the status's AUI lozenge class. */
public record GainStatusCount(String status, String lozenge, int count) {
}
