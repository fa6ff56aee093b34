"""Security-relevant dependencies: pyproject.toml declares a floor at or above the release that
fixed the last known hole, and what is installed meets what pyproject.toml declares.

Lowering a floor in pyproject.toml, or running on an older installed version, fails here.
"""

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"

# The lowest release of each we accept, and why (the advisory fixed by that release).
SECURITY_FLOORS = {
    "pillow": "12.3",  # heap out-of-bounds writes, bomb DoS in decoders: uploads go there
    "flask": "3.1.1",  # CVE-2025-47278: fallback secret keys signed new sessions
    "werkzeug": "3.1.6",  # GHSA-87hc-h4r5-73f7, GHSA-29vq-49wr-vm6x: safe_join
    "jinja2": "3.1.6",  # CVE-2025-27516: sandbox escape through |attr
    "sqlalchemy": "2.0.30",
    "markdown-it-py": "3.0",  # CVE-2023-26302/26303: crashes on crafted input
    "waitress": "3.0.1",  # CVE-2024-49768, CVE-2024-49769: request smuggling, DoS
    "flask-wtf": "1.2",  # CSRF protection of every form
    "flask-login": "0.6.3",
}


def declared() -> dict[str, Requirement]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(line) for line in project["dependencies"]]
    return {canonicalize_name(req.name): req for req in requirements}


def floor_of(requirement: Requirement) -> Version | None:
    floors = [Version(spec.version) for spec in requirement.specifier if spec.operator == ">="]
    return max(floors, default=None)


@pytest.mark.parametrize("name", sorted(SECURITY_FLOORS))
def test_pyproject_declares_a_floor_no_lower_than_the_security_fix(name):
    requirement = declared().get(name)
    assert requirement is not None, f"{name} is not a declared dependency in pyproject.toml"
    floor = floor_of(requirement)
    assert floor is not None, f"{requirement}: no '>=' floor declared"
    assert floor >= Version(SECURITY_FLOORS[name]), (
        f"{requirement}: the floor must be at least {SECURITY_FLOORS[name]}"
    )


@pytest.mark.parametrize("name", sorted(SECURITY_FLOORS))
def test_installed_version_meets_what_pyproject_declares(name):
    requirement = declared()[name]
    try:
        installed = Version(version(name))
    except PackageNotFoundError:
        pytest.fail(f"{name} is declared in pyproject.toml but not installed")
    assert requirement.specifier.contains(installed, prereleases=True), (
        f"installed {name} {installed} does not satisfy {requirement}; run `make test` to update"
    )
