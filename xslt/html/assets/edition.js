// Notes read in place: a click on a note mark shows the note in a popover next to the mark.
// Without this script (or without popover support) the mark is a plain link to the note.
(function () {
  "use strict";
  var popover = document.getElementById("note-popover");
  if (!popover || typeof popover.showPopover !== "function") return;
  var body = popover.querySelector(".note-popover-body");
  var goto = popover.querySelector(".note-popover-goto");
  var opener = null;

  function place(mark) {
    var rect = mark.getBoundingClientRect();
    var margin = 12;
    var width = Math.min(popover.offsetWidth, window.innerWidth - 2 * margin);
    var left = Math.min(Math.max(margin, rect.left - width / 2), window.innerWidth - width - margin);
    var below = rect.bottom + 8;
    var top = below + popover.offsetHeight > window.innerHeight - margin
      ? Math.max(margin, rect.top - popover.offsetHeight - 8) : below;
    popover.style.left = left + "px";
    popover.style.top = top + "px";
  }

  function show(mark) {
    var note = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
    if (!note) return false;
    var content = (note.querySelector(".note-body") || note).cloneNode(true);
    content.removeAttribute("id");
    content.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    content.removeAttribute("role");
    body.replaceChildren(content);
    goto.setAttribute("href", mark.hash);
    opener = mark;
    if (popover.matches(":popover-open")) popover.hidePopover();
    popover.showPopover();
    place(mark);
    return true;
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("a.noteref");
    if (mark && show(mark)) event.preventDefault();
  });

  goto.addEventListener("click", function () { popover.hidePopover(); });

  popover.addEventListener("toggle", function (event) {
    if (event.newState === "closed" && opener) { opener.focus({preventScroll: true}); opener = null; }
  });

  window.addEventListener("resize", function () {
    if (opener && popover.matches(":popover-open")) place(opener);
  });
})();

// "As printed": the toggle button shows the print's readings in place of the corrected ones.
(function () {
  "use strict";
  var toggle = document.querySelector("button.printed-toggle");
  if (!toggle) return;
  toggle.addEventListener("click", function () {
    var on = document.body.classList.toggle("as-printed");
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
  });
})();
