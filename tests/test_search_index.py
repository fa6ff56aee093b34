"""The search index follows the catalog: publish, edit, unpublish, trash; reindex rebuilds it."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from museum import catalog, db, search
from museum.cli import main
from museum.models import Exhibit, Status
from museum.search import indexer, query


def indexed(app) -> dict[str, dict]:
    """The index's documents by exhibit id."""
    with app.app_context():
        ix = indexer.store().open()
        with ix.searcher() as searcher:
            return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def published(app) -> dict[str, dict]:
    """The documents visitors may find."""
    return {key: doc for key, doc in indexed(app).items() if doc["status"] == Status.PUBLISHED}


def test_drafts_are_indexed_for_curators_only(app, make_exhibit):
    shown = make_exhibit(title="Seal press")
    draft = make_exhibit(title="Secret zeppelin", publish=False)
    documents = indexed(app)
    assert set(published(app)) == {str(shown.id)}
    assert documents[str(shown.id)]["title_en"] == "Seal press"
    assert documents[str(shown.id)]["accession_number"] == shown.accession_number
    assert documents[str(draft.id)]["status"] == Status.DRAFT
    with app.app_context():
        assert query.search("zeppelin").total == 0
        assert query.search("zepelin").corrected is None  # its words are not offered either
        assert query.suggest("zep") == []
        assert query.search("").total == 1
        assert query.workspace_ids("zeppelin") == [draft.id]
        assert query.workspace_ids("seal press") == [shown.id]


def test_edits_unpublishing_and_trash_reach_the_index_at_once(app, make_exhibit):
    exhibit = make_exhibit(title="Old title")
    key = str(exhibit.id)
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title": "New title"})
    assert indexed(app)[key]["title_en"] == "New title"
    with app.app_context():
        catalog.unpublish_exhibit(exhibit.id)
    assert key in indexed(app) and key not in published(app)
    with app.app_context():
        catalog.publish_exhibit(exhibit.id)
    assert key in published(app)
    with app.app_context():
        catalog.delete_exhibit(exhibit.id)
    assert key not in indexed(app)
    with app.app_context():
        assert indexer.pending_count() == 0


def test_gallery_titles_reach_their_exhibits_documents(app, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context():
        gallery = catalog.create_gallery(
            title="Paper trail", exhibit_ids=[exhibit.id], published=True
        )
    document = indexed(app)[str(exhibit.id)]
    assert "Paper trail" in document["body_en"] and document["gallery"] == str(gallery.id)
    with app.app_context():
        catalog.update_gallery(gallery.id, {}, exhibit_ids=[])
    assert "Paper trail" not in indexed(app)[str(exhibit.id)]["body_en"]


def test_four_threads_saving_at_once_leave_the_index_equal_to_the_database(app):
    def save(worker: int) -> None:
        with app.app_context():
            for number in range(8):
                made = catalog.create_exhibit(
                    {
                        "accession_number": f"T{worker}-{number}",
                        "kind": "award",
                        "title": f"Cup {worker}",
                    },
                    publish=number % 2 == 0,
                )
                if number % 4 == 0:
                    catalog.update_exhibit(made.id, {"title": f"Renamed {worker}-{number}"})

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(save, range(4)))
    with app.app_context():
        rows = {str(e.id): (e.status, e.title) for e in db.session().scalars(select(Exhibit))}
    assert {key: (doc["status"], doc["title_en"]) for key, doc in indexed(app).items()} == rows
    assert len(published(app)) == 16 and len(rows) == 32


def test_reindex_rebuilds_from_the_database_and_swaps_in(app, runner, make_exhibit):
    exhibits = [make_exhibit(title=f"Medal {n}") for n in range(3)]
    with app.app_context():
        before = search.index_path(app.config["SEARCH_INDEX_DIR"])
        ix = indexer.store().open()
        writer = ix.writer()
        writer.delete_by_term("id", str(exhibits[0].id))  # the index drifted from the database
        writer.commit()
    assert str(exhibits[0].id) not in indexed(app)
    result = runner.invoke(main, ["reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexed 3 exhibits: 3 published, 0 unpublished" in result.output
    assert set(indexed(app)) == {str(e.id) for e in exhibits}
    with app.app_context():
        after = search.index_path(app.config["SEARCH_INDEX_DIR"])
    assert after != before and before.exists()  # kept for searches under way elsewhere
    assert runner.invoke(main, ["reindex"]).exit_code == 0
    assert not before.exists()  # gone after the next rebuild


def test_searches_keep_answering_while_the_index_is_rebuilt(app, runner, make_exhibit):
    import threading

    from museum.search import query

    for number in range(12):
        make_exhibit(title=f"Brass medal {number}")
    failures, answers = [], []
    done = threading.Event()

    def search_until_done() -> None:
        with app.app_context():
            while not done.is_set():
                try:
                    answers.append(query.search("medal").total)
                except Exception as error:  # any failure is what this test looks for
                    failures.append(error)

    reader = threading.Thread(target=search_until_done)
    reader.start()
    try:
        for _ in range(3):
            assert runner.invoke(main, ["reindex"]).exit_code == 0
    finally:
        done.set()
        reader.join(10)
    assert failures == []
    assert answers and set(answers) == {12}


def test_a_deferred_bulk_load_is_indexed_once_at_the_end(app, make_exhibit):
    with app.app_context(), indexer.deferred():
        made = [
            catalog.create_exhibit(
                {"accession_number": f"B-{n}", "kind": "award", "title": f"Cup {n}"}, publish=True
            )
            for n in range(3)
        ]
        assert indexer.pending_count() == 3 and indexed(app) == {}
    assert set(indexed(app)) == {str(e.id) for e in made}


def test_a_parallel_reindex_builds_one_segment_per_worker(app, make_exhibit, monkeypatch):
    made = [make_exhibit(title=f"Shooting cup {n}", publish=n % 3 > 0) for n in range(9)]
    monkeypatch.setattr(indexer, "PARALLEL_FROM", 0)
    monkeypatch.setattr(indexer, "REINDEX_PROCESSES", 2)
    with app.app_context():
        assert indexer.rebuild() == 9
        ix = indexer.store().open()
        assert len(ix._segments()) == 2
        assert query.search("shooting").total == 6
        leftovers = [p.name for p in indexer.store().current().iterdir() if p.suffix == ".tmp"]
    assert leftovers == []
    assert set(indexed(app)) == {str(e.id) for e in made}


def test_a_failing_worker_stops_the_build(app, tmp_path):
    from museum.search import bulk

    with app.app_context():
        generation = indexer.store().new_generation()
    missing = f"sqlite:///{tmp_path}/no/such/folder/museum.db"
    with pytest.raises(bulk.BuildError, match="OperationalError"):
        bulk.build(generation, missing, [1, 2, 3, 4], processes=2, progress=lambda _n: None)
