"""Writers for the statement stream: a streaming N-Triples/N-Quads writer and rdflib.

The streaming writer formats each statement as it arrives and never builds a
graph, so a million-triple export holds only the input model in memory. Its
escaping follows the N-Triples 1.1 grammar: in literals ``\\``, ``"``, LF
and CR get ECHAR escapes and every other control character a ``\\uXXXX``
escape; IRIs are minted percent-encoded (see :mod:`graph.rdf.iris`) and need
none.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .export import FORMATS, Lit, Quad
from .vocab import project_vocab, prefixes

_ESCAPES: dict[int, str] = {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F]}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})

_BATCH = 20_000


def nt_literal(lit: Lit) -> str:
    text = '"' + lit.value.translate(_ESCAPES) + '"'
    if lit.lang:
        return text + "@" + lit.lang
    if lit.datatype:
        return f"{text}^^<{lit.datatype}>"
    return text


def _open_binary(path: str | Path | IO[bytes]) -> tuple[IO[bytes], bool]:
    if hasattr(path, "write"):
        return path, False  # type: ignore[return-value]
    if str(path) == "-":
        return sys.stdout.buffer, False
    p = Path(path)  # type: ignore[arg-type]
    p.parent.mkdir(parents=True, exist_ok=True)
    return open(p, "wb"), True


def write_streaming(stream: Iterable[Quad], path: str | Path | IO[bytes], quads: bool) -> int:
    """Write N-Triples (or N-Quads when ``quads``) line by line; returns the number of lines."""
    out, close = _open_binary(path)
    n = 0
    buf: list[str] = []
    try:
        for s, p, o, g in stream:
            obj = f"<{o}>" if o.__class__ is str else nt_literal(o)  # type: ignore[arg-type]
            if quads and g is not None:
                buf.append(f"<{s}> <{p}> {obj} <{g}> .\n")
            else:
                buf.append(f"<{s}> <{p}> {obj} .\n")
            if len(buf) >= _BATCH:
                out.write("".join(buf).encode("utf-8"))
                n += len(buf)
                buf.clear()
        out.write("".join(buf).encode("utf-8"))
        n += len(buf)
    finally:
        if close:
            out.close()
        else:
            out.flush()
    return n


def to_rdflib(stream: Iterable[Quad], quads: bool) -> Any:
    """An rdflib ``Graph`` (or ``Dataset`` when ``quads``) holding the statements."""
    from rdflib import Dataset, Graph, Literal, URIRef

    iris: dict[str, URIRef] = {}

    def iri(x: str) -> URIRef:
        u = iris.get(x)
        if u is None:
            u = iris[x] = URIRef(x)
        return u

    def term(o: str | Lit) -> Any:
        if o.__class__ is str:
            return iri(o)  # type: ignore[arg-type]
        lit: Lit = o  # type: ignore[assignment]
        return Literal(lit.value, lang=lit.lang, datatype=iri(lit.datatype) if lit.datatype else None)

    target: Any = Dataset() if quads else Graph()
    for prefix, ns in prefixes(project_vocab()).items():
        target.bind(prefix, ns)
    if quads:
        graphs: dict[str, Any] = {}
        default = target.default_graph
        for s, p, o, g in stream:
            if g is None:
                ctx = default
            else:
                ctx = graphs.get(g)
                if ctx is None:
                    ctx = graphs[g] = target.graph(iri(g))
            ctx.add((iri(s), iri(p), term(o)))
    else:
        for s, p, o, _ in stream:
            target.add((iri(s), iri(p), term(o)))
    return target


def write_rdflib(stream: Iterable[Quad], path: str | Path | IO[bytes], fmt: str, quads: bool) -> int:
    """Serialise with rdflib; returns the number of statements."""
    from .context import jsonld_context

    target = to_rdflib(stream, quads)
    plugin = FORMATS[fmt][0]
    kwargs: dict[str, Any] = {}
    if fmt == "jsonld":
        kwargs["context"] = jsonld_context()["@context"]
        kwargs["auto_compact"] = True
    data: bytes = target.serialize(format=plugin, encoding="utf-8", **kwargs)
    out, close = _open_binary(path)
    try:
        out.write(data)
    finally:
        if close:
            out.close()
        else:
            out.flush()
    if quads:
        return sum(1 for _ in target.quads((None, None, None, None)))
    return len(target)
