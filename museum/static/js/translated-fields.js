// Texts in several languages, side by side: the default language's field ([data-source]) and
// one field per other language ([data-target]). The page marks a translation "Missing" while it
// is empty and the default language has text; this keeps the marks up to date as the curator
// types and shows "Copy from ...", which fills an empty translation with the default
// language's text as a starting point. Rows added later (images, stops) work too: every event
// is handled on the document.
(function () {
  "use strict";

  function refresh(group) {
    const source = group.querySelector("[data-source]");
    const hasSource = source.value.trim() !== "";
    group.querySelectorAll("[data-translation]").forEach((cell) => {
      const wanted = hasSource && cell.querySelector("[data-target]").value.trim() === "";
      cell.querySelector("[data-missing]").hidden = !wanted;
      cell.querySelector("[data-copy]").hidden = !wanted;
    });
  }

  document.addEventListener("input", (event) => {
    const group = event.target.closest("[data-translated]");
    if (group) refresh(group);
  });

  document.addEventListener("click", (event) => {
    const copy = event.target.closest("[data-copy]");
    if (!copy) return;
    const group = copy.closest("[data-translated]");
    const target = copy.closest("[data-translation]").querySelector("[data-target]");
    if (target.value.trim() === "") {
      target.value = group.querySelector("[data-source]").value;
      // As if typed: the marks follow, and the form knows it has changed.
      target.dispatchEvent(new Event("input", { bubbles: true }));
    }
    target.focus();
  });

  document.querySelectorAll("[data-translated]").forEach(refresh);
})();
