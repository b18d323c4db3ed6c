/* Texts of the portfolio gadget, translated by the jsI18n transformer (each getText call becomes the text). */
define('no/veikart/roadmap/portfolio/texts', [], function () {
    'use strict';

    var T = {
        title: AJS.I18n.getText('roadmap.portfolio.gadget.title'),
        loading: AJS.I18n.getText('roadmap.portfolio.gadget.loading'),
        projects: AJS.I18n.getText('roadmap.portfolio.gadget.config.projects'),
        projectsHelp: AJS.I18n.getText('roadmap.portfolio.gadget.config.projectsHelp'),
        filter: AJS.I18n.getText('roadmap.portfolio.gadget.config.filter'),
        filterHelp: AJS.I18n.getText('roadmap.portfolio.gadget.config.filterHelp'),
        filterNone: AJS.I18n.getText('roadmap.portfolio.gadget.config.filterNone'),
        currency: AJS.I18n.getText('roadmap.portfolio.gadget.config.currency'),
        currencyHelp: AJS.I18n.getText('roadmap.portfolio.gadget.config.currencyHelp'),
        sections: AJS.I18n.getText('roadmap.portfolio.gadget.config.sections'),
        refresh: AJS.I18n.getText('roadmap.portfolio.gadget.config.refresh'),
        refreshNever: AJS.I18n.getText('roadmap.portfolio.gadget.config.refreshNever'),
        save: AJS.I18n.getText('roadmap.portfolio.gadget.config.save'),
        cancel: AJS.I18n.getText('roadmap.portfolio.gadget.config.cancel'),
        errorBoth: AJS.I18n.getText('roadmap.portfolio.gadget.config.errorBoth'),
        errorFilter: AJS.I18n.getText('roadmap.portfolio.gadget.config.errorFilter'),
        errorSections: AJS.I18n.getText('roadmap.portfolio.gadget.config.errorSections'),
        section: {
            phases: AJS.I18n.getText('roadmap.portfolio.gadget.section.phases'),
            gains: AJS.I18n.getText('roadmap.portfolio.gadget.section.gains'),
            anchoring: AJS.I18n.getText('roadmap.portfolio.gadget.section.anchoring'),
            overdue: AJS.I18n.getText('roadmap.portfolio.gadget.section.overdue')
        },
        scopeAll: AJS.I18n.getText('roadmap.portfolio.gadget.scope.all'),
        initiatives: AJS.I18n.getText('roadmap.portfolio.gadget.initiatives'),
        phase: AJS.I18n.getText('roadmap.portfolio.gadget.phase'),
        gainType: AJS.I18n.getText('roadmap.portfolio.gadget.gains.type'),
        gainCount: AJS.I18n.getText('roadmap.portfolio.gadget.gains.count'),
        planned: AJS.I18n.getText('roadmap.portfolio.gadget.gains.planned'),
        realised: AJS.I18n.getText('roadmap.portfolio.gadget.gains.realised'),
        plannedMoney: AJS.I18n.getText('roadmap.portfolio.gadget.gains.plannedMoney'),
        realisedMoney: AJS.I18n.getText('roadmap.portfolio.gadget.gains.realisedMoney'),
        plannedHours: AJS.I18n.getText('roadmap.portfolio.gadget.gains.plannedHours'),
        realisedHours: AJS.I18n.getText('roadmap.portfolio.gadget.gains.realisedHours'),
        gainsTotal: AJS.I18n.getText('roadmap.portfolio.gadget.gains.total'),
        hours: AJS.I18n.getText('roadmap.portfolio.gadget.gains.hours'),
        gainsNone: AJS.I18n.getText('roadmap.portfolio.gadget.gains.none'),
        level: AJS.I18n.getText('roadmap.portfolio.gadget.anchoring.level'),
        anchoring: {
            anchored: AJS.I18n.getText('roadmap.portfolio.gadget.anchoring.anchored'),
            inProgress: AJS.I18n.getText('roadmap.portfolio.gadget.anchoring.inProgress'),
            missing: AJS.I18n.getText('roadmap.portfolio.gadget.anchoring.missing')
        },
        anchoringCaption: AJS.I18n.getText('roadmap.portfolio.gadget.anchoring.caption'),
        overdueInitiative: AJS.I18n.getText('roadmap.portfolio.gadget.overdue.initiative'),
        overdueGain: AJS.I18n.getText('roadmap.portfolio.gadget.overdue.gain'),
        overdueOwner: AJS.I18n.getText('roadmap.portfolio.gadget.overdue.owner'),
        overdueDue: AJS.I18n.getText('roadmap.portfolio.gadget.overdue.due'),
        overdueDays: AJS.I18n.getText('roadmap.portfolio.gadget.overdue.days'),
        overdueNone: AJS.I18n.getText('roadmap.portfolio.gadget.overdue.none'),
        noAccess: AJS.I18n.getText('roadmap.portfolio.gadget.empty.noAccess'),
        noInitiatives: AJS.I18n.getText('roadmap.portfolio.gadget.empty.noInitiatives'),
        filterFindsNothing: AJS.I18n.getText('roadmap.portfolio.gadget.empty.filterFindsNothing'),
        issuesLink: AJS.I18n.getText('roadmap.portfolio.gadget.issuesLink')
    };

    // Texts with arguments: the jsI18n transformer turns each call into AJS.format(text, args).
    var F = {
        refreshMinutes: function (m) { return AJS.I18n.getText('roadmap.portfolio.gadget.config.refreshMinutes', m); },
        scopeProjects: function (p) { return AJS.I18n.getText('roadmap.portfolio.gadget.scope.projects', p); },
        scopeFilter: function (f) { return AJS.I18n.getText('roadmap.portfolio.gadget.scope.filter', f); },
        phasesChart: function (d) { return AJS.I18n.getText('roadmap.portfolio.gadget.phasesChart', d); },
        money: function (c) { return AJS.I18n.getText('roadmap.portfolio.gadget.gains.money', c); },
        moneyChart: function (c, d) { return AJS.I18n.getText('roadmap.portfolio.gadget.gains.moneyChart', c, d); },
        hoursChart: function (d) { return AJS.I18n.getText('roadmap.portfolio.gadget.gains.hoursChart', d); },
        otherCurrencies: function (c) { return AJS.I18n.getText('roadmap.portfolio.gadget.gains.otherCurrencies', c); },
        share: function (n, of) { return AJS.I18n.getText('roadmap.portfolio.gadget.anchoring.share', n, of); },
        overdueCount: function (n) { return AJS.I18n.getText('roadmap.portfolio.gadget.overdue.count', n); },
        overdueOldest: function (n) { return AJS.I18n.getText('roadmap.portfolio.gadget.overdue.oldest', n); },
        error: function (e) { return AJS.I18n.getText('roadmap.portfolio.gadget.error', e); },
        issuesMore: function (n) { return AJS.I18n.getText('roadmap.portfolio.gadget.issuesMore', n); },
        updated: function (t) { return AJS.I18n.getText('roadmap.portfolio.gadget.updated', t); }
    };

    return {T: T, F: F};
});
