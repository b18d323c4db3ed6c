/* Roadmap progress panel: tick steps and move between phases through the REST API; gates answer 409 with open steps. */
(function (window, document) {
    'use strict';

    function panel() {
        return document.getElementById('roadmap-progress');
    }

    function refresh() {
        window.Roadmap.refreshPanels();
    }

    function show(element, visible) {
        if (element) {
            element.classList.toggle('hidden', !visible);
        }
    }

    function onStepChange(event) {
        var box = event.target;
        if (!box.classList || !box.classList.contains('roadmap-step-done')) {
            return;
        }
        var root = panel();
        box.disabled = true;
        window.Roadmap.rest('PUT', '/initiatives/' + encodeURIComponent(root.dataset.initiativeKey) + '/steps/'
            + encodeURIComponent(box.dataset.stepKey), {done: box.checked, version: Number(root.dataset.version)})
            .then(function (result) {
                if (result.ok) {
                    refresh();
                } else {
                    box.checked = !box.checked;
                    box.disabled = false;
                    var error = root.querySelector('.roadmap-move-error');
                    if (error) {
                        error.textContent = window.Roadmap.errorText(result);
                        show(error, true);
                    }
                }
            });
    }

    function onMove(event) {
        if (!event.target || event.target.id !== 'roadmap-move-form') {
            return;
        }
        event.preventDefault();
        var root = panel();
        var form = event.target;
        var body = {version: Number(root.dataset.version)};
        ['to', 'decision', 'reason', 'overrideReason'].forEach(function (name) {
            var field = form.elements[name];
            if (field && field.value) {
                body[name] = field.value;
            }
        });
        var blocked = form.querySelector('.roadmap-gate-blocked');
        var error = form.querySelector('.roadmap-move-error');
        show(error, false);
        window.Roadmap.rest('POST', '/initiatives/' + encodeURIComponent(root.dataset.initiativeKey) + '/phase', body)
            .then(function (result) {
                if (result.ok) {
                    if (body.overrideReason || body.decision === 'HALT') {
                        // The move also commented on the issue: Jira's own parts of the page changed too.
                        window.location.reload();
                    } else {
                        refresh();
                    }
                    return;
                }
                if (result.status === 409 && result.body && result.body.missingSteps) {
                    form.querySelector('.roadmap-gate-message').textContent = window.Roadmap.errorText(result);
                    var list = form.querySelector('.roadmap-missing-steps');
                    list.textContent = '';
                    result.body.missingSteps.forEach(function (step) {
                        var item = document.createElement('li');
                        item.textContent = step.name;
                        list.appendChild(item);
                    });
                    show(blocked, true);
                    return;
                }
                error.textContent = window.Roadmap.errorText(result);
                show(error, true);
            });
    }

    document.addEventListener('change', onStepChange);
    document.addEventListener('submit', onMove);
})(window, document);
