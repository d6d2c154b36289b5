/* strata site: values with their units, the twin of dev.strata.format.Units (same text for the same
   value; a test compares them). Classic script, so the site works opened from disk. */
(function () {
  "use strict";
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

  window.strataUnits = { fmt: fmt, axisValues: axisValues, unitKind: unitKind };
})();
