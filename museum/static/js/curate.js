// The exhibit form, improved: only the chosen kind's fields, a live date reading, images
// uploaded as soon as they are chosen or dropped, and reordering by drag or by buttons.
// Without JavaScript the form still does all of it on submit.
(function () {
  "use strict";
  const form = document.querySelector(".exhibit-form");
  if (!form) return;

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
        row.querySelector(".filename").insertAdjacentHTML("beforeend", ' <span class="badge">Primary</span>');
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
  function enhance(row) {
    row.querySelector(".order").hidden = true;
    row.draggable = true;
    const buttons = document.createElement("div");
    buttons.className = "order-buttons";
    buttons.innerHTML =
      '<button type="button" data-up aria-label="Move up">↑ Up</button>' +
      '<button type="button" data-down aria-label="Move down">↓ Down</button>' +
      '<button type="button" data-first>Make primary</button>';
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

  function addRow(data) {
    const index = nextIndex++;
    const name = (field) => "images-" + index + "-" + field;
    const row = document.createElement("li");
    row.className = "image-row";
    row.dataset.imageRow = "";
    row.innerHTML =
      '<input type="hidden" name="' + name("ref") + '">' +
      '<img alt="" width="96" height="96" class="thumb">' +
      '<div class="image-fields"><p class="filename"></p>' +
      '<div class="field"><label for="' + name("caption") + '">Caption</label><input id="' + name("caption") + '" name="' + name("caption") + '" type="text"></div>' +
      '<div class="field"><label for="' + name("alt_text") + '">Alt text</label><input id="' + name("alt_text") + '" name="' + name("alt_text") + '" type="text"></div>' +
      '<div class="checks"><label><input type="checkbox" name="' + name("decorative") + '" value="y"> Decorative (no alt text needed)</label>' +
      '<label><input type="checkbox" name="' + name("remove") + '" value="y"> Remove</label>' +
      '<label class="order">Order <input name="' + name("position") + '" size="3"></label></div></div>';
    row.querySelector("input[type=hidden]").value = data.ref;
    row.querySelector("img").src = data.thumb;
    row.querySelector(".filename").textContent = data.filename;
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
        const data = await response.json().catch(() => ({ error: file.name + ": the upload failed." }));
        if (response.ok) data.rows.forEach(addRow);
        else showUploadError(data.error || file.name + ": the upload failed.");
      } catch (problem) {
        showUploadError(file.name + ": the upload failed; check the connection and try again.");
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
