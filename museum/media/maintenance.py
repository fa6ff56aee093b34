"""Keeping media and rows in step: `museum media check` and `museum media rebuild`."""

import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from museum.media import derivatives, tiles
from museum.media.derivatives import FORMATS, SIZE_NAMES
from museum.media.intake import decode, sniff
from museum.media.storage import TEMP_PREFIX, MediaStore, remove_paths

LEFTOVER_AGE_SECONDS = 24 * 3600


@dataclass
class Report:
    """What `museum media check` found; empty lists mean all is well."""

    rows_without_files: list[str] = field(default_factory=list)
    originals_without_rows: list[Path] = field(default_factory=list)
    originals_without_derivatives: list[Path] = field(default_factory=list)
    derivatives_without_originals: list[Path] = field(default_factory=list)
    temporary_leftovers: list[Path] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return sum(len(found) for found in vars(self).values())


def expected_files(meta: derivatives.Meta) -> list[str]:
    """The files a complete derivative set holds, relative to its folder."""
    names = [f"{size}.{extension}" for size in SIZE_NAMES for extension in FORMATS]
    names.append(derivatives.META_FILE)
    if meta.has_tiles:
        names.append(f"{tiles.FOLDER}/full/{_top_tile_size(meta)}/0/default.jpg")
    return names


def check(
    media: MediaStore,
    rows: Iterable[tuple[str, str, str]],
    progress=None,
    kept: Iterable[str] = (),
) -> Report:
    """Compare rows (label, sha256, format) with the files under the media root.

    `kept` names originals no row shows any more but a revision may bring back: not strays.
    """
    report = Report(temporary_leftovers=media.temp_leftovers())
    referenced: set[str] = set(kept)
    for label, sha256, fmt in rows:
        referenced.add(sha256)
        missing = _missing_files(media, sha256, fmt)
        if missing:
            report.rows_without_files.append(f"{label}: missing {', '.join(missing[:3])}")
        if progress:
            progress(1)
    for original in _files_below(media.originals):
        sha256 = original.stem
        if sha256 not in referenced:
            report.originals_without_rows.append(original)
        if not media.derivative_dir(sha256).is_dir():
            report.originals_without_derivatives.append(original)
    original_hashes = {path.stem for path in _files_below(media.originals)}
    for folder in _derivative_dirs(media):
        if folder.name not in original_hashes:
            report.derivatives_without_originals.append(folder)
    return report


def rebuild(
    media: MediaStore,
    originals: Iterable[tuple[str, str]],
    *,
    max_pixels: int,
    zoom_min_edge: int,
    only: set[str] | None = None,
    progress: Callable[[int], object] | None = None,
) -> dict[str, derivatives.Meta]:
    """Make the derivatives of each (sha256, format) original again; return their new meta."""
    rebuilt = {}
    for sha256, fmt in originals:
        path = media.original_path(sha256, fmt)
        data = path.read_bytes()
        upload = sniff(data, path.name, max_pixels)
        zoom = max(upload.width, upload.height) > zoom_min_edge and only is None
        largest = None if zoom else max(derivatives.SIZES.values())
        image = decode(data, path.name, max_pixels, fit_within=largest)
        old = derivatives.read_meta(media.derivative_dir(sha256))
        meta = derivatives.Meta(
            format=upload.format,
            width=image.width,
            height=image.height,
            dominant_color=derivatives.dominant_color(image),
            has_tiles=zoom or bool(old and old.has_tiles and only is not None),
        )
        _rebuild_one(media, sha256, image, meta, only, zoom)
        rebuilt[sha256] = meta
        if progress:
            progress(1)
    return rebuilt


def sweep_leftovers(media: MediaStore, older_than: float = LEFTOVER_AGE_SECONDS) -> list[Path]:
    """Remove temporary files and folders older than `older_than` seconds; return them."""
    cutoff = time.time() - older_than
    old = [path for path in media.temp_leftovers() if path.stat().st_mtime < cutoff]
    remove_paths(old)
    return old


def sweep_unreferenced(
    media: MediaStore, referenced: set[str], older_than: float = LEFTOVER_AGE_SECONDS
) -> list[Path]:
    """Remove originals no row or revision names, untouched for `older_than` seconds, with
    their derivatives; return the originals removed.

    Emptying the trash or undoing an import leaves them; the age keeps an upload whose row is
    being committed right now out of reach."""
    cutoff = time.time() - older_than
    doomed = [
        original
        for original in _files_below(media.originals)
        if original.stem not in referenced and original.stat().st_mtime < cutoff
    ]
    for original in doomed:
        remove_paths([media.derivative_dir(original.stem), original])
    return doomed


def sweep_orphan_derivatives(
    media: MediaStore, referenced: set[str], older_than: float = LEFTOVER_AGE_SECONDS
) -> list[Path]:
    """Remove derivative folders that have no original and that no row or revision names,
    untouched for `older_than` seconds; return them.

    A crash after a derivative set is renamed into place and before its original is written
    leaves one (an upload writes the derivatives first)."""
    cutoff = time.time() - older_than
    originals = {path.stem for path in _files_below(media.originals)}
    doomed = [
        folder
        for folder in _derivative_dirs(media)
        if folder.name not in originals
        and folder.name not in referenced
        and folder.stat().st_mtime < cutoff
    ]
    remove_paths(doomed)
    return doomed


def _rebuild_one(media, sha256, image, meta, only, zoom) -> None:
    staging = media.staging_dir(sha256)
    try:
        derivatives.write_derivatives(image, staging, only)
        if zoom:
            tiles.write_tiles(image, staging)
        derivatives.write_meta(staging, meta)
        target = media.derivative_dir(sha256)
        if not target.is_dir():
            media.publish_dir(staging, sha256)
            return
        _swap_into(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap_into(staging: Path, target: Path) -> None:
    """Replace files one by one (each rename is atomic), and the tile folder as a whole."""
    for path in staging.iterdir():
        if path.is_file():
            os.replace(path, target / path.name)
    new_tiles = staging / tiles.FOLDER
    if new_tiles.is_dir():
        old_tiles = target / tiles.FOLDER
        retired = target / f"{TEMP_PREFIX}{tiles.FOLDER}-old"
        if old_tiles.is_dir():
            os.rename(old_tiles, retired)
        os.rename(new_tiles, old_tiles)
        shutil.rmtree(retired, ignore_errors=True)


def _missing_files(media: MediaStore, sha256: str, fmt: str) -> list[str]:
    if not media.original_path(sha256, fmt).exists():
        return ["the original"]
    folder = media.derivative_dir(sha256)
    meta = derivatives.read_meta(folder)
    if meta is None:
        return ["all derivatives"]
    return [name for name in expected_files(meta) if not (folder / name).is_file()]


def _top_tile_size(meta: derivatives.Meta) -> str:
    _region, size, _box = next(
        tiles.tile_requests(
            meta.width, meta.height, tiles.scale_factors(meta.width, meta.height)[-1]
        )
    )
    return size


def _files_below(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.glob("*/*")
        if path.is_file() and not path.name.startswith(TEMP_PREFIX)
    )


def _derivative_dirs(media: MediaStore) -> list[Path]:
    if not media.derivatives.is_dir():
        return []
    return sorted(
        path
        for path in media.derivatives.glob("*/*")
        if path.is_dir() and not path.name.startswith(TEMP_PREFIX)
    )
