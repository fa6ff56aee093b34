"""The kinds of exhibit and the fields each kind adds to the common ones.

Labels are kept in English (`label_en`, `plural_en`) for what machines read: JSON-LD, IIIF,
OAI-PMH, the API's schema, CSV headers. Visitors and curators read `label` and `plural`, lazy
translations into the language of the page.
"""

from dataclasses import dataclass

from flask_babel import LazyString, lazy_gettext

from museum.i18n import N_


@dataclass(frozen=True)
class KindField:
    name: str
    label_en: str
    long: bool = False

    @property
    def label(self) -> LazyString:
        return lazy_gettext(self.label_en)


@dataclass(frozen=True)
class Kind:
    name: str
    label_en: str
    plural_en: str
    fields: tuple[KindField, ...]

    @property
    def label(self) -> LazyString:
        return lazy_gettext(self.label_en)

    @property
    def plural(self) -> LazyString:
        return lazy_gettext(self.plural_en)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "document",
            N_("Document"),
            N_("Documents"),
            (
                KindField("document_type", N_("Document type")),
                KindField("language", N_("Language")),
                KindField("issuer", N_("Issuer or author")),
                KindField("pages", N_("Pages")),
                KindField("transcription", N_("Transcription"), long=True),
            ),
        ),
        Kind(
            "photograph",
            N_("Photograph"),
            N_("Photographs"),
            (
                KindField("photographer", N_("Photographer")),
                KindField("process", N_("Process or medium")),
                KindField("depicted", N_("People and places shown"), long=True),
            ),
        ),
        Kind(
            "equipment",
            N_("Equipment"),
            N_("Equipment"),
            (
                KindField("maker", N_("Maker")),
                KindField("model_name", N_("Model")),
                KindField("serial_number", N_("Serial number")),
                KindField("purpose", N_("Use"), long=True),
            ),
        ),
        Kind(
            "award",
            N_("Award"),
            N_("Awards"),
            (
                KindField("recipient", N_("Recipient")),
                KindField("event", N_("Event or competition")),
                KindField("sport", N_("Sport")),
                KindField("rank", N_("Place or rank")),
                KindField("awarded_by", N_("Awarded by")),
            ),
        ),
        Kind("ensemble", N_("Ensemble"), N_("Ensembles"), ()),
    )
}

KIND_FIELD_NAMES: frozenset[str] = frozenset(
    field.name for kind in KINDS.values() for field in kind.fields
)
