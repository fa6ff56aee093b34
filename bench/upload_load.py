"""Proofs 1 and 9, full variant: curators uploading photographs at once for ten minutes, and a
backup taken in the middle of it that must restore cleanly.

    .venv/bin/python bench/upload_load.py [--minutes 10] [--curators 8] [--think 2 8]
                                          [--peer-minutes 3]

Each curator (its own session) saves new exhibits through the real form, each with one
2–5 MB photograph-like JPEG (tests/upload_load.py), pausing `--think` seconds (a range) before
each save as if filling in the form. The museum runs as the README's multi-process deployment:
gunicorn with 4 workers and `museum indexer`. Halfway, `museum backup` writes an archive.

It prints: uploads and answers by status, save time p50/p95/max, throughput, the time until
the indexer has applied every change after the last save, then `museum check`, whether any
derivative fails to decode, "database is locked" or tracebacks in the logs, the backup's time
and size, and the restore of that archive into a new instance (time, `museum check`).
The peer is the same load on `museum serve` (waitress, one process, indexer thread) for
`--peer-minutes`.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.deployment import (
    free_port,
    gunicorn_with_indexer,
    museum,
    wait_until_healthy,
)
from tests.upload_load import photographs, run_load
from tests.workspace import PASSWORD


def new_instance(folder: Path, curators: int) -> dict[str, str]:
    import os

    env = {
        **os.environ,
        "MUSEUM_INSTANCE_PATH": str(folder / "instance"),
        "MEDIA_ROOT": str(folder / "media"),
    }
    env.pop("MUSEUM_DATABASE_URL", None)
    _ok(museum(env, "init"))
    for number in range(curators):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "museum",
                "user",
                "add",
                f"curator{number}",
                "--role",
                "curator",
            ],
            input=f"{PASSWORD}\n{PASSWORD}\n",
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        _ok(result)
    return env


def _ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    if result.returncode != 0:
        raise SystemExit(f"{result.args}: {result.stdout}\n{result.stderr}")
    return result


def timed_load(base: str, options, jpegs: list[bytes], minutes: float):
    names = [f"curator{n}" for n in range(options.curators)]
    deadline = time.monotonic() + minutes * 60
    started = time.monotonic()
    load = run_load(
        base, names, jpegs, lambda _saved: time.monotonic() < deadline, tuple(options.think)
    )
    return load, time.monotonic() - started


def seconds_until_clean(env: dict[str, str], limit: float = 120) -> tuple[float | None, str]:
    """Seconds from now until the outbox is empty (read straight from the database), then what
    `museum check` says of the whole instance."""
    import sqlite3

    database = Path(env["MUSEUM_INSTANCE_PATH"], "museum.db")
    started = time.monotonic()
    while time.monotonic() - started < limit:
        with sqlite3.connect(database) as connection:
            queued = connection.execute("SELECT count(*) FROM index_outbox").fetchone()[0]
        if not queued:
            caught_up = time.monotonic() - started
            result = museum(env, "check")
            said = result.stdout.strip() or result.stderr.strip()  # stderr: progress bars
            return caught_up, said.splitlines()[-1]
        time.sleep(0.1)
    return None, f"{queued} changes still queued"


def undecodable(env: dict[str, str]) -> int:
    from PIL import Image

    bad = 0
    for path in Path(env["MEDIA_ROOT"], "derivatives").glob("*/*/*.*"):
        if path.suffix in (".jpg", ".webp"):
            try:
                with Image.open(path) as picture:
                    picture.load()
            except (OSError, SyntaxError):
                bad += 1
    return bad


def report(label: str, load, seconds: float, logs: str) -> None:
    times = sorted(u.seconds for u in load.uploads)
    statuses: dict[int, int] = {}
    for upload in load.uploads:
        statuses[upload.status] = statuses.get(upload.status, 0) + 1
    print(f"\n{label}: {len(load.uploads)} uploads in {seconds:.0f} s")
    print(f"  answers: {statuses}   client failures: {len(load.failures)}")
    for failure in load.failures[:5]:
        print(f"    {failure}")
    if times:
        print(
            f"  save time p50 {statistics.median(times):.2f} s  p95 {load.seconds(0.95):.2f} s  "
            f"max {times[-1]:.2f} s   throughput {len(times) / seconds:.2f} uploads/s"
        )
    print(f"  'database is locked' in the logs: {logs.count('database is locked')}")
    print(f"  tracebacks in the logs: {logs.count('Traceback')}")


def backup_and_restore(env: dict[str, str], folder: Path, at: float) -> threading.Thread:
    """`museum backup` after `at` seconds, in a thread; then its restore, printed."""

    def run() -> None:
        time.sleep(at)
        archive = folder / "during-load.zip"
        started = time.monotonic()
        _ok(museum(env, "backup", str(archive)))
        took = time.monotonic() - started
        print(f"\nbackup during the load: {took:.1f} s, {archive.stat().st_size / 1e6:.0f} MB")
        backup_and_restore.archive = archive

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def restore(archive: Path, folder: Path) -> None:
    import os

    env = {
        **os.environ,
        "MUSEUM_INSTANCE_PATH": str(folder / "instance"),
        "MEDIA_ROOT": str(folder / "media"),
    }
    _ok(museum(env, "init"))
    started = time.monotonic()
    _ok(museum(env, "restore", str(archive), timeout=3600))
    took = time.monotonic() - started
    check = museum(env, "check")
    last = check.stdout.strip().splitlines()[-1] if check.stdout.strip() else check.stderr
    import sqlite3

    with sqlite3.connect(Path(env["MUSEUM_INSTANCE_PATH"], "museum.db")) as connection:
        exhibits = connection.execute("SELECT count(*) FROM exhibit").fetchone()[0]
    print(f"restore of that archive ({exhibits} exhibits): {took:.1f} s")
    print(f"  museum check: exit {check.returncode}, {last}")
    print(f"  undecodable derivatives after restore: {undecodable(env)}")


def serve_peer(env: dict[str, str], logs: Path):
    port = free_port()
    log = logs / "waitress.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "museum", "serve", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    wait_until_healthy(f"http://127.0.0.1:{port}", server, log)
    return server, f"http://127.0.0.1:{port}", log


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--curators", type=int, default=8)
    parser.add_argument("--think", type=float, nargs=2, default=[2.0, 8.0], metavar=("MIN", "MAX"))
    parser.add_argument("--peer-minutes", type=float, default=3.0, help="0: no peer")
    options = parser.parse_args()
    jpegs = photographs()
    print(f"photographs: {', '.join(f'{len(j) / 1e6:.1f} MB' for j in jpegs)}")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        env = new_instance(folder / "gunicorn", options.curators)
        with gunicorn_with_indexer(env, folder, workers=4, timeout=120) as deployment:
            backup = backup_and_restore(env, folder, options.minutes * 30)
            load, seconds = timed_load(deployment.base, options, jpegs, options.minutes)
            caught_up, verdict = seconds_until_clean(env)
            backup.join()
            logs = deployment.logs()
        report("gunicorn, 4 workers, museum indexer", load, seconds, logs)
        if caught_up is None:
            print(f"  the index did NOT equal the database within 120 s: {verdict}")
        else:
            print(f"  the index applied every change {caught_up:.1f} s after the last save")
            print(f"  then museum check: {verdict}")
        print(f"  undecodable derivatives: {undecodable(env)}")
        restore(backup_and_restore.archive, folder / "restored")
        if options.peer_minutes:
            peer_env = new_instance(folder / "waitress", options.curators)
            server, base, log = serve_peer(peer_env, folder)
            try:
                load, seconds = timed_load(base, options, jpegs, options.peer_minutes)
            finally:
                server.terminate()
                server.wait(30)
            report("peer: museum serve (waitress, one process)", load, seconds, log.read_text())


if __name__ == "__main__":
    sys.exit(main())
