package no.veikart.roadmap.portfolio.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.persistence.AoGainRepository;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.portfolio.domain.InitiativeLevel;
import no.veikart.roadmap.portfolio.domain.MeasuredGain;
import no.veikart.roadmap.portfolio.domain.PortfolioInitiative;
import no.veikart.roadmap.portfolio.domain.PortfolioSource;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;

/**
 * One query per kind of row, each joined to the initiative table and filtered by project key, streamed with
 * {@link ActiveObjects#stream} (read-only rows, only the named columns, no entity cache) so that 100 000 rows cost
 * one round trip and little memory. Long text columns (notes, methods, comments) are never read.
 */
public final class AoPortfolioSource implements PortfolioSource {
    private final ActiveObjects ao;

    public AoPortfolioSource(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void initiatives(Collection<String> projectKeys, Consumer<PortfolioInitiative> sink) {
        Query query = Query.select("ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, SUMMARY, CURRENT_PHASE, STATUS")
                .where("PROJECT_KEY IN (" + placeholders(projectKeys) + ")", projectKeys.toArray());
        ao.stream(InitiativeEntity.class, query, e -> sink.accept(new PortfolioInitiative(e.getID(), e.getIssueId(),
                e.getIssueKey(), e.getProjectKey(), e.getSummary(), e.getCurrentPhase(), e.getStatus())));
    }

    /** One row per initiative and level, not per stakeholder: an initiative with 200 stakeholders gives six. */
    @Override
    public void levelsPresent(Collection<String> projectKeys, Consumer<InitiativeLevel> sink) {
        ao.stream(StakeholderEntity.class, levels(projectKeys, null), e -> sink.accept(initiativeLevel(e)));
    }

    /**
     * The anchoring statuses joined in SQL to their stakeholder's level and initiative. AO's ON clause takes a single
     * equality and its WHERE clause quotes only the column left of an operator, so "status phase = current phase"
     * cannot be a column comparison on PostgreSQL: it is one (status phase = ? AND current phase = ?) pair per phase.
     */
    @Override
    public void levelsAnchored(Collection<String> projectKeys, Collection<String> currentPhases,
            Consumer<InitiativeLevel> sink) {
        if (currentPhases.isEmpty()) {
            return;
        }
        String phases = String.join(" OR ", currentPhases.stream()
                .map(p -> "(a.PHASE_KEY = ? AND i.CURRENT_PHASE = ?)").toList());
        List<Object> params = new ArrayList<>(projectKeys);
        currentPhases.forEach(p -> params.addAll(List.of(p, p)));
        Query query = levels(projectKeys, "a.STATUS = '" + AnchoringStatus.ANCHORED.name() + "' AND (" + phases + ")")
                .alias(AnchoringStatusEntity.class, "a").join(AnchoringStatusEntity.class, "a.STAKEHOLDER_ID = r.ID");
        query.setWhereParams(params.toArray());
        ao.stream(StakeholderEntity.class, query, e -> sink.accept(initiativeLevel(e)));
    }

    /**
     * {@code SELECT DISTINCT r.INITIATIVE_ID AS ID, r.LEVEL_KEY FROM STAKEHOLDER r …}. The stream reads each row's
     * primary key by the name ID, and Active Objects 3.2.11 cannot render an aggregate such as {@code MIN(r.ID)} in a
     * join, so the initiative id travels as the row's ID: see {@link #initiativeLevel}.
     */
    private static Query levels(Collection<String> projectKeys, String condition) {
        return joined(StakeholderEntity.class, "INITIATIVE_ID AS ID, LEVEL_KEY", condition, projectKeys).distinct();
    }

    private static InitiativeLevel initiativeLevel(StakeholderEntity row) {
        return new InitiativeLevel(row.getID(), level(row.getLevelKey()));
    }

    /** With the gain rows' denormalised latest measurement (model version 2, kept in step by the gain repository). */
    @Override
    public void gains(Collection<String> projectKeys, Consumer<MeasuredGain> sink) {
        stream(GainEntity.class, "ID, INITIATIVE_ID, GAIN_TYPE, TITLE, INDICATOR, UNIT_KEY, CURRENCY_CODE, "
                + "BASELINE_VALUE, BASELINE_DATE, TARGET_VALUE, TARGET_DATE, OWNER_KEY, FREQUENCY_KEY, ROW_VERSION, "
                + "LATEST_VALUE, LATEST_MEASURED_ON", null, projectKeys, e -> {
                    Gain gain = AoGainRepository.gain(e);
                    String latest = e.getLatestValue();
                    sink.accept(new MeasuredGain(gain, latest == null ? null : new Measurement(0, gain.id(),
                            new BigDecimal(latest), AoGainRepository.toLocalDate(e.getLatestMeasuredOn()), null, null)));
                });
    }

    @Override
    public void economics(Collection<String> projectKeys, Consumer<Economics> sink) {
        stream(EconomicsEntity.class, "ID, INITIATIVE_ID, HOURLY_RATE, CURRENCY_CODE, DISCOUNT_RATE, HORIZON_YEARS, "
                + "INVESTMENT, RUNNING_COST, TRAINING_HOURS, EMPLOYEES, ROW_VERSION", null, projectKeys,
                e -> sink.accept(AoGainRepository.economics(e)));
    }

    /**
     * {@code SELECT columns FROM entity r JOIN INITIATIVE i ON r.INITIATIVE_ID = i.ID WHERE i.PROJECT_KEY IN (…)}:
     * the project filter stays in the database however many initiatives match.
     */
    private <T extends RawEntity<Integer>> void stream(Class<T> type, String columns, String condition,
            Collection<String> projectKeys, net.java.ao.EntityStreamCallback<T, Integer> callback) {
        ao.stream(type, joined(type, columns, condition == null ? null : "r." + condition, projectKeys), callback);
    }

    private static Query joined(Class<? extends RawEntity<Integer>> type, String columns, String condition,
            Collection<String> projectKeys) {
        String where = "i.PROJECT_KEY IN (" + placeholders(projectKeys) + ")"
                + (condition == null ? "" : " AND " + condition);
        return Query.select(columns).alias(type, "r").alias(InitiativeEntity.class, "i")
                .join(InitiativeEntity.class, "r.INITIATIVE_ID = i.ID").where(where, projectKeys.toArray());
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static Level level(String key) {
        try {
            return key == null ? null : Level.valueOf(key);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
