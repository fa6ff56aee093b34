"""What the index holds for each exhibit.

Text fields come once per content language, each with its language's analyser (see
analysis.py): `title_ru`, `all_ru` (everything searched), `words_ru` (the vocabulary of
corrections and completions), `title_sort_ru`. Queries search every language's fields, the
visitor's weighted up. The texts in the museum's default language (the columns) go to that
language's fields together with the fields that are not translated (places, makers, tags...).
"""

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from museum.search.analysis import analyzer, vocabulary_analyzer

LANGUAGES = ("en", "ru", "tk")
# Raise it whenever fields or analysers change: `museum init` rebuilds an index made with
# another version (1: English only; 2: English, Russian and Turkmen).
SCHEMA_VERSION = 2


def language_fields(language: str) -> dict:
    text = analyzer(language)
    return {
        f"title_{language}": TEXT(analyzer=text, stored=True, field_boost=3.0),
        f"title_sort_{language}": ID(sortable=True),
        # Summary and body are searched through all_<language> only; indexing them on their
        # own as well cost a third of the reindex time.
        f"summary_{language}": STORED(),
        f"body_{language}": STORED(),
        # The title, summary and body in one field: a word is matched in one posting list.
        f"all_{language}": TEXT(analyzer=text),
        # Published exhibits' words as written, each once: the vocabulary for corrections and
        # completions (drafts leave it empty so that it never reveals them).
        f"words_{language}": TEXT(
            analyzer=vocabulary_analyzer(language), phrase=False, spelling=True
        ),
    }


def build_schema(languages: tuple[str, ...] = LANGUAGES) -> Schema:
    fields = {
        "id": ID(stored=True, unique=True),
        "accession_number": ID(stored=True),
        "accession_key": ID(),  # folded: `kp 1975 12` finds `KP-1975/12`
        "slug": STORED(),
        "kind": ID(stored=True, sortable=True),
        "status": ID(stored=True),
        "tags": KEYWORD(stored=True, commas=True, lowercase=True, scorable=True),
        "gallery": KEYWORD(stored=True, commas=True),
        "year": NUMERIC(stored=True, sortable=True),
        "decade": NUMERIC(stored=True, sortable=True),
        "date_text": STORED(),
        "image": STORED(),  # sha256 of the primary image, for the thumbnail
    }
    for language in languages:
        fields.update(language_fields(language))
    return Schema(**fields)


def languages_of(schema: Schema) -> tuple[str, ...]:
    """The languages an index has fields for (an older index: English only)."""
    return tuple(language for language in LANGUAGES if f"all_{language}" in schema)


SCHEMA = build_schema()
