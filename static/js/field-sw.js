// The service worker of the field pages (served at /field/sw.js so that its scope is /field/).
// Network first: a page or static file fetched is also kept in the cache; without network the
// kept copy answers. The pages ask it to keep a trip's day pages ("keep" message) when opened.
// POST requests (notes) are never touched here: the page queues them itself in IndexedDB.
"use strict";
var CACHE = "sme2go-field-v1";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("sme2go-field-") === 0 && name !== CACHE;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function keepable(response) {
  return response && response.ok && !response.redirected && response.type === "basic";
}

function keep(urls) {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      return fetch(url, { credentials: "same-origin" }).then(function (response) {
        return keepable(response) ? cache.put(url, response) : null;
      }).catch(function () { return null; });
    }));
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "keep" || !Array.isArray(data.urls)) {
    return;
  }
  var same = data.urls.filter(function (url) {
    return new URL(url, self.location.href).origin === self.location.origin;
  });
  event.waitUntil(keep(same).then(function () {
    if (event.source) {
      event.source.postMessage({ type: "kept" });
    }
  }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    fetch(request).then(function (response) {
      if (keepable(response)) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request, { ignoreVary: true }).then(function (kept) {
        return kept || Response.error();
      });
    })
  );
});
