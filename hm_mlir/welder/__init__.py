"""Welder's tile-graph fusion (stage tilegraph) in plain Python: no MLIR import here, like hm_mlir.roller.

    graph.py      Graph: the fusable operators of one block, their edges and every op's predecessors
    propagate.py  tile propagation through indexing maps, and each member's loops as a map of the anchor's
    model.py      a group as one virtual operator (Roller's OpSpec) and its modelled cost with Roller's formulas
    schedule.py   graph connecting (grow groups by consumers) and subgraph scheduling (rank output tiles)
    report.py     what --hm-report prints, from the reports hm-welder-fusion keeps
"""
