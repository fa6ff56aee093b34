"""The sitemaps.org schema for tests, with a minimal schema of Google's hreflang alternates.

sitemap.xsd lets other namespaces in through a strict wildcard, so every xhtml:link needs a
declaration: this one allows exactly what Google reads (rel="alternate", an hreflang code or
x-default, an href) and nothing else. It is written by the test, next to nothing committed.
"""

from pathlib import Path

from lxml import etree

SITEMAP_XSD = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sitemap.xsd"
XSD_NS = "http://www.w3.org/2001/XMLSchema"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XHTML_LINK_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="{XSD_NS}" targetNamespace="{XHTML_NS}" elementFormDefault="qualified">
  <xsd:element name="link">
    <xsd:complexType>
      <xsd:attribute name="rel" use="required">
        <xsd:simpleType>
          <xsd:restriction base="xsd:string"><xsd:enumeration value="alternate"/></xsd:restriction>
        </xsd:simpleType>
      </xsd:attribute>
      <xsd:attribute name="hreflang" use="required">
        <xsd:simpleType>
          <xsd:restriction base="xsd:string">
            <xsd:pattern value="x-default|[a-z]{{2,3}}(-[A-Za-z0-9]{{1,8}})*"/>
          </xsd:restriction>
        </xsd:simpleType>
      </xsd:attribute>
      <xsd:attribute name="href" type="xsd:anyURI" use="required"/>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>
"""


def sitemap_schema(folder: Path) -> etree.XMLSchema:
    """sitemap.xsd importing the xhtml:link schema (written into `folder`)."""
    link = folder / "xhtml-link.xsd"
    link.write_text(XHTML_LINK_XSD, encoding="utf-8")
    tree = etree.parse(str(SITEMAP_XSD))
    imported = etree.Element(
        f"{{{XSD_NS}}}import", namespace=XHTML_NS, schemaLocation=link.as_uri()
    )
    tree.getroot().insert(0, imported)
    return etree.XMLSchema(tree)
