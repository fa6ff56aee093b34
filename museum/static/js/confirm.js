// A form with data-confirm asks before it is sent (an inline onsubmit would be refused by the
// Content-Security-Policy). Without JavaScript the form is sent at once.
(function () {
  "use strict";
  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });
})();
