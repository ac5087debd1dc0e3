// name: resolutions-in-force
// title: UN resolutions in force on a date
// description: The UN Security Council resolutions on the DPRK adopted on or before a date (none has been
//   lifted), with their main measures and whether they impose an arms embargo, and how many facts cite them.
// param: date = "2023-09-13" | ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
// example: kg query run resolutions-in-force --param date=2009-12-31
// cypher-shell: :param {date: '2023-09-13'}
MATCH (res:Resolution)
WHERE res.adoption_date IS NOT NULL AND res.adoption_date <= $date
RETURN res.number AS resolution, res.adoption_date AS adopted, res.arms_embargo AS arms_embargo,
       res.measures AS measures, COUNT { (res)<-[:UNDER]-(:Sanction) } AS cited_by_facts
ORDER BY adopted
