"""Neo4j: the managed local server, connections, loading and the bulk import path."""
