"""How long the demo museum takes to load: two drawing processes against drawing inline.

    .venv/bin/python bench/demo_load.py [--rounds 2]

Each round loads the whole demo into a fresh temporary instance and prints the seconds taken.
"""

import argparse
import os
import statistics
import tempfile
import time

from museum import create_app, demo
from museum.instance import init_instance


def load_once(workers: int) -> float:
    with tempfile.TemporaryDirectory() as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        with app.app_context():
            init_instance()
            started = time.perf_counter()
            demo.load(workers=workers)
            return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="loads per variant (default 2)")
    args = parser.parse_args()
    images = sum(len(record.get("images", [])) for record in demo.content.EXHIBITS)
    print(f"demo: {len(demo.content.EXHIBITS)} exhibits, {images} images; {os.cpu_count()} cores")
    results = {}
    for workers in (1, 2):
        times = [load_once(workers) for _ in range(args.rounds)]
        results[workers] = statistics.median(times)
        print(
            f"  {workers} drawing process(es): median {results[workers]:.2f} s "
            f"({images / results[workers]:.1f} images/s) over {args.rounds} rounds"
        )
    print(f"  speed-up from two drawing processes: {results[1] / results[2]:.2f}x")


if __name__ == "__main__":
    main()
