/* The search index on first use, one per edition (loaded before Material's bundle: overrides/main.html).
 *
 * Material's bundle starts its search worker and requests search/search_index.json as every page
 * loads, whether or not the reader ever searches. This script, using only the browser's own
 * objects, changes two things without touching the bundle:
 *   - the request for the index goes to this edition's own index (data-index, written by the
 *     template; macros/search.py splits the index per edition) and is sent only when the reader
 *     first opens or focuses search, or presses a search key (/, s, f);
 *   - the worker script is fetched only when the bundle first talks to it (with the index).
 * A page opened from a search result (?h=...) highlights the terms at once, so it asks at once.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var config = JSON.parse(document.getElementById("__config").textContent);
  var indexUrl = new URL(script.getAttribute("data-index"), location.href).href;
  var workerUrl = new URL(config.search, location.href).href;
  var wanted = new URLSearchParams(location.search).has("h");
  var waiting = [];
  var held = new WeakSet();

  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (send) { send(); });
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    if (/\/search\/search_index\.json$/.test(new URL(String(url), location.href).pathname)) {
      args[1] = indexUrl;
      held.add(this);
    }
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (held.has(request) && !wanted) {
      waiting.push(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(request, args);
  };

  var RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (new URL(String(url), location.href).href !== workerUrl) return new RealWorker(url, options);
    var standIn = new EventTarget();
    var worker = null;
    standIn.postMessage = function (message) {
      if (!worker) {
        worker = new RealWorker(url, options);
        worker.addEventListener("message", function (event) {
          standIn.dispatchEvent(new MessageEvent("message", { data: event.data }));
        });
      }
      worker.postMessage(message);
    };
    standIn.terminate = function () { if (worker) worker.terminate(); };
    return standIn;
  };

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest("[data-md-component=search]")) want();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) want();
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target.isContentEditable || /^(input|select|textarea)$/i.test(target.tagName);
    if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && /^[/sf]$/.test(event.key)) want();
  });
})();
