/* Installed by XssCorpusBrowserIT before any script of every page and frame (CDP addScriptToEvaluateOnNewDocument):
   records calls of the corpus hook and of alert/confirm/prompt, images of the corpus (src=x) that tried to load, and
   uncaught script errors. The test reads window.__xssState after each render. */
(function () {
    'use strict';
    if (window.__xssState) {
        return;
    }
    var state = {hits: [], injected: [], scriptErrors: []};
    Object.defineProperty(window, '__xssState', {value: state});
    function record(kind, value) {
        state.hits.push(kind + ':' + String(value));
        try {
            if (window.parent && window.parent !== window && window.parent.__xssState) {
                window.parent.__xssState.hits.push('frame-' + kind + ':' + String(value));
            }
        } catch (e) {
            // a cross-origin parent: the frame's own state still has the hit
        }
    }
    window.__xss = function (id) {
        record('hook', id);
    };
    ['alert', 'confirm', 'prompt'].forEach(function (name) {
        window[name] = function (message) {
            record(name, message);
            return name === 'confirm' ? false : null;
        };
    });
    window.addEventListener('error', function (event) {
        var target = event.target;
        if (target && target !== window && target.nodeType === 1) {
            var src = target.getAttribute('src') || target.getAttribute('data') || '';
            if (src === 'x' || target.hasAttribute('data-xss')) {
                state.injected.push('load-error:' + target.tagName.toLowerCase() + ':' + src);
            }
            return;
        }
        state.scriptErrors.push((event.message || 'error') + ' @ ' + (event.filename || '') + ':' + (event.lineno || 0));
    }, true);
})();
