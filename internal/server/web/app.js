// dyad dashboard: a small hash-routed single page over the JSON API.
// No framework, no build step; charts by uPlot (vendored), the network by
// hand as SVG. Every piece of data is put in the page as text (never as
// HTML), so article text cannot inject markup.
(function () {
  "use strict";

  var QUADS = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
  var QCOL = ["#3b7dd8", "#1e8a3a", "#d9822b", "#c0392b"];
  var LINE = ["#1f5fa8", "#c0392b", "#1e8a3a", "#8e44ad", "#d9822b", "#16a2b8", "#6b4f2a", "#e84393", "#2d3436", "#7f8c00", "#00838f", "#5d4037"];
  var main = document.getElementById("main");
  var tip = document.getElementById("tip");
  var statusEl = document.getElementById("status");
  var charts = []; // live uPlot instances, destroyed on navigation
  var gen = 0;     // navigation generation: late answers of a left view are dropped

  // ---------- helpers ----------

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var v = attrs[k];
        if (v == null || v === false) continue;
        if (k === "text") e.textContent = v;
        else if (k === "class") e.className = v;
        else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? "" : v);
      }
    }
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(parent, c) {
    if (c == null || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(parent, x); }); return; }
    parent.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function qs(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v === "" || v == null || v === false) return;
      parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  function api(path, params, opts) {
    return fetch("/api/" + path + qs(params || {}), opts || {}).then(function (r) {
      return r.text().then(function (t) {
        var body = null;
        try { body = t ? JSON.parse(t) : null; } catch (e) { /* not JSON */ }
        if (!r.ok) {
          var msg = body && body.error ? body.error : ("HTTP " + r.status);
          var err = new Error(msg);
          err.status = r.status;
          err.param = body && body.param;
          throw err;
        }
        return body;
      });
    });
  }

  function fmt(n, d) {
    if (n == null || isNaN(n)) return "–";
    return Number(n).toLocaleString("en", { maximumFractionDigits: d == null ? 0 : d, minimumFractionDigits: d || 0 });
  }
  function gs(v) {
    return el("span", { class: "gs " + (v > 0 ? "pos" : v < 0 ? "neg" : ""), text: (v > 0 ? "+" : "") + fmt(v, 1) });
  }
  function quadBar(counts, total) {
    var b = el("span", { class: "bar", role: "img", "aria-label": counts.map(function (c, i) { return QUADS[i] + " " + c; }).join(", ") });
    counts.forEach(function (c, i) {
      if (c > 0) b.appendChild(el("span", { class: "q" + (i + 1), style: "width:" + (100 * c / Math.max(total, 1)) + "%" }));
    });
    return b;
  }
  function legend(names, colors) {
    return el("ul", { class: "legend", "aria-hidden": "true" }, names.map(function (n, i) {
      return el("li", null, el("i", { style: "background:" + colors[i] }), n);
    }));
  }
  function showError(where, err) {
    clear(where);
    where.appendChild(el("p", { class: "error", role: "alert", text: err && err.message ? err.message : String(err) }));
  }
  var storeLine = "";
  function setStatus(t) { statusEl.textContent = t || storeLine; }

  // the hash is "#/view/rest?k=v&..."
  function route() {
    var h = location.hash.replace(/^#\/?/, "");
    var q = "";
    var i = h.indexOf("?");
    if (i >= 0) { q = h.slice(i + 1); h = h.slice(0, i); }
    var parts = h.split("/");
    var params = {};
    q.split("&").forEach(function (kv) {
      if (!kv) return;
      var j = kv.indexOf("=");
      try {
        if (j < 0) params[decodeURIComponent(kv)] = "";
        else params[decodeURIComponent(kv.slice(0, j))] = decodeURIComponent(kv.slice(j + 1).replace(/\+/g, " "));
      } catch (e) { /* a malformed escape: ignore the pair */ }
    });
    var rest = parts.slice(1).join("/");
    try { rest = decodeURIComponent(rest); } catch (e) { /* keep as is */ }
    return { view: parts[0] || "overview", rest: rest, params: params };
  }
  function link(view, params, rest) {
    return "#/" + view + (rest != null ? "/" + encodeURIComponent(rest) : "") + qs(params || {});
  }
  function go(view, params, rest) {
    var h = link(view, params, rest);
    if (location.hash === h) render(); else location.hash = h;
  }
  function docLink(id) { return link("doc", null, id); }

  function field(label, input) { return el("label", null, label, input); }
  function dateInput(name, value) { return el("input", { type: "date", name: name, value: value || "" }); }
  function intervalSelect(value) {
    var s = el("select", { name: "interval" });
    ["day", "week", "month", "year"].forEach(function (v) {
      s.appendChild(el("option", { value: v, text: v, selected: v === (value || "month") }));
    });
    return s;
  }
  function formValues(form) {
    var o = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name) return;
      o[e.name] = e.type === "checkbox" ? (e.checked ? "1" : "") : e.value.trim();
    });
    return o;
  }

  // an actor picker: a text input backed by a datalist filled from /api/actors
  var pickerSeq = 0;
  function actorInput(name, value, label) {
    var id = "actors-" + (++pickerSeq);
    var dl = el("datalist", { id: id });
    var inp = el("input", { type: "text", name: name, value: value || "", list: id, autocomplete: "off",
      spellcheck: "false", placeholder: "code, e.g. USA", "aria-label": label });
    var timer = null;
    inp.addEventListener("input", function () {
      clearTimeout(timer);
      var q = inp.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(function () {
        api("actors", { q: q, limit: 12 }).then(function (r) {
          clear(dl);
          r.actors.forEach(function (a) {
            dl.appendChild(el("option", { value: a.code, text: (a.name || a.code) + " (" + a.events + ")" }));
          });
        }).catch(function () { /* pickers are a convenience */ });
      }, 200);
    });
    return el("span", { class: "picker" }, inp, dl);
  }

  // periods: "YYYY-MM-DD" → unix seconds; the end of a period for queries
  function ts(p) { return Date.parse(p + "T00:00:00Z") / 1000; }
  function periodEnd(p, interval) {
    var d = new Date(p + "T00:00:00Z");
    if (interval === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (interval === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
    else d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }

  // ---------- charts ----------

  function chart(container, opts, data) {
    if (typeof uPlot === "undefined") {
      container.appendChild(el("p", { class: "error", text: "The chart library did not load." }));
      return null;
    }
    var w = Math.max(260, container.clientWidth || main.clientWidth - 40);
    var single = opts.scales && opts.scales.x && opts.scales.x.time && data[0].length === 1;
    opts.width = w;
    opts.height = opts.height || (w < 500 ? 220 : 280);
    var u = new uPlot(opts, data, container);
    if (single) {
      // one period: give it room on both sides
      u.setScale("x", { min: data[0][0] - 20 * 86400, max: data[0][0] + 20 * 86400 });
    }
    u._box = container;
    charts.push(u);
    return u;
  }
  function resizeCharts() {
    charts.forEach(function (u) {
      var w = Math.max(260, u._box.clientWidth);
      if (Math.abs(w - u.width) > 4) u.setSize({ width: w, height: w < 500 ? 220 : 280 });
    });
  }
  var resizeTimer = null;
  window.addEventListener("resize", function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(resizeCharts, 150); });

  function timeAxis() {
    return [{ stroke: "#5b6168", grid: { stroke: "#eee" } }, { stroke: "#5b6168", grid: { stroke: "#eee" } }];
  }
  function quadChart(container, periods, title) {
    var xs = periods.map(function (p) { return ts(p.period); });
    var data = [xs];
    for (var q = 0; q < 4; q++) data.push(periods.map(function (p) { return p.counts[q]; }));
    var series = [{}];
    for (q = 0; q < 4; q++) series.push({ label: QUADS[q], stroke: QCOL[q], width: 2, points: { show: xs.length < 60 } });
    container.setAttribute("role", "img");
    container.setAttribute("aria-label", title);
    return chart(container, { scales: { x: { time: true } }, axes: timeAxis(), series: series }, data);
  }

  // ---------- events table ----------

  function sentenceCell(e) {
    var s = e.sentence_text || (e.evidence && e.evidence.sentence) || "";
    var p = (e.evidence && e.evidence.predicate) || "";
    var td = el("td", { class: "sentence" });
    var i = p ? s.indexOf(p) : -1;
    if (i < 0) td.textContent = s;
    else add(td, [s.slice(0, i), el("b", { text: p }), s.slice(i + p.length)]);
    return td;
  }
  function actorCell(a) {
    if (!a) return el("td", { class: "empty", text: "–" });
    return el("td", null, el("span", { class: "code", text: a.code || "—", title: a.text || "" }));
  }
  function eventsTable(events, onRow) {
    if (!events.length) return el("p", { class: "empty", text: "No events." });
    var tb = el("tbody");
    events.forEach(function (e) {
      tb.appendChild(el("tr", null,
        el("td", { text: e.date || "" }),
        actorCell(e.source),
        el("td", null, el("span", { class: "code", text: e.cameo, title: e.cameo_name || "" })),
        actorCell(e.target),
        el("td", { class: "num" }, gs(e.goldstein)),
        sentenceCell(e),
        el("td", null, el("a", { href: docLink(e.doc_id), text: "document", "aria-label": "open document " + e.doc_id }))
      ));
    });
    return el("div", { class: "table-wrap" }, el("table", null,
      el("thead", null, el("tr", null, ["Date", "Source", "Code", "Target"].map(function (h) { return el("th", { scope: "col", text: h }); }),
        el("th", { scope: "col", class: "num", text: "Goldstein" }), el("th", { scope: "col", text: "Sentence" }), el("th", { scope: "col", text: "" }))),
      tb));
  }

  // pagedEvents shows events for one or several queries, merged by date,
  // with a "More" button.
  function pagedEvents(box, queries, myGen) {
    var page = 50, offset = 0, all = [], total = 0;
    clear(box);
    var list = el("div"), more = el("button", { type: "button", class: "ghost", text: "More events" });
    var count = el("p", { class: "note" });
    add(box, [count, list, more]);
    more.hidden = true;
    function load() {
      more.disabled = true;
      Promise.all(queries.map(function (q) {
        return api("events", Object.assign({}, q, { limit: page, offset: offset }));
      })).then(function (rs) {
        if (myGen !== gen) return;
        total = 0;
        rs.forEach(function (r) { total += r.total; all = all.concat(r.events); });
        all.sort(function (a, b) { return (a.date || "").localeCompare(b.date || ""); });
        offset += page;
        clear(list);
        list.appendChild(eventsTable(all));
        count.textContent = fmt(total) + (total === 1 ? " event" : " events") + (all.length < total ? ", showing " + fmt(all.length) : "");
        more.hidden = !rs.some(function (r) { return r.total > offset; });
        more.disabled = false;
      }).catch(function (err) { if (myGen === gen) showError(list, err); });
    }
    more.addEventListener("click", load);
    load();
  }

  // ---------- views ----------

  function viewOverview(r, myGen) {
    var p = r.params;
    var form = el("form", { class: "controls", "aria-label": "Date range" },
      field("From", dateInput("from", p.from)), field("To", dateInput("to", p.to)),
      field("Interval", intervalSelect(p.interval)), el("button", { type: "submit", text: "Apply" }));
    form.addEventListener("submit", function (ev) { ev.preventDefault(); go("overview", formValues(form)); });
    var stats = el("div", { class: "stats" });
    var chartBox = el("div", { class: "chart", id: "overview-chart" });
    var dyads = el("div"), actors = el("div");
    add(main, [el("h1", { text: "Overview" }),
      el("p", { class: "lead", text: "Events per period by quad class, the strongest dyads and the busiest actors." }),
      form, stats,
      el("section", { class: "card", "aria-labelledby": "ov-h" }, el("h2", { id: "ov-h", text: "Events per " + (p.interval || "month") + " by quad class" }), chartBox),
      el("div", { class: "grid" },
        el("section", { class: "card", "aria-labelledby": "td-h" }, el("h2", { id: "td-h", text: "Top dyads" }), dyads),
        el("section", { class: "card", "aria-labelledby": "ta-h" }, el("h2", { id: "ta-h", text: "Top actors" }), actors))]);
    return api("overview", { from: p.from, to: p.to, interval: p.interval, top: 12 }).then(function (ov) {
      if (myGen !== gen) return;
      add(stats, [el("div", { class: "stat" }, el("b", { text: fmt(ov.total) }), el("span", { text: "events" })),
        el("div", { class: "stat" }, el("b", { text: ov.first || "–" }), el("span", { text: "first" })),
        el("div", { class: "stat" }, el("b", { text: ov.last || "–" }), el("span", { text: "last" }))]);
      if (ov.periods.length) quadChart(chartBox, ov.periods, "Events per " + (p.interval || "month") + " by quad class");
      else chartBox.appendChild(el("p", { class: "empty", text: "No events in this range." }));
      if (!ov.top_dyads.length) dyads.appendChild(el("p", { class: "empty", text: "No dyads." }));
      else {
        var tb = el("tbody");
        ov.top_dyads.forEach(function (d) {
          tb.appendChild(el("tr", null,
            el("td", null, el("a", { href: link("dyad", { a: d.source, b: d.target, from: p.from, to: p.to }), class: "code", text: d.source + " → " + d.target })),
            el("td", { class: "num", text: fmt(d.total) }), el("td", null, quadBar(d.counts, d.total)), el("td", { class: "num" }, gs(d.goldstein_mean))));
        });
        dyads.appendChild(el("div", { class: "table-wrap" }, el("table", null,
          el("thead", null, el("tr", null, el("th", { scope: "col", text: "Dyad" }), el("th", { scope: "col", class: "num", text: "Events" }),
            el("th", { scope: "col", text: "Quad classes" }), el("th", { scope: "col", class: "num", text: "Goldstein" }))), tb)));
      }
      if (!ov.top_actors.length) actors.appendChild(el("p", { class: "empty", text: "No actors." }));
      else {
        var tb2 = el("tbody");
        ov.top_actors.forEach(function (a) {
          tb2.appendChild(el("tr", null,
            el("td", null, el("a", { href: link("dyad", { a: a.code }), class: "code", text: a.code })),
            el("td", { text: a.name || "" }), el("td", { class: "num", text: fmt(a.events) })));
        });
        actors.appendChild(el("div", { class: "table-wrap" }, el("table", null,
          el("thead", null, el("tr", null, el("th", { scope: "col", text: "Code" }), el("th", { scope: "col", text: "Name" }),
            el("th", { scope: "col", class: "num", text: "Events" }))), tb2)));
      }
    });
  }

  function viewDyad(r, myGen) {
    var p = r.params;
    var form = el("form", { class: "controls", "aria-label": "Dyad" },
      field("Actor A", actorInput("a", p.a, "Actor A")), field("Actor B", actorInput("b", p.b, "Actor B")),
      field("From", dateInput("from", p.from)), field("To", dateInput("to", p.to)),
      field("Interval", intervalSelect(p.interval)),
      el("label", { class: "check" }, el("input", { type: "checkbox", name: "both", checked: p.both !== "" && p.both != null && p.both !== "0" }), "both directions"),
      el("button", { type: "submit", text: "Show" }));
    form.addEventListener("submit", function (ev) { ev.preventDefault(); go("dyad", formValues(form)); });
    add(main, [el("h1", { text: "Dyad explorer" }),
      el("p", { class: "lead", text: "Two actors (a country such as USA or a full code such as RUSGOV): cooperation and conflict over time, and the events behind them." }),
      form]);
    if (!p.a || !p.b) {
      main.appendChild(el("p", { class: "note", text: "Pick two actors to begin." }));
      return Promise.resolve();
    }
    var both = !!p.both && p.both !== "0";
    var countBox = el("div", { class: "chart", id: "dyad-counts" }), gsBox = el("div", { class: "chart", id: "dyad-goldstein" });
    var evBox = el("div", { id: "dyad-events" });
    add(main, [el("div", { class: "grid" },
      el("section", { class: "card", "aria-labelledby": "dc-h" }, el("h2", { id: "dc-h", text: "Events by quad class" }), countBox),
      el("section", { class: "card", "aria-labelledby": "dg-h" }, el("h2", { id: "dg-h", text: "Mean Goldstein" }), gsBox)),
      el("section", { "aria-labelledby": "de-h" }, el("h2", { id: "de-h", text: "Events" }), evBox)]);
    var q = { source: p.a, target: p.b, from: p.from, to: p.to };
    var queries = [q];
    if (both) queries.push({ source: p.b, target: p.a, from: p.from, to: p.to });
    pagedEvents(evBox, queries, myGen);
    return api("series", { source: p.a, target: p.b, interval: p.interval, both: both ? "true" : "", from: p.from, to: p.to }).then(function (s) {
      if (myGen !== gen) return;
      if (!s.points.length) {
        countBox.appendChild(el("p", { class: "empty", text: "No events between " + s.source + " and " + s.target + "." }));
        return;
      }
      // sum both directions for the counts; one Goldstein line per direction
      var periods = {}, dirs = {};
      s.points.forEach(function (pt) {
        var k = pt.period;
        if (!periods[k]) periods[k] = { period: k, counts: [0, 0, 0, 0] };
        for (var i = 0; i < 4; i++) periods[k].counts[i] += pt.counts[i];
        var d = pt.source + " → " + pt.target;
        (dirs[d] = dirs[d] || {})[k] = pt.goldstein_mean;
      });
      var keys = Object.keys(periods).sort();
      quadChart(countBox, keys.map(function (k) { return periods[k]; }), s.source + " and " + s.target + ": events per " + s.interval);
      var xs = keys.map(ts), data = [xs], series = [{}];
      Object.keys(dirs).forEach(function (d, i) {
        data.push(keys.map(function (k) { return dirs[d][k] == null ? null : dirs[d][k]; }));
        series.push({ label: d, stroke: LINE[i % LINE.length], width: 2, spanGaps: false, points: { show: true } });
      });
      gsBox.setAttribute("role", "img");
      gsBox.setAttribute("aria-label", "mean Goldstein per " + s.interval);
      chart(gsBox, { scales: { x: { time: true }, y: { range: [-10, 10] } }, axes: timeAxis(), series: series }, data);
    });
  }

  function viewAlignment(r, myGen) {
    var p = r.params;
    var country = p.country || "", towards = p.towards || "";
    var form = el("form", { class: "controls", "aria-label": "Alignment" },
      field("Country (ISO3)", el("input", { type: "text", name: "country", value: country, placeholder: "KAZ", spellcheck: "false", maxlength: "3" })),
      field("Towards (comma-separated)", el("input", { type: "text", name: "towards", value: towards, placeholder: "USA,RUS,CHN", spellcheck: "false" })),
      field("From", dateInput("from", p.from)), field("To", dateInput("to", p.to)),
      field("Interval", intervalSelect(p.interval)), el("button", { type: "submit", text: "Show" }));
    form.addEventListener("submit", function (ev) { ev.preventDefault(); go("alignment", formValues(form)); });
    add(main, [el("h1", { text: "Alignment" }),
      el("p", { class: "lead", text: "How one country stands toward several powers: net cooperation per period (cooperative minus conflictual share of events, both directions), from −1 to +1." }),
      form]);
    if (!country || !towards) {
      main.appendChild(el("p", { class: "note" }, "Pick a country and its partners, e.g. ",
        el("a", { href: link("alignment", { country: "KAZ", towards: "USA,RUS,CHN" }), text: "Kazakhstan toward the US, Russia and China" }), "."));
      return Promise.resolve();
    }
    var box = el("div", { class: "chart", id: "alignment-chart" }), tableBox = el("div"), evBox = el("div", { id: "alignment-events" });
    add(main, [el("section", { class: "card", "aria-labelledby": "al-h" }, el("h2", { id: "al-h", text: "Net cooperation" }), box),
      el("section", { "aria-labelledby": "ap-h" }, el("h2", { id: "ap-h", text: "Points" }),
        el("p", { class: "note", text: "Choose a point (click the chart, or a row with Enter) to see the events behind it." }), tableBox),
      el("section", { "aria-labelledby": "ae-h" }, el("h2", { id: "ae-h", text: "Events behind the point" }), evBox)]);
    return api("alignment", { country: country, towards: towards, interval: p.interval, from: p.from, to: p.to }).then(function (a) {
      if (myGen !== gen) return;
      if (!a.points.length) { box.appendChild(el("p", { class: "empty", text: "No events between " + a.country + " and " + a.towards.join(", ") + "." })); return; }
      var keys = [], seen = {};
      a.points.forEach(function (pt) { if (!seen[pt.period]) { seen[pt.period] = 1; keys.push(pt.period); } });
      keys.sort();
      var data = [keys.map(ts)], series = [{}];
      a.towards.forEach(function (t, i) {
        var by = {};
        a.points.forEach(function (pt) { if (pt.partner === t) by[pt.period] = pt.net; });
        data.push(keys.map(function (k) { return by[k] == null ? null : by[k]; }));
        series.push({ label: a.country + " ↔ " + t, stroke: LINE[i % LINE.length], width: 2, points: { show: true, size: 7 } });
      });
      function showPoint(period, partner, row) {
        Array.prototype.forEach.call(tableBox.querySelectorAll("tr.sel"), function (tr) { tr.classList.remove("sel"); });
        if (row) row.classList.add("sel");
        var to = periodEnd(period, a.interval);
        var heading = evBox.previousSibling;
        heading.textContent = "Events behind the point: " + a.country + " ↔ " + partner + ", " + period + " to " + to;
        pagedEvents(evBox, [{ source: a.country, target: partner, from: period, to: to }, { source: partner, target: a.country, from: period, to: to }], gen);
      }
      box.setAttribute("role", "img");
      box.setAttribute("aria-label", "net cooperation of " + a.country + " toward " + a.towards.join(", "));
      var u = chart(box, { scales: { x: { time: true }, y: { range: [-1, 1] } }, axes: timeAxis(), series: series,
        cursor: { focus: { prox: 24 } } }, data);
      if (u) {
        u.over.addEventListener("click", function () {
          var i = u.cursor.idx;
          if (i == null) return;
          var best = -1, bestD = Infinity;
          for (var s = 1; s < series.length; s++) {
            var v = data[s][i];
            if (v == null) continue;
            var d = Math.abs(u.valToPos(v, "y") - u.cursor.top);
            if (d < bestD) { bestD = d; best = s; }
          }
          if (best > 0) showPoint(keys[i], a.towards[best - 1], null);
        });
      }
      var tb = el("tbody");
      a.points.slice().sort(function (x, y) { return x.period.localeCompare(y.period) || x.partner.localeCompare(y.partner); }).forEach(function (pt) {
        var tr = el("tr", { class: "clickable", tabindex: "0" },
          el("td", { text: pt.period }), el("td", { class: "code", text: pt.partner }), el("td", { class: "num", text: fmt(pt.events) }),
          el("td", { class: "num" }, gs(pt.goldstein_mean)), el("td", { class: "num", text: fmt(100 * pt.coop_share) + "%" }),
          el("td", { class: "num", text: (pt.net > 0 ? "+" : "") + fmt(pt.net, 2) }));
        tr.addEventListener("click", function () { showPoint(pt.period, pt.partner, tr); });
        tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showPoint(pt.period, pt.partner, tr); } });
        tb.appendChild(tr);
      });
      tableBox.appendChild(el("div", { class: "table-wrap" }, el("table", null, el("thead", null, el("tr", null,
        ["Period", "Partner"].map(function (h) { return el("th", { scope: "col", text: h }); }),
        ["Events", "Goldstein", "Cooperative", "Net"].map(function (h) { return el("th", { scope: "col", class: "num", text: h }); }))), tb)));
    });
  }

  // a small force layout: repulsion between all nodes, springs on edges,
  // gravity to the centre; deterministic start on a circle.
  function layout(nodes, edges, w, h) {
    var n = nodes.length;
    nodes.forEach(function (nd, i) {
      var a = 2 * Math.PI * i / Math.max(n, 1);
      nd.x = w / 2 + (w / 3) * Math.cos(a);
      nd.y = h / 2 + (h / 3) * Math.sin(a);
    });
    var k = Math.sqrt((w * h) / Math.max(n, 1)) * 0.75;
    for (var it = 0; it < 300; it++) {
      var t = 12 * (1 - it / 300) + 0.5;
      nodes.forEach(function (nd) { nd.dx = 0; nd.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01, d = Math.sqrt(d2);
          var f = k * k / d;
          a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var dx = e.s.x - e.t.x, dy = e.s.y - e.t.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = d * d / k;
        e.s.dx -= dx / d * f; e.s.dy -= dy / d * f; e.t.dx += dx / d * f; e.t.dy += dy / d * f;
      });
      nodes.forEach(function (nd) {
        nd.dx += (w / 2 - nd.x) * 0.15 * k / 10; nd.dy += (h / 2 - nd.y) * 0.15 * k / 10;
        var d = Math.sqrt(nd.dx * nd.dx + nd.dy * nd.dy) + 0.01;
        nd.x += nd.dx / d * Math.min(d, t); nd.y += nd.dy / d * Math.min(d, t);
        nd.x = Math.max(40, Math.min(w - 40, nd.x)); nd.y = Math.max(24, Math.min(h - 24, nd.y));
      });
    }
  }
  function svg(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) e.appendChild(arguments[i]);
    return e;
  }
  function edgeColour(g) {
    // Goldstein -10..10: red through grey to green
    var t = Math.max(-1, Math.min(1, g / 6));
    if (t >= 0) return "rgb(" + Math.round(150 - 120 * t) + "," + Math.round(150 - 12 * t) + "," + Math.round(150 - 92 * t) + ")";
    return "rgb(" + Math.round(150 + 42 * -t) + "," + Math.round(150 - 93 * -t) + "," + Math.round(150 - 107 * -t) + ")";
  }

  function viewNetwork(r, myGen) {
    var p = r.params;
    var top = p.top || "30";
    var form = el("form", { class: "controls", "aria-label": "Network" },
      field("From", dateInput("from", p.from)), field("To", dateInput("to", p.to)),
      field("Dyads", el("input", { type: "number", name: "top", min: "1", max: "200", value: top, style: "width:6rem" })),
      el("button", { type: "submit", text: "Draw" }));
    form.addEventListener("submit", function (ev) { ev.preventDefault(); go("network", formValues(form)); });
    var box = el("div", { class: "network", id: "network" });
    add(main, [el("h1", { text: "Network" }),
      el("p", { class: "lead", text: "The strongest dyads of the period, both directions on one line. Line width is the number of events; colour is the mean Goldstein score, green for cooperation, red for conflict. Choose an actor or a line to explore it." }),
      form, legend(["cooperation", "neutral", "conflict"], [edgeColour(6), edgeColour(0), edgeColour(-6)]), box]);
    return api("overview", { from: p.from, to: p.to, top: top }).then(function (ov) {
      if (myGen !== gen) return;
      if (!ov.top_dyads.length) { box.appendChild(el("p", { class: "empty", text: "No dyads in this range." })); return; }
      var w = Math.max(320, Math.min(1200, main.clientWidth - 8)), h = w < 600 ? Math.round(w * 1.1) : Math.round(w * 0.6);
      var byCode = {}, nodes = [], edges = [], byPair = {};
      function node(c) { if (!byCode[c]) { byCode[c] = { code: c, weight: 0 }; nodes.push(byCode[c]); } return byCode[c]; }
      // one line per pair of actors: both directions together
      ov.top_dyads.forEach(function (d) {
        var a = d.source < d.target ? d.source : d.target, b = a === d.source ? d.target : d.source;
        var k = a + "\u0000" + b, e = byPair[k];
        if (!e) {
          e = byPair[k] = { s: node(a), t: node(b), d: { source: a, target: b, total: 0, gsum: 0 }, parts: [] };
          edges.push(e);
        }
        e.d.total += d.total;
        e.d.gsum += d.goldstein_mean * d.total;
        e.parts.push(d.source + " → " + d.target + ": " + d.total + " events, mean Goldstein " + fmt(d.goldstein_mean, 1));
        e.s.weight += d.total; e.t.weight += d.total;
      });
      var maxT = 1;
      edges.forEach(function (e) { e.d.goldstein_mean = e.d.gsum / Math.max(e.d.total, 1); maxT = Math.max(maxT, e.d.total); });
      layout(nodes, edges, w, h);
      var root = svg("svg", { viewBox: "0 0 " + w + " " + h, role: "group", "aria-label": "network of " + nodes.length + " actors and " + edges.length + " dyads" });
      var g = svg("g", {});
      edges.forEach(function (e) {
        var line = svg("line", { class: "edge", x1: e.s.x, y1: e.s.y, x2: e.t.x, y2: e.t.y, stroke: edgeColour(e.d.goldstein_mean),
          "stroke-width": (1.5 + 7 * e.d.total / maxT).toFixed(1), tabindex: "0", role: "link",
          "aria-label": e.d.source + " and " + e.d.target + ": " + e.parts.join("; ") },
          svg("title", {}));
        line.firstChild.textContent = e.parts.join("\n");
        function open() { go("dyad", { a: e.d.source, b: e.d.target, from: p.from, to: p.to, both: "1" }); }
        line.addEventListener("click", open);
        line.addEventListener("keydown", function (ev) { if (ev.key === "Enter") open(); });
        g.appendChild(line);
      });
      root.appendChild(g);
      nodes.forEach(function (nd) {
        var rr = 5 + 9 * Math.sqrt(Math.min(1, nd.weight / (2 * maxT)));
        var t = svg("text", { x: nd.x, y: nd.y - rr - 4, "text-anchor": "middle" });
        t.textContent = nd.code;
        var gg = svg("g", { class: "node", tabindex: "0", role: "link", "aria-label": nd.code + ", " + nd.weight + " events" },
          svg("circle", { cx: nd.x, cy: nd.y, r: rr.toFixed(1) }), t);
        function open() { go("dyad", { a: nd.code }); }
        gg.addEventListener("click", open);
        gg.addEventListener("keydown", function (ev) { if (ev.key === "Enter") open(); });
        root.appendChild(gg);
      });
      box.appendChild(root);
    });
  }

  // ---------- annotated text (document view and try-it) ----------

  var enc = new TextEncoder(), dec = new TextDecoder();
  function tipFor(spans, events) {
    var dl = el("dl");
    spans.forEach(function (s, i) {
      if (i) { dl.appendChild(el("dt", { text: "" })); dl.appendChild(el("dd", null, el("hr"))); }
      function row(k, v) { if (v) { dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { text: v })); } }
      row(s.kind === "actor" ? "actor" : "event", s.code ? s.code + (s.name ? " · " + s.name : "") : "(unresolved)");
      row("rule", s.rule || (s.kind === "actor" ? "resolved as an event argument" : ""));
      if (s.kind === "actor") row("country", s.country);
      if (s.roles && s.roles.length) row("roles", s.roles.join(", "));
      (s.events || []).forEach(function (ei) {
        var e = events[ei];
        if (e) row("event " + (ei + 1), (e.source ? e.source.code : "—") + " " + e.cameo + " " + (e.target ? e.target.code : "—"));
      });
    });
    return dl;
  }
  function showTip(target, content) {
    clear(tip);
    tip.appendChild(content);
    tip.hidden = false;
    var r = target.getBoundingClientRect();
    var x = r.left + window.scrollX, y = r.bottom + window.scrollY + 6;
    tip.style.left = Math.max(4, Math.min(x, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  // annotatedText splits the text at every span boundary (byte offsets,
  // UTF-8) and marks each piece with the spans that cover it.
  function annotatedText(ad) {
    var bytes = enc.encode(ad.document.text);
    var spans = ad.spans.filter(function (s) { return s.start >= 0 && s.end <= bytes.length && s.start < s.end; });
    var cuts = [0, bytes.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var box = el("div", { class: "doctext", id: "doctext" });
    var marks = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var text = dec.decode(bytes.subarray(a, b));
      var cover = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      if (!cover.length) { box.appendChild(document.createTextNode(text)); continue; }
      var kinds = {};
      cover.forEach(function (s) { kinds[s.kind] = 1; });
      var label = cover.map(function (s) { return (s.kind === "actor" ? "actor " : "event ") + (s.code || "unresolved") + (s.name ? " (" + s.name + ")" : ""); }).join("; ");
      var m = el("mark", { class: Object.keys(kinds).join(" "), tabindex: "0", "aria-label": text + ": " + label, text: text });
      m._spans = cover;
      (function (m, cover) {
        function on() { showTip(m, tipFor(cover, ad.events)); }
        m.addEventListener("mouseenter", on);
        m.addEventListener("focus", on);
        m.addEventListener("mouseleave", hideTip);
        m.addEventListener("blur", hideTip);
      })(m, cover);
      marks.push(m);
      box.appendChild(m);
    }
    box._marks = marks;
    return box;
  }
  function highlightEvent(textBox, idx, on) {
    (textBox._marks || []).forEach(function (m) {
      var hit = m._spans.some(function (s) { return (s.events || []).indexOf(idx) >= 0; });
      m.classList.toggle("hot", on && hit);
    });
  }
  function annotatedEvents(ad, textBox) {
    if (!ad.events.length) return el("p", { class: "empty", text: "No events coded in this text." });
    var tb = el("tbody");
    ad.events.forEach(function (e, i) {
      var tr = el("tr", { class: "clickable", tabindex: "0" },
        el("td", { class: "num", text: String(i + 1) }),
        el("td", null, el("span", { class: "code", text: e.source ? e.source.code : "—" }), e.source_name ? el("div", { class: "note", text: e.source_name }) : null),
        el("td", null, el("span", { class: "code", text: e.cameo }), e.cameo_name ? el("div", { class: "note", text: e.cameo_name }) : null),
        el("td", null, el("span", { class: "code", text: e.target ? e.target.code : "—" }), e.target_name ? el("div", { class: "note", text: e.target_name }) : null),
        el("td", { class: "num" }, gs(e.goldstein)),
        el("td", { text: e.factuality || "" }),
        el("td", { class: "code", text: (e.evidence && e.evidence.rule) || "" }));
      function on() { highlightEvent(textBox, i, true); }
      function off() { highlightEvent(textBox, i, false); }
      tr.addEventListener("mouseenter", on); tr.addEventListener("mouseleave", off);
      tr.addEventListener("focus", on); tr.addEventListener("blur", off);
      tb.appendChild(tr);
    });
    return el("div", { class: "table-wrap" }, el("table", { id: "events-table" },
      el("thead", null, el("tr", null, ["#", "Source", "Event", "Target", "Goldstein", "Factuality", "Rule"].map(function (h) {
        return el("th", { scope: "col", class: h === "#" || h === "Goldstein" ? "num" : null, text: h });
      }))), tb));
  }
  function keys() {
    return el("div", { class: "keys", "aria-hidden": "true" }, el("span", null, el("mark", { class: "actor", text: "actor" })),
      el("span", null, el("mark", { class: "predicate", text: "event predicate" })), el("span", { class: "note", text: "hover or focus a mark for its code and rule" }));
  }

  function viewDoc(r, myGen) {
    var id = r.rest;
    if (!id) { main.appendChild(el("p", { class: "error", text: "No document id." })); return Promise.resolve(); }
    var box = el("div");
    add(main, [el("h1", { text: "Document" }), box]);
    return api("documents/" + encodeURIComponent(id)).then(function (ad) {
      if (myGen !== gen) return;
      var d = ad.document;
      main.firstChild.textContent = d.title || ("Document " + d.id);
      var meta = [d.id, d.date, d.source].filter(Boolean).join(" · ");
      var text = annotatedText(ad);
      add(box, [el("p", { class: "doc-meta" }, meta, d.url ? [" · ", el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank", text: "original" })] : null),
        keys(), text, el("h2", { text: "Events" }), annotatedEvents(ad, text)]);
    });
  }

  var SAMPLE = "Kazakhstan's foreign minister met his Chinese counterpart in Astana on Tuesday. " +
    "Russia accused Ukraine of shelling a border village.";
  function viewTry(r, myGen) {
    var ta = el("textarea", { id: "try-text", name: "text", "aria-label": "Text to code", spellcheck: "false" });
    ta.value = SAMPLE;
    var date = dateInput("date", new Date().toISOString().slice(0, 10));
    var btn = el("button", { type: "submit", id: "try-go", text: "Code it" });
    var out = el("div", { id: "try-out", "aria-live": "polite" });
    var form = el("form", { "aria-label": "Text to code" }, el("div", { class: "card" }, ta,
      el("div", { class: "controls", style: "border:0;padding:.5rem 0 0;margin:0" }, field("Date", date), btn,
        el("span", { class: "note", text: "Ctrl+Enter codes it too. Nothing is stored." }))));
    function run() {
      var text = ta.value;
      if (!text.trim()) { showError(out, "Paste some text first."); return; }
      btn.disabled = true;
      clear(out);
      out.appendChild(el("p", { class: "note", text: "Coding…" }));
      api("code", { date: date.value }, { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text }).then(function (ad) {
        if (myGen !== gen) return;
        clear(out);
        var tb = annotatedText(ad);
        add(out, [el("h2", { text: ad.events.length + (ad.events.length === 1 ? " event" : " events") + " in " + ad.sentences.length + (ad.sentences.length === 1 ? " sentence" : " sentences") }),
          keys(), tb, el("h2", { text: "Events" }), annotatedEvents(ad, tb)]);
      }).catch(function (err) {
        if (myGen === gen) showError(out, "Could not code the text: " + err.message);
      }).then(function () { btn.disabled = false; });
    }
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
    ta.addEventListener("keydown", function (ev) { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); } });
    add(main, [el("h1", { text: "Try it" }),
      el("p", { class: "lead", text: "Paste news text and see the events dyad codes in it, with the evidence highlighted." }), form, out]);
    return Promise.resolve();
  }

  // ---------- router ----------

  var VIEWS = { overview: viewOverview, dyad: viewDyad, alignment: viewAlignment, network: viewNetwork, doc: viewDoc, "try": viewTry };
  var TITLES = { overview: "Overview", dyad: "Dyad explorer", alignment: "Alignment", network: "Network", doc: "Document", "try": "Try it" };

  function render() {
    gen++;
    var myGen = gen;
    charts.forEach(function (u) { u.destroy(); });
    charts = [];
    hideTip();
    clear(main);
    var r = route();
    var view = VIEWS[r.view];
    Array.prototype.forEach.call(document.querySelectorAll("nav a"), function (a) {
      if (a.getAttribute("data-view") === r.view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    if (!view) {
      main.appendChild(el("p", { class: "error", text: "No such page: " + r.view }));
      return;
    }
    document.title = TITLES[r.view] + " · dyad";
    document.body.setAttribute("data-view", r.view);
    document.body.removeAttribute("data-ready");
    setStatus("loading…");
    Promise.resolve().then(function () { return view(r, myGen); }).catch(function (err) {
      if (myGen !== gen) return;
      var box = el("div");
      main.appendChild(box);
      showError(box, err);
    }).then(function () {
      if (myGen !== gen) return;
      setStatus("");
      document.body.setAttribute("data-ready", r.view);
    });
  }

  function start() {
    window.addEventListener("hashchange", function () { render(); main.focus({ preventScroll: true }); });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hideTip(); });
    if (!location.hash) history.replaceState(null, "", "#/overview");
    render();
    api("health").then(function (h) {
      if (h && h.store) storeLine = fmt(h.store.events) + " events · " + fmt(h.store.documents) + " documents";
      if (!statusEl.textContent) setStatus("");
    }).catch(function () { /* the status line is decoration */ });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
