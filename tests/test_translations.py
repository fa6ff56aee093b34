"""Every user-facing string goes through gettext, and every catalog translates every message.

1. Templates: with Jinja's comments, statements and expressions taken out, no text a visitor
   reads (text nodes, alt, title, placeholder, aria-label, submit inputs' values, meta
   descriptions)
   is left with a letter in it; nor is a string literal that an expression prints as it is.
2. Catalogs: the messages pybabel extracts (as `make translations` does) are all in each
   language's catalog, translated, not fuzzy, with the same placeholders.
3. The compiled .mo files say what their .po files say.
4. A visitor's page in another language is in it, with a small catalog made for the test;
   what machines read (JSON-LD, IIIF) stays English.
"""

import functools
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po
from flask import Flask
from jinja2 import nodes

from museum.i18n import LANGUAGE_NAMES, TRANSLATIONS_DIR
from tests.russian import app_speaking_russian

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
TRANSLATED = sorted(code for code in LANGUAGE_NAMES if code != "en")  # English is the source
HOLE = "\ue000"  # stands for what Jinja fills in: a private-use character, not a letter
BLOCK = "\ue001"  # around the name of a block, where it starts
BLOCK_MARK = re.compile(f"{BLOCK}([^{BLOCK}]*){BLOCK}")
LETTER = re.compile(r"[^\W\d_]")
TRANSLATABLE_ATTRIBUTES = {
    "alt",
    "title",
    "placeholder",
    "aria-label",
    "aria-description",
    "aria-placeholder",
    "aria-roledescription",
    "aria-valuetext",
    "label",
}
BUTTON_INPUTS = {"submit", "button", "reset"}
META_TEXT = {"description", "application-name", "apple-mobile-web-app-title"}

# Untranslated text the check tolerates for now, by template (path under templates/). Only for
# templates that are being converted at this moment: it is to be empty.
ALLOWED: dict[str, set[str]] = {}


# --- 1. templates -----------------------------------------------------------------------------


def untranslated(source: str, name: str = "<string>") -> list[str]:
    """The user-facing text of a template that does not go through gettext."""
    finder = _TextFinder()
    finder.feed(_without_jinja(source, name, _block_contexts()))
    finder.close()
    return finder.found


_ENV = jinja2.Environment(extensions=["jinja2.ext.i18n"])


def _without_jinja(source: str, name: str, contexts: dict[str, str]) -> str:
    """The template's HTML with comments and statements removed and each expression replaced by
    a HOLE, after any string literal it prints as it is. Left out: the text of {% trans %}
    blocks (a message) and, in a child template, that of blocks its parent places in an
    attribute's value (class names); blocks it places among a tag's attributes are put in a
    tag of their own. Each block's start is marked, for _block_contexts."""
    out: list[str] = []
    tag: list[str] = []
    blocks: list[str] = []
    in_trans = child = False
    for _line, kind, value in _ENV.lexer.tokeniter(source, name):
        block_context = contexts.get(blocks[-1]) if child and blocks else None
        shown = not in_trans and block_context != "value"
        if kind == "data":
            out.append(value if shown else "")
        elif kind in ("variable_begin", "block_begin"):
            tag = []
        elif kind == "variable_end":
            out.append(" ".join(_printed_literals("".join(tag))) + HOLE if shown else "")
        elif kind == "block_end":
            words = [*"".join(tag).split(), ""]
            if words[0] in ("trans", "endtrans"):
                in_trans = words[0] == "trans"
            elif words[0] == "extends":
                child = True
            elif words[0] == "block":
                blocks.append(words[1])
                opens_tag = child and contexts.get(words[1]) == "tag"
                out.append(f"{BLOCK}{words[1]}{BLOCK}" + ("<x " if opens_tag else ""))
            elif words[0] == "endblock":
                out.append(">" if block_context == "tag" else "")
                blocks.pop()
        elif kind not in ("comment_begin", "comment", "comment_end"):
            tag.append(value)
    return "".join(out)


@functools.cache
def _block_contexts() -> dict[str, str]:
    """The blocks templates place inside a start tag: "value" in an attribute's value, "tag"
    among the attributes."""
    contexts: dict[str, str] = {}
    for name in _template_names():
        finder = _TextFinder()
        finder.feed(_without_jinja((TEMPLATES / name).read_text(encoding="utf-8"), name, {}))
        finder.close()
        contexts |= finder.blocks
    return contexts


def _printed_literals(expression: str) -> list[str]:
    """String constants an expression prints unchanged: `"s"` in `"" if n == 1 else "s"`, not
    the arguments of calls, filters or subscripts (url_for("..."), _("..."), KINDS["..."])."""
    output = _ENV.parse("{{ " + expression + " }}").body[0]
    assert isinstance(output, nodes.Output)
    return [text for node in output.nodes for text in _literals(node)]


def _literals(node: nodes.Node) -> Iterator[str]:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, nodes.CondExpr):
        yield from _literals(node.expr1)
        if node.expr2 is not None:
            yield from _literals(node.expr2)
    elif isinstance(node, nodes.Concat):
        for part in node.nodes:
            yield from _literals(part)
    elif isinstance(node, nodes.Add):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, nodes.Mod):
        yield from _literals(node.left)
    elif isinstance(node, nodes.Filter) and node.node is not None:
        yield from _literals(node.node)


class _TextFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.blocks: dict[str, str] = {}
        self._raw_text = 0  # inside <script> or <style>: code, not text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._raw_text += 1
        values = dict(attrs)
        for name, value in attrs:
            if value is not None and _is_text(tag, name, values) and _has_words(value):
                self.found.append(f'<{tag} {name}="{_shown(value)}">')
        for block in BLOCK_MARK.findall(self.get_starttag_text() or ""):
            in_value = any(f"{BLOCK}{block}{BLOCK}" in (value or "") for _name, value in attrs)
            self.blocks[block] = "value" if in_value else "tag"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self._raw_text -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._raw_text = max(0, self._raw_text - 1)

    def handle_data(self, data: str) -> None:
        if not self._raw_text and _has_words(data):
            self.found.append(_shown(data))


def _is_text(tag: str, name: str, attrs: dict[str, str | None]) -> bool:
    if name in TRANSLATABLE_ATTRIBUTES:
        return True
    if name == "value":  # a <button>'s value is sent, not shown
        return tag == "input" and attrs.get("type") in BUTTON_INPUTS
    return name == "content" and tag == "meta" and attrs.get("name") in META_TEXT


def _has_words(text: str) -> bool:
    """A letter outside holes, addresses (/kiosk/) and abbreviations (CSV, PNG): a word."""
    words = BLOCK_MARK.sub(" ", text).replace(HOLE, " ").split()
    return any(
        LETTER.search(word) and not (word.startswith(("/", "http")) or word.isupper())
        for word in words
    )


def _shown(text: str) -> str:
    return " ".join(BLOCK_MARK.sub("", text).replace(HOLE, "{{…}}").split())


def _template_names() -> list[str]:
    return sorted(path.relative_to(TEMPLATES).as_posix() for path in TEMPLATES.rglob("*.html"))


@pytest.mark.parametrize("name", _template_names())
def test_every_template_text_goes_through_gettext(name):
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    left = [text for text in untranslated(source, name) if text not in ALLOWED.get(name, ())]
    assert not left, f"{name}: text outside gettext: {left}"


def test_the_template_check_finds_text_outside_gettext():
    source = """{# A comment with words #}
<p>Plain words</p>
<p>{{ count }} exhibit{{ "" if count == 1 else "s" }}</p>
<h1>{{ kind.plural if kind else "All exhibits" }}</h1>
<img src="{{ url_for('static', filename='a.png') }}" alt="A picture">
<nav aria-label="{{ _('Main') }}"><a class="{{ 'on' if here else 'off' }}" href="#">→</a></nav>
<input type="submit" value="Save"> <input type="text" name="q" value="query">
<meta name="description" content="About the museum">
<script>const words = "not text";</script>
<p>{{ _("Translated %(name)s", name=x) }} · {{ ngettext("%(num)s cup", "%(num)s cups", n) }}</p>
{% trans %}A whole sentence{% endtrans %}
"""
    assert untranslated(source) == [
        "Plain words",
        "{{…}} exhibit s{{…}}",
        "All exhibits{{…}}",
        '<img alt="A picture">',
        '<input value="Save">',
        '<meta content="About the museum">',
    ]


def test_the_template_check_reads_a_block_where_its_parent_puts_it():
    # base.html puts body_class in <body class="...">: class names there, not text.
    child = """{% extends "base.html" %}
{% block body_class %}gallery-page{% endblock %}
{% block content %}<p>Some words</p>{% endblock %}"""
    assert untranslated(child) == ["Some words"]


def test_the_allow_list_names_only_existing_templates():
    assert set(ALLOWED) <= set(_template_names())


# --- 2. catalogs ------------------------------------------------------------------------------


@functools.cache
def extracted() -> dict[str | tuple[str, ...], list[str]]:
    """Each message pybabel extracts from the code and the templates, with where it is, as
    `make translations` extracts them (babel.cfg and the Makefile's -k keywords)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8")
    keywords = {**DEFAULT_KEYWORDS, **parse_keywords(re.findall(r"-k (\S+)", recipe))}
    found: dict[str | tuple[str, ...], list[str]] = {}
    for filename, line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=keywords
    ):
        found.setdefault(message, []).append(f"{filename}:{line}")
    return found


def _catalog_path(code: str) -> Path:
    return TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po"


def test_extraction_finds_the_messages_of_templates_and_code():
    messages = extracted()
    assert "Skip to content" in messages  # a template
    assert ("%(num)s exhibit", "%(num)s exhibits") in messages  # a template's plural
    assert "There is no such page." in messages  # gettext in Python
    assert "Not Found" in messages  # lazy_gettext as _l
    assert "Photographer" in messages  # N_: English kept for machines, translated for people


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalog_translates_every_message(code):
    path = _catalog_path(code)
    assert path.exists(), f"no catalog for {LANGUAGE_NAMES[code]}: run make translations"
    with path.open("rb") as po:
        catalog = read_po(po, locale=code)
    problems = []
    for message_id, places in sorted(extracted().items(), key=lambda item: str(item[0])):
        singular = message_id[0] if isinstance(message_id, tuple) else message_id
        entry = catalog.get(singular)
        strings = () if entry is None else _strings(entry.string)
        if entry is None:
            problems.append(f"missing: {message_id!r} ({places[0]})")
        elif entry.fuzzy:
            problems.append(f"fuzzy: {message_id!r} ({places[0]})")
        elif not all(strings):
            problems.append(f"untranslated: {message_id!r} ({places[0]})")
        elif error := _format_error(message_id, strings, places):
            problems.append(f"{error}: {message_id!r} ({places[0]})")
    for entry, errors in catalog.check():
        problems += [f"{error}: {entry.id!r}" for error in errors]
    assert not problems, f"{path}:\n" + "\n".join(problems)


def _strings(string: str | tuple | list) -> tuple[str, ...]:
    return (string,) if isinstance(string, str) else tuple(string)


def _format_error(message_id: str | tuple, strings: tuple[str, ...], places: list[str]) -> str:
    """Why a translation would fail when formatted, or "". Jinja formats every message of a
    template (newstyle gettext), even one without placeholders: "100%" fails there."""
    names = set(re.findall(r"%\((\w+)\)", " ".join(_strings(message_id))))
    if not names and not any(place.startswith("templates/") for place in places):
        return ""  # Python's gettext formats only when given values
    values = dict.fromkeys(names | ({"num"} if isinstance(message_id, tuple) else set()), 1)
    for string in strings:
        try:
            string % values
        except (KeyError, ValueError, TypeError) as error:
            return f"cannot be formatted ({type(error).__name__}: {error})"
    return ""


# --- 3. compiled catalogs ---------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogs_are_up_to_date(code):
    po_path = _catalog_path(code)
    if not po_path.exists():
        pytest.skip(f"no {LANGUAGE_NAMES[code]} catalog yet")
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run make translations"
    with po_path.open("rb") as po:
        source = read_po(po, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, source, use_fuzzy=True)  # as `pybabel compile --use-fuzzy` does
    compiled.seek(0)
    with mo_path.open("rb") as mo:
        assert _translations(read_mo(mo)) == _translations(read_mo(compiled)), (
            f"{mo_path} is older than its .po: run make translations"
        )


def _translations(catalog: Catalog) -> dict:
    def hashable(text: str | list | tuple) -> str | tuple:
        return text if isinstance(text, str) else tuple(text)  # plurals come as lists

    return {(m.context, hashable(m.id)): hashable(m.string) for m in catalog if m.id}


# --- 4. the visitor's side in Russian ---------------------------------------------------------

RUSSIAN = {
    "Skip to content": "Перейти к содержанию",
    "Equipment": "Оборудование",
    "Maker": "Изготовитель",
    ("%(num)s exhibit", "%(num)s exhibits"): (
        "%(num)s экспонат",
        "%(num)s экспоната",
        "%(num)s экспонатов",
    ),
    "“%(text)s” is not a sort order: choose one of %(choices)s.": (
        "«%(text)s» — не порядок: выберите один из %(choices)s."
    ),
    "Your search was long, so only its start was used: “%(query)s”.": (
        "Запрос длинный, искали только его начало: «%(query)s»."
    ),
}


@pytest.fixture
def app(tmp_path, monkeypatch) -> Flask:
    return app_speaking_russian(tmp_path, monkeypatch, RUSSIAN)


def test_a_russian_exhibit_page_is_in_russian_and_tells_machines_in_english(client, make_exhibit):
    exhibit = make_exhibit("equipment")
    page = client.get(f"/ru/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "Перейти к содержанию" in page
    assert '<p class="eyebrow">Оборудование · 1936</p>' in page
    assert "<dt>Изготовитель</dt>" in page
    assert '"additionalType":"Equipment"' in page  # schema.org JSON-LD
    english = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert '<p class="eyebrow">Equipment · 1936</p>' in english and "<dt>Maker</dt>" in english
    manifest = client.get(f"/ru/iiif/{exhibit.accession_number}/manifest.json").get_json()
    # IIIF metadata labels come in every language, each under its own tag: machines pick.
    labels = [item["label"] for item in manifest["metadata"]]
    assert {"en": ["Maker"], "ru": ["Изготовитель"]} in labels


def test_the_russian_browse_page_counts_and_refuses_in_russian(client, make_exhibit):
    for _number in range(2):
        make_exhibit()
    page = client.get("/ru/exhibits/").get_data(as_text=True)
    assert '<p class="count-line">2 экспоната</p>' in page
    refused = client.get("/ru/exhibits/?sort=colour")
    assert refused.status_code == 400
    assert "«colour» — не порядок: выберите один из date, title, accession." in refused.get_data(
        as_text=True
    )


def test_the_long_query_notice_follows_each_visitors_language(client, make_exhibit):
    make_exhibit()
    query = " ".join(f"word{number}" for number in range(30))
    russian = client.get("/ru/search", query_string={"q": query}).get_data(as_text=True)
    english = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    short = client.get("/search", query_string={"q": query.rsplit(" ", 10)[0]})
    assert "Запрос длинный, искали только его начало: «word0 word1" in russian
    assert "Your search was long, so only its start was used: “word0 word1" in english
    assert "Your search was long" not in short.get_data(as_text=True)  # its start: not long
