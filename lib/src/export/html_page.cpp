#include "export/html_page.hpp"

namespace codeset::detail {

const std::string_view html_page_style = R"css(
:root { --added: #2e7d32; --deleted: #c62828; --revised: #1565c0; --other: #8d6e63; --rule: #d0d7de; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 1.5rem auto; max-width: 72rem;
       padding: 0 1rem; color: #1f2328; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 1.6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.releases, .generated { color: #57606a; }
.notice { border-left: 4px solid var(--deleted); background: #fff4f4; padding: .5rem .8rem; }
.statement { border-left: 4px solid var(--other); background: #faf6f3; padding: .5rem .8rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: .6rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
table.summary { width: auto; }
table.summary td { text-align: right; font-variant-numeric: tabular-nums; }
td.code { white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; }
del { background: #ffebe9; color: var(--deleted); }
ins { background: #dafbe1; color: var(--added); text-decoration: none; }
.ws { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; }
details.chapter { border: 1px solid var(--rule); border-radius: 6px; margin: .5rem 0; padding: 0 .8rem; }
details.chapter > summary { cursor: pointer; padding: .5rem 0; font-weight: 600; }
summary .counts { font-weight: normal; color: #57606a; margin-left: .5rem; }
.filter { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid var(--rule); z-index: 1; }
.filter input { font-size: 1rem; padding: .3rem .5rem; width: 22rem; max-width: 70%; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg.chart text { fill: #1f2328; }
svg.chart .added { fill: var(--added); }
svg.chart .deleted { fill: var(--deleted); }
svg.chart .revised { fill: var(--revised); }
svg.chart .other { fill: var(--other); }
.hidden { display: none; }
@media print {
  .filter { display: none; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  details.chapter { border: none; padding: 0; break-inside: auto; }
  details.chapter > summary { list-style: none; font-size: 12pt; }
  details.chapter > summary::-webkit-details-marker { display: none; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

// Rows carry data-text (lower case: the code and its words); a filter of several words keeps the
// rows holding all of them. Chapters and tables left without a row are hidden; printing opens
// every chapter and closes again those that were closed.
const std::string_view html_page_script = R"js(
(function () {
  'use strict';
  var input = document.getElementById('filter');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var visible = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-text');
      var keep = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.classList.toggle('hidden', !keep);
      if (keep) visible += 1;
    });
    document.querySelectorAll('table.changes').forEach(function (table) {
      var any = table.querySelector('tr.row:not(.hidden)') !== null;
      table.classList.toggle('hidden', !any);
      var heading = table.previousElementSibling;
      if (heading && heading.tagName === 'H3') heading.classList.toggle('hidden', !any);
    });
    document.querySelectorAll('details.chapter').forEach(function (chapter) {
      chapter.classList.toggle('hidden', chapter.querySelector('tr.row:not(.hidden)') === null);
    });
    shown.textContent = words.length === 0 ? rows.length + ' rows' : visible + ' of ' + rows.length + ' rows';
  }
  input.addEventListener('input', apply);
  apply();
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details.chapter'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
)js";

}  // namespace codeset::detail
