/* strata site: draws the charts whose data the page inlines (no fetch: the site works from disk). */
(function () {
  "use strict";
  function fmt(unit, v) {
    if (v == null || isNaN(v)) return "–";
    if (unit === "s") {
      if (v < 1e-3) return (v * 1e6).toFixed(1) + " µs";
      if (v < 1) return (v * 1e3).toFixed(1) + " ms";
      return v.toFixed(2) + " s";
    }
    if (unit === "B") {
      var u = ["B", "KiB", "MiB", "GiB", "TiB"], i = 0;
      while (Math.abs(v) >= 1024 && i < u.length - 1) { v /= 1024; i++; }
      return (i ? v.toFixed(2) : v) + " " + u[i];
    }
    return String(+v.toPrecision(6)) + (unit ? " " + unit : "");
  }
  function draw(el, c) {
    var xs = c.labels.map(function (_, i) { return i; });
    var width = Math.max(320, el.clientWidth || 560);
    var opts = {
      width: width, height: 260,
      scales: { x: { time: false } },
      axes: [
        { values: function (u, vals) { return vals.map(function (v) { return c.labels[v] || ""; }); } },
        { size: 80, values: function (u, vals) { return vals.map(function (v) { return fmt(c.unit, v); }); } }
      ],
      series: [
        { label: "commit", value: function (u, v) { return v == null ? "–" : (c.labels[v] || "") + " " + (c.dates[v] || ""); } },
        { label: c.title, stroke: "#2458b3", width: 2, points: { size: 6 },
          value: function (u, v) { return fmt(c.unit, v); } }
      ]
    };
    new uPlot(opts, [xs, c.values], el);
  }
  window.strata = {
    charts: function (data) {
      document.addEventListener("DOMContentLoaded", function () {
        (data.charts || []).forEach(function (c) {
          var el = document.querySelector('[data-chart="' + c.id + '"]');
          if (el && window.uPlot) draw(el, c);
        });
      });
    },
    fmt: fmt
  };
})();
