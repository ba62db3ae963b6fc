#pragma once

namespace clausecheck::reports {

// The 对照表 page's own style and script (html_diff.cpp). The script adds
// "only changes", n / p (next and previous change, a clause only renumbered
// not counted: that is most rows after an insertion) and their buttons.
inline constexpr const char* kDiffCss = R"css(
table.compare{table-layout:fixed}
table.compare col.side{width:42%}table.compare col.what{width:16%}
table.compare td{line-height:1.7}
tr.same td{color:var(--muted)}
tr.change td.old{background:#fff5f5}tr.change td.new{background:#f3fbf4}
tr.k-renumbered td.old,tr.k-renumbered td.new{background:none}
tr.current td{outline:2px solid var(--accent);outline-offset:-2px}
del{background:#ffcecb;color:#82071e;text-decoration:line-through}
ins{background:#aceebb;color:#055d20;text-decoration:none;border-bottom:1px solid #1a7f37}
.none{color:var(--muted)}
.tag{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;color:#fff;background:#59636e;white-space:nowrap}
.tag.k-modified{background:#9a6700}.tag.k-inserted{background:#1a7f37}.tag.k-deleted{background:#cf222e}
.tag.k-moved{background:#8250df}.tag.k-renumbered{background:#0969da}.tag.k-merged,.tag.k-split{background:#bc4c00}
.fact{font-size:12.5px;margin-top:4px}
table.facts td:nth-child(-n+2),table.facts th:nth-child(-n+2){white-space:nowrap;width:1%}
table.facts td:nth-child(3),table.facts td:nth-child(4){width:30%}
td.note div{white-space:normal}
#position{font-weight:600}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 4px;background:#fff;font-size:12px}
@page{size:A4;margin:12mm 10mm}
@media print{body{font-size:9.5pt}table.compare td{line-height:1.5}tr.change td.old,tr.change td.new{background:none}
tr.current td{outline:none}del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.tag{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}}
)css";

inline constexpr const char* kDiffScript = R"js(
(function () {
  'use strict';
  var toolbar = document.getElementById('toolbar');
  var changes = Array.prototype.slice.call(document.querySelectorAll('tr.change:not(.k-renumbered)'));
  var renumbered = document.querySelectorAll('tr.k-renumbered').length;
  var same = document.querySelectorAll('tr.same');
  var at = -1;
  var w = toolbar.dataset;  // the words, in the run's language: each {} filled in turn
  function fill(text, values) {
    var i = 0;
    return text.replace(/\{\}/g, function () { return values[i++]; });
  }
  var position = document.createElement('span');
  position.id = 'position';
  function show() {
    position.textContent = (changes.length ? (at < 0 ? fill(w.changes, [changes.length]) :
      fill(w.at, [at + 1, changes.length])) : w.none) + (renumbered ? fill(w.renumbered, [renumbered]) : '');
  }
  function go(step) {
    if (!changes.length) return;
    if (at >= 0) changes[at].classList.remove('current');
    at = at < 0 ? (step > 0 ? 0 : changes.length - 1) : Math.min(changes.length - 1, Math.max(0, at + step));
    var row = changes[at];
    row.classList.add('current');
    row.scrollIntoView({block: 'center'});
    if (history.replaceState) history.replaceState(null, '', '#' + row.id);
    show();
  }
  function button(text, key, step) {
    var b = document.createElement('button');
    b.type = 'button';
    b.appendChild(document.createTextNode(text + ' '));
    var k = document.createElement('kbd');
    k.textContent = key;
    b.appendChild(k);
    b.addEventListener('click', function () { go(step); });
    return b;
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    if (e.key === 'n' || e.key === 'j') { go(1); e.preventDefault(); }
    else if (e.key === 'p' || e.key === 'k') { go(-1); e.preventDefault(); }
  });
  var only = document.createElement('input');
  only.type = 'checkbox';
  only.name = 'only-changes';
  only.addEventListener('change', function () {
    Array.prototype.forEach.call(same, function (r) { r.hidden = only.checked; });
  });
  var label = document.createElement('label');
  label.appendChild(only);
  label.appendChild(document.createTextNode(fill(w.only, [same.length])));
  toolbar.appendChild(button(w.previous, 'p', -1));
  toolbar.appendChild(button(w.next, 'n', 1));
  toolbar.appendChild(position);
  toolbar.appendChild(label);
  toolbar.hidden = false;
  show();
})();
)js";

}  // namespace clausecheck::reports
