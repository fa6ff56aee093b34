"""The kinds of exhibit and the fields each kind adds to the common ones."""

from dataclasses import dataclass


@dataclass(frozen=True)
class KindField:
    name: str
    label: str
    long: bool = False


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    plural: str
    fields: tuple[KindField, ...]


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "document",
            "Document",
            "Documents",
            (
                KindField("document_type", "Document type"),
                KindField("language", "Language"),
                KindField("issuer", "Issuer or author"),
                KindField("pages", "Pages"),
                KindField("transcription", "Transcription", long=True),
            ),
        ),
        Kind(
            "photograph",
            "Photograph",
            "Photographs",
            (
                KindField("photographer", "Photographer"),
                KindField("process", "Process or medium"),
                KindField("depicted", "People and places shown", long=True),
            ),
        ),
        Kind(
            "equipment",
            "Equipment",
            "Equipment",
            (
                KindField("maker", "Maker"),
                KindField("model_name", "Model"),
                KindField("serial_number", "Serial number"),
                KindField("purpose", "Use", long=True),
            ),
        ),
        Kind(
            "award",
            "Award",
            "Awards",
            (
                KindField("recipient", "Recipient"),
                KindField("event", "Event or competition"),
                KindField("sport", "Sport"),
                KindField("rank", "Place or rank"),
                KindField("awarded_by", "Awarded by"),
            ),
        ),
        Kind("ensemble", "Ensemble", "Ensembles", ()),
    )
}

KIND_FIELD_NAMES: frozenset[str] = frozenset(
    field.name for kind in KINDS.values() for field in kind.fields
)
