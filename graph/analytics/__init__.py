"""Network analytics of the canonical graph with networkx.

One topic per module: :mod:`projections` turns the model into networkx graphs;
:mod:`centrality`, :mod:`communities`, :mod:`exchange`, :mod:`paths`,
:mod:`timeline` and :mod:`sources` each answer one analyst question;
:mod:`report` assembles and renders them; :mod:`cli` is ``kg analyze``.
"""
