// Facts panel, tooltips, search and type filter for a rukp-kg page.
// Every name, quote and title reaches the document through textContent:
// nothing from the graph is ever parsed as HTML.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var state = window.kgPage = { ready: false, firstDraw: null, stabilized: false, errors: [] };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function factBlock(f, quotes) {
    var box = el("div", "kg-fact");
    box.appendChild(el("div", "kg-fact-head", f.s + " — " + f.label + " → " + f.o));
    var meta = [];
    if (f.date) { meta.push("date: " + f.date); }
    meta.push(f.modality + " (" + f.modality_text + ")");
    if (f.attributed_to) { meta.push("according to " + f.attributed_to); }
    meta.push("confidence " + f.confidence);
    box.appendChild(el("div", "kg-fact-meta", meta.join(" · ")));
    f.roles.forEach(function (r) { box.appendChild(el("div", "kg-fact-role", r[0] + ": " + r[1])); });
    f.quotes.slice(0, quotes).forEach(function (q) {
      var b = el("blockquote", "kg-quote", "“" + q.quote + "”");
      var src = [q.title, q.publisher, q.published].filter(Boolean).join(", ");
      if (src) { b.appendChild(el("cite", null, " — " + src)); }
      box.appendChild(b);
    });
    if (f.quotes.length > quotes) { box.appendChild(el("div", "kg-hint", "+" + (f.quotes.length - quotes) + " more quotes")); }
    return box;
  }

  function nodeHeader(info, box) {
    box.appendChild(el("h3", null, info.name));
    box.appendChild(el("div", "kg-names", info.type_label));
    var other = info.names.concat(info.aliases);
    if (other.length) { box.appendChild(el("div", "kg-names", "also: " + other.join("; "))); }
    if (info.wikidata) { box.appendChild(el("div", "kg-names", "Wikidata: " + info.wikidata)); }
    if (info.description) { box.appendChild(el("div", "kg-names", info.description)); }
  }

  function nodeTip(id) {
    var info = D.nodes[id], box = el("div", "kg-tip");
    if (info.type === "event") {
      box.appendChild(factBlock(D.facts[info.facts[0]], 2));
      return box;
    }
    nodeHeader(info, box);
    box.appendChild(el("div", "kg-hint", info.facts.length + " fact(s) on this page — click for details"));
    return box;
  }

  function edgeTip(id) {
    var box = el("div", "kg-tip");
    box.appendChild(factBlock(D.facts[D.edges[id]], 2));
    return box;
  }

  var panel = document.getElementById("kg-facts");
  function showNode(id) {
    var info = D.nodes[id];
    if (!info) { return; }
    panel.textContent = "";
    panel.appendChild(el("h2", null, "Facts"));
    nodeHeader(info, panel);
    panel.appendChild(el("div", "kg-hint", info.facts.length + " fact(s) on this page"));
    info.facts.forEach(function (i) { panel.appendChild(factBlock(D.facts[i], 50)); });
  }
  function showEdge(id) {
    if (!(id in D.edges)) { return; }
    panel.textContent = "";
    panel.appendChild(el("h2", null, "Fact"));
    panel.appendChild(factBlock(D.facts[D.edges[id]], 50));
  }

  // Tooltips as elements (vis-network shows an element as it is, never as markup).
  nodes.update(Object.keys(D.nodes).map(function (id) { return { id: id, title: nodeTip(id) }; }));
  edges.update(Object.keys(D.edges).map(function (id) { return { id: id, title: edgeTip(id) }; }));

  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });
  network.once("afterDrawing", function () { state.firstDraw = performance.now(); });
  network.on("stabilized", function () { state.stabilized = true; });
  // Dense neighbourhoods can keep jittering for a long time; stop them a few seconds after the first layout.
  network.once("stabilizationIterationsDone", function () {
    setTimeout(function () {
      if (!state.stabilized) { network.stopSimulation(); state.stabilized = true; }
    }, 4000);
  });
  if (nodes.length === 0) {  // vis-network never draws an empty network: nothing to wait for
    state.firstDraw = performance.now();
    state.stabilized = true;
  }

  // Type filter: hide nodes of unticked types (edges to hidden nodes hide with them).
  var hiddenTypes = {};
  function applyFilter() {
    var changes = [];
    Object.keys(D.nodes).forEach(function (id) {
      changes.push({ id: id, hidden: !!hiddenTypes[D.nodes[id].type] });
    });
    nodes.update(changes);
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-kg-type]"), function (box) {
    box.addEventListener("change", function () {
      hiddenTypes[box.getAttribute("data-kg-type")] = !box.checked;
      applyFilter();
    });
  });

  // Search: names, other-language names and aliases, case-insensitive substring.
  var haystack = Object.keys(D.nodes).map(function (id) {
    var n = D.nodes[id];
    return [id, [n.name].concat(n.names, n.aliases).join("\n").toLowerCase()];
  });
  var search = document.getElementById("kg-search"), status = document.getElementById("kg-search-status");
  var timer = null;
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    if (!q) { status.textContent = ""; network.unselectAll(); return; }
    var hits = haystack.filter(function (h) {
      return h[1].indexOf(q) >= 0 && !hiddenTypes[D.nodes[h[0]].type];
    }).map(function (h) { return h[0]; });
    status.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    network.selectNodes(hits);
    if (hits.length) {
      network.focus(hits[0], { scale: Math.max(network.getScale(), 0.8), animation: false });
      showNode(hits[0]);
    }
  }
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 200); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(timer); runSearch(); } });

  if (D.focus && D.nodes[D.focus]) {
    network.selectNodes([D.focus]);
    showNode(D.focus);
  }
  state.ready = true;
}());
