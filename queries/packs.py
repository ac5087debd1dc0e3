"""Cypher query packs: ``.cypher`` files with a comment header, parsed and run read-only.

A file's header is ``//`` comment lines before the first Cypher line::

    // name: actor-dossier
    // title: Actor dossier
    // description: Every fact about one entity …
    //   (indented lines continue the previous field)
    // param: actor = "person:sergei-shoigu" | entity id
    // example: kg query run actor-dossier --param actor=person:sergei-shoigu
    // cypher-shell: :param {actor: 'person:sergei-shoigu'}

Defaults are JSON. The whole file, header included, is valid Cypher, so it
runs unchanged in cypher-shell or Neo4j Browser once the ``:param`` line is set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

PACK_ROOT = Path(__file__).resolve().parent
_FIELD = re.compile(r"^//\s*([a-z-]+):\s?(.*)$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*(?:\|\s*(.*))?$")


class QueryError(RuntimeError):
    """A query cannot be found, parsed, parameterised or run; the message is for the user."""


class WriteRefused(QueryError):
    """The server refused a write inside the read-only transaction."""


@dataclass(frozen=True)
class Param:
    name: str
    default: Any
    description: str = ""


@dataclass(frozen=True)
class PackQuery:
    name: str
    pack: str
    title: str
    description: str
    params: tuple[Param, ...]
    example: str
    text: str  # the whole file: header comments and Cypher
    path: Path | None = None

    @property
    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def cypher_shell_params(self) -> str:
        """The ``:param {…}`` line that sets every default in cypher-shell or Browser."""
        return ":param {" + ", ".join(f"{p.name}: {_cypher_literal(p.default)}" for p in self.params) + "}"


def _cypher_literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, list):
        return "[" + ", ".join(_cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {_cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def parse_query(text: str, path: Path | None = None, pack: str = "") -> PackQuery:
    """Parse a query file's header; a file without one is named after its path and takes no defaults."""
    fields: dict[str, list[str]] = {}
    params: list[Param] = []
    last: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        m = _FIELD.match(stripped)
        if m and not stripped.startswith("//  "):
            key, value = m.group(1), m.group(2).strip()
            if key == "param":
                pm = _PARAM.match(value)
                if pm is None:
                    raise QueryError(f"{path or 'query'}: bad param line {value!r}; expected `name = JSON | text`")
                try:
                    default = json.loads(pm.group(2))
                except json.JSONDecodeError:
                    raise QueryError(f"{path or 'query'}: default of {pm.group(1)} is not JSON: {pm.group(2)}") from None
                params.append(Param(pm.group(1), default, (pm.group(3) or "").strip()))
            else:
                fields.setdefault(key, []).append(value)
            last = key
        elif last and last != "param":
            fields[last][-1] += " " + stripped.lstrip("/").strip()
    fallback = path.stem if path else "query"
    get = lambda k, d="": " ".join(fields.get(k, [d]))  # noqa: E731
    return PackQuery(get("name", fallback), pack, get("title", fallback), get("description"), tuple(params),
                     get("example"), text, path)


def load_packs(root: Path = PACK_ROOT) -> dict[str, PackQuery]:
    """Every ``*.cypher`` under ``root``, by name; the pack is the sub-folder."""
    out: dict[str, PackQuery] = {}
    for path in sorted(root.rglob("*.cypher")):
        q = parse_query(path.read_text(encoding="utf-8"), path, path.parent.relative_to(root).as_posix())
        if q.name in out:
            raise QueryError(f"two queries are named {q.name!r}: {out[q.name].path} and {path}")
        out[q.name] = q
    return out


def get_query(name: str) -> PackQuery:
    packs = load_packs()
    if name not in packs:
        close = [n for n in packs if name.lower() in n] or sorted(packs)
        raise QueryError(f"no query named {name!r}; try one of: {', '.join(close)} (`kg query list`).")
    return packs[name]


def coerce(value: str, default: Any) -> Any:
    """A ``--param`` string as the default's type; JSON when the default is null, a list or a map."""
    if isinstance(default, bool):
        if value.lower() in {"true", "1", "yes"}:
            return True
        if value.lower() in {"false", "0", "no"}:
            return False
        raise QueryError(f"expected true or false, got {value!r}")
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            raise QueryError(f"expected a whole number, got {value!r}") from None
    if isinstance(default, float):
        try:
            return float(value)
        except ValueError:
            raise QueryError(f"expected a number, got {value!r}") from None
    if isinstance(default, str):
        return value
    if value == "null":
        return None
    if isinstance(default, (list, dict)) or value[:1] in "[{\"":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            if isinstance(default, list):
                return [v.strip() for v in value.split(",") if v.strip()]
            raise QueryError(f"expected JSON, got {value!r}") from None
    return value


def bind(query: PackQuery, given: dict[str, str]) -> dict[str, Any]:
    """Defaults overridden by ``given`` (strings from the command line), typed like the defaults."""
    known = query.defaults
    params = dict(known)
    for key, raw in given.items():
        if known and key not in known:
            raise QueryError(f"{query.name} has no parameter {key!r}; it takes: {', '.join(known) or 'none'}.")
        try:
            params[key] = coerce(raw, known.get(key))
        except QueryError as exc:
            raise QueryError(f"--param {key}: {exc}") from None
    return params


def plain(value: Any) -> Any:
    """Driver values as JSON-friendly Python (nodes and relationships as property maps, temporal as ISO)."""
    from neo4j.graph import Node, Path as GPath, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, GPath):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _read(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    result = tx.run(text, params)
    keys = list(result.keys())
    return keys, [{k: plain(rec[k]) for k in keys} for rec in result]


def run_text(driver: Driver, text: str, params: dict[str, Any], database: str | None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run Cypher in a READ transaction: the server itself refuses any write."""
    from neo4j.exceptions import ClientError, CypherSyntaxError

    try:
        # Notifications (e.g. "property key does not exist" on an empty graph) are advice, not results.
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            return session.execute_read(_read, text, params)
    except CypherSyntaxError as exc:
        raise QueryError(f"Cypher syntax error: {exc.message}") from None
    except ClientError as exc:
        code = exc.code or ""
        if code.endswith("AccessMode") or "write" in (exc.message or "").lower() and "read" in (exc.message or "").lower():
            raise WriteRefused("refused: this query tries to write, and queries run in read-only transactions "
                               f"(the server said: {exc.message})") from None
        if code.endswith("ParameterMissing"):
            raise QueryError(f"missing parameter: {exc.message}. Give it with --param name=value.") from None
        raise QueryError(f"Neo4j refused the query ({code}): {exc.message}") from None


def run_pack_query(name: str, params: dict[str, Any] | None = None, driver: Driver | None = None,
                   database: str | None = None) -> list[dict[str, Any]]:
    """Run a named pack query (defaults overridden by ``params``, already typed) and return its rows."""
    from graph.neo4j.connection import connect, target

    q = get_query(name)
    bound = {**q.defaults, **(params or {})}
    t = target()
    own = driver is None
    driver = driver or connect(t)
    try:
        return run_text(driver, q.text, bound, database if database is not None else t.database)[1]
    finally:
        if own:
            driver.close()
