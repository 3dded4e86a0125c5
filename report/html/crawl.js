// The crawl report's table: sort by a header, filter by text and status,
// open a site's findings. One listener each, on the table and the tools,
// whatever the number of sites.
(function () {
  "use strict";
  var table = document.getElementById("sites");
  var filter = document.getElementById("filter");
  var status = document.getElementById("status");
  var shown = document.getElementById("shown");
  var noMatch = document.getElementById("no-match");
  var bodies = Array.prototype.slice.call(table.tBodies);

  function apply() {
    var q = filter.value.trim().toLowerCase(), s = status.value, n = 0;
    for (var i = 0; i < bodies.length; i++) {
      var b = bodies[i];
      var show = (!s || b.dataset.status === s) && (!q || b.dataset.q.indexOf(q) >= 0);
      b.hidden = !show;
      if (show) n++;
    }
    shown.textContent = String(n);
    noMatch.hidden = n > 0;
  }
  filter.addEventListener("input", apply);
  status.addEventListener("change", apply);

  table.tHead.addEventListener("click", function (e) {
    var th = e.target.closest("th[data-key]");
    if (!th) return;
    var key = th.dataset.key, numeric = th.hasAttribute("data-num");
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    if (!th.hasAttribute("aria-sort") && numeric) dir = -1; // most findings first
    var heads = table.tHead.querySelectorAll("th[aria-sort]");
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var keyed = bodies.map(function (b, i) {
      var v = b.dataset[key] || "";
      return { b: b, i: i, v: numeric ? Number(v) : v };
    });
    keyed.sort(function (x, y) {
      var c = numeric ? x.v - y.v : (x.v < y.v ? -1 : x.v > y.v ? 1 : 0);
      return c !== 0 ? c * dir : x.i - y.i;
    });
    bodies = keyed.map(function (k) { return k.b; });
    var frag = document.createDocumentFragment();
    for (var j = 0; j < bodies.length; j++) frag.appendChild(bodies[j]);
    table.appendChild(frag);
  });

  table.addEventListener("click", function (e) {
    var btn = e.target.closest("button.open");
    if (!btn) return;
    var open = btn.getAttribute("aria-expanded") !== "true";
    btn.setAttribute("aria-expanded", String(open));
    document.getElementById(btn.getAttribute("aria-controls")).hidden = !open;
  });
})();
