"""One graph page: a pyvis network rendered to a single offline HTML file.

pyvis's ``in_line`` mode inlines vis-network; its template still links
Bootstrap from a CDN and prints an unescaped heading, so both are cut out here
and the page gets our own header, legend, facts panel, search and type filter.
A Content-Security-Policy forbids every fetch, so even a mistake cannot make
the page reach the network.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment
from pyvis.network import Network

from graph.ontology import Ontology

from .elements import Elements
from .style import EVENT_COLOR, EVENT_SHAPE, edge_styles, node_styles

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")

_BOOTSTRAP = [
    re.compile(r'\s*<link\s+href="https://cdn\.jsdelivr\.net/npm/bootstrap@[^"]*"[^>]*/>'),
    re.compile(r'\s*<script\s+src="https://cdn\.jsdelivr\.net/npm/bootstrap@[^"]*"[^>]*>\s*</script>'),
]
_EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>")
_REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)
_COLOR = re.compile(r"^#[0-9a-fA-F]{3,8}$")


class PageError(RuntimeError):
    """pyvis produced HTML this module does not recognise (its template changed)."""


@lru_cache(maxsize=1)
def _template_env() -> Environment:
    # pyvis builds a fresh Jinja environment per network, re-parsing ~700 kB of
    # inlined vis-network each time (60 ms a page); one shared environment caches it.
    return Network(cdn_resources="in_line").templateEnv


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return resources.files("viz").joinpath("assets", name).read_text(encoding="utf-8")


def vis_options(el: Elements) -> dict[str, Any]:
    big = el.positioned
    return {
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}},
        "edges": {"font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  # "dynamic" smoothing adds a physics particle per edge: twice the work to settle.
                  "smooth": False if big else {"type": "continuous", "roundness": 0.3}, "width": 1.5,
                  "arrows": {"to": {"scaleFactor": 0.6}}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "physics": {"enabled": not big, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 110, "avoidOverlap": 0.5},
                    "minVelocity": 1.0,
                    "stabilization": {"enabled": True, "iterations": 120, "updateInterval": 40, "fit": True}},
        "layout": {"improvedLayout": len(el.nodes) <= 100, "randomSeed": 7},
    }


def json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can close it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _color(value: str) -> str:
    return value if _COLOR.match(value) else "#999999"


def _shape_svg(shape: str, color: str) -> str:
    c = _color(color)
    body = {
        "diamond": f'<polygon points="7,1 13,7 7,13 1,7" fill="{c}"/>',
        "square": f'<rect x="2" y="2" width="10" height="10" fill="{c}"/>',
        "box": f'<rect x="1" y="3" width="12" height="8" rx="2" fill="{c}"/>',
        "triangle": f'<polygon points="7,1 13,12 1,12" fill="{c}"/>',
        "triangleDown": f'<polygon points="1,2 13,2 7,13" fill="{c}"/>',
        "star": f'<polygon points="7,1 8.8,5.2 13,5.5 9.8,8.3 10.8,13 7,10.5 3.2,13 4.2,8.3 1,5.5 5.2,5.2" fill="{c}"/>',
        "hexagon": f'<polygon points="4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7" fill="{c}"/>',
        "ellipse": f'<ellipse cx="7" cy="7" rx="6" ry="4" fill="{c}"/>',
    }.get(shape, f'<circle cx="7" cy="7" r="5.5" fill="{c}"/>')
    return f'<svg class="kg-shape" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">{body}</svg>'


def legend_html(onto: Ontology, types_present: dict[str, int], events_present: dict[str, int]) -> str:
    """The legend: entity types (and event nodes) drawn on this page, then every modality's line style."""
    esc = html.escape
    rows = []
    for name, st in node_styles(onto).items():
        if name in types_present:
            rows.append(f"<li>{_shape_svg(st.shape, st.color)} {esc(st.label)}</li>")
    for label in sorted(events_present):
        rows.append(f"<li>{_shape_svg(EVENT_SHAPE, EVENT_COLOR)} {esc(label)} <small>(fact naming several"
                    f" entities)</small></li>")
    lines = []
    for m, es in edge_styles(onto).items():
        lines.append(f'<li><span class="kg-line" style="border-top: 2px {es.css_dash} {_color(es.color)}">'
                     f"</span> {esc(m)} <small>({esc(es.description)})</small></li>")
    return (f'<section id="kg-legend"><h2>Legend</h2><ul class="kg-legend-nodes">{"".join(rows)}</ul>'
            f'<ul class="kg-legend-edges">{"".join(lines)}</ul>'
            "<p class=\"kg-hint\">Node size: importance (PageRank). Edge label: fact type.</p></section>")


def filter_html(onto: Ontology, types_present: dict[str, int], events_present: dict[str, int]) -> str:
    esc = html.escape
    boxes = []
    for name, st in node_styles(onto).items():
        if name in types_present:
            boxes.append(f'<label><input type="checkbox" data-kg-type="{esc(name)}" checked> '
                         f"{esc(st.label)} ({types_present[name]})</label>")
    if events_present:
        boxes.append(f'<label><input type="checkbox" data-kg-type="event" checked> '
                     f"facts as nodes ({sum(events_present.values())})</label>")
    return f'<fieldset id="kg-filter"><legend>Show</legend>{"".join(boxes)}</fieldset>'


def render_page(el: Elements, onto: Ontology, title: str, description: str, notes: list[str],
                focus: str | None = None) -> str:
    """The complete HTML of one graph page."""
    net = Network(height="100%", width="100%", cdn_resources="in_line", heading="")
    net.templateEnv = _template_env()
    # Set the lists directly: add_node/add_edge check membership in lists (quadratic).
    net.nodes = el.nodes
    net.edges = el.edges
    net.node_ids = [n["id"] for n in el.nodes]
    net.options = vis_options(el)
    page = net.generate_html()

    for pattern in _BOOTSTRAP:
        page, count = pattern.subn("", page)
        if count != 1:
            raise PageError("pyvis template changed: Bootstrap link not found where expected")
    page, count = _EMPTY_HEADING.subn("", page)
    if count == 0:
        raise PageError("pyvis template changed: empty heading not found")
    if _REMOTE.search(page):
        raise PageError("page still refers to a remote resource")

    types_present: dict[str, int] = {}
    events_present: dict[str, int] = {}
    for info in el.data["nodes"].values():
        if info["type"] == "event":
            events_present[info["type_label"]] = events_present.get(info["type_label"], 0) + 1
        else:
            types_present[info["type"]] = types_present.get(info["type"], 0) + 1

    esc = html.escape
    head = (f'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)} — rukp-kg</title>")
    notes_html = "".join(f"<p class=\"kg-note\">{esc(n)}</p>" for n in notes)
    header = (f'<header id="kg-header"><nav><a href="index.html">← All pages</a></nav>'
              f"<div class=\"kg-title\"><h1>{esc(title)}</h1><p class=\"kg-desc\">{esc(description)}</p>"
              f"{notes_html}</div>"
              f'<div class="kg-tools"><label for="kg-search">Search</label> '
              f'<input id="kg-search" type="search" placeholder="name or alias" autocomplete="off">'
              f' <span id="kg-search-status" aria-live="polite"></span>'
              f"{filter_html(onto, types_present, events_present)}</div></header>")
    panel = (f'<aside id="kg-panel">{legend_html(onto, types_present, events_present)}'
             f'<section id="kg-facts"><h2>Facts</h2><p class="kg-hint">Click a node or an edge to see its facts'
             f" and the quotes they come from.</p></section></aside>")
    data = dict(el.data, focus=focus, positioned=el.positioned)
    tail = (f'{panel}\n<script type="application/json" id="kg-data">{json_for_script(data)}</script>\n'
            f"<script>{asset('viz.js')}</script>\n")

    page = "<!DOCTYPE html>\n" + page.replace("<html>", '<html lang="en">', 1)
    page = _replace_once(page, '<meta charset="utf-8">', head)
    page = _replace_once(page, "</head>", f"<style>{asset('viz.css')}</style>\n</head>")
    page = _replace_once(page, "<body>", f"<body class=\"kg-graph\">\n{header}")
    return _replace_last(page, "</body>", tail + "</body>")


def _replace_once(page: str, old: str, new: str) -> str:
    if page.count(old) < 1:
        raise PageError(f"pyvis template changed: {old!r} not found")
    return page.replace(old, new, 1)


def _replace_last(page: str, old: str, new: str) -> str:
    at = page.rfind(old)
    if at < 0:
        raise PageError(f"pyvis template changed: {old!r} not found")
    return page[:at] + new + page[at + len(old):]
