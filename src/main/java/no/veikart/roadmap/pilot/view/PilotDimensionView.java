package no.veikart.roadmap.pilot.view;

import java.util.List;

/** An evaluation dimension with the method's guiding questions and the current round's rating (0: none) and text. */
public record PilotDimensionView(String field, String name, List<String> questions, int rating, String text) {
    public PilotDimensionView {
        questions = List.copyOf(questions);
    }
}
