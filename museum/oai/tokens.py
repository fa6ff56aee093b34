"""Resumption tokens: the harvest's arguments and how far it got, signed, in the token itself.

Nothing is kept on the server, so a token outlives a restart (and works on any process serving
the same instance); the signature with SECRET_KEY makes a forged or garbled one detectable.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import current_app
from itsdangerous import BadData, URLSafeSerializer

SALT = "museum.oai.resumption-token"


class BadToken(ValueError):
    pass


@dataclass(frozen=True)
class Position:
    """The last record a page held, in the list's order: (datestamp, source, id)."""

    datestamp: datetime
    source: int  # 0: an exhibit row, 1: a tombstone
    id: int


@dataclass(frozen=True)
class Resumption:
    verb: str
    arguments: dict[str, str]  # metadataPrefix, from, until, set as the harvester gave them
    after: Position
    cursor: int  # how many records the earlier pages held


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def encode(resumption: Resumption) -> str:
    after = resumption.after
    return _serializer().dumps(
        {
            "v": resumption.verb,
            "a": resumption.arguments,
            "p": [after.datestamp.isoformat(), after.source, after.id],
            "c": resumption.cursor,
        }
    )


def decode(token: str) -> Resumption:
    """Read a token this repository issued; BadToken for anything else."""
    try:
        data = _serializer().loads(token)
        return _resumption(data)
    except (AttributeError, BadData, KeyError, TypeError, ValueError) as error:
        raise BadToken(str(error)) from error


def _resumption(data: Any) -> Resumption:
    stamp, source, row_id = data["p"]
    arguments = data["a"]
    if not all(isinstance(v, str) for v in [data["v"], *arguments, *arguments.values()]):
        raise TypeError("token arguments must be text")
    if not all(isinstance(n, int) for n in (source, row_id, data["c"])):
        raise TypeError("token position must be numbers")
    return Resumption(
        data["v"],
        dict(arguments),
        Position(datetime.fromisoformat(stamp), source, row_id),
        data["c"],
    )
