"""Revisions (history, compare, restore), emptying the trash and the activity log."""

import json
import re

import pytest
from sqlalchemy import func, select

from museum import catalog, db
from museum.models import Activity, Exhibit, Gallery, Revision, Tour, User
from tests.workspace import csrf_token, make_user, sign_in


def staff_user(app, name: str) -> User:
    with app.app_context():
        return db.session().scalar(select(User).where(User.username == name))


def signed_in(app, name: str, role: str):
    make_user(app, name, role)
    client = app.test_client()
    sign_in(client, name)
    return client


@pytest.fixture
def edited(app, make_exhibit) -> Exhibit:
    """A published exhibit edited three times by a curator: four revisions."""
    make_user(app, "cora", "curator")
    exhibit = make_exhibit(title="First title")
    cora = staff_user(app, "cora")
    with app.app_context():
        for title in ("Second title", "Third title", "Fourth title"):
            catalog.update_exhibit(exhibit.id, {"title": title}, by=cora)
    return exhibit


def revision_numbers(page: str) -> list[str]:
    return re.findall(r'name="a" value="(\d+)"', page)


def test_history_lists_every_revision_with_who_and_what(app, client, edited):
    sign_in(client, "cora")
    page = client.get(f"/curate/exhibits/{edited.id}/history").get_data(as_text=True)
    assert revision_numbers(page) == ["4", "3", "2", "1"]
    assert page.count("<td>updated</td>") == 3 and "<td>published</td>" in page
    assert page.count("<td>cora</td>") == 3
    assert f'href="/curate/activity?exhibit={edited.id}"' in page


def test_compare_shows_the_changed_title_before_and_after(app, client, edited):
    sign_in(client, "cora")
    page = client.get(f"/curate/exhibits/{edited.id}/history/compare?a=4&b=1")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    row = re.search(r'<th scope="row">Title</th>(.*?)</tr>', text, re.S)
    assert row, "the title changed"
    assert re.search(r'class="before">.*First title.*class="after">.*Fourth title', row[1], re.S)
    assert "Summary" not in text, "unchanged fields are not listed"


def test_compare_shows_images_and_tags_in_plain_words(app, client, make_exhibit):
    make_user(app, "cora", "curator")
    exhibit = make_exhibit(images=1)
    with app.app_context():
        image = db.session().get(Exhibit, exhibit.id).images[0]
        edit = catalog.ImageEdit(image.id, None, "New caption", "New alt", False)
        catalog.update_exhibit(exhibit.id, {}, images=[edit], tags=["brass", "seals"])
    sign_in(client, "cora")
    text = client.get(f"/curate/exhibits/{exhibit.id}/history/compare?a=1&b=2").get_data(
        as_text=True
    )
    assert "<li>scan-0.png — Caption 0 / Alt text 0</li>" in text
    assert "<li>scan-0.png — New caption / New alt</li>" in text
    assert '<th scope="row">Tags</th>' in text and "brass, seals" in text


def test_restoring_revision_one_brings_the_first_title_back_as_revision_five(app, client, edited):
    sign_in(client, "cora")
    history = f"/curate/exhibits/{edited.id}/history"
    token = csrf_token(client, history)
    response = client.post(f"{history}/1/restore", data={"csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/curate/exhibits/{edited.id}/edit"
    assert "Revision 1 restored; it is saved as revision 5." in client.get(
        response.headers["Location"]
    ).get_data(as_text=True)
    with app.app_context():
        latest = db.session().scalar(
            select(Revision)
            .where(Revision.entity == "exhibit", Revision.entity_id == edited.id)
            .order_by(Revision.number.desc())
        )
        assert latest.number == 5 and json.loads(latest.snapshot)["title"] == "First title"
    public = client.get(f"/exhibits/{edited.slug}").get_data(as_text=True)
    assert "First title" in public and "Fourth title" not in public
    page = client.get(history).get_data(as_text=True)
    assert revision_numbers(page)[0] == "5" and "<td>restored revision 1</td>" in page


def test_a_contributor_cannot_restore_a_published_exhibit(app, edited):
    cole = signed_in(app, "cole", "contributor")
    history = f"/curate/exhibits/{edited.id}/history"
    page = cole.get(history).get_data(as_text=True)
    assert "Restore revision" not in page
    token = csrf_token(cole, history)
    response = cole.post(f"{history}/1/restore", data={"csrf_token": token})
    assert response.status_code == 403
    assert "Only curators may restore revisions of published exhibits." in response.get_data(
        as_text=True
    )
    with app.app_context():
        assert db.session().get(Exhibit, edited.id).title == "Fourth title"


def test_a_contributor_may_restore_their_own_draft(app, make_exhibit):
    cole = signed_in(app, "cole", "contributor")
    author = staff_user(app, "cole")
    with app.app_context():
        draft = catalog.create_exhibit(
            {"accession_number": "D-1", "kind": "ensemble", "title": "Draft one"}, by=author
        )
        catalog.update_exhibit(draft.id, {"title": "Draft two"}, by=author)
    token = csrf_token(cole, f"/curate/exhibits/{draft.id}/history")
    response = cole.post(
        f"/curate/exhibits/{draft.id}/history/1/restore", data={"csrf_token": token}
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session().get(Exhibit, draft.id).title == "Draft one"


def test_every_post_without_a_csrf_token_is_refused(app, make_exhibit):
    admin = signed_in(app, "ada", "admin")
    exhibit = make_exhibit()
    with app.app_context():
        gallery = catalog.create_gallery(title="Hall", exhibit_ids=[exhibit.id])
        tour = catalog.create_tour(title="Walk", stops=[catalog.NewStop(exhibit.id)])
        catalog.delete_exhibit(exhibit.id)
    ada_id = staff_user(app, "ada").id
    for url, data in (
        (f"/curate/exhibits/{exhibit.id}/history/1/restore", {}),
        (f"/curate/galleries/{gallery.id}/history/1/restore", {}),
        (f"/curate/tours/{tour.id}/history/1/restore", {}),
        ("/curate/trash/empty", {}),
        ("/curate/users", {"username": "eve", "password": "x" * 10, "confirm": "x" * 10}),
        (f"/curate/users/{ada_id}/role", {"role": "admin"}),
    ):
        assert admin.post(url, data=data).status_code == 400, url
    with app.app_context():
        assert db.session().get(Exhibit, exhibit.id) is not None, "the trash was not emptied"
        assert db.session().scalar(select(User).where(User.username == "eve")) is None


def test_emptying_the_trash_is_for_admins_and_deletes_for_good(app, make_exhibit):
    gone = [make_exhibit(title="Broken scales"), make_exhibit(title="Torn form")]
    kept = make_exhibit(title="Brass seal")
    with app.app_context():
        for exhibit in gone:
            catalog.delete_exhibit(exhibit.id)
    curator = signed_in(app, "cora", "curator")
    assert "Empty the trash" not in curator.get("/curate/exhibits?trash=1").get_data(as_text=True)
    token = csrf_token(curator, "/curate/exhibits?trash=1")
    refused = curator.post("/curate/trash/empty", data={"csrf_token": token})
    assert refused.status_code == 403
    assert "This needs the admin role; you are a curator." in refused.get_data(as_text=True)

    admin = signed_in(app, "ada", "admin")
    trash = admin.get("/curate/exhibits?trash=1").get_data(as_text=True)
    assert "Empty the trash" in trash
    token = csrf_token(admin, "/curate/exhibits?trash=1")
    response = admin.post("/curate/trash/empty", data={"csrf_token": token})
    assert response.status_code == 302
    page = admin.get(response.headers["Location"]).get_data(as_text=True)
    assert "2 exhibits deleted for good." in page
    with app.app_context():
        remaining = db.session().scalars(select(Exhibit.id)).all()
        assert remaining == [kept.id]
    log = admin.get("/curate/activity").get_data(as_text=True)
    assert log.count("<td>deleted for good</td>") == 2
    assert "Broken scales" in log and "Torn form" in log
    assert f'/curate/exhibits/{gone[0].id}/edit"' not in log, "no link to a deleted exhibit"
    assert f'/curate/exhibits/{kept.id}/edit"' in log


def test_the_activity_log_filters_by_user_and_by_exhibit(app, make_exhibit):
    first, second = make_exhibit(title="Seal press"), make_exhibit(title="Customs ledger")
    make_user(app, "cole", "contributor")
    curator = signed_in(app, "cora", "curator")
    cora, cole = staff_user(app, "cora"), staff_user(app, "cole")
    with app.app_context():
        catalog.update_exhibit(first.id, {"summary": "by cora"}, by=cora)
        catalog.update_exhibit(second.id, {"summary": "by cole"}, by=cole)

    def rows(query: str) -> list[str]:
        page = curator.get(f"/curate/activity?{query}").get_data(as_text=True)
        return re.findall(r"<td>(cora|cole|—)</td>\s*<td>([^<]+)</td>", page)

    assert rows("") == [
        ("cole", "updated"),
        ("cora", "updated"),
        ("—", "published"),
        ("—", "published"),
    ]
    assert rows(f"user={cora.id}") == [("cora", "updated")]
    assert rows(f"user={cole.id}") == [("cole", "updated")]
    assert rows(f"exhibit={first.id}") == [("cora", "updated"), ("—", "published")]
    assert rows(f"exhibit={second.id}&user={cora.id}") == []
    page = curator.get(f"/curate/activity?exhibit={first.id}").get_data(as_text=True)
    assert "Only the exhibit “Seal press”." in page
    assert f'<option value="{cole.id}">cole</option>' in page


def test_the_activity_log_pages_by_fifty(app, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context():
        for number in range(54):
            catalog.update_exhibit(exhibit.id, {"summary": f"Summary {number}"})
    curator = signed_in(app, "cora", "curator")
    first = curator.get("/curate/activity").get_data(as_text=True)
    assert first.count("<td>updated</td>") == 50 and "Page 1 of 2" in first
    second = curator.get("/curate/activity?page=2").get_data(as_text=True)
    assert second.count("<td>updated</td>") == 4 and "<td>published</td>" in second
    assert curator.get("/curate/activity?page=3").status_code == 404


def test_restoring_a_gallery_revision(app, make_exhibit):
    one, two = make_exhibit(title="Seal press"), make_exhibit(title="Customs ledger")
    three = make_exhibit(title="Brass seal")
    with app.app_context():
        gallery = catalog.create_gallery(title="Seals", exhibit_ids=[one.id, two.id])
        catalog.update_gallery(gallery.id, {"title": "Paper"}, exhibit_ids=[three.id])
    curator = signed_in(app, "cora", "curator")
    history = f"/curate/galleries/{gallery.id}/history"
    assert revision_numbers(curator.get(history).get_data(as_text=True)) == ["2", "1"]
    compare = curator.get(f"{history}/compare?a=1&b=2").get_data(as_text=True)
    assert f"<li>{one.accession_number} Seal press</li>" in compare
    token = csrf_token(curator, history)
    response = curator.post(f"{history}/1/restore", data={"csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/curate/galleries/{gallery.id}/edit"
    with app.app_context():
        restored = db.session().get(Gallery, gallery.id)
        assert restored.title == "Seals" and restored.slug == "seals"
        assert [item.exhibit_id for item in restored.items] == [one.id, two.id]
        assert _last_action("gallery", gallery.id) == "restored revision 1"
        catalog.update_gallery(gallery.id, {"title": "Two only"}, exhibit_ids=[])
        catalog.restore_gallery_revision(gallery.id, 3)  # rows already there are kept
        catalog.restore_gallery_revision(gallery.id, 1)
    with app.app_context():
        items = db.session().get(Gallery, gallery.id).items
        assert [(item.exhibit_id, item.position) for item in items] == [(one.id, 0), (two.id, 1)]


def test_restoring_a_tour_revision(app, make_exhibit):
    one, two = make_exhibit(title="Seal press"), make_exhibit(title="Customs ledger")
    with app.app_context():
        tour = catalog.create_tour(
            title="Walk",
            stops=[catalog.NewStop(one.id, "Start", "Look at the press.", room="1")],
        )
        catalog.update_tour(tour.id, {"title": "Run"}, stops=[catalog.NewStop(two.id)])
    curator = signed_in(app, "cora", "curator")
    history = f"/curate/tours/{tour.id}/history"
    compare = curator.get(f"{history}/compare?a=1&b=2").get_data(as_text=True)
    assert "Seal press — Start — room 1 — Look at the press." in compare
    token = csrf_token(curator, history)
    assert curator.post(f"{history}/1/restore", data={"csrf_token": token}).status_code == 302
    with app.app_context():
        restored = db.session().get(Tour, tour.id)
        assert restored.title == "Walk"
        stops = [(s.exhibit_id, s.title, s.narration, s.room) for s in restored.stops]
        assert stops == [(one.id, "Start", "Look at the press.", "1")]
        assert _last_action("tour", tour.id) == "restored revision 1"


def test_restoring_a_tour_leaves_out_exhibits_deleted_for_good(app, make_exhibit):
    one, two = make_exhibit(), make_exhibit()
    with app.app_context():
        tour = catalog.create_tour(
            title="Walk", stops=[catalog.NewStop(one.id), catalog.NewStop(two.id)]
        )
        catalog.update_tour(tour.id, {}, stops=[catalog.NewStop(two.id)])
        catalog.delete_exhibit(one.id)
        catalog.empty_trash()
        catalog.restore_tour_revision(tour.id, 1)
        assert [stop.exhibit_id for stop in db.session().get(Tour, tour.id).stops] == [two.id]
        with pytest.raises(catalog.NotFound):
            catalog.restore_tour_revision(tour.id, 9)


def test_galleries_and_tours_are_restored_by_curators_only(app, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context():
        gallery = catalog.create_gallery(title="Seals", exhibit_ids=[exhibit.id])
    cole = signed_in(app, "cole", "contributor")
    history = f"/curate/galleries/{gallery.id}/history"
    token = csrf_token(cole, "/curate/exhibits")
    assert cole.post(f"{history}/1/restore", data={"csrf_token": token}).status_code == 403


def _last_action(entity: str, entity_id: int) -> str:
    return db.session().scalar(
        select(Activity.action)
        .where(Activity.entity == entity, Activity.entity_id == entity_id)
        .order_by(Activity.id.desc())
    )


def test_unknown_revisions_and_records_are_404(app, client, edited):
    sign_in(client, "cora")
    assert client.get(f"/curate/exhibits/{edited.id}/history/compare?a=1&b=9").status_code == 404
    assert client.get("/curate/exhibits/999/history").status_code == 404
    token = csrf_token(client, "/curate/exhibits")
    assert (
        client.post(
            f"/curate/exhibits/{edited.id}/history/9/restore", data={"csrf_token": token}
        ).status_code
        == 404
    )
    with app.app_context():
        count = db.session().scalar(select(func.count()).select_from(Revision))
        assert count == 4
