// name: quid-pro-quo
// title: What is given in return (quid pro quo)
// description: Transfers that name what the supplier gets back (IN_EXCHANGE_FOR items) or are linked to the
//   reciprocal transfer (EXCHANGED_FOR), with both sides' items, modality and quotes.
// param: party = null | entity id that must be the supplier or recipient, or null for any
// example: kg query run quid-pro-quo --param party=state:russia
// cypher-shell: :param {party: null}
MATCH (s:Entity)<-[:SUPPLIER]-(t:Transfer)-[:RECIPIENT]->(r:Entity)
WHERE ($party IS NULL OR $party IN [s.id, r.id])
  AND (EXISTS { (t)-[:IN_EXCHANGE_FOR]->() } OR EXISTS { (t)-[:EXCHANGED_FOR]-() })
OPTIONAL MATCH (t)-[:EXCHANGED_FOR]->(back:Transfer)
OPTIONAL MATCH (t)-[ev:REPORTED_IN]->(art:Article)
WITH s, t, r, back, ev ORDER BY art.id, ev.start
WITH s, t, r, back, collect(ev.quote) AS quotes
RETURN s.name AS supplier, [(t)-[:ITEM]->(i:Entity) | i.name] AS gives, r.name AS recipient,
       [(t)-[:IN_EXCHANGE_FOR]->(i:Entity) | i.name] AS in_return_for,
       back.id AS return_transfer,
       CASE WHEN back IS NULL THEN [] ELSE [(back)-[:ITEM]->(i:Entity) | i.name] END AS return_items,
       t.modality AS modality, back.modality AS return_modality, t.date AS date, quotes, t.id AS fact_id
ORDER BY supplier, recipient, fact_id
