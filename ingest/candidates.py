"""A fact as one sentence states it, before facts from all sentences merge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.model import Evidence, FactDate


@dataclass
class Candidate:
    type: str
    subject: str
    object: str
    evidence: Evidence
    attrs: dict[str, Any] = field(default_factory=dict)
    date: FactDate | None = None
    modality: str = "asserted"
    attributed_to: str | None = None
    confidence: float = 0.8
    # word index of the trigger in its sentence (for tie-breaking, not output)
    trigger: int = 0
    # an explicit date of the preceding sentences, used only to tell like events apart
    context_date: FactDate | None = None
