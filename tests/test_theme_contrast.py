"""Every gallery theme meets WCAG 2.2 AA contrast, read from the custom properties in museum.css."""

import re
from pathlib import Path

import pytest

from museum.themes import THEMES

CSS = Path(__file__).parent.parent / "museum" / "static" / "css" / "museum.css"
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*([^;]+)")
VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]+))?\)")

# (foreground, background, minimum ratio): text 4.5:1, the focus outline 3:1.
PAIRS = [
    ("--ink", "--paper", 4.5),
    ("--ink", "--card", 4.5),
    ("--muted", "--paper", 4.5),
    ("--muted", "--card", 4.5),
    ("--accent", "--paper", 4.5),  # links
    ("--accent", "--card", 4.5),
    ("--accent-ink", "--accent", 4.5),  # buttons, plaques
    ("--header-ink", "--header", 4.5),  # the site header
    ("--accent", "--paper", 3.0),  # the focus outline (a:focus-visible, button:focus-visible)
]


def custom_properties(css: str, selector: str) -> dict[str, str]:
    """The custom properties of every rule whose whole selector is `selector`."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found: dict[str, str] = {}
    for selectors, body in RULE.findall(css):
        if selector in (part.strip() for part in selectors.split(",")):
            found.update((name, value.strip()) for name, value in PROPERTY.findall(body))
    return found


def resolve(name: str, own: dict[str, str], root: dict[str, str]) -> str:
    """A property's value with var() references resolved where it is declared, as browsers do:
    a theme's own property sees the theme's values, one inherited from :root sees :root's."""
    if name not in own:
        own = root
    value = own.get(name)
    assert value is not None, f"{name} is not defined"
    for _ in range(10):
        match = VAR.search(value)
        if not match:
            return value
        inner = own.get(match[1], root.get(match[1], match[2]))
        assert inner is not None, f"{match[1]} is not defined"
        value = value[: match.start()] + inner.strip() + value[match.end() :]
    raise AssertionError(f"{name} refers to itself")


def rgb(color: str) -> tuple[float, float, float]:
    color = color.strip().lower()
    named = {"#fff": "#ffffff", "#000": "#000000", "white": "#ffffff", "black": "#000000"}
    color = named.get(color, color)
    if re.fullmatch(r"#[0-9a-f]{3}", color):
        color = "#" + "".join(c * 2 for c in color[1:])
    assert re.fullmatch(r"#[0-9a-f]{6}", color), f"not an opaque colour: {color}"
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def luminance(color: str) -> float:
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb(color)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000", "#fff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#fff", "#fff") == pytest.approx(1)


def test_every_theme_has_its_custom_properties():
    css = CSS.read_text(encoding="utf-8")
    for name in THEMES:
        if name != "plain":  # plain is :root itself
            assert custom_properties(css, f".theme-{name}"), f".theme-{name} is missing"


@pytest.mark.parametrize("name", list(THEMES))
def test_theme_colours_meet_wcag_aa(name):
    css = CSS.read_text(encoding="utf-8")
    root = custom_properties(css, ":root")
    own = {} if name == "plain" else custom_properties(css, f".theme-{name}")
    failures = []
    for foreground, background, minimum in PAIRS:
        fg, bg = resolve(foreground, own, root), resolve(background, own, root)
        ratio = contrast(fg, bg)
        if ratio < minimum:
            failures.append(f"{foreground} {fg} on {background} {bg}: {ratio:.2f} < {minimum}")
    assert not failures, f"theme {name}: " + "; ".join(failures)
