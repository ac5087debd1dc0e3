// name: shortest-paths
// title: Shortest paths between two entities
// description: All shortest chains of facts (direct relationships, up to 6 hops, either direction) linking two
//   entities, with each hop's fact type, modality and fact id.
// param: from = "person:kim-jong-un" | entity id at one end
// param: to = "person:sergei-shoigu" | entity id at the other end
// example: kg query run shortest-paths --param from=state:north-korea --param to=organization:wagner-group
// cypher-shell: :param {from: 'person:kim-jong-un', to: 'person:sergei-shoigu'}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.fact_id IS NOT NULL)
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name
          + ' (' + r.modality + ')'] AS steps,
       [r IN relationships(p) | r.fact_id] AS fact_ids
ORDER BY hops, path
LIMIT 25
