package no.veikart.roadmap.reporting.web;

import java.util.List;

/** The initiative's organisational unit on the status report panel: its label ("" for none), version and the choices. */
public record UnitPanelView(String label, long version, boolean editable, boolean hasOptions, List<UnitOptionView> options) {
}
