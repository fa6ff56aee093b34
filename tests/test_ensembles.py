"""Ensembles: curators choose the parts and place hotspots; visitors follow them."""

import re

import pytest

from museum import catalog
from tests.workspace import csrf_token


@pytest.fixture
def desk(app, make_exhibit):
    ensemble = make_exhibit("ensemble", title="The officer's desk")
    typewriter = make_exhibit("equipment", title="Typewriter")
    stamp = make_exhibit("equipment", title="Rubber stamp")
    return ensemble, typewriter, stamp


def post(client, url: str, **data):
    return client.post(
        url, data={"csrf_token": csrf_token(client, url.replace("hotspots", "parts")), **data}
    )


def test_a_curator_adds_orders_and_removes_parts(app, curator, desk):
    ensemble, typewriter, stamp = desk
    url = f"/curate/exhibits/{ensemble.id}/parts"
    found = curator.get(f"{url}?q=typew").get_data(as_text=True)
    assert "Add Typewriter" in found and "Add Rubber stamp" not in found
    for part in (typewriter, stamp):
        assert post(curator, url, action="add", part_id=part.id).status_code == 302
    post(curator, url, action="up", part_id=stamp.id)
    page = curator.get(url).get_data(as_text=True)
    assert page.index("Rubber stamp") < page.index("Typewriter")
    post(curator, url, action="remove", part_id=stamp.id)
    public = curator.get(f"/exhibits/{ensemble.slug}").get_data(as_text=True)
    # Only the parts: the removed stamp, of the same year, may show among related exhibits.
    parts = re.search(r'<section aria-labelledby="parts">.*?</section>', public, re.S).group(0)
    assert "Typewriter" in parts and "Rubber stamp" not in parts


def test_hotspots_are_saved_and_lead_visitors_to_the_part(app, curator, client, desk):
    ensemble, typewriter, stamp = desk
    with app.app_context():
        catalog.set_parts(ensemble.id, [typewriter.id, stamp.id])
    url = f"/curate/exhibits/{ensemble.id}/hotspots"
    response = post(
        curator,
        url,
        rows="1",
        **{
            "spot-0-part": typewriter.id,
            "spot-0-left": "25",
            "spot-0-top": "40",
            "spot-0-width": "30",
            "spot-0-height": "20",
        },
    )
    assert response.status_code == 302
    editor = curator.get(f"/curate/exhibits/{ensemble.id}/parts").get_data(as_text=True)
    assert 'value="25.0"' in editor and "Saved 1 hotspot." in editor
    page = client.get(f"/exhibits/{ensemble.slug}").get_data(as_text=True)
    spot = re.search(
        r'<a href="/exhibits/([^"]+)" aria-label="Typewriter">\s*'
        r'<rect x="250.0" y="400.0" width="300.0" height="200.0">',
        page,
    )
    assert spot and spot[1] == typewriter.slug


def test_a_hotspot_off_the_image_or_to_a_stranger_is_refused(app, curator, desk, make_exhibit):
    ensemble, typewriter, _stamp = desk
    stranger = make_exhibit("equipment", title="Unrelated lamp")
    with app.app_context():
        catalog.set_parts(ensemble.id, [typewriter.id])
    url = f"/curate/exhibits/{ensemble.id}/hotspots"
    off = {
        "spot-0-part": typewriter.id,
        "spot-0-left": "90",
        "spot-0-top": "10",
        "spot-0-width": "30",
        "spot-0-height": "10",
    }
    page = curator.get(post(curator, url, rows="1", **off).headers["Location"]).get_data(True)
    assert "A hotspot must lie on the image." in page
    foreign = {**off, "spot-0-part": stranger.id, "spot-0-left": "10"}
    page = curator.get(post(curator, url, rows="1", **foreign).headers["Location"]).get_data(True)
    assert "must lead to a part of this ensemble" in page


def test_hotspots_to_unpublished_parts_are_hidden(app, client, desk):
    ensemble, typewriter, _stamp = desk
    with app.app_context():
        catalog.set_parts(ensemble.id, [typewriter.id])
        catalog.set_hotspots(ensemble.id, [catalog.NewHotspot(typewriter.id, 0.1, 0.1, 0.2, 0.2)])
        catalog.unpublish_exhibit(typewriter.id)
    assert 'aria-label="Typewriter"' not in client.get(f"/exhibits/{ensemble.slug}").get_data(True)


def test_only_ensembles_have_a_parts_page(curator, desk):
    _ensemble, typewriter, _stamp = desk
    assert curator.get(f"/curate/exhibits/{typewriter.id}/parts").status_code == 404
