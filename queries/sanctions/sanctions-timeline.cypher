// name: sanctions-timeline
// title: Sanctions timeline
// description: Every sanction in time order: who imposes it on whom, under which UN resolution (number, year,
//   adoption date), the measures and the prohibited items, with modality and quotes. The date is the
//   resolution's adoption date when there is one, else the fact's date.
// param: target = null | entity id of the sanctioned party, or null for any
// example: kg query run sanctions-timeline --param target=state:north-korea
// cypher-shell: :param {target: null}
MATCH (by:Entity)<-[:IMPOSED_BY]-(s:Sanction)-[:TARGET]->(tg:Entity)
WHERE $target IS NULL OR tg.id = $target
OPTIONAL MATCH (s)-[:UNDER]->(res:Resolution)
OPTIONAL MATCH (s)-[ev:REPORTED_IN]->(art:Article)
WITH by, s, tg, res, ev ORDER BY art.id, ev.start
WITH by, s, tg, res, collect(ev.quote) AS quotes
RETURN coalesce(res.adoption_date, s.date) AS date, by.name AS imposed_by, tg.name AS target,
       res.number AS resolution, res.year AS year, s.measures AS measures,
       [(s)-[:PROHIBITS]->(i:Entity) | i.name] AS prohibits, s.reason AS reason, s.modality AS modality,
       quotes, s.id AS fact_id
ORDER BY date IS NULL, date, imposed_by, fact_id
