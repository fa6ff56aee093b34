// The kiosk: touch-only navigation, idle countdown and reset, the attract loop.
//
// Navigation replaces the page (location.replace), so the browser history never grows; a short
// trail in sessionStorage gives Back its target. The moment of the last touch is kept in
// sessionStorage too, so the idle clock runs on across pages and the reset's navigation.
// document.body.dataset.kioskState is "active", "countdown" or "attract"; a "kiosk:state" event
// tells other scripts of a change and "kiosk:reset" asks them to drop their state.
//
// The kiosk speaks the languages its profile offers, each under its own root (/kiosk/,
// /ru/kiosk/, /tk/kiosk/ in data-kiosk-roots); a reset goes back to the start in the kiosk's
// home language (data-start-url), whichever language the visitor chose.
(function () {
  "use strict";
  const body = document.body;
  if (!body || !body.classList.contains("kiosk")) return;

  const TRAIL_KEY = "kiosk.trail";
  const TOUCH_KEY = "kiosk.lastTouch";
  const RESET_KEY = "kiosk.resetFor";
  const TRAIL_MAX = 20;
  const SLIDE_MS = 8000;
  const CLOSE_AFTER_MS = 400;
  const LINKS = "a[href], a[*|href], area[href]";
  const XLINK = "http://www.w3.org/1999/xlink";

  const startUrl = new URL(body.dataset.startUrl || "/kiosk/", location.href);
  const roots = (body.dataset.kioskRoots || "").split(" ").filter(Boolean);
  roots.push(fallbackRoot(startUrl.pathname));
  roots.sort((a, b) => b.length - a.length); // the longest match wins: /ru/kiosk/ over /kiosk/
  const startRest = startUrl.pathname.slice(rootOf(startUrl.pathname).length); // "main/"
  const onStart = body.classList.contains("kiosk-start");
  const inHomeLanguage = rootOf(location.pathname) === rootOf(startUrl.pathname);
  const idleMs = seconds("idleSeconds", 90);
  const warningMs = seconds("warningSeconds", 10);
  const attractMs = seconds("attractSeconds", 180);

  const countdown = document.querySelector(".kiosk-countdown");
  const countdownSeconds = countdown && countdown.querySelector(".kiosk-countdown-seconds");
  const stayButton = countdown && countdown.querySelector(".kiosk-stay");
  const countdownHome = countdown && countdown.parentNode;
  const countdownNext = countdown && countdown.nextSibling;
  const attract = onStart ? document.querySelector(".kiosk-attract") : null;
  const slides = attract ? Array.from(attract.querySelectorAll("figure.kiosk-slide")) : [];
  const pauseButton = attract && attract.querySelector(".kiosk-attract-pause");

  let state = "active";
  let timer = 0;
  let waitingFor = null; // what the idle timer is set for: "idle", "attract" or null
  let slideTimer = 0;
  let slideIndex = -1;
  let paused = false;
  let closing = null; // an overlay fading out, kept under the finger until its touch ends
  let closeTimer = 0;
  let ignoreScrollUntil = 0;
  let savedAt = 0;
  let returnFocus = null;
  let lastTouch = Number(load(TOUCH_KEY)) || 0;
  let resetFor = Number(load(RESET_KEY)) || 0;

  function fallbackRoot(path) {
    const at = path.indexOf("/kiosk/");
    return at >= 0 ? path.slice(0, at + "/kiosk/".length) : "/kiosk/";
  }

  // The kiosk root (in one of its languages) a path is under, or null outside the kiosk.
  function rootOf(path) {
    return roots.find((root) => path.startsWith(root)) || null;
  }

  function isStart(url) {
    const root = rootOf(url.pathname);
    return Boolean(root) && !url.search && url.pathname === root + startRest;
  }

  function seconds(name, fallback) {
    const value = Number(body.dataset[name]);
    return (Number.isFinite(value) && value > 0 ? value : fallback) * 1000;
  }

  function load(key) {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function store(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Storage refused: the kiosk still works within each page.
    }
  }

  // --- links: stay inside the kiosk, replace instead of push ---------------------------------

  function kioskUrl(raw) {
    if (raw === null || raw === undefined) return null;
    let url;
    try {
      url = new URL(raw, location.href);
    } catch {
      return null;
    }
    return url.origin === location.origin && rootOf(url.pathname) ? url : null;
  }

  function hrefOf(link) {
    return link.getAttribute("href") ?? link.getAttributeNS(XLINK, "href");
  }

  function unlink(link) {
    if (link.namespaceURI !== "http://www.w3.org/1999/xhtml" || link.localName !== "a") {
      link.removeAttribute("href");
      link.removeAttributeNS(XLINK, "href");
      return;
    }
    const text = document.createElement("span");
    text.className = "kiosk-unlinked";
    text.append(...link.childNodes);
    link.replaceWith(text);
  }

  function neutralise(root) {
    const links = root.matches(LINKS) ? [root] : [];
    links.push(...root.querySelectorAll(LINKS));
    for (const link of links) {
      if (!kioskUrl(hrefOf(link))) unlink(link);
    }
  }

  function watchLinks() {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          if (record.target.isConnected && record.target.matches(LINKS)) neutralise(record.target);
          continue;
        }
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && node.isConnected) neutralise(node);
        }
      }
    });
    observer.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: ["href"] });
  }

  function readTrail() {
    try {
      const trail = JSON.parse(load(TRAIL_KEY) || "[]");
      return Array.isArray(trail) ? trail.slice(-TRAIL_MAX) : [];
    } catch {
      return [];
    }
  }

  function writeTrail(trail) {
    store(TRAIL_KEY, trail.length ? JSON.stringify(trail.slice(-TRAIL_MAX)) : null);
  }

  function go(url) {
    const here = location.pathname + location.search;
    const target = url.pathname + url.search;
    const trail = readTrail();
    if (isStart(url)) trail.length = 0;
    else if (trail[trail.length - 1] === target) trail.pop();
    else if (target !== here) trail.push(here);
    writeTrail(trail);
    saveTouch();
    location.replace(url.href);
  }

  function goBack() {
    const trail = readTrail();
    const target = trail.pop();
    writeTrail(trail);
    saveTouch();
    location.replace(target ? new URL(target, location.href).href : startUrl.href);
  }

  // The same page in another language: the trail follows, so Back stays in that language.
  function switchLanguage(url) {
    const root = rootOf(url.pathname);
    const moved = (path) => {
      const from = rootOf(path);
      return from ? root + path.slice(from.length) : path;
    };
    writeTrail(readTrail().map(moved));
    saveTouch();
    location.replace(url.href);
  }

  function onClick(event) {
    if (event.defaultPrevented || !(event.target instanceof Element)) return;
    const link = event.target.closest(LINKS);
    if (!link) return;
    event.preventDefault();
    if (link.classList.contains("kiosk-back")) return goBack();
    const url = kioskUrl(hrefOf(link));
    if (url && link.classList.contains("kiosk-language")) switchLanguage(url);
    else if (url) go(url);
  }

  function onSubmit(event) {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    const url = kioskUrl(form.getAttribute("action") ?? location.href);
    if (url && form.method !== "get") return; // none on the kiosk today; let it post
    event.preventDefault();
    if (!url) return;
    url.search = new URLSearchParams(new FormData(form, event.submitter)).toString();
    go(url);
  }

  // --- the idle clock --------------------------------------------------------------------------

  function saveTouch() {
    savedAt = lastTouch;
    store(TOUCH_KEY, String(lastTouch));
  }

  function markTouch(often) {
    lastTouch = Date.now();
    // Scrolling fires every frame: its moment is saved at most once a second (and on leaving).
    if (!often || lastTouch - savedAt > 1000) saveTouch();
    if (state === "active" && waitingFor !== "idle") schedule();
  }

  function onPauseControl(event) {
    if (!pauseButton || !(event.target instanceof Node) || !pauseButton.contains(event.target)) {
      return false;
    }
    if (event.type !== "keydown") return true;
    if (event.key === "Tab") event.preventDefault(); // the only control: focus stays on it
    return ["Enter", " ", "Tab"].includes(event.key);
  }

  function onInput(event) {
    if (state === "attract" && onPauseControl(event)) return;
    if (event.type === "pointerdown") finishClose();
    const wasResting = state !== "active";
    markTouch(event.type === "wheel");
    if (!wasResting) return;
    if (event.type === "keydown") event.preventDefault(); // the key only wakes the kiosk
    wake(event.type === "pointerdown" || event.type === "touchstart");
  }

  // The touch that wakes the kiosk does only that. Its overlay fades at once but stays in
  // place until the touch ends, so that the tap's click lands on it and not on a tile below.
  function onTouchEnd() {
    if (!closing) return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(finishClose, CLOSE_AFTER_MS);
  }

  function onClickCapture(event) {
    if (closing) {
      event.preventDefault();
      event.stopPropagation();
      finishClose();
      return;
    }
    // A click with no touch before it: an assistive technology pressing "I'm still here".
    const overlay = overlayOf(state);
    if (!overlay || (pauseButton && pauseButton.contains(event.target))) return;
    event.preventDefault();
    event.stopPropagation();
    markTouch(false);
    wake(false);
  }

  function onScroll() {
    if (state === "active" && performance.now() >= ignoreScrollUntil) markTouch(true);
  }

  function setState(next) {
    state = next;
    body.dataset.kioskState = next;
    document.dispatchEvent(new CustomEvent("kiosk:state", { detail: { state: next } }));
  }

  function schedule() {
    clearTimeout(timer);
    timer = 0;
    waitingFor = null;
    if (state !== "active") return;
    const elapsed = Date.now() - lastTouch;
    if (resetFor !== lastTouch) {
      if (elapsed >= idleMs) return startCountdown();
      waitingFor = "idle";
      timer = setTimeout(schedule, idleMs - elapsed);
    } else if (slides.length) {
      if (elapsed >= attractMs) return startAttract();
      waitingFor = "attract";
      timer = setTimeout(schedule, attractMs - elapsed);
    }
  }

  function overlayOf(name) {
    if (name === "countdown") return countdown;
    return name === "attract" ? attract : null;
  }

  function wake(byTouch) {
    const overlay = overlayOf(state);
    if (state === "countdown") stopCountdown();
    else if (state === "attract") stopAttract();
    setState("active");
    schedule();
    if (!overlay) return;
    if (!byTouch) return hideOverlay(overlay);
    closing = overlay;
    overlay.classList.add("is-closing");
  }

  function finishClose() {
    clearTimeout(closeTimer);
    closeTimer = 0;
    const overlay = closing;
    closing = null;
    if (overlay) hideOverlay(overlay);
  }

  function hideOverlay(overlay) {
    overlay.hidden = true;
    overlay.classList.remove("is-closing");
    if (overlay === countdown) returnCountdown();
    giveFocusBack();
  }

  function holdFocus(target) {
    returnFocus = document.activeElement;
    if (target) target.focus({ preventScroll: true });
  }

  function giveFocusBack() {
    if (returnFocus && returnFocus !== body && returnFocus.isConnected) {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  // --- countdown and reset ---------------------------------------------------------------------

  function startCountdown() {
    if (!countdown) return reset();
    setState("countdown");
    // A modal dialog (the image viewer) sits in the top layer, above any z-index: show the
    // countdown inside it so that it is seen.
    const modal = Array.from(document.querySelectorAll("dialog[open]")).findLast((dialog) =>
      dialog.matches(":modal"),
    );
    finishClose();
    if (modal) modal.append(countdown);
    countdown.hidden = false;
    holdFocus(stayButton);
    tickCountdown();
  }

  function tickCountdown() {
    const left = lastTouch + idleMs + warningMs - Date.now();
    if (left <= 0) return reset();
    if (countdownSeconds) countdownSeconds.textContent = String(Math.ceil(left / 1000));
    timer = setTimeout(tickCountdown, left % 1000 || 1000);
  }

  function stopCountdown() {
    clearTimeout(timer);
    timer = 0;
  }

  function returnCountdown() {
    if (countdown.parentNode === countdownHome) return;
    const next = countdownNext && countdownNext.parentNode === countdownHome ? countdownNext : null;
    countdownHome.insertBefore(countdown, next);
  }

  function reset() {
    clearTimeout(timer);
    timer = 0;
    document.dispatchEvent(new CustomEvent("kiosk:reset"));
    writeTrail([]);
    for (const field of document.querySelectorAll("input:not([type=hidden]), textarea")) {
      field.value = "";
    }
    resetFor = lastTouch;
    store(RESET_KEY, String(resetFor));
    saveTouch();
    if (!onStart || location.search || !inHomeLanguage) {
      location.replace(startUrl.href);
      return;
    }
    if (countdown && !countdown.hidden) hideOverlay(countdown);
    for (const dialog of document.querySelectorAll("dialog[open]")) dialog.close();
    toTop();
    setState("active");
    schedule();
  }

  function toTop() {
    if (window.scrollX === 0 && window.scrollY === 0) return;
    ignoreScrollUntil = performance.now() + 500;
    window.scrollTo({ top: 0, left: 0, behavior: "instant" });
  }

  // --- the attract loop ------------------------------------------------------------------------

  function startAttract() {
    setState("attract");
    toTop();
    finishClose();
    for (const slide of slides) slide.classList.remove("is-current", "is-leaving");
    attract.hidden = false;
    setPaused(false);
    holdFocus(pauseButton);
    showSlide((slideIndex + 1) % slides.length);
  }

  function stopAttract() {
    clearTimeout(slideTimer);
    slideTimer = 0;
  }

  function imageFor(slide) {
    if (!slide || slide.querySelector("img")) return;
    const image = document.createElement("img");
    image.alt = slide.dataset.alt || "";
    if (slide.dataset.altLang) image.lang = slide.dataset.altLang;
    image.decoding = "async";
    image.src = slide.dataset.src;
    slide.prepend(image);
  }

  function showSlide(index) {
    const previous = slides[slideIndex];
    const slide = slides[index];
    for (const each of slides) each.classList.remove("is-leaving");
    if (previous && previous !== slide && previous.classList.contains("is-current")) {
      previous.classList.replace("is-current", "is-leaving"); // keeps moving while it fades
    }
    slideIndex = index;
    imageFor(slide);
    slide.classList.add("is-current");
    imageFor(slides[(index + 1) % slides.length]); // loaded before its turn
    clearTimeout(slideTimer);
    slideTimer = paused ? 0 : setTimeout(nextSlide, SLIDE_MS);
  }

  function nextSlide() {
    if (state === "attract") showSlide((slideIndex + 1) % slides.length);
  }

  function setPaused(value) {
    paused = value;
    attract.classList.toggle("is-paused", paused);
    if (pauseButton) pauseButton.setAttribute("aria-pressed", String(paused));
    clearTimeout(slideTimer);
    slideTimer = paused || state !== "attract" ? 0 : setTimeout(nextSlide, SLIDE_MS);
  }

  // --- set up ----------------------------------------------------------------------------------

  function startClock() {
    const now = Date.now();
    if (!lastTouch || lastTouch > now) {
      lastTouch = now;
      saveTouch();
      // A kiosk just switched on at its start screen has nothing to reset.
      if (onStart && inHomeLanguage) {
        resetFor = now;
        store(RESET_KEY, String(now));
      }
    }
    savedAt = lastTouch;
    if (onStart) writeTrail([]); // the start is where every trail begins
    setState("active");
    schedule();
  }

  function listen() {
    const passive = { passive: true, capture: true };
    for (const type of ["pointerdown", "touchstart", "wheel"]) {
      window.addEventListener(type, onInput, passive);
    }
    window.addEventListener("keydown", onInput, true);
    window.addEventListener("scroll", onScroll, { passive: true });
    for (const type of ["pointerup", "pointercancel", "touchend", "touchcancel"]) {
      window.addEventListener(type, onTouchEnd, passive);
    }
    window.addEventListener("click", onClickCapture, true);
    window.addEventListener("pagehide", saveTouch);
    document.addEventListener("click", onClick);
    document.addEventListener("auxclick", (event) => event.preventDefault());
    document.addEventListener("submit", onSubmit);
    document.addEventListener("contextmenu", (event) => event.preventDefault());
    document.addEventListener("dragstart", (event) => event.preventDefault());
    if (pauseButton) pauseButton.addEventListener("click", () => setPaused(!paused));
  }

  // Each picture's average colour shows until it loads (as placeholders.js on the public site:
  // the Content-Security-Policy refuses style attributes, not element.style).
  function showPlaceholders() {
    document.querySelectorAll("img[data-color]").forEach((img) => {
      img.style.backgroundColor = img.dataset.color;
    });
  }

  if ("scrollRestoration" in history) history.scrollRestoration = "manual";
  showPlaceholders();
  neutralise(body);
  watchLinks();
  listen();
  startClock();
  performance.mark("kiosk-ready");
})();
