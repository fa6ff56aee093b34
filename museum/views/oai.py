"""OAI-PMH 2.0 at /oai, by GET and by POST (museum/oai/ answers)."""

from flask import Blueprint, request
from werkzeug.wrappers import Response

from museum.extensions import csrf
from museum.oai import protocol

bp = Blueprint("oai", __name__)


@bp.route("/oai", methods=["GET", "POST"])
@csrf.exempt  # harvesters POST form-encoded requests; reading the catalog changes nothing
def endpoint() -> Response:
    pairs = list(request.args.items(multi=True))
    if request.method == "POST":
        pairs += request.form.items(multi=True)
    return Response(protocol.respond(pairs), content_type="text/xml; charset=utf-8")
