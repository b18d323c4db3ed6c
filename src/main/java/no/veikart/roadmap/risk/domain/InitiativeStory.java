package no.veikart.roadmap.risk.domain;

import java.time.Instant;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;

/** What the handover page tells of an initiative's way through the phases, read through the phase feature's use cases. */
public interface InitiativeStory {
    Story story(Actor actor, String issueKey);

    /** {@code moves} oldest first; phase keys, never names (the view names them in the reader's language). */
    record Story(String issueKey, String summary, String currentPhase, List<Move> moves) {
        public Story {
            moves = List.copyOf(moves);
        }
    }

    /** One phase move: from, to, when, who, and the decision or reason given (override reason included). */
    record Move(String from, String to, Instant at, String by, String decision, String reason) {
    }
}
