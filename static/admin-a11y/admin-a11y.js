/* Accessibility fixes for the Django admin, loaded on every admin page (templates/admin/base_site.html).
   - Autocomplete boxes (select2) get the name of their field: select2 labels its box with the chosen
     value only (nothing when empty), and its search fields with nothing; the "remove all" cross of
     a multiple choice, mouse-only, is hidden from screen readers (it broke the list of choices).
   - The note "You are N hours behind server time" is shown once per page, above the form, instead
     of under every date and time field. */
(function () {
  "use strict";

  function fieldName(select) {
    if (select.getAttribute("aria-label")) { return select.getAttribute("aria-label"); }
    var label = select.id && document.querySelector("label[for='" + select.id + "']");
    return label ? label.textContent.replace(/[:*]\s*$/, "").trim() : "";
  }

  function nameBoxes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var box = select.nextElementSibling;
      if (!box || !box.classList.contains("select2")) { return; }
      var name = fieldName(select);
      if (!name) { return; }
      var combobox = box.querySelector(".select2-selection");
      if (combobox && combobox.getAttribute("aria-label") !== name) {
        combobox.setAttribute("aria-label", name);
        combobox.removeAttribute("aria-labelledby");
      }
      // The mouse-only "remove all" cross of a multiple choice sits inside the list of choices.
      box.querySelectorAll("ul > .select2-selection__clear:not([aria-hidden])").forEach(
        function (cross) { cross.setAttribute("aria-hidden", "true"); });
      box.querySelectorAll(".select2-search__field, .select2-selection__rendered[role]").forEach(
        function (field) {
          if (field.getAttribute("aria-label") !== name) { field.setAttribute("aria-label", name); }
        });
    });
  }

  function nameOpenSearch() {
    var open = document.querySelector(".select2-container--open .select2-search__field");
    var select = document.querySelector(".select2-container--open.select2")
      ? document.querySelector(".select2-container--open.select2").previousElementSibling : null;
    if (open && select && !open.getAttribute("aria-label")) {
      open.setAttribute("aria-label", fieldName(select));
    }
  }

  function onceTimezoneNote() {
    if (!window.DateTimeShortcuts) { return; }
    var add = window.DateTimeShortcuts.addTimezoneWarning;
    var shown = false;
    window.DateTimeShortcuts.addTimezoneWarning = function (input) {
      if (shown) { return; }
      var parent = input.parentNode;
      var before = parent.querySelectorAll(".timezonewarning").length;
      add.call(this, input);
      var notes = parent.querySelectorAll(".timezonewarning");
      if (notes.length === before) { return; }  // no note: browser and server agree
      shown = true;
      var note = notes[notes.length - 1];
      var form = document.querySelector("#content-main form");
      if (form) {
        note.classList.add("page-note");
        form.insertBefore(note, form.firstElementChild);
      }
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    onceTimezoneNote();
    nameBoxes(document);
    new MutationObserver(function () {
      nameBoxes(document);
      nameOpenSearch();
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
