// The labels page: the label size from the settings, and a Print button (without JavaScript
// the page says to press Ctrl+P).
(function () {
  "use strict";
  // The size travels in data- attributes: the Content-Security-Policy refuses style attributes.
  document.querySelectorAll(".label-sheet").forEach((sheet) => {
    const { labelWidth, labelHeight } = sheet.dataset;
    if (labelWidth) sheet.style.setProperty("--label-width", labelWidth);
    if (labelHeight) sheet.style.setProperty("--label-height", labelHeight);
  });
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
})();
