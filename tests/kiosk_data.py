"""Helpers for kiosk tests: a small featured collection and the default profile set up."""

from collections.abc import Callable
from typing import Any

from flask import Flask

from museum import kiosks
from museum.models import Exhibit

# Short enough for a test to wait through, in the order idle < idle + warning < attract.
FAST_IDLE = {"idle_seconds": 2, "warning_seconds": 2, "attract_seconds": 6}
TITLES = ("Customs seal press", "Border post ledger", "Wrestling challenge cup", "Officer's cap")


def kiosk_collection(make_exhibit: Callable[..., Exhibit]) -> list[Exhibit]:
    """Four featured, published exhibits; the first has three images to swipe through."""
    return [
        make_exhibit(title=title, featured=True, images=3 if number == 0 else 1)
        for number, title in enumerate(TITLES)
    ]


def set_up_kiosk(app: Flask, **fields: Any) -> str:
    """Change the default profile (the one at /kiosk/) and return its slug."""
    with app.app_context():
        profile = kiosks.default_profile()
        values = {name: getattr(profile, name) for name in kiosks.PROFILE_FIELDS}
        return kiosks.save_profile(profile.id, {**values, **fields}).slug


def touch_context(browser, **options: Any):
    """A browser context like a kiosk's touch screen: landscape full HD, touch events on."""
    defaults = {"viewport": {"width": 1920, "height": 1080}, "has_touch": True}
    return browser.new_context(**{**defaults, **options})
