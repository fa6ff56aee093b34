"""Crash runs of issue 10's proof 2, shared by tests/test_crash_safety.py (short) and
bench/crash.py (full): a real `museum serve` or `museum indexer` process, paused by the
test-only fault hook (museum/faults.py) at a named step and killed there with SIGKILL, then
the judges of what it left: SQLite's integrity check, every image row's files, the sweeper,
`museum media check`, the indexer catching up and `museum check`.
"""

import http.client
import io
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import requests
from flask import Flask
from flask.testing import FlaskCliRunner
from PIL import Image, ImageDraw
from sqlalchemy import select
from whoosh import index as whoosh_index

from museum import db, media
from museum.cli import main
from museum.media import derivatives, maintenance
from museum.models import Exhibit, IndexOutbox
from museum.models import Image as ImageRow
from museum.search import indexer
from tests.deployment import Client, codeword, free_port, wait_until_healthy

CURATOR = "cora"  # the tests make this curator with tests.workspace.make_user
MARKER_DEADLINE_SECONDS = 30
UPLOAD_TIMEOUT_SECONDS = 60


def jpeg(number: int, size: tuple[int, int] = (640, 480)) -> bytes:
    """A small valid JPEG, different for every number (so no upload finds its twin stored)."""
    image = Image.new("RGB", size, (number * 37 % 256, number * 91 % 256, 120))
    ImageDraw.Draw(image).rectangle((20, 20, 200 + number % 300, 300), outline="white", width=7)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


class Uploader(Client):
    """A curator's browser that also sends forms with files."""

    def upload(self, path: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]]):
        parts = {name: (filename, data, "image/jpeg") for name, (filename, data) in files.items()}
        # requests encodes the multipart body; this browser's opener (its cookies) sends it.
        body = requests.Request("POST", self.base + path, data=fields, files=parts).prepare()
        request = urllib.request.Request(
            body.url, body.body, headers={"Content-Type": body.headers["Content-Type"]}
        )
        try:
            with self._opener.open(request, timeout=UPLOAD_TIMEOUT_SECONDS) as response:
                status, page = response.status, response.read()
        except urllib.error.HTTPError as answer:
            status, page = answer.code, answer.read()
        self.statuses.append(status)
        return status, page.decode("utf-8", "replace")


@dataclass
class Instance:
    """An instance the crash runs start processes on; their logs and the fault marker go in
    `logs`."""

    app: Flask
    logs: Path

    @property
    def marker(self) -> Path:
        return self.logs / "fault-marker"

    def env(self, step: str | None, **extra: str) -> dict[str, str]:
        env = {
            key: value for key, value in os.environ.items() if not key.startswith("MUSEUM_FAULT")
        }
        env |= {
            "MUSEUM_INSTANCE_PATH": self.app.instance_path,
            "MEDIA_ROOT": self.app.config["MEDIA_ROOT"],
            "MUSEUM_DATABASE_URL": self.app.config["DATABASE_URL"],
            "MUSEUM_FAULT_MARKER": str(self.marker),
            **extra,
        }
        if step is not None:
            env["MUSEUM_FAULT_PAUSE_AT"] = step
        return env

    def start(self, args: list[str], log: Path, step: str | None, **extra: str):
        """`museum ARGS` in a process of its own, output to `log`."""
        self.marker.unlink(missing_ok=True)
        with log.open("wb") as out:
            return subprocess.Popen(
                [sys.executable, "-m", "museum", *args],
                env=self.env(step, **extra),
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait_for_marker(self, step: str, process: subprocess.Popen, log: Path) -> None:
        """Until the process says it is paused at `step`; fails if it ends or never gets there."""
        deadline = time.monotonic() + MARKER_DEADLINE_SECONDS
        while not (self.marker.exists() and self.marker.read_text() == step):
            assert process.poll() is None, f"ended before {step}:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"never paused at {step}:\n{log.read_text()}"
            time.sleep(0.01)


def sigkill(process: subprocess.Popen) -> None:
    process.kill()  # SIGKILL: no handler, no cleanup, as a power cut would leave the files
    process.wait(10)


@dataclass
class UploadRun:
    number: int
    step: str | None  # None: no fault, the upload went through
    accession: str
    start_seconds: float  # from starting `museum serve` to its first healthy answer
    status: int | None = None  # the upload's answer, when it got one
    unfound: list[str] = field(default_factory=list)  # saved exhibits search did not find


def exhibit_form(token: str, number: int) -> dict[str, str]:
    return {
        "csrf_token": token,
        "accession_number": accession(number),
        "title": f"Customs post photograph {number}",
        "kind": "photograph",
        "date_text": "ca. 1950",
        "description": f"Officers at the post, marked {codeword(number)}.",
        "action": "save",
    }


def accession(number: int) -> str:
    return f"CR-{number:03d}"


def serve(instance: Instance, number: int, step: str | None):
    """`museum serve` on a free port, with the fault hook armed at `step`; process, base URL,
    log and seconds until healthy."""
    log = instance.logs / f"serve-{number:03d}.log"
    port = free_port()
    started = time.monotonic()
    server = instance.start(["serve", "--port", str(port), "--threads", "4"], log, step)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, server, log)
    except BaseException:
        sigkill(server)
        raise
    return server, base, log, time.monotonic() - started


def upload_and_kill(instance: Instance, number: int, step: str) -> UploadRun:
    """A curator uploads an exhibit with a JPEG; the server is killed when it reaches `step`."""
    server, base, log, start_seconds = serve(instance, number, step)
    run = UploadRun(number, step, accession(number), start_seconds)
    client = Uploader(base)
    try:
        client.sign_in(CURATOR)
        form = exhibit_form(client.token("/curate/exhibits/new"), number)
        files = {"new_images": (f"post-{number}.jpg", jpeg(number))}
        upload = threading.Thread(target=_answer_into, args=(run, client, form, files), daemon=True)
        upload.start()
        instance.wait_for_marker(step, server, log)
    finally:
        sigkill(server)
    upload.join(UPLOAD_TIMEOUT_SECONDS)
    return run


def upload_through(instance: Instance, number: int, saved: list[int]) -> UploadRun:
    """A curator uploads an exhibit to a server with no fault armed, then searches until the
    server's indexer has applied exhibits `saved` (and this one); the server then stops
    normally. The run records the answer and what search never found."""
    server, base, _log, start_seconds = serve(instance, number, None)
    run = UploadRun(number, None, accession(number), start_seconds)
    try:
        client = Uploader(base)
        client.sign_in(CURATOR)
        form = exhibit_form(client.token("/curate/exhibits/new"), number)
        _answer_into(run, client, form, {"new_images": (f"post-{number}.jpg", jpeg(number))})
        run.unfound = unfound_by_search(client, [*saved, number])
    finally:
        server.terminate()
        server.wait(15)
    return run


def _answer_into(run: UploadRun, client: Uploader, form, files) -> None:
    try:
        run.status, _page = client.upload("/curate/exhibits/new", form, files)
    except (OSError, http.client.HTTPException):  # killed under the request: no answer
        run.status = None


def unfound_by_search(client: Client, numbers: list[int], deadline: float = 10.0) -> list[str]:
    """Search each exhibit's code word (only its description has it, so only the index finds
    it) until all are found or `deadline` seconds pass; the accession numbers never found."""
    waiting = {accession(number): codeword(number) for number in numbers}
    until = time.monotonic() + deadline
    while waiting and time.monotonic() < until:
        for label, word in list(waiting.items()):
            status, page = client.request(f"/curate/exhibits?q={word}")
            if status == 200 and re.search(rf"\b{re.escape(label)}\b", page):
                del waiting[label]
        time.sleep(0.2)
    return list(waiting)


# --- the judges -------------------------------------------------------------------------

# What a kill at each step leaves for the sweeper (the other steps leave nothing).
LEFT_BEHIND = {
    "derivatives-staged": "temporary leftovers",
    "derivatives-published": "derivative folders without an original",
    "original-written": "unreferenced originals",
    "rows-flushed": "unreferenced originals",
}
SWEPT = re.compile(
    r"Removed (\d+) leftover\(s\) and (\d+) unreferenced original\(s\); "
    r"(\d+) derivative folder\(s\) without an original"
)


def expected_sweep(steps: list[str]) -> dict[str, int]:
    expected = dict.fromkeys(sorted(set(LEFT_BEHIND.values())), 0)
    for step in steps:
        if step in LEFT_BEHIND:
            expected[LEFT_BEHIND[step]] += 1
    return expected


def integrity_check(app: Flask) -> list[str]:
    """SQLite's PRAGMA integrity_check: ["ok"] when the database file is sound."""
    with app.app_context(), db.engine().connect() as connection:
        return list(connection.exec_driver_sql("PRAGMA integrity_check").scalars())


def broken_image_files(app: Flask) -> list[str]:
    """Each image row's original and derivative files that are missing or do not decode."""
    problems = []
    with app.app_context():
        store = media.store()
        for row in db.session().scalars(select(ImageRow)):
            problems += _undecodable(store.original_path(row.sha256, row.format))
            folder = store.derivative_dir(row.sha256)
            meta = derivatives.read_meta(folder)
            if meta is None:
                problems.append(f"{folder}: no readable {derivatives.META_FILE}")
                continue
            pictures = [folder / name for name in maintenance.expected_files(meta)]
            for path in pictures:
                if path.suffix in (".jpg", ".webp"):
                    problems += _undecodable(path)
                elif not path.is_file():
                    problems.append(f"{path}: missing")
    return problems


def _undecodable(path: Path) -> list[str]:
    try:
        with Image.open(path) as picture:
            picture.load()
    except (OSError, SyntaxError, ValueError) as exc:  # what Pillow raises for a bad file
        return [f"{path}: {exc}"]
    return []


def sweep(runner: FlaskCliRunner) -> dict[str, int]:
    """`museum media sweep --older-than 0`; what it removed, by kind."""
    result = runner.invoke(main, ["media", "sweep", "--older-than", "0"])
    assert result.exit_code == 0, result.output
    found = SWEPT.search(result.output)
    assert found, result.output
    leftovers, originals, folders = map(int, found.groups())
    return {
        "temporary leftovers": leftovers,
        "unreferenced originals": originals,
        "derivative folders without an original": folders,
    }


def command(runner: FlaskCliRunner, *args: str) -> tuple[int, str]:
    """`museum ARGS` on the instance; its exit code and output."""
    result = runner.invoke(main, list(args))
    return result.exit_code, result.output


# --- the indexer ------------------------------------------------------------------------

# What a killed Whoosh writer was doing, read from the files it left. A writer creates its new
# segment's files as it opens, and they stay empty while documents are added (postings wait in
# memory); the commit fills them (or merges segments into new files) and then writes the table
# of contents (TOC) that names the segment, under a temporary name renamed into place.
ADDING = "adding documents"  # new segment files, all empty
COMMITTING = "committing"  # new segment files with data in them, or a TOC not yet renamed
CLOSED = "no writer open"  # no new segment file the TOC does not name: not opened yet, or
# the commit already in place
MOMENTS = (ADDING, COMMITTING, CLOSED)


@dataclass
class IndexerKill:
    number: int
    step: str | None  # None: killed at a random moment after its Whoosh writer opened
    moment: str  # ADDING, COMMITTING or CLOSED: what the writer was doing when killed
    documents: int  # what the index, opened afresh right after, holds


def queue_everything(app: Flask) -> int:
    """Put every exhibit outside the trash in the search outbox, as touching each would."""
    with app.app_context(), db.write_session(run_hooks=False) as session:
        ids = list(session.scalars(select(Exhibit.id).where(Exhibit.deleted_at.is_(None))))
        session.add_all(IndexOutbox(exhibit_id=exhibit_id) for exhibit_id in ids)
    return len(ids)


def generation(app: Flask) -> Path:
    with app.app_context():
        current = indexer.store().current()
    assert current is not None, "no search index"
    return current


def documents_in_index(app: Flask) -> int:
    """Open the index afresh, as a new process would, and count its documents."""
    with app.app_context(), indexer.store().open().searcher() as searcher:
        return searcher.doc_count()


def indexer_and_kill(instance: Instance, number: int, step: str | None, delay: float):
    """Queue every exhibit, start `museum indexer --once` and kill it: at `step`, or `delay`
    seconds after its Whoosh writer opened."""
    queue_everything(instance.app)
    folder = generation(instance.app)
    old = {path.name for path in folder.iterdir()}
    log = instance.logs / f"indexer-{number:03d}.log"
    process = instance.start(["indexer", "--once"], log, step, MUSEUM_INDEXER="external")
    try:
        if step is not None:
            instance.wait_for_marker(step, process, log)
        else:
            wait_for_writer(folder, old, process, log)
            time.sleep(delay)
    finally:
        sigkill(process)
    moment = writer_moment(folder, old)
    return IndexerKill(number, step, moment, documents_in_index(instance.app))


def indexer_killed_in_commit(instance: Instance, number: int, delay: float):
    """Queue every exhibit, start `museum indexer --once` and kill it `delay` seconds after it
    handed its documents to Whoosh and called commit (the fault hook marks the moment and goes
    on: FAULT_PAUSE_SECONDS 0)."""
    queue_everything(instance.app)
    folder = generation(instance.app)
    old = {path.name for path in folder.iterdir()}
    log = instance.logs / f"indexer-{number:03d}.log"
    step = "index-written"
    process = instance.start(
        ["indexer", "--once"], log, step, MUSEUM_INDEXER="external", MUSEUM_FAULT_PAUSE_SECONDS="0"
    )
    try:
        instance.wait_for_marker(step, process, log)
        time.sleep(delay)
    finally:
        sigkill(process)
    moment = writer_moment(folder, old)
    return IndexerKill(number, None, moment, documents_in_index(instance.app))


def commit_seconds(instance: Instance) -> float:
    """How long the index commit of one run of `museum indexer --once` takes: from the
    "index-written" mark to the new segment named in Whoosh's TOC (polled every 2 ms)."""
    queue_everything(instance.app)
    folder = generation(instance.app)
    old = {path.name for path in folder.iterdir()}
    log = instance.logs / "indexer-commit-calibration.log"
    step = "index-written"
    process = instance.start(
        ["indexer", "--once"], log, step, MUSEUM_INDEXER="external", MUSEUM_FAULT_PAUSE_SECONDS="0"
    )
    instance.wait_for_marker(step, process, log)
    started = time.perf_counter()
    while writer_moment(folder, old) != CLOSED:
        time.sleep(0.002)
    seconds = time.perf_counter() - started
    assert process.wait(300) == 0, log.read_text()
    return seconds


def wait_for_writer(folder: Path, old: set[str], process, log: Path) -> None:
    """Until the indexer's writer has created its new segment's files."""
    deadline = time.monotonic() + MARKER_DEADLINE_SECONDS
    while not unnamed_segment_files(folder, old):
        assert process.poll() is None, f"the indexer ended before it wrote:\n{log.read_text()}"
        assert time.monotonic() < deadline, f"the indexer never wrote:\n{log.read_text()}"
        time.sleep(0.002)


def unnamed_segment_files(folder: Path, old: set[str]) -> list[Path]:
    """Segment files that were not there before (`old`) and that the TOC does not name."""
    fresh = [path for path in folder.glob("MAIN_*.*") if path.name not in old]
    if not fresh:
        return []
    segments = whoosh_index.open_dir(str(folder))._segments()  # Whoosh's TOC, read only
    named = {segment.segment_id() for segment in segments}
    return [path for path in fresh if path.name.split(".")[0] not in named]


def writer_moment(folder: Path, old: set[str]) -> str:
    """ADDING, COMMITTING or CLOSED: see above (`old`: the files there before the writer)."""
    unnamed = unnamed_segment_files(folder, old)
    renaming = [path for path in folder.glob("_MAIN_*.toc.*") if path.name not in old]
    if renaming or any(path.stat().st_size for path in unnamed if path.exists()):
        return COMMITTING
    return ADDING if unnamed else CLOSED
