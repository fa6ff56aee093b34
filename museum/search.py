"""The full-text index (Whoosh). It is derived from the database and can be rebuilt at any time."""

from pathlib import Path

from whoosh import index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema

SCHEMA = Schema(
    id=ID(stored=True, unique=True),
    accession_number=ID(stored=True),
    slug=ID(stored=True),
    kind=KEYWORD(stored=True),
    title=TEXT(analyzer=StemmingAnalyzer(), stored=True, field_boost=2.0),
    summary=TEXT(analyzer=StemmingAnalyzer(), stored=True),
    body=TEXT(analyzer=StemmingAnalyzer()),
    tags=KEYWORD(commas=True, lowercase=True, stored=True),
    year_from=NUMERIC(stored=True, sortable=True),
)


def create_index(directory: str) -> bool:
    """Create an empty index in `directory` unless one exists there; True if created."""
    path = Path(directory)
    if path.is_dir() and index.exists_in(path):
        return False
    path.mkdir(parents=True, exist_ok=True)
    index.create_in(path, SCHEMA)
    return True


def document_count(directory: str) -> int:
    """Open the index and return how many documents it holds (raises if it cannot be read)."""
    with index.open_dir(directory).searcher() as searcher:
        return searcher.doc_count()
