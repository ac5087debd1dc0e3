// name: most-connected
// title: Most connected actors
// description: People, states and organisations ranked by the number of distinct facts they take part in, with
//   how many other entities those facts link them to and how many articles report them.
// param: limit = 10 | how many actors to list
// param: types = ["Person", "State", "Organization"] | entity types counted as actors
// example: kg query run most-connected --param limit=5
// cypher-shell: :param {limit: 10, types: ['Person', 'State', 'Organization']}
MATCH (a:Entity)
// fact_count is stored by the loader (distinct facts per entity): the ranking walks an index in order
// instead of counting every fact of the graph.
WHERE a.fact_count > 0 AND a.type IN $types
WITH a, a.fact_count AS facts
ORDER BY facts DESC, a.name
LIMIT toInteger($limit)
CALL (a) {
  MATCH (a)<-[r1]-(:Fact)-[r2]->(x:Entity)
  WHERE x <> a AND type(r1) <> 'ATTRIBUTED_TO' AND type(r2) <> 'ATTRIBUTED_TO'
  RETURN count(DISTINCT x) AS links
}
CALL (a) {
  MATCH (a)<-[r]-(:Fact)-[:REPORTED_IN]->(art:Article)
  WHERE type(r) <> 'ATTRIBUTED_TO'
  RETURN count(DISTINCT art) AS articles
}
RETURN a.id AS id, a.name AS name, a.type AS type, facts, links, articles
ORDER BY facts DESC, name
