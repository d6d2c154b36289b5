/* strata site: draws the charts whose data each page inlines (no fetch: the site works from disk). */
(function () {
  "use strict";
  /* Okabe-Ito colours, told apart by colour-blind readers; the dash pattern changes too, so colour is never the only cue. */
  var PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7f7f7f", "#332288"];
  var DASHES = [[], [7, 3], [2, 3], [9, 3, 2, 3], [4, 4]];

  var fmt = strataUnits.fmt, axisValues = strataUnits.axisValues;

  /* uPlot axis size from the widest label it will draw, so labels are never cut at the canvas edge. */
  function fitAxis(u, values, axisIdx, cycleNum) {
    var a = u.axes[axisIdx];
    if (cycleNum > 1) return a._size;
    var widest = 0;
    if (values && values.length) {
      u.ctx.font = a.font[0];
      values.forEach(function (v) { if (v != null) widest = Math.max(widest, u.ctx.measureText(String(v)).width); });
    }
    return Math.ceil(a.ticks.size + a.gap + widest / devicePixelRatio) + 4;
  }

  /* Every chart drawn on the page, for readers' tools and tests. */
  var plots = [];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function ready(f) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", f);
    else f();
  }

  function color(i) { return PALETTE[i % PALETTE.length]; }
  function dash(i) { return DASHES[i % DASHES.length].concat(); }
  function alpha(hex, a) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + a + ")";
  }

  function legend(names, host) {
    var box = el("div", "legend");
    names.forEach(function (name, i) {
      var item = el("span", "item");
      var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("width", "28"); svg.setAttribute("height", "10");
      var line = document.createElementNS("http://www.w3.org/2000/svg", "line");
      line.setAttribute("x1", "0"); line.setAttribute("y1", "5"); line.setAttribute("x2", "28"); line.setAttribute("y2", "5");
      line.setAttribute("stroke", color(i)); line.setAttribute("stroke-width", "2.5");
      if (dash(i).length) line.setAttribute("stroke-dasharray", dash(i).join(" "));
      svg.appendChild(line);
      item.appendChild(svg);
      item.appendChild(el("span", null, name));
      box.appendChild(item);
    });
    host.appendChild(box);
  }

  /* Axis colours from the page's scheme (light or dark), so the canvas follows the CSS. */
  function axis(extra) {
    var cs = getComputedStyle(document.body), line = cs.getPropertyValue("--line").trim() || "#d9dee7";
    var a = { stroke: cs.color, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 } };
    for (var k in extra) a[k] = extra[k];
    return a;
  }

  function width(node) { return Math.max(240, (node.clientWidth || 560) - 8); }

  /* Charts follow their box: a window resized, a phone turned, or a box that settled after its chart was drawn. */
  function fit() {
    plots.forEach(function (u) {
      var node = u.root && u.root.parentNode;
      if (!node) return;
      var w = width(node);
      if (Math.abs(w - u.width) > 1) u.setSize({ width: w, height: u.height });
    });
  }
  window.addEventListener("resize", fit);
  window.addEventListener("load", fit);

  /* A trend chart: one median line per series, a min-max band around it, change points as labelled lines. */
  function trend(node, d, c) {
    var n = d.commits.sha.length, xs = [], data, series = [{ label: "commit" }], bands = [];
    for (var i = 0; i < n; i++) xs.push(i);
    data = [xs];
    d.series.forEach(function (name, s) {
      var base = data.length;
      data.push(c.med[s], c.lo[s], c.hi[s]);
      series.push({ label: name, stroke: color(s), dash: dash(s), width: 2, spanGaps: true,
                    points: { size: 5, fill: color(s) } });
      series.push({ label: name + " min", stroke: "transparent", points: { show: false }, spanGaps: true });
      series.push({ label: name + " max", stroke: "transparent", points: { show: false }, spanGaps: true });
      bands.push({ series: [base + 2, base + 1], fill: alpha(color(s), 0.15) });
    });
    var tip = el("div", "tooltip");
    tip.setAttribute("role", "tooltip");
    var hover = null;
    function nearest(u, idx) {
      var best = -1, dist = Infinity;
      d.series.forEach(function (_, s) {
        var v = c.med[s][idx];
        if (v == null) return;
        var dy = Math.abs(u.valToPos(v, "y") - u.cursor.top);
        if (dy < dist) { dist = dy; best = s; }
      });
      return best;
    }
    var opts = {
      width: width(node), height: 260, legend: { show: false }, bands: bands, padding: [12, 44, 0, 0],
      cursor: { drag: { x: true, y: false }, points: { show: false } },
      scales: { x: { time: false } },
      axes: [
        axis({ values: function (u, vals) { return vals.map(function (v) {
            return Number.isInteger(v) && d.commits.sha[v] ? d.commits.sha[v] + "\n" + d.commits.date[v] : ""; }); },
          size: 48, space: 90 }),
        axis({ size: fitAxis, values: function (u, vals) { return axisValues(c.unit, vals); } })
      ],
      series: series,
      hooks: {
        setCursor: [function (u) {
          var idx = u.cursor.idx;
          if (idx == null) { tip.style.display = "none"; hover = null; return; }
          var s = nearest(u, idx);
          if (s < 0) { tip.style.display = "none"; hover = null; return; }
          hover = { s: s, i: idx };
          var tag = d.commits.tag[idx];
          tip.textContent = "";
          tip.appendChild(el("b", null, d.commits.sha[idx] + " · " + d.commits.date[idx] + (tag ? " · " + tag : "")));
          tip.appendChild(el("div", null, d.series[s]));
          tip.appendChild(el("div", null, c.title + ": " + fmt(c.unit, c.med[s][idx]) + " (median of " + c.n[s][idx] + ")"));
          tip.appendChild(el("div", null, "range " + fmt(c.unit, c.lo[s][idx]) + " – " + fmt(c.unit, c.hi[s][idx])));
          if (d.open[s][idx] >= 0) tip.appendChild(el("div", "muted", "click to open the run"));
          tip.style.display = "block";
          var left = u.valToPos(idx, "x"), top = u.valToPos(c.med[s][idx], "y");
          tip.style.left = Math.min(left + 12, u.over.clientWidth - 220) + "px";
          tip.style.top = Math.max(0, top - 10) + "px";
        }],
        draw: [function (u) {
          var ctx = u.ctx;
          (c.marks || []).forEach(function (m) {
            var x = u.valToPos(m.i, "x", true);
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
            var bad = m.dir === "regression";
            ctx.save();
            ctx.strokeStyle = bad ? "#b3261e" : "#1e7a3c";
            ctx.setLineDash([4, 4]);
            ctx.lineWidth = 1.5 * devicePixelRatio;
            ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke();
            ctx.fillStyle = ctx.strokeStyle;
            ctx.font = (11 * devicePixelRatio) + "px system-ui, sans-serif";
            ctx.fillText(m.text + " " + (bad ? "regression" : "improvement"), x + 4, u.bbox.top + 12 * devicePixelRatio);
            ctx.restore();
          });
        }]
      }
    };
    var plot = new uPlot(opts, data, node);
    plots.push(plot);
    plot.over.appendChild(tip);
    plot.over.addEventListener("click", function () {
      if (hover && d.open[hover.s][hover.i] >= 0) location.href = d.runs[d.open[hover.s][hover.i]];
    });
    plot.over.addEventListener("mouseleave", function () { tip.style.display = "none"; });
    legend(d.series, node);
    return plot;
  }

  function olderRuns(rows) {
    ready(function () {
      var button = document.getElementById("show-older"), body = document.getElementById("older");
      if (!button || !body) return;
      button.addEventListener("click", function () {
        rows.forEach(function (r) {
          var tr = el("tr");
          tr.id = "r-" + r[0];
          var first = el("td", "when");
          if (r[9]) { var a = el("a", null, r[1]); a.href = r[9]; first.appendChild(a); } else first.textContent = r[1];
          tr.appendChild(first);
          var st = el("td"); st.appendChild(el("span", "status " + r[2], r[2])); tr.appendChild(st);
          var sha = el("td"); sha.appendChild(el("code", null, r[3])); tr.appendChild(sha);
          [r[4], r[5], r[6]].forEach(function (t) { tr.appendChild(el("td", null, t)); });
          tr.appendChild(el("td", "num", r[7]));
          tr.appendChild(el("td", "num", r[8]));
          tr.appendChild(el("td", null, r[10] || ""));
          body.appendChild(tr);
        });
        button.disabled = true;
        button.textContent = "All runs shown";
      });
    });
  }

  function timeline(t) {
    ready(function () {
      var node = document.querySelector("[data-timeline]");
      if (!node || !window.uPlot) return;
      plots.push(new uPlot({
        width: width(node), height: 240,
        scales: { x: { time: false }, B: {}, pct: {} },
        cursor: { drag: { x: true, y: false } },
        axes: [
          axis({ values: function (u, v) { return axisValues("s", v); } }),
          axis({ scale: "B", size: fitAxis, values: function (u, v) { return axisValues("B", v); } }),
          axis({ scale: "pct", side: 1, size: fitAxis, grid: { show: false }, values: function (u, v) { return v.map(function (x) { return x + " %"; }); } })
        ],
        series: [
          { label: "t", value: function (u, v) { return fmt("s", v); } },
          { label: "RSS (whole tree)", scale: "B", stroke: color(0), width: 2, value: function (u, v) { return fmt("B", v); } },
          { label: "CPU", scale: "pct", stroke: color(1), dash: [6, 3], width: 2, value: function (u, v) { return fmt("%", v); } },
          { label: "processes", scale: "pct", stroke: color(2), dash: [2, 3], width: 1 }
        ]
      }, [t.t, t.rss, t.cpu, t.procs], node));
    });
  }

  /* The swept values as ticks; a long sweep keeps every k-th so labels do not overlap (the ends always shown). */
  function sweptTicks(xs) {
    var step = Math.ceil(xs.length / 10);
    return xs.filter(function (x, i) { return i % step === 0 || i === xs.length - 1; });
  }

  function scaling(charts) {
    ready(function () {
      charts.forEach(function (c) {
        var node = document.querySelector('[data-scaling="' + c.id + '"]');
        if (!node || !window.uPlot) return;
        var xs = [];
        c.series.forEach(function (s) { s.x.forEach(function (x) { if (xs.indexOf(x) < 0) xs.push(x); }); });
        xs.sort(function (a, b) { return a - b; });
        var data = [xs], series = [{ label: c.param, value: function (u, v) { return v == null ? "–" : String(v); } }];
        c.series.forEach(function (s, i) {
          data.push(xs.map(function (x) { var j = s.x.indexOf(x); return j < 0 ? null : s.y[j]; }));
          series.push({ label: s.name + " (k=" + s.k.toFixed(2) + ")", stroke: color(i), dash: dash(i), width: 2,
                        spanGaps: true, points: { size: 6, fill: color(i) }, value: function (u, v) { return fmt(c.unit, v); } });
        });
        plots.push(new uPlot({
          title: c.title, width: width(node), height: 260,
          scales: { x: { time: false, distr: 3, range: function (u, min, max) { return [min / 1.15, max * 1.15]; } },
                    y: { distr: 3 } },
          // ticks at the swept values themselves: a log axis left to itself lands between them (1,739.13)
          axes: [axis({ splits: function () { return sweptTicks(xs); }, filter: function (u, splits) { return splits; },
                        values: function (u, v) { return v.map(function (x) { return x == null ? "" : x.toLocaleString("en-US", { maximumFractionDigits: 6 }); }); } }),
                 axis({ size: fitAxis, values: function (u, v) { return v.map(function (x) { return fmt(c.unit, x); }); } })],
          series: series
        }, data, node));
      });
    });
  }

  function trends(d) {
    ready(function () {
      if (!window.uPlot) return;
      d.charts.forEach(function (c) {
        var node = document.querySelector('[data-chart="' + c.id + '"]');
        if (node) trend(node, d, c);
      });
    });
  }

  /* Regressions page: show the groups and series that pass the filters (without JavaScript, all are shown). */
  function regressionFilters() {
    ready(function () {
      var form = document.getElementById("filters");
      if (!form) return;
      form.hidden = false;
      var groups = [].slice.call(document.querySelectorAll("details.group"));
      function apply() {
        var f = form.elements, kinds = { regression: f.regression.checked, improvement: f.improvement.checked };
        var proc = f.process.value, from = f.from.value, to = f.to.value, shownGroups = 0, shownRows = 0;
        groups.forEach(function (g) {
          var d = g.getAttribute("data-date"), any = 0, inRange = (!from || d >= from) && (!to || d <= to);
          [].forEach.call(g.querySelectorAll("tbody tr"), function (tr) {
            var ok = inRange && kinds[tr.getAttribute("data-kind")] && (!proc || tr.getAttribute("data-process") === proc);
            tr.hidden = !ok;
            if (ok) any++;
          });
          g.hidden = any === 0;
          if (any) { shownGroups++; shownRows += any; }
        });
        f.shown.value = shownRows + " series" + " in " + shownGroups
          + (shownGroups === 1 ? " group" : " groups") + " shown";
      }
      form.addEventListener("change", apply);
      form.addEventListener("input", apply);
      apply();
      /* a link to a group (from the index) opens it */
      function openTarget() {
        var t = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (t && t.tagName === "DETAILS") t.open = true;
      }
      window.addEventListener("hashchange", openTarget);
      openTarget();
    });
  }

  /* Tag pages: compare with another tag chosen in the select, from the medians in t/tags.js. */
  function tagCompare() {
    ready(function () {
      var select = document.getElementById("against"), data = window.strataTags;
      if (!select || !data) return;
      select.addEventListener("change", function () {
        var mine = data.tags[select.getAttribute("data-tag")] || [], theirs = data.tags[select.value] || [];
        var body = document.querySelector("#rollup tbody"), worse = 0, better = 0;
        body.textContent = "";
        data.rows.forEach(function (key, r) {
          if (!mine[r]) return;
          var tr = el("tr"), td = el("td"), a = el("a", null, key[0]);
          a.href = "../p/" + key[0] + ".html"; td.appendChild(a); tr.appendChild(td);
          tr.appendChild(el("td", null, key[1]));
          data.metrics.forEach(function (m, i) {
            var cell = el("td", "num"), v = mine[r][i], o = theirs[r] ? theirs[r][i] : null;
            cell.appendChild(el("span", null, fmt(m.unit, v)));
            if (o != null && v != null && o !== 0) {
              var ratio = v / o, cls = "same", sig = "≈";
              if (Math.abs(ratio - 1) >= 0.03 && m.worse !== 0) {
                if ((ratio > 1) === (m.worse > 0)) { cls = "worse"; sig = "▲ worse"; worse++; }
                else { cls = "better"; sig = "▼ better"; better++; }
              }
              cell.appendChild(document.createTextNode(" "));
              cell.appendChild(el("span", "muted small", "vs " + fmt(m.unit, o)));
              cell.appendChild(document.createTextNode(" "));
              var pct = (ratio - 1) * 100;
              cell.appendChild(el("span", "delta " + cls, sig + " " + (pct >= 0 ? "+" : "") + pct.toFixed(1) + "%"));
            }
            tr.appendChild(cell);
          });
          body.appendChild(tr);
        });
        var summary = document.getElementById("summary");
        if (summary) summary.textContent = select.value ? "▲ " + worse + " worse · ▼ " + better + " better than " + select.value : "";
      });
    });
  }

  window.strata = { plots: plots, axisValues: axisValues, trends: trends, olderRuns: olderRuns, timeline: timeline, scaling: scaling, tagCompare: tagCompare, regressionFilters: regressionFilters, fmt: fmt };
})();
