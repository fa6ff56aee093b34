// The exhibit form, improved: only the chosen kind's fields, a live date reading, images
// uploaded as soon as they are chosen or dropped, and reordering by drag or by buttons.
// Without JavaScript the form still does all of it on submit. Its words come from the page,
// in the page's language (the JSON in #curate-words; {name} marks where a value goes).
(function () {
  "use strict";
  const form = document.querySelector(".exhibit-form");
  if (!form) return;
  const words = JSON.parse(document.getElementById("curate-words").textContent);
  const say = (text, values) => text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));

  // --- the chosen kind's fields -------------------------------------------------------------
  const kindSelect = form.querySelector("[data-kind-select]");
  function showKind() {
    form.querySelectorAll(".kind-fields").forEach((fieldset) => {
      fieldset.hidden = fieldset.dataset.kind !== kindSelect.value;
    });
  }
  kindSelect.addEventListener("change", showKind);
  showKind();

  // --- how the date is read -----------------------------------------------------------------
  const dateInput = form.querySelector("#date_text");
  const dateHint = document.getElementById("date_text-hint");
  let dateTimer = null;
  dateInput.addEventListener("input", () => {
    clearTimeout(dateTimer);
    dateTimer = setTimeout(async () => {
      const url = form.dataset.dateUrl + "?text=" + encodeURIComponent(dateInput.value);
      const response = await fetch(url, { credentials: "same-origin" });
      if (response.ok && dateHint) dateHint.textContent = (await response.json()).reading;
    }, 250);
  });

  // --- image rows: order, primary badge, buttons --------------------------------------------
  const list = form.querySelector("[data-image-rows]");
  function renumber() {
    const rows = [...list.querySelectorAll("[data-image-row]")];
    rows.forEach((row, index) => {
      row.querySelector("input[name$='-position']").value = index;
      const badge = row.querySelector(".badge");
      if (index === 0 && !badge) {
        const primary = document.createElement("span");
        primary.className = "badge";
        primary.textContent = words.primary;
        row.querySelector(".filename").append(" ", primary);
      } else if (index !== 0 && badge) {
        badge.remove();
      }
    });
  }
  function move(row, step) {
    const sibling = step < 0 ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    if (step < 0) list.insertBefore(row, sibling);
    else list.insertBefore(sibling, row);
    renumber();
    row.querySelector(step < 0 ? "[data-up]" : "[data-down]").focus();
  }
  function button(text, label, attribute) {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = text;
    if (label) element.setAttribute("aria-label", label);
    element.setAttribute(attribute, "");
    return element;
  }
  function enhance(row) {
    row.querySelector(".order").hidden = true;
    row.draggable = true;
    const buttons = document.createElement("div");
    buttons.className = "order-buttons";
    buttons.append(
      button(words.up, words.moveUp, "data-up"),
      button(words.down, words.moveDown, "data-down"),
      button(words.makePrimary, null, "data-first")
    );
    buttons.querySelector("[data-up]").addEventListener("click", () => move(row, -1));
    buttons.querySelector("[data-down]").addEventListener("click", () => move(row, 1));
    buttons.querySelector("[data-first]").addEventListener("click", () => {
      list.prepend(row);
      renumber();
    });
    row.querySelector(".image-fields").appendChild(buttons);
    row.addEventListener("dragstart", (event) => {
      row.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
    });
    row.addEventListener("dragend", () => {
      row.classList.remove("dragging");
      renumber();
    });
  }
  list.addEventListener("dragover", (event) => {
    const dragged = list.querySelector(".dragging");
    if (!dragged) return;
    event.preventDefault();
    const after = [...list.querySelectorAll("[data-image-row]:not(.dragging)")].find(
      (row) => event.clientY < row.getBoundingClientRect().top + row.offsetHeight / 2
    );
    list.insertBefore(dragged, after || null);
  });
  list.querySelectorAll("[data-image-row]").forEach(enhance);
  renumber();

  // --- uploads as soon as they are chosen or dropped -----------------------------------------
  const fileInput = form.querySelector("#new_images");
  const zone = form.querySelector("[data-drop-zone]");
  const csrf = form.querySelector("input[name='csrf_token']").value;
  let nextIndex = list.querySelectorAll("[data-image-row]").length + 1000;

  // A new row is the page's own blank row (every language's caption and alt text), numbered.
  const rowTemplate = document.querySelector("[data-image-row-template]");
  function addRow(data) {
    const holder = document.createElement("ol");
    holder.innerHTML = rowTemplate.innerHTML.replaceAll("__index__", String(nextIndex++));
    const row = holder.firstElementChild;
    row.querySelector("input[type=hidden]").value = data.ref;
    row.querySelector("img").src = data.thumb;
    row.querySelector("[data-filename]").textContent = data.filename;
    list.appendChild(row);
    enhance(row);
    renumber();
  }

  function showUploadError(message) {
    const error = document.createElement("span");
    error.className = "error";
    error.setAttribute("role", "alert");
    error.textContent = message;
    zone.querySelector(".field").appendChild(error);
  }

  async function upload(files) {
    zone.querySelectorAll(".error").forEach((error) => error.remove());
    for (const file of files) {
      const body = new FormData();
      body.append("csrf_token", csrf);
      body.append("file", file);
      zone.classList.add("busy");
      try {
        const response = await fetch(form.dataset.uploadUrl, { method: "POST", body, credentials: "same-origin" });
        const failed = say(words.uploadFailed, { name: file.name });
        const data = await response.json().catch(() => ({ error: failed }));
        if (response.ok) data.rows.forEach(addRow);
        else showUploadError(data.error || failed);
      } catch (problem) {
        showUploadError(say(words.uploadOffline, { name: file.name }));
      } finally {
        zone.classList.remove("busy");
      }
    }
    fileInput.value = "";
  }

  fileInput.addEventListener("change", () => upload([...fileInput.files]));
  ["dragenter", "dragover"].forEach((type) =>
    zone.addEventListener(type, (event) => {
      if (!event.dataTransfer || ![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      zone.classList.add("over");
    })
  );
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("over")));
  zone.addEventListener("drop", (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    upload([...event.dataTransfer.files]);
  });
})();

// Warn before leaving a changed form unsaved (saving or previewing submits it, which is fine).
(function () {
  "use strict";
  const form = document.querySelector(".exhibit-form");
  if (!form) return;
  let changed = false;
  form.addEventListener("input", () => { changed = true; });
  form.addEventListener("submit", () => { changed = false; });
  window.addEventListener("beforeunload", (event) => {
    if (!changed) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
