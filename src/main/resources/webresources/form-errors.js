/*
 * Errors of a roadmap form next to their fields, one module for every panel's dialogs (gains, stakeholders). A form
 * names its slots by class: each field's error slot carries data-field (the JSON field of the REST error), and one
 * message element above the fields takes the rest (a 409, an error without a slot). Texts go in as text, never HTML.
 */
(function (window) {
    'use strict';
    var Roadmap = window.Roadmap = window.Roadmap || {};

    function each(list, fn) {
        Array.prototype.forEach.call(list, fn);
    }

    /** The localised messages of an error answer, or {@code fallback}. */
    Roadmap.messageOf = function (result, fallback) {
        var messages = Roadmap.errorsOf(result).map(function (e) { return e.message; }).filter(Boolean);
        return messages.length ? messages.join(' ') : fallback;
    };

    /** classes: {slot: '<field error slot class>', message: '<form message class>'}. */
    Roadmap.clearFormErrors = function (form, classes) {
        Roadmap.showMessage(form.querySelector('.' + classes.message), '');
        each(form.querySelectorAll('.' + classes.slot), function (slot) {
            Roadmap.showMessage(slot, '');
        });
        each(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
    };

    /**
     * Each 400 error next to its visible field (marked aria-invalid, the first one focused); the rest, e.g. a 409, in
     * the form's message, or {@code fallback} when the answer has no errors at all.
     */
    Roadmap.showFormErrors = function (form, classes, result, fallback) {
        Roadmap.clearFormErrors(form, classes);
        var slots = Array.prototype.slice.call(form.querySelectorAll('.' + classes.slot));
        var general = [];
        var first = null;
        var errors = Roadmap.errorsOf(result);
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
            general.push(fallback);
        }
        var message = form.querySelector('.' + classes.message);
        Roadmap.showMessage(message, general.join(' '));
        if (first) {
            first.focus();
        } else if (general.length && message && typeof message.scrollIntoView === 'function') {
            message.scrollIntoView({block: 'nearest'});
        }
    };
})(window);
