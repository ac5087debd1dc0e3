// name: find-entity
// title: Find an entity by name (fuzzy)
// description: Full-text search over English and Indonesian names and aliases; tolerant to spelling variants
//   with a trailing ~ (e.g. Shoygu~). Use the returned id in the other queries.
// param: q = "Shoigu" | Lucene query: words, "exact phrase", fuzzy~, prefix*
// param: limit = 10 | maximum rows
// example: kg query run find-entity --param q="Kim Jong~"
// cypher-shell: :param {q: 'Shoigu', limit: 10}
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.id AS id, node.type AS type, node.name AS name, node.name_id AS name_id, node.aliases AS aliases,
       node.wikidata AS wikidata, round(score, 3) AS score
ORDER BY score DESC, id
LIMIT toInteger($limit)
