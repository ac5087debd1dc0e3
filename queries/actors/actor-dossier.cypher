// name: actor-dossier
// title: Actor dossier
// description: Every fact about one entity (as subject, object or in another role such as item or place), in
//   time order, with the other parties, modality, who the claim is attributed to, and the quoted sentences and
//   articles it comes from.
// param: actor = "person:sergei-shoigu" | entity id (find one with the find-entity query)
// example: kg query run actor-dossier --param actor=person:sergei-shoigu
// cypher-shell: :param {actor: 'person:sergei-shoigu'}
MATCH (a:Entity {id: $actor})<-[role]-(f:Fact)
WHERE type(role) <> 'ATTRIBUTED_TO'
MATCH (s:Entity {id: f.subject}), (o:Entity {id: f.object})
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(src:Entity)
OPTIONAL MATCH (f)-[ev:REPORTED_IN]->(art:Article)
WITH a, f, s, o, src, type(role) AS role, ev, art ORDER BY art.id, ev.start
WITH a, f, s, o, src, role,
     [(f)-[r]->(x:Entity) WHERE NOT x.id IN [f.subject, f.object] AND type(r) <> 'ATTRIBUTED_TO'
        | toLower(type(r)) + ': ' + x.name] AS details,
     collect(ev.quote) AS quotes, collect(DISTINCT coalesce(art.title, art.path)) AS articles
RETURN f.date AS date, s.name AS subject, f.label AS fact, o.name AS object, role, details,
       f.modality AS modality, src.name AS attributed_to, quotes, articles, f.id AS fact_id
ORDER BY date IS NULL, date, fact, fact_id
