/*
 * Risk panel (velocity/risk/panel.vm): sorts the register, filters it by a heat map cell, and sends the dialogs (risk,
 * measure, contingency plan, handover) to REST; errors go next to their fields (form-errors.js), then the panels are
 * read again in place. Handlers are delegated to the document, so they survive the refresh. Text goes in as text only.
 */
(function (window, document) {
    'use strict';

    var FORM = {slot: 'roadmap-risk-error', message: 'roadmap-risk-form-error'};
    var current = {riskId: null, version: null, measureId: null};

    function root() {
        return document.getElementById('roadmap-risks');
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function base() {
        return '/initiatives/' + encodeURIComponent(root().getAttribute('data-initiative-key'));
    }

    function rows() {
        var table = byId('roadmap-risk-table');
        return table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    }

    function sortRows(order) {
        var list = rows();
        if (!list.length) {
            return;
        }
        function num(r, a) {
            return Number(r.getAttribute(a)) || 0;
        }
        list.sort(function (a, b) {
            var d = 0;
            if (order === 'RESIDUAL') {
                d = num(b, 'data-residual') - num(a, 'data-residual');
            } else if (order === 'REVIEW') {
                var ra = a.getAttribute('data-review') || '9999-12-31';
                var rb = b.getAttribute('data-review') || '9999-12-31';
                d = ra < rb ? -1 : (ra > rb ? 1 : 0);
            } else {
                d = num(b, 'data-score') - num(a, 'data-score');
            }
            return d || num(a, 'data-order') - num(b, 'data-order');
        });
        var body = list[0].parentNode;
        list.forEach(function (r) { body.appendChild(r); });
    }

    function filterCell(button) {
        var map = button.getAttribute('data-map');
        var cell = button.getAttribute('data-cell');
        var pressed = button.getAttribute('aria-pressed') === 'true';
        Array.prototype.forEach.call(root().querySelectorAll('.roadmap-risk-cell-button'), function (b) {
            b.setAttribute('aria-pressed', 'false');
        });
        rows().forEach(function (r) {
            r.hidden = !pressed && r.getAttribute('data-cell-' + map) !== cell;
        });
        if (!pressed) {
            button.setAttribute('aria-pressed', 'true');
        }
        byId('roadmap-risk-filter').hidden = pressed;
    }

    function showAll() {
        rows().forEach(function (r) { r.hidden = false; });
        Array.prototype.forEach.call(root().querySelectorAll('.roadmap-risk-cell-button'), function (b) {
            b.setAttribute('aria-pressed', 'false');
        });
        byId('roadmap-risk-filter').hidden = true;
    }

    /** The form's fields as JSON: data-type int and bool are converted, blank text is sent as null. */
    function values(form) {
        var body = {};
        Array.prototype.forEach.call(form.elements, function (f) {
            if (!f.name) {
                return;
            }
            var type = f.getAttribute('data-type');
            var v;
            if (type === 'bool') {
                v = f.checked;
            } else if (type === 'int') {
                v = f.value === '' ? null : Number(f.value);
            } else {
                v = f.value === '' ? null : f.value;
            }
            body[f.name] = v;
        });
        return body;
    }

    function fill(form, data) {
        Array.prototype.forEach.call(form.elements, function (f) {
            if (!f.name) {
                return;
            }
            var v = f.name === 'acceptance.reason' ? (data.acceptance ? data.acceptance.reason : '') : data[f.name];
            if (f.getAttribute('data-type') === 'bool') {
                f.checked = !!v;
            } else {
                f.value = v === null || v === undefined ? '' : String(v);
            }
        });
    }

    function open(id, focus) {
        var dialog = byId(id);
        var form = dialog.querySelector('form');
        window.Roadmap.clearFormErrors(form, FORM);
        window.Roadmap.showDialog(dialog, focus ? byId(focus) : null);
        return form;
    }

    function send(form, method, path, body) {
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        window.Roadmap.rest(method, path, body).then(function (result) {
            button.disabled = false;
            if (result.ok) {
                window.Roadmap.hideDialog(form.closest('section'));
                window.Roadmap.refreshPanels();
                return;
            }
            var fallback = result.status === 409 && !window.Roadmap.errorsOf(result).length
                ? root().getAttribute('data-text-stale') : root().getAttribute('data-unknown-error');
            window.Roadmap.showFormErrors(form, FORM, result, fallback);
        });
    }

    function newRisk() {
        current = {riskId: null, version: null};
        var form = open('roadmap-risk-dialog', 'roadmap-risk-title');
        form.reset();
        byId('roadmap-risk-dialog-title').textContent = root().getAttribute('data-text-new');
    }

    function editRisk(id) {
        window.Roadmap.rest('GET', base() + '/risks/' + encodeURIComponent(id)).then(function (result) {
            if (!result.ok) {
                window.Roadmap.showMessage(byId('roadmap-risk-panel-error'), window.Roadmap.errorText(result));
                return;
            }
            current = {riskId: id, version: result.body.version};
            var form = open('roadmap-risk-dialog', 'roadmap-risk-title');
            fill(form, result.body);
            byId('roadmap-risk-dialog-title').textContent = root().getAttribute('data-text-edit');
        });
    }

    function saveRisk(form) {
        var body = values(form);
        var reason = body['acceptance.reason'];
        delete body['acceptance.reason'];
        if (current.riskId === null) {
            body.acceptance = reason ? {reason: reason} : null;
            send(form, 'POST', base() + '/risks', body);
        } else {
            // A blank reason withdraws a stored acceptance.
            body.acceptance = {reason: reason || ''};
            body.version = current.version;
            send(form, 'PUT', base() + '/risks/' + encodeURIComponent(current.riskId), body);
        }
    }

    /** The measure dialog: empty to add one, or filled from the risk as stored to change one (no new Jira task then). */
    function openMeasure(riskId, measureId) {
        current = {riskId: riskId, version: null, measureId: measureId};
        byId('roadmap-measure-issue-group').hidden = !!measureId;
        byId('roadmap-measure-dialog-title').textContent = root().getAttribute(measureId ? 'data-text-edit-measure' : 'data-text-add-measure');
        if (!measureId) {
            open('roadmap-measure-dialog', 'roadmap-measure-text').reset();
            return;
        }
        window.Roadmap.rest('GET', base() + '/risks/' + encodeURIComponent(riskId)).then(function (result) {
            var measure = result.ok && result.body.measures.filter(function (m) { return String(m.id) === String(measureId); })[0];
            if (!measure) {
                window.Roadmap.showMessage(byId('roadmap-risk-panel-error'), result.ok
                    ? root().getAttribute('data-text-stale') : window.Roadmap.errorText(result));
                return;
            }
            current.version = result.body.version;
            var form = open('roadmap-measure-dialog', 'roadmap-measure-text');
            form.reset();
            fill(form, {text: measure.text, owner: measure.owner, due: measure.due, status: measure.status, createIssue: false});
        });
    }

    function saveMeasure(form) {
        var body = values(form);
        var path = base() + '/risks/' + encodeURIComponent(current.riskId) + '/measures';
        if (!current.measureId) {
            send(form, 'POST', path, body);
            return;
        }
        delete body.createIssue;
        body.version = current.version;
        send(form, 'PUT', path + '/' + encodeURIComponent(current.measureId), body);
    }

    function deleteRisk(button) {
        if (!window.confirm(root().getAttribute('data-text-confirm-delete'))) {
            return;
        }
        var path = base() + '/risks/' + encodeURIComponent(button.getAttribute('data-risk-id'))
            + '?version=' + encodeURIComponent(button.getAttribute('data-version'));
        window.Roadmap.rest('DELETE', path).then(function (result) {
            if (result.ok) {
                window.Roadmap.refreshPanels();
            } else {
                window.Roadmap.showMessage(byId('roadmap-risk-panel-error'), result.status === 409
                    ? root().getAttribute('data-text-stale') : window.Roadmap.errorText(result));
            }
        });
    }

    function onClick(event) {
        var t = event.target;
        if (!root() || !t.closest) {
            return;
        }
        var cell = t.closest('.roadmap-risk-cell-button');
        if (cell && root().contains(cell)) {
            filterCell(cell);
        } else if (t.closest('#roadmap-risk-show-all')) {
            showAll();
        } else if (t.closest('#roadmap-risk-add')) {
            newRisk();
        } else if (t.closest('.roadmap-risk-edit')) {
            editRisk(t.closest('.roadmap-risk-edit').getAttribute('data-risk-id'));
        } else if (t.closest('.roadmap-risk-delete')) {
            deleteRisk(t.closest('.roadmap-risk-delete'));
        } else if (t.closest('.roadmap-risk-add-measure')) {
            openMeasure(t.closest('.roadmap-risk-add-measure').getAttribute('data-risk-id'), null);
        } else if (t.closest('.roadmap-risk-edit-measure')) {
            var edit = t.closest('.roadmap-risk-edit-measure');
            openMeasure(edit.getAttribute('data-risk-id'), edit.getAttribute('data-measure-id'));
        } else if (t.closest('#roadmap-risk-plan-edit')) {
            open('roadmap-plan-dialog', 'roadmap-plan-text');
        } else if (t.closest('#roadmap-handover-edit')) {
            open('roadmap-handover-dialog', 'roadmap-handover-meetingDate');
        } else if (t.closest('.roadmap-risk-cancel')) {
            window.Roadmap.hideDialog(t.closest('section'));
        }
    }

    function onSubmit(event) {
        var form = event.target;
        if (!form.id || form.id.indexOf('roadmap-') !== 0) {
            return;
        }
        if (form.id === 'roadmap-risk-form') {
            event.preventDefault();
            saveRisk(form);
        } else if (form.id === 'roadmap-measure-form') {
            event.preventDefault();
            saveMeasure(form);
        } else if (form.id === 'roadmap-plan-form') {
            event.preventDefault();
            var plan = values(form);
            plan.version = Number(root().getAttribute('data-plan-version'));
            send(form, 'PUT', base() + '/risks/contingency-plan', plan);
        } else if (form.id === 'roadmap-handover-form') {
            event.preventDefault();
            var handover = values(form);
            handover.version = Number(byId('roadmap-risk-handover').getAttribute('data-version'));
            send(form, 'PUT', base() + '/handover', handover);
        }
    }

    function onChange(event) {
        if (event.target && event.target.id === 'roadmap-risk-sort') {
            sortRows(event.target.value);
        }
    }

    document.addEventListener('click', onClick);
    document.addEventListener('submit', onSubmit);
    document.addEventListener('change', onChange);
})(window, document);
