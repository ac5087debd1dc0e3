// name: single-source
// title: Facts reported by only one source
// description: Facts that only one article reports - the ones to corroborate before relying on them - with the
//   article, its publisher and the quoted sentence.
// param: types = null | fact types to include (e.g. ["SUPPLIES", "SANCTIONS"]), or null for all
// example: kg query run single-source --param types='["SUPPLIES"]'
// cypher-shell: :param {types: null}
MATCH (f:Fact)-[ev:REPORTED_IN]->(art:Article)
WHERE $types IS NULL OR f.type IN $types
WITH f, collect(DISTINCT art) AS arts, collect(ev.quote) AS quotes
WHERE size(arts) = 1
MATCH (s:Entity {id: f.subject}), (o:Entity {id: f.object})
RETURN s.name AS subject, f.label AS fact, o.name AS object, f.modality AS modality, f.date AS date,
       coalesce(arts[0].title, arts[0].path) AS article, arts[0].publisher AS publisher, quotes, f.id AS fact_id
ORDER BY article, subject, fact, fact_id
