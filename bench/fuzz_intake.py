"""Fuzz the media intake with atheris (libFuzzer, coverage-guided) for a while, then report.

    .venv/bin/python bench/fuzz_intake.py [--seconds 600] [--seed 1] [--artifacts DIR]

The harness is what every upload goes through before anything is written: intake.sniff (what
is it, is it too large) and intake.decode (the pixels, upright, sRGB), as store_image calls
them, with a pixel cap of 16 MP instead of 180 MP (see MAX_PIXELS). An input must either come
back as a plain RGB image with no metadata, no larger than its header said, or be refused with
intake.MediaError. Any other exception is a crash: its input is saved to the artifacts folder
with its traceback, and the run goes on. A hang (over --timeout seconds for one input), memory
over --rss-limit-mb, or a crash inside a C decoder stops libFuzzer, which saves the input and
exits non-zero.

The seed corpus is tests/hostile_uploads.py's files plus small valid images of every kind the
museum accepts. Pillow's image plugins and the intake are instrumented for coverage. At the end
it prints executions, executions per second, accepted inputs, distinct refusals (status and
the decoder's own exception behind it), and crashes; it exits 1 if there was any crash.
"""

import argparse
import collections
import os
import re
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["PIL", "museum.media.intake"]):
    from PIL import (  # noqa: F401  (imported here so that their code is instrumented)
        Image,
        ImageFile,
        ImageOps,
        JpegImagePlugin,
        MpoImagePlugin,
        PngImagePlugin,
        TiffImagePlugin,
        TiffTags,
        WebPImagePlugin,
    )

    from museum.media import intake

# The pixel cap is a setting (MAX_IMAGE_PIXELS, 180 MP by default); the code paths are the same
# under any value. 16 MP keeps every input fast: at 180 MP one 64 KB input can decode for
# seconds into over a gigabyte, and the fuzzer would spend its time there and hit its limits.
MAX_PIXELS = 16_000_000
FIT_WITHIN = 2560  # the largest derivative: what store_image decodes JPEGs for
MAX_INPUT = 64 * 1024
TOP_REFUSALS = 25
NUMBERS = re.compile(r"0x[0-9a-f]+|\d+|b'[^']*'|b\"[^\"]*\"")


class Run:
    """What the harness saw, for the report."""

    def __init__(self, seconds: float, artifacts: Path) -> None:
        self.deadline = time.monotonic() + seconds
        self.started = time.monotonic()
        self.artifacts = artifacts
        self.executions = 0
        self.accepted = 0
        self.refusals: collections.Counter[str] = collections.Counter()
        self.crashes: collections.Counter[str] = collections.Counter()

    def one_input(self, data: bytes) -> None:
        if time.monotonic() > self.deadline:
            self.finish()
        self.executions += 1
        try:
            take(data)
        except intake.MediaError as refusal:
            self.refusals[describe_refusal(refusal)] += 1
            return
        except Exception as crash:
            self.record_crash(data, crash)
            return
        self.accepted += 1

    def record_crash(self, data: bytes, crash: Exception) -> None:
        where = traceback.extract_tb(crash.__traceback__)[-1]
        key = f"{type(crash).__name__} at {Path(where.filename).name}:{where.lineno}"
        self.crashes[key] += 1
        if self.crashes[key] == 1:
            name = f"crash-{len(self.crashes)}"
            (self.artifacts / f"{name}.bin").write_bytes(data)
            text = "".join(traceback.format_exception(crash))
            (self.artifacts / f"{name}.txt").write_text(text, encoding="utf-8")
            print(f"CRASH {key}: saved {self.artifacts / name}.bin\n{text}", file=sys.stderr)

    def finish(self) -> None:
        elapsed = time.monotonic() - self.started
        print(f"executions: {self.executions}")
        print(f"execs/s: {self.executions / elapsed:.0f}")
        print(f"accepted: {self.accepted}")
        print(f"distinct refusals: {len(self.refusals)}")
        for reason, count in self.refusals.most_common(TOP_REFUSALS):
            print(f"  {count:>9}  {reason}")
        print(f"crashes: {sum(self.crashes.values())} ({len(self.crashes)} distinct)")
        for key, count in self.crashes.most_common():
            print(f"  {count:>9}  {key}")
        sys.stdout.flush()
        os._exit(1 if self.crashes else 0)  # libFuzzer's loop never returns on its own


def take(data: bytes, max_pixels: int = MAX_PIXELS) -> None:
    """The intake as store_image runs it, and what must hold of an accepted image."""
    upload = intake.sniff(data, "fuzz.bin", max_pixels)
    zoom = max(upload.width, upload.height) > 2560
    image = intake.decode(data, "fuzz.bin", max_pixels, None if zoom else FIT_WITHIN)
    require(type(image) is Image.Image, f"not a fresh plain image: {type(image)}")
    require(image.mode == "RGB", f"mode {image.mode}")
    require(image.info == {}, f"metadata left: {image.info}")
    require(upload.format in intake.ACCEPTED_FORMATS, f"format {upload.format}")
    require(image.width * image.height <= max_pixels, f"{image.size} over the pixel cap")
    bigger = sorted(image.size) > sorted((upload.width, upload.height))
    require(not bigger, f"decoded {image.size}, header said {upload}")


class Violation(Exception):
    """An accepted image that breaks what the pipeline promises."""


def require(condition: bool, message: str) -> None:
    if not condition:  # not assert: python -O would skip the checks
        raise Violation(message)


def describe_refusal(refusal: intake.MediaError) -> str:
    reason = str(refusal).removeprefix("fuzz.bin: ")
    cause = refusal.__cause__
    if cause is None:
        return f"{refusal.status} {reason}"
    detail = NUMBERS.sub("N", str(cause))[:70]  # one line per kind of fault, not per size
    return f"{refusal.status} {reason} <- {type(cause).__name__}: {detail}"


def seed_corpus(folder: Path) -> int:
    """Write the hostile corpus and small valid images of every accepted kind; return count."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests import hostile_uploads

    seeds = {item.key: item.data for item in hostile_uploads.corpus()}
    seeds |= valid_images()
    written = 0
    for key, data in seeds.items():
        if 0 < len(data) <= MAX_INPUT:
            (folder / f"{key}.seed").write_bytes(data)
            written += 1
    return written


def valid_images() -> dict[str, bytes]:
    from tests.hostile_uploads import encode, picture

    small = picture((48, 32))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: turned a quarter
    grey16 = Image.linear_gradient("L").resize((32, 32)).convert("I;16")
    alpha = small.convert("RGBA")
    alpha.putalpha(128)
    return {
        "baseline.jpg": encode(small, "JPEG", quality=70),
        "progressive.jpg": encode(small, "JPEG", progressive=True),
        "rotated.jpg": encode(small, "JPEG", exif=exif),
        "cmyk.jpg": encode(small.convert("CMYK"), "JPEG"),
        "grey.jpg": encode(small.convert("L"), "JPEG"),
        "rgb.png": encode(small, "PNG"),
        "alpha.png": encode(alpha, "PNG"),
        "palette.png": encode(small.convert("P"), "PNG", transparency=0),
        "grey16.png": encode(grey16, "PNG"),
        "interlaced.png": encode(small, "PNG", interlace=1),
        "lossy.webp": encode(small, "WEBP", quality=50),
        "lossless-alpha.webp": encode(alpha, "WEBP", lossless=True),
        "raw.tif": encode(small, "TIFF"),
        "lzw.tif": encode(small, "TIFF", compression="tiff_lzw"),
        "packbits-grey.tif": encode(small.convert("L"), "TIFF", compression="packbits"),
        "deflate-alpha.tif": encode(alpha, "TIFF", compression="tiff_adobe_deflate"),
        "jpeg.tif": encode(small, "TIFF", compression="jpeg"),
        "bilevel.tif": encode(small.convert("1"), "TIFF", compression="group4"),
        "grey16.tif": encode(grey16, "TIFF"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    parser.add_argument("--rss-limit-mb", type=int, default=2048)
    parser.add_argument("--artifacts", type=Path, help="where crashes go (default: a temp dir)")
    options = parser.parse_args()
    artifacts = options.artifacts or Path(tempfile.mkdtemp(prefix="fuzz-intake-"))
    artifacts.mkdir(parents=True, exist_ok=True)
    corpus = Path(tempfile.mkdtemp(prefix="fuzz-corpus-"))
    print(f"seed corpus: {seed_corpus(corpus)} files; artifacts: {artifacts}", flush=True)
    warnings.simplefilter("ignore")  # Pillow warns about each odd EXIF block it meets
    run = Run(options.seconds, artifacts)
    atheris.Setup(
        [
            sys.argv[0],
            f"-seed={options.seed}",
            f"-timeout={options.timeout}",
            f"-rss_limit_mb={options.rss_limit_mb}",
            f"-max_len={MAX_INPUT}",
            f"-max_total_time={int(options.seconds) + 30}",  # a backstop: Run stops first
            f"-artifact_prefix={artifacts}/",
            "-print_final_stats=0",
            str(corpus),
        ],
        run.one_input,
    )
    atheris.Fuzz()
    run.finish()  # reached only if libFuzzer returns


if __name__ == "__main__":
    main()
