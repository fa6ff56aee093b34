"""Friendly error pages: every error a visitor meets is a page in the museum's style."""

from flask import Flask, current_app, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: "The request could not be understood.",
    403: "You are not allowed to do this.",
    404: "We could not find that page. The exhibit may have moved or is not on display.",
    405: "This address does not accept that kind of request.",
    413: "The upload is too large.",
}


def register(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def _http_error(error: HTTPException):
    code = error.code or 500
    message = MESSAGES.get(code, error.description)
    if code == 403 and error.description != type(error).description:
        message = f"{message} {error.description}"
    if code == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
        message += f" The most a request may carry is {limit / 1024 / 1024:.0f} MB."
    return _page(code, error.name, message), code


def _page(code: int, title: str, message: str) -> str:
    """The error page; on the kiosk, one with no way out of it."""
    on_kiosk = current_app.config.get("KIOSK_ONLY") or request.path.startswith("/kiosk/")
    template = "kiosk/error.html" if on_kiosk else "errors/error.html"
    return render_template(template, code=code, title=title, message=message)


def _csrf_error(error: CSRFError):
    message = (
        "This form was sent without its security token, or from another site, so nothing was "
        "saved. Go back, reload the page and send it again."
    )
    return _page(400, "Form refused", message), 400


def _unexpected_error(error: Exception):
    current_app.logger.exception("Unexpected error", exc_info=error)
    message = "Something went wrong on our side. Nothing you entered was lost; please try again."
    return _page(500, "Error", message), 500
