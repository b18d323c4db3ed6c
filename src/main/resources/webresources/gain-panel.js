/*
 * Gains panel (velocity/gain/panel.vm): adds, edits and deletes gains, records and deletes measurements and saves the
 * initiative's economics through the REST API, showing each 400 error next to its field; refreshes the panels in place
 * after a change. Every root (class roadmap-gains) names its dialogs' id prefix in data-prefix; dialogs that AUI moved
 * to the body find their root again through data-gains-root.
 * Server texts are inserted with textContent only; user data reaches the script through data-* attributes and REST.
 */
(function (window, document) {
    'use strict';

    var GAIN_TEXT = ['type', 'title', 'indicator', 'unit', 'currency', 'owner', 'method', 'frequency'];
    var ECONOMICS_NUMBERS = ['hourlyRate', 'discountRatePercent', 'horizonYears', 'investment', 'yearlyRunningCost',
        'trainingHoursPerEmployee', 'employees'];

    /** The gain being edited ({root, id, version}), or null when adding. */
    var editing = null;
    /** The gain being measured ({root, id}). */
    var measuring = null;
    /** What the delete dialog asks about: {root, kind: 'gain'|'measurement', gainId, measurementId, version}. */
    var deleting = null;
    var busy = false;

    /** The root of an element: its roadmap-gains ancestor, or the root a (moved) dialog names. */
    function rootOf(element) {
        if (!element || typeof element.closest !== 'function') {
            return null;
        }
        var root = element.closest('.roadmap-gains');
        if (root) {
            return root;
        }
        var dialog = element.closest('[data-gains-root]');
        return dialog ? document.getElementById(dialog.getAttribute('data-gains-root')) : null;
    }

    /** An element of the root's dialogs by its id without the prefix, e.g. el(root, '-form'). */
    function el(root, suffix) {
        return document.getElementById(root.getAttribute('data-prefix') + suffix);
    }

    function editable(root) {
        return !!root && root.getAttribute('data-editable') === 'true';
    }

    function initiative(root) {
        return '/initiatives/' + encodeURIComponent(root.getAttribute('data-initiative-key'));
    }

    function gainPath(root, id) {
        return initiative(root) + '/gains' + (id === undefined ? '' : '/' + encodeURIComponent(id));
    }

    function call(method, path, body) {
        return window.Roadmap.rest(method, path, body);
    }

    /** The localised messages of an error answer, or the root's generic text. */
    function messageOf(root, result) {
        return window.Roadmap.messageOf(result, root.getAttribute('data-unknown-error'));
    }

    function showMessage(element, text) {
        window.Roadmap.showMessage(element, text);
    }

    function refresh() {
        window.Roadmap.refreshPanels();
    }

    // ----- numbers as people type them ------------------------------------------------------------------------------

    /**
     * A typed number as text for the server (which reads numbers as text exactly): spaces and apostrophes used to
     * group digits are dropped; in English a comma groups digits, elsewhere it is the decimal sign ("12,5" is 12.5).
     * Blank is null (the server says when it is required); anything that is still no number goes as typed, so that
     * the server names the field.
     */
    function number(root, raw) {
        var value = String(raw === null || raw === undefined ? '' : raw).trim();
        if (value === '') {
            return null;
        }
        var english = /^en\b/i.test(root.getAttribute('data-language') || '');
        var cleaned = value.replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
        if (english) {
            cleaned = cleaned.replace(/,/g, '');
        } else if (cleaned.indexOf(',') >= 0) {
            cleaned = cleaned.replace(/\./g, '').replace(',', '.');
        }
        return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned) ? cleaned : value;
    }

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function showDialog(element, focus) {
        window.Roadmap.showDialog(element, focus);
    }

    function hideDialog(element) {
        window.Roadmap.hideDialog(element);
    }

    // ----- forms: errors next to their fields -----------------------------------------------------------------------

    var FORM = {slot: 'roadmap-gain-error', message: 'roadmap-gain-form-error'};

    function clearErrors(form) {
        window.Roadmap.clearFormErrors(form, FORM);
    }

    function showErrors(root, form, result) {
        window.Roadmap.showFormErrors(form, FORM, result, root.getAttribute('data-unknown-error'));
    }

    /** Sends a form's body; on success refreshes the panels in place, else shows the errors and enables the button again. */
    function send(root, form, button, method, path, body) {
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        call(method, path, body).then(function (result) {
            if (result.ok) {
                refresh();
                return;
            }
            button.disabled = false;
            showErrors(root, form, result);
        });
    }

    // ----- add / edit a gain ----------------------------------------------------------------------------------------

    /** The currency is asked for only when the unit is currency. */
    function syncCurrency(form) {
        var group = form.querySelector('.roadmap-gain-currency-group');
        var money = form.elements.unit.value === 'CURRENCY';
        group.hidden = !money;
        if (!money) {
            form.elements.currency.value = '';
        }
    }

    /** A type suggests its usual unit while no unit is chosen: time in hours, cost savings in money. */
    function suggestUnit(form) {
        if (form.elements.unit.value) {
            return;
        }
        var unit = {TIME: 'HOURS', COST: 'CURRENCY'}[form.elements.type.value];
        if (unit) {
            form.elements.unit.value = unit;
            syncCurrency(form);
        }
    }

    function fillGain(form, record) {
        GAIN_TEXT.forEach(function (name) {
            form.elements[name].value = text(record ? record[name] : null);
        });
        ['baseline', 'target'].forEach(function (point) {
            var value = record && record[point] ? record[point] : {};
            form.elements[point + '.value'].value = text(value.value);
            form.elements[point + '.date'].value = text(value.date);
        });
        syncCurrency(form);
    }

    function collectGain(root, form, gain) {
        var body = {};
        GAIN_TEXT.forEach(function (name) {
            body[name] = form.elements[name].value;
        });
        if (body.unit !== 'CURRENCY') {
            body.currency = null;
        }
        ['baseline', 'target'].forEach(function (point) {
            body[point] = {value: number(root, form.elements[point + '.value'].value),
                date: form.elements[point + '.date'].value || null};
        });
        if (gain) {
            body.version = gain.version;
        }
        return body;
    }

    function openGainDialog(root, record) {
        var dialog = el(root, '-dialog');
        var form = el(root, '-form');
        form.reset();
        clearErrors(form);
        fillGain(form, record);
        el(root, '-dialog-title').textContent = dialog.getAttribute(record ? 'data-title-edit' : 'data-title-add');
        el(root, '-save').disabled = false;
        showDialog(dialog, record ? form.elements.title : form.elements.type);
    }

    function openAdd(root) {
        editing = null;
        openGainDialog(root, null);
    }

    function openEdit(root, id) {
        if (busy || !id) {
            return;
        }
        busy = true;
        showMessage(root.querySelector('.roadmap-gain-panel-error'), '');
        call('GET', gainPath(root, id)).then(function (result) {
            busy = false;
            if (!result.ok || !result.body) {
                showMessage(root.querySelector('.roadmap-gain-panel-error'), messageOf(root, result));
                return;
            }
            editing = {root: root, id: result.body.id, version: result.body.version};
            openGainDialog(root, result.body);
        });
    }

    // ----- measurements ---------------------------------------------------------------------------------------------

    function openMeasure(root, card) {
        var dialog = el(root, '-measure-dialog');
        var form = el(root, '-measure-form');
        measuring = {root: root, id: card.getAttribute('data-gain-id')};
        form.reset();
        clearErrors(form);
        dialog.querySelector('.roadmap-gain-measure-name').textContent = card.getAttribute('data-title') || '';
        dialog.querySelector('.roadmap-gain-measure-range').textContent = card.getAttribute('data-range') || '';
        dialog.querySelector('.roadmap-gain-unit-hint').textContent = '(' + (card.getAttribute('data-unit-name') || '') + ')';
        var today = root.getAttribute('data-today') || '';
        form.elements.date.value = today;
        form.elements.date.setAttribute('max', today);
        form.elements.date.setAttribute('min', card.getAttribute('data-baseline-date') || '');
        el(root, '-measure-save').disabled = false;
        showDialog(dialog, form.elements.value);
    }

    /**
     * "Show all n measurements": the card lists the latest few (GainView.listedMeasurements); the rest come from
     * GET …/gains/{id}. Each row is a copy of a listed one with its texts replaced (textContent only).
     */
    function showAllMeasurements(root, card, button) {
        var body = card.querySelector('.roadmap-gain-measurements tbody');
        var model = body ? body.querySelector('.roadmap-gain-measurement') : null;
        if (!model || button.disabled) {
            return;
        }
        button.disabled = true;
        call('GET', gainPath(root, card.getAttribute('data-gain-id'))).then(function (result) {
            if (!result.ok || !result.body || !Array.isArray(result.body.measurements)) {
                button.disabled = false;
                showMessage(root.querySelector('.roadmap-gain-panel-error'), messageOf(root, result));
                return;
            }
            var label = button.getAttribute('data-delete-label') || '';
            var rows = result.body.measurements.map(function (m) {
                var row = model.cloneNode(true);
                var cells = row.querySelectorAll('td');
                row.setAttribute('data-measurement-id', String(m.id));
                row.setAttribute('data-label', m.dateDisplay + ': ' + m.valueDisplay);
                cells[0].textContent = m.dateDisplay || '';
                cells[1].textContent = m.valueDisplay || '';
                cells[2].textContent = m.realisedPercentDisplay || '';
                cells[3].textContent = m.recordedByName || '';
                cells[3].setAttribute('data-user', m.recordedBy || '');
                cells[4].textContent = m.comment || '';
                var remove = row.querySelector('.roadmap-gain-measurement-delete');
                if (remove) {
                    remove.setAttribute('aria-label', label.replace('{0}', m.dateDisplay || ''));
                }
                return row;
            });
            body.replaceChildren.apply(body, rows);
            button.remove();
        });
    }

    // ----- economics (panel only) -----------------------------------------------------------------------------------

    function openEconomics(root) {
        var form = el(root, '-economics-form');
        form.reset();
        clearErrors(form);
        el(root, '-economics-save').disabled = false;
        showDialog(el(root, '-economics-dialog'), form.elements.hourlyRate);
    }

    function collectEconomics(root) {
        var form = el(root, '-economics-form');
        var dialog = el(root, '-economics-dialog');
        var body = {currency: form.elements.currency.value || null};
        ECONOMICS_NUMBERS.forEach(function (name) {
            body[name] = number(root, form.elements[name].value);
        });
        var version = dialog.getAttribute('data-version');
        if (dialog.getAttribute('data-set') === 'true' && version !== null && version !== '') {
            body.version = Number(version);
        }
        return body;
    }

    // ----- delete (panel only) --------------------------------------------------------------------------------------

    function openDelete(root, what, name) {
        var dialog = el(root, '-delete-dialog');
        deleting = what;
        deleting.root = root;
        el(root, '-delete-title').textContent = dialog.getAttribute('data-title-' + what.kind);
        el(root, '-delete-text').textContent = dialog.getAttribute('data-text-' + what.kind);
        dialog.querySelector('.roadmap-gain-delete-name').textContent = name || '';
        showMessage(dialog.querySelector('.roadmap-gain-delete-error'), '');
        el(root, '-delete-confirm').disabled = false;
        showDialog(dialog, el(root, '-delete-confirm'));
    }

    function confirmDelete(root) {
        var dialog = el(root, '-delete-dialog');
        var button = el(root, '-delete-confirm');
        if (!deleting || deleting.root !== root || button.disabled) {
            return;
        }
        button.disabled = true;
        var query = deleting.version === null || deleting.version === undefined || deleting.version === ''
            ? '' : '?version=' + encodeURIComponent(deleting.version);
        var path = gainPath(root, deleting.gainId);
        if (deleting.kind === 'measurement') {
            path += '/measurements/' + encodeURIComponent(deleting.measurementId);
        }
        call('DELETE', path + query).then(function (result) {
            if (result.ok) {
                refresh();
                return;
            }
            button.disabled = false;
            showMessage(dialog.querySelector('.roadmap-gain-delete-error'), messageOf(root, result));
        });
    }

    // ----- events (delegated: the panel and the field may be re-rendered) -------------------------------------------

    function is(target, root, suffix) {
        var button = target.closest('button');
        return !!button && button.id === root.getAttribute('data-prefix') + suffix;
    }

    function onClick(event) {
        var target = event.target;
        var root = rootOf(target);
        if (!root) {
            return;
        }
        if (target.closest('.roadmap-gain-dialog-close')) {
            hideDialog(target.closest('[role="dialog"], [role="alertdialog"]'));
            return;
        }
        var showAll = target.closest('.roadmap-gain-measurements-all');
        if (showAll) {
            showAllMeasurements(root, target.closest('.roadmap-gain-card'), showAll);
            return;
        }
        if (!editable(root)) {
            return;
        }
        if (target.closest('.roadmap-gain-add')) {
            openAdd(root);
            return;
        }
        if (target.closest('.roadmap-gain-economics-edit')) {
            openEconomics(root);
            return;
        }
        if (is(target, root, '-delete-confirm')) {
            confirmDelete(root);
            return;
        }
        var card = target.closest('.roadmap-gain-card');
        if (!card) {
            return;
        }
        if (target.closest('.roadmap-gain-measure')) {
            openMeasure(root, card);
        } else if (target.closest('.roadmap-gain-edit')) {
            openEdit(root, card.getAttribute('data-gain-id'));
        } else if (target.closest('.roadmap-gain-delete')) {
            openDelete(root, {kind: 'gain', gainId: card.getAttribute('data-gain-id'), version: card.getAttribute('data-version')},
                card.getAttribute('data-title'));
        } else if (target.closest('.roadmap-gain-measurement-delete')) {
            var row = target.closest('.roadmap-gain-measurement');
            openDelete(root, {kind: 'measurement', gainId: card.getAttribute('data-gain-id'),
                measurementId: row.getAttribute('data-measurement-id'), version: card.getAttribute('data-version')},
                card.getAttribute('data-title') + ' – ' + row.getAttribute('data-label'));
        }
    }

    function onChange(event) {
        var target = event.target;
        var form = target ? target.form : null;
        var root = rootOf(form);
        if (!root || form !== el(root, '-form')) {
            return;
        }
        if (target.name === 'unit') {
            syncCurrency(form);
        } else if (target.name === 'type') {
            suggestUnit(form);
        }
    }

    function onSubmit(event) {
        var form = event.target;
        var root = rootOf(form);
        if (!root) {
            return;
        }
        if (form === el(root, '-form')) {
            event.preventDefault();
            var gain = editing && editing.root === root ? editing : null;
            send(root, form, el(root, '-save'), gain ? 'PUT' : 'POST', gain ? gainPath(root, gain.id) : gainPath(root),
                collectGain(root, form, gain));
        } else if (form === el(root, '-measure-form')) {
            event.preventDefault();
            if (measuring && measuring.root === root) {
                send(root, form, el(root, '-measure-save'), 'POST', gainPath(root, measuring.id) + '/measurements', {
                    value: number(root, form.elements.value.value),
                    date: form.elements.date.value || null,
                    comment: form.elements.comment.value
                });
            }
        } else if (form === el(root, '-economics-form')) {
            event.preventDefault();
            send(root, form, el(root, '-economics-save'), 'PUT', initiative(root) + '/economics', collectEconomics(root));
        }
    }

    document.addEventListener('click', onClick);
    document.addEventListener('change', onChange);
    document.addEventListener('submit', onSubmit);
})(window, document);
