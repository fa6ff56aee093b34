"""Proof 3: hostile uploads through the real curator form (a new exhibit with images).

Each file of tests/hostile_uploads.py is posted, with a valid CSRF token, by a signed-in
curator. A file that is not a usable image gets 400, 413, 415 or 422 with its specific message,
within 1 s and 300 MB, and the media folder, the database (every row of every table, SQLite or
PostgreSQL) and the search index are unchanged, byte for byte.
A valid image that carries a payload may be accepted: then no public file (derivatives, tiles)
holds any of the payload and no derivative carries EXIF, XMP, a comment or an ICC profile.

Memory: the growth of the process's peak resident set (VmHWM) during the request, after the
kernel's peak counter is reset through /proc/self/clear_refs. It counts every allocation,
Pillow's C buffers included (tracemalloc would see only Python's own).
"""

import functools
import hashlib
import io
import re
import time
from html import escape
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import MetaData, Table, select

from museum import create_app, db
from museum.instance import init_instance
from tests import hostile_uploads
from tests.workspace import csrf_token, make_user, sign_in

FORM = "/curate/exhibits/new"
MAX_SECONDS = 1.0
MAX_MEMORY_MB = 300
CORPUS = hostile_uploads.corpus()
REFUSED = [item for item in CORPUS if item.refused]
CARRIERS = [item for item in CORPUS if not item.refused]


@pytest.fixture(scope="module")
def museum(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MUSEUM_INSTANCE_PATH", str(root / "instance"))
        app = create_app({"TESTING": True, "SECRET_KEY": "t", "MEDIA_ROOT": str(root / "media")})
    with app.app_context():
        init_instance()
    make_user(app, "cora", "curator")
    client = app.test_client()
    sign_in(client, "cora")
    return app, client


def fields(client, number: int) -> dict:
    return {
        "csrf_token": csrf_token(client, FORM),
        "accession_number": f"HOSTILE-{number:03d}",
        "title": f"Hostile upload {number}",
        "kind": "equipment",
        "date_text": "1930",
        "maker": "Nobody",
        "action": "save",
    }


def snapshot(app) -> dict[str, str]:
    """Every file and folder of the media root and the index with a hash, and a SQL dump."""
    state = {}
    for label, root in (
        ("media", app.config["MEDIA_ROOT"]),
        ("index", app.config["SEARCH_INDEX_DIR"]),
    ):
        for path in sorted(Path(root).rglob("*")):
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
            state[f"{label}/{path.relative_to(root)}"] = digest
    state["database"] = database_digest(app)
    return state


def database_digest(app) -> str:
    """Every row of every table, in primary-key order: SQLite and PostgreSQL alike."""
    digest = hashlib.sha256()
    with app.app_context(), db.engine().connect() as connection:
        for table in _tables(app):
            order = list(table.primary_key.columns) or list(table.columns)
            for row in connection.execute(select(table).order_by(*order)):
                digest.update(repr((table.name, tuple(row))).encode())
    return digest.hexdigest()


@functools.cache
def _tables(app) -> list[Table]:
    with app.app_context(), db.engine().connect() as connection:
        tables = MetaData()
        tables.reflect(bind=connection)
    return tables.sorted_tables


def peak_growth_mb(run):
    """Run `run()`; return its result and how far the peak resident set rose above the start."""
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    before = _status_kb("VmRSS")
    started = time.perf_counter()
    result = run()
    elapsed = time.perf_counter() - started
    return result, elapsed, (_status_kb("VmHWM") - before) / 1024


def _status_kb(field: str) -> int:
    return int(re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)[1])


def assert_refused_quickly_and_changes_nothing(app, post, statuses, reason: str):
    before = snapshot(app)
    response, elapsed, memory = peak_growth_mb(post)
    page = response.get_data(as_text=True)
    assert response.status_code in statuses, page[:2000]
    assert escape(reason, quote=True) in page or reason in page
    assert elapsed < MAX_SECONDS, f"took {elapsed:.2f} s"
    assert memory < MAX_MEMORY_MB, f"peak memory grew by {memory:.0f} MB"
    assert snapshot(app) == before


@pytest.mark.parametrize("item", REFUSED, ids=[item.key for item in REFUSED])
def test_unusable_files_are_refused_with_their_reason_and_change_nothing(museum, item):
    app, client = museum
    data = fields(client, REFUSED.index(item))
    data["new_images"] = [(io.BytesIO(item.data), item.filename)]

    def post():
        return client.post(FORM, data=data, content_type="multipart/form-data")

    assert_refused_quickly_and_changes_nothing(app, post, item.refused, item.reason)


def test_a_body_one_byte_over_the_limit_gets_413_and_changes_nothing(museum):
    app, client = museum
    limit = app.config["MAX_CONTENT_LENGTH"]
    boundary = "hostile-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
        f"{csrf_token(client, FORM)}\r\n--{boundary}\r\nContent-Disposition: form-data; "
        f'name="new_images"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    padding = limit + 1 - len(head) - len(tail)
    body = head + hostile_uploads.over_limit_body(padding) + tail
    assert len(body) == limit + 1

    def post():
        content_type = f"multipart/form-data; boundary={boundary}"
        return client.post(FORM, data=body, content_type=content_type)

    size = f"{limit // (1024 * 1024):,} MB"
    reason = f"The most a request may carry is {size}."
    assert_refused_quickly_and_changes_nothing(app, post, (413,), reason)


def test_1001_form_parts_get_413_with_a_message_and_change_nothing(museum):
    app, client = museum
    data = fields(client, 999) | hostile_uploads.many_parts(1001)

    def post():
        return client.post(FORM, data=data, content_type="multipart/form-data")

    reason = "A form may carry at most 1,000 fields and files"
    assert_refused_quickly_and_changes_nothing(app, post, (413,), reason)


@pytest.mark.parametrize("item", CARRIERS, ids=[item.key for item in CARRIERS])
def test_payloads_of_accepted_images_never_reach_a_public_file(museum, item):
    app, client = museum
    data = fields(client, 500 + CARRIERS.index(item))
    data["new_images"] = [(io.BytesIO(item.data), item.filename)]
    before = snapshot(app)
    response = client.post(FORM, data=data, content_type="multipart/form-data")
    if response.status_code != 302:  # refused: then as any refusal
        assert response.status_code in (400, 413, 415, 422)
        assert snapshot(app) == before
        return
    public = Path(app.config["MEDIA_ROOT"]) / "derivatives"
    new = [public.parent / path.removeprefix("media/") for path in set(snapshot(app)) - set(before)]
    written = [path for path in new if path.is_file() and public in path.parents]
    assert any(path.name == "large.jpg" for path in written), "the image made no derivatives"
    for path in written:
        content = path.read_bytes()
        for payload in item.payloads:
            assert payload not in content, f"{payload!r} reached {path.relative_to(public)}"
        if path.suffix in (".jpg", ".webp"):
            with Image.open(path) as derivative:
                kept = {"exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile"}
                assert kept.isdisjoint(derivative.info), (path.name, set(derivative.info))
                assert not derivative.getexif(), path.name
