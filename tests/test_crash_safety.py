"""Proof 2 of issue 10, short variant (bench/crash.py runs the full one): SIGKILL a real
`museum serve` at each step of a curator's upload, and a `museum indexer` in the middle of its
commits; nothing committed is lost, nothing half-written is visible, and the sweeper and the
indexer leave an instance that `museum check` finds whole."""

import random

from sqlalchemy import select

from museum import catalog, db
from museum.faults import INDEXER_STEPS, UPLOAD_STEPS
from museum.models import Exhibit
from museum.search import indexer
from tests.conftest import test_app
from tests.crash_runs import (
    ADDING,
    CLOSED,
    COMMITTING,
    CURATOR,
    Instance,
    accession,
    broken_image_files,
    command,
    commit_seconds,
    documents_in_index,
    expected_sweep,
    indexer_and_kill,
    indexer_killed_in_commit,
    integrity_check,
    sweep,
    upload_and_kill,
    upload_through,
)
from tests.postgres import only_sqlite
from tests.workspace import make_user

pytestmark = only_sqlite("a killed server's database is judged by PRAGMA integrity_check")

UPLOAD_KILLS = 8  # every step once, and two more drawn at random
COMMIT_PARTS = (0.2, 0.4, 0.6)  # kills this far into an index commit, besides one per step
EXHIBITS_TO_INDEX = 300  # enough to keep the indexer's writer open for a while
SEED = 10


def steps_to_kill(count: int, rng: random.Random) -> list[str]:
    steps = [*UPLOAD_STEPS, *(rng.choice(UPLOAD_STEPS) for _ in range(count - len(UPLOAD_STEPS)))]
    rng.shuffle(steps)
    return steps


def stored_accessions(app) -> list[str]:
    with app.app_context():
        return sorted(db.session().scalars(select(Exhibit.accession_number)))


def test_killing_the_server_at_any_step_of_an_upload_loses_and_leaves_nothing(
    app, runner, tmp_path
):
    make_user(app, CURATOR, "curator")
    instance = Instance(app, tmp_path)
    steps = steps_to_kill(UPLOAD_KILLS, random.Random(SEED))
    runs = [upload_and_kill(instance, number, step) for number, step in enumerate(steps)]
    assert [run.status for run in runs] == [None] * len(runs)  # killed before answering
    committed = [run.number for run in runs if run.step == "committed"]

    last = upload_through(instance, len(runs), committed)
    assert last.status == 302
    assert last.unfound == []  # the restarted server's indexer applied what a kill left queued

    assert integrity_check(app) == ["ok"]
    assert stored_accessions(app) == [accession(number) for number in [*committed, last.number]]
    assert broken_image_files(app) == []
    code, output = command(runner, "media", "check")
    assert code == 1 and "problem(s) found" in output  # what the kills left, before the sweep
    assert sweep(runner) == expected_sweep(steps)
    code, output = command(runner, "media", "check")
    assert code == 0, output
    code, output = command(runner, "indexer", "--once")
    assert code == 0, output
    code, output = command(runner, "check")
    assert code == 0, output


def test_killing_the_indexer_mid_commit_leaves_an_index_that_opens(tmp_path, monkeypatch):
    app = test_app(tmp_path, monkeypatch, INDEXER="external")  # commits here only queue
    with app.app_context():
        for number in range(EXHIBITS_TO_INDEX):
            fields = {"accession_number": f"IX-{number:04d}", "kind": "equipment"}
            catalog.create_exhibit(fields | {"title": f"Seal press {number}"}, publish=True)
        indexer.drain()
    assert documents_in_index(app) == EXHIBITS_TO_INDEX
    instance = Instance(app, tmp_path)
    window = min(commit_seconds(instance) for _ in range(2))  # the quicker: less noise
    kills = [indexer_and_kill(instance, n, step, 0.0) for n, step in enumerate(INDEXER_STEPS)]
    for number, part in enumerate(COMMIT_PARTS, start=len(kills)):
        kills.append(indexer_killed_in_commit(instance, number, part * window))

    # Opened afresh after each kill, the index holds every exhibit exactly once: a commit is
    # all or nothing, whether the kill came before, during or after it.
    assert [kill.documents for kill in kills] == [EXHIBITS_TO_INDEX] * len(kills)
    assert [kill.moment for kill in kills[: len(INDEXER_STEPS)]] == [ADDING, CLOSED]
    moments = [kill.moment for kill in kills[len(INDEXER_STEPS) :]]
    assert COMMITTING in moments, f"no kill landed in a commit ({window:.3f} s): {moments}"
    found = app.test_client().get("/api/search?q=press").get_json()
    assert found["total"] == EXHIBITS_TO_INDEX

    runner = app.test_cli_runner()
    code, output = command(runner, "indexer", "--once")
    assert code == 0 and "the outbox is empty" in output, output
    code, output = command(runner, "check")
    assert code == 0, output
