// The field pages on a phone (our own file: no inline script, CSP-friendly).
// - Registers the service worker (/field/sw.js) and asks it to keep this trip's day pages.
// - Keeps what is typed in a notes form as a draft in IndexedDB, so closing the page loses nothing.
// - "Save notes" puts the notes in an outbox in IndexedDB, each with an idempotency key (a UUID
//   made here), and sends the outbox whenever there is network; a retry with the same key never
//   saves twice on the server. The outbox is generic (a URL and a JSON body): any request can be
//   queued the same way, e.g. a business card captured offline.
// Texts come translated from the page's data-* attributes.
(function () {
  "use strict";
  var root = document.getElementById("field");
  var strings = document.getElementById("field-strings");
  if (!root || !strings) {
    return;
  }
  var say = strings.dataset;
  var DB_NAME = "sme2go-field";
  var dbPromise = null;

  function openDb() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        if (!window.indexedDB) {
          reject(new Error("no IndexedDB"));
          return;
        }
        var request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = function () {
          var db = request.result;
          db.createObjectStore("drafts", { keyPath: "form" });
          db.createObjectStore("outbox", { keyPath: "key" });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return dbPromise;
  }

  function store(name, mode, action) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode);
        var result = action(tx.objectStore(name));
        tx.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function all(name) {
    return store(name, "readonly", function (s) { return s.getAll(); });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) {
      return decodeURIComponent(match[1]);
    }
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  // --- the form's fields as JSON, and back ------------------------------------------------------
  function formValues(form) {
    var values = {};
    new FormData(form).forEach(function (value, name) {
      if (name === "csrfmiddlewaretoken" || name === "key") {
        return;
      }
      var field = form.elements[name];
      var first = field instanceof RadioNodeList ? field[0] : field;  // (a <select> has a length)
      var many = first && first.type === "checkbox";
      if (many) {
        (values[name] = values[name] || []).push(value);
      } else {
        values[name] = value;
      }
    });
    return values;
  }

  function fill(form, values) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || !(field.name in values)) {
        return;
      }
      var value = values[field.name];
      if (field.type === "checkbox") {
        field.checked = [].concat(value).indexOf(field.value) !== -1;
      } else if (field.type !== "hidden") {
        field.value = value;
      }
    });
  }

  // --- the network banner and the outbox list -----------------------------------------------
  var banner = document.getElementById("field-network");
  var list = document.getElementById("field-outbox");

  function showNetwork() {
    if (banner) {
      banner.textContent = navigator.onLine ? say.online : say.offline;
      banner.classList.toggle("text-danger", !navigator.onLine);
    }
  }

  function statusText(entry) {
    return { waiting: say.waiting, sending: say.sending, sent: say.sent, refused: say.refused }[entry.status] || entry.status;
  }

  function render() {
    if (!list) {
      return Promise.resolve();
    }
    return all("outbox").then(function (entries) {
      entries.sort(function (a, b) { return b.created - a.created; });
      list.textContent = "";
      if (!entries.length) {
        var empty = document.createElement("li");
        empty.className = "list-group-item text-muted";
        empty.textContent = say.empty;
        list.appendChild(empty);
      }
      entries.forEach(function (entry) {
        var item = document.createElement("li");
        item.className = "list-group-item field-entry field-entry-" + entry.status;
        item.dataset.key = entry.key;
        var title = document.createElement("strong");
        title.textContent = entry.title;
        var state = document.createElement("span");
        state.className = "d-block small field-entry-status";
        state.textContent = statusText(entry) + (entry.message ? ": " + entry.message : "");
        item.appendChild(title);
        item.appendChild(state);
        if (entry.status === "refused") {
          var form = formFor(entry.url);
          if (form) {
            item.appendChild(editAgain(entry, form));
          }
          var remove = document.createElement("button");
          remove.type = "button";
          remove.className = "btn btn-sm btn-outline-secondary mt-1";
          remove.textContent = say.remove;
          remove.addEventListener("click", function () {
            store("outbox", "readwrite", function (s) { s.delete(entry.key); }).then(render);
          });
          item.appendChild(remove);
        }
        list.appendChild(item);
      });
    });
  }

  function formFor(url) {
    var forms = document.querySelectorAll("form.field-notes");
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].action === url) {
        return forms[i];
      }
    }
    return null;
  }

  // Notes the server refused go back into their form (and its draft) to be corrected.
  function editAgain(entry, form) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-outline-primary mt-1 me-2";
    button.textContent = say.edit;
    button.addEventListener("click", function () {
      fill(form, entry.body);
      var toggle = document.querySelector("[data-notes-toggle='" + form.id + "']");
      if (toggle) {
        open(toggle, form, true);
      }
      store("drafts", "readwrite", function (s) {
        s.put({ form: draftId(form), values: entry.body });
      }).then(function () {
        return store("outbox", "readwrite", function (s) { s.delete(entry.key); });
      }).then(render);
      form.querySelector("textarea, input:not([type=hidden])").focus();
    });
    return button;
  }

  // --- sending the outbox ---------------------------------------------------------------------
  var flushing = false;

  function save(entry) {
    return store("outbox", "readwrite", function (s) { s.put(entry); });
  }

  function send(entry) {
    var body = Object.assign({}, entry.body, { key: entry.key });
    return fetch(entry.url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(body),
    }).then(function (response) {
      var json = (response.headers.get("Content-Type") || "").indexOf("json") !== -1;
      if (!json || response.redirected || response.status === 403) {
        entry.message = say.login;  // logged out (sent to the login page) or a stale CSRF token
        return save(entry).then(function () { return false; });
      }
      return response.json().then(function (answer) {
        if (response.ok) {
          entry.status = "sent";
          entry.sent = Date.now();
        } else if (response.status >= 500) {
          return false;
        } else {
          entry.status = "refused";
        }
        entry.message = answer.message || "";
        return save(entry).then(function () { return true; });
      });
    });
  }

  function flush() {
    if (flushing || !navigator.onLine) {
      return Promise.resolve();
    }
    flushing = true;
    return all("outbox").then(function (entries) {
      var waiting = entries.filter(function (e) { return e.status === "waiting"; });
      waiting.sort(function (a, b) { return a.created - b.created; });
      return waiting.reduce(function (previous, entry) {
        return previous.then(function (goOn) { return goOn ? send(entry) : false; });
      }, Promise.resolve(true));
    }).catch(function () {
      return false;  // the network went away: what is waiting stays waiting
    }).then(function () {
      flushing = false;
      return render();
    });
  }

  // --- the notes forms: drafts as typed, queued on "Save notes" -------------------------------
  function draftId(form) {
    return form.action;
  }

  function setUp(form) {
    var status = form.querySelector(".field-form-status");
    store("drafts", "readonly", function (s) { return s.get(draftId(form)); }).then(function (draft) {
      if (draft) {
        fill(form, draft.values);
        var toggle = document.querySelector("[data-notes-toggle='" + form.id + "']");
        if (toggle) {
          open(toggle, form, true);
        }
      }
    });
    form.addEventListener("input", function () {
      store("drafts", "readwrite", function (s) {
        s.put({ form: draftId(form), values: formValues(form) });
      }).then(function () { status.textContent = say.draft; });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var entry = {
        key: newKey(),
        url: form.action,
        title: form.dataset.meetingTitle,
        body: formValues(form),
        status: "waiting",
        created: Date.now(),
      };
      store("outbox", "readwrite", function (s) {
        s.put(entry);
        return s;
      }).then(function () {
        return store("drafts", "readwrite", function (s) { s.delete(draftId(form)); });
      }).then(function () {
        form.reset();
        status.textContent = say.queued;
        return render();
      }).then(flush).then(function () {
        return store("outbox", "readonly", function (s) { return s.get(entry.key); });
      }).then(function (saved) {
        if (saved && saved.status !== "waiting") {
          status.textContent = statusText(saved) + (saved.message ? ": " + saved.message : "");
        }
      });
    });
  }

  function open(toggle, form, show) {
    form.hidden = !show;
    toggle.setAttribute("aria-expanded", show ? "true" : "false");
  }

  document.querySelectorAll("[data-notes-toggle]").forEach(function (toggle) {
    var form = document.getElementById(toggle.dataset.notesToggle);
    toggle.addEventListener("click", function () {
      open(toggle, form, form.hidden);
    });
  });

  // --- the service worker: this trip's pages and our static files, kept for offline use -------
  function keepPages() {
    var urls = [location.pathname + location.search, say.scope];
    (root.dataset.days || "").split(" ").forEach(function (url) {
      if (url) {
        urls.push(url);
      }
    });
    document.querySelectorAll("link[rel=stylesheet], script[src], link[rel=manifest]").forEach(function (el) {
      urls.push(el.href || el.src);
    });
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active && navigator.onLine) {
        registration.active.postMessage({ type: "keep", urls: urls });
      }
    });
  }

  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register(say.sw, { scope: say.scope }).then(keepPages, function () {});
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "kept" && banner && navigator.onLine) {
        banner.textContent = say.online + " " + say.ready;
      }
    });
  }

  // Logging out empties what this phone keeps (the server sends Clear-Site-Data): warn first
  // while notes still wait to be sent, since they would go with it.
  document.querySelectorAll("form[action='" + say.logout + "']").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.confirmed) {
        return;
      }
      event.preventDefault();
      function logOut() {
        form.dataset.confirmed = "1";
        form.submit();
      }
      all("outbox").then(function (entries) {
        var waiting = entries.filter(function (entry) { return entry.status !== "sent"; });
        if (!waiting.length || window.confirm(say.logoutWaiting)) {
          logOut();
        }
      }, logOut);
    });
  });

  window.addEventListener("online", function () { showNetwork(); flush(); });
  window.addEventListener("offline", showNetwork);
  showNetwork();
  openDb().then(function () {
    document.querySelectorAll("form.field-notes").forEach(setUp);
    return render();
  }).then(flush).catch(function () {
    if (banner) {
      banner.textContent = say.noStorage;
    }
  });
})();
