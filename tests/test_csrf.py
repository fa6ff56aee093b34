"""Every form is CSRF-protected: a POST to any route without a token is refused."""

import pytest
from werkzeug.routing import AnyConverter, IntegerConverter

from tests.workspace import make_user, sign_in


def sample(converter) -> str | int:
    if isinstance(converter, IntegerConverter):
        return 1
    if isinstance(converter, AnyConverter):
        return sorted(converter.items)[0]
    return "x"


def post_urls(app) -> list[str]:
    adapter = app.url_map.bind("localhost")
    urls = set()
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods:
            values = {name: sample(rule._converters[name]) for name in rule.arguments}
            urls.add(adapter.build(rule.endpoint, values, method="POST"))
    return sorted(urls)


# Not forms: anonymous counters with no session behind them (see museum/views/kiosk.py), and
# OAI-PMH, which harvesters may ask by POST and which only reads (museum/views/oai.py).
NOT_FORMS = {"/kiosk/x/usage", "/oai"}


def test_every_post_route_refuses_a_request_without_a_token(app, client, make_exhibit):
    make_exhibit()
    make_user(app, "ada", "admin")
    sign_in(client, "ada")
    urls = post_urls(app)
    assert set(urls) >= NOT_FORMS
    assert len(urls) >= 15, urls  # the workspace has many forms: the list must not be empty
    for url in sorted(set(urls) - NOT_FORMS):
        response = client.post(url, data={"title": "changed", "action": "save"})
        assert response.status_code == 400, url
        assert "security token" in response.get_data(as_text=True), url


@pytest.mark.parametrize("url", ["/login", "/logout"])
def test_sign_in_and_out_need_the_token_too(client, url):
    assert client.post(url, data={"username": "x", "password": "y"}).status_code == 400
