package no.veikart.roadmap.implementation.view;

import java.math.BigDecimal;

public record TrainingView(long id, String date, String dateDisplay, String kind, String kindName, int trained,
        String trainer, BigDecimal hours) {
}
