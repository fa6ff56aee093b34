// Kiosk images: swipe between them, tap to open the deep-zoom viewer (pinch, double-tap).
// Swiping is the browser's own scroll-snap (kiosk.css); this script keeps the "n of m"
// counter in step, adds previous/next buttons for those who tap, and opens one full-screen
// OpenSeadragon viewer at a time, destroyed again when it closes.
(function () {
  "use strict";
  const script = document.currentScript;
  const imagesUrl = script ? script.dataset.osdImages : "";
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  let open = null; // {dialog, viewer, opener} while the viewer shows
  // The words shown come from the page (#kiosk-words, in the page's language); the English
  // ones here are only for a page without them.
  const words = (function () {
    const element = document.getElementById("kiosk-words");
    try {
      return element ? JSON.parse(element.textContent) || {} : {};
    } catch {
      return {};
    }
  })();
  const say = (key, english) => (typeof words[key] === "string" ? words[key] : english);

  function setState(state) {
    document.body.dataset.viewer = state;
  }

  // --- the strip of images ------------------------------------------------------------------

  function button(className, label, text) {
    const made = document.createElement("button");
    made.type = "button";
    made.className = "kiosk-button " + className;
    if (label) made.setAttribute("aria-label", label);
    made.textContent = text;
    return made;
  }

  function setUpStrip(section) {
    const strip = section.querySelector(".kiosk-image-strip");
    const count = section.querySelector(".kiosk-image-count");
    const number = section.querySelector(".kiosk-image-number");
    const total = strip ? strip.children.length : 0;
    if (!strip || total < 2 || !count || !number) return;
    const previous = button("kiosk-image-previous", say("previousImage", "Previous image"), "‹");
    const next = button("kiosk-image-next", say("nextImage", "Next image"), "›");
    const nav = document.createElement("div");
    nav.className = "kiosk-image-nav";
    count.replaceWith(nav);
    nav.append(previous, count, next);
    let shown = -1;

    function current() {
      return Math.min(total - 1, Math.max(0, Math.round(strip.scrollLeft / strip.clientWidth)));
    }

    function update() {
      const index = current();
      if (index === shown) return;
      shown = index;
      number.textContent = String(index + 1);
      previous.disabled = index === 0;
      next.disabled = index === total - 1;
    }

    function go(step) {
      const target = Math.min(total - 1, Math.max(0, current() + step));
      const behavior = reducedMotion.matches ? "auto" : "smooth";
      strip.scrollTo({ left: target * strip.clientWidth, behavior: behavior });
    }

    let pending = false;
    strip.addEventListener(
      "scroll",
      () => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          update();
        });
      },
      { passive: true },
    );
    strip.addEventListener("scrollend", update);
    previous.addEventListener("click", () => go(-1));
    next.addEventListener("click", () => go(1));
    update();
  }

  // --- the deep-zoom viewer -----------------------------------------------------------------

  function buildDialog() {
    const dialog = document.createElement("dialog");
    dialog.className = "kiosk-viewer";
    dialog.setAttribute("aria-label", say("imageViewer", "Image viewer"));
    const bar = document.createElement("div");
    bar.className = "kiosk-viewer-bar";
    const hint = document.createElement("p");
    hint.className = "kiosk-viewer-hint";
    hint.textContent = say("viewerHint", "Pinch or double-tap to zoom, drag to move.");
    bar.append(
      hint,
      button("kiosk-viewer-out", say("zoomOut", "Zoom out"), "−"),
      button("kiosk-viewer-in", say("zoomIn", "Zoom in"), "+"),
      button("kiosk-primary kiosk-viewer-close", "", say("close", "Close")),
    );
    const area = document.createElement("div");
    area.className = "kiosk-viewer-area";
    dialog.append(bar, area);
    return dialog;
  }

  // A modal dialog would sit in the top layer, above the idle countdown; a plain one with the
  // page made inert keeps the countdown visible over the viewer.
  function setPageInert(inert) {
    for (const part of document.querySelectorAll("body > header, body > main")) {
      part.inert = inert;
    }
  }

  function openViewer(opener) {
    if (open || !window.OpenSeadragon) return;
    const dialog = buildDialog();
    document.body.appendChild(dialog);
    dialog.show();
    setPageInert(true);
    const source = opener.dataset.zoomInfo || { type: "image", url: opener.dataset.zoomImage };
    const viewer = window.OpenSeadragon({
      element: dialog.querySelector(".kiosk-viewer-area"),
      prefixUrl: imagesUrl,
      tileSources: source,
      showNavigationControl: false,
      showNavigator: false,
      maxZoomPixelRatio: 2,
      visibilityRatio: 0.8,
      animationTime: reducedMotion.matches ? 0.3 : 1.2,
      gestureSettingsTouch: {
        pinchToZoom: true,
        dblClickToZoom: true,
        flickEnabled: true,
        pinchRotate: false,
      },
      gestureSettingsMouse: { dblClickToZoom: true, clickToZoom: false },
    });
    open = { dialog: dialog, viewer: viewer, opener: opener };
    window.kioskViewer = viewer;
    dialog.querySelector(".kiosk-viewer-close").addEventListener("click", () => dialog.close());
    dialog.querySelector(".kiosk-viewer-in").addEventListener("click", () => zoomBy(1.5));
    dialog.querySelector(".kiosk-viewer-out").addEventListener("click", () => zoomBy(1 / 1.5));
    dialog.addEventListener("close", closed);
    dialog.addEventListener("keydown", (event) => {
      if (event.key === "Escape") dialog.close();
    });
    dialog.querySelector(".kiosk-viewer-close").focus();
    setState("open");
  }

  function zoomBy(factor) {
    if (!open) return;
    open.viewer.viewport.zoomBy(factor);
    open.viewer.viewport.applyConstraints();
  }

  function closed() {
    if (!open) return;
    const { dialog, viewer, opener } = open;
    open = null;
    window.kioskViewer = null;
    viewer.destroy();
    dialog.remove();
    setPageInert(false);
    setState("closed");
    if (opener.isConnected) opener.focus({ preventScroll: true });
  }

  function closeViewer() {
    if (open) open.dialog.close();
  }

  setState("closed");
  for (const section of document.querySelectorAll(".kiosk-images")) setUpStrip(section);
  document.addEventListener("click", (event) => {
    const opener = event.target.closest("button.kiosk-zoom");
    if (opener) openViewer(opener);
  });
  // Leaving the page (or the idle reset) must not keep a viewer alive in the back cache.
  window.addEventListener("pagehide", closeViewer);
  window.kioskCloseViewer = closeViewer;
})();
