/*
 * The "Service innovation portfolio" dashboard item (atlassian-plugin.xml, dashboard-item portfolio-gadget). Jira's
 * dashboard requires this AMD module by name, constructs it with the dashboard item API and calls render(context,
 * preferences) or, while it is not configured or when the user edits it, renderEdit(context, preferences).
 * The figures come from GET /rest/roadmap/1.0/portfolio (one call; the server counts only what the user may browse).
 * Every number links to the issue navigator with the issues behind it. Texts come translated through the jsI18n
 * transformer; numbers, money and dates are formatted with Intl in the user's locale. Server texts go in as text.
 */
define('no/veikart/roadmap/portfolio-gadget', ['no/veikart/roadmap/chartjs', 'no/veikart/roadmap/portfolio/texts',
        'no/veikart/roadmap/portfolio/support', 'no/veikart/roadmap/portfolio/edit'], function (Chart, texts, support, edit) {
    'use strict';

    var T = texts.T;
    var F = texts.F;
    var GAIN_TYPES = support.GAIN_TYPES;
    var ANCHORING = support.ANCHORING;
    var COLOURS = support.COLOURS;
    var userLocale = support.userLocale;
    var settings = support.settings;
    var el = support.el;
    var contextElement = support.contextElement;
    var issuesUrl = support.issuesUrl;
    var Formats = support.Formats;

    // ------------------------------------------------------------------------------------------------ the item

    var PortfolioGadget = function (API) {
        this.API = API;
        this.charts = [];
        this.request = 0;
    };

    PortfolioGadget.prototype.render = function (context, preferences) {
        var self = this;
        var root = contextElement(context);
        var locale = userLocale();
        var s = settings(preferences, locale);
        this.API.setTitle(T.title);
        this.API.initRefresh({refresh: s.refresh}, function () { self.render(context, preferences); });
        var request = ++this.request;
        this.API.showLoadingBar();
        if (!root.querySelector('.roadmap-portfolio')) {
            root.textContent = '';
            root.appendChild(el('p', 'roadmap-portfolio-loading', T.loading));
        }
        Roadmap.rest('GET', '/portfolio?' + query(s)).then(function (result) {
            if (request !== self.request) {
                return;
            }
            self.API.hideLoadingBar();
            self.destroyCharts();
            root.textContent = '';
            var formats = new Formats(locale, s.currency);
            root.appendChild(result.ok ? self.view(result.body, s, formats) : failure(result));
            self.API.resize();
        });
    };

    function query(s) {
        var params = ['currency=' + encodeURIComponent(s.currency)];
        // Only the features' sections shown are computed; the gadget's own four always are.
        params.push('sections=' + encodeURIComponent(s.sections.filter(support.featureSection).join(',')));
        if (s.filterId) {
            params.push('filterId=' + encodeURIComponent(s.filterId));
        } else if (s.projects.length) {
            params.push('projects=' + encodeURIComponent(s.projects.join(',')));
        }
        return params.join('&');
    }

    function failure(result) {
        var box = el('div', 'aui-message aui-message-error roadmap-portfolio-error');
        box.setAttribute('role', 'alert');
        box.appendChild(el('p', null, F.error(Roadmap.errorText(result))));
        return box;
    }

    PortfolioGadget.prototype.destroyCharts = function () {
        this.charts.forEach(function (c) { c.destroy(); });
        this.charts = [];
    };

    PortfolioGadget.prototype.view = function (data, s, formats) {
        var root = el('div', 'roadmap-portfolio');
        root.setAttribute('data-currency', data.currency || s.currency);
        // The projects counted: those chosen that the user may browse.
        var counted = (data.projects || []).join(', ');
        var scope = data.filter ? F.scopeFilter(data.filter.name) : s.filterId ? F.scopeFilter(s.filterId)
            : (s.projects.length && counted ? F.scopeProjects(counted) : T.scopeAll);
        var head = el('p', 'roadmap-portfolio-scope');
        head.appendChild(el('span', null, scope + ' · ' + T.initiatives + ': '));
        head.appendChild(this.number(formats.integer.format(data.initiatives), allKeys(data), 'initiatives'));
        root.appendChild(head);
        if (data.filter && !data.initiatives) {
            root.appendChild(empty('roadmap-portfolio-empty-filter', T.filterFindsNothing));
            return root;
        }
        if (!data.projects || data.projects.length === 0) {
            root.appendChild(empty('roadmap-portfolio-empty-access', T.noAccess));
            Roadmap.portfolioAggregate(root, s, formats); // leader access: aggregated figures, if shared with them
            return root;
        }
        head.appendChild(Roadmap.portfolioExportLink(s));
        if (!data.initiatives) {
            root.appendChild(empty('roadmap-portfolio-empty-initiatives', T.noInitiatives));
            return root;
        }
        var builders = {
            phases: this.phases, gains: this.gains, anchoring: this.anchoring, overdue: this.overdue
        };
        var self = this;
        var ctx = {
            el: el, formats: formats, issuesUrl: issuesUrl, dataTable: dataTable, headedTable: headedTable,
            number: function (text, keys, what, more) { return self.number(text, keys, what, more); }
        };
        s.sections.forEach(function (name) {
            var feature = support.featureSection(name);
            var figures = feature && data.sections ? data.sections[name] : undefined;
            if (feature && figures === undefined) {
                return;
            }
            var section = el('section', 'roadmap-portfolio-section roadmap-portfolio-' + name);
            section.setAttribute('data-section', name);
            section.appendChild(el('h4', 'roadmap-portfolio-heading', feature ? feature.title : T.section[name]));
            if (feature) {
                feature.render(section, figures, ctx);
            } else {
                builders[name].call(self, section, data, formats);
            }
            root.appendChild(section);
        });
        root.appendChild(el('p', 'roadmap-portfolio-updated', F.updated(formats.time.format(new Date()))));
        return root;
    };

    function empty(className, text) {
        var box = el('div', 'aui-message aui-message-info roadmap-portfolio-empty ' + className);
        box.appendChild(el('p', null, text));
        return box;
    }

    /** A number that links to its issues; plain text when there are none behind it. */
    PortfolioGadget.prototype.number = function (text, keys, what, more) {
        if (!keys || keys.length === 0) {
            var plain = el('span', 'roadmap-portfolio-number', text);
            plain.setAttribute('data-what', what);
            return plain;
        }
        var a = el('a', 'roadmap-portfolio-number', text);
        a.href = issuesUrl(keys);
        a.title = more ? T.issuesLink + ' (' + F.issuesMore(keys.length) + ')' : T.issuesLink;
        a.setAttribute('data-what', what);
        a.setAttribute('data-issue-keys', keys.join(','));
        return a;
    };

    function allKeys(data) {
        var keys = [];
        (data.phases || []).forEach(function (p) { keys = keys.concat(p.issueKeys || []); });
        return unique(keys);
    }

    function unique(keys) {
        return keys.filter(function (k, i) { return keys.indexOf(k) === i; });
    }

    /** A chart's canvas with its label, and a visually hidden table with the same figures. */
    function chartBox(section, label) {
        var box = el('div', 'roadmap-portfolio-chart');
        var canvas = el('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', label);
        box.appendChild(canvas);
        section.appendChild(box);
        return canvas;
    }

    /** An AUI table with a caption and column headers; rows go into table.tBodies[0]. */
    function headedTable(className, caption, headers) {
        var table = el('table', 'aui ' + className);
        table.appendChild(el('caption', null, caption));
        var thead = el('thead');
        var tr = el('tr');
        headers.forEach(function (h) {
            var th = el('th', null, h);
            th.setAttribute('scope', 'col');
            tr.appendChild(th);
        });
        thead.appendChild(tr);
        table.appendChild(thead);
        table.appendChild(el('tbody'));
        return table;
    }

    function dataTable(section, caption, headers, rows, className) {
        var table = headedTable('assistive roadmap-portfolio-data ' + (className || ''), caption, headers);
        var tbody = table.tBodies[0];
        rows.forEach(function (cells) {
            var row = el('tr');
            cells.forEach(function (c, i) {
                var cell = el(i === 0 ? 'th' : 'td');
                if (i === 0) {
                    cell.setAttribute('scope', 'row');
                }
                if (c && c.nodeType) {
                    cell.appendChild(c);
                } else {
                    cell.textContent = c;
                }
                row.appendChild(cell);
            });
            tbody.appendChild(row);
        });
        section.appendChild(table);
        return table;
    }

    /** Bar click: open the issues behind the bar. */
    function clickable(keysOf) {
        return {
            onClick: function (event, elements) {
                if (elements.length) {
                    var keys = keysOf(elements[0].datasetIndex, elements[0].index);
                    if (keys && keys.length) {
                        window.location.assign(issuesUrl(keys));
                    }
                }
            },
            onHover: function (event, elements) {
                var target = event.native && event.native.target;
                if (target) {
                    target.style.cursor = elements.length ? 'pointer' : 'default';
                }
            }
        };
    }

    function barOptions(formats, keysOf, format, legend) {
        var handlers = clickable(keysOf);
        return {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            locale: formats.locale,
            onClick: handlers.onClick,
            onHover: handlers.onHover,
            plugins: {
                legend: {display: legend},
                tooltip: {callbacks: {label: function (item) {
                    return (legend ? item.dataset.label + ': ' : '') + format(item.parsed.y);
                }}}
            },
            scales: {
                x: {ticks: {autoSkip: false, maxRotation: 40}},
                y: {beginAtZero: true, ticks: {precision: 0, callback: function (v) { return format(v); }}}
            }
        };
    }

    // ------------------------------------------------------------------------------------------------ sections

    PortfolioGadget.prototype.phases = function (section, data, formats) {
        var phases = data.phases || [];
        var summary = phases.map(function (p) { return p.name + ' ' + formats.integer.format(p.count); }).join(', ');
        var canvas = chartBox(section, F.phasesChart(summary));
        this.charts.push(new Chart(canvas, {
            type: 'bar',
            data: {
                labels: phases.map(function (p) { return p.name; }),
                datasets: [{label: T.initiatives, data: phases.map(function (p) { return p.count; }),
                    backgroundColor: COLOURS.phase}]
            },
            options: barOptions(formats, function (d, i) { return phases[i].issueKeys; },
                function (v) { return formats.integer.format(v); }, false)
        }));
        var self = this;
        var list = el('ul', 'roadmap-portfolio-counts');
        phases.forEach(function (p) {
            var item = el('li');
            item.setAttribute('data-phase', p.key);
            item.appendChild(el('span', 'roadmap-portfolio-count-label', p.name + ' '));
            item.appendChild(self.number(formats.integer.format(p.count), p.issueKeys, 'phase-' + p.key, p.more));
            list.appendChild(item);
        });
        section.appendChild(list);
        dataTable(section, T.section.phases, [T.phase, T.initiatives], phases.map(function (p) {
            return [p.name, self.number(formats.integer.format(p.count), p.issueKeys, 'phase-' + p.key, p.more)];
        }), 'roadmap-portfolio-phases-data');
    };

    PortfolioGadget.prototype.gains = function (section, data, formats) {
        var g = data.gains || {};
        var types = GAIN_TYPES.map(function (t) {
            var v = (g.byType || {})[t] || {};
            return {key: t, name: v.name || t, count: v.count || 0, planned: v.planned || 0, realised: v.realised || 0,
                plannedHours: v.plannedHours || 0, realisedHours: v.realisedHours || 0, issueKeys: v.issueKeys || [],
                more: !!v.more};
        });
        if (!g.count) {
            section.appendChild(el('p', 'roadmap-portfolio-none', T.gainsNone));
            return;
        }
        var self = this;
        var keys = unique(types.reduce(function (all, t) { return all.concat(t.issueKeys); }, []));
        var money = function (v) { return formats.money.format(v); };
        var hours = function (v) { return formats.integer.format(v); };
        var totals = el('dl', 'roadmap-portfolio-totals');
        [[T.plannedMoney, money(g.planned), 'total-planned'], [T.realisedMoney, money(g.realised), 'total-realised'],
            [T.plannedHours, hours(g.plannedHours), 'total-planned-hours'],
            [T.realisedHours, hours(g.realisedHours), 'total-realised-hours']].forEach(function (t) {
            var item = el('div', 'roadmap-portfolio-total');
            item.appendChild(el('dt', null, t[0]));
            var dd = el('dd');
            dd.appendChild(self.number(t[1], keys, t[2]));
            item.appendChild(dd);
            totals.appendChild(item);
        });
        section.appendChild(totals);

        var charts = el('div', 'roadmap-portfolio-chart-pair');
        section.appendChild(charts);
        var currency = g.currency || data.currency;
        var pair = [
            {title: F.money(currency), planned: 'planned', realised: 'realised', format: money,
                label: function (d) { return F.moneyChart(currency, d); }, cls: 'roadmap-portfolio-money-data'},
            {title: T.hours, planned: 'plannedHours', realised: 'realisedHours', format: hours,
                label: function (d) { return F.hoursChart(d); }, cls: 'roadmap-portfolio-hours-data'}
        ];
        pair.forEach(function (c) {
            var half = el('div', 'roadmap-portfolio-half');
            half.appendChild(el('h5', null, c.title));
            charts.appendChild(half);
            var summary = types.map(function (t) {
                return t.name + ': ' + T.planned + ' ' + c.format(t[c.planned]) + ', ' + T.realised + ' '
                    + c.format(t[c.realised]);
            }).join('; ');
            var canvas = chartBox(half, c.label(summary));
            self.charts.push(new Chart(canvas, {
                type: 'bar',
                data: {
                    labels: types.map(function (t) { return t.name; }),
                    datasets: [
                        {label: T.planned, data: types.map(function (t) { return t[c.planned]; }),
                            backgroundColor: COLOURS.planned},
                        {label: T.realised, data: types.map(function (t) { return t[c.realised]; }),
                            backgroundColor: COLOURS.realised}
                    ]
                },
                options: barOptions(formats, function (d, i) { return types[i].issueKeys; }, c.format, true)
            }));
            dataTable(half, c.title, [T.gainType, T.planned, T.realised], types.map(function (t) {
                return [t.name, c.format(t[c.planned]), c.format(t[c.realised])];
            }), c.cls);
        });

        var rows = types.map(function (t) {
            return [t.name].concat([
                formats.integer.format(t.count), money(t.planned), money(t.realised), hours(t.plannedHours),
                hours(t.realisedHours)
            ].map(function (text, i) {
                return self.number(text, t.count ? t.issueKeys : [], 'type-' + t.key + '-' + i, t.more);
            }));
        });
        rows.push([T.gainsTotal].concat([formats.integer.format(g.count), money(g.planned), money(g.realised),
            hours(g.plannedHours), hours(g.realisedHours)].map(function (text, i) {
            return self.number(text, keys, 'total-' + i);
        })));
        var table = dataTable(section, T.section.gains, [T.gainType, T.gainCount, T.plannedMoney, T.realisedMoney,
            T.plannedHours, T.realisedHours], rows, 'roadmap-portfolio-types');
        // Visible: its caption would only repeat the section heading.
        table.classList.remove('assistive');
        table.caption.className = 'assistive';
        if (g.otherCurrencies && g.otherCurrencies.length) {
            section.appendChild(el('p', 'roadmap-portfolio-other-currencies',
                F.otherCurrencies(g.otherCurrencies.join(', '))));
        }
    };

    PortfolioGadget.prototype.anchoring = function (section, data, formats) {
        var self = this;
        var levels = (data.anchoring && data.anchoring.levels) || [];
        var table = headedTable('roadmap-portfolio-heatmap', T.anchoringCaption,
            [T.level].concat(ANCHORING.map(function (a) { return T.anchoring[a]; })));
        var tbody = table.tBodies[0];
        levels.forEach(function (level) {
            var row = el('tr');
            row.setAttribute('data-level', level.level);
            var th = el('th', null, level.name);
            th.setAttribute('scope', 'row');
            row.appendChild(th);
            ANCHORING.forEach(function (state) {
                var count = level[state] || 0;
                var share = level.initiatives ? count / level.initiatives : 0;
                var cell = el('td', 'roadmap-portfolio-heat roadmap-portfolio-heat-' + state);
                cell.setAttribute('data-state', state);
                cell.setAttribute('data-share', share.toFixed(2));
                var rgb = COLOURS[state];
                var alpha = share > 0 ? 0.15 + 0.7 * share : 0;
                cell.style.backgroundColor = 'rgba(' + rgb.join(',') + ',' + alpha.toFixed(2) + ')';
                if (alpha > 0.55) {
                    cell.classList.add('roadmap-portfolio-heat-strong');
                }
                cell.title = F.share(formats.integer.format(count), formats.integer.format(level.initiatives || 0));
                var keys = (level.issueKeys || {})[state] || [];
                cell.appendChild(self.number(formats.integer.format(count), keys, 'anchoring-' + level.level + '-' + state,
                    level.more));
                row.appendChild(cell);
            });
            tbody.appendChild(row);
        });
        section.appendChild(table);
    };

    PortfolioGadget.prototype.overdue = function (section, data, formats) {
        var self = this;
        var items = data.overdueFollowUps || [];
        var count = data.overdueCount || 0;
        var keys = unique(items.map(function (f) { return f.issueKey; }));
        var head = el('p', 'roadmap-portfolio-overdue-count');
        var parts = F.overdueCount('\u0000').split('\u0000');
        head.appendChild(document.createTextNode(parts[0]));
        head.appendChild(this.number(formats.integer.format(count), keys, 'overdue-count', count > items.length));
        head.appendChild(document.createTextNode(parts[1] || ''));
        section.appendChild(head);
        if (!items.length) {
            section.appendChild(el('p', 'roadmap-portfolio-none', T.overdueNone));
            return;
        }
        var table = headedTable('roadmap-portfolio-overdue', T.section.overdue,
            [T.overdueInitiative, T.overdueGain, T.overdueOwner, T.overdueDue, T.overdueDays]);
        table.caption.className = 'assistive';
        var tbody = table.tBodies[0];
        items.forEach(function (f) {
            var row = el('tr', 'roadmap-portfolio-overdue-row');
            row.setAttribute('data-issue-key', f.issueKey);
            var initiative = el('td');
            var link = el('a', 'roadmap-portfolio-issue', f.issueKey);
            link.href = Roadmap.contextPath() + '/browse/' + encodeURIComponent(f.issueKey);
            initiative.appendChild(link);
            initiative.appendChild(el('span', 'roadmap-portfolio-summary', ' ' + (f.summary || '')));
            row.appendChild(initiative);
            row.appendChild(el('td', null, f.gainTitle));
            row.appendChild(el('td', null, f.ownerName || ''));
            row.appendChild(el('td', null, formats.isoDate(f.dueDate)));
            var days = el('td', 'roadmap-portfolio-days');
            days.appendChild(self.number(formats.integer.format(f.daysOverdue), [f.issueKey], 'overdue-days'));
            row.appendChild(days);
            tbody.appendChild(row);
        });
        section.appendChild(table);
        if (count > items.length) {
            section.appendChild(el('p', 'roadmap-portfolio-oldest', F.overdueOldest(formats.integer.format(items.length))));
        }
    };


    PortfolioGadget.prototype.renderEdit = function (context, preferences) {
        edit.renderEdit(this, context, preferences);
    };

    return PortfolioGadget;
});
