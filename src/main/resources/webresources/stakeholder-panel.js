/*
 * Anchoring stakeholder panel (velocity/stakeholder/panel.vm): sorts the table in the browser, and adds, edits and
 * deletes stakeholders through the REST API, showing each 400 error next to its field; refreshes the panels in place after a change.
 * Server texts are inserted with textContent only; user data reaches the script through data-* attributes and REST.
 */
(function (window, document) {
    'use strict';

    var TEXT_FIELDS = ['name', 'group', 'level', 'effect', 'involvement', 'owner', 'lastContact', 'nextContact', 'notes'];
    var NUMBER_FIELDS = ['attitude', 'desiredAttitude', 'influence', 'interest'];

    /** The stakeholder being edited ({id, version, name, statusByPhase}), or null when adding. */
    var editing = null;
    var busy = false;

    function panel() {
        return document.getElementById('roadmap-stakeholders');
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function editable() {
        var root = panel();
        return !!root && root.getAttribute('data-editable') === 'true';
    }

    function currentPhase() {
        return panel().getAttribute('data-current-phase');
    }

    function collection() {
        return '/initiatives/' + encodeURIComponent(panel().getAttribute('data-initiative-key')) + '/stakeholders';
    }

    function contextPath() {
        return window.Roadmap.contextPath();
    }

    function call(method, path, body) {
        return window.Roadmap.rest(method, path, body);
    }

    /** The localised messages of an error answer, or the panel's generic text. */
    function messageOf(result) {
        return window.Roadmap.messageOf(result, panel().getAttribute('data-unknown-error'));
    }

    function showMessage(element, text) {
        window.Roadmap.showMessage(element, text);
    }

    function refresh() {
        window.Roadmap.refreshPanels();
    }

    // ----- dialogs: AUI dialog2 when the page has it, else plain show/hide of the same markup -------------------------



    function showDialog(element, focus) {
        window.Roadmap.showDialog(element, focus);
    }

    function hideDialog(element) {
        window.Roadmap.hideDialog(element);
    }

    // ----- add / edit -----------------------------------------------------------------------------------------------

    function form() {
        return byId('roadmap-stakeholder-form');
    }

    var FORM = {slot: 'roadmap-sh-error', message: 'roadmap-sh-form-error'};

    function clearErrors() {
        window.Roadmap.clearFormErrors(form(), FORM);
    }

    function fill(record) {
        var f = form();
        TEXT_FIELDS.concat(NUMBER_FIELDS).forEach(function (name) {
            var value = record ? record[name] : null;
            f.elements[name].value = value === null || value === undefined ? '' : String(value);
        });
        var statuses = record && record.statusByPhase ? record.statusByPhase : {};
        f.elements.status.value = statuses[currentPhase()] || '';
    }

    /** "3" as the number 3; blank as null (the server says it is required); anything else as typed, for the server to name. */
    function number(raw) {
        var value = String(raw).trim();
        if (value === '') {
            return null;
        }
        return /^[+-]?\d{1,9}$/.test(value) ? parseInt(value, 10) : value;
    }

    function collect() {
        var f = form();
        var body = {};
        TEXT_FIELDS.forEach(function (name) {
            body[name] = f.elements[name].value;
        });
        NUMBER_FIELDS.forEach(function (name) {
            body[name] = number(f.elements[name].value);
        });
        var statuses = {};
        var kept = editing ? editing.statusByPhase : {};
        Object.keys(kept).forEach(function (phase) {
            statuses[phase] = kept[phase];
        });
        var status = f.elements.status.value;
        if (status) {
            statuses[currentPhase()] = status;
        } else {
            delete statuses[currentPhase()];
        }
        body.statusByPhase = statuses;
        if (editing) {
            body.version = editing.version;
        }
        return body;
    }

    function showErrors(result) {
        window.Roadmap.showFormErrors(form(), FORM, result, panel().getAttribute('data-unknown-error'));
    }

    function openDialog(record) {
        var dialog = byId('roadmap-stakeholder-dialog');
        var f = form();
        f.reset();
        clearErrors();
        fill(record);
        byId('roadmap-stakeholder-dialog-title').textContent =
            dialog.getAttribute(record ? 'data-title-edit' : 'data-title-add');
        byId('roadmap-stakeholder-dialog-delete').hidden = !record;
        var exportLink = byId('roadmap-stakeholder-personal-export');
        exportLink.hidden = !record;
        exportLink.href = record ? contextPath() + '/rest/roadmap/1.0' + collection() + '/' + encodeURIComponent(record.id)
            + '/personal-data' : '#';
        byId('roadmap-stakeholder-dialog-erase').hidden = !record || !!record.erased;
        byId('roadmap-stakeholder-save').disabled = false;
        showDialog(dialog, f.elements.name);
    }

    function openAdd() {
        editing = null;
        openDialog(null);
    }

    function openEdit(id) {
        if (busy || !id) {
            return;
        }
        busy = true;
        showMessage(panel().querySelector('.roadmap-sh-panel-error'), '');
        call('GET', collection() + '/' + encodeURIComponent(id)).then(function (result) {
            busy = false;
            if (!result.ok || !result.body) {
                showMessage(panel().querySelector('.roadmap-sh-panel-error'), messageOf(result));
                return;
            }
            editing = {id: result.body.id, version: result.body.version, name: result.body.name,
                statusByPhase: result.body.statusByPhase || {}, erased: !!result.body.erased};
            openDialog(result.body);
        });
    }

    function onSubmit(event) {
        if (!event.target || event.target.id !== 'roadmap-stakeholder-form') {
            return;
        }
        event.preventDefault();
        var save = byId('roadmap-stakeholder-save');
        if (save.disabled) {
            return;
        }
        save.disabled = true;
        var path = editing ? collection() + '/' + encodeURIComponent(editing.id) : collection();
        call(editing ? 'PUT' : 'POST', path, collect()).then(function (result) {
            if (result.ok) {
                refresh();
                return;
            }
            save.disabled = false;
            showErrors(result);
        });
    }

    // ----- delete and erase personal data: each asks first in its own dialog ----------------------------------------

    /** The stakeholder each confirm dialog asks about ({id, version}), by kind: 'delete' or 'erase'. */
    var confirming = {};

    /** Kinds follow the markup: roadmap-stakeholder-<kind>-dialog / -confirm, .roadmap-sh-<kind>-name / -error. */
    function openConfirm(kind, id, version, name) {
        var dialog = byId('roadmap-stakeholder-' + kind + '-dialog');
        var button = byId('roadmap-stakeholder-' + kind + '-confirm');
        confirming[kind] = {id: id, version: version};
        dialog.querySelector('.roadmap-sh-' + kind + '-name').textContent = name || '';
        showMessage(dialog.querySelector('.roadmap-sh-' + kind + '-error'), '');
        button.disabled = false;
        showDialog(dialog, button);
    }

    function versionQuery(version) {
        return version === null || version === undefined || version === '' ? '' : '?version=' + encodeURIComponent(version);
    }

    var CONFIRMED = {
        'delete': function (target) {
            return call('DELETE', collection() + '/' + encodeURIComponent(target.id) + versionQuery(target.version));
        },
        erase: function (target) {
            return call('POST', collection() + '/' + encodeURIComponent(target.id) + '/erase' + versionQuery(target.version), {});
        }
    };

    function confirmAction(kind) {
        var dialog = byId('roadmap-stakeholder-' + kind + '-dialog');
        var button = byId('roadmap-stakeholder-' + kind + '-confirm');
        var target = confirming[kind];
        if (!target || button.disabled) {
            return;
        }
        button.disabled = true;
        CONFIRMED[kind](target).then(function (result) {
            if (result.ok) {
                refresh();
                return;
            }
            button.disabled = false;
            showMessage(dialog.querySelector('.roadmap-sh-' + kind + '-error'), messageOf(result));
        });
    }

    // ----- sorting (the server sends the rows by level) -------------------------------------------------------------

    function num(row, name) {
        return Number(row.getAttribute('data-' + name));
    }

    var ORDERS = {
        level: function (a, b) {
            return num(a, 'order') - num(b, 'order');
        },
        gap: function (a, b) {
            return num(b, 'gap') - num(a, 'gap') || num(a, 'order') - num(b, 'order');
        },
        next: function (a, b) {
            var x = a.getAttribute('data-next') || '';
            var y = b.getAttribute('data-next') || '';
            if (x !== y) {
                if (!x || !y) {
                    return x ? -1 : 1;
                }
                return x < y ? -1 : 1;
            }
            return num(a, 'order') - num(b, 'order');
        }
    };

    function sort(key) {
        var table = byId('roadmap-stakeholder-table');
        if (!table || !ORDERS[key]) {
            return;
        }
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(ORDERS[key]).forEach(function (row) {
            body.appendChild(row);
        });
        Array.prototype.forEach.call(table.querySelectorAll('th[data-sort-column]'), function (th) {
            if (th.getAttribute('data-sort-column') === key) {
                th.setAttribute('aria-sort', key === 'gap' ? 'descending' : 'ascending');
            } else {
                th.removeAttribute('aria-sort');
            }
        });
    }

    // ----- events (delegated: the panel may be re-rendered) ---------------------------------------------------------

    function onClick(event) {
        var target = event.target;
        if (!target || typeof target.closest !== 'function' || !panel()) {
            return;
        }
        var sortButton = target.closest('.roadmap-sh-sort');
        if (sortButton) {
            sort(sortButton.getAttribute('data-sort'));
            return;
        }
        if (target.closest('.roadmap-sh-dialog-close')) {
            hideDialog(target.closest('[role="dialog"], [role="alertdialog"]'));
            return;
        }
        if (!editable()) {
            return;
        }
        if (target.closest('#roadmap-stakeholder-add')) {
            openAdd();
            return;
        }
        if (target.closest('#roadmap-stakeholder-delete-confirm')) {
            confirmAction('delete');
            return;
        }
        if (target.closest('#roadmap-stakeholder-erase-confirm')) {
            confirmAction('erase');
            return;
        }
        if (target.closest('#roadmap-stakeholder-dialog-erase')) {
            if (editing) {
                hideDialog(byId('roadmap-stakeholder-dialog'));
                openConfirm('erase', editing.id, editing.version, editing.name);
            }
            return;
        }
        if (target.closest('#roadmap-stakeholder-dialog-delete')) {
            if (editing) {
                hideDialog(byId('roadmap-stakeholder-dialog'));
                openConfirm('delete', editing.id, editing.version, editing.name);
            }
            return;
        }
        var row = target.closest('tr.roadmap-stakeholder-row');
        if (row && target.closest('.roadmap-stakeholder-delete')) {
            openConfirm('delete', row.getAttribute('data-stakeholder-id'), row.getAttribute('data-version'),
                row.getAttribute('data-name'));
            return;
        }
        if (row && (target.closest('.roadmap-stakeholder-edit') || !target.closest('a, button, input, select, textarea'))) {
            openEdit(row.getAttribute('data-stakeholder-id'));
            return;
        }
        var point = target.closest('.roadmap-grid-point');
        if (point) {
            openEdit(point.getAttribute('data-stakeholder-id'));
        }
    }

    function onKey(event) {
        if (event.key !== 'Enter' && event.key !== ' ') {
            return;
        }
        var target = event.target;
        var point = target && typeof target.closest === 'function' ? target.closest('.roadmap-grid-point') : null;
        if (point && editable()) {
            event.preventDefault();
            openEdit(point.getAttribute('data-stakeholder-id'));
        }
    }

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    document.addEventListener('submit', onSubmit);
})(window, document);
