"""Roller's tiling policy (stage rtile) in plain Python: operator descriptions, the micro performance model and
the construction of aligned rTiles. No MLIR import here: the policy is property-tested and timed on its own.

    spec.py       OpSpec: an operator's loop nest and accesses, read from a linalg op (spec.from_linalg)
    model.py      Config (one rTile) and its modelled resources, traffic, waves and time on a Device
    construct.py  top_k(spec, device, k): scale-up, scale-out, shrink, ranked by the model
"""
