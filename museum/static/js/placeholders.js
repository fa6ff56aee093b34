// Each picture shows its average colour (data-color) until it loads. Set through the CSSOM:
// the Content-Security-Policy refuses style attributes but not element.style.
(function () {
  "use strict";
  document.querySelectorAll("img[data-color]").forEach((img) => {
    img.style.backgroundColor = img.dataset.color;
  });
})();
