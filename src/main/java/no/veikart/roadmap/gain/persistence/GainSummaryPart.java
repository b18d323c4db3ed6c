package no.veikart.roadmap.gain.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.SummaryPart;

/**
 * The gain columns of an initiative's summary row: two indexed queries (gains with their denormalised latest
 * measurement, economics), never the measurement table.
 */
public class GainSummaryPart implements SummaryPart {
    private static final String GAIN_COLUMNS = "ID, INITIATIVE_ID, GAIN_TYPE, TITLE, INDICATOR, UNIT_KEY, CURRENCY_CODE, "
            + "BASELINE_VALUE, BASELINE_DATE, TARGET_VALUE, TARGET_DATE, OWNER_KEY, FREQUENCY_KEY, ROW_VERSION, "
            + "LATEST_VALUE, LATEST_MEASURED_ON";

    private final ActiveObjects ao;
    private final GainCalculator calculator;

    public GainSummaryPart(ActiveObjects ao, GainCalculator calculator) {
        this.ao = ao;
        this.calculator = calculator;
    }

    @Override
    public InitiativeSummary fill(InitiativeSummary row) {
        GainFigures figures = figures(row.initiativeId());
        return row.withGains(figures.moneyText(), figures.hoursText(), figures.duesText());
    }

    GainFigures figures(long initiativeId) {
        List<Gain> gains = new ArrayList<>();
        Map<Long, Measurement> latest = new HashMap<>();
        for (GainEntity e : ao.find(GainEntity.class,
                Query.select(GAIN_COLUMNS).where("INITIATIVE_ID = ?", initiativeId).order("ID ASC"))) {
            Gain gain = AoGainRepository.gain(e);
            gains.add(gain);
            if (e.getLatestValue() != null && e.getLatestMeasuredOn() != null) {
                latest.put(gain.id(), new Measurement(0, gain.id(), new BigDecimal(e.getLatestValue()),
                        AoGainRepository.toLocalDate(e.getLatestMeasuredOn()), null, null));
            }
        }
        EconomicsEntity[] economics = ao.find(EconomicsEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId).order("ID ASC"));
        Economics first = economics.length == 0 ? null : AoGainRepository.economics(economics[0]);
        return GainFigures.of(gains, latest, first, calculator);
    }
}
