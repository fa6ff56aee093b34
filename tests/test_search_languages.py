"""Search in every content language: Russian cases, Turkmen letters, the visitor's language
first, highlights and corrections per language, and an index made before languages rebuilt."""

import re

import pytest
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from museum import search
from museum.cli import main
from museum.search import indexer
from museum.search.analysis import english_analyzer
from museum.search.storage import VERSION_FILE


@pytest.fixture
def find(client):
    """Accession numbers of the hits of a search, in order, as a visitor of `language` sees."""

    def get(text: str, language: str = "") -> list[str]:
        prefix = f"/{language}" if language else ""
        response = client.get(f"{prefix}/api/search", query_string={"q": text})
        assert response.status_code == 200
        return [hit["accession_number"] for hit in response.json["results"]]

    return get


def api(client, text: str, language: str = "") -> dict:
    prefix = f"/{language}" if language else ""
    return client.get(f"{prefix}/api/search", query_string={"q": text}).json


def test_a_russian_title_is_found_by_its_words_in_another_case(make_exhibit, find):
    seal = make_exhibit(title="State seal", title_ru="Гербовая печать")
    print_ = make_exhibit(title="Wax print", description_ru="Оттиск гербовой печати на сургуче.")
    make_exhibit(title="Ledger", title_ru="Гербовая книга")  # shares one word only
    assert set(find("гербовой печати")) == {seal.accession_number, print_.accession_number}
    assert set(find("гербовую печать", "ru")) == {seal.accession_number, print_.accession_number}
    assert find("печатью") and set(find("печатью")) == set(find("печать"))
    assert find("ёлка") == find("елка") == []  # ё and е are one letter to search


def test_a_turkmen_word_is_found_typed_without_its_letters(make_exhibit, find):
    stamp = make_exhibit(title="Customs stamp", title_tk="Gümrük möhüri")
    make_exhibit(title="Customs cap", title_tk="Gümrük papagy")
    assert find("möhüri") == find("mohuri") == [stamp.accession_number]
    # "möhür" finds "möhüri": Turkmen adds endings to the word.
    assert find("mohur", "tk") == [stamp.accession_number]
    assert len(find("gumruk")) == 2


def test_seal_pechat_and_mohur_find_the_same_exhibit(make_exhibit, client):
    seal = make_exhibit(
        title="Customs seal",
        title_ru="Таможенная печать",
        title_tk="Gümrük möhüri",
    )
    make_exhibit(title="Customs cap", title_ru="Таможенная фуражка", title_tk="Gümrük papagy")
    for language in ("", "ru", "tk"):
        for text in ("seal", "печать", "möhür"):
            found = api(client, text, language)["results"]
            assert [hit["accession_number"] for hit in found] == [seal.accession_number]


def test_the_visitors_language_is_ranked_first(make_exhibit, client):
    russian = make_exhibit(title="Desk lamp", title_ru="Лампа Zenit", summary="")
    english = make_exhibit(title="Zenit camera", title_ru="Фотоаппарат", summary="")

    def order(prefix: str) -> list[str]:
        page = client.get(f"{prefix}/search?q=zenit").get_data(as_text=True)
        return re.findall(r'href="[^"]*/exhibits/([^"]+)"', page.split('class="hits"')[1])

    assert order("/ru") == [russian.slug, english.slug]
    assert order("") == [english.slug, russian.slug]


def test_highlights_mark_the_russian_word_and_escape_translated_text(make_exhibit, client):
    make_exhibit(
        title="Wax impression",
        description_ru="Оттиск гербовой печати <script>alert(1)</script> на сургуче.",
    )
    excerpt = api(client, "печать", "ru")["results"][0]["excerpt"]
    assert "<mark>печати</mark>" in excerpt
    assert "&lt;script&gt;" in excerpt and "<script" not in excerpt
    page = client.get("/search?q=печать").get_data(as_text=True)
    assert '<p class="excerpt" lang="ru">' in page  # Russian text on an English page


def test_an_excerpt_comes_from_the_visitors_language_where_it_matched(make_exhibit, client):
    make_exhibit(
        title="Zenit camera",
        summary="A Zenit camera of the border post.",
        summary_ru="Фотоаппарат Zenit пограничного поста.",
    )
    assert "поста" in api(client, "zenit", "ru")["results"][0]["excerpt"]
    assert "border post" in api(client, "zenit")["results"][0]["excerpt"]


def test_did_you_mean_corrects_russian_and_turkmen_typos(make_exhibit, client):
    make_exhibit(title="Customs seal", title_ru="Таможенная печать", title_tk="Gümrük möhüri")
    assert api(client, "пичать", "ru")["corrected_query"] == "печать"
    assert api(client, "gümrüük", "tk")["corrected_query"] == "gümrük"
    assert api(client, "gumrukk", "tk")["corrected_query"] == "gümrük"  # typed without ü
    assert api(client, "печать")["corrected_query"] is None


def test_suggestions_complete_each_language(make_exhibit, client):
    make_exhibit(title="Customs seal", title_ru="Таможенная печать", title_tk="Gümrük möhüri")
    assert "печать" in client.get("/api/suggest?q=печ").json["suggestions"]
    assert "möhüri" in client.get("/api/suggest?q=moh").json["suggestions"]


def test_sorting_by_title_follows_the_visitors_language(make_exhibit, client):
    first = make_exhibit(title="Anchor", title_ru="Якорь")
    second = make_exhibit(title="Buoy", title_ru="Буй")

    def order(prefix: str) -> list[str]:
        page = client.get(f"{prefix}/search?sort=title").get_data(as_text=True)
        return re.findall(r'href="[^"]*/exhibits/([^"]+)"', page.split('class="hits"')[1])

    assert order("") == [first.slug, second.slug]
    assert order("/ru") == [second.slug, first.slug]


def test_the_kiosk_searches_every_language(make_exhibit, client):
    make_exhibit(title="Customs seal", title_tk="Gümrük möhüri")
    page = client.get("/tk/kiosk/main/search?q=mohur").get_data(as_text=True)
    assert "Gümrük möhüri" in page


def old_schema() -> Schema:
    """The index's schema before content languages (version 1)."""
    text = english_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        accession_number=ID(stored=True),
        accession_key=ID(),
        slug=STORED(),
        kind=ID(stored=True, sortable=True),
        status=ID(stored=True),
        title_en=TEXT(analyzer=text, stored=True, field_boost=3.0),
        title_sort=ID(sortable=True),
        summary_en=STORED(),
        body_en=STORED(),
        all_en=TEXT(analyzer=text),
        tags=KEYWORD(stored=True, commas=True, lowercase=True, scorable=True),
        words=TEXT(phrase=False, spelling=True),
        gallery=KEYWORD(stored=True, commas=True),
        year=NUMERIC(stored=True, sortable=True),
        decade=NUMERIC(stored=True, sortable=True),
        date_text=STORED(),
        image=STORED(),
    )


def test_an_index_made_before_languages_is_rebuilt_by_init(app, runner, make_exhibit, find):
    directory = app.config["SEARCH_INDEX_DIR"]
    with app.app_context():
        store = indexer.store()
        old = store.new_generation(old_schema())
        (old / VERSION_FILE).unlink()  # as an older version left it
        store.swap(old)
        assert search.index_outdated(directory)
    # Meanwhile saves still reach the old index, and English searches answer.
    seal = make_exhibit(title="State seal", title_ru="Гербовая печать")
    with app.app_context():
        assert indexer.pending_count() == 0
    assert find("seal") == [seal.accession_number] and find("печать") == []
    checked = runner.invoke(main, ["check"])
    assert checked.exit_code == 1 and "made by an older version" in checked.output
    result = runner.invoke(main, ["init"])
    assert result.exit_code == 0, result.output
    assert "rebuilt the search index" in result.output
    with app.app_context():
        assert not search.index_outdated(directory)
    assert find("печать") == [seal.accession_number]
    assert "rebuilt" not in runner.invoke(main, ["init"]).output  # once only
    assert runner.invoke(main, ["check"]).exit_code == 0


def test_reindex_shows_its_progress(app, runner, make_exhibit):
    make_exhibit(title="State seal", title_ru="Гербовая печать")
    result = runner.invoke(main, ["reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexing exhibits" in result.output
    assert "Indexed 1 exhibits" in result.output
