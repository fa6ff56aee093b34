// Deep zoom: a click on an exhibit image opens it in a full-window OpenSeadragon viewer,
// reading IIIF tiles where the image has them. Without JavaScript the link opens the
// largest JPEG instead.
(function () {
  "use strict";
  const script = document.currentScript;
  if (!window.OpenSeadragon || !script) return;
  const imagesUrl = script.dataset.osdImages;
  // The words shown, in the page's language, from the script element's data attributes.
  const words = script.dataset;
  const tooltips = { FullPage: "fullPage", Home: "home", ZoomIn: "zoomIn", ZoomOut: "zoomOut" };
  for (const [name, key] of Object.entries(tooltips)) {
    if (words[key]) window.OpenSeadragon.setString("Tooltips." + name, words[key]);
  }
  let dialog = null;
  let viewer = null;
  let opener = null;

  function buildDialog() {
    dialog = document.createElement("dialog");
    dialog.className = "zoom-dialog";
    dialog.setAttribute("aria-label", words.viewer || "Image viewer");
    dialog.innerHTML =
      '<button type="button" class="zoom-close"></button>' +
      '<div class="zoom-viewer" id="zoom-viewer"></div>';
    dialog.querySelector(".zoom-close").textContent = words.close || "Close";
    dialog.querySelector(".zoom-close").addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      if (viewer) viewer.destroy();
      viewer = null;
      if (opener) opener.focus();
    });
    document.body.appendChild(dialog);
  }

  function open(link) {
    if (!dialog) buildDialog();
    opener = link;
    dialog.showModal();
    const source = link.dataset.zoomInfo || { type: "image", url: link.dataset.zoomImage };
    viewer = window.OpenSeadragon({
      element: dialog.querySelector(".zoom-viewer"),
      prefixUrl: imagesUrl,
      tileSources: source,
      showNavigator: true,
      navigatorPosition: "BOTTOM_RIGHT",
      maxZoomPixelRatio: 2,
      visibilityRatio: 0.8,
      gestureSettingsTouch: { pinchRotate: false },
    });
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-zoom-info], a[data-zoom-image]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(link);
  });
})();
