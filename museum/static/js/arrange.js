// The gallery and tour editors, improved: rows reordered by drag or by Up/Down buttons, removed
// at once, and exhibits found and added without leaving the page. Without JavaScript the same
// form does all of it when sent: "Order" numbers, "Remove" boxes, "Add" buttons. Its words come
// from the page, in the page's language (#arrange-words; {name} marks where a value goes).
(function () {
  "use strict";
  const form = document.getElementById("arrangement-form");
  if (!form) return;
  const words = JSON.parse(document.getElementById("arrange-words").textContent);
  const say = (text, values) => text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
  const list = form.querySelector("[data-arrange-rows]");
  const unique = list.hasAttribute("data-unique");
  const template = document.querySelector("[data-row-template]");
  const search = document.querySelector("[data-exhibit-search]");
  const results = document.querySelector("[data-search-results]");
  const cover = form.querySelector("[data-cover-select]");
  const emptyNote = form.querySelector("[data-empty-note]");
  const status = document.createElement("p");
  status.className = "live-status";
  status.setAttribute("aria-live", "polite");
  form.appendChild(status);

  function rows() {
    return [...list.querySelectorAll(":scope > [data-arrange-row]")];
  }
  function titleOf(row) {
    return row.querySelector("[data-row-title]").textContent.trim();
  }
  function announce(message) {
    status.textContent = message;
  }

  // --- order ---------------------------------------------------------------------------------
  function renumber() {
    rows().forEach((row, index) => {
      row.querySelector("input[name$='-position']").value = index + 1;
    });
    emptyNote.hidden = rows().length > 0;
    syncAddButtons();
  }

  function move(row, step) {
    const sibling = step < 0 ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    if (step < 0) list.insertBefore(row, sibling);
    else list.insertBefore(sibling, row);
    renumber();
    row.querySelector(step < 0 ? "[data-up]" : "[data-down]").focus();
    announce(say(words.moved, { title: titleOf(row), number: rows().indexOf(row) + 1, count: rows().length }));
  }

  function remove(row) {
    const next = row.nextElementSibling || row.previousElementSibling;
    const id = row.dataset.exhibitId;
    row.remove();
    if (cover && !list.querySelector('[data-exhibit-id="' + id + '"]')) removeCovers(id);
    renumber();
    announce(say(words.removed, { title: titleOf(row) }));
    (next ? next.querySelector("[data-up]") : search.querySelector("input[type=search]")).focus();
  }

  function button(label, text, attribute) {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = text;
    element.setAttribute("aria-label", label);
    element.setAttribute(attribute, "");
    return element;
  }

  function enhance(row) {
    const title = titleOf(row);
    row.querySelector(".order").hidden = true;
    row.querySelector(".remove").hidden = true;
    const buttons = document.createElement("div");
    buttons.className = "order-buttons";
    const handle = document.createElement("span");
    handle.className = "drag-handle";
    handle.textContent = "⠿";
    handle.title = words.dragToReorder;
    handle.setAttribute("aria-hidden", "true");
    const up = button(say(words.moveUp, { title }), words.up, "data-up");
    const down = button(say(words.moveDown, { title }), words.down, "data-down");
    const drop = button(say(words.removeTitle, { title }), words.remove, "data-remove");
    up.addEventListener("click", () => move(row, -1));
    down.addEventListener("click", () => move(row, 1));
    drop.addEventListener("click", () => remove(row));
    buttons.append(handle, up, down, drop);
    row.querySelector(".row-fields").appendChild(buttons);
    // Only the handle starts a drag, so text in the row's fields can still be selected.
    handle.addEventListener("pointerdown", () => (row.draggable = true));
    row.addEventListener("dragstart", (event) => {
      row.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
    });
    row.addEventListener("dragend", () => {
      row.classList.remove("dragging");
      row.draggable = false;
      renumber();
    });
  }

  list.addEventListener("dragover", (event) => {
    const dragged = list.querySelector(".dragging");
    if (!dragged) return;
    event.preventDefault();
    const after = rows().find(
      (row) => row !== dragged && event.clientY < row.getBoundingClientRect().top + row.offsetHeight / 2
    );
    list.insertBefore(dragged, after || null);
  });

  // --- cover image choices (galleries only) ----------------------------------------------------
  function addCovers(source) {
    if (!cover) return;
    JSON.parse(source.dataset.covers || "[]").forEach(([value, label]) => {
      const option = new Option(label, value);
      option.dataset.exhibit = source.value;
      cover.appendChild(option);
    });
  }

  function removeCovers(id) {
    cover.querySelectorAll('option[data-exhibit="' + id + '"]').forEach((option) => {
      if (option.selected) cover.value = "";
      option.remove();
    });
  }

  // --- finding and adding exhibits ---------------------------------------------------------------
  let nextIndex =
    Math.max(
      -1,
      ...rows().map((row) => Number(row.querySelector("input[name$='-exhibit_id']").name.split("-")[1]))
    ) + 1;

  function syncAddButtons() {
    if (!unique) return;
    results.querySelectorAll("[data-add]").forEach((add) => {
      const taken = Boolean(list.querySelector('[data-exhibit-id="' + add.value + '"]'));
      add.disabled = taken;
      add.textContent = taken ? words.added : words.add;
    });
  }

  function addRow(source) {
    const holder = document.createElement("ol");
    holder.innerHTML = template.innerHTML.replaceAll("__index__", String(nextIndex++));
    const row = holder.firstElementChild;
    row.dataset.exhibitId = source.value;
    row.querySelector("input[name$='-exhibit_id']").value = source.value;
    row.querySelector("[data-row-title]").textContent = source.dataset.title;
    row.querySelector("[data-row-accession]").textContent = source.dataset.accession;
    row.querySelector("[data-row-draft]").hidden = Boolean(source.dataset.published);
    const thumb = row.querySelector(".thumb");
    if (source.dataset.thumb) {
      thumb.src = source.dataset.thumb;
      thumb.hidden = false;
    }
    list.appendChild(row);
    enhance(row);
    addCovers(source);
    renumber();
    announce(say(words.addedAs, { title: source.dataset.title, number: rows().length }));
    return row;
  }

  results.addEventListener("click", (event) => {
    const add = event.target.closest("[data-add]");
    if (!add) return;
    event.preventDefault();
    const existing = unique && list.querySelector('[data-exhibit-id="' + add.value + '"]');
    const row = existing || addRow(add);
    (row.querySelector("input[type=text]") || row.querySelector("[data-up]")).focus();
  });

  search.addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = search.querySelector("input[type=search]").value;
    const url = new URL(search.action);
    url.searchParams.set("q", query);
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      results.innerHTML = page.querySelector("[data-search-results]").innerHTML;
      form.querySelector("[data-query-copy]").value = query;
      syncAddButtons();
    } catch (problem) {
      results.textContent = words.searchFailed;
    }
  });

  rows().forEach(enhance);
  renumber();
})();
