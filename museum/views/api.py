"""The JSON API: search and suggestions for the search box, the kiosk and other software."""

from flask import Blueprint, jsonify, request, url_for
from werkzeug.wrappers import Response

from museum.render import image_url_for_hash
from museum.search import query

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search() -> Response:
    results = query.search_request(request.args)
    return jsonify(
        {
            "query": results.query,
            "total": results.total,
            "page": results.page,
            "pages": results.pages,
            "corrected_query": results.corrected,
            "notice": results.notice,
            "results": [
                {
                    "accession_number": hit.accession_number,
                    "title": hit.title,
                    "kind": hit.kind,
                    "date": hit.date_text,
                    "url": url_for("public.exhibit", slug=hit.slug, _external=True),
                    "thumbnail": image_url_for_hash(hit.image, "small") if hit.image else None,
                    "excerpt": str(hit.excerpt),
                }
                for hit in results.hits
            ],
            "facets": {name: dict(pairs) for name, pairs in results.facets.items()},
        }
    )


@bp.get("/suggest")
def suggest() -> Response:
    return jsonify(
        {
            "query": request.args.get("q", ""),
            "suggestions": query.suggest(request.args.get("q", "")),
        }
    )
