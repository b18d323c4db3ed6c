/* Opens a dialog from each opener in turn, waits until it shows (and, with waitFor, until it holds minItems such
   elements), reads its fields (value of form controls, textContent of the rest) and closes it again.
   arguments[0] = {openers, dialog, fields: {name: selector}, waitFor?, minItems?}; the last argument is the callback. */
var spec = arguments[0];
var done = arguments[arguments.length - 1];
var openers = Array.prototype.slice.call(document.querySelectorAll(spec.openers));
var results = [];
// Dialog fade-ins only slow the loop down; they do not change what is shown.
if (!document.getElementById('xss-no-transitions')) {
    var style = document.createElement('style');
    style.id = 'xss-no-transitions';
    style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
    document.head.appendChild(style);
}

function dialog() {
    return document.querySelector(spec.dialog);
}
// Attributes only (AUI layers and Roadmap.showDialog both mark an open dialog with "open"): asking for layout on
// every poll of a page this size costs more than the dialogs themselves.
function visible(element) {
    return !!element && !element.hidden && element.hasAttribute('open');
}
function ready() {
    return visible(dialog()) && (!spec.waitFor
        || dialog().querySelectorAll(spec.waitFor).length >= (spec.minItems || 1));
}
function waitUntil(test, millis) {
    return new Promise(function (resolve) {
        var start = Date.now();
        (function poll() {
            var ok = false;
            try { ok = test(); } catch (e) { ok = false; }
            if (ok || Date.now() - start > millis) {
                resolve(ok);
            } else {
                window.setTimeout(poll, 20);
            }
        })();
    });
}
function read(root) {
    var out = {};
    Object.keys(spec.fields).forEach(function (name) {
        out[name] = Array.prototype.map.call(root.querySelectorAll(spec.fields[name]), function (element) {
            return /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) ? element.value : element.textContent;
        });
    });
    return out;
}

(async function () {
    try {
        await openEach();
    } catch (e) {
        results.push({error: ['dialogs from ' + spec.openers + ' stopped: ' + e]});
    }
    done(results);
})();

async function openEach() {
    var misses = 0;
    for (var i = 0; i < openers.length && misses < 3; i++) {
        openers[i].click();
        if (!(await waitUntil(ready, 8000))) {
            results.push({error: ['no dialog ' + spec.dialog + ' from opener ' + i + ' of ' + spec.openers]});
            misses++;
            continue;
        }
        results.push(read(dialog()));
        window.Roadmap.hideDialog(dialog());
        if (!(await waitUntil(function () { return !visible(dialog()); }, 8000))) {
            results.push({error: ['dialog ' + spec.dialog + ' did not close']});
        }
    }
}
