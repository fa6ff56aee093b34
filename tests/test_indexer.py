"""Who applies the search outbox (INDEXER inline, thread, external), `museum indexer`, the lock
that keeps drains one at a time across processes, retries, and check/reindex of the index."""

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.util.filelock import FileLock

from museum import catalog
from museum.cli import main
from museum.models import utcnow
from museum.search import background, indexer, query
from tests.test_cli import free_port
from tests.test_search_index import indexed


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def pending(app) -> int:
    with app.app_context():
        return indexer.pending_count()


@pytest.fixture
def external(app):
    """The app of a gunicorn worker: it queues changes and never applies them itself."""
    app.config["INDEXER"] = "external"
    return app


def test_inline_applies_the_change_before_the_save_returns(app, make_exhibit):
    exhibit = make_exhibit(title="Seal press")
    assert str(exhibit.id) in indexed(app) and pending(app) == 0


def test_external_only_queues_and_museum_indexer_once_applies_it(external, make_exhibit, runner):
    kept = make_exhibit(title="Seal press")
    gone = make_exhibit(title="Old ledger")
    with external.app_context():
        catalog.delete_exhibit(gone.id)
    assert indexed(external) == {} and pending(external) == 3

    result = runner.invoke(main, ["indexer", "--once"])

    assert result.exit_code == 0, result.output
    assert f"updated 1: {kept.accession_number}" in result.output
    assert f"removed 1: ids {gone.id}" in result.output
    assert set(indexed(external)) == {str(kept.id)} and pending(external) == 0


def test_a_thread_applies_each_commit_soon_after_it(app, make_exhibit):
    worker = background.Indexer(app, interval=30)  # woken by the commit, not by the clock
    app.config["INDEXER"] = "thread"
    worker.start()
    try:
        exhibit = make_exhibit(title="Seal press")
        assert wait_for(lambda: str(exhibit.id) in indexed(app) and pending(app) == 0, 5)
    finally:
        worker.stop()
    assert not worker._thread.is_alive()


def test_the_thread_also_applies_what_other_processes_queued(external, make_exhibit):
    exhibit = make_exhibit(title="Seal press")  # committed "elsewhere": nobody wakes the thread
    worker = background.Indexer(external, interval=0.1)
    worker.start()
    try:
        assert wait_for(lambda: str(exhibit.id) in indexed(external), 5)
    finally:
        worker.stop()


def test_a_failed_drain_is_retried_and_nothing_is_lost(external, make_exhibit, monkeypatch):
    exhibit = make_exhibit(title="Seal press")
    apply, calls = indexer._apply, []

    def failing_once(session, exhibit_ids):
        calls.append(exhibit_ids)
        if len(calls) == 1:
            raise OSError("disk full")
        return apply(session, exhibit_ids)

    monkeypatch.setattr(indexer, "_apply", failing_once)
    worker = background.Indexer(external, interval=0.05)
    worker.start()
    try:
        assert wait_for(lambda: str(exhibit.id) in indexed(external), 5)
    finally:
        worker.stop()
    assert worker.failures == 1 and len(calls) == 2 and pending(external) == 0


def test_a_drain_waits_while_another_process_drains(external, make_exhibit):
    exhibit = make_exhibit(title="Seal press")
    other = FileLock(str(Path(external.config["SEARCH_INDEX_DIR"]) / indexer.DRAIN_LOCK))
    assert other.acquire(blocking=False)  # as another process's drain would hold it
    done = threading.Event()

    def drain() -> None:
        with external.app_context():
            indexer.drain()
        done.set()

    thread = threading.Thread(target=drain)
    thread.start()
    try:
        assert not done.wait(0.5)
        assert indexed(external) == {}
    finally:
        other.release()
    thread.join(10)
    assert done.is_set() and str(exhibit.id) in indexed(external)


def test_museum_indexer_refuses_a_bad_setting_and_a_missing_index(app, runner):
    app.config["INDEXER"] = "sometimes"
    result = runner.invoke(main, ["indexer", "--once"])
    assert result.exit_code == 1
    assert "INDEXER must be one of inline, thread, external, not 'sometimes'" in result.output

    app.config.update(INDEXER="external", SEARCH_INDEX_DIR=str(Path(app.instance_path) / "none"))
    result = runner.invoke(main, ["indexer"])
    assert result.exit_code == 1 and "There is no search index: run 'museum init'" in result.output


def test_a_search_while_the_index_cannot_be_opened_for_a_moment_still_answers(
    app, client, make_exhibit, monkeypatch
):
    make_exhibit(title="Seal press")
    query._searchers.clear()
    searcher, failures = whoosh_index.FileIndex.searcher, []

    def flaky_searcher(ix, **kwargs):
        if len(failures) < 3:  # as when another process's merge removed a segment just read of
            failures.append(1)
            raise FileNotFoundError("_MAIN_1.seg")
        return searcher(ix, **kwargs)

    monkeypatch.setattr(whoosh_index.FileIndex, "searcher", flaky_searcher)
    response = client.get("/api/search?q=seal")
    assert response.status_code == 200 and response.json["total"] == 1
    assert len(failures) == 3


def break_the_index(app, exhibits) -> None:
    """A missing document, a stale one and one of an exhibit in the trash."""
    missing, stale, trashed = exhibits
    store = indexer.store()
    writer = store.writer(store.open())
    writer.delete_by_term("id", str(missing.id))
    old = indexed(app)[str(stale.id)]
    writer.update_document(**{**old, "title_en": "Not what the catalog says"})
    writer.commit()
    app.config["INDEXER"] = "external"  # the trashing is queued, then the queue is lost
    catalog.delete_exhibit(trashed.id)
    with indexer.db.write_session(run_hooks=False) as session:
        session.query(indexer.IndexOutbox).delete()


def test_check_finds_every_difference_and_reindex_repairs_them(app, make_exhibit, runner):
    exhibits = [make_exhibit(title=f"Exhibit {n}") for n in range(3)]
    with app.app_context():
        break_the_index(app, exhibits)

    found = runner.invoke(main, ["check"])

    assert found.exit_code == 1, found.output
    missing, stale, trashed = exhibits
    assert f"exhibit {missing.accession_number} has no document" in found.output
    assert f"exhibit {stale.accession_number}: document out of date (title_en)" in found.output
    assert f"a document for exhibit id {trashed.id} ({trashed.accession_number})" in found.output
    assert "3 problem(s) found" in found.output
    assert runner.invoke(main, ["reindex"]).exit_code == 0
    clean = runner.invoke(main, ["check"])
    assert clean.exit_code == 0, clean.output


def test_museum_serve_runs_the_indexer_thread(external, make_exhibit):
    make_exhibit(title="Zeppelin mooring mast")  # queued by this process, not applied
    assert pending(external) == 1
    port = free_port()
    env = {
        **os.environ,
        "MUSEUM_INSTANCE_PATH": external.instance_path,
        "MEDIA_ROOT": external.config["MEDIA_ROOT"],
        "MUSEUM_DATABASE_URL": external.config["DATABASE_URL"],
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "museum", "serve", "--port", str(port), "--threads", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )

    def found() -> bool:
        url = f"http://127.0.0.1:{port}/api/search?q=zeppelin"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)["total"] == 1
        except OSError:
            assert server.poll() is None, server.stdout.read().decode()
            return False

    try:
        assert wait_for(found, 20), "the server's indexer thread did not apply the change"
        assert wait_for(lambda: pending(external) == 0, 5)
    finally:
        server.terminate()
        server.wait(10)


def test_check_asks_for_museum_indexer_when_external_changes_wait(external, make_exhibit, runner):
    exhibit = make_exhibit(title="Seal press")
    with external.app_context(), indexer.db.write_session(run_hooks=False) as session:
        session.query(indexer.IndexOutbox).update({"created_at": utcnow() - timedelta(hours=1)})

    result = runner.invoke(main, ["check"])

    assert result.exit_code == 1, result.output
    assert "search index behind: 1 queued change(s) older than 60 s" in result.output
    assert "is 'museum indexer' running?" in result.output
    assert runner.invoke(main, ["indexer", "--once"]).exit_code == 0
    assert runner.invoke(main, ["check"]).exit_code == 0
    assert str(exhibit.id) in indexed(external)
