// The page of a background contact import: asks for the job's status every second and moves
// the progress bar; when the job has finished, loads the page again to show its result.
// Our own file (no inline script), for the Content-Security-Policy.
(function () {
  var bar = document.getElementById("import-progress");
  var text = document.getElementById("import-progress-text");
  if (!bar || !bar.dataset.statusUrl) {
    return;
  }
  function show(status) {
    bar.value = status.percent;
    bar.textContent = status.percent + " %";
    var line = status.label;
    if (status.total) {
      var what = status.stage === "write" ? bar.dataset.written : bar.dataset.checked;
      line += " — " + status.done + " " + bar.dataset.of + " " + status.total + " " + what;
    }
    text.textContent = line;
  }
  function poll() {
    fetch(bar.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (status.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }
  window.setTimeout(poll, 1000);
})();
