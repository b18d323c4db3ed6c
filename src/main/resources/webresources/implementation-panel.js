/*
 * Implementation plan panel (velocity/implementation/panel.vm): editors open a form under the table for a unit (new or
 * edit), a super-user, a training session or new staff; the form is sent to REST and each 400 shows next to its field,
 * a 409 (stale version) above the fields. After a change the panels are read again in place. Text goes in as text.
 */
(function (window, document) {
    'use strict';

    var classes = {slot: 'roadmap-impl-slot', message: 'roadmap-impl-message'};

    function root() {
        return document.getElementById('roadmap-implementation');
    }

    function base() {
        return '/initiatives/' + encodeURIComponent(root().getAttribute('data-initiative-key')) + '/implementation';
    }

    function forms() {
        return Array.prototype.slice.call(root().querySelectorAll('.roadmap-impl-form'));
    }

    function field(form, name) {
        return form.querySelector('[name="' + name + '"]');
    }

    function value(form, name) {
        var f = field(form, name);
        var v = f ? f.value.trim() : '';
        return v === '' ? null : v;
    }

    function number(form, name) {
        var v = value(form, name);
        return v === null ? null : Number(v);
    }

    function unitRow(id) {
        return root().querySelector('tr.roadmap-impl-unit[data-unit-id="' + id + '"]');
    }

    function open(kind, unitId) {
        forms().forEach(function (f) { f.hidden = true; });
        var form = document.getElementById('roadmap-impl-form-' + kind);
        form.reset();
        Roadmap.clearFormErrors(form, classes);
        form.setAttribute('data-unit-id', unitId || '');
        ['data-version', 'data-went-live', 'data-stable-since'].forEach(function (a) { form.removeAttribute(a); });
        form.hidden = false;
        if (kind === 'unit' && unitId) {
            Roadmap.rest('GET', base()).then(function (result) {
                var unit = result.ok ? result.body.units.filter(function (u) { return String(u.id) === String(unitId); })[0] : null;
                if (!unit) {
                    Roadmap.showMessage(form.querySelector('.' + classes.message), root().getAttribute('data-text-stale'));
                    return;
                }
                ['name', 'plannedGoLive', 'status', 'monitoringOutcome'].forEach(function (n) {
                    field(form, n).value = unit[n] === null || unit[n] === undefined ? '' : unit[n];
                });
                field(form, 'staff').value = unit.staff;
                field(form, 'monitoringDate').value = unit.monitoringDateDefault ? '' : (unit.monitoringDate || '');
                field(form, 'pilotUnit').checked = unit.pilotUnit;
                field(form, 'testUnit').checked = unit.testUnit;
                Array.prototype.forEach.call(form.querySelectorAll('[name="shifts"]'), function (box) {
                    box.checked = unit.shifts.indexOf(box.value) >= 0;
                });
                form.setAttribute('data-version', unit.version);
                form.setAttribute('data-went-live', unit.wentLive || '');
                form.setAttribute('data-stable-since', unit.stableSince || '');
            });
        }
        var first = form.querySelector('input, select, textarea');
        if (first) {
            first.focus();
        }
    }

    function body(form) {
        switch (form.getAttribute('data-form')) {
        case 'unit':
            return {
                name: value(form, 'name'), staff: number(form, 'staff'),
                shifts: Array.prototype.filter.call(form.querySelectorAll('[name="shifts"]'), function (b) { return b.checked; })
                    .map(function (b) { return b.value; }),
                pilotUnit: field(form, 'pilotUnit').checked, testUnit: field(form, 'testUnit').checked,
                plannedGoLive: value(form, 'plannedGoLive'), status: value(form, 'status'),
                monitoringDate: value(form, 'monitoringDate'), monitoringOutcome: value(form, 'monitoringOutcome'),
                wentLive: form.getAttribute('data-went-live') || null, stableSince: form.getAttribute('data-stable-since') || null,
                version: form.getAttribute('data-unit-id') ? Number(form.getAttribute('data-version')) : null
            };
        case 'super-users':
            return {name: value(form, 'name'), shift: value(form, 'shift'), from: value(form, 'from'), to: value(form, 'to')};
        case 'trainings':
            return {date: value(form, 'date'), kind: value(form, 'kind'), trained: number(form, 'trained'),
                trainer: value(form, 'trainer'), hours: number(form, 'hours')};
        default:
            return {date: value(form, 'date'), count: number(form, 'count')};
        }
    }

    function submit(form) {
        var kind = form.getAttribute('data-form');
        var unitId = form.getAttribute('data-unit-id');
        var method = kind === 'unit' && unitId ? 'PUT' : 'POST';
        var path = kind === 'unit' ? base() + '/units' + (unitId ? '/' + unitId : '') : base() + '/units/' + unitId + '/' + kind;
        var payload = body(form);
        if (kind !== 'unit') {
            var row = unitRow(unitId);
            payload.version = row ? Number(row.getAttribute('data-version')) : null;
        }
        Roadmap.rest(method, path, payload).then(function (result) {
            if (result.ok) {
                form.hidden = true;
                Roadmap.refreshPanels();
            } else {
                Roadmap.showFormErrors(form, classes, result, root().getAttribute('data-text-error'));
            }
        });
    }

    function remove(unitId) {
        if (!window.confirm(root().getAttribute('data-text-confirm-delete'))) {
            return;
        }
        var row = unitRow(unitId);
        Roadmap.rest('DELETE', base() + '/units/' + unitId + '?version=' + (row ? row.getAttribute('data-version') : ''))
            .then(function (result) {
                if (result.ok) {
                    Roadmap.refreshPanels();
                } else {
                    Roadmap.showMessage(document.getElementById('roadmap-impl-error'), Roadmap.errorText(result));
                }
            });
    }

    // Delegated handlers: the panel's HTML is replaced after each change.
    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!root() || !target.closest || !root().contains(target)) {
            return;
        }
        var opener = target.closest('.roadmap-impl-open');
        if (opener) {
            open(opener.getAttribute('data-form'), opener.getAttribute('data-unit-id'));
        } else if (target.closest('.roadmap-impl-delete')) {
            remove(target.closest('.roadmap-impl-delete').getAttribute('data-unit-id'));
        } else if (target.closest('.roadmap-impl-cancel')) {
            target.closest('form').hidden = true;
        }
    });
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (root() && form.classList && form.classList.contains('roadmap-impl-form') && root().contains(form)) {
            event.preventDefault();
            submit(form);
        }
    });
}(window, document));
