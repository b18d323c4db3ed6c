/* Read by XssCorpusBrowserIT after each render: what ran (hook, alert, confirm, prompt), what markup of the corpus got
   into the page even if it did not run, and uncaught script errors. */
var state = window.__xssState;
if (!state || typeof window.__xss !== 'function') {
    return {hookInstalled: false, hits: [], injected: [], scriptErrors: []};
}
var injected = state.injected.slice();
function describe(element) {
    return element.tagName.toLowerCase() + ' ' + element.outerHTML.slice(0, 120);
}
Array.prototype.forEach.call(document.querySelectorAll('[data-xss]'), function (element) {
    injected.push('element:' + describe(element));
});
var SCRIPT_URL = /^(javascript|vbscript|data:text\/html)/;
Array.prototype.forEach.call(document.querySelectorAll('*'), function (element) {
    Array.prototype.forEach.call(element.attributes, function (attribute) {
        var name = attribute.name.toLowerCase();
        var value = attribute.value;
        if (name === 'srcdoc') {
            injected.push('srcdoc:' + describe(element));
        } else if (/^on/.test(name) && /__xss|alert|confirm|prompt/.test(value)) {
            injected.push('handler:' + name + ':' + describe(element));
        } else if (/^(href|src|action|formaction|data|xlink:href|background|poster)$/.test(name)
                && SCRIPT_URL.test(value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase())) {
            injected.push('url:' + name + ':' + describe(element));
        }
    });
});
return {hookInstalled: true, hits: state.hits.slice(), injected: injected, scriptErrors: state.scriptErrors.slice()};
