// name: breaches
// title: Transfers that breach a UN arms embargo in force
// description: Weapons transferred out of a state (default the DPRK) when a UN Security Council resolution with
//   an arms embargo was in force: adopted on or before the transfer's date, or - for an undated transfer - on or
//   before the first article reporting it (the 1718-regime measures have never been lifted, so an undated
//   transfer is checked against every embargo resolution and says so in date_basis). A resolution counts as an
//   arms embargo if its reference measures say so or a sanction fact under it lists an arms embargo.
// param: origin = "state:north-korea" | entity id of the supplying state
// example: kg query run breaches --param origin=state:north-korea
// cypher-shell: :param {origin: 'state:north-korea'}
MATCH (t:Transfer)-[:SUPPLIER]->(:Entity {id: $origin})
MATCH (t)-[:ITEM]->(w:Weapon)
MATCH (t)-[:RECIPIENT]->(to:Entity)
OPTIONAL MATCH (t)-[ev:REPORTED_IN]->(art:Article)
WITH t, to, collect(DISTINCT w.name) AS weapons, collect(DISTINCT ev.quote) AS quotes,
     min(art.published) AS first_reported
WITH t, to, weapons, quotes, coalesce(t.date, first_reported) AS when,
     CASE WHEN t.date IS NOT NULL THEN 'fact date'
          WHEN first_reported IS NOT NULL THEN 'first reported'
          ELSE 'undated (embargo never lifted)' END AS date_basis
MATCH (res:Resolution)
WHERE res.adoption_date IS NOT NULL AND (when IS NULL OR res.adoption_date <= when)
  AND (res.arms_embargo OR EXISTS {
        MATCH (s:Sanction)-[:UNDER]->(res) WHERE any(m IN coalesce(s.measures, []) WHERE toLower(m) CONTAINS 'arms')
      })
WITH t, to, weapons, quotes, when, date_basis, res ORDER BY res.adoption_date
RETURN $origin AS supplier_id, to.name AS recipient, weapons, when AS date, date_basis, t.modality AS modality,
       collect(res.number) AS resolutions,
       [m IN head(collect(res.measures)) WHERE toLower(m) CONTAINS 'arms'] AS first_measure,
       quotes, t.id AS fact_id
ORDER BY recipient, date IS NULL, date, fact_id
