"""Exports for the tools analysts already use: GraphML and GEXF (Gephi,
Cytoscape), FollowTheMoney JSON lines (Aleph, OpenSanctions) and CSV
(spreadsheets). Each reads the canonical model only."""
