"""Fact rules, one module per family of fact types. Each rule reads a
:class:`~ingest.sentence_view.SentenceView` and the article's running state and
returns candidates; none reads text outside its sentence except through the state."""

from __future__ import annotations

from . import conflict, events, exercises, geography, programmes, roles, sanctions, transfers

RULES = (roles.extract, events.extract, transfers.extract, sanctions.extract, conflict.extract,
         geography.extract, programmes.extract, exercises.extract)
