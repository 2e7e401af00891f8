// The agency field's suggestions: as a person types two characters or more, the names containing them are asked of
// the field's data-suggestions address (/api/agency-suggestions) and put into its datalist. Without this script the
// field is a plain text field and the form submits what was typed.
(function () {
  'use strict';

  const WAIT_MS = 150;

  function option(s) {
    const o = document.createElement('option');
    o.value = s.name;
    if (s.bodies > 1) {
      o.label = s.name + '（' + s.bodies + ' 个单位）';
    } else if (s.label && s.label !== s.name) {
      o.label = s.name + ' → ' + s.label;
    }
    return o;
  }

  function attach(field) {
    const list = document.getElementById(field.getAttribute('list'));
    let timer = null;
    let pending = null;
    let asked = '';

    async function ask() {
      const part = field.value.replace(/[\s\u3000]/g, '');
      if (part === asked) {
        return;
      }
      asked = part;
      if (pending) {
        pending.abort();
      }
      if ([...part].length < 2) {
        list.replaceChildren();
        return;
      }
      pending = new AbortController();
      try {
        const r = await fetch(field.dataset.suggestions + '?limit=20&part=' + encodeURIComponent(part),
            {headers: {'Accept': 'application/json'}, signal: pending.signal});
        list.replaceChildren(...(r.ok ? (await r.json()).map(option) : []));
      } catch (e) {
        if (e.name !== 'AbortError') {
          list.replaceChildren();
        }
      }
    }

    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, WAIT_MS);
    });
  }

  document.querySelectorAll('input[data-suggestions][list]').forEach(attach);
})();
