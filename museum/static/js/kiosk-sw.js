// The kiosk service worker: keeps the kiosk pages, pictures and assets for offline use.
// One cache per version of the catalog and assets ("kiosk-<version>"), filled from a profile's
// offline manifest when a page asks for it ("kiosk-warm" message); older caches go once the
// new one is complete. Pages come from the cache first, so a kiosk shows one version at a time.
//
// Each language's pages have a worker of their own (/ru/kiosk/sw.js?language=ru, scoped to
// /ru/kiosk/: a scope cannot span /kiosk/ and /ru/kiosk/ short of the whole site), but they
// share one copy: the manifest lists every language's pages, and the assets and pictures once
// at their bare addresses, where a worker looks up what its /ru/... pages load.
(function () {
  "use strict";
  const PREFIX = "kiosk-";
  const CONCURRENCY = 4;
  const scope = new URL(self.registration.scope);
  const language = new URL(self.location.href).searchParams.get("language") || "";
  const languageTail = "/" + language + "/kiosk/";
  // The bare kiosk root (/kiosk/) and the site's root with this worker's language (/ru/).
  const home =
    language && scope.pathname.endsWith(languageTail)
      ? new URL(scope.pathname.slice(0, -languageTail.length) + "/kiosk/", scope)
      : scope;
  const siteRoot = home.pathname.slice(0, -"kiosk/".length);
  const languageRoot = home === scope ? null : siteRoot + language + "/";
  // The list of manifests a cache holds in full, kept in the cache itself: a worker that the
  // browser stopped and restarted knows which copies are complete without any other storage.
  const MARK = new URL("offline-copy.json", home).href;
  const NEVER = new Set([new URL("version", scope).pathname, self.location.pathname]);
  const warming = new Map(); // cache name + manifest -> the fill in progress

  self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));
  self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

  self.addEventListener("message", (event) => {
    const data = event.data || {};
    if (data.type !== "kiosk-warm" || !data.manifest) return;
    const answer = (reply) => event.source && event.source.postMessage(reply);
    event.waitUntil(warm(new URL(data.manifest, scope).href, data.version).then(answer));
  });

  // --- warming ----------------------------------------------------------------------------

  async function warm(manifest, version) {
    try {
      if (version && (await isComplete(PREFIX + version, manifest))) {
        return { type: "kiosk-warm", ok: true, version: version };
      }
      const response = await fetch(manifest, { cache: "no-store" });
      if (!response.ok) throw new Error("manifest " + response.status);
      const list = await response.json();
      const name = PREFIX + list.version;
      if (!(await isComplete(name, manifest))) {
        const key = name + " " + manifest;
        if (!warming.has(key)) {
          warming.set(key, fill(name, manifest, list).finally(() => warming.delete(key)));
        }
        await warming.get(key);
      }
      await prune();
      return { type: "kiosk-warm", ok: true, version: list.version };
    } catch (error) {
      return { type: "kiosk-warm", ok: false, error: String(error) };
    }
  }

  async function fill(name, manifest, list) {
    const cache = await caches.open(name);
    const required = (list.pages || []).concat(list.assets || []);
    // Pages and assets must all be reached: a network gone mid-way leaves the copy unfinished
    // (and the old one in use). A page that answers an error is only left out.
    await pool(required, (url) => store(cache, url, { cache: "no-cache" }));
    // Pictures are named by their content: one kept under an older version is the same file.
    await pool(list.images || [], (url) => store(cache, url, {}, true).catch(() => null));
    await mark(cache, { manifest: manifest, offline: new URL(list.offline, scope).href });
  }

  async function store(cache, url, options, reuse) {
    if (await cache.match(url)) return;
    const kept = reuse ? await caches.match(url) : null;
    if (kept) return cache.put(url, kept);
    const response = await fetch(url, options);
    if (response.ok && !response.redirected && response.type === "basic") {
      await cache.put(url, response);
    }
  }

  async function pool(urls, work) {
    const queue = urls.slice();
    const worker = async () => {
      while (queue.length) await work(queue.shift());
    };
    const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker);
    await Promise.all(workers);
  }

  async function marks(cache) {
    const response = await cache.match(MARK);
    return response ? response.json() : [];
  }

  async function mark(cache, entry) {
    const entries = (await marks(cache)).filter((old) => old.manifest !== entry.manifest);
    const body = JSON.stringify(entries.concat([entry]));
    await cache.put(MARK, new Response(body, { headers: { "Content-Type": "application/json" } }));
  }

  async function isComplete(name, manifest) {
    if (!(await caches.has(name))) return false;
    const entries = await marks(await caches.open(name));
    return entries.some((entry) => entry.manifest === manifest);
  }

  async function kioskCaches() {
    return (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  }

  // Keep the newest complete copy; drop the ones made before it (unless still being filled).
  async function prune() {
    const names = await kioskCaches();
    let newest = -1;
    for (let index = 0; index < names.length; index += 1) {
      const entries = await marks(await caches.open(names[index]));
      if (entries.length) newest = index;
    }
    const busy = new Set(Array.from(warming.keys(), (key) => key.split(" ")[0]));
    const old = names.slice(0, Math.max(newest, 0)).filter((name) => !busy.has(name));
    await Promise.all(old.map((name) => caches.delete(name)));
  }

  // --- answering --------------------------------------------------------------------------

  self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || request.headers.has("range")) return;
    const url = new URL(request.url);
    if (url.origin !== scope.origin || NEVER.has(url.pathname)) return;
    if (url.pathname.startsWith(scope.pathname) && url.pathname.endsWith("/offline.json")) return;
    const searching = url.pathname.startsWith(scope.pathname) && url.pathname.endsWith("/search");
    event.respondWith(searching ? networkFirst(request) : cacheFirst(request));
  });

  // Where the copy keeps what this request asks for: /ru/static/x is /static/x (the same file),
  // but /ru/kiosk/... pages are pages of their own.
  function keyOf(request) {
    const url = new URL(request.url);
    const path = url.pathname;
    if (!languageRoot || !path.startsWith(languageRoot) || path.startsWith(scope.pathname)) {
      return request;
    }
    return new URL(siteRoot + path.slice(languageRoot.length) + url.search, url).href;
  }

  async function cacheFirst(request) {
    const cached = await caches.match(keyOf(request), { ignoreVary: true });
    if (cached) return cached;
    return fromNetwork(request, () => unreachable(request));
  }

  async function networkFirst(request) {
    return fromNetwork(request, async () => {
      const cached = await caches.match(keyOf(request), { ignoreVary: true });
      return cached || unreachable(request);
    });
  }

  async function fromNetwork(request, otherwise) {
    let response;
    try {
      response = await fetch(request);
    } catch (error) {
      return otherwise();
    }
    const gateway = response.status >= 502 && response.status <= 504;
    if (gateway && request.mode === "navigate") return otherwise();
    if (response.ok && response.type === "basic" && !response.redirected) {
      await keep(request, response.clone());
    }
    return response;
  }

  // A page seen while online goes into the newest copy, so that it is there offline too.
  async function keep(request, response) {
    const names = await kioskCaches();
    if (!names.length) return;
    try {
      await (await caches.open(names[names.length - 1])).put(keyOf(request), response);
    } catch (error) {
      // Storage full or the copy was just replaced: the page was shown, that is what matters.
    }
  }

  // Without network and without a copy: the kiosk's own "not available" page for navigations,
  // so the browser never shows its error page; a plain network error for anything else.
  async function unreachable(request) {
    if (request.mode !== "navigate") return Response.error();
    const page = await fallbackPage(new URL(request.url));
    return page || Response.error();
  }

  async function fallbackPage(url) {
    const profile = url.pathname.slice(scope.pathname.length).split("/")[0];
    const candidates = profile ? [new URL(profile + "/offline", scope).href] : [];
    for (const name of (await kioskCaches()).reverse()) {
      const entries = await marks(await caches.open(name));
      candidates.push(...entries.map((entry) => entry.offline));
    }
    for (const candidate of candidates) {
      const page = await caches.match(candidate, { ignoreVary: true });
      if (page) return page;
    }
    return null;
  }
})();
