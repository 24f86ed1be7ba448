/* The map of a trip report: markers for the visited places on a configurable tile layer.
   The page reads fully without it: the map's figure stays hidden unless this script runs, and the
   itinerary lists every place. Place names are set as text, never as HTML. */
(function () {
  "use strict";
  var container = document.getElementById("trip-map");
  var data = document.getElementById("trip-map-points");
  if (!container || !data || typeof L === "undefined") { return; }
  var points = JSON.parse(data.textContent);
  if (!points.length) { return; }
  var figure = container.closest("figure");
  if (figure) { figure.hidden = false; }

  var map = L.map(container, { scrollWheelZoom: false });
  var tiles = L.tileLayer(container.dataset.tileUrl, {
    maxZoom: 18,
    attribution: container.dataset.tileAttribution
  }).addTo(map);

  var warned = false;
  tiles.on("tileerror", function () {
    if (warned) { return; }
    warned = true;
    var note = document.createElement("p");
    note.className = "small text-muted mt-1 mb-0";
    note.textContent = container.dataset.tilesFailed;
    container.insertAdjacentElement("afterend", note);
  });

  var markers = points.map(function (point) {
    var label = document.createElement("span");
    var name = document.createElement("strong");
    name.textContent = point.name;
    label.appendChild(name);
    if (point.native) {
      label.appendChild(document.createElement("br"));
      label.appendChild(document.createTextNode(point.native));
    }
    var at = L.latLng(point.lat, point.lon);
    return {
      at: at,
      marker: L.marker(at, { title: point.name, alt: point.name }).bindPopup(label).addTo(map),
      leg: null
    };
  });
  var bounds = markers.map(function (m) { return m.at; });
  if (bounds.length === 1) {
    map.setView(bounds[0], 10);
  } else {
    map.fitBounds(bounds, { padding: [40, 40] });
  }

  /* Places closer on screen than a marker is wide (the same city, or one zoomed out) would hide
     each other: each such group is spread on a small circle around its centre, with a thin line
     to the true position, so every marker can be seen and clicked. Redone at every zoom. */
  var NEAR = 30;
  function spread() {
    var groups = [];
    markers.forEach(function (m) {
      var px = map.latLngToLayerPoint(m.at);
      var group = null;
      for (var i = 0; i < groups.length && !group; i++) {
        if (groups[i].centre.distanceTo(px) < NEAR) { group = groups[i]; }
      }
      if (group) { group.members.push(m); } else { groups.push({ centre: px, members: [m] }); }
    });
    groups.forEach(function (group) {
      var n = group.members.length;
      var radius = Math.max(28, n * 11);
      group.members.forEach(function (m, i) {
        if (m.leg) { map.removeLayer(m.leg); m.leg = null; }
        if (n === 1) { m.marker.setLatLng(m.at); return; }
        var angle = 2 * Math.PI * i / n - Math.PI / 2;
        var shown = map.layerPointToLatLng(group.centre.add(
          L.point(Math.cos(angle) * radius, Math.sin(angle) * radius)));
        m.marker.setLatLng(shown);
        m.leg = L.polyline([m.at, shown], { color: "#06357a", weight: 2, interactive: false }).addTo(map);
      });
    });
  }
  map.on("zoomend", spread);
  spread();
})();
