// accord viewer: hovering an item of the side lists lights up its spans in
// the text (the quote, its speaker and cue; the event's trigger, actor,
// recipient and sentence), and hovering a span lights up its item.
(function () {
  "use strict";
  function spansOf(ref) {
    return document.querySelectorAll('[data-refs~="' + ref.replace(/[^A-Za-z0-9_-]/g, "") + '"]');
  }
  function light(ref, on) {
    spansOf(ref).forEach(function (el) { el.classList.toggle("hl", on); });
    document.querySelectorAll('li[data-ref="' + ref.replace(/[^A-Za-z0-9_-]/g, "") + '"]').forEach(function (li) {
      li.classList.toggle("active", on);
    });
  }
  document.querySelectorAll("li[data-ref]").forEach(function (li) {
    var ref = li.getAttribute("data-ref");
    li.addEventListener("mouseenter", function () { light(ref, true); });
    li.addEventListener("mouseleave", function () { light(ref, false); });
  });
  var text = document.getElementById("text");
  if (text) {
    text.addEventListener("mouseover", function (ev) {
      var el = ev.target.closest("[data-refs]");
      if (!el) return;
      el.getAttribute("data-refs").split(" ").forEach(function (r) {
        if (r.charAt(0) !== "m") {
          document.querySelectorAll('li[data-ref="' + r + '"]').forEach(function (li) { li.classList.add("active"); });
        }
      });
    });
    text.addEventListener("mouseout", function () {
      document.querySelectorAll("li.active").forEach(function (li) { li.classList.remove("active"); });
    });
  }
})();
