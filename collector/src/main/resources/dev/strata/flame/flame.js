// strata flamegraph: zoom, search and hover details. Frame names are read from and written to
// text nodes only (textContent), never parsed as markup.
(function () {
  'use strict';
  var script = document.currentScript;
  var svg = script && script.closest ? script.closest('svg') : null;
  if (!svg) { svg = document.documentElement; }
  if (!svg || svg.strataFlame) { return; }
  var SVGNS = 'http://www.w3.org/2000/svg';
  var HIGHLIGHT = '#e600e6';
  function num(name) { return parseFloat(svg.getAttribute(name)); }
  var total = num('data-total'), pad = num('data-pad'), inner = num('data-inner');
  var y0 = num('data-y0'), dir = num('data-dir'), fh = num('data-fh'), charW = num('data-charw');
  function one(cls) { return svg.querySelector('.' + cls); }
  var resetBtn = one('sf-reset'), searchBtn = one('sf-search'), note = one('sf-note'), matched = one('sf-matched');
  var noteText = note.textContent;
  var frames = [];
  var groups = one('sf-frames').children;
  for (var i = 0; i < groups.length; i++) {
    var g = groups[i];
    var rect = g.querySelector('rect');
    var title = g.querySelector('title').textContent;
    var nl = title.indexOf('\n');
    var f = {
      g: g, rect: rect, text: g.querySelector('text'),
      name: nl < 0 ? title : title.substring(0, nl),
      details: title.replace(/\n/g, ' \u00b7 '),
      x: parseFloat(g.getAttribute('data-x')), w: parseFloat(g.getAttribute('data-w')),
      depth: Math.round((parseFloat(rect.getAttribute('y')) - y0) / (dir * fh)),
      fill: rect.getAttribute('fill')
    };
    g.__sf = f;
    frames.push(f);
  }
  var eps = total * 1e-9;

  function label(name, widthPx) {
    var fit = Math.floor((widthPx - 6) / charW);
    if (fit < 3) { return ''; }
    var chars = Array.from(name);
    return chars.length <= fit ? name : chars.slice(0, fit - 2).join('') + '..';
  }

  function place(f, xpx, wpx) {
    f.rect.setAttribute('x', xpx.toFixed(2));
    f.rect.setAttribute('width', wpx.toFixed(2));
    var text = label(f.name, wpx);
    if (!f.text && text) {
      f.text = document.createElementNS(SVGNS, 'text');
      f.text.setAttribute('y', f.rect.getAttribute('y') * 1 + fh - 4);
      f.g.appendChild(f.text);
    }
    if (f.text) {
      f.text.setAttribute('x', (xpx + 3).toFixed(2));
      f.text.textContent = text;
    }
  }

  function zoom(target) {
    var lo = target.x, w = target.w || eps;
    frames.forEach(function (f) {
      var inside = f.depth >= target.depth && f.x >= lo - eps && f.x + f.w <= lo + w + eps;
      var outer = f.depth < target.depth && f.x <= lo + eps && f.x + f.w >= lo + w - eps;
      f.g.classList.toggle('sf-hide', !inside && !outer);
      f.g.classList.toggle('sf-outer', outer);
      if (inside) { place(f, pad + (f.x - lo) / w * inner, f.w / w * inner); }
      else if (outer) { place(f, pad, inner); }
    });
    resetBtn.classList.toggle('sf-hide', target.depth === 0);
  }

  function reset() { zoom(frames[0]); }

  var searching = false;
  function search(term) {
    var re;
    try { re = new RegExp(term); } catch (e) {
      matched.textContent = 'Not a regular expression: ' + term;
      return -1;
    }
    var hits = [];
    frames.forEach(function (f) {
      var hit = f.depth > 0 && re.test(f.name);
      f.rect.setAttribute('fill', hit ? HIGHLIGHT : f.fill);
      if (hit) { hits.push(f); }
    });
    // nested matches count once: take each hit not inside an earlier, wider one
    hits.sort(function (a, b) { return a.x - b.x || b.w - a.w; });
    var sum = 0, end = -Infinity;
    hits.forEach(function (f) {
      if (f.x >= end - eps) { sum += f.w; end = f.x + f.w; }
    });
    var pct = total > 0 ? sum * 100 / total : 0;
    matched.textContent = 'Matched: ' + pct.toFixed(2) + '%';
    searching = true;
    searchBtn.textContent = 'Reset Search';
    return pct;
  }

  function clearSearch() {
    frames.forEach(function (f) { f.rect.setAttribute('fill', f.fill); });
    matched.textContent = '';
    searching = false;
    searchBtn.textContent = 'Search';
  }

  function ask() {
    var term = window.prompt('Search frames (regular expression)', '');
    if (term) { search(term); }
  }

  function frameOf(event) {
    var g = event.target.closest ? event.target.closest('g') : null;
    return g && g.__sf ? g.__sf : null;
  }

  var area = one('sf-frames');
  area.addEventListener('click', function (e) { var f = frameOf(e); if (f) { zoom(f); } });
  area.addEventListener('mouseover', function (e) { var f = frameOf(e); if (f) { note.textContent = f.details; } });
  area.addEventListener('mouseout', function () { note.textContent = noteText; });
  resetBtn.addEventListener('click', reset);
  searchBtn.addEventListener('click', function () { if (searching) { clearSearch(); } else { ask(); } });
  if (svg === document.documentElement) {
    window.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && (e.key === 'f' || e.key === 'F')) { e.preventDefault(); ask(); }
      else if (e.key === 'Escape') { reset(); clearSearch(); }
    });
    var initial = new URLSearchParams(window.location.search).get('s');
    if (initial) { search(initial); }
  }
  svg.strataFlame = { zoom: function (i) { zoom(frames[i]); }, reset: reset, search: search, clearSearch: clearSearch };
}());
