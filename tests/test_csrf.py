"""CSRF without a session: signing in and out needs the token too.

Every other write route, with a signed-in session and another session's token, is walked in
tests/test_csrf_walk.py.
"""

import pytest


@pytest.mark.parametrize("url", ["/login", "/logout"])
def test_sign_in_and_out_need_the_token_too(client, url):
    response = client.post(url, data={"username": "x", "password": "y"})
    assert response.status_code == 400
    assert "security token" in response.get_data(as_text=True)
