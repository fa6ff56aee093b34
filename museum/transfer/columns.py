"""What each column of an import becomes: our fields, Dublin Core terms and common synonyms.

Names are compared without case, spaces or punctuation (`Accession No.` is `accessionno`), and
a `dc:` or `dcterms:` prefix is ignored. A column nothing matches is kept in the notes as
"Column: value" lines, never dropped; a curator may also map any column by hand.

Texts in several languages come as one column per language: `title_ru`, `summary_tk`,
`image_1_caption_ru` (also `Title Russian`, `title (Русский)`). The museum's default language
is the field itself: `title_en` is `title` when English is the default.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from flask_babel import gettext as _

from museum.i18n import LANGUAGE_NAMES, N_
from museum.kinds import KINDS
from museum.models import Exhibit
from museum.transfer.errors import TransferError
from museum.translation import CONTENT_LANGUAGES, default_language, flat_name, other_languages

KEEP = "keep"  # the default for unknown columns: a "Column: value" line in the notes
SKIP = "skip"  # left out, by the curator's choice

COMMON_LABELS = {
    "accession_number": N_("Accession number"),
    "kind": N_("Kind"),
    "title": N_("Title"),
    "summary": N_("Summary"),
    "description": N_("Description"),
    "date_text": N_("Date"),
    "place": N_("Place"),
    "materials": N_("Materials"),
    "dimensions": N_("Dimensions"),
    "provenance": N_("Provenance"),
    "credit_line": N_("Credit line"),
    "rights": N_("Rights"),
    "location_hall": N_("Hall"),
    "location_case": N_("Case"),
    "featured": N_("Featured on the home page"),
    "notes": N_("Notes (curators only)"),
}
KIND_FIELDS = {field.name: (field, kind) for kind in KINDS.values() for field in kind.fields}
KIND_LABELS = {
    name: f"{field.label_en} ({kind.label_en.lower()})"
    for name, (field, kind) in KIND_FIELDS.items()
}
SPECIAL_LABELS = {
    "tags": N_("Tags (separated by ;)"),
    "images": N_("Image files (separated by ;)"),
    "alt_text": N_("Alt texts of the images"),
    "caption": N_("Captions of the images"),
    "decorative": N_("Images are decorative (yes/no)"),
    "parent": N_("Part of the ensemble (its accession number)"),
    "part_position": N_("Place among the ensemble's parts (1, 2, …)"),
    "status": N_("Status (draft, submitted, published)"),
    "slug": N_("Web address (new exhibits)"),
    "creator": N_("Creator: the kind's maker, issuer, photographer or recipient"),
    "format": N_("Format: dimensions or materials"),
}
KEEP_LABELS = {KEEP: N_("Keep in notes (“Column: value”)"), SKIP: N_("Leave out")}
# The labels are English, the key column names are matched against; target_label() and
# choices_for() translate them for the page.
TARGET_GROUPS = {
    N_("Not a field"): KEEP_LABELS,
    N_("Exhibit"): COMMON_LABELS,
    N_("Kind details"): KIND_LABELS,
    N_("Images, tags, ensembles, status"): SPECIAL_LABELS,
}
# Several columns may feed these; every other target takes one column.
MERGED = frozenset({"tags", "images", "notes", KEEP, SKIP})
OTHER_LANGUAGES = N_("Other languages")
LANGUAGE_LABEL = N_("%(field)s (%(language)s)")
# Texts that have a column per language: the exhibit's, and the images' (split on ";").
TRANSLATED_TARGETS = (*Exhibit.TRANSLATED, "alt_text", "caption")
IMAGE_TEXT_PARTS = ("_alt_text", "_caption")
# How a column may name a language after the field: its code, English or own name.
LANGUAGE_WORDS = {
    "en": ("en", "english", LANGUAGE_NAMES["en"]),
    "ru": ("ru", "russian", LANGUAGE_NAMES["ru"]),
    "tk": ("tk", "turkmen", LANGUAGE_NAMES["tk"]),
}

SYNONYMS = {
    # Dublin Core terms
    "identifier": "accession_number",
    "title": "title",
    "description": "description",
    "abstract": "summary",
    "date": "date_text",
    "created": "date_text",
    "creator": "creator",
    "subject": "tags",
    "type": "kind",
    "format": "format",
    "medium": "materials",
    "extent": "dimensions",
    "rights": "rights",
    "accessrights": "rights",
    "license": "rights",
    "licence": "rights",
    "coverage": "place",
    "spatial": "place",
    "provenance": "provenance",
    "ispartof": "parent",
    "language": "language",
    # common names in collection spreadsheets
    "objectid": "accession_number",
    "objectnumber": "accession_number",
    "accessionno": "accession_number",
    "accessionnumber": "accession_number",
    "inventorynumber": "accession_number",
    "inventoryno": "accession_number",
    "inventory": "accession_number",
    "inv": "accession_number",
    "invno": "accession_number",
    "invnr": "accession_number",
    "objectno": "accession_number",
    "catalognumber": "accession_number",
    "cataloguenumber": "accession_number",
    "objecttitle": "title",
    "datecreated": "date_text",
    "creationdate": "date_text",
    "dated": "date_text",
    "author": "creator",
    "artist": "creator",
    "keywords": "tags",
    "tag": "tags",
    "subjects": "tags",
    "material": "materials",
    "size": "dimensions",
    "creditline": "credit_line",
    "credit": "credit_line",
    "location": "place",
    "filename": "images",
    "filenames": "images",
    "file": "images",
    "files": "images",
    "image": "images",
    "imagefile": "images",
    "imagefiles": "images",
    "photo": "images",
    "photos": "images",
    "alt": "alt_text",
    "alttext": "alt_text",
    "imagealt": "alt_text",
    "imagealttext": "alt_text",
    "alternativetext": "alt_text",
    "captions": "caption",
    "imagecaption": "caption",
    "parentid": "parent",
    "parent": "parent",
    "partof": "parent",
    "parentaccessionnumber": "parent",
    "ensemble": "parent",
    "partnumber": "part_position",
    "webaddress": "slug",
    "note": "notes",
    "remarks": "notes",
    "comments": "notes",
    "curatornotes": "notes",
    # the report of rejected rows, when its download is fixed and imported again
    "importproblems": SKIP,
    "importrow": SKIP,
}
NUMBERED = re.compile(
    r"^(?:image|img|photo|file)(\d{1,3})"
    r"(file|filename|name|alt|alttext|caption|decorative)?$"
)
NUMBERED_PART = {
    None: "",
    "file": "",
    "filename": "",
    "name": "",
    "alt": "_alt_text",
    "alttext": "_alt_text",
    "caption": "_caption",
    "decorative": "_decorative",
}
NUMBERED_TARGET = re.compile(r"^image_(\d{1,3})(_alt_text|_caption|_decorative)?$")
NUMBERED_LANGUAGE = re.compile(
    r"^(?:image|img|photo)(\d{1,3})(alt|alttext|caption)(" + "|".join(CONTENT_LANGUAGES) + ")$"
)
NUMBERED_TRANSLATION = re.compile(r"^image_(\d{1,3})(_alt_text|_caption)_([a-z]{2,3})$")
NUMBERED_LABELS = {
    "": N_("Image %(number)s: file"),
    "_alt_text": N_("Image %(number)s: alt text"),
    "_caption": N_("Image %(number)s: caption"),
    "_decorative": N_("Image %(number)s: decorative (yes/no)"),
}


@dataclass(frozen=True)
class Column:
    """One column of the file and what it becomes."""

    index: int
    header: str
    target: str
    by_hand: bool = False
    note: str = ""  # why the target is not what the name suggests

    @property
    def label(self) -> str:
        """What the column becomes, in the page's language."""
        return target_label(self.target)


def normalize(name: str) -> str:
    """`Accession No.` → `accessionno`; `dcterms:isPartOf` → `ispartof`."""
    folded = name.replace("\ufeff", "").strip().casefold()
    folded = re.sub(r"^(?:dc|dcterms|dct)[:.]", "", folded)
    return re.sub(r"[\W_]+", "", folded)


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for labels in (COMMON_LABELS, KIND_LABELS, SPECIAL_LABELS):
        for target, label in labels.items():
            names.setdefault(normalize(target), target)
            names.setdefault(normalize(label.split(" (")[0]), target)
    for field in (field for kind in KINDS.values() for field in kind.fields):
        names.setdefault(normalize(field.label_en), field.name)
    return names | SYNONYMS


KNOWN = _names()
# `titleru`, `titlerussian`, `titleрусский` → ("title", "ru")
TRANSLATION_NAMES = {
    normalize(field + word): (field, language)
    for field in TRANSLATED_TARGETS
    for language in CONTENT_LANGUAGES
    for word in LANGUAGE_WORDS.get(language, (language,))
}


def language_target(field: str, language: str) -> str:
    """The target of a field's text in a language: the field itself for the default one."""
    return field if language == default_language() else flat_name(field, language)


def translation_of(target: str) -> tuple[str, str] | None:
    """The target a text in another language than the default belongs to, and the language:
    `title_ru` → ("title", "ru"), `image_1_caption_tk` → ("image_1_caption", "tk")."""
    field, _sep, language = target.rpartition("_")
    if language not in other_languages():
        return None
    if field in TRANSLATED_TARGETS or NUMBERED_TRANSLATION.match(target):
        return field, language
    return None


def translation_targets() -> list[str]:
    """`title_ru`, `title_tk`, `summary_ru`...: every text in every other language."""
    return [flat_name(field, code) for field in TRANSLATED_TARGETS for code in other_languages()]


def auto_target(header: str) -> str:
    """What a column named so becomes, or KEEP (the notes) when nothing matches."""
    name = normalize(header)
    if name in KNOWN:
        return KNOWN[name]
    if name in TRANSLATION_NAMES:
        return language_target(*TRANSLATION_NAMES[name])
    in_language = NUMBERED_LANGUAGE.match(name)
    if in_language:
        part = NUMBERED_PART[in_language[2]]
        return language_target(f"image_{int(in_language[1])}{part}", in_language[3])
    numbered = NUMBERED.match(name)
    if numbered:
        return f"image_{int(numbered[1])}{NUMBERED_PART[numbered[2]]}"
    return KEEP


def target_label(target: str) -> str:
    """What a target is called in the page's language (the target itself when unknown)."""
    if target in KIND_FIELDS:
        field, kind = KIND_FIELDS[target]
        return _("%(field)s (%(kind)s)", field=field.label, kind=kind.label.lower())
    for labels in TARGET_GROUPS.values():
        if target in labels:
            return _(labels[target])
    numbered = NUMBERED_TARGET.match(target)
    if numbered:
        return _(NUMBERED_LABELS[numbered[2] or ""], number=numbered[1])
    translation = translation_of(target)
    if translation:
        field, language = translation
        # A kind's field without its kind: "Transcription (Русский)"
        label = KIND_FIELDS[field][0].label if field in KIND_FIELDS else target_label(field)
        return _(LANGUAGE_LABEL, field=label, language=LANGUAGE_NAMES[language])
    return target


def is_target(target: str) -> bool:
    known = any(target in labels for labels in TARGET_GROUPS.values())
    numbered = NUMBERED_TARGET.match(target) is not None
    return known or numbered or translation_of(target) is not None


def map_columns(headers: Sequence[str], by_hand: Mapping[int, str] | None = None) -> list[Column]:
    """Each column's target: the curator's choice, else the automatic one. A second column
    for a target that takes one is kept in the notes, and the preview says why."""
    by_hand = by_hand or {}
    taken: dict[str, str] = {}
    columns = []
    for index, header in enumerate(headers):
        target = by_hand.get(index) or auto_target(header)
        note = ""
        if target not in MERGED and target in taken:
            note = _(
                "%(field)s already comes from “%(column)s”.",
                field=target_label(target),
                column=taken[target],
            )
            target = KEEP
        taken.setdefault(target, header)
        columns.append(Column(index, header, target, index in by_hand, note))
    return columns


def hand_mapping(headers: Sequence[str], options: Iterable[str]) -> dict[int, str]:
    """`--map COLUMN=FIELD` options as column indexes and targets; bad ones are refused."""
    mapping: dict[int, str] = {}
    for option in options:
        column, sep, field = option.rpartition("=")
        if not sep or not column.strip():
            raise TransferError(
                _(
                    "--map %(option)s: write it as COLUMN=FIELD, e.g. ObjectID=accession_number.",
                    option=option,
                )
            )
        mapping[column_index(headers, column)] = resolve_target(field)
    return mapping


def column_index(headers: Sequence[str], name: str) -> int:
    for index, header in enumerate(headers):
        if header == name:
            return index
    for index, header in enumerate(headers):
        if normalize(header) == normalize(name):
            return index
    raise TransferError(
        _(
            "No column “%(name)s” in the file; its columns are: %(columns)s.",
            name=name,
            columns=", ".join(headers),
        )
    )


def resolve_target(text: str) -> str:
    """A target named by its name (`date_text`), label (`Date`) or synonym (`dc:date`)."""
    wanted = text.strip()
    if is_target(wanted):
        return wanted
    name = normalize(wanted)
    if name in ("notes", "keep", "keepinnotes"):
        return {"notes": "notes"}.get(name, KEEP)
    if name in ("skip", "ignore", "leaveout", "none"):
        return SKIP
    target = auto_target(wanted)
    if target == KEEP:
        choices = ", ".join(
            [*COMMON_LABELS, *KIND_LABELS, *SPECIAL_LABELS, *translation_targets(), KEEP, SKIP]
        )
        raise TransferError(
            _("Unknown field “%(field)s”; use one of: %(choices)s.", field=text, choices=choices)
        )
    return target


def choices_for(column: Column) -> list[tuple[str, list[tuple[str, str]]]]:
    """The options of a column's select, grouped, with its numbered image target if any."""
    groups = [
        (_(group), [(target, target_label(target)) for target in labels])
        for group, labels in TARGET_GROUPS.items()
    ]
    translations = translation_targets()
    if translations:
        groups.append(
            (_(OTHER_LANGUAGES), [(target, target_label(target)) for target in translations])
        )
    auto = auto_target(column.header)
    extra = {
        target
        for target in (column.target, auto)
        if NUMBERED_TARGET.match(target) or NUMBERED_TRANSLATION.match(target)
    }
    if extra:
        numbered = [(target, target_label(target)) for target in sorted(extra)]
        groups.append((_("Numbered image columns"), numbered))
    return groups
