"""A Program (hm_mlir.fuzz.spec) as MLIR text: one `func.func @main` on tensors, linalg + tensor + scf."""

from __future__ import annotations

import math
import struct

from hm_mlir.fuzz import ops
from hm_mlir.fuzz.spec import Block, Node, Program, Value, is_float

CONV_OPS = {"nhwc_hwcf": "linalg.conv_2d_nhwc_hwcf", "nchw_fchw": "linalg.conv_2d_nchw_fchw",
            "depthwise_nhwc_hwc": "linalg.depthwise_conv_2d_nhwc_hwc"}
REDUCE_COMBINE = {("sum", True): "arith.addf", ("sumsq", True): "arith.addf", ("max", True): "arith.maximumf",
                  ("min", True): "arith.minimumf", ("sum", False): "arith.addi", ("max", False): "arith.maxsi",
                  ("min", False): "arith.minsi"}
INT_LIMITS = {"i32": (-(1 << 31), (1 << 31) - 1), "i64": (-(1 << 63), (1 << 63) - 1)}
FLOAT_BITS = {"f16": ("e", "H", 4), "f32": ("f", "I", 8), "f64": ("d", "Q", 16)}


def tensor_type(v: Value) -> str:
    return f"tensor<{''.join(f'{d}x' for d in v.shape)}{v.dtype}>"


def literal(value, dtype: str) -> str:
    """An exact MLIR literal: integers as is, floats in hex (infinities, and no decimal rounding)."""
    if not is_float(dtype):
        return str(int(value))
    pack, unpack, digits = FLOAT_BITS[dtype]
    return f"0x{struct.unpack('<' + unpack, struct.pack('<' + pack, value))[0]:0{digits}X}"


class Emitter:
    """Lines of MLIR with fresh SSA names; `op(text)` appends `%tN = text` and returns `%tN`."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.counter = 0
        self.indent = 1
        self.functions: list[str] = []  # private functions @main calls (elementwise nodes marked "call")

    def fresh(self) -> str:
        self.counter += 1
        return f"%t{self.counter}"

    def line(self, text: str) -> None:
        self.lines.append("  " * self.indent + text)

    def op(self, text: str) -> str:
        name = self.fresh()
        self.line(f"{name} = {text}")
        return name

    def const(self, value, dtype: str) -> str:
        return self.op(f"arith.constant {literal(value, dtype)} : {dtype}")

    def index(self, value: int) -> str:
        return self.op(f"arith.constant {value} : index")


def to_mlir(program: Program) -> str:
    """The text of `program` as `func.func @main` (and the private functions it calls)."""
    em = Emitter()
    val = program.values
    for a in program.args:
        if val[a].scalar:  # a scalar argument: the body uses it as a 0-d tensor
            em.line(f"%v{a} = tensor.from_elements %s{a} : {tensor_type(val[a])}")
    for node in program.nodes:
        _emit_node(em, program, node)
    em.line("return " + ", ".join(f"%v{o}" for o in program.outputs) + " : "
            + ", ".join(tensor_type(val[o]) for o in program.outputs))
    args = ", ".join(f"%s{a}: {val[a].dtype}" if val[a].scalar else f"%v{a}: {tensor_type(val[a])}"
                     for a in program.args)
    results = ", ".join(tensor_type(val[o]) for o in program.outputs)
    header = f"// hm-mlir fuzz program, seed {program.seed}\nfunc.func @main({args}) -> ({results}) {{"
    return "\n".join([header, *em.lines, "}", *em.functions]) + "\n"


def _filled(em: Emitter, v: Value, value) -> str:
    empty = em.op(f"tensor.empty() : {tensor_type(v)}")
    return em.op(f"linalg.fill ins({em.const(value, v.dtype)} : {v.dtype}) outs({empty} : {tensor_type(v)}) "
                 f"-> {tensor_type(v)}")


def _maps(maps: list[list[str]], rank: int) -> str:
    dims = ", ".join(f"d{i}" for i in range(rank))
    return "[" + ", ".join(f"affine_map<({dims}) -> ({', '.join(m)})>" for m in maps) + "]"


def _attrs(params: dict) -> str:
    sh, sw = params["strides"]
    dh, dw = params["dilations"]
    return (f"{{dilations = dense<[{dh}, {dw}]> : tensor<2xi64>, strides = dense<[{sh}, {sw}]> : "
            f"tensor<2xi64>}}")


def _emit_expr(em: Emitter, expr: list, inputs: list[str], ty: str) -> str:
    if expr[0] == "in":
        return inputs[expr[1]]
    if expr[0] == "idx":  # the iteration index of a dimension, plus one, as an integer of the body's type
        index = em.op(f"arith.addi {em.op(f'linalg.index {expr[1]} : index')}, {em.index(1)} : index")
        return em.op(f"arith.index_cast {index} : index to {ty}")
    children = [_emit_expr(em, child, inputs, ty) for child in expr[2:]]
    return ops.OPS[expr[0]].mlir(em, children, ty, expr[1])


def _emit_node(em: Emitter, program: Program, node: Node) -> None:
    val = program.values
    out, p = val[node.result], node.params
    a = [val[o] for o in node.operands]
    names = [f"%v{o}" for o in node.operands]
    ins = f"ins({', '.join(names)} : {', '.join(tensor_type(x) for x in a)})"
    result = f"%v{node.result}"
    otype = tensor_type(out)
    kind = node.kind
    if kind == "elementwise" and p.get("call"):
        _emit_call(em, node, a, out)
    elif kind == "elementwise":
        _emit_elementwise(em, node, a, out, ins)
    elif kind in ("matmul", "batch_matmul"):
        init = _filled(em, out, 0)
        maps = ""
        if p.get("transpose_a") or p.get("transpose_b"):
            batch = ["b"] if kind == "batch_matmul" else []
            lhs = batch + (["k", "m"] if p.get("transpose_a") else ["m", "k"])
            rhs = batch + (["n", "k"] if p.get("transpose_b") else ["k", "n"])
            loops = ", ".join(batch + ["m", "n", "k"])
            maps = ("indexing_maps = [" + ", ".join(f"affine_map<({loops}) -> ({', '.join(m)})>"
                                                     for m in (lhs, rhs, batch + ["m", "n"])) + "] ")
        em.line(f"{result} = linalg.{kind} {maps}{ins} outs({init} : {otype}) -> {otype}")
    elif kind == "conv":
        init = _filled(em, out, 0)
        em.line(f"{result} = {CONV_OPS[p['layout']]} {_attrs(p)} {ins} outs({init} : {otype}) -> {otype}")
    elif kind == "pool":
        start = 0 if p["kind"] == "sum" else (-math.inf if is_float(out.dtype) else INT_LIMITS[out.dtype][0])
        init = _filled(em, out, start)
        window_type = f"tensor<{p['window'][0]}x{p['window'][1]}x{a[0].dtype}>"
        window = em.op(f"tensor.empty() : {window_type}")
        em.line(f"{result} = linalg.pooling_{p['layout']}_{p['kind']} {_attrs(p)} ins({names[0]}, {window} : "
                f"{tensor_type(a[0])}, {window_type}) outs({init} : {otype}) -> {otype}")
    elif kind == "reduce":
        _emit_reduce(em, node, a[0], out)
    elif kind == "broadcast":
        empty = em.op(f"tensor.empty() : {otype}")
        em.line(f"{result} = linalg.broadcast {ins} outs({empty} : {otype}) dimensions = {p['dims']}")
    elif kind == "transpose":
        empty = em.op(f"tensor.empty() : {otype}")
        em.line(f"{result} = linalg.transpose {ins} outs({empty} : {otype}) permutation = {p['perm']}")
    elif kind == "slice":
        em.line(f"{result} = tensor.extract_slice {names[0]}{p['offsets']}{p['sizes']}{p['strides']} : "
                f"{tensor_type(a[0])} to {otype}")
    elif kind == "pad":
        pad = em.const(p["value"], out.dtype)
        em.line(f"{result} = tensor.pad {names[0]} low{p['low']} high{p['high']} {{")
        em.line(f"^bb0({', '.join(f'%i{i}: index' for i in range(out.rank))}):")
        em.line(f"  tensor.yield {pad} : {out.dtype}")
        em.line(f"}} : {tensor_type(a[0])} to {otype}")
    elif kind == "mask":
        _emit_generic(em, node, a, out, lambda ins_: em.op(
            f"arith.cmpi {p['predicate']}, {ins_[0]}, {em.const(p['constant'], a[0].dtype)} : {a[0].dtype}"))
    elif kind == "select":
        _emit_generic(em, node, a, out, lambda ins_: em.op(
            f"arith.select {ins_[0]}, {ins_[1]}, {ins_[2]} : {out.dtype}"))
    elif kind in ("for", "while", "if"):
        _emit_control_flow(em, program, node)
    else:
        raise ValueError(f"unknown node kind '{kind}'")


def _emit_call(em: Emitter, node: Node, a: list[Value], out: Value) -> None:
    """The elementwise `node` as a call of a private function that computes it."""
    distinct = list({x.id: x for x in a}.values())
    types = ", ".join(tensor_type(x) for x in distinct)
    callee = Emitter()
    ins = f"ins({', '.join(f'%v{x.id}' for x in a)} : {', '.join(tensor_type(x) for x in a)})"
    _emit_elementwise(callee, node, a, out, ins)
    callee.line(f"return %v{node.result} : {tensor_type(out)}")
    arguments = ", ".join(f"%v{x.id}: {tensor_type(x)}" for x in distinct)
    em.functions += [f"func.func private @fn{node.result}({arguments}) -> {tensor_type(out)} {{", *callee.lines, "}"]
    em.line(f"%v{node.result} = func.call @fn{node.result}({', '.join(f'%v{x.id}' for x in distinct)}) : "
            f"({types}) -> {tensor_type(out)}")


def _emit_elementwise(em: Emitter, node: Node, a: list[Value], out: Value, ins: str) -> None:
    p = node.params
    otype, result = tensor_type(out), f"%v{node.result}"
    in_dtype = p["in_dtype"]
    empty = em.op(f"tensor.empty() : {otype}")
    if p["form"] == "named":
        named = ops.NAMED_ELEMENTWISE[p["expr"][0]]
        em.line(f"{result} = {named} {ins} outs({empty} : {otype}) -> {otype}")
        return
    block_args = [f"%in{i}" for i in range(len(a))]
    if p["form"] == "map":
        em.line(f"{result} = linalg.map {ins} outs({empty} : {otype})")
        em.line(f"  ({', '.join(f'{n}: {x.dtype}' for n, x in zip(block_args, a, strict=True))}, "
                f"%out: {out.dtype}) {{")
    else:
        maps = [[f"d{d}" for d in m] for m in p["maps"]] + [[f"d{d}" for d in range(out.rank)]]
        iterators = ", ".join(['"parallel"'] * out.rank)
        em.line(f"{result} = linalg.generic {{indexing_maps = {_maps(maps, out.rank)}, "
                f"iterator_types = [{iterators}]}} {ins} outs({empty} : {otype}) {{")
        em.line(f"^bb0({', '.join(f'{n}: {x.dtype}' for n, x in zip(block_args, a, strict=True))}, "
                f"%out: {out.dtype}):")
    em.indent += 1
    value = _emit_expr(em, p["expr"], block_args, in_dtype)
    if out.dtype != in_dtype:
        value = em.op(f"{ops.CASTS[(in_dtype, out.dtype)]} {value} : {in_dtype} to {out.dtype}")
    em.line(f"linalg.yield {value} : {out.dtype}")
    em.indent -= 1
    em.line("}" if p["form"] == "map" else f"}} -> {otype}")


def _emit_generic(em: Emitter, node: Node, a: list[Value], out: Value, body) -> None:
    """A linalg.generic over identically shaped operands whose body is `body(block argument names)`."""
    otype, rank = tensor_type(out), out.rank
    empty = em.op(f"tensor.empty() : {otype}")
    identity = [[f"d{d}" for d in range(rank)]] * (len(a) + 1)
    names = ", ".join(f"%v{x.id}" for x in a)
    iterators = ", ".join(['"parallel"'] * rank)
    em.line(f"%v{node.result} = linalg.generic {{indexing_maps = {_maps(identity, rank)}, iterator_types = "
            f"[{iterators}]}} ins({names} : {', '.join(tensor_type(x) for x in a)}) outs({empty} : {otype}) {{")
    block_args = [f"%in{i}" for i in range(len(a))]
    em.line(f"^bb0({', '.join(f'{n}: {x.dtype}' for n, x in zip(block_args, a, strict=True))}, %out: {out.dtype}):")
    em.indent += 1
    em.line(f"linalg.yield {body(block_args)} : {out.dtype}")
    em.indent -= 1
    em.line(f"}} -> {otype}")


def _emit_reduce(em: Emitter, node: Node, x: Value, out: Value) -> None:
    p = node.params
    kind, floats = p["kind"], is_float(x.dtype)
    if kind == "sum" or kind == "sumsq":
        start = 0
    elif floats:
        start = -math.inf if kind == "max" else math.inf
    else:
        start = INT_LIMITS[out.dtype][0 if kind == "max" else 1]
    init = _filled(em, out, start)
    otype, result = tensor_type(out), f"%v{node.result}"
    combine = REDUCE_COMBINE[(kind, floats)]
    if p["form"] == "named":
        em.line(f"{result} = linalg.reduce ins(%v{x.id} : {tensor_type(x)}) outs({init} : {otype}) "
                f"dimensions = {p['dims']}")
        em.line(f"  (%in: {x.dtype}, %acc: {out.dtype}) {{")
        em.indent += 1
        em.line(f"linalg.yield {em.op(f'{combine} %in, %acc : {out.dtype}')} : {out.dtype}")
        em.indent -= 1
        em.line("}")
        return
    kept = [f"d{i}" for i in range(x.rank) if i not in p["dims"]]
    maps = _maps([[f"d{i}" for i in range(x.rank)], kept], x.rank)
    iterators = ", ".join('"reduction"' if i in p["dims"] else '"parallel"' for i in range(x.rank))
    em.line(f"{result} = linalg.generic {{indexing_maps = {maps}, iterator_types = [{iterators}]}} "
            f"ins(%v{x.id} : {tensor_type(x)}) outs({init} : {otype}) {{")
    em.line(f"^bb0(%in: {x.dtype}, %acc: {out.dtype}):")
    em.indent += 1
    value = "%in"
    if x.dtype != out.dtype:
        value = em.op(f"arith.extf {value} : {x.dtype} to {out.dtype}")
    if kind == "sumsq":
        value = em.op(f"arith.mulf {value}, {value} : {out.dtype}")
    em.line(f"linalg.yield {em.op(f'{combine} {value}, %acc : {out.dtype}')} : {out.dtype}")
    em.indent -= 1
    em.line(f"}} -> {otype}")


def _emit_block(em: Emitter, program: Program, block: Block) -> None:
    em.indent += 1
    for inner in block.nodes:
        _emit_node(em, program, inner)
    em.line(f"scf.yield %v{block.result} : {tensor_type(program.values[block.result])}")
    em.indent -= 1


def _emit_control_flow(em: Emitter, program: Program, node: Node) -> None:
    val = program.values
    out, p = val[node.result], node.params
    otype, result = tensor_type(out), f"%v{node.result}"
    if node.kind == "for":
        (body,) = node.blocks
        lower, upper, step = em.index(0), em.index(p["trips"]), em.index(1)
        em.line(f"{result} = scf.for %iv{node.result} = {lower} to {upper} step {step} "
                f"iter_args(%v{body.args[0]} = %v{node.operands[0]}) -> ({otype}) {{")
        _emit_block(em, program, body)
        em.line("}")
        return
    cond = val[node.operands[-1]]
    indices = ", ".join(em.index(i) for i in p["index"])
    element = em.op(f"tensor.extract %v{cond.id}[{indices}] : {tensor_type(cond)}")
    ity = cond.dtype
    if node.kind == "if":
        flag = em.op(f"arith.cmpi sgt, {element}, {em.const(p['threshold'], ity)} : {ity}")
        then, otherwise = node.blocks
        em.line(f"{result} = scf.if {flag} -> ({otype}) {{")
        _emit_block(em, program, then)
        em.line("} else {")
        _emit_block(em, program, otherwise)
        em.line("}")
        return
    (body,) = node.blocks
    low = em.op(f"arith.maxsi {element}, {em.const(0, ity)} : {ity}")
    limit = em.op(f"arith.minsi {low}, {em.const(p['max_trips'], ity)} : {ity}")
    start, one = em.const(0, ity), em.const(1, ity)
    count = em.fresh()
    em.line(f"{result}, {count} = scf.while (%w{node.result} = %v{node.operands[0]}, %k{node.result} = {start}) "
            f": ({otype}, {ity}) -> ({otype}, {ity}) {{")
    em.indent += 1
    more = em.op(f"arith.cmpi slt, %k{node.result}, {limit} : {ity}")
    em.line(f"scf.condition({more}) %w{node.result}, %k{node.result} : {otype}, {ity}")
    em.indent -= 1
    em.line("} do {")
    em.line(f"^bb0(%v{body.args[0]}: {otype}, %kk{node.result}: {ity}):")
    em.indent += 1
    for inner in body.nodes:
        _emit_node(em, program, inner)
    next_count = em.op(f"arith.addi %kk{node.result}, {one} : {ity}")
    em.line(f"scf.yield %v{body.result}, {next_count} : {otype}, {ity}")
    em.indent -= 1
    em.line("}")
