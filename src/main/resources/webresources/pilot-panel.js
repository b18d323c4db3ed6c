/*
 * Pilot panel (velocity/pilot/panel.vm): sends the plan (PUT …/pilots/{round}/plan), the evaluation (PUT …/evaluation)
 * and log entries (POST …/observations, DELETE …/observations/{id}) with the version the page was drawn with, shows a
 * 400 next to each field and a 409 above the form (the typed text stays), and filters the log by dimension. Texts go
 * in with textContent only.
 */
(function (window, document) {
    'use strict';

    var CLASSES = {slot: 'roadmap-pilots-slot', message: 'roadmap-pilots-message'};

    function root() {
        return document.getElementById('roadmap-pilots');
    }

    function text(name) {
        var r = root();
        return r ? r.getAttribute('data-text-' + name) || '' : '';
    }

    function path(round, tail) {
        return '/initiatives/' + encodeURIComponent(root().getAttribute('data-initiative-key')) + '/pilots/' + round + tail;
    }

    function value(form, name) {
        var field = form.elements.namedItem(name);
        return field && field.value !== '' ? field.value : null;
    }

    function number(form, name) {
        var v = value(form, name);
        return v === null ? null : Number(v);
    }

    function plan(form) {
        var gains = Array.prototype.filter.call(form.querySelectorAll('input[name="measurement.gainIds"]'), function (c) {
            return c.checked;
        }).map(function (c) { return Number(c.value); });
        return {
            version: Number(form.getAttribute('data-version')),
            goals: value(form, 'goals'), scope: value(form, 'scope'),
            startDate: value(form, 'startDate'), endDate: value(form, 'endDate'),
            participants: {users: number(form, 'participants.users'), employees: number(form, 'participants.employees'),
                thirdParties: number(form, 'participants.thirdParties'), text: value(form, 'participants.text')},
            information: value(form, 'information'), competence: value(form, 'competence'),
            errorHandling: value(form, 'errorHandling'),
            measurement: {gainIds: gains, text: value(form, 'measurement.text')},
            observation: value(form, 'observation'), documentation: value(form, 'documentation')
        };
    }

    function evaluation(form) {
        var body = {version: Number(form.getAttribute('data-version'))};
        ['people', 'organisation', 'technology', 'gains'].forEach(function (d) {
            body[d] = {rating: number(form, d + '.rating'), text: value(form, d + '.text')};
        });
        body.newGains = value(form, 'newGains');
        body.costAdjustments = value(form, 'costAdjustments');
        body.recommendation = value(form, 'recommendation');
        body.reasons = value(form, 'reasons');
        return body;
    }

    function send(form, method, tail, body) {
        var button = form.querySelector('button[type="submit"]');
        if (button) {
            button.disabled = true;
        }
        Roadmap.clearFormErrors(form, CLASSES);
        return Roadmap.rest(method, path(form.getAttribute('data-round'), tail), body).then(function (result) {
            if (button) {
                button.disabled = false;
            }
            if (result.ok) {
                Roadmap.refreshPanels();
                return;
            }
            var fallback = result.status === 409 ? text('stale') : text('error');
            if (result.status === 409 && Roadmap.errorsOf(result).some(function (e) { return e.field === 'version'; })) {
                Roadmap.showMessage(form.querySelector('.' + CLASSES.message), text('stale'));
                return;
            }
            Roadmap.showFormErrors(form, CLASSES, result, fallback);
        });
    }

    function filter(dimension) {
        Array.prototype.forEach.call(document.querySelectorAll('#roadmap-pilot-log .roadmap-pilot-observation'), function (li) {
            li.hidden = !!dimension && li.getAttribute('data-dimension') !== dimension;
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form || !root() || !root().contains(form)) {
            return;
        }
        if (form.id === 'roadmap-pilot-plan') {
            event.preventDefault();
            send(form, 'PUT', '/plan', plan(form));
        } else if (form.id === 'roadmap-pilot-evaluation') {
            event.preventDefault();
            send(form, 'PUT', '/evaluation', evaluation(form));
        } else if (form.id === 'roadmap-pilot-newgain') {
            // One click adds a gain: the gain panel shows it after the refresh.
            event.preventDefault();
            send(form, 'POST', '/gains', {title: value(form, 'title')});
        } else if (form.id === 'roadmap-pilot-observe') {
            event.preventDefault();
            send(form, 'POST', '/observations', {date: value(form, 'date'), dimension: value(form, 'dimension'),
                text: value(form, 'text')});
        }
    });

    document.addEventListener('change', function (event) {
        if (event.target && event.target.id === 'roadmap-pilot-filter') {
            filter(event.target.value);
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('.roadmap-pilot-delete') : null;
        if (!button || !root() || !root().contains(button)) {
            return;
        }
        var form = document.getElementById('roadmap-pilot-observe');
        Roadmap.rest('DELETE', path(form.getAttribute('data-round'), '/observations/' + button.getAttribute('data-id')))
            .then(function (result) {
                if (result.ok) {
                    Roadmap.refreshPanels();
                } else {
                    Roadmap.showMessage(form.querySelector('.' + CLASSES.message), Roadmap.errorText(result));
                }
            });
    });
})(window, document);
