package no.veikart.roadmap.risk.domain;

import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;

/** The initiative's HUKI matrix as the handover page prints it, read through the roles feature's use cases. */
public interface ResponsibilityMatrix {
    /** One line per procedure: who holds which letter, in the reader's language; empty without a matrix. */
    List<Line> lines(Actor actor, String issueKey, Locale locale);

    record Line(String procedure, String assignments) {
    }
}
