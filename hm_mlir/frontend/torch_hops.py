"""Control flow for torch-mlir's FX importer: `torch.cond` and `while_loop` with captured tensors.

torch-mlir 20261001 has no importer for `torch.cond`, and its `while_loop` importer passes the loop's
captured tensors (the `additional_inputs`, e.g. the weights a loop body reads) as loop-carried values, which
fails to verify. `install()` adds both to `GraphNodeImporter` (idempotent). They emit `torch.prim.If` and
`torch.prim.Loop` around calls of the branch/body functions that the importer already imports for every
child graph; torch-mlir's own lowering turns these into `scf.if` / `scf.while` on tensors, which hm-mlir
compiles (and which Grinder keeps on the device).
"""

from __future__ import annotations

_INSTALLED = False


def install() -> None:
    """Register the two handlers on torch-mlir's GraphNodeImporter (once)."""
    global _INSTALLED
    if _INSTALLED:
        return
    from torch_mlir.extras.fx_importer import GraphNodeImporter

    GraphNodeImporter._import_hop_cond = _import_hop_cond
    GraphNodeImporter._import_hop_while_loop = _import_hop_while_loop
    _INSTALLED = True


def _result_types(importer, node) -> list:
    """The MLIR types of `node`'s results (one per tensor of its `val` meta)."""
    value = node.meta.get("val")
    if isinstance(value, (list, tuple)):
        return [importer._cc.value_info_to_type(v) for v in value]
    return [importer._cc.node_val_to_type(node)]


def _bind_results(importer, node, results) -> None:
    if isinstance(node.meta.get("val"), (list, tuple)):
        importer._multi_result_nodes.add(node)
        for index, value in enumerate(results):
            importer.bind_node_value(node, value, index)
    else:
        importer.bind_node_value(node, results[0])


def _child_function(importer, node, graph_node) -> str:
    """The symbol of the function torch-mlir imported for the child graph that `graph_node` (get_attr) names."""
    if graph_node.op != "get_attr":
        raise NotImplementedError(f"{node.target}: operand {graph_node} is not a traced subgraph; only graph "
                                  "branches and bodies are imported")
    child = getattr(node.graph.owning_module, graph_node.target)
    return importer.fx_importer._graph_module_to_func_name[id(child)]


def _operands(importer, loc, values) -> list:
    return [importer._import_argument(loc, value) for value in values]


def _call(loc, callee: str, result_types, operands):
    from torch_mlir.ir import FlatSymbolRefAttr, Operation

    return Operation.create("func.call", attributes={"callee": FlatSymbolRefAttr.get(callee)},
                            results=result_types, operands=operands, loc=loc)


def _to_bool(importer, loc, tensor):
    from torch_mlir.ir import Operation

    return Operation.create("torch.aten.Bool.Tensor", results=[importer._cc.torch_bool_type],
                            operands=[tensor], loc=loc).result


def _import_hop_cond(self, loc, node, hop) -> None:
    """cond(pred, true_graph, false_graph, operands) -> torch.prim.If calling one branch function each."""
    from torch_mlir.ir import Block, InsertionPoint, Operation

    pred, true_graph, false_graph, operands = node.args[:4]
    result_types = _result_types(self, node)
    values = _operands(self, loc, operands)
    condition = _to_bool(self, loc, self._import_argument(loc, pred))
    branch = Operation.create("torch.prim.If", results=result_types, operands=[condition], regions=2, loc=loc)
    for region, graph in zip(branch.regions, (true_graph, false_graph)):
        with loc:
            block = Block.create_at_start(region, [])
        with InsertionPoint(block):
            call = _call(loc, _child_function(self, node, graph), result_types, values)
            Operation.create("torch.prim.If.yield", results=[], operands=list(call.results), loc=loc)
    _bind_results(self, node, list(branch.results))


def _import_hop_while_loop(self, loc, node, hop) -> None:
    """while_loop(cond_fn, body_fn, carried, additional) -> torch.prim.Loop carrying only `carried`; the
    captured `additional` tensors are passed to both functions on every call."""
    import torch
    from torch_mlir.extras.fx_importer import _make_constant_op
    from torch_mlir.ir import Block, InsertionPoint, Operation

    cond_graph, body_graph, carried = node.args[:3]
    additional = node.args[3] if len(node.args) > 3 else ()
    result_types = _result_types(self, node)
    carried_values = _operands(self, loc, carried)
    captured = _operands(self, loc, additional)
    cond_fn = _child_function(self, node, cond_graph)
    body_fn = _child_function(self, node, body_graph)
    predicate_type = self._cc.get_vtensor_type(torch.Size([]), torch.bool)

    first = _call(loc, cond_fn, [predicate_type], carried_values + captured).result
    with loc:
        max_trips = _make_constant_op("torch.constant.int", self._cc.integer_attr(torch.iinfo(torch.int64).max, 64),
                                      self._cc.torch_int_type)
    loop = Operation.create("torch.prim.Loop", results=result_types,
                            operands=[max_trips.result, _to_bool(self, loc, first)] + carried_values,
                            regions=1, loc=loc)
    with loc:
        block = Block.create_at_start(loop.regions[0], [self._cc.torch_int_type] + result_types)
    with InsertionPoint(block):
        updated = list(_call(loc, body_fn, result_types, list(block.arguments[1:]) + captured).results)
        again = _call(loc, cond_fn, [predicate_type], updated + captured).result
        Operation.create("torch.prim.Loop.condition", results=[],
                         operands=[_to_bool(self, loc, again)] + updated, loc=loc)
    _bind_results(self, node, list(loop.results))
