"""Where an import's image files come from: a folder (the command line) or a ZIP (the web).

A cell names a file by its path inside the folder or ZIP, or by its bare name when that is
unique there; letter case is forgiven when it leaves no doubt (files from Windows).
"""

import re
import zipfile
from abc import ABC, abstractmethod
from collections import defaultdict
from pathlib import Path, PurePosixPath

from flask_babel import gettext as _

from museum.transfer.errors import TransferError


class ImageSource(ABC):
    """Image files by name; `not_found` says where they were looked for, for messages."""

    def __init__(self, names: list[str], max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._exact = set(names)
        self._folded: dict[str, list[str]] = defaultdict(list)
        for name in names:
            self._folded[name.casefold()].append(name)
            self._folded[PurePosixPath(name).name.casefold()].append(name)

    def find(self, name: str) -> str | None:
        """The stored name a cell's file name stands for, or None when it is not there."""
        wanted = re.sub(r"^(?:\./)+", "", name.strip().replace("\\", "/"))
        if wanted in self._exact:
            return wanted
        candidates = set(self._folded.get(wanted.casefold(), ()))
        if not candidates:
            candidates = set(self._folded.get(PurePosixPath(wanted).name.casefold(), ()))
        return candidates.pop() if len(candidates) == 1 else None

    @abstractmethod
    def read(self, name: str) -> bytes:
        """The bytes of a stored image file (a folder's or a ZIP's)."""

    def not_found(self, name: str) -> str:
        return _("Image file “%(name)s” is not in the images.", name=name)

    def _too_large(self, name: str) -> TransferError:
        return TransferError(
            _("%(name)s is larger than %(mb)s MB.", name=name, mb=self.max_bytes // 2**20)
        )


class FolderImages(ImageSource):
    def __init__(self, folder: Path, max_bytes: int) -> None:
        if not folder.is_dir():
            raise TransferError(_("%(folder)s is not a folder of images.", folder=folder))
        self.folder = folder.resolve()
        names = [
            path.relative_to(self.folder).as_posix()
            for path in self.folder.rglob("*")
            if path.is_file() and not path.name.startswith(".")
        ]
        super().__init__(names, max_bytes)
        self.shown = str(folder)  # as given, for messages

    def not_found(self, name: str) -> str:
        return _(
            "Image file “%(name)s” is not in the folder %(folder)s.", name=name, folder=self.shown
        )

    def read(self, name: str) -> bytes:
        path = (self.folder / name).resolve()
        if not path.is_relative_to(self.folder):
            raise TransferError(
                _("%(name)s is outside the folder %(folder)s.", name=name, folder=self.shown)
            )
        if path.stat().st_size > self.max_bytes:
            raise self._too_large(name)
        return path.read_bytes()


class ZipImages(ImageSource):
    def __init__(self, path: Path, max_bytes: int, label: str = "") -> None:
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            message = _("%(file)s is not a ZIP file that can be read.", file=label or path.name)
            raise TransferError(message) from exc
        self.members = {
            info.filename: info
            for info in self.archive.infolist()
            if not info.is_dir()
            and not PurePosixPath(info.filename).name.startswith(".")
            and not info.filename.startswith("__MACOSX/")
        }
        super().__init__(list(self.members), max_bytes)
        self.shown = label or path.name

    def not_found(self, name: str) -> str:
        return _("Image file “%(name)s” is not in the ZIP file %(zip)s.", name=name, zip=self.shown)

    def read(self, name: str) -> bytes:
        info = self.members[name]
        if info.file_size > self.max_bytes:  # read() never returns more than the size declared
            raise self._too_large(name)
        try:
            return self.archive.read(info)
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
            message = _(
                "%(name)s cannot be read from the ZIP file %(zip)s: %(reason)s.",
                name=name,
                zip=self.shown,
                reason=exc,
            )
            raise TransferError(message) from exc

    def close(self) -> None:
        self.archive.close()


def open_images(path: Path, max_bytes: int, label: str = "") -> ImageSource:
    """A folder or a ZIP file of images."""
    if path.is_file():
        return ZipImages(path, max_bytes, label)
    return FolderImages(path, max_bytes)
