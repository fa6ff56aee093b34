"""An exhibit as simple Dublin Core (oai_dc), the format every OAI-PMH repository offers.

Texts curators translate (titles, summaries, descriptions) come once per language that has
them, each marked with xml:lang; the other elements are not language-tagged."""

from collections.abc import Iterator, Mapping

from flask import current_app
from lxml import etree, html

from museum.kinds import KINDS
from museum.linked_data import CREATOR_FIELDS, exhibit_url
from museum.models import Exhibit
from museum.oai.xml import SCHEMA_LOCATION, XSI_NS, sub
from museum.render import markdown
from museum.translation import languages_of

PREFIX = "oai_dc"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NS = "http://purl.org/dc/elements/1.1/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The DCMI Type Vocabulary's term for each kind of exhibit.
DCMI_TYPES = {
    "document": "Text",
    "photograph": "StillImage",
    "equipment": "PhysicalObject",
    "award": "PhysicalObject",
    "ensemble": "PhysicalObject",
}


# (element name, text) or (element name, text, language)
DcElement = tuple[str, str] | tuple[str, str, str]


def dc_element(pairs: list[DcElement]) -> etree._Element:
    """An oai_dc:dc element holding the given elements, with xml:lang when a language is given;
    empty texts are left out."""
    root = etree.Element(
        f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS}
    )
    root.set(SCHEMA_LOCATION, f"{OAI_DC_NS} {OAI_DC_SCHEMA}")
    for name, text, *language in pairs:
        if text and text.strip():
            element = sub(root, f"{{{DC_NS}}}{name}", text.strip())
            if language:
                element.set(XML_LANG, language[0])
    return root


def in_languages(name: str, texts: Mapping[str, str]) -> Iterator[DcElement]:
    """One element per language: {"en": ..., "ru": ...} → (name, text, language)."""
    for language, text in texts.items():
        yield name, text, language


def exhibit_dc(exhibit: Exhibit) -> etree._Element:
    return dc_element(list(_pairs(exhibit)))


def plain_text(markdown_text: str) -> str:
    """Curators' Markdown as the plain text a reader would see."""
    rendered = str(markdown(markdown_text)).strip()
    if not rendered:
        return ""
    return html.fragment_fromstring(rendered, create_parent="div").text_content().strip()


def _pairs(exhibit: Exhibit) -> Iterator[DcElement]:
    yield from in_languages("title", languages_of(exhibit, "title"))
    creator = CREATOR_FIELDS.get(exhibit.kind)
    if creator:
        yield "creator", getattr(exhibit, creator)
    for tag in exhibit.tags:
        yield "subject", tag.name
    yield from in_languages("description", languages_of(exhibit, "summary"))
    descriptions = languages_of(exhibit, "description")
    yield from in_languages("description", {k: plain_text(v) for k, v in descriptions.items()})
    yield "publisher", current_app.config["SITE_NAME"]
    yield "date", exhibit.date_text
    yield "type", KINDS[exhibit.kind].label_en
    yield "type", DCMI_TYPES[exhibit.kind]
    yield from _formats(exhibit)
    yield "identifier", exhibit_url(exhibit)
    yield "identifier", exhibit.accession_number
    if exhibit.kind == "document":
        yield "language", exhibit.language
    yield from _relations(exhibit)
    yield "coverage", exhibit.place
    yield "rights", exhibit.rights


def _formats(exhibit: Exhibit) -> Iterator[DcElement]:
    if exhibit.kind == "photograph":
        yield "format", exhibit.process
    if exhibit.kind == "document" and exhibit.pages:
        yield "format", f"{exhibit.pages} pages" if exhibit.pages != 1 else "1 page"
    yield "format", exhibit.materials
    yield "format", exhibit.dimensions


def _relations(exhibit: Exhibit) -> Iterator[DcElement]:
    """The ensemble an exhibit is a part of, and an ensemble's parts: published ones only."""
    if exhibit.parent is not None and exhibit.parent.is_published:
        yield "relation", exhibit_url(exhibit.parent)
    for part in exhibit.parts:
        if part.is_published:
            yield "relation", exhibit_url(part)
