"""Turning exhibit rows into the documents the index keeps for them.

Each content language gets its own fields: the default language's texts are the columns (with
every field that is not translated: places, makers, tags...), the others' are the
`translations` of the exhibit, its images, galleries and tour stops.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from whoosh.fields import Schema

from museum.catalog.common import accession_key
from museum.kinds import KINDS
from museum.models import Exhibit, Gallery, GalleryItem, Status, Tour, TourStop
from museum.search.analysis import sort_key
from museum.search.schema import LANGUAGES
from museum.translation import default_language

Titles = dict[str, str]  # a gallery's or a tour stop's title by language


def is_indexed(exhibit: Exhibit | None) -> bool:
    """Every exhibit outside the trash: visitors find the published ones, curators all."""
    return exhibit is not None and exhibit.deleted_at is None


def documents(
    session: Session,
    exhibits: Iterable[Exhibit],
    default: str | None = None,
    languages: tuple[str, ...] = LANGUAGES,
) -> Iterator[dict]:
    """The index documents of some exhibits, with their galleries and tours read at once.
    `default` is the museum's default language (the app's when None)."""
    default = default or default_language()
    exhibits = list(exhibits)
    ids = [exhibit.id for exhibit in exhibits]
    galleries = _galleries_by_exhibit(session, ids, default)
    tours = _tours_by_exhibit(session, ids, default)
    for exhibit in exhibits:
        found = (galleries.get(exhibit.id, []), tours.get(exhibit.id, []))
        yield document(exhibit, *found, default=default, languages=languages)


def document(
    exhibit: Exhibit,
    galleries: list[tuple[int, Titles]],
    tours: list[Titles],
    default: str = "en",
    languages: tuple[str, ...] = LANGUAGES,
) -> dict:
    """One exhibit's document, with what it takes to show a hit without the database."""
    year = exhibit.year_from
    tags = ",".join(tag.name for tag in exhibit.tags)
    found = {
        "id": str(exhibit.id),
        "accession_number": exhibit.accession_number,
        "accession_key": accession_key(exhibit.accession_number),
        "slug": exhibit.slug,
        "kind": exhibit.kind,
        "status": exhibit.status,
        "tags": tags,
        "gallery": ",".join(str(gallery_id) for gallery_id, _titles in galleries),
        "year": year if year is not None else -1,
        "decade": year // 10 * 10 if year is not None else -1,
        "date_text": exhibit.date_text,
        "image": exhibit.images[0].sha256 if exhibit.images else "",
    }
    titles = [titles for _id, titles in galleries] + tours
    for language in languages:
        found.update(_language_fields(exhibit, language, default, tags, titles))
    return found


def fitted(document: dict, schema: Schema) -> dict:
    """The document less the fields an index lacks (one made by an older version, until it
    is rebuilt), so that writing to it never fails."""
    return {name: value for name, value in document.items() if name in schema}


def load_exhibits(session: Session, ids: list[int]) -> dict[int, Exhibit]:
    query = (
        select(Exhibit)
        .where(Exhibit.id.in_(ids))
        .options(selectinload(Exhibit.images), selectinload(Exhibit.tags))
    )
    return {exhibit.id: exhibit for exhibit in session.scalars(query)}


def _language_fields(
    exhibit: Exhibit, language: str, default: str, tags: str, titles: list[Titles]
) -> dict:
    own = language == default
    title = _text(exhibit, "title", language, default)
    sortable = title or _text(exhibit, "title", default, default)
    fields: dict[str, Any] = {f"title_sort_{language}": sort_key(language, sortable)}
    summary = _text(exhibit, "summary", language, default)
    body = "\n".join(part for part in _body_parts(exhibit, language, default, titles) if part)
    if not (own or title or summary or body):
        return fields  # nothing in this language: no empty stored fields
    tags = tags if own else ""
    fields.update(
        {
            f"title_{language}": title,
            f"summary_{language}": summary,
            f"body_{language}": body,
            # The title twice: its words weigh more than the same words further down.
            f"all_{language}": "\n".join((title, title, summary, tags, body)),
            f"words_{language}": (
                _distinct_words(title, summary, tags, body)
                if exhibit.status == Status.PUBLISHED
                else ""
            ),
        }
    )
    return fields


def _text(record: Any, field: str, language: str, default: str) -> str:
    """A translatable field's text in exactly this language ("" when it has none)."""
    if language == default:
        return getattr(record, field) or ""
    return ((record.translations or {}).get(language) or {}).get(field) or ""


def _distinct_words(*texts: str) -> str:
    # Only the vocabulary and document frequencies matter here: each word once is enough.
    words = " ".join(texts).replace(",", " ").lower().split()
    return " ".join(dict.fromkeys(words))


def _body_parts(
    exhibit: Exhibit, language: str, default: str, titles: list[Titles]
) -> Iterator[str]:
    yield _text(exhibit, "description", language, default)
    if language == default:
        for field in KINDS[exhibit.kind].fields:  # the transcription among them
            value = getattr(exhibit, field.name)
            if value not in (None, ""):
                yield str(value)
        yield from (exhibit.place, exhibit.materials, exhibit.provenance, exhibit.credit_line)
    else:
        yield _text(exhibit, "transcription", language, default)
    for image in exhibit.images:
        yield _text(image, "caption", language, default)
        yield _text(image, "alt_text", language, default)
    for names in titles:
        yield names.get(language, "")


def _titles(title: str, translations: Mapping | None, default: str) -> Titles:
    found = {lang: (texts or {}).get("title", "") for lang, texts in (translations or {}).items()}
    found[default] = title or ""
    return {language: text for language, text in found.items() if text}


def _galleries_by_exhibit(
    session: Session, ids: list[int], default: str
) -> dict[int, list[tuple[int, Titles]]]:
    query = (
        select(GalleryItem.exhibit_id, Gallery.id, Gallery.title, Gallery.translations)
        .join(Gallery)
        .where(GalleryItem.exhibit_id.in_(ids), Gallery.published, Gallery.deleted_at.is_(None))
    )
    found = defaultdict(list)
    for exhibit_id, gallery_id, title, translations in session.execute(query):
        found[exhibit_id].append((gallery_id, _titles(title, translations, default)))
    return found


def _tours_by_exhibit(session: Session, ids: list[int], default: str) -> dict[int, list[Titles]]:
    query = (
        select(
            TourStop.exhibit_id,
            Tour.title,
            Tour.translations,
            TourStop.title,
            TourStop.translations,
        )
        .join(Tour)
        .where(TourStop.exhibit_id.in_(ids), Tour.published, Tour.deleted_at.is_(None))
    )
    found = defaultdict(list)
    for exhibit_id, tour, tour_translations, stop, stop_translations in session.execute(query):
        found[exhibit_id].append(_titles(tour, tour_translations, default))
        found[exhibit_id].append(_titles(stop, stop_translations, default))
    return found
