package no.veikart.roadmap.initiative.domain;

import java.util.List;

/**
 * The portfolio read model's write side: every repository that changes what a summary row shows calls
 * {@link #refresh} inside the transaction of that change, so the row commits or rolls back with it and is never
 * behind.
 */
public interface InitiativeFigures {
    InitiativeFigures NONE = new InitiativeFigures() {
        @Override
        public void refresh(long initiativeId) {
        }

        @Override
        public Rebuild rebuild() {
            return new Rebuild(0, List.of());
        }
    };

    /** Recomputes the initiative's row from the source rows (deletes it when the initiative is gone). */
    void refresh(long initiativeId);

    /** Recomputes every row, a transaction per chunk, and names the initiatives whose stored row was different. */
    Rebuild rebuild();

    /**
     * @param checked rows recomputed
     * @param different initiative ids whose stored row differed (or was missing, or had no initiative), now repaired
     */
    record Rebuild(int checked, List<Long> different) {
        public Rebuild {
            different = List.copyOf(different);
        }
    }
}
