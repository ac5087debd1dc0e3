"""Every ``kg viz`` page opened in headless Chromium with the network off.

Debian's chromium (``make browser``) driven by Python playwright; no browser
is ever downloaded. Each page must make no request beyond its own file, log
no error, draw the expected vis network, and show legend and search. The
hostile graph's names must show as text and execute nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bench.synthetic import synthetic_graph
from conftest import unavailable
from graph.model import Graph
from sample_graphs import HOSTILE_NAMES
from test_viz import expected_counts, page_data, refs_of, vis_lists
from viz.site import build_site

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
# Runs before any page script: records every dialog a page tries to open.
HOOK_DIALOGS = """
window.__dialogs = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = function (msg) { window.__dialogs.push(name + ":" + String(msg)); };
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        unavailable(f"python playwright is not installed: {exc}")
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} not found: run `make browser` (apt-get install chromium)")
    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    except Error as exc:
        pw.stop()
        unavailable(f"chromium cannot start: {str(exc).splitlines()[0]}")
    yield chromium
    chromium.close()
    pw.stop()


@dataclass
class Opened:
    page: Any
    path: Path
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # anything but the page's own file
    dialogs: list[str] = field(default_factory=list)

    def check_clean(self) -> None:
        assert self.requests == [], f"{self.path.name} tried to fetch {self.requests}"
        assert self.errors == [], f"{self.path.name} logged errors: {self.errors}"
        hooked = self.page.evaluate("window.__dialogs")
        assert hooked == [] and self.dialogs == [], f"{self.path.name} opened dialogs {hooked + self.dialogs}"


def open_page(browser: Any, path: Path, viewport: tuple[int, int] = (1400, 900)) -> Opened:
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    opened = Opened(page, path)
    own = path.resolve().as_uri()

    def route(r: Any) -> None:
        if r.request.url == own:
            r.continue_()
        else:
            opened.requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda req: req.url != own and req.url not in opened.requests
            and opened.requests.append(req.url))
    page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
    page.on("pageerror", lambda e: opened.errors.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.add_init_script(HOOK_DIALOGS)
    page.goto(own)
    if path.name != "index.html":
        wait_until(page, "!!(window.kgPage && window.kgPage.ready && window.kgPage.firstDraw !== null)",
                   what=path.name)
    return opened


def wait_until(page: Any, expression: str, timeout: float = 60.0, what: str = "") -> None:
    """Poll an expression from outside: the pages' CSP forbids the eval page.wait_for_function uses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: {expression} still false after {timeout} s; "
                                 f"state {page.evaluate('JSON.stringify(window.kgPage || null)')}")
        page.wait_for_timeout(50)


def check_graph_page(opened: Opened, n_nodes: int, n_edges: int, shots: Path) -> None:
    page = opened.page
    assert page.evaluate("typeof network === 'object' && network !== null")
    assert page.evaluate("[nodes.length, edges.length]") == [n_nodes, n_edges], opened.path.name
    assert page.locator("#kg-legend").is_visible()
    assert page.locator("#kg-search").is_visible()
    assert page.locator("#mynetwork canvas").count() == 1
    page.screenshot(path=str(shots / (opened.path.stem + ".png")))
    opened.check_clean()


def node_dom_position(page: Any, node_id: str) -> tuple[float, float]:
    pos = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
    box = page.locator("#mynetwork").bounding_box()
    return box["x"] + pos["x"], box["y"] + pos["y"]


@pytest.fixture()
def small_site(small_graph: Graph, tmp_path: Path) -> Path:
    build_site(small_graph, tmp_path)
    return tmp_path


def test_every_small_graph_page_renders_offline(browser: Any, small_graph: Graph, small_site: Path,
                                                artifact_dir: Path) -> None:
    g = small_graph
    pages = sorted(small_site.glob("*.html"))
    assert len(pages) >= 6
    for path in pages:
        opened = open_page(browser, path)
        if path.name == "index.html":
            links = opened.page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
            assert sorted(set(links)) == sorted(p.name for p in pages if p.name != "index.html")
            assert f"{len(g.facts)} facts" in opened.page.inner_text("#kg-summary")
            opened.page.screenshot(path=str(artifact_dir / "index.png"), full_page=True)
            opened.check_clean()
        else:
            data = page_data(path)
            if data["focus"]:
                focus = data["focus"]
                near = refs_of(g, [f for f in g.facts if focus in refs_of(g, [f])])
                facts = [f for f in g.facts if refs_of(g, [f]) & near]
                expected = expected_counts(g, facts, refs_of(g, facts) | {focus})
            else:
                nodes, edges = vis_lists(path)  # the thematic pages' counts are checked in test_viz.py
                expected = (len(nodes), len(edges))
            check_graph_page(opened, *expected, artifact_dir)
        opened.page.close()


def test_click_search_and_filter(browser: Any, small_graph: Graph, small_site: Path, artifact_dir: Path) -> None:
    opened = open_page(browser, small_site / "overview.html")
    page = opened.page
    wait_until(page, "window.kgPage.stabilized")
    putin = next(e for e in small_graph.entities if e.name == "Vladimir Putin")
    page.mouse.click(*node_dom_position(page, putin.id))
    panel = page.locator("#kg-facts")
    assert "Vladimir Putin" in panel.inner_text()
    meeting = next(f for f in small_graph.facts if f.type == "MET_WITH")
    assert meeting.evidence[0].quote in panel.inner_text()
    assert "Small test article" in panel.inner_text()
    page.screenshot(path=str(artifact_dir / "clicked.png"))

    page.fill("#kg-search", "teknologi satelit")  # the Indonesian name finds the English entity
    page.press("#kg-search", "Enter")
    sat = next(e for e in small_graph.entities if e.name == "satellite technology")
    assert page.evaluate("network.getSelectedNodes()") == [sat.id]
    assert page.inner_text("#kg-search-status") == "1 match"

    people = sum(1 for e in small_graph.entities if e.type == "Person")
    page.uncheck('input[data-kg-type="Person"]')
    assert page.evaluate("nodes.get({filter: n => n.hidden === true}).length") == people
    page.check('input[data-kg-type="Person"]')
    assert page.evaluate("nodes.get({filter: n => n.hidden === true}).length") == 0
    opened.check_clean()


def test_hostile_names_show_as_text_and_run_nothing(browser: Any, hostile_graph: Graph, tmp_path: Path,
                                                    artifact_dir: Path) -> None:
    build_site(hostile_graph, tmp_path)
    for path in sorted(tmp_path.glob("*.html")):
        opened = open_page(browser, path)
        page = opened.page
        if path.name == "index.html":
            text = page.inner_text("body")
            for name in HOSTILE_NAMES:
                if "\n" not in name:
                    assert name in text, name
            assert page.locator("body img").count() == 0
        else:
            nodes, edges = vis_lists(path)
            assert page.evaluate("[nodes.length, edges.length]") == [len(nodes), len(edges)]
            focus = page_data(path)["focus"]
            if focus:
                name = next(e.name for e in hostile_graph.entities if e.id == focus)
                assert name.replace("\n", " ") in page.title().replace("\n", " ")
                assert name.split("\n")[0] in page.inner_text("#kg-facts")
            # hover and click every node: tooltips and the panel are built from the names
            wait_until(page, "window.kgPage.stabilized")
            for node in nodes:
                x, y = node_dom_position(page, node["id"])
                page.mouse.move(x, y)
                page.mouse.click(x, y)
            assert page.locator("#kg-panel img, #kg-panel script, .vis-tooltip img, .vis-tooltip script").count() == 0
            if path.name == "overview.html":
                page.screenshot(path=str(artifact_dir / "hostile-overview.png"))
        opened.check_clean()
        page.close()


def test_large_page_is_capped_positioned_and_drawn(browser: Any, tmp_path: Path, artifact_dir: Path) -> None:
    g = synthetic_graph(3000, 4500)
    report = build_site(g, tmp_path, max_actor_pages=1)
    overview = next(p for p in report.pages if p.file == "overview.html")
    assert overview.positioned and overview.left_out_entities > 0
    opened = open_page(browser, tmp_path / "overview.html")
    assert opened.page.evaluate("network.physics.physicsEnabled") is False
    assert "Left out:" in opened.page.inner_text("#kg-header")
    check_graph_page(opened, overview.nodes, overview.edges, artifact_dir)


def test_seed_graph_pages(browser: Any, seed_graph: Graph, tmp_path: Path, artifact_dir: Path) -> None:
    report = build_site(seed_graph, tmp_path, max_actor_pages=8)  # the most connected actors; all share one code path
    assert sum(1 for p in report.pages if p.entity_type) == 8, "the seed articles name many actors"
    for p in report.pages:
        opened = open_page(browser, tmp_path / p.file)
        check_graph_page(opened, p.nodes, p.edges, artifact_dir)
        opened.page.close()
    flow = page_data(tmp_path / "arms-and-goods.html")
    assert any(r[0] == "in exchange for" for f in flow["facts"] for r in f["roles"]), \
        "the seed articles trade arms for technology and goods"
