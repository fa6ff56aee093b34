"""Proof 7: 60 s of coverage-guided fuzzing (atheris) of the media intake finds no crash.

bench/fuzz_intake.py holds the harness: every input must come back as a plain RGB image
without metadata or be refused with the pipeline's own MediaError; any other exception, a
hang, runaway memory or a crash in a C decoder fails. The seed corpus is the hostile uploads
plus small valid images of each accepted kind. The bench runs it 10 minutes.
"""

import re
import subprocess
import sys
from pathlib import Path

SECONDS = 60
BENCH = Path(__file__).resolve().parent.parent / "bench" / "fuzz_intake.py"


def test_a_minute_of_fuzzing_the_intake_finds_no_crash(tmp_path):
    command = [sys.executable, str(BENCH), "--seconds", str(SECONDS), "--seed", "1"]
    command += ["--artifacts", str(tmp_path)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=SECONDS * 3)
    report = run.stdout + run.stderr[-5000:]
    assert run.returncode == 0, report
    assert re.search(r"^crashes: 0 ", run.stdout, re.M), report
    assert not list(tmp_path.iterdir()), f"crash inputs saved: {list(tmp_path.iterdir())}"
    executions = int(re.search(r"^executions: (\d+)", run.stdout, re.M)[1])
    refusals = int(re.search(r"^distinct refusals: (\d+)", run.stdout, re.M)[1])
    accepted = int(re.search(r"^accepted: (\d+)", run.stdout, re.M)[1])
    # The fuzzer really ran: many inputs, both kinds of outcome, several kinds of fault.
    assert executions > 10 * SECONDS and accepted > 0 and refusals >= 5, run.stdout
