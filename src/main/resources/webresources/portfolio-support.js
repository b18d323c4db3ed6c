/* The portfolio gadget's settings, formats and DOM helpers: no texts, no REST, no charts. */
define('no/veikart/roadmap/portfolio/support', [], function () {
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

    /** The gadget's own sections, then the features' (Roadmap.portfolioSection), in the order they are shown. */
    function allSections() {
        return SECTIONS.concat(Object.keys(window.Roadmap.portfolioSections || {}));
    }

    /** A feature's section: registered by the feature's script; not one of the gadget's own. */
    function featureSection(name) {
        return SECTIONS.indexOf(name) < 0 ? (window.Roadmap.portfolioSections || {})[name] : undefined;
    }

    function list(text) {
        return String(text).split(',').filter(function (s) { return s !== ''; });
    }

    /**
     * The preferences with defaults filled in; sections as a list. A section the user was not offered when saving
     * (sectionsKnown; before features had sections, the gadget's own four) is shown: a feature installed later
     * appears without editing every gadget, and one the user unticked stays hidden.
     */
    function settings(raw, locale) {
        var p = {};
        Object.keys(raw || {}).forEach(function (k) { p[k] = decode(raw[k]); });
        var all = allSections();
        var sections = all.slice();
        if (typeof p.sections === 'string' && p.sections !== '') {
            var chosen = list(p.sections);
            var known = typeof p.sectionsKnown === 'string' && p.sectionsKnown !== '' ? list(p.sectionsKnown)
                : SECTIONS;
            sections = all.filter(function (s) { return chosen.indexOf(s) >= 0 || known.indexOf(s) < 0; });
        }
        return {
            configured: p.isConfigured === 'true',
            projects: projectList(p.projects || ''),
            filterId: String(p.filterId || '').trim(),
            currency: CURRENCIES.indexOf(p.currency) >= 0 ? p.currency : defaultCurrency(locale),
            sections: sections.length ? sections : all,
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
        this.percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0});
        this.date = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'});
        this.time = new Intl.DateTimeFormat(locale, {timeStyle: 'short'});
    }

    Formats.prototype.isoDate = function (iso) {
        var parts = String(iso).split('-');
        return this.date.format(new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])));
    };

    return {
        SECTIONS: SECTIONS,
        allSections: allSections,
        featureSection: featureSection,
        CURRENCIES: CURRENCIES,
        REFRESH_MINUTES: REFRESH_MINUTES,
        GAIN_TYPES: GAIN_TYPES,
        ANCHORING: ANCHORING,
        PROJECT_KEY: PROJECT_KEY,
        COLOURS: COLOURS,
        userLocale: userLocale,
        decode: decode,
        defaultCurrency: defaultCurrency,
        settings: settings,
        projectList: projectList,
        el: el,
        contextElement: contextElement,
        issuesUrl: issuesUrl,
        Formats: Formats
    };
});
