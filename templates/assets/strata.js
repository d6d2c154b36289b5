/* strata site: draws the charts whose data each page inlines (no fetch: the site works from disk). */
(function () {
  "use strict";
  /* Okabe-Ito colours, told apart by colour-blind readers; the dash pattern changes too, so colour is never the only cue. */
  var PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7f7f7f", "#332288"];
  var DASHES = [[], [7, 3], [2, 3], [9, 3, 2, 3], [4, 4]];

  /* Units: the twin of dev.strata.format.Units (same text for the same value; a test compares them). */
  var TIME_NS = { ns: 1, us: 1e3, "µs": 1e3, "μs": 1e3, ms: 1e6, s: 1e9, sec: 1e9, secs: 1e9, second: 1e9,
                  seconds: 1e9, min: 6e10, h: 3.6e12 };
  var BYTES_IN = { B: 1, "byte": 1, bytes: 1, KiB: 1024, MiB: 1048576, GiB: 1073741824, TiB: 1099511627776 };
  var TIME = ["ns", "µs", "ms", "s"], BYTES = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"], RATE = ["", "k", "M", "G", "T"];
  function has(map, k) { return Object.prototype.hasOwnProperty.call(map, k); }

  function unitKind(unit) {
    var u = unit == null ? "" : String(unit).trim(), lower = u.toLowerCase();
    if (u === "" || lower === "count" || u === "1") return { kind: "plain", factor: 1, suffix: "" };
    if (u === "%" || lower === "percent") return { kind: "percent", factor: 1, suffix: "" };
    if (u === "Hz") return { kind: "rate", factor: 1, suffix: "" };
    var slash = u.indexOf("/");
    var num = slash < 0 ? u : u.slice(0, slash).trim(), den = slash < 0 ? null : u.slice(slash + 1).trim();
    var perNs = den != null && has(TIME_NS, den) ? TIME_NS[den] : null;
    if (has(TIME_NS, num) && (den == null || perNs == null && den !== "")) {
      return { kind: "time", factor: TIME_NS[num], suffix: den == null ? "" : "/" + den };
    }
    if (has(BYTES_IN, num)) {
      if (den == null) return { kind: "bytes", factor: BYTES_IN[num], suffix: "" };
      if (perNs != null) return { kind: "bytes", factor: BYTES_IN[num] * 1e9 / perNs, suffix: "/s" };
      if (den !== "") return { kind: "bytes", factor: BYTES_IN[num], suffix: "/" + den };
    }
    if (perNs != null && !has(TIME_NS, num) && num.indexOf(" ") < 0) {
      return { kind: "rate", factor: 1e9 / perNs, suffix: num === "1" ? "" : num };
    }
    return { kind: "plain", factor: 1, suffix: u };
  }

  function significant(s) { return s.replace(".", "").replace(/^0+/, "").length; }

  function sig(v) {
    var a = Math.abs(v), decimals;
    if (a === 0) return "0";
    if (a >= 100) decimals = 0;
    else if (a >= 10) decimals = 1;
    else if (a >= 1) decimals = 2;
    else { decimals = 3; for (var t = a; t < 0.1 && decimals < 20; t *= 10) decimals++; }
    var s = a.toFixed(decimals);
    if (decimals > 0 && significant(s) > 3) s = a.toFixed(decimals - 1);
    return (v < 0 && significant(s) > 0 ? "-" : "") + s;
  }

  function scale(v, base, steps) {
    var step = 0, x = v;
    while (Math.abs(x) >= base && step < steps - 1) { x /= base; step++; }
    var digits = sig(x);
    if (step < steps - 1 && Math.abs(parseFloat(digits)) >= base) { x /= base; step++; digits = sig(x); }
    return { digits: digits, step: step };
  }

  function fmt(unit, v) {
    if (v == null || typeof v !== "number" || !isFinite(v)) return "–";
    var k = unitKind(unit), s;
    switch (k.kind) {
      case "time":
        var ns = v * k.factor;
        if (ns === 0) return "0 s" + k.suffix;
        if (Math.abs(ns) >= 1e12) {
          var min = ns / 6e10;
          return Math.abs(min) < 1000 ? sig(min) + " min" + k.suffix : sig(ns / 3.6e12) + " h" + k.suffix;
        }
        s = scale(ns, 1000, TIME.length);
        return s.digits + " " + TIME[s.step] + k.suffix;
      case "bytes":
        s = scale(v * k.factor, 1024, BYTES.length);
        return s.digits + " " + BYTES[s.step] + k.suffix;
      case "rate":
        s = scale(v * k.factor, 1000, RATE.length);
        var prefix = RATE[s.step];
        if (k.suffix === "") return s.digits + (prefix ? " " + prefix : "") + "/s";
        return s.digits + " " + (prefix ? prefix + " " : "") + k.suffix + "/s";
      case "percent":
        return sig(v) + " %";
      default:
        var p = Math.abs(v) >= 1000 || v % 1 === 0 ? (v < 0 ? "-" : "") + Math.abs(v).toFixed(0) : sig(v);
        return p + (k.suffix ? " " + k.suffix : "");
    }
  }

  /* Axis ticks share one scale (the one their largest value needs) and as many decimals as their spacing needs. */
  function axisValues(unit, vals) {
    var k = unitKind(unit);
    if (k.kind !== "time" && k.kind !== "bytes" && k.kind !== "rate") return vals.map(function (v) { return fmt(unit, v); });
    var max = 0, gap = Infinity, div = 1, name, i;
    vals.forEach(function (v) { if (v != null) max = Math.max(max, Math.abs(v * k.factor)); });
    if (k.kind === "time" && max >= 1e12) {
      div = max / 6e10 < 1000 ? 6e10 : 3.6e12;
      name = " " + (div === 6e10 ? "min" : "h") + k.suffix;
    } else {
      var names = k.kind === "time" ? TIME : k.kind === "bytes" ? BYTES : RATE, base = k.kind === "bytes" ? 1024 : 1000;
      for (i = 0; max / div >= base && i < names.length - 1; i++) div *= base;
      if (k.kind === "rate") {
        name = k.suffix === "" ? (names[i] ? " " + names[i] : "") + "/s" : " " + (names[i] ? names[i] + " " : "") + k.suffix + "/s";
      } else {
        name = " " + names[i] + k.suffix;
      }
    }
    for (i = 1; i < vals.length; i++) {
      if (vals[i] != null && vals[i - 1] != null) {
        var d = Math.abs(vals[i] - vals[i - 1]) * k.factor / div;
        if (d > 0) gap = Math.min(gap, d);
      }
    }
    var dec = 0;
    if (gap < Infinity) {
      while (dec < 6 && Math.abs(Math.round(gap * Math.pow(10, dec)) - gap * Math.pow(10, dec)) > 1e-6 * gap * Math.pow(10, dec)) dec++;
    }
    return vals.map(function (v) { return v == null ? "" : (v * k.factor / div).toFixed(dec) + name; });
  }

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
          axes: [axis({}), axis({ size: fitAxis, values: function (u, v) { return v.map(function (x) { return fmt(c.unit, x); }); } })],
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
