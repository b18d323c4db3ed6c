/*
 * The portfolio gadget's pilot section (issue 17): pilots running now, ending within 30 days and ended without an
 * evaluation, each count linking to its issues in the issue navigator. Figures from GET /portfolio's sections.pilots
 * (PilotPortfolioSection): {running, endingWithin30Days, endedWithoutEvaluation}, each {count, issueKeys}.
 */
(function (window) {
    var Roadmap = window.Roadmap;
    var AJS = window.AJS;
    if (!Roadmap || !Roadmap.portfolioSection) {
        return;
    }
    Roadmap.portfolioSection('pilots', {
        title: AJS.I18n.getText('roadmap.pilot.portfolio.title'),
        render: function (section, figures, ctx) {
            var lines = [
                ['running', AJS.I18n.getText('roadmap.pilot.portfolio.running')],
                ['endingWithin30Days', AJS.I18n.getText('roadmap.pilot.portfolio.ending')],
                ['endedWithoutEvaluation', AJS.I18n.getText('roadmap.pilot.portfolio.unevaluated')]
            ];
            var list = ctx.el('dl', 'roadmap-portfolio-pilots');
            lines.forEach(function (line) {
                var figure = figures[line[0]] || {count: 0, issueKeys: []};
                list.appendChild(ctx.el('dt', 'roadmap-portfolio-pilots-label', line[1]));
                var value = ctx.el('dd', 'roadmap-portfolio-pilots-' + line[0]);
                value.appendChild(ctx.number(ctx.formats.integer.format(figure.count), figure.issueKeys, 'pilots-' + line[0]));
                list.appendChild(value);
            });
            section.appendChild(list);
        }
    });
})(window);
