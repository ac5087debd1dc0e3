// name: meetings-and-visits
// title: Meetings and visits in time order
// description: Every meeting (participants, place, occasion) and visit (visitor, destination, purpose) in time
//   order, optionally only those involving one entity and only within a date range, with modality and quotes.
// param: actor = null | entity id that must take part, or null for all
// param: since = null | earliest date (YYYY[-MM[-DD]]), or null
// param: until = null | latest date (YYYY[-MM[-DD]]), or null
// example: kg query run meetings-and-visits --param actor=person:kim-jong-un
// cypher-shell: :param {actor: null, since: null, until: null}
// With an actor the query starts from that entity's index entry, not from every meeting and visit.
CALL () {
  WITH $actor AS actor WHERE actor IS NULL
  MATCH (m:Meeting)
  RETURN m AS f, 'meeting' AS kind
  UNION ALL
  WITH $actor AS actor WHERE actor IS NOT NULL
  MATCH (:Entity {id: actor})<-[:PARTICIPANT]-(m:Meeting)
  RETURN DISTINCT m AS f, 'meeting' AS kind
  UNION ALL
  WITH $actor AS actor WHERE actor IS NULL
  MATCH (v:Visit)
  RETURN v AS f, 'visit' AS kind
  UNION ALL
  WITH $actor AS actor WHERE actor IS NOT NULL
  MATCH (:Entity {id: actor})<-[:VISITOR|DESTINATION]-(v:Visit)
  RETURN DISTINCT v AS f, 'visit' AS kind
}
WITH f, kind,
     CASE kind WHEN 'meeting' THEN [(f)-[:PARTICIPANT]->(p:Entity) | p.name]
               ELSE [(f)-[:VISITOR]->(p:Entity) | p.name] END AS who,
     [(f)-[:HELD_IN|DESTINATION]->(pl:Entity) | pl.name] AS where,
     CASE kind WHEN 'meeting' THEN f.occasion ELSE f.purpose END AS about
WHERE ($since IS NULL OR f.date >= $since) AND ($until IS NULL OR f.date <= $until)
OPTIONAL MATCH (f)-[ev:REPORTED_IN]->(art:Article)
WITH f, kind, who, where, about, ev ORDER BY art.id, ev.start
WITH f, kind, who, where, about, collect(ev.quote) AS quotes
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN f.date AS date, f.date_qualifier AS qualifier, kind, who, where, about, f.modality AS modality,
       src.name AS attributed_to, quotes, f.id AS fact_id
ORDER BY date IS NULL, date, kind, fact_id
