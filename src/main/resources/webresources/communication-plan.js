/*
 * Communication plan section of the anchoring panel (velocity/stakeholder/panel.vm): adds, edits and deletes entries
 * and logs a done one into its stakeholder's contact log through the REST API, each 400 error next to its field;
 * refreshes the panels in place after a change. User data reaches the script through data-* attributes and REST,
 * and goes into the page as text only.
 */
(function (window, document) {
    'use strict';

    var FIELDS = ['audienceLevel', 'stakeholderId', 'message', 'channel', 'date', 'responsible', 'status'];
    var FORM = {slot: 'roadmap-comm-field-error', message: 'roadmap-comm-form-error'};
    /** The row being edited or deleted, or null when adding. */
    var current = null;
    var busy = false;

    function section() {
        return document.getElementById('roadmap-communication');
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function collection() {
        return '/initiatives/' + encodeURIComponent(section().getAttribute('data-initiative-key')) + '/communications';
    }

    function fallback() {
        return section().getAttribute('data-unknown-error');
    }

    function form() {
        return byId('roadmap-communication-form');
    }

    function open(row) {
        current = row;
        var f = form();
        window.Roadmap.clearFormErrors(f, FORM);
        var d = byId('roadmap-communication-dialog');
        byId('roadmap-communication-dialog-title').textContent = d.getAttribute(row ? 'data-title-edit' : 'data-title-add');
        var data = row ? row.dataset : {};
        f.elements.audienceLevel.value = data.audienceLevel || '';
        f.elements.stakeholderId.value = data.stakeholderId || '';
        f.elements.message.value = data.message || '';
        f.elements.channel.value = data.channel || '';
        f.elements.date.value = data.date || '';
        f.elements.responsible.value = data.responsible || '';
        f.elements.status.value = data.status || 'PLANNED';
        window.Roadmap.showDialog(d, f.elements.audienceLevel);
    }

    function collect() {
        var f = form();
        var body = {};
        FIELDS.forEach(function (name) {
            body[name] = f.elements[name].value;
        });
        var id = String(body.stakeholderId).trim();
        body.stakeholderId = id === '' ? null : (/^\d{1,18}$/.test(id) ? Number(id) : id);
        if (body.audienceLevel === '') {
            body.audienceLevel = null;
        }
        if (current) {
            body.version = Number(current.dataset.version);
        }
        return body;
    }

    function save(event) {
        event.preventDefault();
        if (busy) {
            return;
        }
        busy = true;
        var path = current ? collection() + '/' + encodeURIComponent(current.dataset.id) : collection();
        window.Roadmap.rest(current ? 'PUT' : 'POST', path, collect()).then(function (result) {
            busy = false;
            if (result.ok) {
                window.Roadmap.hideDialog(byId('roadmap-communication-dialog'));
                window.Roadmap.refreshPanels();
            } else {
                window.Roadmap.showFormErrors(form(), FORM, result, fallback());
            }
        });
    }

    function logToContactLog(row) {
        if (busy) {
            return;
        }
        busy = true;
        var message = section().querySelector('.roadmap-comm-error');
        window.Roadmap.rest('POST', collection() + '/' + encodeURIComponent(row.dataset.id) + '/contact-log',
            {version: Number(row.dataset.version)}).then(function (result) {
            busy = false;
            if (result.ok) {
                window.Roadmap.refreshPanels();
            } else {
                window.Roadmap.showMessage(message, window.Roadmap.messageOf(result, fallback()));
            }
        });
    }

    function askDelete(row) {
        current = row;
        var d = byId('roadmap-communication-delete-dialog');
        d.querySelector('.roadmap-comm-delete-name').textContent = row.dataset.dateDisplay + ' · ' + row.dataset.message;
        window.Roadmap.showMessage(d.querySelector('.roadmap-comm-delete-error'), '');
        window.Roadmap.showDialog(d, byId('roadmap-communication-delete-confirm'));
    }

    function confirmDelete() {
        if (busy || !current) {
            return;
        }
        busy = true;
        var d = byId('roadmap-communication-delete-dialog');
        window.Roadmap.rest('DELETE', collection() + '/' + encodeURIComponent(current.dataset.id) + '?version='
            + encodeURIComponent(current.dataset.version)).then(function (result) {
            busy = false;
            if (result.ok) {
                window.Roadmap.hideDialog(d);
                window.Roadmap.refreshPanels();
            } else {
                window.Roadmap.showMessage(d.querySelector('.roadmap-comm-delete-error'), window.Roadmap.messageOf(result, fallback()));
            }
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!section() || !(target instanceof window.Element)) {
            return;
        }
        if (target.closest('#roadmap-communication-add')) {
            open(null);
            return;
        }
        var row = target.closest('.roadmap-comm-row');
        if (row && target.closest('.roadmap-communication-edit')) {
            open(row);
        } else if (row && target.closest('.roadmap-communication-log')) {
            logToContactLog(row);
        } else if (row && target.closest('.roadmap-communication-delete')) {
            askDelete(row);
        } else if (target.closest('#roadmap-communication-delete-confirm')) {
            confirmDelete();
        } else if (target.closest('.roadmap-comm-dialog-close')) {
            window.Roadmap.hideDialog(target.closest('.aui-dialog2'));
        }
    });

    document.addEventListener('submit', function (event) {
        if (event.target && event.target.id === 'roadmap-communication-form') {
            save(event);
        }
    });
})(window, document);
