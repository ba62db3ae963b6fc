#pragma once

namespace clausecheck::reports {

// The register page's own style and script (html_status.cpp). The script adds
// a filter per status present, a text filter, and sorting by any column.
inline constexpr const char* kStatusCss = R"css(
.status-counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
td[class^="s-"]{white-space:nowrap}
td[class^="s-"]::before{content:"";display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px}
.chart{overflow-x:auto}
svg.timeline{max-width:100%;height:auto;font-size:12px}
svg.timeline .tick{stroke:#d1d9e0;stroke-width:1}
svg.timeline .tick.minor{stroke-dasharray:2 3}
svg.timeline .month{fill:#8c959f;font-size:10px}
svg.timeline .year{fill:#59636e;font-size:11px}
svg.timeline .name{fill:#1f2328}
svg.timeline .bar.open rect{fill-opacity:.45;stroke:currentColor;stroke-dasharray:4 2}
svg.timeline .bar:hover rect{stroke:#1f2328;stroke-width:1.5}
svg.timeline .as-of{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:5 3}
svg.timeline .as-of-label{fill:#cf222e;font-weight:600}
#entries th{cursor:pointer;user-select:none}
#entries th[data-order="asc"]::after{content:" ▲"}
#entries th[data-order="desc"]::after{content:" ▼"}
#entries td:nth-child(4){min-width:12em}
#entries td:nth-child(5),#entries th{white-space:nowrap}
#filters input[type=search]{min-width:20em}
#entries td:nth-child(6){min-width:14em}
#entries td:nth-child(7){min-width:10em}
.evidence{background:#fff8c5}
@media print{details>summary{display:none}#entries td:nth-child(4){min-width:8em}#entries td:nth-child(6){min-width:10em}
#entries td:nth-child(7){min-width:7em}.swatch,td[class^="s-"]::before{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

inline constexpr const char* kStatusScript = R"js(
(function () {
  'use strict';
  var table = document.getElementById('entries');
  var filters = document.getElementById('filters');
  if (!table || !filters) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var on = {};
  var query = '';
  function update() {
    rows.forEach(function (r) {
      r.hidden = !on[r.dataset.status] || (query && r.textContent.indexOf(query) < 0);
    });
  }
  // One checkbox per status of the summary, with its label.
  Array.prototype.forEach.call(document.querySelectorAll('#status-counts li'), function (li) {
    var s = li.dataset.status;
    on[s] = true;
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.name = 'status';
    box.value = s;
    box.addEventListener('change', function () { on[s] = box.checked; update(); });
    var label = document.createElement('label');
    label.className = 's-' + s;
    label.appendChild(box);
    var sw = document.createElement('span');
    sw.className = 'swatch';
    label.appendChild(sw);
    label.appendChild(document.createTextNode(li.firstChild.nextSibling.textContent.trim()));
    filters.appendChild(label);
  });
  var search = document.createElement('input');
  search.type = 'search';
  search.placeholder = filters.dataset.placeholder;  // in the run's language
  search.addEventListener('input', function () { query = search.value.trim(); update(); });
  filters.appendChild(search);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener('click', function () {
      var desc = th.dataset.order === 'asc';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { delete c.dataset.order; });
      th.dataset.order = desc ? 'desc' : 'asc';
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        // Empty cells (no date) last either way.
        if (!x !== !y) return x ? -1 : 1;
        return (desc ? -1 : 1) * x.localeCompare(y, 'zh-CN', {numeric: true});
      });
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });
  filters.hidden = false;
})();
)js";

}  // namespace clausecheck::reports
