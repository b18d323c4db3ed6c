/*
 * HUKI panel (velocity/roles/panel.vm): for editors, a grid editor built from GET …/roles. A cell is a button: a click,
 * Space or Enter cycles it empty → H → U → K → I → empty (the letters of the reader's language); arrow keys move
 * between cells. Procedures and actors are added, renamed, moved and removed in place and the whole matrix is saved
 * with its version (PUT …/roles); a 409 keeps the edits on screen. Text goes in with textContent and value only.
 */
(function (window, document) {
    'use strict';

    var CYCLE = ['', 'PRINCIPAL', 'EXECUTES', 'CONSULTED', 'INFORMED'];
    var state = null;
    var nextId = -1;
    var busy = false;

    function root() {
        return document.getElementById('roadmap-roles');
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function text(name) {
        return root().getAttribute('data-text-' + name) || '';
    }

    function path() {
        return '/initiatives/' + encodeURIComponent(root().getAttribute('data-initiative-key')) + '/roles';
    }

    function el(tag, attrs, content) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            if (k === 'className') {
                e.className = attrs[k];
            } else {
                e.setAttribute(k, attrs[k]);
            }
        });
        if (content !== undefined && content !== null) {
            e.textContent = content;
        }
        return e;
    }

    function cellKey(p, a) {
        return p + ':' + a;
    }

    function freshId() {
        var used = {};
        state.procedures.concat(state.actors).forEach(function (x) { used[x.id] = true; });
        while (used[nextId]) {
            nextId -= 1;
        }
        var id = nextId;
        nextId -= 1;
        return id;
    }

    /** Internal state from a REST answer (a saved matrix or a copied draft). */
    function load(body, keepVersion) {
        var cells = {};
        (body.cells || []).forEach(function (c) { cells[cellKey(c.procedureId, c.actorId)] = c.role; });
        var letters = {};
        var names = {};
        (body.legend || []).forEach(function (l) { letters[l.role] = l.letter; names[l.role] = l.name; });
        state = {
            version: keepVersion && state ? state.version : body.version,
            procedures: (body.procedures || []).map(function (p) { return {id: p.id, name: p.name}; }),
            actors: (body.actors || []).map(function (a) {
                return {id: a.id, name: a.name, kind: a.kind, userKey: a.userKey || null, stakeholderId: a.stakeholderId || null};
            }),
            cells: cells,
            letters: letters,
            names: names,
            kinds: body.kinds || (state ? state.kinds : []),
            stakeholders: keepVersion && state ? state.stakeholders : (body.stakeholders || []),
            errors: {}
        };
    }

    function letter(role) {
        return role ? state.letters[role] || role.charAt(0) : '';
    }

    function cellLabel(p, a, role) {
        return p.name + ' / ' + a.name + ': ' + (role ? state.names[role] : text('empty-cell'));
    }

    /** Client-side checks shown inline before saving: blank names, two principals on one procedure. */
    function check() {
        var errors = {};
        state.procedures.forEach(function (p, i) {
            if (!p.name || !p.name.trim()) {
                errors['procedures[' + i + '].name'] = text('required');
            }
            var principals = state.actors.filter(function (a) { return state.cells[cellKey(p.id, a.id)] === 'PRINCIPAL'; });
            if (principals.length > 1) {
                errors['procedures[' + i + ']'] = text('two-principals');
            }
        });
        state.actors.forEach(function (a, i) {
            if (!a.name || !a.name.trim()) {
                errors['actors[' + i + '].name'] = text('required');
            }
        });
        return errors;
    }

    function errorNote(field) {
        var message = state.errors[field];
        var note = el('span', {className: 'roadmap-roles-field-error', 'data-field': field}, message || '');
        note.hidden = !message;
        return note;
    }

    function nameInput(value, label, field, onChange) {
        var input = el('input', {type: 'text', className: 'text roadmap-roles-name', maxlength: '255', 'aria-label': label,
            'data-field': field});
        input.value = value || '';
        if (state.errors[field]) {
            input.setAttribute('aria-invalid', 'true');
        }
        input.addEventListener('input', function () {
            onChange(input.value);
            changed(false);
        });
        return input;
    }

    function smallButton(label, symbol, onClick) {
        var b = el('button', {type: 'button', className: 'aui-button aui-button-subtle roadmap-roles-small', title: label,
            'aria-label': label}, symbol);
        b.addEventListener('click', onClick);
        return b;
    }

    function move(list, index, by) {
        var to = index + by;
        if (to < 0 || to >= list.length) {
            return;
        }
        var item = list.splice(index, 1)[0];
        list.splice(to, 0, item);
        changed(true);
    }

    function removeAt(list, index, isProcedure) {
        var gone = list.splice(index, 1)[0];
        Object.keys(state.cells).forEach(function (k) {
            var parts = k.split(':');
            if (String(isProcedure ? parts[0] : parts[1]) === String(gone.id)) {
                delete state.cells[k];
            }
        });
        changed(true);
    }

    function select(options, value, label, field, onChange) {
        var s = el('select', {className: 'select roadmap-roles-select', 'aria-label': label, 'data-field': field});
        options.forEach(function (o) {
            var option = el('option', {value: o.value}, o.label);
            if (String(o.value) === String(value === null || value === undefined ? '' : value)) {
                option.selected = true;
            }
            s.appendChild(option);
        });
        s.addEventListener('change', function () {
            onChange(s.value);
            changed(false);
        });
        return s;
    }

    function actorHeader(a, i) {
        var th = el('th', {scope: 'col', className: 'roadmap-roles-actor'});
        th.appendChild(nameInput(a.name, text('actor') + ' ' + (i + 1), 'actors[' + i + '].name', function (v) { a.name = v; }));
        th.appendChild(errorNote('actors[' + i + '].name'));
        th.appendChild(select(state.kinds, a.kind, text('kind'), 'actors[' + i + '].kind', function (v) { a.kind = v; }));
        var stakeholders = [{value: '', label: text('none')}].concat(state.stakeholders);
        th.appendChild(select(stakeholders, a.stakeholderId, text('stakeholder'), 'actors[' + i + '].stakeholderId',
            function (v) { a.stakeholderId = v ? Number(v) : null; }));
        ['kind', 'stakeholderId', 'userKey'].forEach(function (f) { th.appendChild(errorNote('actors[' + i + '].' + f)); });
        var tools = el('span', {className: 'roadmap-roles-tools'});
        tools.appendChild(smallButton(text('move-left'), '\u2190', function () { move(state.actors, i, -1); }));
        tools.appendChild(smallButton(text('move-right'), '\u2192', function () { move(state.actors, i, 1); }));
        tools.appendChild(smallButton(text('remove') + ': ' + a.name, '\u00d7', function () { removeAt(state.actors, i, false); }));
        th.appendChild(tools);
        return th;
    }

    function procedureHeader(p, i) {
        var th = el('th', {scope: 'row', className: 'roadmap-roles-procedure'});
        th.appendChild(nameInput(p.name, text('procedure') + ' ' + (i + 1), 'procedures[' + i + '].name', function (v) { p.name = v; }));
        th.appendChild(errorNote('procedures[' + i + '].name'));
        th.appendChild(errorNote('procedures[' + i + ']'));
        var tools = el('span', {className: 'roadmap-roles-tools'});
        tools.appendChild(smallButton(text('move-up'), '\u2191', function () { move(state.procedures, i, -1); }));
        tools.appendChild(smallButton(text('move-down'), '\u2193', function () { move(state.procedures, i, 1); }));
        tools.appendChild(smallButton(text('remove') + ': ' + p.name, '\u00d7', function () { removeAt(state.procedures, i, true); }));
        th.appendChild(tools);
        return th;
    }

    function cellButton(p, a, row, col) {
        var role = state.cells[cellKey(p.id, a.id)] || '';
        var b = el('button', {type: 'button', className: 'roadmap-roles-cellbtn' + (role ? ' roadmap-roles-' + role : ''),
            'data-row': String(row), 'data-col': String(col), 'data-role': role, 'aria-label': cellLabel(p, a, role),
            tabindex: row === 0 && col === 0 ? '0' : '-1'}, letter(role));
        b.addEventListener('click', function () {
            var next = CYCLE[(CYCLE.indexOf(state.cells[cellKey(p.id, a.id)] || '') + 1) % CYCLE.length];
            if (next) {
                state.cells[cellKey(p.id, a.id)] = next;
            } else {
                delete state.cells[cellKey(p.id, a.id)];
            }
            changed(true, row, col);
        });
        b.addEventListener('keydown', function (event) {
            var moves = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
            var d = moves[event.key];
            if (d) {
                event.preventDefault();
                focusCell(row + d[0], col + d[1]);
            }
        });
        return b;
    }

    function focusCell(row, col) {
        var target = document.querySelector('#roadmap-roles-grid .roadmap-roles-cellbtn[data-row="' + row + '"][data-col="' + col + '"]');
        if (target) {
            document.querySelectorAll('#roadmap-roles-grid .roadmap-roles-cellbtn').forEach(function (b) { b.setAttribute('tabindex', '-1'); });
            target.setAttribute('tabindex', '0');
            target.focus();
        }
    }

    function render(focusRow, focusCol) {
        var wrap = byId('roadmap-roles-grid');
        wrap.textContent = '';
        var table = el('table', {className: 'aui roadmap-roles-table roadmap-roles-edit', role: 'grid', id: 'roadmap-roles-edit-table'});
        var head = el('tr');
        head.appendChild(el('th', {scope: 'col'}, text('procedure')));
        state.actors.forEach(function (a, i) { head.appendChild(actorHeader(a, i)); });
        table.appendChild(el('thead')).appendChild(head);
        var body = el('tbody');
        state.procedures.forEach(function (p, r) {
            var tr = el('tr', state.errors['procedures[' + r + ']'] ? {className: 'roadmap-roles-flagged'} : {});
            tr.appendChild(procedureHeader(p, r));
            state.actors.forEach(function (a, c) {
                var td = el('td', {className: 'roadmap-roles-cell'});
                td.appendChild(cellButton(p, a, r, c));
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });
        table.appendChild(body);
        wrap.appendChild(table);
        if (focusRow !== undefined) {
            focusCell(focusRow, focusCol);
        }
    }

    /** After an edit: re-check, show inline errors, mark unsaved; {@code redraw} rebuilds the grid (focus kept). */
    function changed(redraw, row, col) {
        state.errors = check();
        window.Roadmap.showMessage(byId('roadmap-roles-status'), text('unsaved'));
        if (redraw) {
            render(row, col);
        } else {
            document.querySelectorAll('#roadmap-roles-grid .roadmap-roles-field-error').forEach(function (note) {
                var message = state.errors[note.getAttribute('data-field')];
                note.textContent = message || '';
                note.hidden = !message;
            });
            document.querySelectorAll('#roadmap-roles-grid [data-field]').forEach(function (input) {
                if (input.tagName !== 'SPAN') {
                    if (state.errors[input.getAttribute('data-field')]) {
                        input.setAttribute('aria-invalid', 'true');
                    } else {
                        input.removeAttribute('aria-invalid');
                    }
                }
            });
        }
    }

    function body() {
        var cells = [];
        state.procedures.forEach(function (p) {
            state.actors.forEach(function (a) {
                var role = state.cells[cellKey(p.id, a.id)];
                if (role) {
                    cells.push({procedureId: p.id, actorId: a.id, role: role});
                }
            });
        });
        return {version: state.version, procedures: state.procedures, actors: state.actors, cells: cells};
    }

    function showWarnings(warnings) {
        var list = byId('roadmap-roles-warnings');
        list.textContent = '';
        (warnings || []).forEach(function (w) { list.appendChild(el('li', {'data-key': w.key}, w.message)); });
        list.hidden = !warnings || warnings.length === 0;
    }

    function save() {
        if (busy) {
            return;
        }
        state.errors = check();
        if (Object.keys(state.errors).length) {
            render();
            window.Roadmap.showMessage(byId('roadmap-roles-error'), text('error'));
            return;
        }
        busy = true;
        window.Roadmap.rest('PUT', path(), body()).then(function (result) {
            busy = false;
            var errorBox = byId('roadmap-roles-error');
            if (result.ok) {
                load(result.body, false);
                render();
                showWarnings(result.body.warnings);
                updateState(result.body.valid);
                window.Roadmap.showMessage(errorBox, '');
                window.Roadmap.showMessage(byId('roadmap-roles-status'), text('saved'));
                return;
            }
            if (result.status === 409) {
                // Nothing is lost: the edits stay on screen; reloading shows the other person's matrix.
                window.Roadmap.showMessage(errorBox, text('stale'));
                var reload = el('button', {type: 'button', className: 'aui-button aui-button-link', id: 'roadmap-roles-reload'}, text('reload'));
                reload.addEventListener('click', function () { window.location.reload(); });
                errorBox.appendChild(document.createTextNode(' '));
                errorBox.appendChild(reload);
                return;
            }
            var errors = window.Roadmap.errorsOf(result);
            var general = [];
            state.errors = {};
            errors.forEach(function (e) {
                if (e.field && /^(procedures|actors|cells)\[\d+\]/.test(e.field)) {
                    state.errors[e.field] = e.message;
                }
                general.push(e.message);
            });
            render();
            window.Roadmap.showMessage(errorBox, general.length ? general.join(' ') : root().getAttribute('data-unknown-error'));
        });
    }

    function updateState(valid) {
        var box = byId('roadmap-roles-state');
        box.setAttribute('data-valid', String(!!valid));
        box.querySelectorAll('.aui-lozenge').forEach(function (l) { l.hidden = true; });
        var template = box.querySelector(valid ? '.aui-lozenge-success' : '.aui-lozenge-moved');
        if (template) {
            template.hidden = false;
        }
    }

    function setUpCopy() {
        window.Roadmap.rest('GET', path() + '/sources').then(function (result) {
            if (!result.ok || !Array.isArray(result.body) || result.body.length === 0) {
                return;
            }
            var choose = byId('roadmap-roles-copy-from');
            result.body.forEach(function (s) { choose.appendChild(el('option', {value: s.key}, s.key)); });
            byId('roadmap-roles-copy').hidden = false;
            byId('roadmap-roles-copy-button').addEventListener('click', function () {
                window.Roadmap.rest('GET', path() + '/copy?from=' + encodeURIComponent(choose.value)).then(function (copy) {
                    if (!copy.ok) {
                        window.Roadmap.showMessage(byId('roadmap-roles-error'), window.Roadmap.errorText(copy));
                        return;
                    }
                    load(copy.body, true);
                    changed(true);
                    window.Roadmap.showMessage(byId('roadmap-roles-status'), text('copied'));
                });
            });
        });
    }

    function start() {
        var r = root();
        if (!r || r.getAttribute('data-editable') !== 'true' || r.getAttribute('data-started') === 'true') {
            return;
        }
        r.setAttribute('data-started', 'true');
        window.Roadmap.rest('GET', path()).then(function (result) {
            if (!result.ok) {
                return;
            }
            load(result.body, false);
            state.errors = check();
            byId('roadmap-roles-view').hidden = true;
            byId('roadmap-roles-editor').hidden = false;
            render();
            byId('roadmap-roles-add-procedure').addEventListener('click', function () {
                state.procedures.push({id: freshId(), name: ''});
                changed(true);
                var inputs = document.querySelectorAll('#roadmap-roles-grid .roadmap-roles-procedure .roadmap-roles-name');
                if (inputs.length) {
                    inputs[inputs.length - 1].focus();
                }
            });
            byId('roadmap-roles-add-actor').addEventListener('click', function () {
                state.actors.push({id: freshId(), name: '', kind: 'ROLE', userKey: null, stakeholderId: null});
                changed(true);
                var inputs = document.querySelectorAll('#roadmap-roles-grid .roadmap-roles-actor .roadmap-roles-name');
                if (inputs.length) {
                    inputs[inputs.length - 1].focus();
                }
            });
            byId('roadmap-roles-save').addEventListener('click', save);
            setUpCopy();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
