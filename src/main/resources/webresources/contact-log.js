/* Contact log of the anchoring panel: read a stakeholder's log and add what was agreed (POST …/contacts). */
(function (window, document) {
    'use strict';
    var current = null;

    function dialog() {
        return document.getElementById('roadmap-contact-dialog');
    }

    function base() {
        var root = document.getElementById('roadmap-stakeholders');
        return '/initiatives/' + encodeURIComponent(root.dataset.initiativeKey) + '/stakeholders/' + encodeURIComponent(current);
    }

    function show(visible) {
        if (visible) {
            window.Roadmap.showDialog(dialog(), document.getElementById('roadmap-contact-agreed'));
        } else {
            window.Roadmap.hideDialog(dialog());
        }
    }

    function clearErrors() {
        var d = dialog();
        Array.prototype.forEach.call(d.querySelectorAll('.roadmap-contact-field-error'), function (slot) { slot.textContent = ''; });
        var top = d.querySelector('.roadmap-contact-error');
        top.textContent = '';
        top.hidden = true;
    }

    function renderLog(entries) {
        var list = dialog().querySelector('.roadmap-contact-log');
        list.textContent = '';
        if (!entries || !entries.length) {
            var empty = document.createElement('li');
            empty.textContent = list.dataset.empty;
            list.appendChild(empty);
            return;
        }
        entries.forEach(function (e) {
            var item = document.createElement('li');
            var head = document.createElement('strong');
            head.textContent = e.dateDisplay + (e.phaseName ? ' · ' + e.phaseName : '') + (e.by ? ' · ' + e.by : '');
            var body = document.createElement('div');
            body.className = 'roadmap-contact-agreed';
            body.textContent = e.agreed;
            item.appendChild(head);
            item.appendChild(body);
            list.appendChild(item);
        });
    }

    function open(row) {
        current = row.dataset.stakeholderId;
        clearErrors();
        var d = dialog();
        d.querySelector('.roadmap-contact-name').textContent = row.dataset.name;
        var form = document.getElementById('roadmap-contact-form');
        form.reset();
        form.elements.date.value = new Date().toISOString().slice(0, 10);
        window.Roadmap.rest('GET', base() + '/contacts').then(function (result) {
            renderLog(result.ok ? result.body : []);
        });
        show(true);
    }

    function submit(event) {
        if (!event.target || event.target.id !== 'roadmap-contact-form') {
            return;
        }
        event.preventDefault();
        clearErrors();
        var form = event.target;
        var body = {date: form.elements.date.value, agreed: form.elements.agreed.value};
        if (form.elements.nextContact.value) {
            body.nextContact = form.elements.nextContact.value;
        }
        window.Roadmap.rest('POST', base() + '/contacts', body).then(function (result) {
            if (result.ok) {
                show(false);
                window.Roadmap.refreshPanels();
                return;
            }
            var unplaced = [];
            ((result.body && result.body.errors) || []).forEach(function (e) {
                var slot = e.field && dialog().querySelector('.roadmap-contact-field-error[data-field="' + e.field + '"]');
                if (slot) {
                    slot.textContent = e.message;
                } else {
                    unplaced.push(e.message);
                }
            });
            if (unplaced.length || !(result.body && result.body.errors)) {
                var top = dialog().querySelector('.roadmap-contact-error');
                top.textContent = unplaced.length ? unplaced.join(' ') : window.Roadmap.errorText(result);
                top.hidden = false;
            }
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.roadmap-stakeholder-contact');
        if (button) {
            event.preventDefault();
            event.stopPropagation();
            open(button.closest('tr'));
            return;
        }
        if (event.target.closest && event.target.closest('.roadmap-contact-close')) {
            show(false);
        }
    }, true);
    document.addEventListener('submit', submit);
})(window, document);
