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
    data = yaml.load(text, Loader=_LOADER)  # both loaders are safe loaders
    _check_words(data, name)
    return data


def _check_words(node: Any, where: str) -> None:
    """Every listed word must be text: unquoted, YAML reads `on`, `no`, `yes`, `off` as booleans,
    and a cue list holding True instead of "on" silently never matches."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_words(value, f"{where}: {key}")
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, bool):
                raise ValueError(f"{where} lists {value!r}: quote the word (YAML reads on/off/yes/no as booleans)")
            _check_words(value, where)
