package no.veikart.roadmap.gain.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.Economics;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.MeasurementSchedule;
import no.veikart.roadmap.gain.domain.MeasurementAdded;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/**
 * Gains, measurements and economics in three tables. Reading an initiative's plan is three indexed queries however
 * many gains and measurements it has. Decimals are stored as {@link BigDecimal#toPlainString()} text so that nothing
 * is rounded; dates as midnight UTC so a date never shifts with the server's time zone.
 */
public class AoGainRepository implements GainRepository {
    /** Keeps IN lists well under every database's parameter limit. */
    private static final int CHUNK = 500;
    private static final String GAIN_CLAIM = "gain";
    private static final String ECONOMICS_CLAIM = "gainEconomics";

    private final ActiveObjects ao;
    private final RevisionClaims claims;
    private final InitiativeFigures figures;

    public AoGainRepository(ActiveObjects ao) {
        this(ao, InitiativeFigures.NONE);
    }

    /** {@code figures} is told of every change inside its transaction (the portfolio read model). */
    public AoGainRepository(ActiveObjects ao, InitiativeFigures figures) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.figures = figures;
    }

    // ---- gains ----------------------------------------------------------------------------------------------------

    @Override
    public List<Gain> findByInitiative(long initiativeId) {
        List<Gain> gains = new ArrayList<>();
        for (GainEntity e : ao.find(GainEntity.class, Query.select().where("INITIATIVE_ID = ?", initiativeId).order("ID ASC"))) {
            gains.add(gain(e));
        }
        return gains;
    }

    @Override
    public List<Gain> findByInitiatives(Collection<Long> initiativeIds) {
        return inChunks(initiativeIds, (in, params) -> {
            List<Gain> gains = new ArrayList<>();
            for (GainEntity e : ao.find(GainEntity.class, Query.select().where(in, params).order("ID ASC"))) {
                gains.add(gain(e));
            }
            return gains;
        });
    }

    @Override
    public int countByInitiative(long initiativeId) {
        return ao.count(GainEntity.class, "INITIATIVE_ID = ?", initiativeId);
    }

    @Override
    public Optional<Gain> find(long id) {
        GainEntity[] rows = ao.find(GainEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(gain(rows[0]));
    }

    @Override
    public List<Gain> findByIds(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<Gain> gains = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String in = "ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            for (GainEntity e : ao.find(GainEntity.class, Query.select().where(in, chunk.toArray()))) {
                gains.add(gain(e));
            }
        }
        return gains;
    }

    @Override
    public Gain create(Gain g) {
        return claims.write(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("INITIATIVE_ID", g.initiativeId());
            row.put("ROW_VERSION", 0L);
            row.put("MEASUREMENT_COUNT", 0);
            GainEntity entity = ao.create(GainEntity.class, row);
            write(entity, g, 0);
            figures.refresh(g.initiativeId());
            return gain(entity);
        });
    }

    @Override
    public Gain update(Gain changed, long expectedVersion) {
        return claims.write(() -> {
            GainEntity entity = current(changed.id(), expectedVersion);
            claims.claim(GAIN_CLAIM, changed.id(), expectedVersion + 1);
            write(entity, changed, expectedVersion + 1);
            figures.refresh(entity.getInitiativeId());
            return gain(entity);
        });
    }

    @Override
    public void delete(long id, long expectedVersion) {
        claims.write(() -> {
            GainEntity entity = current(id, expectedVersion);
            claims.claim(GAIN_CLAIM, id, expectedVersion + 1);
            long initiativeId = entity.getInitiativeId();
            ao.deleteWithSQL(MeasurementEntity.class, "GAIN_ID = ?", id);
            ao.delete(entity);
            figures.refresh(initiativeId);
            return null;
        });
    }

    // ---- measurements ---------------------------------------------------------------------------------------------

    @Override
    public List<Measurement> findMeasurements(long gainId) {
        return measurements(ao.find(MeasurementEntity.class,
                Query.select().where("GAIN_ID = ?", gainId).order("MEASURED_ON ASC, ID ASC")));
    }

    @Override
    public List<Measurement> findMeasurementsByInitiatives(Collection<Long> initiativeIds) {
        return inChunks(initiativeIds, (in, params) -> measurements(ao.find(MeasurementEntity.class,
                Query.select().where(in, params).order("MEASURED_ON ASC, ID ASC"))));
    }

    @Override
    public int countMeasurements(long gainId) {
        return ao.count(MeasurementEntity.class, "GAIN_ID = ?", gainId);
    }

    @Override
    public MeasurementAdded addMeasurement(Measurement m, long expectedVersion) {
        return claims.write(() -> {
            GainEntity gain = current(m.gainId(), expectedVersion);
            claims.claim(GAIN_CLAIM, m.gainId(), expectedVersion + 1);
            Map<String, Object> row = new HashMap<>();
            row.put("GAIN_ID", m.gainId());
            row.put("INITIATIVE_ID", gain.getInitiativeId());
            row.put("MEASURED_VALUE", m.value().toPlainString());
            row.put("MEASURED_ON", toDate(m.date()));
            row.put("RECORDED_BY", m.recordedByKey());
            row.put("COMMENT_TEXT", m.comment());
            MeasurementEntity entity = ao.create(MeasurementEntity.class, row);
            refreshLatest(gain);
            gain.setRowVersion(expectedVersion + 1);
            gain.save();
            figures.refresh(gain.getInitiativeId());
            return new MeasurementAdded(gain(gain), m.withId(entity.getID()));
        });
    }

    @Override
    public Gain deleteMeasurement(long gainId, long measurementId, long expectedVersion) {
        return claims.write(() -> {
            GainEntity gain = current(gainId, expectedVersion);
            if (ao.count(MeasurementEntity.class, "ID = ? AND GAIN_ID = ?", measurementId, gainId) == 0) {
                throw new RoadmapException.NotFound();
            }
            claims.claim(GAIN_CLAIM, gainId, expectedVersion + 1);
            ao.deleteWithSQL(MeasurementEntity.class, "ID = ? AND GAIN_ID = ?", measurementId, gainId);
            refreshLatest(gain);
            gain.setRowVersion(expectedVersion + 1);
            gain.save();
            figures.refresh(gain.getInitiativeId());
            return gain(gain);
        });
    }

    // ---- follow-up reminders ---------------------------------------------------------------------------------------

    /** One query for all gains: each gain row carries the date of its latest measurement. */
    @Override
    public List<MeasurementSchedule> findMeasurementSchedules() {
        List<MeasurementSchedule> schedules = new ArrayList<>();
        for (GainEntity e : ao.find(GainEntity.class, Query.select().order("ID ASC"))) {
            schedules.add(new MeasurementSchedule(gain(e), toLocalDate(e.getLatestMeasuredOn())));
        }
        return schedules;
    }

    // ---- economics ------------------------------------------------------------------------------------------------

    @Override
    public Optional<Economics> findEconomics(long initiativeId) {
        EconomicsEntity[] rows = ao.find(EconomicsEntity.class, Query.select().where("INITIATIVE_ID = ?", initiativeId).order("ID ASC"));
        return rows.length == 0 ? Optional.empty() : Optional.of(economics(rows[0]));
    }

    @Override
    public Map<Long, Economics> findEconomicsByInitiatives(Collection<Long> initiativeIds) {
        Map<Long, Economics> byInitiative = new LinkedHashMap<>();
        inChunks(initiativeIds, (in, params) -> {
            List<Economics> found = new ArrayList<>();
            for (EconomicsEntity e : ao.find(EconomicsEntity.class, Query.select().where(in, params).order("ID ASC"))) {
                found.add(economics(e));
            }
            return found;
        }).forEach(e -> byInitiative.putIfAbsent(e.initiativeId(), e));
        return byInitiative;
    }

    @Override
    public Economics saveEconomics(Economics economics, Long expectedVersion) {
        return claims.write(() -> {
            EconomicsEntity[] rows = ao.find(EconomicsEntity.class,
                    Query.select().where("INITIATIVE_ID = ?", economics.initiativeId()).order("ID ASC"));
            EconomicsEntity entity;
            long version;
            if (expectedVersion == null) {
                if (rows.length > 0) {
                    throw RoadmapException.Conflict.staleVersion();
                }
                // Two nodes creating the first economics of one initiative collide on this claim.
                claims.claim(ECONOMICS_CLAIM, economics.initiativeId(), 0);
                Map<String, Object> row = new HashMap<>();
                row.put("INITIATIVE_ID", economics.initiativeId());
                row.put("HORIZON_YEARS", economics.horizonYears());
                row.put("EMPLOYEES", economics.employees());
                row.put("ROW_VERSION", 0L);
                entity = ao.create(EconomicsEntity.class, row);
                version = 0;
            } else {
                if (rows.length == 0 || rows[0].getRowVersion() != expectedVersion) {
                    throw RoadmapException.Conflict.staleVersion();
                }
                entity = rows[0];
                version = expectedVersion + 1;
                claims.claim(ECONOMICS_CLAIM, economics.initiativeId(), version);
            }
            entity.setHourlyRate(text(economics.hourlyRate()));
            entity.setCurrencyCode(economics.currency().name());
            entity.setDiscountRate(text(economics.discountRatePercent()));
            entity.setHorizonYears(economics.horizonYears());
            entity.setInvestment(text(economics.investment()));
            entity.setRunningCost(text(economics.yearlyRunningCost()));
            entity.setTrainingHours(text(economics.trainingHoursPerEmployee()));
            entity.setEmployees(economics.employees());
            entity.setRowVersion(version);
            entity.save();
            figures.refresh(economics.initiativeId());
            return economics(entity);
        });
    }

    // ---- mapping --------------------------------------------------------------------------------------------------

    private GainEntity current(long id, long expectedVersion) {
        GainEntity entity = ao.get(GainEntity.class, Math.toIntExact(id));
        if (entity == null || entity.getRowVersion() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return entity;
    }

    /**
     * Sets the gain's denormalised latest measurement from the measurement table, in the caller's transaction (the
     * caller saves): the greatest date, ties by the greatest id (the later entry); the count includes every row.
     * Two indexed queries, whatever changed, so an edit of any measurement keeps the columns right too.
     */
    private void refreshLatest(GainEntity gain) {
        int gainId = gain.getID();
        MeasurementEntity[] latest = ao.find(MeasurementEntity.class, Query.select()
                .where("GAIN_ID = ? AND MEASURED_ON IS NOT NULL", gainId).order("MEASURED_ON DESC, ID DESC").limit(1));
        gain.setLatestValue(latest.length == 0 ? null : latest[0].getMeasuredValue());
        gain.setLatestMeasuredOn(latest.length == 0 ? null : latest[0].getMeasuredOn());
        gain.setMeasurementCount(ao.count(MeasurementEntity.class, "GAIN_ID = ?", gainId));
    }

    private static void write(GainEntity e, Gain g, long version) {
        e.setGainType(g.type().name());
        e.setTitle(g.title());
        e.setIndicator(g.indicator());
        e.setUnitKey(g.unit().name());
        e.setCurrencyCode(g.currency() == null ? null : g.currency().name());
        e.setBaselineValue(text(g.baselineValue()));
        e.setBaselineDate(toDate(g.baselineDate()));
        e.setTargetValue(text(g.targetValue()));
        e.setTargetDate(toDate(g.targetDate()));
        e.setOwnerKey(g.ownerKey());
        e.setMeasureMethod(g.method());
        e.setFrequencyKey(g.frequency().name());
        e.setRowVersion(version);
        e.save();
    }

    /** Shared with reports that stream gains (the portfolio); reads every column but the measure method if unselected. */
    public static Gain gain(GainEntity e) {
        return new Gain(e.getID(), e.getInitiativeId(), GainType.valueOf(e.getGainType()), e.getTitle(), e.getIndicator(),
                Unit.valueOf(e.getUnitKey()), e.getCurrencyCode() == null ? null : Currency.valueOf(e.getCurrencyCode()),
                decimal(e.getBaselineValue()), toLocalDate(e.getBaselineDate()), decimal(e.getTargetValue()),
                toLocalDate(e.getTargetDate()), e.getOwnerKey(), e.getMeasureMethod(), Frequency.valueOf(e.getFrequencyKey()),
                e.getRowVersion());
    }

    private static List<Measurement> measurements(MeasurementEntity[] rows) {
        List<Measurement> list = new ArrayList<>(rows.length);
        for (MeasurementEntity e : rows) {
            list.add(new Measurement(e.getID(), e.getGainId(), decimal(e.getMeasuredValue()), toLocalDate(e.getMeasuredOn()),
                    e.getRecordedBy(), e.getCommentText()));
        }
        return list;
    }

    public static Economics economics(EconomicsEntity e) {
        return new Economics(e.getInitiativeId(), decimal(e.getHourlyRate()), Currency.valueOf(e.getCurrencyCode()),
                decimal(e.getDiscountRate()), e.getHorizonYears(), decimal(e.getInvestment()), decimal(e.getRunningCost()),
                decimal(e.getTrainingHours()), e.getEmployees(), e.getRowVersion());
    }

    /** {@code INITIATIVE_ID IN (?, …)} in chunks of {@value #CHUNK}; the results are concatenated. */
    private static <T> List<T> inChunks(Collection<Long> initiativeIds, BiFunction<String, Object[], List<T>> query) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        List<T> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            all.addAll(query.apply(in, chunk.toArray()));
        }
        return all;
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static BigDecimal decimal(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    static Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
