"""Real server processes for tests and benchmarks: the multi-process deployment the README
documents (gunicorn's workers with INDEXER = "external", one `museum indexer` beside them),
and a curator's browser to talk to them."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path

from flask import Flask

from tests.workspace import PASSWORD, TOKEN


@dataclass
class Deployment:
    base: str  # http://127.0.0.1:<port>
    env: dict[str, str]  # what `museum` commands need to work on the same instance
    server_log: Path
    indexer_log: Path

    def logs(self) -> str:
        return self.server_log.read_text() + self.indexer_log.read_text()


class Client:
    """One curator's browser: its own cookies; redirects are answers, not followed."""

    class _Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base: str) -> None:
        self.base = base
        self.statuses: list[int] = []
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), self._Keep()
        )

    def request(self, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self._opener.open(self.base + path, data, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as answer:
            status, body = answer.code, answer.read()
        self.statuses.append(status)
        return status, body.decode("utf-8", "replace")

    def token(self, path: str) -> str:
        status, page = self.request(path)
        match = TOKEN.search(page)
        assert match, f"no CSRF token on {path} ({status})"
        return match[1]

    def sign_in(self, name: str) -> None:
        form = {"csrf_token": self.token("/login"), "username": name, "password": PASSWORD}
        status, _page = self.request("/login", form)
        assert status == 302, status


def codeword(number: int) -> str:
    """A made-up word only this exhibit's description has (letters only: one token)."""
    letters = "".join(chr(ord("a") + int(digit)) for digit in f"{number:03d}")
    return f"quokkaprobe{letters}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def instance_env(app: Flask) -> dict[str, str]:
    """The environment for `museum` processes on the instance of a test app."""
    return {
        **os.environ,
        "MUSEUM_INSTANCE_PATH": app.instance_path,
        "MEDIA_ROOT": app.config["MEDIA_ROOT"],
        "MUSEUM_DATABASE_URL": app.config["DATABASE_URL"],
    }


@contextmanager
def gunicorn_with_indexer(
    env: dict[str, str], logs: Path, workers: int, timeout: int = 30
) -> Iterator[Deployment]:
    """Serve with `workers` gunicorn workers and apply the outbox with `museum indexer`; stop
    both at the end (the indexer must end cleanly)."""
    env = {**env, "MUSEUM_INDEXER": "external"}
    port = free_port()
    gunicorn = ["-m", "gunicorn", "-w", str(workers), "-b", f"127.0.0.1:{port}"]
    gunicorn += ["--timeout", str(timeout), "--graceful-timeout", "5", "museum:create_app()"]
    server_log, indexer_log = logs / "gunicorn.log", logs / "indexer.log"
    with server_log.open("wb") as server_out, indexer_log.open("wb") as indexer_out:
        server = subprocess.Popen(
            [sys.executable, *gunicorn], env=env, stdout=server_out, stderr=subprocess.STDOUT
        )
        indexer = subprocess.Popen(
            [sys.executable, "-m", "museum", "indexer", "--interval", "0.2"],
            env=env,
            stdout=indexer_out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", server, server_log)
        yield Deployment(f"http://127.0.0.1:{port}", env, server_log, indexer_log)
        assert indexer.poll() is None, indexer_log.read_text()
    finally:
        for process in (server, indexer):
            process.terminate()
        for process in (server, indexer):
            process.wait(30)
    assert indexer.returncode == 0, indexer_log.read_text()
    assert "Stopped." in indexer_log.read_text()


def wait_until_healthy(base: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        assert server.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "the server did not answer:\n" + log.read_text()
        time.sleep(0.2)


def museum(env: dict[str, str], *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run a `museum` command on the instance of `env`; its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "museum", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
