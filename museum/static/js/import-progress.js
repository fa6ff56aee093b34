// The import's progress page: poll the progress and move the bar; open the report when done.
// Without JavaScript the page reloads itself every few seconds instead.
(() => {
  "use strict";
  const box = document.querySelector("[data-import-progress]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const status = box.querySelector("[role=status]");
  const poll = async () => {
    let answer;
    try {
      const response = await fetch(box.dataset.url, { headers: { Accept: "application/json" } });
      answer = await response.json();
    } catch (error) {
      window.setTimeout(poll, 3000);
      return;
    }
    if (answer.report_url) {
      window.location.assign(answer.report_url);
      return;
    }
    if (answer.state !== "running") {
      window.location.reload();
      return;
    }
    bar.max = answer.total;
    bar.value = answer.done;
    // The sentence comes from the page, in its language: {done} and {total} mark the numbers.
    status.textContent = box.dataset.written
      .replace("{done}", String(answer.done))
      .replace("{total}", String(answer.total));
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 1000);
})();
