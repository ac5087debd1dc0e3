// name: who-supplies-what
// title: Who supplies what to whom
// description: Every transfer (SUPPLIES fact) with supplier, recipient, items, quantity, date, modality, who
//   the claim is attributed to, and the quoted sentences. Optionally only one supplier and/or recipient.
// param: supplier = null | entity id of the supplier, or null for any
// param: recipient = null | entity id of the recipient, or null for any
// example: kg query run who-supplies-what --param supplier=state:north-korea --param recipient=state:russia
// cypher-shell: :param {supplier: null, recipient: null}
MATCH (s:Entity)<-[:SUPPLIER]-(t:Transfer)-[:RECIPIENT]->(r:Entity)
WHERE ($supplier IS NULL OR s.id = $supplier) AND ($recipient IS NULL OR r.id = $recipient)
OPTIONAL MATCH (t)-[:ATTRIBUTED_TO]->(src:Entity)
OPTIONAL MATCH (t)-[ev:REPORTED_IN]->(art:Article)
WITH s, t, r, src, ev, art ORDER BY art.id, ev.start
WITH s, t, r, src, [(t)-[:ITEM]->(i:Entity) | i.name] AS items,
     collect(ev.quote) AS quotes, collect(DISTINCT coalesce(art.title, art.path)) AS articles
RETURN s.name AS supplier, items, r.name AS recipient, t.quantity AS quantity, t.date AS date,
       t.modality AS modality, src.name AS attributed_to, quotes, articles, t.id AS fact_id
ORDER BY supplier, recipient, date IS NULL, date, fact_id
