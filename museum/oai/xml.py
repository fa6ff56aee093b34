"""The XML of an OAI-PMH response: namespaces, the envelope, datestamps, safe text."""

import re
from collections.abc import Mapping
from datetime import UTC, datetime

from lxml import etree

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{{{XSI_NS}}}schemaLocation"
SECONDS = "%Y-%m-%dT%H:%M:%SZ"

# XML 1.0 allows tab, newline, carriage return and these ranges; any other character (control
# characters above all) cannot be written at all, escaped or not, so it is left out.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """The text without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", str(value))


def oai(tag: str) -> str:
    return f"{{{OAI_NS}}}{tag}"


def datestamp(moment: datetime) -> str:
    """A UTC datestamp to the second: YYYY-MM-DDThh:mm:ssZ (naive datetimes are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(SECONDS)


def sub(parent: etree._Element, tag: str, text: object = None, **attributes: object):
    """Add a child element with text and attributes, both cleaned for XML."""
    element = etree.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def envelope(base_url: str, arguments: Mapping[str, str] | None) -> etree._Element:
    """The OAI-PMH root with responseDate and request; `arguments` None for a bare request."""
    root = etree.Element(oai("OAI-PMH"), nsmap={None: OAI_NS, "xsi": XSI_NS})
    root.set(SCHEMA_LOCATION, f"{OAI_NS} {OAI_SCHEMA}")
    sub(root, oai("responseDate"), datestamp(datetime.now(UTC)))
    sub(root, oai("request"), base_url, **(arguments or {}))
    return root


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
