/*
 * The implementation section of the portfolio gadget (GET /portfolio's sections.implementation): units live, % of
 * their staff trained, and live units with a shift nobody covers; each count links to its initiatives' issues.
 */
(function (window) {
    'use strict';
    var Roadmap = window.Roadmap;
    if (!Roadmap || typeof Roadmap.portfolioSection !== 'function') {
        return;
    }
    Roadmap.portfolioSection('implementation', {
        title: AJS.I18n.getText('roadmap.implementation.portfolio.title'),
        render: function (section, f, ctx) {
            if (!f.units) {
                section.appendChild(ctx.el('p', 'roadmap-portfolio-empty roadmap-implementation-portfolio-none',
                    AJS.I18n.getText('roadmap.implementation.portfolio.none')));
                return;
            }
            var trained = f.trainedPercent === null || f.trainedPercent === undefined ? '–'
                : ctx.formats.percent.format(f.trainedPercent / 100);
            var facts = ctx.el('dl', 'roadmap-implementation-portfolio-facts');
            [
                ['units', AJS.I18n.getText('roadmap.implementation.portfolio.units'),
                    ctx.number(ctx.formats.integer.format(f.units), f.unitKeys, 'implementation-units')],
                ['live', AJS.I18n.getText('roadmap.implementation.portfolio.unitsLive'),
                    ctx.number(ctx.formats.integer.format(f.unitsLive), f.liveKeys, 'implementation-live')],
                ['trained', AJS.I18n.getText('roadmap.implementation.portfolio.trained'),
                    ctx.number(trained, f.liveKeys, 'implementation-trained')],
                ['gaps', AJS.I18n.getText('roadmap.implementation.portfolio.gaps'),
                    ctx.number(ctx.formats.integer.format(f.unitsWithGaps), f.gapKeys, 'implementation-gaps')]
            ].forEach(function (fact) {
                var dt = ctx.el('dt', null, fact[1]);
                var dd = ctx.el('dd', 'roadmap-implementation-portfolio-' + fact[0]);
                dd.appendChild(fact[2]);
                facts.appendChild(dt);
                facts.appendChild(dd);
            });
            section.appendChild(facts);
            ctx.dataTable(section, AJS.I18n.getText('roadmap.implementation.portfolio.caption'), [
                AJS.I18n.getText('roadmap.implementation.portfolio.initiative'),
                AJS.I18n.getText('roadmap.implementation.portfolio.units'),
                AJS.I18n.getText('roadmap.implementation.portfolio.unitsLive'),
                AJS.I18n.getText('roadmap.implementation.portfolio.trained'),
                AJS.I18n.getText('roadmap.implementation.portfolio.gaps')
            ], (f.rows || []).map(function (r) {
                return [r.issueKey + ' ' + r.summary, ctx.formats.integer.format(r.units), ctx.formats.integer.format(r.unitsLive),
                    r.trainedPercent === null ? '–' : ctx.formats.percent.format(r.trainedPercent / 100),
                    ctx.number(ctx.formats.integer.format(r.unitsWithGaps), r.unitsWithGaps ? [r.issueKey] : [],
                        'implementation-gaps-' + r.issueKey)];
            }), 'roadmap-implementation-portfolio-table');
        }
    });
}(window));
