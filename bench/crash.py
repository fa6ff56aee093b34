"""Crash safety, full variant of proof 2 (tests/test_crash_safety.py is the short one).

    .venv/bin/python bench/crash.py [--runs 50] [--indexer-kills 25] [--exhibits 1500] [--seed 10]

Uploads: `museum serve` (waitress, its indexer thread) is started --runs times on one instance;
each time a curator uploads an exhibit with a JPEG and the server is killed with SIGKILL where
the test-only fault hook (museum/faults.py) pauses it, at a step drawn at random (every step at
least once). Then one upload with no fault, and the judges: SQLite's integrity check, every
image row's files decoding, `museum media check` before and after one `museum media sweep
--older-than 0`, `museum indexer --once` and `museum check`.

Indexer: --exhibits published exhibits on a second instance, all queued again before each
run of `museum indexer --once`, which is killed at each of its fault steps once and otherwise
in the middle of its index commit: the fault hook marks the moment the documents are handed to
Whoosh and its commit starts (without pausing), and the kill follows after a random part of the
time one commit takes, measured first. After each kill the index is opened afresh and counted,
and the files the writer left tell what it was doing: adding documents, committing, or done.
Then the time `museum indexer --once` takes to catch up on the backlog the kills left.

The peer is the sweeper as it was before this proof, which removed originals only: it would
have left the derivative folders the sweep now removes.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from museum import catalog, create_app, db
from museum.faults import INDEXER_STEPS, UPLOAD_STEPS
from museum.instance import init_instance
from museum.models import Exhibit
from museum.search import indexer
from tests import crash_runs as crash
from tests.workspace import make_user


def new_instance(root: Path, **settings) -> crash.Instance:
    """A fresh instance in `root` (as the tests make one), its logs beside it."""
    os.environ["MUSEUM_INSTANCE_PATH"] = str(root / "instance")
    app = create_app({"MEDIA_ROOT": str(root / "media"), **settings})
    with app.app_context():
        init_instance()
    logs = root / "logs"
    logs.mkdir()
    return crash.Instance(app, logs)


def drawn_steps(runs: int, steps: tuple[str, ...], rng: random.Random) -> list[str]:
    """Every step once (when there are runs enough), the rest drawn at random, shuffled."""
    first = list(steps) if runs >= len(steps) else []
    drawn = first + [rng.choice(steps) for _ in range(runs - len(first))]
    rng.shuffle(drawn)
    return drawn


def seconds(values: list[float]) -> str:
    if not values:
        return "-"
    return f"median {statistics.median(values):.2f} s, max {max(values):.2f} s (n={len(values)})"


def timed(action):
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def verdict(code: int, output: str) -> str:
    """'clean', or the exit code and the last line (the summary)."""
    if code == 0:
        return "clean"
    return f"exit {code}: {output.strip().splitlines()[-1]}"


def upload_kills(root: Path, runs: int, rng: random.Random) -> None:
    instance = new_instance(root)
    app = instance.app
    make_user(app, crash.CURATOR, "curator")
    steps = drawn_steps(runs, UPLOAD_STEPS, rng)
    print(f"Uploads: {runs} runs of `museum serve`, each killed with SIGKILL at a hooked step")
    done = []
    for number, step in enumerate(steps):
        done.append(crash.upload_and_kill(instance, number, step))
        print(".", end="", flush=True)
    print()
    answered = [run for run in done if run.status is not None]
    committed = [run.number for run in done if run.step == "committed"]
    last, last_seconds = timed(lambda: crash.upload_through(instance, len(done), committed))
    hits = Counter(steps)
    print("  steps hit: " + ", ".join(f"{step} {hits[step]}" for step in UPLOAD_STEPS))
    print(f"  answers before the kill: {len(answered)} (expected 0)")
    print(f"  server start, kill to healthy: {seconds([run.start_seconds for run in done])}")
    print(
        f"  then one upload with no fault: answer {last.status}, in {last_seconds:.1f} s with "
        f"the search of {len(committed) + 1} exhibits; never found by search: {last.unfound}"
    )
    judge_uploads(instance, steps, [*committed, last.number])


def judge_uploads(instance: crash.Instance, steps: list[str], saved: list[int]) -> None:
    app, runner = instance.app, instance.app.test_cli_runner()
    print(f"  PRAGMA integrity_check: {', '.join(crash.integrity_check(app))}")
    with app.app_context():
        rows = db.session().scalar(select(func.count()).select_from(Exhibit))
    print(f"  exhibits in the database: {rows} (committed before a kill or after: {len(saved)})")
    broken = crash.broken_image_files(app)
    print(f"  image files missing or not decoding: {len(broken)} {broken[:3]}")
    code, output = crash.command(runner, "media", "check")
    print(f"  media check before the sweep: {verdict(code, output)}")
    removed, sweep_seconds = timed(lambda: crash.sweep(runner))
    expected = crash.expected_sweep(steps)
    print(f"  sweep removed in {sweep_seconds:.2f} s: {removed}")
    print(f"  expected from the steps hit:   {expected}")
    peer = removed["derivative folders without an original"]
    print(f"  peer, the sweeper before this proof (originals only), would have left: {peer}")
    code, output = crash.command(runner, "media", "check")
    print(f"  media check after the sweep: {verdict(code, output)}")
    (code, output), catch_up = timed(lambda: crash.command(runner, "indexer", "--once"))
    print(f"  indexer --once: exit {code} in {catch_up:.2f} s")
    code, output = crash.command(runner, "check")
    print(f"  museum check (index against the database): {verdict(code, output)}")


def indexer_kills(root: Path, kills: int, exhibits: int, rng: random.Random) -> None:
    instance = new_instance(root, INDEXER="external")  # the catalog's commits only queue
    app = instance.app
    with app.app_context():
        for number in range(exhibits):
            fields = {"accession_number": f"IX-{number:05d}", "kind": "equipment"}
            catalog.create_exhibit(fields | {"title": f"Seal press {number}"}, publish=True)
        _count, first_seconds = timed(indexer.drain)
    window = crash.commit_seconds(instance)
    print(
        f"\nIndexer: {kills} kills of `museum indexer --once` applying {exhibits} queued "
        f"exhibits (first indexing {first_seconds:.1f} s; one index commit {window:.2f} s)"
    )
    hooked = list(INDEXER_STEPS)[:kills]
    done = [crash.indexer_and_kill(instance, n, step, 0.0) for n, step in enumerate(hooked)]
    for number in range(len(hooked), kills):
        delay = rng.uniform(0, window)
        done.append(crash.indexer_killed_in_commit(instance, number, delay))
        print(".", end="", flush=True)
    print()
    moments = Counter(kill.moment for kill in done if kill.step is None)
    opened = sum(kill.documents == exhibits for kill in done)
    print("  at a fault step: " + ", ".join(f"{k.step} ({k.moment})" for k in done if k.step))
    print(
        "  at a random moment of the commit: "
        + ", ".join(f"{moment} {moments[moment]}" for moment in crash.MOMENTS)
    )
    print(f"  index opened afresh after the kill, every exhibit in it once: {opened}/{len(done)}")
    runner = app.test_cli_runner()
    with app.app_context():
        backlog = indexer.pending_count()
    (code, output), catch_up = timed(lambda: crash.command(runner, "indexer", "--once"))
    print(f"  indexer --once afterwards ({backlog} outbox rows): exit {code} in {catch_up:.2f} s")
    code, output = crash.command(runner, "check")
    print(f"  museum check (index against the database): {verdict(code, output)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="server kills during uploads")
    parser.add_argument("--indexer-kills", type=int, default=25, help="indexer kills")
    parser.add_argument("--exhibits", type=int, default=1500, help="exhibits the indexer applies")
    parser.add_argument("--seed", type=int, default=10, help="the random steps and moments")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        upload_kills(Path(folder) / "uploads", options.runs, rng)
        indexer_kills(Path(folder) / "indexer", options.indexer_kills, options.exhibits, rng)
    print(f"\nTotal {time.perf_counter() - started:.0f} s, seed {options.seed}")


if __name__ == "__main__":
    sys.exit(main())
