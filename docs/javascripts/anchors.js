/* An #anchor that is no longer on this page: find where its entry went and go there.
 *
 * A list page shows a bounded part of its list (macros/paging.py); an entry that moved on to
 * another page keeps its old URL#anchor working. The build writes, beside each such page, a
 * small map from the anchors of entries shown elsewhere to where they are now (anchors.json,
 * relative to the page); this script, added by the build to those pages only (macros/site/hooks.py),
 * fetches it only when the hash names nothing on the page, and replaces the location with the
 * entry's. Without JavaScript the page's own links ("earlier milestones", "pages") lead there.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var mapUrl = new URL(script.getAttribute("data-map"), location.href).href;
  var map = null;

  function go() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    (map || (map = fetch(mapUrl, { credentials: "same-origin" }).then(function (response) {
      return response.ok ? response.json() : {};
    }).catch(function () { return {}; }))).then(function (found) {
      var target = Object.prototype.hasOwnProperty.call(found, id) ? found[id] : null;
      if (!target) return;
      var url = new URL(target, mapUrl);
      if (url.origin === location.origin) location.replace(url.href);
    });
  }

  window.addEventListener("hashchange", go);
  go();
})();
