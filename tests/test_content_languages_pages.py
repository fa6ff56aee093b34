"""Visitors read exhibits, galleries and tours in their language, or are told it is missing."""

import json
import re

from museum import catalog
from museum.catalog.common import NewStop

NOTICE = "fallback-notice"


def h1(page: str) -> str:
    return re.search(r"<h1[^>]*>.*?</h1>", page, re.S)[0]


def test_switching_language_on_an_exhibit_page_shows_the_same_exhibit_translated(
    client, make_exhibit
):
    exhibit = make_exhibit(title="Customs seal", title_ru="Таможенная печать")
    english = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    switcher = re.search(r'<nav class="languages".*?</nav>', english, re.S)[0]
    russian_url = re.search(r'href="([^"]+)"[^>]*lang="ru"', switcher)[1]
    russian = client.get(russian_url).get_data(as_text=True)
    assert h1(english) == "<h1>Customs seal</h1>"
    assert h1(russian) == "<h1>Таможенная печать</h1>"
    assert f'/ru/exhibits/{exhibit.slug}"' in russian_url + '"'


def test_a_missing_translation_falls_back_to_the_default_language_and_says_so(
    app, client, make_exhibit
):
    exhibit = make_exhibit(
        title="Customs seal", summary="A seal.", title_ru="Печать", summary_ru="Печать таможни."
    )
    page = client.get(f"/ru/exhibits/{exhibit.slug}").get_data(as_text=True)
    # The description has no Russian text: it is shown in English, marked as English.
    assert '<div class="description" lang="en">' in page
    notice = re.search(rf'<p class="{NOTICE}".*?</p>', page, re.S)[0]
    assert 'lang="en">English</span>' in notice
    assert "ещё не переведена" in notice
    # Fully translated: no notice.
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"description_ru": "Описание.", "transcription_ru": "Т"})
        catalog.update_exhibit(exhibit.id, {}, images=[_image_in_russian(exhibit)])
    page = client.get(f"/ru/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert NOTICE not in page and 'lang="en"' not in page.split("<main", 1)[1]


def _image_in_russian(exhibit) -> catalog.ImageEdit:
    image = exhibit.images[0]
    return catalog.ImageEdit(
        image_id=image.id,
        caption=image.caption,
        alt_text=image.alt_text,
        translations={"ru": {"caption": "Подпись", "alt_text": "Круглая печать"}},
    )


def test_the_default_language_page_shows_text_that_exists_only_in_another_language(
    client, make_exhibit
):
    exhibit = make_exhibit(summary="", summary_tk="Möhür we onuň gutusy.")
    page = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert '<p class="lead" lang="tk">Möhür we onuň gutusy.</p>' in page
    assert 'lang="tk">Türkmençe</span>' in page


def test_image_captions_and_alt_texts_follow_the_page_language(app, client, make_exhibit):
    exhibit = make_exhibit(images=1)
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {}, images=[_image_in_russian(exhibit)])
    page = client.get(f"/ru/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "<figcaption>Подпись</figcaption>" in page
    assert 'alt="Круглая печать"' in page


def test_json_ld_and_sharing_tags_carry_the_page_language_escaped(client, make_exhibit):
    title = "Печать </script><script>alert(1)</script>"
    exhibit = make_exhibit(title_ru=title)
    page = client.get(f"/ru/exhibits/{exhibit.slug}").get_data(as_text=True)
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    assert json.loads(script)["name"] == title
    assert "<script>alert(1)" not in page
    assert 'property="og:title" content="Печать &lt;/script&gt;' in page


def test_browsing_by_title_sorts_by_the_titles_visitors_read(client, make_exhibit):
    make_exhibit(title="Alpha", title_ru="Яблоко")
    make_exhibit(title="Beta", title_ru="Арбуз")
    page = client.get("/ru/exhibits/?sort=title").get_data(as_text=True)
    assert page.index("Арбуз") < page.index("Яблоко")
    page = client.get("/exhibits/?sort=title").get_data(as_text=True)
    assert page.index("Alpha") < page.index("Beta")


def test_galleries_and_tours_in_the_visitors_language(app, client, make_exhibit):
    exhibit = make_exhibit(title_ru="Печать")
    with app.app_context():
        gallery, tour = _gallery_and_tour(exhibit)
    page = client.get(f"/ru/galleries/{gallery.slug}").get_data(as_text=True)
    assert h1(page) == "<h1>Печати</h1>"
    assert '<div class="introduction" lang="en">' in page and NOTICE in page
    assert ">Печать</a>" in page
    page = client.get(f"/ru/tours/{tour.slug}").get_data(as_text=True)
    assert h1(page) == "<h1>Прогулка</h1>" and NOTICE not in page
    page = client.get(f"/ru/tours/{tour.slug}/1").get_data(as_text=True)
    assert "Смотрите." in page and "Look here." not in page
    assert h1(page) == "<h1>Печать</h1>" and NOTICE not in page


def _gallery_and_tour(exhibit):
    gallery = catalog.create_gallery(
        title="Seals",
        introduction="All about seals.",
        exhibit_ids=[exhibit.id],
        translations={"ru": {"title": "Печати"}},
        published=True,
    )
    stop = NewStop(
        exhibit.id, narration="Look here.", translations={"ru": {"narration": "Смотрите."}}
    )
    tour = catalog.create_tour(
        title="Walk",
        stops=[stop],
        translations={"ru": {"title": "Прогулка", "introduction": "Вступление."}},
        published=True,
    )
    return gallery, tour


def test_the_museums_name_follows_the_page_language(client):
    assert "<title>Музей Государственной таможенной службы</title>" in client.get("/ru/").get_data(
        as_text=True
    )
    assert "<title>Döwlet gümrük gullugynyň muzeýi</title>" in client.get("/tk/").get_data(
        as_text=True
    )


def test_counts_are_written_as_the_language_writes_numbers(app):
    from museum.i18n import ngettext

    with app.test_request_context("/", environ_base={"museum.language": "ru"}):
        assert ngettext("%(num)s exhibit", "%(num)s exhibits", 12115) == "12\xa0115 экспонатов"
    with app.test_request_context("/"):
        assert ngettext("%(num)s exhibit", "%(num)s exhibits", 12115) == "12,115 exhibits"
