package no.veikart.roadmap.phase.web;

public record AdminProjectOption(String key, String name) {
}
