// name: claims-by-modality
// title: Claims by modality, with attribution
// description: Facts that are not simply stated - planned, requested, possible (alleged, suspected) or denied -
//   grouped by modality, with who the claim is attributed to and the sentences it comes from.
// param: modalities = ["planned", "requested", "possible", "denied"] | modalities to list (the ontology's names)
// param: limit = 200 | at most this many claims, the first by modality then fact id
// example: kg query run claims-by-modality --param modalities='["denied"]'
// cypher-shell: :param {modalities: ['planned', 'requested', 'possible', 'denied'], limit: 200}
MATCH (f:Fact)
WHERE f.modality IN $modalities AND f.id IS NOT NULL
// (modality, id) is one index, so the page is read in index order, not sorted from every claim.
WITH f ORDER BY f.modality, f.id
LIMIT toInteger($limit)
MATCH (s:Entity {id: f.subject}), (o:Entity {id: f.object})
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(src:Entity)
OPTIONAL MATCH (f)-[ev:REPORTED_IN]->(art:Article)
WITH f, s, o, src, ev ORDER BY art.id, ev.start
WITH f, s, o, src, collect(ev.quote) AS quotes
RETURN f.modality AS modality, s.name AS subject, f.label AS fact, o.name AS object,
       [(f)-[r]->(x:Entity) WHERE NOT x.id IN [f.subject, f.object] AND type(r) <> 'ATTRIBUTED_TO'
          | toLower(type(r)) + ': ' + x.name] AS details,
       src.name AS attributed_to, f.date AS date, quotes, f.id AS fact_id
ORDER BY modality, subject, fact, fact_id
