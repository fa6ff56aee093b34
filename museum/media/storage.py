"""Where media live on disk, and writing them so that a crash never leaves a half-written file.

originals/<aa>/<sha256>.<ext>           the upload, byte for byte; never served
derivatives/<aa>/<sha256>/<size>.jpg     what visitors see (and .webp), plus meta.json
derivatives/<aa>/<sha256>/iiif/...       IIIF level 0 tiles, for deep zoom
"""

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "TIFF": "tif"}
TEMP_PREFIX = ".tmp-"


class MediaStore:
    """The media root's layout and its atomic writes."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    @property
    def originals(self) -> Path:
        return self.root / "originals"

    @property
    def derivatives(self) -> Path:
        return self.root / "derivatives"

    def original_path(self, sha256: str, fmt: str) -> Path:
        return self.originals / sha256[:2] / f"{sha256}.{EXTENSIONS[fmt]}"

    def derivative_dir(self, sha256: str) -> Path:
        return self.derivatives / sha256[:2] / sha256

    def public_file(self, relative: str | Path) -> Path | None:
        """The derivative file at `relative` below the derivatives folder, or None.

        None for whatever leaves that folder: `..`, an absolute path, a NUL byte, or a symlink
        (of the file or of a folder on the way) whose target lies outside it.
        """
        root = self.derivatives.resolve()
        try:
            real = (root / relative).resolve(strict=True)
        except (OSError, RuntimeError, ValueError):  # missing, a symlink loop, a NUL byte
            return None
        return real if real.is_relative_to(root) and real.is_file() else None

    def write_original(self, sha256: str, fmt: str, data: bytes) -> Path | None:
        """Store an upload under its content hash; None when it was there already."""
        return write_file_atomically(self.original_path(sha256, fmt), data)

    def staging_dir(self, sha256: str) -> Path:
        """A fresh hidden folder beside the final one, to build a derivative set in."""
        parent = self.derivatives / sha256[:2]
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=parent, prefix=f"{TEMP_PREFIX}{sha256[:12]}-"))

    def publish_dir(self, staging: Path, sha256: str) -> bool:
        """Move a finished derivative set into place in one rename; False if one was there."""
        _fsync_tree(staging)
        target = self.derivative_dir(sha256)
        try:
            os.rename(staging, target)
        except OSError:
            if not target.is_dir():
                raise
            shutil.rmtree(staging, ignore_errors=True)
            return False
        _fsync_dir(target.parent)
        return True

    def temp_leftovers(self) -> list[Path]:
        """Temporary files and folders a crash left behind."""
        return sorted(self.root.rglob(f"{TEMP_PREFIX}*")) if self.root.is_dir() else []


def write_file_atomically(target: Path, data: bytes, overwrite: bool = False) -> Path | None:
    """Write via a fsynced temporary file renamed into place, so readers never see half a file.

    Returns None, writing nothing, when `target` exists and `overwrite` is false.
    """
    if target.exists() and not overwrite:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target


def remove_paths(paths: Iterable[Path]) -> None:
    """Delete files or folders an intake wrote, ignoring ones already gone."""
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
