"""OAI-PMH 2.0 requests and answers: the six verbs, their arguments and their errors.

Errors of the protocol are answered with HTTP 200 and <error> elements, as the specification
asks (HTTP status codes are for HTTP's own problems); badVerb and badArgument answers carry a
bare <request> element, every other answer echoes the verb and arguments as its attributes.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import current_app
from lxml import etree

from museum import db
from museum.linked_data import public_url
from museum.oai import repository, sets, tokens
from museum.oai.dublin_core import (
    OAI_DC_NS,
    OAI_DC_SCHEMA,
    PREFIX,
    dc_element,
    exhibit_dc,
    in_languages,
    plain_text,
)
from museum.oai.identifiers import accession_number, looks_like_uri, oai_identifier
from museum.oai.repository import Item, Selection
from museum.oai.xml import datestamp, envelope, oai, serialize, sub, xml_text

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
METADATA_PREFIX = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SECOND = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
TOKEN = "resumptionToken"  # noqa: S105 - the OAI-PMH argument's name, not a secret
QUOTED_MAX = 80  # how much of a harvester's bad value an error message repeats


@dataclass(frozen=True)
class Verb:
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    exclusive: str | None = None

    @property
    def allowed(self) -> set[str]:
        return {*self.required, *self.optional, *([self.exclusive] if self.exclusive else [])}


LIST_VERB = Verb(("metadataPrefix",), ("from", "until", "set"), TOKEN)
VERBS = {
    "Identify": Verb(),
    "ListMetadataFormats": Verb(optional=("identifier",)),
    "ListSets": Verb(exclusive=TOKEN),
    "GetRecord": Verb(required=("identifier", "metadataPrefix")),
    "ListIdentifiers": LIST_VERB,
    "ListRecords": LIST_VERB,
}


class ProtocolError(Exception):
    """One or more OAI-PMH errors, each a (code, message) pair."""

    def __init__(self, *errors: tuple[str, str]) -> None:
        super().__init__(errors)
        self.errors = errors


def respond(pairs: Sequence[tuple[str, str]]) -> bytes:
    """The XML answer to a request given as (name, value) pairs, in the order they came."""
    base_url = public_url("oai.endpoint")
    try:
        verb, arguments = parse(pairs)
    except ProtocolError as failure:
        return serialize(_with_errors(envelope(base_url, None), failure))
    root = envelope(base_url, {"verb": verb, **arguments})
    try:
        root.append(HANDLERS[verb](arguments))
    except ProtocolError as failure:
        _with_errors(root, failure)
    return serialize(root)


def _with_errors(root: etree._Element, failure: ProtocolError) -> etree._Element:
    for code, message in failure.errors:
        sub(root, oai("error"), message, code=code)
    return root


# --- reading a request ----------------------------------------------------------------------


def parse(pairs: Sequence[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """The verb and its arguments; ProtocolError (badVerb, badArgument) for a bad request."""
    verbs = [value for key, value in pairs if key == "verb"]
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise ProtocolError(("badVerb", _verb_problem(verbs)))
    name, verb = verbs[0], VERBS[verbs[0]]
    arguments: dict[str, str] = {}
    for key, value in pairs:
        if key == "verb":
            continue
        if key not in verb.allowed:
            raise _bad_argument(f"{name} takes no argument “{_quoted(key)}”.")
        if key in arguments:
            raise _bad_argument(f"The argument “{key}” is repeated.")
        arguments[key] = value
    _check_presence(name, verb, arguments)
    _check_syntax(arguments)
    return name, arguments


def _verb_problem(verbs: list[str]) -> str:
    if not verbs:
        return "The verb argument is missing."
    if len(verbs) > 1:
        return "The verb argument is repeated."
    return f"“{_quoted(verbs[0])}” is not a verb of OAI-PMH: use one of {', '.join(VERBS)}."


def _check_presence(name: str, verb: Verb, arguments: dict[str, str]) -> None:
    if verb.exclusive in arguments:
        if len(arguments) > 1:
            raise _bad_argument(f"{verb.exclusive} is exclusive: give it with the verb only.")
        return
    missing = [argument for argument in verb.required if argument not in arguments]
    if missing:
        raise _bad_argument(f"{name} needs the argument {' and '.join(missing)}.")


def _check_syntax(arguments: dict[str, str]) -> None:
    for key, value in arguments.items():
        if not value:
            raise _bad_argument(f"The argument {key} has no value.")
    if not METADATA_PREFIX.match(arguments.get("metadataPrefix", PREFIX)):
        raise _bad_argument("metadataPrefix has characters no metadata prefix can have.")
    if not looks_like_uri(arguments.get("identifier", "oai:x")):
        raise _bad_argument("The identifier is not a URI, e.g. oai:example.org:AB-123.")
    if not sets.SET_SPEC.match(arguments.get("set", "x")):
        raise _bad_argument("The set is not a set spec, e.g. kind:document.")
    selection(arguments)


def selection(arguments: dict[str, str]) -> Selection:
    """The selective harvest the arguments ask for; ProtocolError (badArgument) for bad dates."""
    start = _bound(arguments, "from")
    until = _bound(arguments, "until")
    if start and until:
        if start[1] != until[1]:
            raise _bad_argument("from and until must have the same granularity.")
        if start[0] > until[0]:
            raise _bad_argument("from is later than until.")
    return Selection(
        start=start[0] if start else None,
        end=until[0] + until[1] if until else None,  # until is inclusive, to its granularity
        set_spec=arguments.get("set"),
    )


def _bound(arguments: dict[str, str], key: str) -> tuple[datetime, timedelta] | None:
    """A date argument as a moment and its granularity (one day or one second)."""
    value = arguments.get(key)
    if value is None:
        return None
    try:
        if DAY.match(value):
            return _utc(value, "%Y-%m-%d"), timedelta(days=1)
        if SECOND.match(value):
            return _utc(value, "%Y-%m-%dT%H:%M:%SZ"), timedelta(seconds=1)
    except ValueError:
        pass
    raise _bad_argument(f"{key} must be a UTC date, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")


def _utc(value: str, layout: str) -> datetime:
    return datetime.strptime(value, layout).replace(tzinfo=UTC)


def _bad_argument(message: str) -> ProtocolError:
    return ProtocolError(("badArgument", message))


def _quoted(value: str) -> str:
    value = xml_text(value)
    return value if len(value) <= QUOTED_MAX else value[:QUOTED_MAX] + "…"


# --- the verbs ------------------------------------------------------------------------------


def identify(_arguments: dict[str, str]) -> etree._Element:
    config = current_app.config
    earliest = repository.earliest_datestamp(db.session()) or datetime.now(UTC)
    emails = config["OAI_ADMIN_EMAIL"]
    element = etree.Element(oai("Identify"))
    sub(element, oai("repositoryName"), config["SITE_NAME"])
    sub(element, oai("baseURL"), public_url("oai.endpoint"))
    sub(element, oai("protocolVersion"), "2.0")
    for email in [emails] if isinstance(emails, str) else emails:
        sub(element, oai("adminEmail"), email)
    sub(element, oai("earliestDatestamp"), datestamp(earliest))
    sub(element, oai("deletedRecord"), "persistent")
    sub(element, oai("granularity"), GRANULARITY)
    return element


def list_metadata_formats(arguments: dict[str, str]) -> etree._Element:
    # Every item, deleted ones too, comes in oai_dc: noMetadataFormats never applies.
    if "identifier" in arguments:
        _item(arguments["identifier"])
    element = etree.Element(oai("ListMetadataFormats"))
    fmt = sub(element, oai("metadataFormat"))
    sub(fmt, oai("metadataPrefix"), PREFIX)
    sub(fmt, oai("schema"), OAI_DC_SCHEMA)
    sub(fmt, oai("metadataNamespace"), OAI_DC_NS)
    return element


def list_sets(arguments: dict[str, str]) -> etree._Element:
    if TOKEN in arguments:
        raise ProtocolError(
            ("badResumptionToken", "ListSets gives every set at once and issues no tokens.")
        )
    element = etree.Element(oai("ListSets"))
    for oai_set in sets.all_sets(db.session()):
        entry = sub(element, oai("set"))
        sub(entry, oai("setSpec"), oai_set.spec)
        sub(entry, oai("setName"), oai_set.name)
        texts = {code: plain_text(text) for code, text in oai_set.descriptions.items()}
        if any(texts.values()):
            described = dc_element(list(in_languages("description", texts)))
            sub(entry, oai("setDescription")).append(described)
    return element


def get_record(arguments: dict[str, str]) -> etree._Element:
    errors = []
    if arguments["metadataPrefix"] != PREFIX:
        errors.append(_cannot_disseminate(arguments["metadataPrefix"]))
    try:
        item = _item(arguments["identifier"])
    except ProtocolError as failure:
        errors.extend(failure.errors)
    if errors:
        raise ProtocolError(*errors)
    element = etree.Element(oai("GetRecord"))
    _record(element, item)
    return element


def list_identifiers(arguments: dict[str, str]) -> etree._Element:
    return _list("ListIdentifiers", arguments, _header)


def list_records(arguments: dict[str, str]) -> etree._Element:
    return _list("ListRecords", arguments, _record)


HANDLERS: dict[str, Callable[[dict[str, str]], etree._Element]] = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}


# --- lists, records, headers ----------------------------------------------------------------


def _list(verb: str, arguments: dict[str, str], add: Callable) -> etree._Element:
    if TOKEN in arguments:
        resumption = _resumption(verb, arguments[TOKEN])
        arguments, after, cursor = resumption.arguments, resumption.after, resumption.cursor
    else:
        after, cursor = None, 0
    if arguments["metadataPrefix"] != PREFIX:
        raise ProtocolError(_cannot_disseminate(arguments["metadataPrefix"]))
    page = repository.page(db.session(), selection(arguments), after)
    if not page.items:
        raise ProtocolError(("noRecordsMatch", "No records match these arguments."))
    element = etree.Element(oai(verb))
    for item in page.items:
        add(element, item)
    if after is not None or page.last is not None:
        _add_token(element, verb, arguments, page, cursor)
    return element


def _add_token(element, verb: str, arguments: dict[str, str], page, cursor: int) -> None:
    """The resumption token of an incomplete list; an empty one on the list's last page."""
    returned = cursor + len(page.items)
    token = ""
    if page.last is not None:
        token = tokens.encode(tokens.Resumption(verb, arguments, page.last, returned))
    size = max(page.total, returned)
    sub(element, oai(TOKEN), token, completeListSize=size, cursor=cursor)


def _resumption(verb: str, token: str) -> tokens.Resumption:
    try:
        resumption = tokens.decode(token)
        if resumption.verb != verb:
            raise tokens.BadToken(f"a token of {resumption.verb}")
        parse([("verb", verb), *resumption.arguments.items()])
    except (tokens.BadToken, ProtocolError) as error:
        raise ProtocolError(
            ("badResumptionToken", "This resumption token is not one this repository gave.")
        ) from error
    return resumption


def _item(identifier: str) -> Item:
    number = accession_number(identifier)
    item = repository.find(db.session(), number) if number else None
    if item is None:
        raise ProtocolError(("idDoesNotExist", "No item has this identifier here."))
    return item


def _cannot_disseminate(prefix: str) -> tuple[str, str]:
    return ("cannotDisseminateFormat", f"Records come in {PREFIX} only, not in “{prefix}”.")


def _header(parent: etree._Element, item: Item) -> None:
    header = sub(parent, oai("header"), **({"status": "deleted"} if item.deleted else {}))
    sub(header, oai("identifier"), oai_identifier(item.accession_number))
    sub(header, oai("datestamp"), datestamp(item.datestamp))
    for spec in item.set_specs:
        sub(header, oai("setSpec"), spec)


def _record(parent: etree._Element, item: Item) -> None:
    record = sub(parent, oai("record"))
    _header(record, item)
    if not item.deleted:
        sub(record, oai("metadata")).append(exhibit_dc(item.exhibit))
