/*
 * Status report panel (velocity/reporting/panel.vm): "Save draft" creates the draft (POST) or rewrites it (PUT with
 * its version); "Publish" saves first, then publishes with the new version. Errors go next to their fields in the
 * reader's language (form-errors.js); success refreshes the roadmap panels in place. Text goes in as text only.
 */
(function (window, document) {
    'use strict';
    var Roadmap = window.Roadmap = window.Roadmap || {};
    var CLASSES = {slot: 'roadmap-reports-error', message: 'roadmap-reports-message'};
    var busy = false;

    function root() {
        return document.getElementById('roadmap-status-reports');
    }

    function base(r) {
        return '/initiatives/' + encodeURIComponent(r.getAttribute('data-initiative-key')) + '/status-reports';
    }

    function body(form) {
        var b = {};
        ['period', 'overall', 'phase', 'gains', 'anchoring', 'risks', 'comment'].forEach(function (name) {
            var field = form.elements[name];
            b[name] = field && field.value !== '' ? field.value : null;
        });
        return b;
    }

    function save(r, form) {
        var id = Number(r.getAttribute('data-form-id'));
        var b = body(form);
        if (id > 0) {
            b.version = Number(r.getAttribute('data-form-version'));
            return Roadmap.rest('PUT', base(r) + '/' + id, b);
        }
        return Roadmap.rest('POST', base(r), b);
    }

    function remember(r, result) {
        r.setAttribute('data-form-id', String(result.body.id));
        r.setAttribute('data-form-version', String(result.body.version));
    }

    function run(publish) {
        var r = root();
        var form = document.getElementById('roadmap-reports-form');
        if (!r || !form || busy) {
            return;
        }
        busy = true;
        var status = document.getElementById('roadmap-reports-status');
        Roadmap.clearFormErrors(form, CLASSES);
        save(r, form).then(function (saved) {
            if (!saved.ok) {
                return saved;
            }
            remember(r, saved);
            if (!publish) {
                return saved;
            }
            return Roadmap.rest('POST', base(r) + '/' + saved.body.id + '/publish', {version: saved.body.version});
        }).then(function (result) {
            busy = false;
            if (!result.ok) {
                Roadmap.showFormErrors(form, CLASSES, result, r.getAttribute('data-text-error'));
                return;
            }
            status.textContent = r.getAttribute(publish ? 'data-text-published' : 'data-text-saved');
            Roadmap.refreshPanels();
        });
    }

    /** Sets the initiative's organisational unit (PUT …/unit with the shown version); errors as text in the panel. */
    function saveUnit() {
        var r = root();
        var box = document.getElementById('roadmap-report-unit');
        var select = document.getElementById('roadmap-report-unit-select');
        if (!r || !box || !select || busy) {
            return;
        }
        busy = true;
        var error = document.getElementById('roadmap-report-unit-error');
        error.hidden = true;
        Roadmap.rest('PUT', '/initiatives/' + encodeURIComponent(r.getAttribute('data-initiative-key')) + '/unit', {
            unitId: select.value === '' ? null : Number(select.value),
            version: Number(box.getAttribute('data-version'))
        }).then(function (result) {
            busy = false;
            if (!result.ok) {
                var errors = result.body && result.body.errors;
                error.textContent = errors && errors.length ? errors[0].message : r.getAttribute('data-text-error');
                error.hidden = false;
                return;
            }
            box.setAttribute('data-version', String(result.body.version));
            document.getElementById('roadmap-report-unit-status').textContent = box.getAttribute('data-text-saved');
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target && target.id === 'roadmap-report-unit-save') {
            saveUnit();
        } else if (target && target.id === 'roadmap-reports-save') {
            run(false);
        } else if (target && target.id === 'roadmap-reports-publish') {
            run(true);
        }
    });
})(window, document);
