// Corrections in the workbench, for a signed-in admin. The reader's form opens from a clause's ✎ button (or the
// document header's), posts to /api/corrections and shows the API's refusal in one line of the form; an undo button
// (the form's list, the orphaned list, the corrections page) deletes one. After a change the page is loaded again, so
// that every highlight shows the corrected view.
(function () {
  'use strict';

  function headers() {
    const token = document.querySelector('meta[name="_csrf"]');
    const name = document.querySelector('meta[name="_csrf_header"]');
    const h = {'Accept': 'application/json'};
    if (token && name) {
      h[name.content] = token.content;
    }
    return h;
  }

  // The API answers a refusal as problem details: its detail is the message the CLI prints.
  async function refusal(response) {
    let detail = '';
    try {
      const body = await response.json();
      detail = body.detail || body.title || '';
    } catch (e) {
      detail = '';
    }
    return (detail || response.statusText || ('HTTP ' + response.status)).replace(/\s+/g, ' ').trim();
  }

  function showError(line, message) {
    line.textContent = message;
    line.hidden = false;
  }

  document.addEventListener('click', async function (event) {
    const undo = event.target.closest('button[data-undo]');
    if (!undo) {
      return;
    }
    undo.disabled = true;
    const r = await fetch('/api/corrections/' + encodeURIComponent(undo.dataset.undo),
        {method: 'DELETE', headers: headers(), credentials: 'same-origin'});
    if (r.ok) {
      location.reload();
      return;
    }
    let line = undo.nextElementSibling;
    if (!line || !line.classList.contains('form-error')) {
      line = document.createElement('span');
      line.className = 'form-error';
      line.setAttribute('role', 'alert');
      undo.after(line);
    }
    showError(line, await refusal(r));
    undo.disabled = false;
  });

  const dialog = document.getElementById('correct-dialog');
  if (!dialog) {
    return;
  }
  const data = JSON.parse(dialog.dataset.edit);
  const form = document.getElementById('correct-form');
  const task = document.getElementById('correct-task');
  const field = document.getElementById('correct-field');
  const value = document.getElementById('correct-value');
  const error = document.getElementById('correct-error');
  const made = document.getElementById('correct-made');
  let here = [];

  function place() {
    return here[Number(task.value)];
  }

  function option(select, val, label) {
    const o = document.createElement('option');
    o.value = val;
    o.textContent = label;
    select.appendChild(o);
  }

  function showField() {
    const f = place().fields.find(x => x.field === field.value);
    value.value = f ? f.value : '';
    value.disabled = field.value === 'not-obligation';
  }

  function showPlace() {
    const p = place();
    document.getElementById('correct-text').textContent = p.text;
    field.replaceChildren();
    p.fields.forEach(f => option(field, f.field, f.label));
    showField();
  }

  function listMade() {
    made.replaceChildren();
    here.flatMap(p => p.corrections).forEach(m => {
      const li = document.createElement('li');
      li.textContent = m.label + '：' + (m.before || '无') + ' → ' + (m.after || '无') + '（' + m.by + '，' + m.date
          + (m.note ? '：' + m.note : '') + '）';
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.undo = m.id;
      b.textContent = '撤销';
      li.append(' ', b);
      made.appendChild(li);
    });
    if (!made.children.length) {
      const li = document.createElement('li');
      li.textContent = '无';
      made.appendChild(li);
    }
  }

  function open(path) {
    here = data.places.filter(p => p.path === path);
    if (!here.length) {
      return;
    }
    document.getElementById('correct-place').textContent = path === '-' ? '文件信息' : path;
    task.replaceChildren();
    here.forEach((p, i) => option(task, String(i), (p.subject === 'threshold' ? '量化指标 ' : p.subject === 'document' ? '文件 ' : '任务 ')
        + p.task + '：' + p.text.slice(0, 30)));
    document.getElementById('correct-task-row').hidden = here.length < 2;
    error.hidden = true;
    showPlace();
    listMade();
    dialog.showModal();
    (here.length > 1 ? task : field).focus();
  }

  document.querySelectorAll('button.edit-point').forEach(b => b.addEventListener('click', () => open(b.dataset.path)));
  task.addEventListener('change', showPlace);
  field.addEventListener('change', showField);
  document.getElementById('correct-cancel').addEventListener('click', () => dialog.close());

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    error.hidden = true;
    const p = place();
    const body = new URLSearchParams({doc: data.doc, path: p.path, task: String(p.task), field: field.value,
      value: value.disabled ? '' : value.value, by: document.getElementById('correct-by').value,
      note: document.getElementById('correct-note').value});
    const r = await fetch('/api/corrections', {method: 'POST', headers: headers(), body: body, credentials: 'same-origin'});
    if (r.ok) {
      location.reload();
      return;
    }
    showError(error, await refusal(r));
  });
})();
