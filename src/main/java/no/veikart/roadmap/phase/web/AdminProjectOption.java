package no.veikart.roadmap.phase.web;

import java.util.List;
import no.veikart.roadmap.phase.view.TemplateView;

public record AdminProjectOption(String key, String name) {
}
