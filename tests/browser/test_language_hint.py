"""A browser that prefers another language is offered the page in it, once, without a cookie."""

from playwright.sync_api import expect


def test_a_russian_browser_is_offered_the_russian_page_and_can_decline(
    browser, live_server, make_exhibit
):
    exhibit = make_exhibit(title="Customs seal", title_ru="Таможенная печать")
    context = browser.new_context(locale="ru-RU")
    page = context.new_page()
    page.goto(f"{live_server}/exhibits/{exhibit.slug}")
    offer = page.locator(".language-hint a:visible")
    expect(offer).to_have_count(1)
    expect(offer).to_have_attribute("lang", "ru")
    offer.click()
    expect(page.locator("h1")).to_have_text("Таможенная печать")
    assert page.url.endswith(f"/ru/exhibits/{exhibit.slug}")
    expect(page.locator(".language-hint")).to_have_count(0)  # already in Russian

    page.goto(f"{live_server}/exhibits/{exhibit.slug}")
    page.get_by_role("button", name=page.locator(".language-hint-close").inner_text()).click()
    expect(page.locator(".language-hint")).to_be_hidden()
    page.reload()
    expect(page.locator(".language-hint")).to_be_hidden()
    assert context.cookies() == []
    context.close()


def test_a_browser_preferring_the_default_language_sees_no_offer(browser, live_server):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(live_server + "/")
    expect(page.locator(".language-hint")).to_be_hidden()
    context.close()
