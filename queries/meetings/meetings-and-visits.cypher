// name: meetings-and-visits
// title: Meetings and visits in time order
// description: Every meeting (participants, place, occasion) and visit (visitor, destination, purpose) in time
//   order, optionally only those involving one entity and only within a date range, with modality and quotes.
// param: actor = null | entity id that must take part, or null for all
// param: since = null | earliest date (YYYY[-MM[-DD]]), or null
// param: until = null | latest date (YYYY[-MM[-DD]]), or null
// example: kg query run meetings-and-visits --param actor=person:kim-jong-un
// cypher-shell: :param {actor: null, since: null, until: null}
CALL () {
  MATCH (m:Meeting)
  RETURN m AS f, 'meeting' AS kind,
         [(m)-[:PARTICIPANT]->(p:Entity) | p.name] AS who, [(m)-[:PARTICIPANT]->(p:Entity) | p.id] AS ids,
         [(m)-[:HELD_IN]->(pl:Entity) | pl.name] AS where, m.occasion AS about
  UNION ALL
  MATCH (v:Visit)-[:VISITOR]->(p:Entity)
  RETURN v AS f, 'visit' AS kind, [p.name] AS who, [p.id] + [(v)-[:DESTINATION]->(d:Entity) | d.id] AS ids,
         [(v)-[:DESTINATION]->(d:Entity) | d.name] AS where, v.purpose AS about
}
WITH f, kind, who, ids, where, about
WHERE ($actor IS NULL OR $actor IN ids)
  AND ($since IS NULL OR f.date >= $since) AND ($until IS NULL OR f.date <= $until)
OPTIONAL MATCH (f)-[ev:REPORTED_IN]->(art:Article)
WITH f, kind, who, where, about, ev ORDER BY art.id, ev.start
WITH f, kind, who, where, about, collect(ev.quote) AS quotes
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN f.date AS date, f.date_qualifier AS qualifier, kind, who, where, about, f.modality AS modality,
       src.name AS attributed_to, quotes, f.id AS fact_id
ORDER BY date IS NULL, date, kind, fact_id
