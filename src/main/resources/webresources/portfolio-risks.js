/*
 * The portfolio gadget's risk section (issue 15): a 5×5 heat map of each initiative's highest residual risk, each
 * cell linking to its initiatives, and the high risks after measures. Figures from GET /portfolio's sections.risks
 * (RiskPortfolioSection): {cells:[{likelihood, consequence, level, count, issueKeys, more}], withRisks, withoutRisks,
 * highRisks}, each of the last three {count, issueKeys, more}.
 */
(function (window) {
    var Roadmap = window.Roadmap;
    var AJS = window.AJS;
    if (!Roadmap || !Roadmap.portfolioSection) {
        return;
    }
    Roadmap.portfolioSection('risks', {
        title: AJS.I18n.getText('roadmap.risk.portfolio.title'),
        render: function (section, figures, ctx) {
            var table = ctx.el('table', 'aui roadmap-portfolio-riskmap');
            table.appendChild(ctx.el('caption', null, AJS.I18n.getText('roadmap.risk.portfolio.caption')));
            var head = ctx.el('tr');
            var corner = ctx.el('th', null, AJS.I18n.getText('roadmap.risk.portfolio.consequence') + ' \\ '
                + AJS.I18n.getText('roadmap.risk.portfolio.likelihood'));
            corner.setAttribute('scope', 'col');
            head.appendChild(corner);
            for (var l = 1; l <= 5; l++) {
                var th = ctx.el('th', null, String(l));
                th.setAttribute('scope', 'col');
                head.appendChild(th);
            }
            var thead = ctx.el('thead');
            thead.appendChild(head);
            table.appendChild(thead);
            var tbody = ctx.el('tbody');
            var row = null;
            (figures.cells || []).forEach(function (c) {
                if (c.likelihood === 1) {
                    row = ctx.el('tr');
                    var rh = ctx.el('th', null, String(c.consequence));
                    rh.setAttribute('scope', 'row');
                    row.appendChild(rh);
                    tbody.appendChild(row);
                }
                var td = ctx.el('td', 'roadmap-portfolio-riskcell roadmap-risk-level-' + String(c.level).toLowerCase());
                td.setAttribute('data-likelihood', c.likelihood);
                td.setAttribute('data-consequence', c.consequence);
                if (c.count) {
                    td.appendChild(ctx.number(ctx.formats.integer.format(c.count), c.issueKeys,
                        'risks-' + c.likelihood + 'x' + c.consequence, c.more));
                }
                row.appendChild(td);
            });
            table.appendChild(tbody);
            section.appendChild(table);
            var list = ctx.el('dl', 'roadmap-portfolio-risks');
            [['highRisks', 'roadmap.risk.portfolio.high'], ['withRisks', 'roadmap.risk.portfolio.withRisks'],
                ['withoutRisks', 'roadmap.risk.portfolio.withoutRisks']].forEach(function (line) {
                var figure = figures[line[0]] || {count: 0, issueKeys: []};
                list.appendChild(ctx.el('dt', null, AJS.I18n.getText(line[1])));
                var dd = ctx.el('dd', 'roadmap-portfolio-risks-' + line[0]);
                dd.appendChild(ctx.number(ctx.formats.integer.format(figure.count), figure.issueKeys,
                    'risks-' + line[0], figure.more));
                list.appendChild(dd);
            });
            section.appendChild(list);
        }
    });
})(window);
