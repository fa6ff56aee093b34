"""Friendly error pages: every error a visitor meets is a page in the museum's style."""

from flask import Flask, current_app, render_template, request
from flask_babel import format_number
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: _l("The request could not be understood."),
    403: _l("You are not allowed to do this."),
    404: _l("We could not find that page. The exhibit may have moved or is not on display."),
    405: _l("This address does not accept that kind of request."),
    413: _l("The upload is too large."),
}
# Werkzeug's names of the errors visitors may meet, as the page's heading.
TITLES = {
    400: _l("Bad Request"),
    401: _l("Unauthorized"),
    403: _l("Forbidden"),
    404: _l("Not Found"),
    405: _l("Method Not Allowed"),
    408: _l("Request Timeout"),
    413: _l("Request Entity Too Large"),
    414: _l("Request URI Too Long"),
    429: _l("Too Many Requests"),
    500: _l("Internal Server Error"),
    503: _l("Service Unavailable"),
}


def register(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def _http_error(error: HTTPException):
    code = error.code or 500
    message = str(MESSAGES.get(code, error.description))
    if code == 403 and error.description != type(error).description:
        message = f"{message} {error.description}"
    if code == 413:
        message += " " + _too_large_reason()
    return _page(code, str(TITLES.get(code, error.name)), message), code


def _too_large_reason() -> str:
    # The refused body must not be parsed again while the page renders (a form in a context
    # processor would read request.form, raise 413 once more and turn this page into a 500).
    request.__dict__.update(form=ImmutableMultiDict(), files=ImmutableMultiDict())
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    if request.content_length is not None and request.content_length <= limit:
        # Within the size limit: Werkzeug refused too many parts or too long a text field.
        parts = format_number(request.max_form_parts or 0)
        return _(
            "A form may carry at most %(num)s fields and files, each text of a sensible length.",
            num=parts,
        )
    size = format_number(round(limit / 1024 / 1024))
    return _("The most a request may carry is %(size)s MB.", size=size)


def _page(code: int, title: str, message: str) -> str:
    """The error page; on the kiosk, one with no way out of it."""
    on_kiosk = current_app.config.get("KIOSK_ONLY") or request.path.startswith("/kiosk/")
    template = "kiosk/error.html" if on_kiosk else "errors/error.html"
    return render_template(template, code=code, title=title, message=message)


def _csrf_error(error: CSRFError):
    message = _(
        "This form was sent without its security token, or from another site, so nothing was "
        "saved. Go back, reload the page and send it again."
    )
    return _page(400, _("Form refused"), message), 400


def _unexpected_error(error: Exception):
    current_app.logger.exception("Unexpected error", exc_info=error)
    message = _("Something went wrong on our side. Nothing you entered was lost; please try again.")
    return _page(500, _("Error"), message), 500
