// Anonymous kiosk usage: which exhibit was opened, and for how long it was on screen.
// Sent as a beacon when the page goes away; kept in localStorage while the network is down.
(function () {
  "use strict";
  const body = document.body;
  const url = body.dataset.usageUrl;
  if (!url) return;
  const QUEUE_KEY = "kiosk.usageQueue";
  const QUEUE_LIMIT = 200;

  function queued() {
    try {
      return JSON.parse(localStorage.getItem(QUEUE_KEY) || "[]");
    } catch (error) {
      return [];
    }
  }

  function keep(reports) {
    localStorage.setItem(QUEUE_KEY, JSON.stringify(reports.slice(-QUEUE_LIMIT)));
  }

  function send(report) {
    const data = new Blob([JSON.stringify(report.body)], { type: "text/plain" });
    return navigator.onLine && navigator.sendBeacon(report.url, data);
  }

  function flush() {
    const waiting = queued();
    if (!waiting.length || !navigator.onLine) return;
    keep(waiting.filter((report) => !send(report)));
  }

  const exhibit = body.dataset.exhibit;
  let shownSince = document.visibilityState === "visible" ? performance.now() : null;
  let seconds = 0;
  let reported = false;

  function pause() {
    if (shownSince !== null) seconds += (performance.now() - shownSince) / 1000;
    shownSince = null;
  }

  function report() {
    if (!exhibit || reported) return;
    reported = true;
    pause();
    const entry = { url: url, body: { exhibit: exhibit, seconds: Math.round(seconds * 10) / 10 } };
    if (!send(entry)) keep(queued().concat([entry]));
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") shownSince = performance.now();
    else pause();
  });
  window.addEventListener("pagehide", report);
  window.addEventListener("online", flush);
  flush();
})();
