"""Session cookies and what ends them; sign-in throttling shared through the database."""

import statistics
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from museum import create_app, db
from museum.instance import init_instance
from museum.models import LoginAttempt, User, utcnow
from tests.workspace import PASSWORD, TOKEN, csrf_token, make_user, sign_in

NEW_PASSWORD = "another long secret"


@pytest.fixture
def staff(app):
    make_user(app, "cora", "curator")
    make_user(app, "ada", "admin")


def client_from(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def session_cookie(client, name: str = "session") -> str:
    cookie = client.get_cookie(name)
    assert cookie is not None, f"no {name} cookie"
    return cookie.value


def copy_of(app, client, address: str = "127.0.0.1"):
    """Another browser holding a copy of this client's session cookie, as a thief would."""
    thief = client_from(app, address)
    thief.set_cookie("session", session_cookie(client))
    return thief


def signed_in(client) -> bool:
    return client.get("/curate/exhibits").status_code == 200


def log_out(client):
    token = csrf_token(client, "/curate/exhibits")
    return client.post("/logout", data={"csrf_token": token})


def change_password(client, current: str = PASSWORD, new: str = NEW_PASSWORD, confirm=None):
    data = {
        "csrf_token": csrf_token(client, "/curate/password"),
        "current": current,
        "password": new,
        "confirm": new if confirm is None else confirm,
    }
    return client.post("/curate/password", data=data)


def failed_tries(app, username: str, address: str, count: int, minutes_ago: float = 1) -> None:
    """Failures as earlier requests would have left them in the database."""
    with app.app_context(), db.counter_session() as session:
        moment = utcnow() - timedelta(minutes=minutes_ago)
        for _ in range(count):
            session.add(
                LoginAttempt(username=username, address=address, succeeded=False, created_at=moment)
            )


# --- cookies ---------------------------------------------------------------------------------


def test_over_https_the_session_cookie_is_a_secure_host_cookie(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "PUBLIC_BASE_URL": "https://museum.example.org",
        }
    )
    with app.app_context():
        init_instance()
    make_user(app, "cora", "curator")
    client = app.test_client()
    page = client.get("/login", base_url="https://museum.example.org")
    token = TOKEN.search(page.get_data(as_text=True))[1]
    data = {"csrf_token": token, "username": "cora", "password": PASSWORD}
    response = client.post(
        "/login",
        data=data,
        base_url="https://museum.example.org",
        headers={"Referer": "https://museum.example.org/login"},  # Flask-WTF's check over TLS
    )
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("__Host-session=")
    assert "; Secure" in cookie and "; HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "; Path=/" in cookie and "Domain=" not in cookie
    assert app.config["REMEMBER_COOKIE_NAME"].startswith("__Host-")


def test_over_http_the_cookie_is_httponly_and_lax_but_not_secure(client, staff):
    cookie = sign_in(client, "cora").headers["Set-Cookie"]
    assert cookie.startswith("session=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


# --- what ends a session -----------------------------------------------------------------------


def test_a_cookie_copied_before_logout_no_longer_works_after_it(app, client, staff):
    sign_in(client, "cora")
    thief = copy_of(app, client)
    assert signed_in(thief)  # the copy works while the session lasts
    other_device = client_from(app, "127.0.0.1")
    sign_in(other_device, "cora")
    assert log_out(client).status_code == 302
    assert not signed_in(client)
    assert not signed_in(thief)
    assert not signed_in(other_device)  # signing out ends every session of the account
    assert sign_in(client, "cora").status_code == 302 and signed_in(client)
    assert not signed_in(thief)  # a new sign-in does not bring the old cookie back


def test_logout_ends_only_that_users_sessions(app, client, staff):
    sign_in(client, "cora")
    admin = client_from(app, "127.0.0.1")
    sign_in(admin, "ada")
    log_out(client)
    assert signed_in(admin)


def test_a_password_change_keeps_this_session_and_ends_every_other(app, client, staff):
    sign_in(client, "cora")
    thief = copy_of(app, client)
    laptop = client_from(app, "127.0.0.1")
    sign_in(laptop, "cora")
    response = change_password(client)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your password is changed." in page
    assert signed_in(client)
    assert not signed_in(thief) and not signed_in(laptop)
    assert sign_in(laptop, "cora", PASSWORD).status_code == 401
    assert sign_in(laptop, "cora", NEW_PASSWORD).status_code == 302


def test_the_change_password_page_is_linked_for_every_role(app, client):
    make_user(app, "cole", "contributor")
    sign_in(client, "cole")
    page = client.get("/curate/exhibits").get_data(as_text=True)
    assert 'href="/curate/password"' in page
    form = client.get("/curate/password").get_data(as_text=True)
    for label in ("Current password", "New password", "New password again"):
        assert f">{label}</label>" in form


@pytest.mark.parametrize(
    ("current", "new", "confirm", "message"),
    [
        ("wrong password", NEW_PASSWORD, None, "That is not your current password."),
        (PASSWORD, NEW_PASSWORD, "something else", "The two passwords differ."),
        (PASSWORD, "short", None, "The password must have at least 8 characters."),
        ("", NEW_PASSWORD, None, "This field is required."),
    ],
)
def test_a_refused_password_change_says_why_and_changes_nothing(
    app, client, staff, current, new, confirm, message
):
    sign_in(client, "cora")
    thief = copy_of(app, client)
    response = change_password(client, current, new, confirm)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert signed_in(client) and signed_in(thief)
    with app.app_context():
        assert db.session().scalar(select(User.session_epoch).where(User.username == "cora")) == 0
    assert sign_in(client_from(app, "10.0.0.2"), "cora", PASSWORD).status_code == 302


def test_a_password_change_needs_its_security_token(client, staff):
    sign_in(client, "cora")
    data = {"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    response = client.post("/curate/password", data=data)
    assert response.status_code == 400
    assert "security token" in response.get_data(as_text=True)
    assert sign_in(client, "cora", PASSWORD).status_code == 302


def test_the_change_password_page_is_for_signed_in_staff_only(client):
    response = client.get("/curate/password")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")


def test_guessing_the_current_password_is_throttled_like_signing_in(app, client, staff):
    sign_in(client, "cora")
    for _ in range(10):
        assert change_password(client, current="a guess").status_code == 400
    refused = change_password(client)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert sign_in(client_from(app, "10.0.0.2"), "cora", NEW_PASSWORD).status_code == 401


# --- throttling --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cora", "nobody"])
def test_the_11th_failure_for_an_account_from_an_address_gets_429(app, client, staff, name):
    for _ in range(10):
        response = sign_in(client, name, "a guess")
        assert response.status_code == 401
        assert "That username and password do not match." in response.get_data(as_text=True)
    refused = sign_in(client, name, PASSWORD)  # even the right password waits now
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "Too many failed sign-ins for this account or from this address." in page
    assert "Please wait 15 minutes and try again." in page
    assert 14 * 60 < int(refused.headers["Retry-After"]) <= 15 * 60
    assert not signed_in(client)


def test_unknown_and_known_accounts_get_the_same_answers(app, staff):
    answers = {}
    for name, address in (("cora", "10.0.0.1"), ("nobody", "10.0.0.2")):
        client = client_from(app, address)
        seen = []
        for _ in range(11):
            response = sign_in(client, name, "a guess")
            body = response.get_data(as_text=True).replace(name, "NAME")
            body = TOKEN.sub("TOKEN", body)
            waits = "Retry-After" in response.headers
            seen.append((response.status_code, waits, body))
        answers[name] = seen
    assert answers["cora"] == answers["nobody"]


def test_other_addresses_and_other_accounts_are_not_held_up(app, client, staff):
    for _ in range(10):
        sign_in(client, "cora", "a guess")
    assert sign_in(client, "cora").status_code == 429
    assert sign_in(client_from(app, "10.0.0.9"), "cora").status_code == 302
    assert sign_in(client, "ada").status_code == 302


def test_the_wait_ends_when_the_oldest_failure_leaves_the_15_minutes(app, client, staff):
    failed_tries(app, "cora", "127.0.0.1", 1, minutes_ago=14)
    failed_tries(app, "cora", "127.0.0.1", 9, minutes_ago=2)
    refused = sign_in(client, "cora")
    assert refused.status_code == 429
    assert 55 <= int(refused.headers["Retry-After"]) <= 60
    assert "Please wait 60 seconds" in refused.get_data(as_text=True) or (
        "Please wait 59 seconds" in refused.get_data(as_text=True)
    )
    with app.app_context(), db.counter_session() as session:
        oldest = session.scalars(select(LoginAttempt).order_by(LoginAttempt.created_at)).first()
        oldest.created_at = utcnow() - timedelta(minutes=15, seconds=1)
    assert sign_in(client, "cora").status_code == 302


def test_a_success_forgives_the_failures_before_it(app, client, staff):
    failed_tries(app, "cora", "127.0.0.1", 9)
    assert sign_in(client, "cora").status_code == 302
    log_out(client)
    for _ in range(10):
        assert sign_in(client, "cora", "a guess").status_code == 401
    assert sign_in(client, "cora").status_code == 429


def test_guessing_many_accounts_from_one_address_is_held_up_too(app, client, staff):
    for number in range(10):
        failed_tries(app, f"name{number}", "127.0.0.1", 5)
    assert sign_in(client, "ada").status_code == 429
    assert sign_in(client_from(app, "10.0.0.9"), "ada").status_code == 302


def test_guessing_one_account_from_many_addresses_is_held_up_too(app, client, staff):
    for number in range(20):
        failed_tries(app, "cora", f"10.1.0.{number}", 5)
    assert sign_in(client_from(app, "10.2.0.1"), "cora").status_code == 429
    assert sign_in(client, "ada").status_code == 302


def test_parallel_guesses_cannot_slip_past_the_limit(app, staff):
    """Checked and recorded in one write transaction: 20 guesses at once, 10 get through."""
    clients = [client_from(app, "10.0.0.5") for _ in range(20)]
    tokens = [csrf_token(client, "/login") for client in clients]
    statuses: list[int] = []
    start = threading.Barrier(len(clients))

    def guess(client, token):
        start.wait(timeout=30)
        data = {"csrf_token": token, "username": "cora", "password": "a guess"}
        statuses.append(client.post("/login", data=data).status_code)

    threads = [
        threading.Thread(target=guess, args=pair) for pair in zip(clients, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [401] * 10 + [429] * 10


def test_an_unknown_name_takes_as_long_as_a_wrong_password(app, staff):
    """The password hash is checked for unknown names too (against a dummy hash)."""
    timings: dict[str, list[float]] = {"cora": [], "nobody": []}
    for round_number in range(21):
        for name in ("cora", "nobody") if round_number % 2 else ("nobody", "cora"):
            client = client_from(app, f"10.3.{round_number}.{len(timings[name])}")
            token = csrf_token(client, "/login")
            data = {"csrf_token": token, "username": name, "password": "a guess"}
            started = time.perf_counter()
            response = client.post("/login", data=data)
            elapsed = time.perf_counter() - started
            assert response.status_code == 401
            if round_number:  # the first round warms up (the dummy hash is made once)
                timings[name].append(elapsed)
    known, unknown = (statistics.median(timings[name]) for name in ("cora", "nobody"))
    assert abs(known - unknown) / max(known, unknown) < 0.3, (known, unknown)
