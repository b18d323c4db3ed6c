package no.veikart.roadmap.portfolio.fivestream;

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





import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;

/**
 * One query per kind of row, each joined to the initiative table and filtered by project key, streamed with
 * {@link ActiveObjects#stream} (read-only rows, only the named columns, no entity cache) so that 100 000 rows cost
 * one round trip and little memory. Long text columns (notes, methods, comments) are never read.
 */
public final class AoFiveStreamSource implements FiveStreamSource {
    private final ActiveObjects ao;

    public AoFiveStreamSource(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void initiatives(Collection<String> projectKeys, Consumer<PortfolioInitiative> sink) {
        Query query = Query.select("ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, SUMMARY, CURRENT_PHASE, STATUS")
                .where("PROJECT_KEY IN (" + placeholders(projectKeys) + ")", projectKeys.toArray());
        ao.stream(InitiativeEntity.class, query, e -> sink.accept(new PortfolioInitiative(e.getID(), e.getIssueId(),
                e.getIssueKey(), e.getProjectKey(), e.getSummary(), e.getCurrentPhase(), e.getStatus())));
    }

    @Override
    public void stakeholders(Collection<String> projectKeys, Consumer<StakeholderLevel> sink) {
        stream(StakeholderEntity.class, "ID, INITIATIVE_ID, LEVEL_KEY", null, projectKeys,
                e -> sink.accept(new StakeholderLevel(e.getID(), e.getInitiativeId(), level(e.getLevelKey()))));
    }

    @Override
    public void anchored(Collection<String> projectKeys, Consumer<AnchoredIn> sink) {
        stream(AnchoringStatusEntity.class, "ID, STAKEHOLDER_ID, INITIATIVE_ID, PHASE_KEY",
                "STATUS = '" + AnchoringStatus.ANCHORED.name() + "'", projectKeys,
                e -> sink.accept(new AnchoredIn(e.getStakeholderId(), e.getInitiativeId(), e.getPhaseKey())));
    }

    /**
     * With the gain rows' denormalised latest measurement (model version 2, kept in step by the gain repository): one
     * query and one row per gain, not a second pass over the gain table.
     */
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
        List<Object> params = new ArrayList<>(projectKeys);
        String where = "i.PROJECT_KEY IN (" + placeholders(projectKeys) + ")"
                + (condition == null ? "" : " AND r." + condition);
        Query query = Query.select(columns).alias(type, "r").alias(InitiativeEntity.class, "i")
                .join(InitiativeEntity.class, "r.INITIATIVE_ID = i.ID").where(where, params.toArray());
        ao.stream(type, query, callback);
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
