"""What the index holds for each exhibit.

Text fields carry a language suffix (`title_en`, ...): Russian and Turkmen fields join later
with their own analysers, and queries then search the fields of the visitor's languages.
"""

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

LANGUAGES = ("en",)


def english_analyzer():
    """Words, lower-cased, accents folded, English stop words dropped, stemmed."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter()
        | StemFilter(lang="en", cachesize=50_000)
    )


def plain_analyzer():
    """Words as typed, lower-cased and accent-folded, without stop words: the vocabulary for
    corrections and completions."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map) | StopFilter()


def build_schema() -> Schema:
    text = english_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        accession_number=ID(stored=True),
        accession_key=ID(),  # folded: `kp 1975 12` finds `KP-1975/12`
        slug=STORED(),
        kind=ID(stored=True, sortable=True),
        status=ID(stored=True),
        title_en=TEXT(analyzer=text, stored=True, field_boost=3.0),
        title_sort=ID(sortable=True),
        # Summary and body are searched through all_en only; indexing them on their own as well
        # cost a third of the reindex time.
        summary_en=STORED(),
        body_en=STORED(),
        # Everything above in one field: a word is matched in one posting list, not four.
        all_en=TEXT(analyzer=text),
        tags=KEYWORD(stored=True, commas=True, lowercase=True, scorable=True),
        # Published exhibits' words, unstemmed and each once: the vocabulary for corrections and
        # completions (drafts leave it empty so that it never reveals them).
        words=TEXT(analyzer=plain_analyzer(), phrase=False, spelling=True),
        gallery=KEYWORD(stored=True, commas=True),
        year=NUMERIC(stored=True, sortable=True),
        decade=NUMERIC(stored=True, sortable=True),
        date_text=STORED(),
        image=STORED(),  # sha256 of the primary image, for the thumbnail
    )


SCHEMA = build_schema()
SEARCH_FIELD = "all_en"
TEXT_FIELDS = (SEARCH_FIELD, *(f"title_{lang}" for lang in LANGUAGES))  # fields whose words we mark
