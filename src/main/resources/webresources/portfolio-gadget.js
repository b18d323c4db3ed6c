/*
 * The "Service innovation portfolio" dashboard item (atlassian-plugin.xml, dashboard-item portfolio-gadget). Jira's
 * dashboard requires this AMD module by name, constructs it with the dashboard item API and calls render(context,
 * preferences) or, while it is not configured or when the user edits it, renderEdit(context, preferences).
 * The figures come from GET /rest/roadmap/1.0/portfolio (one call; the server counts only what the user may browse).
 * Every number links to the issue navigator with the issues behind it. Texts come translated through the jsI18n
 * transformer; numbers, money and dates are formatted with Intl in the user's locale. Server texts go in as text.
 */
define('no/veikart/roadmap/portfolio-gadget', ['no/veikart/roadmap/chartjs'], function (Chart) {
    'use strict';

    var SECTIONS = ['phases', 'gains', 'anchoring', 'overdue'];
    var CURRENCIES = ['NOK', 'DKK', 'SEK', 'EUR'];
    var REFRESH_MINUTES = ['15', '30', '60'];
    var GAIN_TYPES = ['COST', 'TIME', 'QUALITY'];
    var ANCHORING = ['anchored', 'inProgress', 'missing'];
    var PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
    var COLOURS = {
        phase: '#0052CC',
        planned: '#B3D4FF',
        realised: '#00875A',
        anchored: [0, 135, 90],
        inProgress: [255, 153, 31],
        missing: [222, 53, 11]
    };

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

    // ------------------------------------------------------------------------------------------------ helpers

    /** The user's locale as a BCP 47 tag: Jira's ajs-user-locale meta (da_DK), else the page language. */
    function userLocale() {
        var value = null;
        if (window.AJS && AJS.Meta && typeof AJS.Meta.get === 'function') {
            value = AJS.Meta.get('user-locale');
        }
        if (!value) {
            var meta = document.querySelector('meta[name="ajs-user-locale"]');
            value = meta ? meta.getAttribute('content') : document.documentElement.lang;
        }
        var tag = String(value || 'en').replace(/_/g, '-');
        try {
            return Intl.NumberFormat.supportedLocalesOf([tag]).length ? tag : 'en';
        } catch (e) {
            return 'en';
        }
    }

    /** Jira hands preferences over HTML-encoded; decode them once, as text (never parsed as markup). */
    function decode(value) {
        if (typeof value !== 'string' || value.indexOf('&') < 0) {
            return value;
        }
        var area = document.createElement('textarea');
        area.innerHTML = value;
        return area.value;
    }

    function defaultCurrency(locale) {
        var language = locale.split('-')[0];
        return {da: 'DKK', sv: 'SEK', fi: 'EUR'}[language] || 'NOK';
    }

    /** The preferences with defaults filled in; sections as a list. */
    function settings(raw, locale) {
        var p = {};
        Object.keys(raw || {}).forEach(function (k) { p[k] = decode(raw[k]); });
        var sections = typeof p.sections === 'string' && p.sections !== ''
            ? p.sections.split(',').filter(function (s) { return SECTIONS.indexOf(s) >= 0; }) : SECTIONS.slice();
        return {
            configured: p.isConfigured === 'true',
            projects: projectList(p.projects || ''),
            filterId: String(p.filterId || '').trim(),
            currency: CURRENCIES.indexOf(p.currency) >= 0 ? p.currency : defaultCurrency(locale),
            sections: sections.length ? sections : SECTIONS.slice(),
            refresh: REFRESH_MINUTES.indexOf(String(p.refresh)) >= 0 ? String(p.refresh) : 'false'
        };
    }

    function projectList(text) {
        return String(text).split(',').map(function (s) { return s.trim().toUpperCase(); })
            .filter(function (s) { return s !== ''; });
    }

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

    function contextElement(context) {
        return context && context.jquery ? context[0] : context;
    }

    /** The issue navigator for exactly these issues. */
    function issuesUrl(keys) {
        return Roadmap.contextPath() + '/issues/?jql=' + encodeURIComponent('issuekey in (' + keys.join(', ') + ')');
    }

    function Formats(locale, currency) {
        this.locale = locale;
        this.integer = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
        this.money = new Intl.NumberFormat(locale, {style: 'currency', currency: currency, maximumFractionDigits: 0});
        this.date = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'});
        this.time = new Intl.DateTimeFormat(locale, {timeStyle: 'short'});
    }

    Formats.prototype.isoDate = function (iso) {
        var parts = String(iso).split('-');
        return this.date.format(new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])));
    };

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
            return root;
        }
        if (!data.initiatives) {
            root.appendChild(empty('roadmap-portfolio-empty-initiatives', T.noInitiatives));
            return root;
        }
        var builders = {
            phases: this.phases, gains: this.gains, anchoring: this.anchoring, overdue: this.overdue
        };
        var self = this;
        s.sections.forEach(function (name) {
            var section = el('section', 'roadmap-portfolio-section roadmap-portfolio-' + name);
            section.setAttribute('data-section', name);
            section.appendChild(el('h4', 'roadmap-portfolio-heading', T.section[name]));
            builders[name].call(self, section, data, formats);
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

    // ------------------------------------------------------------------------------------------------ edit

    PortfolioGadget.prototype.renderEdit = function (context, preferences) {
        var API = this.API;
        if (!API.isEditable()) {
            API.closeEdit();
            return;
        }
        this.destroyCharts();
        API.hideLoadingBar();
        API.setTitle(T.title);
        var root = contextElement(context);
        var s = settings(preferences, userLocale());
        var id = 'roadmap-portfolio-' + API.getGadgetId();
        var form = el('form', 'aui roadmap-portfolio-config');
        form.id = id + '-config';
        form.noValidate = true;

        var projects = textField(form, id + '-projects', 'projects', T.projects, T.projectsHelp, s.projects.join(', '));
        var filter = filterField(form, id + '-filter', s.filterId);

        var currencyGroup = fieldGroup(form, id + '-currency', T.currency, T.currencyHelp);
        var currency = el('select', 'select');
        currency.id = id + '-currency';
        currency.name = 'currency';
        CURRENCIES.forEach(function (c) {
            var o = el('option', null, c);
            o.value = c;
            o.selected = c === s.currency;
            currency.appendChild(o);
        });
        currencyGroup.insertBefore(currency, currencyGroup.querySelector('.description'));

        var sectionsSet = el('fieldset', 'group');
        sectionsSet.appendChild(el('legend', null, T.sections));
        SECTIONS.forEach(function (name) {
            var box = el('div', 'checkbox');
            var input = el('input', 'checkbox');
            input.type = 'checkbox';
            input.name = 'sections';
            input.value = name;
            input.id = id + '-section-' + name;
            input.checked = s.sections.indexOf(name) >= 0;
            var label = el('label', null, T.section[name]);
            label.htmlFor = input.id;
            box.appendChild(input);
            box.appendChild(label);
            sectionsSet.appendChild(box);
        });
        var sectionsError = el('div', 'error');
        sectionsError.hidden = true;
        sectionsSet.appendChild(sectionsError);
        form.appendChild(sectionsSet);

        var refreshGroup = fieldGroup(form, id + '-refresh', T.refresh);
        var refresh = el('select', 'select');
        refresh.id = id + '-refresh';
        refresh.name = 'refresh';
        [['false', T.refreshNever]].concat(REFRESH_MINUTES.map(function (m) { return [m, F.refreshMinutes(m)]; }))
            .forEach(function (r) {
                var o = el('option', null, r[1]);
                o.value = r[0];
                o.selected = r[0] === s.refresh;
                refresh.appendChild(o);
            });
        refreshGroup.appendChild(refresh);

        var buttons = el('div', 'buttons-container');
        var inner = el('div', 'buttons');
        var save = el('button', 'aui-button aui-button-primary roadmap-portfolio-save', T.save);
        save.type = 'submit';
        var cancel = el('button', 'aui-button aui-button-link roadmap-portfolio-cancel', T.cancel);
        cancel.type = 'button';
        inner.appendChild(save);
        inner.appendChild(cancel);
        buttons.appendChild(inner);
        form.appendChild(buttons);

        cancel.addEventListener('click', function () { API.closeEdit(); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            [projects, filter].forEach(function (f) { showError(f.error, null); });
            showError(sectionsError, null);
            var keys = projectList(projects.input.value);
            var filterId = filter.input.value.trim();
            var chosen = Array.prototype.filter.call(form.querySelectorAll('input[name="sections"]'),
                function (i) { return i.checked; }).map(function (i) { return i.value; });
            var bad = keys.filter(function (k) { return !PROJECT_KEY.test(k); });
            var valid = true;
            if (bad.length) {
                showError(projects.error, AJS.I18n.getText('roadmap.portfolio.error.projectKey', bad[0]));
                valid = false;
            } else if (keys.length && filterId) {
                showError(projects.error, T.errorBoth);
                valid = false;
            }
            if (filterId && !/^\d{1,18}$/.test(filterId)) {
                showError(filter.error, T.errorFilter);
                valid = false;
            }
            if (!chosen.length) {
                showError(sectionsError, T.errorSections);
                valid = false;
            }
            if (!valid) {
                var first = form.querySelector('.error:not([hidden])');
                if (first && first.parentNode.querySelector('input, select')) {
                    first.parentNode.querySelector('input, select').focus();
                }
                return;
            }
            API.showLoadingBar();
            API.savePreferences({
                isConfigured: 'true',
                projects: keys.join(','),
                filterId: filterId,
                currency: currency.value,
                sections: chosen.join(','),
                refresh: refresh.value
            });
        });

        root.textContent = '';
        root.appendChild(form);
        API.resize();
        projects.input.focus();
    };

    function fieldGroup(form, forId, labelText, help) {
        var group = el('div', 'field-group');
        var label = el('label', null, labelText);
        label.htmlFor = forId;
        group.appendChild(label);
        if (help) {
            var description = el('div', 'description', help);
            description.id = forId + '-description';
            group.appendChild(description);
        }
        form.appendChild(group);
        return group;
    }

    function textField(form, id, name, labelText, help, value) {
        var group = fieldGroup(form, id, labelText, help);
        var input = el('input', 'text long-field');
        input.type = 'text';
        input.id = id;
        input.name = name;
        input.value = value;
        input.setAttribute('aria-describedby', id + '-description ' + id + '-error');
        var error = el('div', 'error');
        error.id = id + '-error';
        error.hidden = true;
        group.insertBefore(input, group.querySelector('.description'));
        group.appendChild(error);
        return {input: input, error: error};
    }

    /**
     * A select of the user's favourite filters (Jira's REST API, /rest/api/2/filter/favourite), with the configured
     * filter kept as an option even when it is no longer a favourite (the portfolio then says if it is gone).
     */
    function filterField(form, id, current) {
        var group = fieldGroup(form, id, T.filter, T.filterHelp);
        var select = el('select', 'select roadmap-portfolio-filter');
        select.id = id;
        select.name = 'filterId';
        select.setAttribute('aria-describedby', id + '-description ' + id + '-error');
        var none = el('option', null, T.filterNone);
        none.value = '';
        select.appendChild(none);
        if (current) {
            var kept = el('option', null, F.scopeFilter(current));
            kept.value = current;
            kept.selected = true;
            select.appendChild(kept);
        }
        var error = el('div', 'error');
        error.id = id + '-error';
        error.hidden = true;
        group.insertBefore(select, group.querySelector('.description'));
        group.appendChild(error);
        window.fetch(Roadmap.contextPath() + '/rest/api/2/filter/favourite', {
            credentials: 'same-origin', headers: {Accept: 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : [];
        }).then(function (filters) {
            (Array.isArray(filters) ? filters : []).forEach(function (f) {
                var value = String(f.id);
                var option = select.querySelector('option[value="' + value.replace(/[^0-9]/g, '') + '"]');
                if (!option) {
                    option = el('option');
                    option.value = value;
                    select.appendChild(option);
                }
                option.textContent = f.name;
            });
            select.setAttribute('data-loaded', 'true');
        }, function () {
            select.setAttribute('data-loaded', 'failed');
        });
        return {input: select, error: error};
    }

    function showError(element, text) {
        Roadmap.showMessage(element, text);
        var input = element.parentNode && element.parentNode.querySelector('input.text');
        if (input) {
            input.setAttribute('aria-invalid', text ? 'true' : 'false');
        }
    }

    return PortfolioGadget;
});
