// The kiosk on-screen keyboard: types into the search box without the OS keyboard.
// Keys are real buttons; pressing one does not take the focus from the search box (the
// pointerdown is cancelled), so the caret stays at the end of what is typed.
(function () {
  "use strict";
  // The words shown come from the page (#kiosk-words, in the page's language); the English
  // ones here are only for a page without them.
  const words = (function () {
    const element = document.getElementById("kiosk-words");
    try {
      return element ? JSON.parse(element.textContent) || {} : {};
    } catch {
      return {};
    }
  })();
  const say = (key, english) => (typeof words[key] === "string" ? words[key] : english);
  // Each language's name in itself.
  const NAMES = words.languages || { en: "English", ru: "Русский", tk: "Türkmençe" };
  const LAYOUTS = {
    en: ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
    ru: ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"],
    tk: ["äwertýuiopňö", "asdfghjklşž", "züçybnm"],
  };
  const DIGITS = "1234567890";
  const MAX_CHARS = 200;

  const board = document.querySelector(".kiosk-keyboard[data-languages]");
  const input = document.getElementById("kiosk-q");
  if (!board || !input) return;
  const form = input.form;
  const languages = board.dataset.languages.split(",").filter((code) => code in LAYOUTS);
  if (!languages.length) languages.push("en");

  function key(text, label, action, className) {
    const made = document.createElement("button");
    made.type = "button";
    made.className = "kiosk-key" + (className ? " " + className : "");
    made.textContent = text;
    if (label) made.setAttribute("aria-label", label);
    made.dataset.action = action;
    return made;
  }

  function row(keys, className) {
    const made = document.createElement("div");
    made.className = "kiosk-key-row" + (className ? " " + className : "");
    made.append(...keys);
    return made;
  }

  function letterRows(code) {
    const layout = document.createElement("div");
    layout.className = "kiosk-layout";
    layout.lang = code;
    layout.dataset.layout = code;
    for (const letters of LAYOUTS[code]) {
      layout.append(row([...letters].map((letter) => key(letter, "", "type"))));
    }
    return layout;
  }

  function switcher() {
    const group = document.createElement("div");
    group.className = "kiosk-key-row kiosk-layouts";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", say("keyboardLanguage", "Keyboard language"));
    for (const code of languages) {
      const choice = key(NAMES[code], "", "layout", "kiosk-layout-choice");
      choice.lang = code;
      choice.dataset.layout = code;
      group.append(choice);
    }
    return group;
  }

  function build() {
    const enter = say("enter", "Enter");
    const panel = document.createElement("div");
    panel.className = "kiosk-keys";
    if (languages.length > 1) panel.append(switcher());
    panel.append(row([...DIGITS].map((digit) => key(digit, "", "type"))));
    for (const code of languages) panel.append(letterRows(code));
    panel.append(
      row(
        [
          key(say("clear", "Clear"), say("clearAll", "Clear all"), "clear", "kiosk-key-wide"),
          key(say("space", "Space"), "", "space", "kiosk-key-space"),
          key("⌫", say("backspace", "Backspace"), "backspace", "kiosk-key-wide"),
          key(enter + " ⏎", enter, "enter", "kiosk-key-wide kiosk-key-enter"),
        ],
        "kiosk-key-row-bottom",
      ),
    );
    return panel;
  }

  function showLayout(code) {
    for (const layout of board.querySelectorAll(".kiosk-layout")) {
      layout.hidden = layout.dataset.layout !== code;
    }
    for (const choice of board.querySelectorAll(".kiosk-layout-choice")) {
      choice.setAttribute("aria-pressed", String(choice.dataset.layout === code));
    }
  }

  // A results page reopens with the layout the words were typed in; an empty box starts with
  // the page's language (the Russian layout on a /ru/ page).
  function layoutFor(text) {
    if (/[а-яё]/i.test(text) && languages.includes("ru")) return "ru";
    if (/[çäžňöşüý]/i.test(text) && languages.includes("tk")) return "tk";
    const lang = document.documentElement.lang;
    const page = languages.includes(lang) ? lang : languages[0];
    if (/[a-z]/i.test(text) && page === "ru" && languages.includes("en")) return "en";
    return page;
  }

  function caretToEnd() {
    const end = input.value.length;
    input.setSelectionRange(end, end);
  }

  function setValue(value) {
    input.value = value.slice(0, MAX_CHARS);
    caretToEnd();
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function press(button) {
    const action = button.dataset.action;
    if (action === "type") setValue(input.value + button.textContent);
    else if (action === "space") setValue(input.value.endsWith(" ") ? input.value : input.value + " ");
    else if (action === "backspace") setValue([...input.value].slice(0, -1).join(""));
    else if (action === "clear") setValue("");
    else if (action === "layout") showLayout(button.dataset.layout);
    else if (action === "enter") form.requestSubmit();
  }

  function expand() {
    board.classList.remove("is-collapsed");
    if (opener) opener.hidden = true;
  }

  let opener = null;
  board.append(build());
  showLayout(layoutFor(input.value));
  // With results below, the keyboard folds away so they show; tapping the box brings it back.
  if (document.querySelector(".kiosk-results")) {
    const label = say("showKeyboard", "Show the keyboard");
    opener = key(label, "", "expand", "kiosk-key-wide kiosk-keyboard-open");
    board.prepend(opener);
    board.classList.add("is-collapsed");
  } else if (document.activeElement === document.body) {
    input.focus({ preventScroll: true });
  }
  caretToEnd();

  board.addEventListener("pointerdown", (event) => {
    if (event.target.closest("button")) event.preventDefault();
  });
  board.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button !== opener) press(button);
    else {
      expand();
      input.focus({ preventScroll: true });
    }
  });
  for (const name of ["focus", "click", "select"]) {
    input.addEventListener(name, () => requestAnimationFrame(caretToEnd));
  }
  input.addEventListener("focus", expand);
})();
