"""Checking each row of an import and turning it into fields, tags, images and a parent.

A row with any problem is not imported; every problem is told with the row's number. Values
of columns no field holds become "Column: value" lines of the notes.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from slugify import slugify
from sqlalchemy import select

from museum import db
from museum.catalog import EXHIBIT_FIELDS
from museum.dates import parse_date
from museum.kinds import KIND_FIELD_NAMES, KINDS
from museum.models import Exhibit, Image, Status
from museum.transfer.columns import (
    KEEP,
    NUMBERED_TARGET,
    NUMBERED_TRANSLATION,
    SKIP,
    Column,
    normalize,
    target_label,
    translation_of,
    translation_targets,
)
from museum.transfer.images import ImageSource
from museum.transfer.reading import Record
from museum.translation import Translations, merged

CREATOR_FIELDS = {
    "document": "issuer",
    "photograph": "photographer",
    "equipment": "maker",
    "award": "recipient",
}
DCMI_TYPES = {
    "text": "document",
    "stillimage": "photograph",
    "image": "photograph",
    "movingimage": "photograph",
    "physicalobject": "equipment",
    "collection": "ensemble",
}
KIND_NAMES = {
    normalize(name): kind.name
    for kind in KINDS.values()
    for name in (kind.name, kind.label_en, kind.plural_en)
} | DCMI_TYPES
STATUSES = {
    "draft": Status.DRAFT,
    "submitted": Status.SUBMITTED,
    "submittedforreview": Status.SUBMITTED,
    "published": Status.PUBLISHED,
}
YES = {"yes", "y", "true", "1", "x", "on"}
NO = {"no", "n", "false", "0", "", "off"}
DIMENSIONS = re.compile(r"\d\s*(?:cm|mm|m|in|inch|inches|ft|″|\"|')(?:\W|$)|\d\s*[x×]\s*\d", re.I)
HEX_RUN = re.compile(r"[0-9a-f]{12,64}")
IMAGE_TEXTS = ("alt_text", "caption", "decorative")
IMAGE_TEXT_LIMIT = 500
LENGTHS = {
    column.name: column.type.length
    for column in Exhibit.__table__.columns
    if getattr(column.type, "length", None)
}
FIELD_NAMES = {  # as the "too long" problem names them
    "accession_number": _l("Accession number"),
    "kind": _l("Kind"),
    "title": _l("Title"),
    "date_text": _l("Date text"),
    "place": _l("Place"),
    "materials": _l("Materials"),
    "dimensions": _l("Dimensions"),
    "credit_line": _l("Credit line"),
    "rights": _l("Rights"),
    "location_hall": _l("Location hall"),
    "location_case": _l("Location case"),
}
KIND_FIELD_LABELS = {field.name: field.label for kind in KINDS.values() for field in kind.fields}
DATE_EXAMPLES = _l("e.g. 1936, ca. 1930, 1950s, 1914–1918, early 20th century")


@dataclass(frozen=True)
class ExistingImage:
    id: int
    filename: str
    sha256: str
    alt_text: str
    caption: str
    decorative: bool
    translations: Translations = field(default_factory=dict)


@dataclass(frozen=True)
class Existing:
    """An exhibit of the catalog a row names (to update, or as a parent)."""

    id: int
    accession_number: str
    kind: str
    title: str
    status: str
    in_trash: bool
    images: tuple[ExistingImage, ...] = ()


@dataclass
class ImageSpec:
    """One image of a row: a file to add, or one the exhibit has (`existing_id`)."""

    name: str
    alt_text: str | None = None  # None: the file does not say (an image kept keeps its own)
    caption: str | None = None
    decorative: bool | None = None
    # Texts in other languages the file gives ("" removes one); after _fill_texts, all of them.
    translations: Translations = field(default_factory=dict)
    found: str | None = None  # its name in the folder or ZIP
    existing_id: int | None = None


@dataclass
class RowPlan:
    number: int
    cells: list[str]
    accession_number: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    tags: list[str] | None = None
    images: list[ImageSpec] | None = None
    parent: str | None = None
    part_position: int | None = None
    slug: str = ""
    status: str | None = None
    notes_lines: list[str] = field(default_factory=list)
    existing: Existing | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def kind(self) -> str | None:
        return self.fields.get("kind") or (self.existing.kind if self.existing else None)


@dataclass(frozen=True)
class Options:
    update: bool = False  # rows whose accession number the catalog has change that exhibit
    keep_unread_dates: bool = False  # import dates parse_date cannot read, as text


@dataclass
class _Cells:
    """A row's values sorted by what they become."""

    singles: dict[str, tuple[str, str]] = field(default_factory=dict)  # target: (header, value)
    tags: list[str] | None = None
    files: list[str] | None = None
    numbered: dict[int, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    notes: list[str] | None = None
    lines: list[str] = field(default_factory=list)


def plan_rows(
    records: Sequence[Record],
    columns: Sequence[Column],
    images: ImageSource | None,
    options: Options,
) -> list[RowPlan]:
    """Every row checked and turned into what the catalog writes, problems included."""
    wanted = {_accession(record, columns) for record in records}
    wanted |= {_parent(record, columns) for record in records}
    existing = load_existing(name for name in wanted if name)
    plans = [plan_row(record, columns, images, options, existing) for record in records]
    check_across(plans, existing)
    return plans


def plan_row(
    record: Record,
    columns: Sequence[Column],
    images: ImageSource | None,
    options: Options,
    existing: dict[str, Existing],
) -> RowPlan:
    plan = RowPlan(record.number, record.cells)
    cells = _sort_cells(record, columns, plan)
    plan.accession_number = cells.singles.get("accession_number", ("", ""))[1]
    plan.existing = existing.get(plan.accession_number)
    _check_identity(plan, options)
    _set_kind(plan, cells)
    _set_fields(plan, cells, options)
    _set_links(plan, cells)
    _set_images(plan, cells, images)
    plan.tags = cells.tags
    plan.notes_lines = cells.lines
    if cells.notes is not None:
        plan.fields["notes"] = "\n".join(part for part in cells.notes if part)
    _check_lengths(plan)
    return plan


def check_across(plans: list[RowPlan], existing: dict[str, Existing]) -> None:
    """Problems between rows: one accession number twice, a part whose ensemble is missing."""
    rows_by_number: dict[str, list[RowPlan]] = defaultdict(list)
    for plan in plans:
        if plan.accession_number:  # as the catalog compares them: 1999.4.1 is not 1999.41
            rows_by_number[plan.accession_number].append(plan)
    for same in rows_by_number.values():
        if len(same) > 1:
            numbers = ", ".join(str(plan.number) for plan in same)
            for plan in same:
                plan.problems.append(
                    _(
                        "Accession number %(number)s is on more than one row (rows %(rows)s): "
                        "none of them is imported.",
                        number=plan.accession_number,
                        rows=numbers,
                    )
                )
    _check_parents(plans, existing)


def load_existing(accession_numbers: Iterable[str]) -> dict[str, Existing]:
    """The catalog's exhibits with these accession numbers (and their images)."""
    numbers = list(dict.fromkeys(accession_numbers))
    found: dict[str, Existing] = {}
    with db.factory()() as session:
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            rows = session.execute(
                select(
                    Exhibit.id,
                    Exhibit.accession_number,
                    Exhibit.kind,
                    Exhibit.title,
                    Exhibit.status,
                    Exhibit.deleted_at,
                ).where(Exhibit.accession_number.in_(chunk))
            ).all()
            pictures = _images_of(session, [row.id for row in rows])
            for row in rows:
                found[row.accession_number] = Existing(
                    row.id,
                    row.accession_number,
                    row.kind,
                    row.title,
                    row.status,
                    row.deleted_at is not None,
                    tuple(pictures.get(row.id, ())),
                )
    return found


def parse_kind(value: str) -> str | None:
    """Our kind names and labels, and the DCMI types (as words or URIs)."""
    word = value.strip().rstrip("/").rsplit("/", 1)[-1]
    return KIND_NAMES.get(normalize(word))


def parse_yes_no(value: str) -> bool | None:
    word = value.strip().casefold()
    return True if word in YES else False if word in NO else None


def split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


# --- one row ---------------------------------------------------------------------------------


def _sort_cells(record: Record, columns: Sequence[Column], plan: RowPlan) -> _Cells:
    cells = _Cells()
    extra = record.cells[len(columns) :]
    if any(extra):
        plan.problems.append(
            _(
                "The row has %(cells)s cells but the header names %(columns)s columns: "
                "is there a separator inside a value without quotes around it?",
                cells=len(record.cells),
                columns=len(columns),
            )
        )
    for column in columns:
        value = record.cells[column.index] if column.index < len(record.cells) else ""
        _sort_cell(cells, column, value)
    return cells


def _sort_cell(cells: _Cells, column: Column, value: str) -> None:
    target = column.target
    numbered = NUMBERED_TARGET.match(target) or NUMBERED_TRANSLATION.match(target)
    if target == SKIP:
        return
    if target == KEEP:
        if value:
            cells.lines.append(f"{column.header}: {value}")
    elif target == "tags":
        cells.tags = (cells.tags or []) + split_list(value)
    elif target == "images":
        cells.files = (cells.files or []) + split_list(value)
    elif target == "notes":
        cells.notes = (cells.notes or []) + [value]
    elif numbered:
        part = target.removeprefix(f"image_{numbered[1]}") or "file"  # _caption, _caption_ru
        cells.numbered[int(numbered[1])][part] = value
    else:
        cells.singles[target] = (column.header, value)


def _check_identity(plan: RowPlan, options: Options) -> None:
    if not plan.accession_number:
        plan.problems.append(_("Accession number is missing."))
        return
    if plan.existing is None:
        return
    if not options.update:
        plan.problems.append(
            _(
                "Accession number %(number)s is already in the catalog (“%(title)s”); to "
                "change that exhibit, import with “update existing exhibits” (--update).",
                number=plan.accession_number,
                title=plan.existing.title,
            )
        )
    elif plan.existing.in_trash:
        plan.problems.append(
            _(
                "%(number)s is in the trash: restore it before updating it.",
                number=plan.accession_number,
            )
        )


def _set_kind(plan: RowPlan, cells: _Cells) -> None:
    _header, value = cells.singles.pop("kind", ("", None))
    if value:
        kind = parse_kind(value)
        if kind is None:
            plan.problems.append(
                _(
                    "Unknown kind “%(kind)s”: use %(kinds)s (or the Dublin Core types "
                    "Text, StillImage, PhysicalObject, Collection).",
                    kind=value,
                    kinds=", ".join(KINDS),
                )
            )
        else:
            plan.fields["kind"] = kind
    elif plan.existing is None or value is not None:
        plan.problems.append(_("Kind is missing."))


def _set_fields(plan: RowPlan, cells: _Cells, options: Options) -> None:
    kind = plan.kind
    own_fields = {f.name for f in KINDS[kind].fields} if kind in KINDS else KIND_FIELD_NAMES
    for target, (header, value) in cells.singles.items():
        translation = translation_of(target)
        field_name = translation[0] if translation else target
        if field_name in KIND_FIELD_NAMES and field_name not in own_fields:
            if value:
                cells.lines.append(f"{header}: {value}")
        elif field_name in EXHIBIT_FIELDS and target != "notes":
            plan.fields[target] = value
    for target in ("creator", "format"):  # into a field the row leaves empty, else the notes
        header, value = cells.singles.get(target, ("", ""))
        name = _creator_field(kind) if target == "creator" else _format_field(value)
        if value and name and not plan.fields.get(name):
            plan.fields[name] = value
        elif value:
            cells.lines.append(f"{header}: {value}")
    _check_values(plan, options)


def _creator_field(kind: str | None) -> str | None:
    return CREATOR_FIELDS.get(kind or "")


def _format_field(value: str) -> str:
    return "dimensions" if DIMENSIONS.search(value) else "materials"


def _check_values(plan: RowPlan, options: Options) -> None:
    fields = plan.fields
    new = plan.existing is None
    if (new or "title" in fields) and not fields.get("title"):
        plan.problems.append(_("Title is missing."))
    date = fields.get("date_text", "")
    if date and parse_date(date) is None and not options.keep_unread_dates:
        plan.problems.append(
            _(
                "Date “%(date)s” is not understood (%(examples)s); to keep such dates as text, "
                "import with “keep dates not understood” (--keep-unread-dates).",
                date=date,
                examples=DATE_EXAMPLES,
            )
        )
    if "featured" in fields:
        featured = parse_yes_no(fields["featured"])
        if featured is None:
            plan.problems.append(
                _("Featured must be yes or no, not “%(value)s”.", value=fields["featured"])
            )
        fields["featured"] = bool(featured)
    pages = fields.get("pages", "")
    if pages and not (pages.isdigit() and len(pages) < 7):
        plan.problems.append(_("Pages must be a whole number, not “%(value)s”.", value=pages))


def _set_links(plan: RowPlan, cells: _Cells) -> None:
    singles = cells.singles
    if "parent" in singles:
        parent = singles["parent"][1]
        plan.parent = parent if parent or plan.existing else None
        if parent and parent == plan.accession_number:
            plan.problems.append(_("An exhibit cannot be a part of itself."))
    position = singles.get("part_position", ("", ""))[1]
    if position:
        if position.isdigit() and 0 < int(position) < 100_000:
            plan.part_position = int(position)
        else:
            plan.problems.append(
                _("The place among the parts must be 1, 2, 3…, not “%(value)s”.", value=position)
            )
    status = singles.get("status", ("", ""))[1]
    if status:
        plan.status = STATUSES.get(normalize(status))
        if plan.status is None:
            plan.problems.append(
                _("Status must be draft, submitted or published, not “%(value)s”.", value=status)
            )
    plan.slug = singles.get("slug", ("", ""))[1]
    if plan.slug and slugify(plan.slug) != plan.slug:
        plan.problems.append(
            _(
                "Web address “%(slug)s” may hold only small letters, digits and dashes.",
                slug=plan.slug,
            )
        )


def _set_images(plan: RowPlan, cells: _Cells, source: ImageSource | None) -> None:
    specs = _image_specs(plan, cells)
    if specs is None:
        return
    existing = {image.id: image for image in plan.existing.images} if plan.existing else {}
    published = (plan.status or (plan.existing.status if plan.existing else None)) == "published"
    for number, spec in enumerate(specs, start=1):
        if spec.name and spec.existing_id is None:
            _find_file(plan, spec, source)
        _fill_texts(spec, existing.get(spec.existing_id or 0))
        if published and not spec.alt_text and not spec.decorative:
            plan.problems.append(
                _(
                    "Image %(number)s has no alt text: a published exhibit needs one for every "
                    "image (or the image marked decorative).",
                    number=number,
                )
            )
    plan.images = specs


def _image_specs(plan: RowPlan, cells: _Cells) -> list[ImageSpec] | None:
    """The row's images in order, or None when the file says nothing about images."""
    names = [
        *IMAGE_TEXTS,
        *(t for t in translation_targets() if translation_of(t)[0] in IMAGE_TEXTS),
    ]
    texts = {name: cells.singles.get(name) for name in names}
    has_files = cells.files is not None or any("file" in n for n in cells.numbered.values())
    if not has_files and not any(texts.values()) and not cells.numbered:
        return None
    if has_files:
        specs = [ImageSpec(name) for name in cells.files or []]
    elif plan.existing is not None:  # texts only: they change the images the exhibit has
        specs = [ImageSpec("", existing_id=image.id) for image in plan.existing.images]
    else:
        given = [value for _header, value in filter(None, texts.values())]
        given += [value for numbered in cells.numbered.values() for value in numbered.values()]
        if any(given):
            plan.problems.append(_("Alt texts or captions are given, but no image file."))
        return None
    _apply_texts(plan, specs, texts)
    _add_numbered(plan, specs, cells.numbered, has_files)
    return specs


def _apply_texts(plan: RowPlan, specs: list[ImageSpec], texts: dict) -> None:
    for name, given in texts.items():
        if given is None or not specs:
            continue
        header, value = given
        parts = [value] if len(specs) == 1 else [p.strip() for p in value.split(";")]
        if value and len(parts) != len(specs):
            plan.problems.append(
                _(
                    "%(column)s: %(values)s values for %(images)s images; separate them "
                    "with ; in the order of the files.",
                    column=header,
                    values=len(parts),
                    images=len(specs),
                )
            )
            continue
        for spec, part in zip(specs, parts if value else [""] * len(specs), strict=True):
            _set_text(plan, spec, name, part, header)


def _add_numbered(
    plan: RowPlan, specs: list[ImageSpec], numbered: dict[int, dict[str, str]], has_files: bool
) -> None:
    for number in sorted(numbered):
        given = numbered[number]
        if has_files:
            if not given.get("file"):
                continue
            spec = ImageSpec(given["file"])
            specs.append(spec)
        elif number <= len(specs):
            spec = specs[number - 1]
        else:
            if any(given.values()):
                plan.problems.append(
                    _("Image %(number)s: the exhibit has no such image.", number=number)
                )
            continue
        for part, value in given.items():
            if part.startswith(("_alt_text", "_caption")):  # _caption_ru too
                name = part.removeprefix("_")
                _set_text(plan, spec, name, value, f"Image {number} {name}")
        if "_decorative" in given:
            header = _("Image %(number)s", number=number)
            _set_text(plan, spec, "decorative", given["_decorative"], header)


def _set_text(plan: RowPlan, spec: ImageSpec, name: str, value: str, header: str) -> None:
    translation = translation_of(name)
    if translation:
        field_name, language = translation
        spec.translations.setdefault(language, {})[field_name] = value
        return
    if name != "decorative":
        setattr(spec, name, value)
        return
    decorative = parse_yes_no(value)
    if decorative is None:
        plan.problems.append(
            _(
                "%(column)s: decorative must be yes or no, not “%(value)s”.",
                column=header,
                value=value,
            )
        )
    spec.decorative = bool(decorative)


def _fill_texts(spec: ImageSpec, image: ExistingImage | None) -> None:
    """What the file does not say: the kept image's own texts, else nothing."""
    spec.alt_text = spec.alt_text if spec.alt_text is not None else image.alt_text if image else ""
    spec.caption = spec.caption if spec.caption is not None else image.caption if image else ""
    if spec.decorative is None:
        spec.decorative = image.decorative if image else False
    spec.translations = merged(image.translations if image else {}, spec.translations)


def _find_file(plan: RowPlan, spec: ImageSpec, source: ImageSource | None) -> None:
    spec.found = source.find(spec.name) if source else None
    if spec.found is not None:
        return
    known = _known_image(plan.existing, spec.name)
    if known is not None:  # an update naming an image the exhibit has: keep that one
        spec.existing_id = known.id
        return
    if source is None:
        message = _(
            "Image file “%(name)s” is not in the import: no folder or ZIP of images was given.",
            name=spec.name,
        )
    else:
        message = source.not_found(spec.name)
    plan.problems.append(message)


def _known_image(existing: Existing | None, name: str) -> ExistingImage | None:
    """An image of the exhibit with this file name, or the name an export gave it."""
    if existing is None:
        return None
    base = name.replace("\\", "/").rsplit("/", 1)[-1].casefold()
    fragments = HEX_RUN.findall(base)
    for image in existing.images:
        if image.filename.casefold() == base:
            return image
        if any(image.sha256.startswith(fragment) for fragment in fragments):
            return image
    return None


def _check_lengths(plan: RowPlan) -> None:
    for name, value in plan.fields.items():
        translation = translation_of(name)
        limit = LENGTHS.get(translation[0] if translation else name)
        if limit and isinstance(value, str) and len(value) > limit:
            plan.problems.append(
                _(
                    "%(field)s is longer than %(limit)s characters (%(length)s).",
                    field=_field_name(name),
                    limit=limit,
                    length=len(value),
                )
            )
    for spec in plan.images or []:
        alt_texts = [spec.alt_text or "", *_in_languages(spec, "alt_text")]
        captions = [spec.caption or "", *_in_languages(spec, "caption")]
        if any(len(text) > IMAGE_TEXT_LIMIT for text in alt_texts):
            plan.problems.append(_("An image's alt text is over 500 characters."))
        if any(len(text) > IMAGE_TEXT_LIMIT for text in captions):
            plan.problems.append(_("An image's caption is over 500 characters."))


def _in_languages(spec: ImageSpec, name: str) -> list[str]:
    return [texts.get(name, "") for texts in spec.translations.values()]


def _field_name(name: str) -> str:
    if translation_of(name):
        return target_label(name)
    label = FIELD_NAMES.get(name) or KIND_FIELD_LABELS.get(name)
    return str(label) if label else name.replace("_", " ").capitalize()


# --- across rows -------------------------------------------------------------------------------


def _check_parents(plans: list[RowPlan], existing: dict[str, Existing]) -> None:
    """A part's ensemble must be a valid row of the file or an ensemble of the catalog."""
    in_file = {plan.accession_number: plan for plan in plans if plan.accession_number}
    for plan in plans:
        if _in_a_circle(plan, in_file):
            plan.problems.append(
                _(
                    "Part of %(parent)s: ensembles cannot be parts of each other.",
                    parent=plan.parent,
                )
            )
    changed = True
    while changed:  # a rejected ensemble rejects its parts, and their parts in turn
        changed = False
        for plan in plans:
            if plan.valid and plan.parent:
                problem = _parent_problem(plan.parent, in_file, existing)
                if problem:
                    plan.problems.append(problem)
                    changed = True


def _in_a_circle(plan: RowPlan, in_file: dict[str, RowPlan]) -> bool:
    seen, current = set(), plan
    while current.parent and current.parent in in_file:
        if current.parent == plan.accession_number or current.parent in seen:
            return current.parent == plan.accession_number
        seen.add(current.parent)
        current = in_file[current.parent]
    return False


def _parent_problem(
    parent: str, in_file: dict[str, RowPlan], existing: dict[str, Existing]
) -> str | None:
    row = in_file.get(parent)
    if row is not None:
        if not row.valid:
            return _(
                "Part of %(parent)s: that row (%(row)s) is not imported.",
                parent=parent,
                row=row.number,
            )
        if row.kind != "ensemble":
            return _(
                "Part of %(parent)s: row %(row)s is not an ensemble.", parent=parent, row=row.number
            )
        return None
    known = existing.get(parent)
    if known is None or known.in_trash:
        return _("Part of %(parent)s: no such exhibit in the file or the catalog.", parent=parent)
    if known.kind != "ensemble":
        return _(
            "Part of %(parent)s: “%(title)s” is not an ensemble.", parent=parent, title=known.title
        )
    return None


def _accession(record: Record, columns: Sequence[Column]) -> str:
    return _value_of(record, columns, "accession_number")


def _parent(record: Record, columns: Sequence[Column]) -> str:
    return _value_of(record, columns, "parent")


def _value_of(record: Record, columns: Sequence[Column], target: str) -> str:
    for column in columns:
        if column.target == target and column.index < len(record.cells):
            return record.cells[column.index]
    return ""


def _images_of(session, exhibit_ids: list[int]) -> dict[int, list[ExistingImage]]:
    found: dict[int, list[ExistingImage]] = defaultdict(list)
    if not exhibit_ids:
        return found
    query = (
        select(Image)
        .where(Image.exhibit_id.in_(exhibit_ids))
        .order_by(Image.exhibit_id, Image.position)
    )
    for image in session.scalars(query):
        found[image.exhibit_id].append(
            ExistingImage(
                image.id,
                image.original_filename,
                image.sha256,
                image.alt_text,
                image.caption,
                image.decorative,
                image.translations or {},
            )
        )
    return found
