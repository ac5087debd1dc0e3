// name: single-source
// title: Facts reported by only one source
// description: Facts that only one article reports - the ones to corroborate before relying on them - with the
//   article, its publisher and the quoted sentence.
// param: types = null | fact types to include (e.g. ["SUPPLIES", "SANCTIONS"]), or null for all
// param: limit = 200 | at most this many facts, the first by fact id
// example: kg query run single-source --param types='["SUPPLIES"]'
// cypher-shell: :param {types: null, limit: 200}
MATCH (f:Fact)
WHERE f.source_count = 1 AND f.id IS NOT NULL AND ($types IS NULL OR f.type IN $types)
// source_count (distinct reporting articles) is stored by the loader and indexed with the id.
WITH f ORDER BY f.source_count, f.id
LIMIT toInteger($limit)
MATCH (f)-[ev:REPORTED_IN]->(art:Article)
WITH f, art, ev ORDER BY ev.start
WITH f, art, collect(ev.quote) AS quotes
MATCH (s:Entity {id: f.subject}), (o:Entity {id: f.object})
RETURN s.name AS subject, f.label AS fact, o.name AS object, f.modality AS modality, f.date AS date,
       coalesce(art.title, art.path) AS article, art.publisher AS publisher, quotes, f.id AS fact_id
ORDER BY article, subject, fact, fact_id
