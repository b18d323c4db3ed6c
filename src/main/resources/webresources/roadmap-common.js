/* Shared helpers of the roadmap UI: REST calls with JSON (same-origin JSON passes Jira's XSRF check). */
(function (window) {
    'use strict';
    var Roadmap = window.Roadmap = window.Roadmap || {};

    Roadmap.contextPath = function () {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        var meta = window.document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    };

    Roadmap.rest = function (method, path, body) {
        return window.fetch(Roadmap.contextPath() + '/rest/roadmap/1.0' + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                return {status: response.status, ok: response.ok, body: json};
            });
        });
    };

    /** Error texts come localised from the server; they are inserted as text, never as HTML. */
    Roadmap.errorText = function (result) {
        if (result.body && result.body.errors && result.body.errors.length) {
            return result.body.errors.map(function (e) { return e.message; }).join(' ');
        }
        return 'HTTP ' + result.status;
    };
})(window);
