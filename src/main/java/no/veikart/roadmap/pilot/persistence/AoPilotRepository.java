package no.veikart.roadmap.pilot.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.pilot.domain.Dimension;
import no.veikart.roadmap.pilot.domain.Observation;
import no.veikart.roadmap.pilot.domain.Participants;
import no.veikart.roadmap.pilot.domain.PilotEvaluation;
import no.veikart.roadmap.pilot.domain.PilotPlan;
import no.veikart.roadmap.pilot.domain.PilotRepository;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.Rating;
import no.veikart.roadmap.pilot.domain.Recommendation;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/**
 * Pilot rounds and logs in two tables filtered by their indexed INITIATIVE_ID. A round save claims
 * {@code pilot<round>:<initiative>:<version>} first, so two first saves of the same round (or two saves of one
 * version) collide in the database on any node, and only then writes the row.
 */
public class AoPilotRepository implements PilotRepository {
    private static final int CHUNK = 500;
    private static final String BY_INITIATIVE = "INITIATIVE_ID = ?";

    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoPilotRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public List<PilotRound> rounds(long initiativeId) {
        return Arrays.stream(ao.find(PilotRoundEntity.class,
                Query.select().where(BY_INITIATIVE, initiativeId).order("ROUND_NO ASC"))).map(AoPilotRepository::round).toList();
    }

    @Override
    public List<PilotRound> rounds(Collection<Long> initiativeIds) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        List<PilotRound> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            Arrays.stream(ao.find(PilotRoundEntity.class, Query.select().where(in, chunk.toArray()).order("ROUND_NO ASC")))
                    .map(AoPilotRepository::round).forEach(all::add);
        }
        return all;
    }

    @Override
    public PilotRound save(PilotRound round, long expectedVersion) {
        return claims.write(() -> {
            PilotRoundEntity[] rows = ao.find(PilotRoundEntity.class,
                    Query.select().where("INITIATIVE_ID = ? AND ROUND_NO = ?", round.initiativeId(), round.round()));
            long stored = rows.length == 0 ? 0 : rows[0].getRowVersion();
            if (stored != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            claims.claim("pilot" + round.round(), round.initiativeId(), expectedVersion + 1);
            PilotRoundEntity e = rows.length == 0 ? ao.create(PilotRoundEntity.class, Map.of("INITIATIVE_ID",
                    round.initiativeId(), "ROUND_NO", round.round(), "ROW_VERSION", expectedVersion + 1)) : rows[0];
            write(e, round);
            e.setRowVersion(expectedVersion + 1);
            e.save();
            return round(e);
        });
    }

    @Override
    public void claimNewGain(long initiativeId, int round, long roundVersion, String title) {
        // The claim key holds numbers only: the title goes in as its hash (a collision only refuses a second title).
        long titleHash = title.toLowerCase(java.util.Locale.ROOT).hashCode() & 0xffffffffL;
        claims.write(() -> {
            claims.claim("pilotGain" + round + "v" + roundVersion, initiativeId, titleHash);
            return null;
        });
    }

    private static void write(PilotRoundEntity e, PilotRound round) {
        PilotPlan p = round.plan();
        e.setDraft(round.draft());
        e.setGoals(p.goals());
        e.setScope(p.scope());
        e.setStartDate(toDate(p.startDate()));
        e.setEndDate(toDate(p.endDate()));
        e.setUsersCount(p.participants().users());
        e.setEmployeesCount(p.participants().employees());
        e.setThirdPartiesCount(p.participants().thirdParties());
        e.setParticipants(p.participants().text());
        e.setInformation(p.information());
        e.setCompetence(p.competence());
        e.setErrorHandling(p.errorHandling());
        e.setGainIds(p.measuredGainIds().isEmpty() ? null
                : String.join(",", p.measuredGainIds().stream().map(String::valueOf).toList()));
        e.setMeasurement(p.measurementText());
        e.setObservation(p.observation());
        e.setDocumentation(p.documentation());
        PilotEvaluation v = round.evaluation();
        e.setPeopleRating(v == null ? null : v.people().rating());
        e.setPeopleText(v == null ? null : v.people().text());
        e.setOrgRating(v == null ? null : v.organisation().rating());
        e.setOrgText(v == null ? null : v.organisation().text());
        e.setTechRating(v == null ? null : v.technology().rating());
        e.setTechText(v == null ? null : v.technology().text());
        e.setGainsRating(v == null ? null : v.gains().rating());
        e.setGainsText(v == null ? null : v.gains().text());
        e.setNewGains(v == null ? null : v.newGains());
        e.setCostAdjustments(v == null ? null : v.costAdjustments());
        e.setRecommendation(v == null ? null : v.recommendation().name());
        e.setReasons(v == null ? null : v.reasons());
        e.setEvaluatedBy(v == null ? null : v.byKey());
        e.setEvaluatedAt(v == null || v.at() == null ? null : Date.from(v.at()));
    }

    private static PilotRound round(PilotRoundEntity e) {
        List<Long> gainIds = e.getGainIds() == null || e.getGainIds().isBlank() ? List.of()
                : Arrays.stream(e.getGainIds().split(",")).map(String::strip).map(Long::valueOf).toList();
        PilotPlan plan = new PilotPlan(e.getGoals(), e.getScope(), toLocalDate(e.getStartDate()), toLocalDate(e.getEndDate()),
                new Participants(e.getUsersCount(), e.getEmployeesCount(), e.getThirdPartiesCount(), e.getParticipants()),
                e.getInformation(), e.getCompetence(), e.getErrorHandling(), gainIds, e.getMeasurement(), e.getObservation(),
                e.getDocumentation());
        PilotEvaluation evaluation = e.getRecommendation() == null ? null
                : new PilotEvaluation(rating(e.getPeopleRating(), e.getPeopleText()), rating(e.getOrgRating(), e.getOrgText()),
                        rating(e.getTechRating(), e.getTechText()), rating(e.getGainsRating(), e.getGainsText()),
                        e.getNewGains(), e.getCostAdjustments(), Recommendation.valueOf(e.getRecommendation()), e.getReasons(),
                        e.getEvaluatedBy(), e.getEvaluatedAt() == null ? null : e.getEvaluatedAt().toInstant());
        return new PilotRound(e.getInitiativeId(), e.getRoundNo(), plan, e.isDraft(), evaluation, e.getRowVersion());
    }

    private static Rating rating(Integer value, String text) {
        return new Rating(value == null ? Rating.MIN : value, text);
    }

    @Override
    public List<Observation> observations(long initiativeId) {
        return Arrays.stream(ao.find(PilotObservationEntity.class,
                Query.select().where(BY_INITIATIVE, initiativeId).order("ROUND_NO ASC, OBSERVED_ON ASC, ID ASC")))
                .map(AoPilotRepository::observation).toList();
    }

    @Override
    public Observation add(Observation o) {
        Map<String, Object> row = new HashMap<>();
        row.put("INITIATIVE_ID", o.initiativeId());
        row.put("ROUND_NO", o.round());
        row.put("OBSERVED_ON", toDate(o.date()));
        row.put("DIMENSION", o.dimension().name());
        return ao.executeInTransaction(() -> {
            PilotObservationEntity e = ao.create(PilotObservationEntity.class, row);
            e.setText(o.text());
            e.setAuthorKey(o.authorKey());
            e.setCreatedAt(o.createdAt() == null ? null : Date.from(o.createdAt()));
            e.save();
            return observation(e);
        });
    }

    @Override
    public Optional<Observation> observation(long initiativeId, long id) {
        PilotObservationEntity[] rows = ao.find(PilotObservationEntity.class,
                Query.select().where("ID = ? AND INITIATIVE_ID = ?", id, initiativeId));
        return rows.length == 0 ? Optional.empty() : Optional.of(observation(rows[0]));
    }

    @Override
    public void delete(Observation o) {
        ao.deleteWithSQL(PilotObservationEntity.class, "ID = ? AND INITIATIVE_ID = ?", o.id(), o.initiativeId());
    }

    private static Observation observation(PilotObservationEntity e) {
        return new Observation(e.getID(), e.getInitiativeId(), e.getRoundNo(), toLocalDate(e.getObservedOn()),
                Dimension.valueOf(e.getDimension()), e.getText(), e.getAuthorKey(),
                e.getCreatedAt() == null ? null : e.getCreatedAt().toInstant());
    }

    static Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
