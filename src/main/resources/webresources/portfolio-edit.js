/* The portfolio gadget's configuration form: projects or a saved filter, currency, sections, refresh. */
define('no/veikart/roadmap/portfolio/edit', ['no/veikart/roadmap/portfolio/texts', 'no/veikart/roadmap/portfolio/support'],
        function (texts, support) {
    'use strict';

    var T = texts.T;
    var F = texts.F;
    var SECTIONS = support.SECTIONS;
    var CURRENCIES = support.CURRENCIES;
    var REFRESH_MINUTES = support.REFRESH_MINUTES;
    var PROJECT_KEY = support.PROJECT_KEY;
    var userLocale = support.userLocale;
    var settings = support.settings;
    var projectList = support.projectList;
    var el = support.el;
    var contextElement = support.contextElement;

    /** The gadget's configuration form (the dashboard item API's renderEdit). */
    function renderEdit(gadget, context, preferences) {
        var API = gadget.API;
        if (!API.isEditable()) {
            API.closeEdit();
            return;
        }
        gadget.destroyCharts();
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
        var offered = support.allSections();
        offered.forEach(function (name) {
            var box = el('div', 'checkbox');
            var input = el('input', 'checkbox');
            input.type = 'checkbox';
            input.name = 'sections';
            input.value = name;
            input.id = id + '-section-' + name;
            input.checked = s.sections.indexOf(name) >= 0;
            var feature = support.featureSection(name);
            var label = el('label', null, feature ? feature.title : T.section[name]);
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
                sectionsKnown: offered.join(','),
                refresh: refresh.value
            });
        });

        root.textContent = '';
        root.appendChild(form);
        API.resize();
        projects.input.focus();
    }

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

    return {renderEdit: renderEdit};
});
