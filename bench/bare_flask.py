"""The peer of bench/pages.py: a bare Flask page listing 24 thumbnails, no database.

gunicorn -w 2 --chdir bench bare_flask:app
"""

from flask import Flask, render_template_string

app = Flask(__name__)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare page</title></head>
<body><h1>Exhibits</h1><ul>
{%- for card in cards %}
<li><a href="/exhibits/{{ card.slug }}"><img src="/media/{{ card.slug }}.jpg" width="320"
 height="240" alt="{{ card.title }}">{{ card.title }}</a></li>
{%- endfor %}
</ul></body></html>"""

CARDS = [{"slug": f"exhibit-{n}", "title": f"Exhibit number {n}"} for n in range(24)]


@app.get("/")
def page() -> str:
    return render_template_string(PAGE, cards=CARDS)


@app.get("/healthz")
def healthz() -> str:
    return "ok"
