// Buttons with data-copy="<field id>" copy that field's text to the clipboard and say so in the
// element named by data-copy-status (our own file: no inline script, CSP-friendly). The buttons
// are hidden until this runs: without JavaScript the field is selected and copied by hand.
document.querySelectorAll("[data-copy]").forEach(function (button) {
  var field = document.getElementById(button.dataset.copy);
  var status = document.getElementById(button.dataset.copyStatus);
  if (!field) {
    return;
  }
  function report(copied) {
    if (status) {
      status.textContent = copied ? button.dataset.copied : button.dataset.copyFailed;
    }
  }
  function copyBySelection() {
    field.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(
        function () { report(true); },
        function () { report(copyBySelection()); }
      );
    } else {
      report(copyBySelection());
    }
  });
});
