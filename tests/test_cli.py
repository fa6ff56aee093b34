"""The `museum` command: init, demo, user add, serve, and --help for each."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from museum import db
from museum.cli import main
from museum.models import User
from tests.postgres import on_postgres

COMMANDS = [
    [],
    ["init"],
    ["demo"],
    ["user"],
    ["user", "add"],
    ["user", "password"],
    ["serve"],
    ["indexer"],
    ["routes"],
    ["shell"],
    ["media"],
    ["media", "check"],
    ["media", "rebuild"],
    ["media", "sweep"],
    ["reindex"],
    ["run"],
    ["import"],
    ["export"],
    ["backup"],
    ["restore"],
    ["check"],
]


def test_the_help_list_names_every_command(app):
    import click

    with app.app_context(), click.Context(main) as ctx:
        listed = {tuple(words) for words in COMMANDS}
        for name in main.list_commands(ctx):
            command = main.get_command(ctx, name)
            assert (name,) in listed, name
            for sub in getattr(command, "commands", {}):
                assert (name, sub) in listed, (name, sub)


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "museum")
def test_every_command_has_help(runner, words):
    result = runner.invoke(main, [*words, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_init_is_safe_to_run_again(app, runner, make_exhibit):
    exhibit = make_exhibit()
    config_file = Path(app.instance_path) / "config.py"
    first_key = config_file.read_text()
    result = runner.invoke(main, ["init"])
    assert result.exit_code == 0, result.output
    assert "no changes" in result.output
    assert config_file.read_text() == first_key
    assert exhibit.title in app.test_client().get(f"/exhibits/{exhibit.slug}").get_data(True)


def test_init_creates_a_new_instance(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "new"))
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path / "media"))
    from museum import create_app

    result = create_app().test_cli_runner().invoke(main, ["init"])
    assert result.exit_code == 0, result.output
    assert "generated a secret key" in result.output
    assert "created the search index" in result.output
    if not on_postgres():  # there the database is the server's
        assert (tmp_path / "new" / "museum.db").exists()
    assert (tmp_path / "media" / "derivatives").is_dir()


def test_user_add_reads_the_password_from_stdin(app, runner):
    result = runner.invoke(
        main, ["user", "add", "anna", "--role", "curator"], input="correct horse\n"
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session().scalar(select(User).where(User.username == "anna"))
        assert user.role == "curator"
        assert user.password_hash != "correct horse"
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


@pytest.mark.parametrize(
    ("args", "password", "reason"),
    [
        (["user", "add", "bob"], "short\n", "at least 8 characters"),
        (["user", "add", "bob", "--role", "boss"], "long enough\n", "Invalid value for '--role'"),
    ],
)
def test_user_add_refuses_bad_input_with_a_reason(runner, args, password, reason):
    result = runner.invoke(main, args, input=password)
    assert result.exit_code != 0
    assert reason in result.output


def test_user_add_refuses_a_taken_name(runner):
    runner.invoke(main, ["user", "add", "carl"], input="long enough\n")
    result = runner.invoke(main, ["user", "add", "carl"], input="long enough\n")
    assert result.exit_code == 1
    assert "already exists" in result.output


def test_demo_refuses_a_catalog_that_is_not_empty(runner, make_exhibit):
    make_exhibit()
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 1
    assert "not empty" in result.output
    skipped = runner.invoke(main, ["demo", "--if-empty"])
    assert skipped.exit_code == 0 and "was not loaded" in skipped.output


def test_commands_refuse_an_uninitialised_instance(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path))
    from museum import create_app

    result = create_app().test_cli_runner().invoke(main, ["demo"])
    assert result.exit_code == 1
    assert "run 'museum init'" in result.output


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_on_the_given_port(app, tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "MUSEUM_INSTANCE_PATH": app.instance_path,
        "MEDIA_ROOT": app.config["MEDIA_ROOT"],
        "MUSEUM_DATABASE_URL": app.config["DATABASE_URL"],
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "museum", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "server did not answer"
                assert server.poll() is None, server.stdout.read().decode()
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(10)


def test_a_failure_of_the_disk_is_told_in_one_line(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(blocked / "instance"))
    from museum import create_app

    result = create_app().test_cli_runner().invoke(main, ["init"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_user_password_sets_a_new_password_and_ends_old_sessions(app, runner):
    from werkzeug.security import check_password_hash

    runner.invoke(main, ["user", "add", "dora"], input="first password\n")
    with app.app_context():
        before = db.session().scalar(select(User).where(User.username == "dora")).session_epoch
    result = runner.invoke(main, ["user", "password", "dora"], input="second password\n")
    assert result.exit_code == 0, result.output
    with app.app_context():
        db.session().expire_all()
        user = db.session().scalar(select(User).where(User.username == "dora"))
        assert check_password_hash(user.password_hash, "second password")
        assert user.session_epoch == before + 1
    missing = runner.invoke(main, ["user", "password", "nobody"], input="long enough\n")
    assert missing.exit_code == 1 and "No staff account nobody" in missing.output
