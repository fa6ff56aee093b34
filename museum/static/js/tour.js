// Tours, improved: the left and right arrow keys walk to the previous and next stop, and this
// browser remembers the last stop visited in each tour (localStorage, no account), so the tour
// list and the tour's route offer "Continue where you left off". Without JavaScript the links do
// all of it, and nothing here is missed.
(function () {
  "use strict";
  const PREFIX = "museum.tour.";

  // Storage can be switched off or full (private windows): then nothing is remembered.
  function remembered(slug) {
    try {
      const number = Number.parseInt(window.localStorage.getItem(PREFIX + slug), 10);
      return number >= 1 ? number : null;
    } catch (error) {
      return null;
    }
  }
  function remember(slug, number) {
    try {
      window.localStorage.setItem(PREFIX + slug, String(number));
    } catch (error) {
      /* nothing remembered */
    }
  }
  function forget(slug) {
    try {
      window.localStorage.removeItem(PREFIX + slug);
    } catch (error) {
      /* nothing to forget */
    }
  }

  function typingIn(target) {
    return (
      target instanceof Element &&
      (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]"))
    );
  }

  function walkWithArrowKeys(pager) {
    document.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (typingIn(event.target)) return;
      const rel = event.key === "ArrowLeft" ? "prev" : "next";
      const link = pager.querySelector('a[rel~="' + rel + '"]');
      if (!link) return;
      event.preventDefault();
      window.location.assign(link.href);
    });
  }

  const stop = document.querySelector("[data-tour-stop]");
  if (stop) {
    remember(stop.dataset.tour, Number(stop.dataset.tourStop));
    const pager = document.querySelector(".stop-pager");
    if (pager) walkWithArrowKeys(pager);
    const tip = document.querySelector("[data-tour-keys]");
    if (tip) tip.hidden = false;
  }

  for (const box of document.querySelectorAll("[data-tour-resume]")) {
    const slug = box.dataset.tourResume;
    const number = remembered(slug);
    const count = Number(box.dataset.stopCount) || Infinity;
    if (number === null || number > count) continue;
    const link = box.querySelector("[data-resume-link]");
    link.href = box.dataset.tourUrl + "/" + number;
    link.querySelector("[data-resume-number]").textContent = String(number);
    box.hidden = false;
    const start = document.querySelector('[data-tour-start="' + CSS.escape(slug) + '"]');
    if (start) start.hidden = true;
    box.querySelector("[data-tour-forget]").addEventListener("click", () => forget(slug));
  }
})();
