/*
 * Sandbox stand-in for Jira's dashboard framework, for dashboard items rendered in the browser. What mirrors Jira
 * (public sources: Atlassian's dashboard-item module page and guide, the API table public plugins quote, e.g.
 * hayleyross/jira-example-dashboard-item jiraApi.d.ts, drewwiens/Starter-Jira-Dashboard-Item-Plugin):
 *   - the item's module is required by its <amd-module> name and constructed with an API object: new Item(API);
 *   - a configurable item whose preferences lack isConfigured=true is shown with renderEdit(context, preferences),
 *     otherwise with render(context, preferences); the edit button of the frame calls renderEdit too;
 *   - API: savePreferences (stores, then renders the item with the saved preferences), closeEdit (renders it),
 *     isEditable, getGadgetId, getContext, setTitle, showLoadingBar/hideLoadingBar, resize, initRefresh
 *     ({refresh: minutes or 'false'}, callback), getRefreshFieldValue, on/once/off/trigger ('afterRender' fires after
 *     each render);
 *   - preferences arrive with their values HTML-encoded (as public items that decode them say Jira does).
 * Sandbox only: the REST path preferences are saved to, the frame's markup, and that a failing module shows a red
 * render-error box (browser tests look for it). Jira's iframe gadgets, layouts, colours and drag and drop are not here.
 */
(function (window, document) {
    'use strict';

    var SAVE_PATH = '/rest/sandbox/1.0/dashboard-items/';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function readPreferences(frame) {
        var block = frame.querySelector('script.dashboard-item-preferences');
        try {
            return block ? JSON.parse(block.textContent) : {};
        } catch (e) {
            return {};
        }
    }

    function showFailure(frame, what, error) {
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-error roadmap-sandbox-render-error';
        var title = document.createElement('p');
        title.className = 'title';
        title.textContent = 'Sandbox: dashboard item ' + frame.getAttribute('data-module-key') + ' failed in ' + what;
        var detail = document.createElement('pre');
        detail.textContent = String(error && error.stack ? error.stack : error);
        box.appendChild(title);
        box.appendChild(detail);
        frame.querySelector('.dashboard-item-content').appendChild(box);
        if (window.console) {
            window.console.error('Dashboard item ' + frame.getAttribute('data-module-key') + ' failed in ' + what, error);
        }
    }

    function Gadget(frame) {
        this.frame = frame;
        this.id = frame.getAttribute('data-gadget-id');
        this.preferences = readPreferences(frame);
        this.listeners = {};
        this.refreshTimer = null;
        this.resizes = 0;
        this.api = this.createApi();
    }

    Gadget.prototype.content = function () {
        return this.frame.querySelector('.dashboard-item-content');
    };

    Gadget.prototype.configured = function () {
        return this.frame.getAttribute('data-configurable') !== 'true' || this.preferences.isConfigured === 'true';
    };

    Gadget.prototype.trigger = function (event) {
        var list = (this.listeners[event] || []).slice();
        this.listeners[event] = (this.listeners[event] || []).filter(function (l) { return !l.once; });
        list.forEach(function (l) { l.fn(); });
    };

    Gadget.prototype.createApi = function () {
        var gadget = this;
        var on = function (event, fn, once) {
            (gadget.listeners[event] = gadget.listeners[event] || []).push({fn: fn, once: once});
        };
        return {
            getGadgetId: function () { return gadget.id; },
            getContext: function () { return window.jQuery ? window.jQuery(gadget.content()) : gadget.content(); },
            isEditable: function () { return gadget.frame.getAttribute('data-editable') === 'true'; },
            setTitle: function (title) {
                gadget.frame.querySelector('.dashboard-item-title').textContent = title;
            },
            showLoadingBar: function () { gadget.frame.querySelector('.dashboard-item-loading').hidden = false; },
            hideLoadingBar: function () { gadget.frame.querySelector('.dashboard-item-loading').hidden = true; },
            // Dashboard items live in the page, not in iframes: nothing to measure in the sandbox.
            resize: function () { gadget.resizes++; gadget.frame.setAttribute('data-resizes', String(gadget.resizes)); },
            on: function (event, fn) { on(event, fn, false); },
            once: function (event, fn) { on(event, fn, true); },
            off: function (event) { delete gadget.listeners[event]; },
            trigger: function (event) { gadget.trigger(event); },
            closeEdit: function () { gadget.view(); },
            getRefreshFieldValue: function (name) {
                var field = gadget.content().querySelector('[name="' + (name || 'refresh') + '"]');
                return field && field.value && field.value !== 'false' ? field.value : 'false';
            },
            initRefresh: function (preferences, callback) {
                window.clearInterval(gadget.refreshTimer);
                gadget.refreshTimer = null;
                var minutes = parseInt(preferences && preferences.refresh, 10);
                if (minutes > 0) {
                    gadget.refreshTimer = window.setInterval(callback, minutes * 60000);
                    gadget.frame.setAttribute('data-refresh-minutes', String(minutes));
                } else {
                    gadget.frame.removeAttribute('data-refresh-minutes');
                }
            },
            savePreferences: function (preferences) {
                return gadget.save(preferences);
            }
        };
    };

    Gadget.prototype.save = function (preferences) {
        var gadget = this;
        return window.fetch(contextPath() + SAVE_PATH + encodeURIComponent(this.id) + '/preferences', {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(preferences)
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('Saving the preferences answered HTTP ' + response.status);
            }
            return response.json();
        }).then(function (saved) {
            gadget.preferences = saved.preferences;
            gadget.frame.setAttribute('data-saved', 'true');
            gadget.view();
            return saved.preferences;
        }, function (error) {
            showFailure(gadget.frame, 'savePreferences', error);
            throw error;
        });
    };

    Gadget.prototype.call = function (method) {
        var content = this.content();
        content.textContent = '';
        this.frame.setAttribute('data-mode', method === 'render' ? 'view' : 'edit');
        try {
            this.item[method](window.jQuery ? window.jQuery(content) : content, this.copyOfPreferences());
        } catch (e) {
            showFailure(this.frame, method, e);
            return;
        }
        this.trigger('afterRender');
    };

    Gadget.prototype.copyOfPreferences = function () {
        return JSON.parse(JSON.stringify(this.preferences));
    };

    Gadget.prototype.view = function () {
        this.call('render');
    };

    Gadget.prototype.edit = function () {
        this.call('renderEdit');
    };

    Gadget.prototype.start = function () {
        var name = this.frame.getAttribute('data-amd-module');
        var Item;
        try {
            Item = window.require(name);
            this.item = new Item(this.api);
        } catch (e) {
            showFailure(this.frame, 'require("' + name + '")', e);
            return;
        }
        var gadget = this;
        var editButton = this.frame.querySelector('.gadget-edit');
        if (editButton) {
            editButton.addEventListener('click', function () { gadget.edit(); });
        }
        if (this.configured()) {
            this.view();
        } else {
            this.edit();
        }
    };

    function wireDirectory() {
        var button = document.getElementById('add-gadget');
        var dialog = document.getElementById('gadget-directory');
        if (!button || !dialog) {
            return;
        }
        var aui = window.AJS && typeof window.AJS.dialog2 === 'function' ? window.AJS.dialog2 : null;
        button.addEventListener('click', function () {
            if (aui) {
                aui(dialog).show();
            } else {
                dialog.hidden = false;
            }
        });
        document.getElementById('gadget-directory-close').addEventListener('click', function () {
            if (aui) {
                aui(dialog).hide();
            } else {
                dialog.hidden = true;
            }
        });
    }

    function start() {
        wireDirectory();
        if (typeof window.require !== 'function') {
            Array.prototype.forEach.call(document.querySelectorAll('.dashboard-item-frame[data-amd-module]'), function (f) {
                showFailure(f, 'start-up', 'No AMD loader on the page (almond not found: run npm ci)');
            });
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('.dashboard-item-frame[data-amd-module]'), function (f) {
            new Gadget(f).start();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})(window, document);
