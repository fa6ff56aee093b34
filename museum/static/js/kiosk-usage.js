// Anonymous kiosk usage: which exhibit was opened, and for how long it was on screen.
// An exhibit page notes when it was shown; the next kiosk page (the visitor moved on, or the
// idle reset came) reports it while it is alive. Beacons sent from a page being unloaded
// were dropped by Chromium on location.replace navigations; this way nothing depends on them.
// Reports wait in localStorage while the network is down.
(function () {
  "use strict";
  const body = document.body;
  const url = body.dataset.usageUrl;
  if (!url) return;
  const VIEW_KEY = "kiosk.view";
  const QUEUE_KEY = "kiosk.usageQueue";
  const QUEUE_LIMIT = 200;
  const STALE_MS = 30 * 60 * 1000; // the server counts no longer dwell either
  const idleMs = (Number(body.dataset.idleSeconds) + Number(body.dataset.warningSeconds)) * 1000;

  function read(key, fallback) {
    try {
      return JSON.parse(localStorage.getItem(key)) || fallback;
    } catch (error) {
      return fallback;
    }
  }

  function write(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(value));
    } catch (error) {
      // A full or disabled storage only loses a count.
    }
  }

  function finishedView() {
    const view = read(VIEW_KEY, null);
    write(VIEW_KEY, null);
    if (!view || !view.exhibit || !(view.shownAt > 0)) return null;
    const end = view.endedAt || Date.now();
    if (end - view.shownAt > STALE_MS) return null; // the kiosk was switched off meanwhile
    const seconds = Math.max(0, (end - view.shownAt) / 1000);
    return { exhibit: view.exhibit, seconds: Math.round(seconds * 10) / 10 };
  }

  let flushing = false;

  async function flush(queue) {
    if (flushing) return;
    flushing = true;
    const waiting = [];
    for (const report of queue) {
      try {
        const response = await fetch(url, {
          method: "POST",
          body: JSON.stringify(report),
          headers: { "Content-Type": "application/json" },
          keepalive: true,
        });
        // A 4xx (e.g. an exhibit no longer on display) will not get better by retrying.
        if (response.status >= 500) waiting.push(report);
      } catch (error) {
        waiting.push(report);
      }
    }
    write(QUEUE_KEY, waiting.slice(-QUEUE_LIMIT));
    flushing = false;
  }

  const queue = read(QUEUE_KEY, []);
  const finished = finishedView();
  if (finished) queue.push(finished);
  write(QUEUE_KEY, queue.slice(-QUEUE_LIMIT));
  if (queue.length && navigator.onLine !== false) flush(queue);

  const exhibit = body.dataset.exhibit;
  if (exhibit) write(VIEW_KEY, { exhibit: exhibit, shownAt: Date.now() });
  // Left alone until the reset: the visitor went away about when the idle time began.
  document.addEventListener("kiosk:reset", () => {
    const view = read(VIEW_KEY, null);
    if (view) write(VIEW_KEY, { ...view, endedAt: Math.max(view.shownAt, Date.now() - idleMs) });
  });
  window.addEventListener("online", () => flush(read(QUEUE_KEY, [])));
})();
