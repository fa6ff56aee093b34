"""Curators uploading photographs at once: the load of proof 1 (tests/test_upload_load.py, and
bench/upload_load.py for the ten-minute variant).

Each client is one curator's browser (its own session) that signs in and saves new exhibits
through the real form, each with one 2–5 MB JPEG, and times every save. The JPEGs are a few
photograph-like images made once (smooth shapes under film grain, so they compress like
photographs, not like flat colour or pure noise); each upload gets its own bytes by a JPEG
comment naming it, so every upload is new to the media store and is processed in full.
"""

import io
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import requests
from PIL import Image

from tests.workspace import PASSWORD

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
# Long edges on both sides of the deep-zoom threshold (2560 px): some uploads get tiles.
PHOTO_SIZES = ((2700, 2025), (3200, 2400), (4032, 3024))


def photograph(width: int, height: int, seed: int) -> bytes:
    """A photograph-like JPEG: random shapes, blurred by upscaling, under grain."""
    rng = random.Random(seed)
    small = (width // 8, height // 8)
    shapes = Image.frombytes("RGB", small, rng.randbytes(small[0] * small[1] * 3))
    shapes = shapes.resize((width, height), Image.Resampling.BILINEAR)
    grain = Image.effect_noise((width, height), 24).convert("RGB")
    buffer = io.BytesIO()
    Image.blend(shapes, grain, 0.25).save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def photographs() -> list[bytes]:
    """One photograph of each size in PHOTO_SIZES (2–4.5 MB)."""
    return [photograph(w, h, seed) for seed, (w, h) in enumerate(PHOTO_SIZES)]


def with_comment(jpeg: bytes, text: str) -> bytes:
    """The same JPEG with a comment segment after its start marker: other bytes, same pixels."""
    comment = text.encode()
    return jpeg[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + jpeg[2:]


@dataclass
class Upload:
    accession: str
    status: int
    seconds: float


@dataclass
class Load:
    """Everything the clients did: each save, and anything that went wrong in a client."""

    uploads: list[Upload] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, upload: Upload) -> None:
        with self._lock:
            self.uploads.append(upload)

    @property
    def accepted(self) -> list[str]:
        return sorted(u.accession for u in self.uploads if u.status == 302)

    def seconds(self, quantile: float) -> float:
        times = sorted(u.seconds for u in self.uploads)
        return times[min(len(times) - 1, int(quantile * len(times)))] if times else 0.0


class Curator:
    """One curator's browser session against a running server."""

    def __init__(self, base: str, name: str) -> None:
        self.base = base
        self.http = requests.Session()
        form = {"csrf_token": self._token("/login"), "username": name, "password": PASSWORD}
        answer = self.http.post(base + "/login", data=form, allow_redirects=False, timeout=60)
        if answer.status_code != 302:
            raise RuntimeError(f"sign-in failed: {answer.status_code}")

    def _token(self, path: str) -> str:
        page = self.http.get(self.base + path, timeout=60)
        match = TOKEN.search(page.text)
        if not match:
            raise RuntimeError(f"no CSRF token on {path} ({page.status_code})")
        return match[1]

    def save_exhibit(self, accession: str, jpeg: bytes) -> Upload:
        """Save a new draft with one image, as the exhibit form does; time the save alone."""
        form = {
            "csrf_token": self._token("/curate/exhibits/new"),
            "accession_number": accession,
            "title": f"Customs photograph {accession}",
            "kind": "photograph",
            "date_text": "1930s",
            "description": f"A border post, catalogued under {accession}.",
            "action": "save",
        }
        files = {"new_images": (f"{accession}.jpg", jpeg, "image/jpeg")}
        started = time.perf_counter()
        answer = self.http.post(
            self.base + "/curate/exhibits/new",
            data=form,
            files=files,
            allow_redirects=False,
            timeout=120,
        )
        return Upload(accession, answer.status_code, time.perf_counter() - started)


def run_load(
    base: str,
    curators: list[str],
    jpegs: list[bytes],
    keep_going: Callable[[int], bool],
    think_seconds: tuple[float, float] = (0.0, 0.0),
    prefix: str = "LD",
) -> Load:
    """Each curator saves exhibits while `keep_going(saved_so_far)`; all at once, in threads.

    `think_seconds` is the range of a pause before each save (filling in the form)."""
    load = Load()

    def curator_run(number: int, name: str) -> None:
        rng = random.Random(number)
        try:
            curator = Curator(base, name)
            saved = 0
            while keep_going(saved):
                time.sleep(rng.uniform(*think_seconds))
                accession = f"{prefix}-{number:02d}-{saved:04d}"
                jpeg = with_comment(rng.choice(jpegs), accession)
                load.add(curator.save_exhibit(accession, jpeg))
                saved += 1
        except Exception as exc:
            load.failures.append(f"curator {number}: {exc!r}")

    threads = [
        threading.Thread(target=curator_run, args=(number, name))
        for number, name in enumerate(curators)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return load
