"""The visual themes of galleries: one place for their names, labels, layouts and descriptions.

A theme's colours and fonts are CSS custom properties on `.theme-<name>` in museum.css, and its
layout is the `.layout-<name>` rules there. Theme names are stored in the database: never
rename one.
"""

from dataclasses import dataclass

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class Layout:
    """How a gallery page lays out its exhibits; every layout keeps the curator's order."""

    name: str
    first_row: int  # pictures in the first row load at once, the others lazily
    sizes: str  # the <img sizes> hint for the pictures of this layout
    size: str  # the derivative used as the fallback src
    largest: str  # the largest derivative the srcset offers


@dataclass(frozen=True)
class Theme:
    name: str
    label: LazyString
    layout: Layout
    description: LazyString  # one line for curators choosing a theme


GRID = Layout("grid", 4, "(max-width: 40rem) 100vw, 20rem", "small", "medium")
MASONRY = Layout("masonry", 4, "(max-width: 40rem) 100vw, 20rem", "small", "medium")
SINGLE = Layout("single", 1, "(max-width: 50rem) 100vw, 36rem", "medium", "large")
FRAMES = Layout("frames", 3, "(max-width: 40rem) 90vw, 18rem", "small", "medium")
SHELVES = Layout("shelves", 4, "(max-width: 40rem) 90vw, 16rem", "small", "medium")

THEMES: dict[str, Theme] = {
    theme.name: theme
    for theme in (
        Theme("plain", _l("Plain"), GRID, _l("the museum's own colours, exhibits in a grid")),
        Theme(
            "archive",
            _l("Archive"),
            SINGLE,
            _l("aged paper, one exhibit per row beside a large picture; suits documents"),
        ),
        Theme(
            "darkroom",
            _l("Darkroom"),
            MASONRY,
            _l("dark walls, prints of every shape side by side; suits photographs"),
        ),
        Theme(
            "workshop",
            _l("Workshop"),
            GRID,
            _l("a pegboard of tagged tools in a grid; suits equipment"),
        ),
        Theme(
            "trophy",
            _l("Trophy cabinet"),
            SHELVES,
            _l("a lit cabinet, awards on shelves with plaques; suits awards"),
        ),
        Theme(
            "office",
            _l("Office"),
            FRAMES,
            _l("a period office, a wall of framed pictures; suits the officer's desk"),
        ),
    )
}

DEFAULT = THEMES["plain"]
LABELS: dict[str, LazyString] = {name: theme.label for name, theme in THEMES.items()}


def theme_for(name: str | None) -> Theme:
    """Return the named theme, or the plain one for a name this version does not know."""
    return THEMES.get(name or "", DEFAULT)
