"""The wheel carries templates, migrations and static files: an install works like a checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_wheel_contains_templates_migrations_and_static_files(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(tmp_path.glob("museum-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "museum/templates/base.html",
        "museum/templates/public/exhibit.html",
        "museum/migrations/env.py",
        "museum/migrations/script.py.mako",
        "museum/static/css/museum.css",
        "museum/demo/drawing/__init__.py",
    }
    assert expected <= names
    versions = [path.name for path in (ROOT / "migrations" / "versions").glob("*.py")]
    assert {f"museum/migrations/versions/{name}" for name in versions} <= names
