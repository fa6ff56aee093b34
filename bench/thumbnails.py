"""Derivative speed and memory: the museum's pipeline against the naive way (and pyvips).

    .venv/bin/python bench/thumbnails.py [--images DIR] [--repeat 3]

For each image it makes the whole derivative set (five sizes, JPEG and WebP) and prints
milliseconds per image, megapixels per second and peak memory, each variant measured in a
fresh process:
  naive        open the original and resize it once per size, at full resolution
  museum       the pipeline: reduce-on-load decode, each size shrunk from the one above
  museum+tiles the pipeline as used for large images: full decode, sizes and IIIF tiles
  pyvips       libvips' thumbnail per size (when pyvips is installed: pip install 'pyvips[binary]')
Without --images it draws four test images: JPEGs of 24, 12 and 50 MP and a 5000x7000 PNG.
"""

import argparse
import io
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageOps

SIZES = {"kiosk": 2560, "large": 1600, "medium": 800, "small": 400}


def generated_images(folder: Path) -> list[Path]:
    from museum.demo import drawing

    specs = [
        ("photo-24mp.jpg", "customs_post", (6000, 4000), "JPEG"),
        ("photo-12mp.jpg", "cargo_port", (4000, 3000), "JPEG"),
        ("scan-5000x7000.png", "decree", (5000, 7000), "PNG"),
        ("photo-50mp.jpg", "border_barrier", (8660, 5774), "JPEG"),
    ]
    paths = []
    for name, motif, size, fmt in specs:
        path = folder / name
        image = drawing.render(motif, title="Benchmark", seed=7, size=size)
        image.save(path, fmt, **({"quality": 92} if fmt == "JPEG" else {}))
        paths.append(path)
    return paths


def naive(data: bytes, out: Path) -> None:
    for name, edge in [*SIZES.items(), ("square", 200)]:
        with Image.open(io.BytesIO(data)) as original:
            image = ImageOps.exif_transpose(original).convert("RGB")
            if name == "square":
                image = ImageOps.fit(image, (edge, edge), Image.Resampling.LANCZOS)
            else:
                image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
            image.save(out / f"{name}.jpg", "JPEG", quality=85, progressive=True)
            image.save(out / f"{name}.webp", "WEBP", quality=80, method=2)


def museum(data: bytes, out: Path, with_tiles: bool = False) -> None:
    from museum.media import derivatives, intake, tiles

    largest = None if with_tiles else max(derivatives.SIZES.values())
    image = intake.decode(data, "bench", 10**9, fit_within=largest)
    derivatives.write_derivatives(image, out)
    if with_tiles:
        tiles.write_tiles(image, out)


def vips(data: bytes, out: Path) -> None:
    import pyvips

    for name, edge in [*SIZES.items(), ("square", 200)]:
        crop = "centre" if name == "square" else "none"
        height = edge if name == "square" else 10_000_000
        image = pyvips.Image.thumbnail_buffer(data, edge, height=height, crop=crop, size="down")
        image = image.copy_memory()  # two saves from one sequential decode
        image.jpegsave(str(out / f"{name}.jpg"), Q=85, interlace=True, strip=True)
        image.webpsave(str(out / f"{name}.webp"), Q=80, effort=2, strip=True)


VARIANTS = {
    "naive": naive,
    "museum": museum,
    "museum+tiles": lambda data, out: museum(data, out, with_tiles=True),
    "pyvips": vips,
}


def measure(variant: str, path: str, repeat: int, results) -> None:
    """Run in a fresh process: time `repeat` runs and report the peak memory they added."""
    data = Path(path).read_bytes()
    if variant.startswith("museum"):
        import museum.media  # noqa: F401 - the app's imports are not the pipeline's memory
    baseline = memory_kb("VmRSS")
    timings = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            VARIANTS[variant](data, Path(out))
            timings.append(time.perf_counter() - started)
    peak_kb = memory_kb("VmHWM") - baseline
    results.put((statistics.median(timings), peak_kb / 1024))


def memory_kb(field: str) -> int:
    """Read this process's memory figure; VmHWM (peak) starts afresh in a new process, unlike
    getrusage's ru_maxrss, which a spawned child inherits from its parent."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def run_isolated(variant: str, path: Path, repeat: int) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=measure, args=(variant, str(path), repeat, results))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit(f"{variant} failed on {path.name}")
    return results.get(timeout=5)


def available_variants() -> list[str]:
    try:
        import pyvips  # noqa: F401
    except (ImportError, OSError):
        print("pyvips is not installed: its row is left out (pip install 'pyvips[binary]').")
        return [name for name in VARIANTS if name != "pyvips"]
    return list(VARIANTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=Path, help="a folder of images to use instead")
    parser.add_argument("--repeat", type=int, default=3, help="runs per image and variant")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=list(VARIANTS), help="variants to leave out"
    )
    args = parser.parse_args()
    variants = [name for name in available_variants() if name not in args.skip]
    with tempfile.TemporaryDirectory() as scratch:
        if args.images:
            suffixes = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"}
            paths = sorted(p for p in args.images.iterdir() if p.suffix.lower() in suffixes)
        else:
            paths = generated_images(Path(scratch))
        totals = {variant: [] for variant in variants}
        print(f"{'image':<24}{'variant':<14}{'ms/image':>10}{'MP/s':>8}{'peak MB':>9}")
        for path in paths:
            with Image.open(path) as image:
                megapixels = image.width * image.height / 1e6
            for variant in variants:
                seconds, peak = run_isolated(variant, path, args.repeat)
                totals[variant].append(seconds)
                print(
                    f"{path.name[:23]:<24}{variant:<14}{seconds * 1000:>10.0f}"
                    f"{megapixels / seconds:>8.1f}{peak:>9.0f}"
                )
        naive_total = sum(totals["naive"])
        for variant in variants[1:]:
            print(f"{variant}: {naive_total / sum(totals[variant]):.2f}x as fast as naive")
        if "pyvips" in totals:
            ratio = sum(totals["museum"]) / sum(totals["pyvips"])
            print(f"museum takes {ratio:.2f}x the time of pyvips")


if __name__ == "__main__":
    main()
