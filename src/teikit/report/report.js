// The proofing report's navigation: warnings, printed pages, block filters, note pairs.
(function () {
  "use strict";
  var warnings = Array.prototype.slice.call(document.querySelectorAll(".row .warning"));
  var current = -1;

  function visible(el) { return el.closest(".row") && !el.closest(".row").hidden; }

  function step(delta) {
    var shown = warnings.filter(visible);
    if (!shown.length) { return; }
    var at = shown.indexOf(warnings[current]);
    at = at < 0 ? (delta > 0 ? 0 : shown.length - 1) : (at + delta + shown.length) % shown.length;
    current = warnings.indexOf(shown[at]);
    shown[at].focus();
    shown[at].scrollIntoView({block: "center"});
  }

  function gotoPage(n) {
    var target = document.querySelector('.page[data-n="' + CSS.escape(n.trim()) + '"]');
    var status = document.getElementById("goto-status");
    if (!target) { status.textContent = "No page " + n + "."; return; }
    status.textContent = "";
    target.querySelector("h3").setAttribute("tabindex", "-1");
    target.querySelector("h3").focus();
    target.scrollIntoView();
  }

  function filter() {
    var hidden = {};
    document.querySelectorAll("#filters input").forEach(function (box) {
      hidden[box.value] = !box.checked;
    });
    document.querySelectorAll(".row").forEach(function (row) {
      row.hidden = !!hidden[row.getAttribute("data-kind")];
    });
  }

  function light(pair, on) {
    if (!pair) { return; }
    document.querySelectorAll('[data-pair="' + CSS.escape(pair) + '"]').forEach(function (el) {
      el.closest(".row").classList.toggle("lit", on);
    });
  }

  document.getElementById("next-warning").addEventListener("click", function () { step(1); });
  document.getElementById("prev-warning").addEventListener("click", function () { step(-1); });
  document.getElementById("goto").addEventListener("submit", function (event) {
    event.preventDefault();
    gotoPage(document.getElementById("goto-n").value);
  });
  document.getElementById("filters").addEventListener("change", filter);
  document.querySelectorAll("[data-pair]").forEach(function (el) {
    var pair = el.getAttribute("data-pair");
    ["mouseenter", "focus"].forEach(function (e) { el.addEventListener(e, function () { light(pair, true); }); });
    ["mouseleave", "blur"].forEach(function (e) { el.addEventListener(e, function () { light(pair, false); }); });
  });
  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === "INPUT" || tag === "TEXTAREA") { return; }
    if (event.key === "n") { step(1); }
    else if (event.key === "p") { step(-1); }
    else if (event.key === "g") { event.preventDefault(); document.getElementById("goto-n").focus(); }
    else if (event.key === "f") { document.querySelector("#filters input").focus(); }
    else { return; }
  });
}());
