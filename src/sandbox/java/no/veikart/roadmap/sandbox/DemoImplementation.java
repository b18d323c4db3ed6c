package no.veikart.roadmap.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.implementation.domain.ImplementationOverview;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.implementation.domain.NewStaffDraft;
import no.veikart.roadmap.implementation.domain.SuperUserDraft;
import no.veikart.roadmap.implementation.domain.TrainingDraft;
import no.veikart.roadmap.implementation.domain.Unit;
import no.veikart.roadmap.implementation.domain.UnitDraft;
import no.veikart.roadmap.platform.jira.JiraUsers;

/**
 * The Kerteminde roll-out of DigiRehab in home care, district by district (seeds 001–004): the pilot district first
 * as the test unit, dedicated trainers (+50 % effect in seed 004), super-users on every shift, one evening super-user
 * leaving next month without a successor, new staff after the summer not all trained yet, a monitoring outcome. Dates
 * are relative to today so the warnings stay true whenever the sandbox starts.
 */
final class DemoImplementation {
    private final Sandbox sandbox;

    DemoImplementation(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    Void load(String key) {
        ImplementationService plans = sandbox.component(ImplementationService.class);
        Actor member = sandbox.component(JiraUsers.class).currentActor();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate summer = LocalDate.of(today.getYear(), 8, 15);
        summer = summer.isAfter(today.minusDays(45)) ? summer.minusYears(1) : summer;
        List<String> allShifts = List.of("DAY", "EVENING", "NIGHT", "WEEKEND");

        LocalDate nordLive = today.minusMonths(14);
        long nord = unit(plans, member, key, new UnitDraft("Hjemmeplejen Nord (pilotdistrikt)", 34, allShifts, true, true,
                nordLive.toString(), "STABLE", nordLive.toString(), nordLive.plusMonths(3).toString(), nordLive.plusWeeks(6).toString(),
                "Som forventet: 27 færre plejetimer pr. borger. Aftenvagten træner sjældnere; teamlederen følger op på ruteplanen.",
                null));
        train(plans, member, key, nord, nordLive.minusWeeks(3), "INITIAL", 32, "DigiRehab-træner (dedikeret)", "4");
        train(plans, member, key, nord, nordLive.minusWeeks(2), "ASSESSORS", 4, "DigiRehab-træner (dedikeret)", "2");
        train(plans, member, key, nord, nordLive.plusMonths(2), "FOLLOW_UP", 28, "Superbruger Lene Dahl", "1.5");
        superUser(plans, member, key, nord, "Lene Dahl", "DAY", nordLive.minusMonths(1), null);
        superUser(plans, member, key, nord, "Jonas Friis", "EVENING", nordLive.minusMonths(1), today.plusMonths(1));
        superUser(plans, member, key, nord, "Birgit Holm", "NIGHT", nordLive.minusMonths(1), null);
        superUser(plans, member, key, nord, "Ahmad Karimi", "WEEKEND", nordLive, null);

        LocalDate sydLive = today.minusMonths(9);
        long syd = unit(plans, member, key, new UnitDraft("Hjemmeplejen Syd", 41, allShifts, false, false, sydLive.toString(),
                "STABLE", sydLive.toString(), sydLive.plusMonths(2).toString(), null,
                "Færre besøg end planlagt i weekenden; weekendholdet får en ekstra superbruger.", null));
        train(plans, member, key, syd, sydLive.minusWeeks(2), "INITIAL", 39, "DigiRehab-træner (dedikeret)", "4");
        train(plans, member, key, syd, sydLive.plusMonths(2), "FOLLOW_UP", 35, "Superbruger Maja Lund", "1.5");
        superUser(plans, member, key, syd, "Maja Lund", "DAY", sydLive.minusMonths(1), null);
        superUser(plans, member, key, syd, "Per Skov", "EVENING", sydLive.minusMonths(1), null);
        superUser(plans, member, key, syd, "Hanne Bech", "NIGHT", sydLive.minusMonths(1), null);
        superUser(plans, member, key, syd, "Ida Krogh", "WEEKEND", sydLive.minusMonths(1), null);
        newStaff(plans, member, key, syd, summer, 5);
        train(plans, member, key, syd, summer.plusWeeks(3), "NEW_STAFF", 3, "Superbruger Maja Lund", "3");

        LocalDate oestLive = today.minusMonths(2);
        long oest = unit(plans, member, key, new UnitDraft("Hjemmeplejen Øst", 28, List.of("DAY", "EVENING", "WEEKEND"), false, false,
                oestLive.toString(), "LIVE", oestLive.toString(), null, null, null, null));
        train(plans, member, key, oest, oestLive.minusWeeks(2), "INITIAL", 26, "DigiRehab-træner (dedikeret)", "4");
        superUser(plans, member, key, oest, "Sofie Nørgaard", "DAY", oestLive.minusWeeks(3), null);
        superUser(plans, member, key, oest, "Karen Vestergaard", "EVENING", oestLive.minusWeeks(3), null);
        superUser(plans, member, key, oest, "Mads Thomsen", "WEEKEND", oestLive.minusWeeks(3), null);
        return null;
    }

    private static long unit(ImplementationService plans, Actor member, String key, UnitDraft draft) {
        ImplementationOverview o = plans.createUnit(member, key, draft);
        return o.units().stream().filter(u -> u.name().equals(draft.name())).map(Unit::id).findFirst().orElseThrow();
    }

    private static void train(ImplementationService plans, Actor member, String key, long unit, LocalDate date, String kind,
            int trained, String trainer, String hours) {
        plans.addTraining(member, key, unit, new TrainingDraft(date.toString(), kind, trained, trainer, new BigDecimal(hours), null));
    }

    private static void superUser(ImplementationService plans, Actor member, String key, long unit, String name, String shift,
            LocalDate from, LocalDate to) {
        plans.addSuperUser(member, key, unit, new SuperUserDraft(name, null, shift, from.toString(), to == null ? null : to.toString(), null));
    }

    private static void newStaff(ImplementationService plans, Actor member, String key, long unit, LocalDate date, int count) {
        plans.addNewStaff(member, key, unit, new NewStaffDraft(date.toString(), count, null));
    }
}
