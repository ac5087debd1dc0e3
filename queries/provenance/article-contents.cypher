// name: article-contents
// title: Everything from one article
// description: Every fact an article supports, in the order of its sentences, with the quote and its character
//   span. The article is named by id, or by the end of its path (e.g. the file name).
// param: article = "003_c764c729287f1ac4.txt" | article id, or the end of its path
// example: kg query run article-contents --param article=001_9a8eb26987bbc22d.txt
// cypher-shell: :param {article: '003_c764c729287f1ac4.txt'}
MATCH (art:Article)
WHERE art.id = $article OR art.path ENDS WITH $article
MATCH (f:Fact)-[ev:REPORTED_IN]->(art)
MATCH (s:Entity {id: f.subject}), (o:Entity {id: f.object})
RETURN art.id AS article_id, ev.sentence AS sentence, ev.start AS start, ev.end AS end, s.name AS subject,
       f.label AS fact, o.name AS object, f.modality AS modality, f.date AS date, ev.quote AS quote, f.id AS fact_id
ORDER BY article_id, start, end, fact_id
