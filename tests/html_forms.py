"""The POST forms of an HTML page, read as a browser would send them."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit


@dataclass
class Form:
    action: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)  # name, accept
    button: tuple[str, str] | None = None


class FormReader(HTMLParser):
    """The POST forms of a page with what a browser would send: fields, checked boxes,
    selected options, the first submit button, file inputs (controls with form="id" too)."""

    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[Form] = []
        self.by_id: dict[str, Form] = {}
        self.current: Form | None = None
        self.select: tuple[Form, str, list[str], list[str]] | None = None
        self.textarea: tuple[Form, str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._open_form(a)
            return
        form = self.by_id.get(a.get("form", "")) or self.current
        if form is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            self._input(form, name, a)
        elif tag == "button" and a.get("type", "submit") == "submit" and form.button is None:
            form.button = (name, a.get("value", "")) if name else ("", "")
        elif tag == "select" and name:
            self.select = (form, name, [], [])
        elif tag == "option" and self.select:
            (self.select[3] if "selected" in a else self.select[2]).append(a.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = (form, name, [])

    def _open_form(self, a: dict) -> None:
        if a.get("method", "get").lower() != "post":
            self.current = None
            return
        action = urlsplit(urljoin(self.page_url, a.get("action", ""))).path
        self.current = Form(action)
        self.forms.append(self.current)
        if a.get("id"):
            self.by_id[a["id"]] = self.current

    def _input(self, form: Form, name: str, a: dict) -> None:
        kind = a.get("type", "text").lower()
        if kind == "file":
            form.files.append((name, a.get("accept", "")))
        elif kind in ("checkbox", "radio"):
            if "checked" in a:
                form.fields.append((name, a.get("value", "on")))
        elif kind == "submit":
            if form.button is None:
                form.button = (name, a.get("value", ""))
        else:
            form.fields.append((name, a.get("value", "") or _sample(name, kind)))

    def handle_data(self, data: str) -> None:
        if self.textarea:
            self.textarea[2].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.current = None
        elif tag == "select" and self.select:
            form, name, options, selected = self.select
            chosen = selected or [value for value in options if value][:1] or options[:1]
            form.fields += [(name, value) for value in chosen]
            self.select = None
        elif tag == "textarea" and self.textarea:
            form, name, text = self.textarea
            form.fields.append((name, "".join(text) or "Text from the walk"))
            self.textarea = None


def _sample(name: str, kind: str) -> str:
    """A value for an empty input, as someone filling in the form would type it."""
    if kind == "number":
        return "1"
    if "password" in name or kind == "password":
        return "another long enough secret"
    return "walk-" + name.rsplit("-", 1)[-1].replace("_", "-")
