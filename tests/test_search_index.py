"""The search index follows the catalog: publish, edit, unpublish, trash; reindex rebuilds it."""

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from museum import catalog, db, search
from museum.cli import main
from museum.models import Exhibit, Status
from museum.search import indexer


def indexed(app) -> dict[str, dict]:
    """The index's documents by exhibit id."""
    with app.app_context():
        ix = indexer.store().open()
        with ix.searcher() as searcher:
            return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def test_published_exhibits_are_indexed_and_drafts_are_not(app, make_exhibit):
    published, draft = make_exhibit(title="Seal press"), make_exhibit(publish=False)
    documents = indexed(app)
    assert set(documents) == {str(published.id)}
    assert documents[str(published.id)]["title_en"] == "Seal press"
    assert documents[str(published.id)]["accession_number"] == published.accession_number
    assert str(draft.id) not in documents


def test_edits_unpublishing_and_trash_reach_the_index_at_once(app, make_exhibit):
    exhibit = make_exhibit(title="Old title")
    key = str(exhibit.id)
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title": "New title"})
    assert indexed(app)[key]["title_en"] == "New title"
    with app.app_context():
        catalog.unpublish_exhibit(exhibit.id)
    assert key not in indexed(app)
    with app.app_context():
        catalog.publish_exhibit(exhibit.id)
    assert key in indexed(app)
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
        published = {
            str(e.id): e.title
            for e in db.session().scalars(select(Exhibit).where(Exhibit.status == Status.PUBLISHED))
        }
    assert {key: doc["title_en"] for key, doc in indexed(app).items()} == published
    assert len(published) == 16


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
    assert "Indexed 3 published exhibits of 3." in result.output
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
