/* Shared helpers of the roadmap UI: REST calls, error texts, AUI dialogs. Server texts go in as text, never as HTML. */
(function (window, document) {
    'use strict';
    var Roadmap = window.Roadmap = window.Roadmap || {};

    /**
     * The features' sections of the portfolio gadget, in registration order: each feature's script in the gadget's
     * web-resource calls Roadmap.portfolioSection(name, {title, render: function (section, figures, ctx) {…}}), name
     * being its PortfolioSection's name on the server.
     */
    var portfolioSections = Roadmap.portfolioSections = Roadmap.portfolioSections || {};
    Roadmap.portfolioSection = function (name, section) {
        portfolioSections[name] = section;
    };

    Roadmap.contextPath = function () {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    };

    /** JSON REST call; the XSRF header goes on every call (Jira refuses a DELETE without it). Network failure: status 0. */
    Roadmap.rest = function (method, path, body) {
        return window.fetch(Roadmap.contextPath() + '/rest/roadmap/1.0' + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                return {status: response.status, ok: response.ok, body: json};
            });
        }, function () {
            return {status: 0, ok: false, body: null};
        });
    };

    Roadmap.errorsOf = function (result) {
        return result && result.body && Array.isArray(result.body.errors) ? result.body.errors : [];
    };

    Roadmap.errorText = function (result) {
        var messages = Roadmap.errorsOf(result).map(function (e) { return e.message; }).filter(Boolean);
        return messages.length ? messages.join(' ') : 'HTTP ' + result.status;
    };

    Roadmap.showMessage = function (element, text) {
        if (!element) {
            return;
        }
        element.textContent = text || '';
        element.hidden = !text;
    };

    function dialog2() {
        return window.AJS && typeof window.AJS.dialog2 === 'function' ? window.AJS.dialog2 : null;
    }

    /** AUI dialog2 when the page has it, else plain show/hide of the same markup. */
    Roadmap.showDialog = function (element, focus) {
        var aui = dialog2();
        if (aui) {
            aui(element).show();
        } else {
            element.hidden = false;
            element.setAttribute('open', '');
        }
        window.setTimeout(function () {
            if (focus) {
                focus.focus();
            }
        }, 50);
    };

    /** Roots of the roadmap panels and the Gains field (their templates' ids). */
    var PANEL_ROOTS = '#roadmap-progress, #roadmap-stakeholders, #roadmap-gains, .roadmap-gain-field, #roadmap-implementation, #roadmap-pilots, #roadmap-status-reports, #roadmap-risks';

    /**
     * After a change: reads this issue's page again and puts the roadmap panels' new HTML in place of the old, so the
     * reader keeps their place and the rest of Jira's page stays as it is. Dialogs AUI moved to the body are closed
     * and dropped for the new ones; event handlers are delegated, so they keep working. Reloads when the page cannot
     * be read.
     */
    Roadmap.refreshPanels = function () {
        return window.fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var fresh = new window.DOMParser().parseFromString(html, 'text/html');
                Array.prototype.forEach.call(document.querySelectorAll(PANEL_ROOTS), function (old) {
                    var next = old.id ? fresh.getElementById(old.id) : null;
                    if (!next) {
                        old.remove();
                        return;
                    }
                    Array.prototype.forEach.call(next.querySelectorAll('[id]'), function (element) {
                        var moved = document.getElementById(element.id);
                        if (moved && !old.contains(moved)) {
                            Roadmap.hideDialog(moved);
                            moved.remove();
                        }
                    });
                    old.replaceWith(document.importNode(next, true));
                });
                document.dispatchEvent(new window.CustomEvent('roadmap:panels-refreshed'));
            })
            .catch(function () {
                window.location.reload();
            });
    };

    Roadmap.hideDialog = function (element) {
        if (!element || element.hidden) {
            return;
        }
        var aui = dialog2();
        if (aui) {
            aui(element).hide();
        } else {
            element.hidden = true;
            element.removeAttribute('open');
        }
    };
})(window, document);
