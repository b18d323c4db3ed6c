/*
 * Gain panel (velocity/gain/panel.vm): adds, edits and deletes gains, records and deletes measurements and saves the
 * initiative's economics through the REST API, showing each 400 error next to its field; reloads after a change.
 * Server texts are inserted with textContent only; user data reaches the script through data-* attributes and REST.
 */
(function (window, document) {
    'use strict';

    var GAIN_TEXT = ['type', 'title', 'indicator', 'unit', 'currency', 'owner', 'method', 'frequency'];
    var ECONOMICS_NUMBERS = ['hourlyRate', 'discountRatePercent', 'horizonYears', 'investment', 'yearlyRunningCost',
        'trainingHoursPerEmployee', 'employees'];

    /** The gain being edited ({id, version}), or null when adding. */
    var editing = null;
    /** The gain being measured ({id}). */
    var measuring = null;
    /** What the delete dialog asks about: {kind: 'gain'|'measurement', gainId, measurementId, version}. */
    var deleting = null;
    var busy = false;

    function panel() {
        return document.getElementById('roadmap-gains');
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function editable() {
        var root = panel();
        return !!root && root.getAttribute('data-editable') === 'true';
    }

    function initiative() {
        return '/initiatives/' + encodeURIComponent(panel().getAttribute('data-initiative-key'));
    }

    function gainPath(id) {
        return initiative() + '/gains' + (id === undefined ? '' : '/' + encodeURIComponent(id));
    }

    function contextPath() {
        return window.Roadmap.contextPath();
    }

    function call(method, path, body) {
        return window.Roadmap.rest(method, path, body);
    }

    function errorsOf(result) {
        return window.Roadmap.errorsOf(result);
    }

    /** The localised messages of an error answer, or the panel's generic text. */
    function messageOf(result) {
        var messages = errorsOf(result).map(function (e) { return e.message; }).filter(Boolean);
        return messages.length ? messages.join(' ') : panel().getAttribute('data-unknown-error');
    }

    function showMessage(element, text) {
        window.Roadmap.showMessage(element, text);
    }

    function reload() {
        window.location.reload();
    }

    // ----- numbers as people type them ------------------------------------------------------------------------------

    /**
     * A typed number as text for the server (which reads numbers as text exactly): spaces and apostrophes used to
     * group digits are dropped; in English a comma groups digits, elsewhere it is the decimal sign ("12,5" is 12.5).
     * Blank is null (the server says when it is required); anything that is still no number goes as typed, so that
     * the server names the field.
     */
    function number(raw) {
        var value = String(raw === null || raw === undefined ? '' : raw).trim();
        if (value === '') {
            return null;
        }
        var english = /^en\b/i.test(panel().getAttribute('data-language') || '');
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

    // ----- dialogs: AUI dialog2 when the page has it, else plain show/hide of the same markup -------------------------



    function showDialog(element, focus) {
        window.Roadmap.showDialog(element, focus);
    }

    function hideDialog(element) {
        window.Roadmap.hideDialog(element);
    }

    // ----- forms: errors next to their fields -----------------------------------------------------------------------

    function clearErrors(form) {
        showMessage(form.querySelector('.roadmap-gain-form-error'), '');
        Array.prototype.forEach.call(form.querySelectorAll('.roadmap-gain-error'), function (slot) {
            showMessage(slot, '');
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
    }

    /** Each 400 error next to its field (data-field names the JSON field); the rest, e.g. a 409, above the fields. */
    function showErrors(form, result) {
        clearErrors(form);
        var slots = Array.prototype.slice.call(form.querySelectorAll('.roadmap-gain-error'));
        var general = [];
        var first = null;
        var errors = errorsOf(result);
        errors.forEach(function (error) {
            var slot = null;
            slots.forEach(function (candidate) {
                if (!slot && error.field && candidate.getAttribute('data-field') === error.field
                        && !candidate.parentNode.closest('[hidden]')) {
                    slot = candidate;
                }
            });
            if (!slot || result.status !== 400) {
                general.push(error.message);
                return;
            }
            slot.textContent = slot.textContent ? slot.textContent + ' ' + error.message : error.message;
            slot.hidden = false;
            var field = slot.parentNode.querySelector('input, select, textarea');
            if (field) {
                field.setAttribute('aria-invalid', 'true');
                first = first || field;
            }
        });
        if (!errors.length) {
            general.push(panel().getAttribute('data-unknown-error'));
        }
        var message = form.querySelector('.roadmap-gain-form-error');
        showMessage(message, general.join(' '));
        if (first) {
            first.focus();
        } else if (general.length && typeof message.scrollIntoView === 'function') {
            message.scrollIntoView({block: 'nearest'});
        }
    }

    /** Sends a form's body; on success reloads the page, else shows the errors and enables the button again. */
    function send(form, button, method, path, body) {
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        call(method, path, body).then(function (result) {
            if (result.ok) {
                reload();
                return;
            }
            button.disabled = false;
            showErrors(form, result);
        });
    }

    // ----- add / edit a gain ----------------------------------------------------------------------------------------

    function gainForm() {
        return byId('roadmap-gain-form');
    }

    /** The currency is asked for only when the unit is currency. */
    function syncCurrency() {
        var form = gainForm();
        var group = form.querySelector('.roadmap-gain-currency-group');
        var money = form.elements.unit.value === 'CURRENCY';
        group.hidden = !money;
        if (!money) {
            form.elements.currency.value = '';
        }
    }

    /** A type suggests its usual unit while no unit is chosen: time in hours, cost savings in money. */
    function suggestUnit() {
        var form = gainForm();
        if (form.elements.unit.value) {
            return;
        }
        var unit = {TIME: 'HOURS', COST: 'CURRENCY'}[form.elements.type.value];
        if (unit) {
            form.elements.unit.value = unit;
            syncCurrency();
        }
    }

    function fillGain(record) {
        var form = gainForm();
        GAIN_TEXT.forEach(function (name) {
            form.elements[name].value = text(record ? record[name] : null);
        });
        ['baseline', 'target'].forEach(function (point) {
            var value = record && record[point] ? record[point] : {};
            form.elements[point + '.value'].value = text(value.value);
            form.elements[point + '.date'].value = text(value.date);
        });
        syncCurrency();
    }

    function collectGain() {
        var form = gainForm();
        var body = {};
        GAIN_TEXT.forEach(function (name) {
            body[name] = form.elements[name].value;
        });
        if (body.unit !== 'CURRENCY') {
            body.currency = null;
        }
        ['baseline', 'target'].forEach(function (point) {
            body[point] = {value: number(form.elements[point + '.value'].value), date: form.elements[point + '.date'].value || null};
        });
        if (editing) {
            body.version = editing.version;
        }
        return body;
    }

    function openGainDialog(record) {
        var dialog = byId('roadmap-gain-dialog');
        var form = gainForm();
        form.reset();
        clearErrors(form);
        fillGain(record);
        byId('roadmap-gain-dialog-title').textContent = dialog.getAttribute(record ? 'data-title-edit' : 'data-title-add');
        byId('roadmap-gain-save').disabled = false;
        showDialog(dialog, record ? form.elements.title : form.elements.type);
    }

    function openAdd() {
        editing = null;
        openGainDialog(null);
    }

    function openEdit(id) {
        if (busy || !id) {
            return;
        }
        busy = true;
        showMessage(panel().querySelector('.roadmap-gain-panel-error'), '');
        call('GET', gainPath(id)).then(function (result) {
            busy = false;
            if (!result.ok || !result.body) {
                showMessage(panel().querySelector('.roadmap-gain-panel-error'), messageOf(result));
                return;
            }
            editing = {id: result.body.id, version: result.body.version};
            openGainDialog(result.body);
        });
    }

    // ----- measurements ---------------------------------------------------------------------------------------------

    function openMeasure(card) {
        var dialog = byId('roadmap-gain-measure-dialog');
        var form = byId('roadmap-gain-measure-form');
        measuring = {id: card.getAttribute('data-gain-id')};
        form.reset();
        clearErrors(form);
        dialog.querySelector('.roadmap-gain-measure-name').textContent = card.getAttribute('data-title') || '';
        dialog.querySelector('.roadmap-gain-measure-range').textContent = card.getAttribute('data-range') || '';
        dialog.querySelector('.roadmap-gain-unit-hint').textContent = '(' + (card.getAttribute('data-unit-name') || '') + ')';
        var today = panel().getAttribute('data-today') || '';
        form.elements.date.value = today;
        form.elements.date.setAttribute('max', today);
        form.elements.date.setAttribute('min', card.getAttribute('data-baseline-date') || '');
        byId('roadmap-gain-measure-save').disabled = false;
        showDialog(dialog, form.elements.value);
    }

    // ----- economics ------------------------------------------------------------------------------------------------

    function openEconomics() {
        var dialog = byId('roadmap-gain-economics-dialog');
        var form = byId('roadmap-gain-economics-form');
        form.reset();
        clearErrors(form);
        byId('roadmap-gain-economics-save').disabled = false;
        showDialog(dialog, form.elements.hourlyRate);
    }

    function collectEconomics() {
        var form = byId('roadmap-gain-economics-form');
        var dialog = byId('roadmap-gain-economics-dialog');
        var body = {currency: form.elements.currency.value || null};
        ECONOMICS_NUMBERS.forEach(function (name) {
            body[name] = number(form.elements[name].value);
        });
        var version = dialog.getAttribute('data-version');
        if (dialog.getAttribute('data-set') === 'true' && version !== null && version !== '') {
            body.version = Number(version);
        }
        return body;
    }

    // ----- delete ---------------------------------------------------------------------------------------------------

    function openDelete(what, name) {
        var dialog = byId('roadmap-gain-delete-dialog');
        deleting = what;
        byId('roadmap-gain-delete-title').textContent = dialog.getAttribute('data-title-' + what.kind);
        byId('roadmap-gain-delete-text').textContent = dialog.getAttribute('data-text-' + what.kind);
        dialog.querySelector('.roadmap-gain-delete-name').textContent = name || '';
        showMessage(dialog.querySelector('.roadmap-gain-delete-error'), '');
        byId('roadmap-gain-delete-confirm').disabled = false;
        showDialog(dialog, byId('roadmap-gain-delete-confirm'));
    }

    function confirmDelete() {
        var dialog = byId('roadmap-gain-delete-dialog');
        var button = byId('roadmap-gain-delete-confirm');
        if (!deleting || button.disabled) {
            return;
        }
        button.disabled = true;
        var query = deleting.version === null || deleting.version === undefined || deleting.version === ''
            ? '' : '?version=' + encodeURIComponent(deleting.version);
        var path = gainPath(deleting.gainId);
        if (deleting.kind === 'measurement') {
            path += '/measurements/' + encodeURIComponent(deleting.measurementId);
        }
        call('DELETE', path + query).then(function (result) {
            if (result.ok) {
                reload();
                return;
            }
            button.disabled = false;
            showMessage(dialog.querySelector('.roadmap-gain-delete-error'), messageOf(result));
        });
    }

    // ----- events (delegated: the panel may be re-rendered) ---------------------------------------------------------

    function onClick(event) {
        var target = event.target;
        if (!target || typeof target.closest !== 'function' || !panel()) {
            return;
        }
        if (target.closest('.roadmap-gain-dialog-close')) {
            hideDialog(target.closest('[role="dialog"], [role="alertdialog"]'));
            return;
        }
        if (!editable()) {
            return;
        }
        if (target.closest('#roadmap-gain-add')) {
            openAdd();
            return;
        }
        if (target.closest('#roadmap-gain-economics-edit')) {
            openEconomics();
            return;
        }
        if (target.closest('#roadmap-gain-delete-confirm')) {
            confirmDelete();
            return;
        }
        var card = target.closest('.roadmap-gain-card');
        if (!card) {
            return;
        }
        if (target.closest('.roadmap-gain-measure')) {
            openMeasure(card);
        } else if (target.closest('.roadmap-gain-edit')) {
            openEdit(card.getAttribute('data-gain-id'));
        } else if (target.closest('.roadmap-gain-delete')) {
            openDelete({kind: 'gain', gainId: card.getAttribute('data-gain-id'), version: card.getAttribute('data-version')},
                card.getAttribute('data-title'));
        } else if (target.closest('.roadmap-gain-measurement-delete')) {
            var row = target.closest('.roadmap-gain-measurement');
            openDelete({kind: 'measurement', gainId: card.getAttribute('data-gain-id'),
                measurementId: row.getAttribute('data-measurement-id'), version: card.getAttribute('data-version')},
                card.getAttribute('data-title') + ' – ' + row.getAttribute('data-label'));
        }
    }

    function onChange(event) {
        var target = event.target;
        if (!target || !target.form || target.form.id !== 'roadmap-gain-form') {
            return;
        }
        if (target.name === 'unit') {
            syncCurrency();
        } else if (target.name === 'type') {
            suggestUnit();
        }
    }

    function onSubmit(event) {
        var form = event.target;
        if (!form || !panel()) {
            return;
        }
        if (form.id === 'roadmap-gain-form') {
            event.preventDefault();
            send(form, byId('roadmap-gain-save'), editing ? 'PUT' : 'POST', editing ? gainPath(editing.id) : gainPath(),
                collectGain());
        } else if (form.id === 'roadmap-gain-measure-form') {
            event.preventDefault();
            if (measuring) {
                send(form, byId('roadmap-gain-measure-save'), 'POST', gainPath(measuring.id) + '/measurements', {
                    value: number(form.elements.value.value),
                    date: form.elements.date.value || null,
                    comment: form.elements.comment.value
                });
            }
        } else if (form.id === 'roadmap-gain-economics-form') {
            event.preventDefault();
            send(form, byId('roadmap-gain-economics-save'), 'PUT', initiative() + '/economics', collectEconomics());
        }
    }

    document.addEventListener('click', onClick);
    document.addEventListener('change', onChange);
    document.addEventListener('submit', onSubmit);
})(window, document);
