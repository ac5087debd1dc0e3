// name: claims-by-modality
// title: Claims by modality, with attribution
// description: Facts that are not simply stated - planned, requested, possible (alleged, suspected) or denied -
//   grouped by modality, with who the claim is attributed to and the sentences it comes from.
// param: modalities = ["planned", "requested", "possible", "denied"] | modalities to list (the ontology's names)
// example: kg query run claims-by-modality --param modalities='["denied"]'
// cypher-shell: :param {modalities: ['planned', 'requested', 'possible', 'denied']}
MATCH (f:Fact)
WHERE f.modality IN $modalities
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
