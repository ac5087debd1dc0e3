"""Deterministic identifiers: the same input always yields the same id."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug of ``text``; falls back to a hash for scripts with no ASCII form.

    >>> slugify("Kim Jong-un")
    'kim-jong-un'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if not slug:
        slug = "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return slug[:80]


def entity_id(entity_type: str, name: str) -> str:
    """Id of an entity from its type and English canonical name."""
    return f"{entity_type.lower()}:{slugify(name)}"


def article_id(clean_text: str) -> str:
    """Id of an article from its cleaned text, so a copy under another name is the same article."""
    return "article:" + hashlib.sha256(clean_text.encode("utf-8")).hexdigest()[:16]


def fact_id(fact_type: str, subject: str, obj: str, key: dict[str, Any]) -> str:
    """Id of a fact from what makes it this fact (type, endpoints, identifying attributes)."""
    payload = json.dumps([fact_type, subject, obj, key], sort_keys=True, ensure_ascii=True)
    return "fact:" + hashlib.sha256(payload.encode("ascii")).hexdigest()[:16]
