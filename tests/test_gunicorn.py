"""The multi-process deployment the README documents: gunicorn's workers with INDEXER =
"external" and one `museum indexer` beside them, curators saving at once from several threads."""

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from museum import db
from museum.models import Exhibit
from tests.workspace import PASSWORD, TOKEN, make_user

WORKERS = 3
CLIENTS = 4
EXHIBITS_PER_CLIENT = 5
INDEX_DEADLINE_SECONDS = 10


class Client:
    """One curator's browser: its own cookies; redirects are answers, not followed."""

    class _Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base: str) -> None:
        self.base = base
        self.statuses: list[int] = []
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), self._Keep()
        )

    def request(self, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self._opener.open(self.base + path, data, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as answer:
            status, body = answer.code, answer.read()
        self.statuses.append(status)
        return status, body.decode("utf-8", "replace")

    def token(self, path: str) -> str:
        status, page = self.request(path)
        match = TOKEN.search(page)
        assert match, f"no CSRF token on {path} ({status})"
        return match[1]

    def sign_in(self, name: str) -> None:
        form = {"csrf_token": self.token("/login"), "username": name, "password": PASSWORD}
        status, _page = self.request("/login", form)
        assert status == 302, status


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def codeword(number: int) -> str:
    """A made-up word only this exhibit's description has (letters only: one token)."""
    letters = "".join(chr(ord("a") + int(digit)) for digit in f"{number:03d}")
    return f"quokkaprobe{letters}"


@pytest.fixture
def deployment(app: Flask, tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """gunicorn with WORKERS workers and `museum indexer` on this instance; their logs."""
    make_user(app, "cora", "curator")
    env = {
        **os.environ,
        "MUSEUM_INSTANCE_PATH": app.instance_path,
        "MEDIA_ROOT": app.config["MEDIA_ROOT"],
        "MUSEUM_DATABASE_URL": app.config["DATABASE_URL"],
        "MUSEUM_INDEXER": "external",
    }
    port = free_port()
    gunicorn = ["-m", "gunicorn", "-w", str(WORKERS), "-b", f"127.0.0.1:{port}"]
    server_log, indexer_log = tmp_path / "gunicorn.log", tmp_path / "indexer.log"
    with server_log.open("wb") as server_out, indexer_log.open("wb") as indexer_out:
        server = subprocess.Popen(
            [sys.executable, *gunicorn, "--graceful-timeout", "5", "museum:create_app()"],
            env=env,
            stdout=server_out,
            stderr=subprocess.STDOUT,
        )
        indexer = subprocess.Popen(
            [sys.executable, "-m", "museum", "indexer", "--interval", "0.2"],
            env=env,
            stdout=indexer_out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_healthy(f"http://127.0.0.1:{port}", server, server_log)
        yield f"http://127.0.0.1:{port}", server_log, indexer_log
        assert indexer.poll() is None, indexer_log.read_text()
    finally:
        for process in (server, indexer):
            process.terminate()
        for process in (server, indexer):
            process.wait(15)
    assert indexer.returncode == 0, indexer_log.read_text()
    assert "Stopped." in indexer_log.read_text()


def _wait_until_healthy(base: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        assert server.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "gunicorn did not answer:\n" + log.read_text()
        time.sleep(0.2)


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
    base, server_log, indexer_log = deployment
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
