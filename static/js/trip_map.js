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

  var bounds = [];
  points.forEach(function (point) {
    var label = document.createElement("span");
    var name = document.createElement("strong");
    name.textContent = point.name;
    label.appendChild(name);
    if (point.native) {
      label.appendChild(document.createElement("br"));
      label.appendChild(document.createTextNode(point.native));
    }
    L.marker([point.lat, point.lon], { title: point.name, alt: point.name })
      .bindPopup(label)
      .addTo(map);
    bounds.push([point.lat, point.lon]);
  });
  if (bounds.length === 1) {
    map.setView(bounds[0], 10);
  } else {
    map.fitBounds(bounds, { padding: [30, 30] });
  }
})();
