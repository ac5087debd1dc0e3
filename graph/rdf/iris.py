"""Minting IRIs from graph ids so no input string can break a serialisation.

Ids are slugs in practice, but the export does not rely on it: every id
segment is percent-encoded down to RFC 3986 unreserved characters, which are
legal unescaped in Turtle, N-Triples, TriG, N-Quads and JSON-LD alike. The
mapping is injective, so two different ids never share an IRI, and pure, so
the same id always gets the same IRI.
"""

from __future__ import annotations

import re
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/rukp-kg/id/"

# An absolute http(s) IRI with none of the characters N-Triples forbids in an IRIREF.
_BASE = re.compile(r"^https?://[^\x00-\x20<>\"{}|^`\\]+[/#]$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"


class BaseIRIError(ValueError):
    """The base IRI given by the user cannot prefix the export's IRIs."""


def check_base(base: str) -> str:
    """Return ``base`` if it is an absolute http(s) IRI ending in ``/`` or ``#``."""
    if not _BASE.match(base):
        raise BaseIRIError(
            f"base IRI {base!r} is not usable: it must be an absolute http(s) IRI ending in '/' or '#' "
            "with no spaces, quotes, angle brackets, braces, '|', '^', '`' or backslashes "
            f"(for example {DEFAULT_BASE!r})")
    return base


def _seg(text: str) -> str:
    # safe="" also encodes '/', ':' and '%', which keeps the mapping injective.
    return quote(text, safe="", encoding="utf-8", errors="strict")


def mint(base: str, ident: str) -> str:
    """IRI of a graph id: ``kind:local`` becomes ``{base}{kind}/{local}``.

    >>> mint("https://example.org/", "person:kim-jong-un")
    'https://example.org/person/kim-jong-un'
    >>> mint("https://example.org/", 'person:a "b" > c')
    'https://example.org/person/a%20%22b%22%20%3E%20c'
    """
    kind, sep, local = ident.partition(":")
    if not sep:
        return base + _seg(ident)
    return f"{base}{_seg(kind)}/{_seg(local)}"


def evidence_iri(fact_iri: str, article: str, start: int, end: int) -> str:
    """IRI of one piece of evidence: the fact, the article and the character span make it unique."""
    kind, sep, local = article.partition(":")
    where = f"{_seg(kind)}/{_seg(local)}" if sep else _seg(article)
    return f"{fact_iri}/evidence/{where}/{int(start)}-{int(end)}"


def wikidata_iri(qid: str | None) -> str | None:
    """Wikidata entity IRI for a well-formed QID, else ``None`` (a malformed QID is never linked)."""
    if qid and _QID.match(qid):
        return WIKIDATA_ENTITY + qid
    return None
