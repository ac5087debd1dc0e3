"""The YAML data files of ``ingest/data``, parsed once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# libyaml's parser builds the same objects as the pure-Python one in a tenth of
# the time; startup is part of every `kg extract` run
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=8)
def load_data(name: str) -> Any:
    """The parsed contents of ``ingest/data/<name>`` (shared: callers must not change it)."""
    text = resources.files("ingest").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER)  # both loaders are safe loaders
