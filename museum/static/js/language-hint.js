// On a page in the museum's default language, offer the page in the language the browser
// prefers, when the museum has it. A hint, never a redirect; "No, thanks" is remembered in
// this browser only (localStorage: the site sets no cookie for it).
(function () {
  'use strict';
  const hint = document.querySelector('.language-hint');
  if (!hint || localStorage.getItem('museum.languageHint') === 'no') return;
  const offered = new Map(
    [...hint.querySelectorAll('a[data-language]')].map(link => [link.dataset.language, link]));
  for (const wanted of navigator.languages || [navigator.language]) {
    const code = wanted.slice(0, 2).toLowerCase();
    if (code === hint.dataset.defaultLanguage) return;  // the page is already in it
    const link = offered.get(code);
    if (link) {
      link.hidden = false;
      hint.hidden = false;
      break;
    }
  }
  hint.querySelector('.language-hint-close').addEventListener('click', () => {
    localStorage.setItem('museum.languageHint', 'no');
    hint.hidden = true;
  });
})();
