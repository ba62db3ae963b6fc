#pragma once

namespace clausecheck::reports {

// The check report's own style and script (html_check.cpp). The script reads
// the JSON data block, builds the filters and renders a file's findings only
// when its group is opened, so 20,000 findings open at once.
inline constexpr const char* kCheckCss = R"css(
.group{border:1px solid var(--line);margin:6px 0}
.group>summary{cursor:pointer;padding:6px 8px;background:var(--head);font-family:"Noto Sans Mono CJK SC",monospace;font-size:13px}
.group>summary .count{float:right;color:var(--muted)}
.group table{margin:0}
table.findings td:nth-child(1){white-space:nowrap;width:6em}
table.findings td:nth-child(2){width:14em}
table.findings td:nth-child(3){width:5em}
.docs{white-space:pre-wrap;background:var(--head);padding:8px;border-left:3px solid var(--line)}
#shown{font-weight:600}
.controls select{max-width:32em}
details.by-file>summary{cursor:pointer}
details.by-file>summary h3{display:inline-block}
table.severity-counts,table.by-file{width:auto}
table.severity-counts td,table.severity-counts th{min-width:7em}
table.by-file td:first-child{min-width:36em}
table.by-rule td:first-child,table.findings td:nth-child(2){white-space:nowrap}
)css";

inline constexpr const char* kCheckScript = R"js(
(function () {
  'use strict';
  var block = document.getElementById('data');
  if (!block) return;
  var d = JSON.parse(block.textContent);
  var filters = document.getElementById('filters');
  var groupsBox = document.getElementById('groups');
  var on = {severity: {}, rule: -1, file: -1};
  var total = 0;
  d.findings.forEach(function (g) { total += g.length; });
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // The report's own words (the data's `words`, in the run's language), each {} filled in turn.
  var w = d.words;
  function fill(text, values) {
    var i = 0;
    return text.replace(/\{\}/g, function () { return values[i++]; });
  }
  function passes(f, file) {
    return on.severity[f[0]] && (on.rule < 0 || on.rule === f[1]) && (on.file < 0 || on.file === file);
  }
  function row(f) {
    var sev = d.severities[f[0]];
    var tr = el('tr');
    tr.appendChild(el('td', 'sev-' + sev[0], sev[1] + (f[8] ? w.suppressed : '')));
    var rule = el('td');
    rule.appendChild(el('code', '', d.rules[f[1]]));
    tr.appendChild(rule);
    tr.appendChild(el('td', 'num', f[2] + ':' + f[3]));
    tr.appendChild(el('td', '', f[4]));
    var ev = el('td');
    ev.appendChild(document.createTextNode(f[5]));
    ev.appendChild(el('mark', '', f[6]));
    ev.appendChild(document.createTextNode(f[7]));
    tr.appendChild(ev);
    return tr;
  }
  // A group's rows exist only while it is open.
  function render(details) {
    var i = +details.dataset.file;
    var body = details.querySelector('tbody');
    body.textContent = '';
    if (!details.open) return;
    var frag = document.createDocumentFragment();
    d.findings[i].forEach(function (f) { if (passes(f, i)) frag.appendChild(row(f)); });
    body.appendChild(frag);
  }
  var groups = d.files.map(function (name, i) {
    var details = el('details', 'group');
    details.dataset.file = i;
    var summary = el('summary', '', name);
    var count = el('span', 'count');
    summary.appendChild(count);
    details.appendChild(summary);
    var table = el('table', 'findings');
    var head = el('tr');
    w.columns.forEach(function (h) { head.appendChild(el('th', '', h)); });
    table.appendChild(el('thead')).appendChild(head);
    table.appendChild(el('tbody'));
    details.appendChild(table);
    details.addEventListener('toggle', function () { render(details); });
    groupsBox.appendChild(details);
    return {details: details, count: count};
  });
  var shownCount = el('span');
  shownCount.id = 'shown';
  function update() {
    var shown = 0;
    groups.forEach(function (g, i) {
      var n = 0;
      d.findings[i].forEach(function (f) { if (passes(f, i)) ++n; });
      shown += n;
      g.count.textContent = fill(w.count, [n]);
      g.details.hidden = n === 0;
      render(g.details);
    });
    shownCount.textContent = fill(w.shown, [shown, total]);
  }
  function select(label, name, options, key) {
    var s = el('select');
    s.name = name;
    s.appendChild(el('option', '', fill(w.all, [label]))).value = -1;
    options.forEach(function (text, i) { s.appendChild(el('option', '', text)).value = i; });
    s.addEventListener('change', function () { on[key] = +s.value; update(); });
    var l = el('label', '', label + ' ');
    l.appendChild(s);
    return l;
  }
  var present = {};
  d.findings.forEach(function (g) { g.forEach(function (f) { present[f[0]] = true; }); });
  for (var s = d.severities.length - 1; s >= 0; --s) {
    if (!present[s]) continue;
    on.severity[s] = true;
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.name = 'severity';
    box.value = d.severities[s][0];
    box.addEventListener('change', (function (sev, b) {
      return function () { on.severity[sev] = b.checked; update(); };
    })(s, box));
    var l = el('label', 'sev-' + d.severities[s][0]);
    l.appendChild(box);
    l.appendChild(document.createTextNode(' ' + d.severities[s][1]));
    filters.appendChild(l);
  }
  filters.appendChild(select(w.rule, 'rule', d.rules, 'rule'));
  filters.appendChild(select(w.file, 'file', d.files, 'file'));
  function openAll(open) {
    // Each group that changes renders itself on its toggle event.
    return function () { groups.forEach(function (g) { g.details.open = open; }); };
  }
  var expand = el('button', '', w.expand);
  expand.type = 'button';
  expand.id = 'expand';
  expand.addEventListener('click', openAll(true));
  var collapse = el('button', '', w.collapse);
  collapse.type = 'button';
  collapse.addEventListener('click', openAll(false));
  filters.appendChild(expand);
  filters.appendChild(collapse);
  filters.appendChild(shownCount);
  filters.hidden = false;
  // A small report opens whole; a corpus run opens on its groups.
  if (total <= 500) groups.forEach(function (g) { g.details.open = true; });
  update();
})();
)js";

}  // namespace clausecheck::reports
