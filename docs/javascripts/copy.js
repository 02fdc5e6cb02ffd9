/* Copy buttons (macros/copy.py): the target's text, then the permalink, to the clipboard.
   No request, no tracking; buttons stay hidden where this script does not run. */
(function () {
  "use strict";

  function absolute(href) {
    var canonical = document.querySelector('link[rel="canonical"]');
    return new URL(href, canonical ? canonical.href : location.href).href;
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject();
  }

  function copy(button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    var text = target.textContent.trim();
    if (button.hasAttribute("data-permalink")) text += "\n" + absolute(button.getAttribute("data-permalink"));
    var status = button.parentNode.querySelector(".sa-copy-status");
    var write = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(text).catch(function () { return fallback(text); })
      : fallback(text);
    write.then(function () {
      status.textContent = button.getAttribute("data-copied");
      setTimeout(function () { status.textContent = ""; }, 4000);
    });
  }

  /* 'Cite this' (macros/render/citation.py): the access date is the reader's today, never the build's. */
  function two(n) { return (n < 10 ? "0" : "") + n; }
  var today = new Date();
  var iso = today.getFullYear() + "-" + two(today.getMonth() + 1) + "-" + two(today.getDate());
  var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  document.querySelectorAll("span.sa-accessed").forEach(function (slot) {
    var style = slot.getAttribute("data-accessed");
    if (style === "bibtex") {
      slot.textContent = ",\n  urldate = {" + iso + "}";
      return;
    }
    var day = style === "numeric"
      ? two(today.getDate()) + "." + two(today.getMonth() + 1) + "." + today.getFullYear()
      : today.getDate() + " " + months[today.getMonth()] + " " + today.getFullYear();
    slot.textContent = slot.getAttribute("data-before") + day + slot.getAttribute("data-after");
  });

  document.querySelectorAll("button.sa-copy-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });
})();
