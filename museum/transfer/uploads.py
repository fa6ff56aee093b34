"""The workspace's import between its steps: the uploaded CSV and images ZIP, the curator's
column choices and the progress of the import, in `<instance>/imports/<token>/`.

Only the curator who uploaded may use an upload. Uploads older than a day are removed when
the next one is made.
"""

import json
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import current_app
from werkzeug.datastructures import FileStorage

from museum.transfer.images import ImageSource, ZipImages

CSV_NAME, ZIP_NAME, STATE_NAME, PROGRESS_NAME = (
    "upload.csv",
    "images.zip",
    "state.json",
    "progress.json",
)
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
MAX_AGE_SECONDS = 24 * 3600
STALLED_SECONDS = 10 * 60  # a running import that has not moved for this long has stopped


@dataclass
class Upload:
    token: str
    folder: Path
    state: dict[str, Any]

    @property
    def filename(self) -> str:
        return self.state.get("filename", "")

    @property
    def images_name(self) -> str:
        return self.state.get("images_name", "")

    @property
    def by_hand(self) -> dict[int, str]:
        return {int(index): target for index, target in self.state.get("by_hand", {}).items()}

    def csv_bytes(self) -> bytes:
        return (self.folder / CSV_NAME).read_bytes()

    def images(self) -> ImageSource | None:
        path = self.folder / ZIP_NAME
        if not path.is_file():
            return None
        return ZipImages(path, current_app.config["MAX_CONTENT_LENGTH"], self.images_name)

    def save(self) -> None:
        _write_json(self.folder / STATE_NAME, self.state)

    def replace_csv(self, filename: str, data: bytes) -> None:
        (self.folder / CSV_NAME).write_bytes(data)
        self.state.update(filename=filename, by_hand={})
        self.save()

    def drop_files(self) -> None:
        """The import is over: its CSV and ZIP are not needed any more."""
        for name in (CSV_NAME, ZIP_NAME):
            (self.folder / name).unlink(missing_ok=True)

    def claim(self, total: int) -> bool:
        """Mark the import as started; False when it was started already (a double click)."""
        try:
            with open(self.folder / PROGRESS_NAME, "x", encoding="utf-8") as file:
                json.dump(_progress("running", 0, total), file)
        except FileExistsError:
            return False
        return True

    def report_progress(self, state: str, done: int, total: int, **more: Any) -> None:
        _write_json(self.folder / PROGRESS_NAME, _progress(state, done, total) | more)

    def progress(self) -> dict[str, Any] | None:
        try:
            found = json.loads((self.folder / PROGRESS_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if found["state"] == "running" and time.time() - found["updated"] > STALLED_SECONDS:
            found["state"] = "stalled"
        return found


def create(user_id: int, filename: str, data: bytes, images: FileStorage | None) -> Upload:
    """Keep an upload for the next steps; the ZIP is checked to be one."""
    root = _root()
    sweep(root)
    token = secrets.token_urlsafe(24)
    folder = root / token
    folder.mkdir(parents=True)
    (folder / CSV_NAME).write_bytes(data)
    state = {"user_id": user_id, "filename": filename, "by_hand": {}, "created": time.time()}
    if images is not None and images.filename:
        images.save(folder / ZIP_NAME)
        state["images_name"] = images.filename
    upload = Upload(token, folder, state)
    upload.save()
    return upload


def load(token: str, user_id: int) -> Upload | None:
    """The upload with this token, if it is this user's."""
    if not TOKEN.match(token):
        return None
    folder = _root() / token
    try:
        state = json.loads((folder / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Upload(token, folder, state) if state.get("user_id") == user_id else None


def discard(upload: Upload) -> None:
    shutil.rmtree(upload.folder, ignore_errors=True)


def sweep(root: Path) -> None:
    """Remove uploads older than a day (a running import's folder keeps moving)."""
    if not root.is_dir():
        return
    limit = time.time() - MAX_AGE_SECONDS
    for folder in root.iterdir():
        if folder.is_dir() and folder.stat().st_mtime < limit:
            shutil.rmtree(folder, ignore_errors=True)


def _root() -> Path:
    return Path(current_app.instance_path) / "imports"


def _progress(state: str, done: int, total: int) -> dict[str, Any]:
    return {"state": state, "done": done, "total": total, "updated": time.time()}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
