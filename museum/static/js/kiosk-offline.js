// The kiosk offline: registers the service worker, polls the catalog version, shows the offline notice.
// When the catalog changes the worker fills a copy of the new version first; the start page is
// then reloaded, but only while nobody is using the kiosk.
(function () {
  "use strict";
  const body = document.body;
  const data = body.dataset;
  const notice = document.querySelector(".kiosk-offline");
  const workers = navigator.serviceWorker;
  // window.kioskPollSeconds lets tests poll faster; the kiosk polls once a minute.
  const pollSeconds = Number(window.kioskPollSeconds) > 0 ? Number(window.kioskPollSeconds) : 60;
  const idleMs = (Number(data.idleSeconds) || 90) * 1000;
  const TOUCH_KEY = "kiosk.lastTouch";
  const RELOAD_KEY = "kiosk.reloadedFor";
  let pollFailed = false;
  let serverVersion = data.version;
  let reloadTimer = null;
  let warmFailed = false;

  // --- the offline notice -------------------------------------------------------------------

  function showState() {
    const offline = !navigator.onLine || pollFailed;
    if (notice) notice.hidden = !offline;
    body.classList.toggle("kiosk-is-offline", offline);
  }

  window.addEventListener("online", () => {
    showState();
    poll();
  });
  window.addEventListener("offline", showState);

  // --- the catalog's version ----------------------------------------------------------------

  async function poll() {
    try {
      const response = await fetch(data.versionUrl, { cache: "no-store" });
      if (!response.ok) throw new Error("version " + response.status);
      serverVersion = (await response.json()).version;
      pollFailed = false;
    } catch (error) {
      pollFailed = true;
    }
    showState();
    if (pollFailed) return;
    if (serverVersion !== data.version) newVersion(serverVersion);
    else if (warmFailed) warm(data.version); // the network went while the copy was filled
  }

  function newVersion(version) {
    if (workers && workers.controller) warm(version);
    else reloadWhenIdle(version); // no offline copy to refresh: the network has the new pages
  }

  // --- the service worker -------------------------------------------------------------------

  function warm(version) {
    if (!workers || !data.offlineManifestUrl) return;
    workers.ready.then((registration) => {
      const message = { type: "kiosk-warm", manifest: data.offlineManifestUrl, version: version };
      if (registration.active) registration.active.postMessage(message);
    });
  }

  function warmed(message) {
    if (!message || message.type !== "kiosk-warm") return;
    warmFailed = !message.ok;
    if (warmFailed) return;
    // Observable (by tests too): the offline copy is complete, and of which version, and the
    // workers of the kiosk's other languages are there to serve it.
    data.offlineVersion = message.version;
    otherLanguages.then(() => {
      if (workers.controller) data.offlineReady = "true";
    });
    if (message.version !== data.version && message.version === serverVersion) {
      reloadWhenIdle(message.version);
    }
  }

  function scopeOf(url) {
    return new URL(".", new URL(url, location.href)).href; // /kiosk/, /ru/kiosk/
  }

  function activated(registration) {
    const worker = registration.active || registration.waiting || registration.installing;
    if (!worker || worker.state === "activated") return Promise.resolve();
    return new Promise((resolve) => {
      worker.addEventListener("statechange", () => {
        if (worker.state === "activated" || worker.state === "redundant") resolve();
      });
    });
  }

  // The pages of the kiosk's other languages (/ru/kiosk/...) are outside this worker's scope:
  // their own workers serve them from the same copy, even when the network is down the first
  // time a visitor switches. Registered once; the browser updates them as it does any worker.
  async function registerLanguage(url) {
    const scope = scopeOf(url);
    const script = new URL(url, location.href).href;
    let registration = await workers.getRegistration(scope);
    const current = registration && registration.active;
    if (!registration || registration.scope !== scope || !current || current.scriptURL !== script) {
      registration = await workers.register(url, { scope: scope });
    }
    await activated(registration);
  }

  let otherLanguages = Promise.resolve();
  if (workers && data.swUrl) {
    workers.addEventListener("message", (event) => warmed(event.data));
    workers.addEventListener("controllerchange", () => warm(data.version));
    const others = (data.swOthers || "").split(" ").filter(Boolean);
    otherLanguages = Promise.all(others.map((url) => registerLanguage(url).catch(() => null)));
    workers.register(data.swUrl, { scope: new URL(scopeOf(data.swUrl)).pathname }).then(
      () => warm(data.version),
      () => null, // no worker (e.g. not a secure origin): the kiosk works online only
    );
  }

  // --- reloading while idle -----------------------------------------------------------------

  function remember(key, value) {
    try {
      sessionStorage.setItem(key, value);
    } catch (error) {
      // Storage refused: the kiosk still works, it only reloads less cleverly.
    }
  }

  function recall(key) {
    try {
      return sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  // kiosk.js keeps the moment of the last touch in sessionStorage across pages; this page's
  // own touches count too, should kiosk.js not be there.
  let touchedHere = 0;
  ["pointerdown", "keydown", "wheel"].forEach((type) =>
    document.addEventListener(type, () => (touchedHere = Date.now()), {
      capture: true,
      passive: true,
    }),
  );

  function idleOnStart() {
    const lastTouch = Math.max(touchedHere, Number(recall(TOUCH_KEY)) || 0);
    return (
      body.classList.contains("kiosk-start") &&
      data.kioskState !== "countdown" &&
      Date.now() - lastTouch >= idleMs
    );
  }

  function reloadWhenIdle(version) {
    // Once per version: if the page still shows the old one after a reload, don't loop.
    if (recall(RELOAD_KEY) === version) return;
    clearInterval(reloadTimer);
    const attempt = () => {
      if (!idleOnStart()) return;
      clearInterval(reloadTimer);
      remember(RELOAD_KEY, version);
      location.reload();
    };
    reloadTimer = setInterval(attempt, 1000);
    attempt();
  }

  showState();
  poll();
  setInterval(poll, pollSeconds * 1000);
})();
