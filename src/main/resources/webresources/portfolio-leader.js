/*
 * Two additions to the portfolio gadget (docs/workbook.md, docs/reporting.md), kept apart from portfolio-gadget.js:
 * - Roadmap.portfolioExportLink(settings): the "Export to Excel" link for the gadget's projects or saved filter;
 * - Roadmap.portfolioAggregate(root, settings, formats): for a user who may browse none of the projects, the
 *   aggregated figures of the projects shared with their leadership group (GET /portfolio/aggregate), if they are in
 *   one. Counts and sums only: nothing links to issues, and the answer holds no issue key or name to show.
 */
(function () {
    'use strict';
    var Roadmap = window.Roadmap = window.Roadmap || {};

    var PHASES = {
        ANCHORING: AJS.I18n.getText('roadmap.phase.ANCHORING.name'),
        INSIGHT: AJS.I18n.getText('roadmap.phase.INSIGHT.name'),
        SERVICE_DEVELOPMENT: AJS.I18n.getText('roadmap.phase.SERVICE_DEVELOPMENT.name'),
        PILOTING: AJS.I18n.getText('roadmap.phase.PILOTING.name'),
        TRANSITION_TO_OPERATIONS: AJS.I18n.getText('roadmap.phase.TRANSITION_TO_OPERATIONS.name'),
        NEW_PRACTICES: AJS.I18n.getText('roadmap.phase.NEW_PRACTICES.name')
    };
    var STATUSES = {
        ACTIVE: AJS.I18n.getText('roadmap.initiative.status.ACTIVE'),
        HALTED: AJS.I18n.getText('roadmap.initiative.status.HALTED')
    };
    var LIGHTS = {
        GREEN: AJS.I18n.getText('roadmap.reporting.light.GREEN'),
        AMBER: AJS.I18n.getText('roadmap.reporting.light.AMBER'),
        RED: AJS.I18n.getText('roadmap.reporting.light.RED'),
        NONE: AJS.I18n.getText('roadmap.leader.gadget.noReport')
    };
    var T = {
        export: AJS.I18n.getText('roadmap.workbook.export'),
        exportTitle: AJS.I18n.getText('roadmap.workbook.exportTitle'),
        title: AJS.I18n.getText('roadmap.leader.gadget.title'),
        intro: AJS.I18n.getText('roadmap.leader.gadget.intro'),
        projects: AJS.I18n.getText('roadmap.leader.gadget.projects'),
        initiatives: AJS.I18n.getText('roadmap.leader.gadget.initiatives'),
        phases: AJS.I18n.getText('roadmap.leader.gadget.phases'),
        statuses: AJS.I18n.getText('roadmap.leader.gadget.statuses'),
        lights: AJS.I18n.getText('roadmap.leader.gadget.lights'),
        gains: AJS.I18n.getText('roadmap.leader.gadget.gains'),
        count: AJS.I18n.getText('roadmap.leader.gadget.count'),
        planned: AJS.I18n.getText('roadmap.leader.gadget.planned'),
        realised: AJS.I18n.getText('roadmap.leader.gadget.realised'),
        hours: AJS.I18n.getText('roadmap.leader.gadget.hours')
    };

    function el(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined && text !== null) {
            e.textContent = String(text);
        }
        return e;
    }

    Roadmap.portfolioExportLink = function (s) {
        var params = [];
        if (s.filterId) {
            params.push('filterId=' + encodeURIComponent(s.filterId));
        } else if (s.projects.length) {
            params.push('projects=' + encodeURIComponent(s.projects.join(',')));
        }
        var link = el('a', 'aui-button aui-button-link roadmap-portfolio-export', T.export);
        link.href = Roadmap.contextPath() + '/rest/roadmap/1.0/export/portfolio.xlsx' + (params.length ? '?' + params.join('&') : '');
        link.title = T.exportTitle;
        link.setAttribute('download', '');
        return link;
    };

    function table(className, caption, headers, rows) {
        var t = el('table', 'aui roadmap-leader-table ' + className);
        t.appendChild(el('caption', null, caption));
        var tr = el('tr');
        headers.forEach(function (h) {
            var th = el('th', null, h);
            th.setAttribute('scope', 'col');
            tr.appendChild(th);
        });
        t.appendChild(el('thead')).appendChild(tr);
        var body = t.appendChild(el('tbody'));
        rows.forEach(function (cells) {
            var row = body.appendChild(el('tr'));
            cells.forEach(function (c, i) {
                var cell = row.appendChild(el(i === 0 ? 'th' : 'td', null, c));
                if (i === 0) {
                    cell.setAttribute('scope', 'row');
                }
            });
        });
        return t;
    }

    function counts(list, names, formats) {
        return (list || []).map(function (c) {
            return [names[c.code] || c.code, formats.integer.format(c.count)];
        });
    }

    Roadmap.portfolioAggregate = function (root, s, formats) {
        var query = s.projects.length ? '?projects=' + encodeURIComponent(s.projects.join(',')) : '';
        Roadmap.rest('GET', '/portfolio/aggregate' + query).then(function (result) {
            if (!result.ok || !result.body.projects.length) {
                return; // not a leader, or nothing shared: the "no access" message stays
            }
            var a = result.body;
            var box = el('section', 'roadmap-portfolio-section roadmap-leader-aggregate');
            box.appendChild(el('h4', 'roadmap-portfolio-heading', T.title));
            box.appendChild(el('p', 'roadmap-leader-intro', T.intro));
            box.appendChild(el('p', 'roadmap-leader-scope', T.projects + ': ' + a.projects.join(', ') + ' · '
                + T.initiatives + ': ' + formats.integer.format(a.initiatives)));
            box.appendChild(table('roadmap-leader-phases', T.phases, [T.phases, T.count], counts(a.phases, PHASES, formats)));
            box.appendChild(table('roadmap-leader-statuses', T.statuses, [T.statuses, T.count],
                counts(a.statuses, STATUSES, formats)));
            box.appendChild(table('roadmap-leader-lights', T.lights, [T.lights, T.count], counts(a.lights, LIGHTS, formats)));
            var gains = a.money.map(function (m) {
                return [m.currency, formats.integer.format(m.planned), formats.integer.format(m.realised)];
            });
            gains.push([T.hours, formats.integer.format(a.plannedHours), formats.integer.format(a.realisedHours)]);
            box.appendChild(table('roadmap-leader-gains', T.gains, [T.gains, T.planned, T.realised], gains));
            var old = root.querySelector('.roadmap-portfolio-empty-access');
            if (old) {
                old.parentNode.removeChild(old);
            }
            root.appendChild(box);
        });
    };
}());
