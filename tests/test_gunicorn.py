"""The multi-process deployment the README documents: gunicorn's workers with INDEXER =
"external" and one `museum indexer` beside them, curators saving at once from several threads."""

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from museum import db
from museum.models import Exhibit
from tests.deployment import Client, Deployment, codeword, gunicorn_with_indexer, instance_env
from tests.workspace import make_user

WORKERS = 3
CLIENTS = 4
EXHIBITS_PER_CLIENT = 5
INDEX_DEADLINE_SECONDS = 10


@pytest.fixture
def deployment(app: Flask, tmp_path: Path) -> Iterator[Deployment]:
    make_user(app, "cora", "curator")
    with gunicorn_with_indexer(instance_env(app), tmp_path, WORKERS) as running:
        yield running


def save_exhibits(base: str, client_number: int) -> tuple[list[str], list[int]]:
    """Sign in as the curator and save EXHIBITS_PER_CLIENT drafts; their accession numbers."""
    client = Client(base)
    client.sign_in("cora")
    saved = []
    for n in range(EXHIBITS_PER_CLIENT):
        number = client_number * EXHIBITS_PER_CLIENT + n
        accession = f"GU-{number:03d}"
        form = {
            "csrf_token": client.token("/curate/exhibits/new"),
            "accession_number": accession,
            "title": f"Seal press {number}",
            "kind": "equipment",
            "date_text": "ca. 1930",
            "description": f"A heavy press, marked {codeword(number)}.",
            "maker": "Factory No. 5",
            "action": "save",
        }
        status, page = client.request("/curate/exhibits/new", form)
        assert status == 302, page[:2000]
        saved.append(accession)
    return saved, client.statuses


def test_curators_saving_at_once_under_gunicorn_lose_nothing(app, deployment):
    base, server_log, indexer_log = deployment.base, deployment.server_log, deployment.indexer_log
    results: dict[int, tuple[list[str], list[int]]] = {}
    errors: list[BaseException] = []

    def run(number: int) -> None:
        try:
            results[number] = save_exhibits(base, number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(number,)) for number in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    saved = sorted(a for accessions, _statuses in results.values() for a in accessions)
    statuses = [s for _accessions, statuses in results.values() for s in statuses]
    assert len(saved) == CLIENTS * EXHIBITS_PER_CLIENT
    assert max(statuses) < 500, statuses

    with app.app_context():
        stored = db.session().scalars(select(Exhibit.accession_number)).all()
    assert sorted(stored) == saved

    unfound = _search_until_found(base, saved)
    assert not unfound, f"not found by search within {INDEX_DEADLINE_SECONDS} s: {unfound}"
    applied = indexer_log.read_text()
    assert all(accession in applied for accession in saved), applied  # the indexer did it
    for log in (server_log, indexer_log):
        text = log.read_text()
        assert "database is locked" not in text and "Traceback" not in text, text


def _search_until_found(base: str, accessions: list[str]) -> list[str]:
    """Search each exhibit's code word (only in its description, so only the index finds it)
    until every one is found or the deadline passes; what was never found."""
    searcher = Client(base)
    searcher.sign_in("cora")
    waiting = dict.fromkeys(accessions)
    deadline = time.monotonic() + INDEX_DEADLINE_SECONDS
    while waiting and time.monotonic() < deadline:
        for accession in list(waiting):
            word = codeword(int(accession.removeprefix("GU-")))
            status, page = searcher.request(f"/curate/exhibits?q={word}")
            assert status == 200, status
            if re.search(rf"\b{re.escape(accession)}\b", page):
                del waiting[accession]
        time.sleep(0.2)
    return list(waiting)
