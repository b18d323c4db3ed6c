package no.veikart.roadmap.initiative.domain;

import java.util.List;

/** Every initiative's id, ascending: what a rebuild of the read model walks. Provided by the phase feature. */
@FunctionalInterface
public interface InitiativeIds {
    List<Long> all();
}
