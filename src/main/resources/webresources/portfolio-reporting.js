/*
 * The portfolio gadget's "reporting" section (GET /portfolio → sections.reporting, ReportingPortfolioSection): the
 * political roll-up per sector, the leadership lines per unit, every unit's initiatives with their latest published
 * lights (the gadget grouped by unit), and the status reports due or overdue. Every count links to its issues
 * (ctx.number); server text goes in as text only.
 */
(function (window) {
    'use strict';
    var Roadmap = window.Roadmap = window.Roadmap || {};
    var T = {
        political: AJS.I18n.getText('roadmap.reporting.section.political'),
        leadership: AJS.I18n.getText('roadmap.reporting.section.leadership'),
        middle: AJS.I18n.getText('roadmap.reporting.section.middle'),
        overdue: AJS.I18n.getText('roadmap.reporting.section.overdue'),
        noneOverdue: AJS.I18n.getText('roadmap.reporting.section.noneOverdue'),
        sector: AJS.I18n.getText('roadmap.reporting.field.sector'),
        unit: AJS.I18n.getText('roadmap.reporting.field.unit'),
        noUnit: AJS.I18n.getText('roadmap.reporting.summary.noUnit'),
        initiatives: AJS.I18n.getText('roadmap.reporting.section.initiatives'),
        byPhase: AJS.I18n.getText('roadmap.reporting.section.byPhase'),
        planned: AJS.I18n.getText('roadmap.reporting.summary.planned'),
        realised: AJS.I18n.getText('roadmap.reporting.summary.realised'),
        investment: AJS.I18n.getText('roadmap.reporting.summary.investment'),
        cost: AJS.I18n.getText('roadmap.reporting.summary.cost'),
        green: AJS.I18n.getText('roadmap.reporting.light.GREEN'),
        amber: AJS.I18n.getText('roadmap.reporting.light.AMBER'),
        red: AJS.I18n.getText('roadmap.reporting.light.RED'),
        none: AJS.I18n.getText('roadmap.reporting.section.noReport'),
        owing: AJS.I18n.getText('roadmap.reporting.section.owing'),
        initiative: AJS.I18n.getText('roadmap.reporting.summary.initiative'),
        lights: AJS.I18n.getText('roadmap.reporting.summary.lights'),
        period: AJS.I18n.getText('roadmap.reporting.field.period'),
        due: AJS.I18n.getText('roadmap.reporting.section.dueDate'),
        days: AJS.I18n.getText('roadmap.reporting.section.daysOverdue'),
        summaryLink: AJS.I18n.getText('roadmap.reporting.section.summaryLink')
    };
    var PHASES = {
        ANCHORING: AJS.I18n.getText('roadmap.phase.ANCHORING.name'),
        INSIGHT: AJS.I18n.getText('roadmap.phase.INSIGHT.name'),
        SERVICE_DEVELOPMENT: AJS.I18n.getText('roadmap.phase.SERVICE_DEVELOPMENT.name'),
        PILOTING: AJS.I18n.getText('roadmap.phase.PILOTING.name'),
        TRANSITION_TO_OPERATIONS: AJS.I18n.getText('roadmap.phase.TRANSITION_TO_OPERATIONS.name'),
        NEW_PRACTICES: AJS.I18n.getText('roadmap.phase.NEW_PRACTICES.name')
    };
    var LIGHTS = {GREEN: T.green, AMBER: T.amber, RED: T.red};

    function unitName(sector, department) {
        return sector === null || sector === undefined ? T.noUnit : department ? sector + ' / ' + department : sector;
    }

    function table(ctx, section, caption, headers, rows, className) {
        var t = ctx.headedTable('roadmap-reporting-table ' + className, caption, headers);
        rows.forEach(function (cells) {
            var tr = ctx.el('tr');
            cells.forEach(function (c, i) {
                var cell = ctx.el(i === 0 ? 'th' : 'td');
                if (c && c.nodeType) {
                    cell.appendChild(c);
                } else {
                    cell.textContent = c === null || c === undefined ? '' : String(c);
                }
                tr.appendChild(cell);
            });
            t.tBodies[0].appendChild(tr);
        });
        section.appendChild(t);
        return t;
    }

    function count(ctx, keys, what) {
        return ctx.number(ctx.formats.integer.format(keys.length), keys, what);
    }

    function light(ctx, value) {
        var span = ctx.el('span', 'roadmap-light roadmap-light-' + (value || 'none'), value ? LIGHTS[value] : '–');
        return span;
    }

    function issueLink(ctx, key, summary) {
        var a = ctx.el('a', 'roadmap-reporting-issue', key);
        a.href = Roadmap.contextPath() + '/browse/' + encodeURIComponent(key);
        a.title = summary || '';
        return a;
    }

    Roadmap.portfolioSection('reporting', {
        title: AJS.I18n.getText('roadmap.reporting.section.title'),
        render: function (section, f, ctx) {
            var money = f.currency ? new Intl.NumberFormat(ctx.formats.integer.resolvedOptions().locale,
                    {style: 'currency', currency: f.currency, maximumFractionDigits: 0}) : ctx.formats.integer;
            table(ctx, section, T.political, [T.sector, T.initiatives, T.byPhase, T.planned, T.realised, T.investment, T.cost],
                f.sectors.map(function (s, i) {
                    var phases = ctx.el('span', 'roadmap-reporting-phases');
                    Object.keys(s.keysByPhase).forEach(function (p) {
                        var item = ctx.el('span', 'roadmap-reporting-phase', (PHASES[p] || p) + ': ');
                        item.appendChild(count(ctx, s.keysByPhase[p], 'sector-' + i + '-' + p));
                        phases.appendChild(item);
                        phases.appendChild(document.createTextNode(' '));
                    });
                    return [unitName(s.sector), count(ctx, s.keys, 'sector-' + i), phases, money.format(s.plannedGains),
                        money.format(s.realisedGains), money.format(s.investment), money.format(s.costSoFar)];
                }), 'roadmap-reporting-political');
            table(ctx, section, T.leadership, [T.unit, T.initiatives, T.green, T.amber, T.red, T.none, T.owing],
                f.units.map(function (u, i) {
                    return [unitName(u.sector, u.department), count(ctx, u.keys, 'unit-' + i), count(ctx, u.green, 'unit-' + i + '-green'),
                        count(ctx, u.amber, 'unit-' + i + '-amber'), count(ctx, u.red, 'unit-' + i + '-red'),
                        count(ctx, u.noReport, 'unit-' + i + '-none'), count(ctx, u.overdue, 'unit-' + i + '-overdue')];
                }), 'roadmap-reporting-leadership');
            var middle = ctx.el('div', 'roadmap-reporting-groups');
            middle.appendChild(ctx.el('h5', null, T.middle));
            f.groups.forEach(function (g) {
                table(ctx, middle, unitName(g.sector, g.department), [T.initiative, T.byPhase, T.lights, T.period],
                    g.initiatives.map(function (i) {
                        var lights = ctx.el('span', 'roadmap-reporting-lights');
                        [i.overall, i.phaseLight, i.gains, i.anchoring, i.risks].forEach(function (l) {
                            lights.appendChild(light(ctx, l));
                        });
                        return [issueLink(ctx, i.issueKey, i.summary), PHASES[i.phase] || i.phase, lights, i.period];
                    }), 'roadmap-reporting-group');
            });
            section.appendChild(middle);
            if (!f.overdue.length) {
                section.appendChild(ctx.el('p', 'roadmap-reporting-none-overdue', T.noneOverdue));
            } else {
                table(ctx, section, T.overdue, [T.initiative, T.period, T.due, T.days], f.overdue.map(function (i) {
                    return [issueLink(ctx, i.issueKey, i.summary), i.owedPeriod,
                        ctx.formats.date ? ctx.formats.date.format(new Date(i.dueDate + 'T00:00:00')) : i.dueDate,
                        ctx.formats.integer.format(i.daysOverdue)];
                }), 'roadmap-reporting-overdue');
            }
            var summary = ctx.el('a', 'roadmap-reporting-summary-link', T.summaryLink);
            summary.href = Roadmap.contextPath() + '/plugins/servlet/roadmap/report';
            summary.target = '_blank';
            section.appendChild(summary);
        }
    });
})(window);
