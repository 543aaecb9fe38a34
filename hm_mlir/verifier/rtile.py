"""Python rules of the rtile dialect (what IRDL cannot say): sizes positive, consistent and within the
operator's loop nest; candidate lists that resolve; `rtile.space` links from linalg ops that resolve."""

from __future__ import annotations

from functools import lru_cache
from math import prod

from mlir import ir

from hm_mlir.linalg_info import loop_nest
from hm_mlir.verifier.common import Problems, SymbolIndex, integer, require_i64_arrays, require_symbol, symbol_text

_ITERATORS = ("parallel", "reduction")


def _check_config(config: ir.Operation, problems: Problems) -> None:
    arrays = require_i64_arrays(config, ("block", "thread", "step", "pad", "mma"), problems)
    block, thread = arrays.get("block"), arrays.get("thread")
    for name, values in arrays.items():
        if name != "pad" and any(v <= 0 for v in values):
            problems.add(config, f"'{name}' sizes must be positive, got {values}")
        if name == "pad" and any(v < 0 for v in values):
            problems.add(config, f"'pad' must be non-negative, got {values}")
    if block is not None and thread is not None:
        if len(block) != len(thread):
            problems.add(config, f"'block' has {len(block)} sizes but 'thread' has {len(thread)}")
        elif all(t > 0 for t in thread) and any(b % t for b, t in zip(block, thread)):
            problems.add(config, f"thread tile {thread} does not divide block tile {block}")
        elif all(t > 0 for t in thread):
            expected = prod(b // t for b, t in zip(block, thread))
            if integer(config.attributes["threads"]) != expected:
                problems.add(config, f"'threads' must be {expected} (block tile / thread tile)")
    if "mma" in arrays and len(arrays["mma"]) not in (0, 3):
        problems.add(config, "'mma' must be empty or [m, n, k]")
    vector_width = integer(config.attributes["vector_width"])
    if vector_width is not None and (vector_width <= 0 or vector_width & (vector_width - 1)):
        problems.add(config, f"'vector_width' must be a power of two, got {vector_width}")
    for name in ("stages", "waves"):
        if (integer(config.attributes[name]) or 0) < 1:
            problems.add(config, f"'{name}' must be at least 1")
    for name in ("smem_bytes", "regs_per_thread", "traffic_bytes"):
        if (integer(config.attributes[name]) or 0) < 0:
            problems.add(config, f"'{name}' must be non-negative")
    cost = config.attributes["cost_us"]
    if isinstance(cost, ir.FloatAttr) and cost.value < 0:
        problems.add(config, "'cost_us' must be non-negative")


def _pow2_ceil(n: int) -> int:
    return 1 << max(0, (n - 1).bit_length())


def _check_fits(config: ir.Operation, space: ir.Operation, parallel: list[int], reduction: list[int],
                problems: Problems) -> None:
    """The config's tiles have one size per loop of its kind and fit the loop extents (a block tile may overhang
    its loop up to the next power of two: Roller's aligned tiles, the overhang masked). Tensor-core configs
    keep whole mma tiles past small extents; the Roller rules check those."""
    name = config.attributes["sym_name"].value
    if len(config.attributes["mma"]):
        return
    for attr, extents, kind in (("block", parallel, "parallel"), ("step", reduction, "reduction")):
        sizes = list(config.attributes[attr]) if isinstance(config.attributes[attr], ir.DenseI64ArrayAttr) else None
        if sizes is None:
            continue
        if len(sizes) != len(extents):
            problems.add(space, f"candidate @{name}: '{attr}' has {len(sizes)} sizes for {len(extents)} "
                                f"{kind} loops")
        elif any(s > (_pow2_ceil(e) if attr == "block" else e) for s, e in zip(sizes, extents)):
            limit = "the next power of two of " if attr == "block" else ""
            problems.add(space, f"candidate @{name}: '{attr}' {sizes} exceeds {limit}the {kind} loop extents "
                                f"{extents}")


def _check_space(space: ir.Operation, symbols: SymbolIndex, problems: Problems) -> None:
    arrays = require_i64_arrays(space, ("loops",), problems)
    if "loops" not in arrays:  # reported: nothing below can be checked without the loop nest
        return
    loops = arrays["loops"]
    if any(e <= 0 for e in loops):
        problems.add(space, f"'loops' extents must be positive, got {loops}")
    iterators = space.attributes["iterators"]
    kinds = [a.value if isinstance(a, ir.StringAttr) else None for a in iterators]
    if any(k not in _ITERATORS for k in kinds):
        problems.add(space, "'iterators' must be an array of \"parallel\" / \"reduction\"")
        return
    if len(kinds) != len(loops):
        problems.add(space, f"'iterators' has {len(kinds)} entries for {len(loops)} loops")
        return
    parallel = [e for e, k in zip(loops, kinds) if k == "parallel"]
    reduction = [e for e, k in zip(loops, kinds) if k == "reduction"]
    top_k = integer(space.attributes["top_k"]) or 0
    if top_k < 1:
        problems.add(space, "'top_k' must be at least 1")
    candidates = list(space.attributes["candidates"])
    if not candidates:
        problems.add(space, "'candidates' must list at least one rtile.config")
    if len(candidates) > max(top_k, 1):
        problems.add(space, f"{len(candidates)} candidates exceed top_k = {top_k}")
    names = []
    for ref in candidates:
        if not isinstance(ref, ir.FlatSymbolRefAttr):
            problems.add(space, f"'candidates' entries must be symbol references, got {ref}")
            continue
        config = symbols.lookup(ref)
        if config is None or config.name != "rtile.config":
            problems.add(space, f"candidate @{ref.value} is not an rtile.config in the module")
            continue
        names.append(ref.value)
        _check_fits(config, space, parallel, reduction, problems)
    _check_device(space, problems)
    chosen = space.attributes["chosen"]
    if names and not (isinstance(chosen, ir.FlatSymbolRefAttr) and chosen.value in names):
        problems.add(space, f"'chosen' {symbol_text(chosen)} is not one of the candidates")


def _check_device(space: ir.Operation, problems: Problems | None = None):
    """The space's device description, or None (reported to `problems` if given) if it does not name one."""
    from hm_mlir import hardware

    if "device" not in space.attributes:  # IRDL reports the missing attribute
        return None
    device = space.attributes["device"]
    if not isinstance(device, ir.StringAttr):
        return None
    try:
        return hardware.get(device.value)
    except (ValueError, OSError, TypeError, AttributeError):
        if problems is not None:
            problems.add(space, f"'device' {device} is not a known device description")
        return None


def config_from_attributes(config: ir.Operation, spec):
    """The hm_mlir.roller Config an rtile.config op describes for operator `spec` (staging by Roller's rule)."""
    from hm_mlir.roller.model import Config, staged_inputs

    block, thread = tuple(config.attributes["block"]), tuple(config.attributes["thread"])
    return Config(block, thread, tuple(config.attributes["step"]), tuple(config.attributes["pad"]),
                  staged_inputs(spec, block, thread), integer(config.attributes["vector_width"]) or 1,
                  integer(config.attributes["stages"]) or 1, tuple(config.attributes["mma"]))


@lru_cache(maxsize=4096)
def _model_view(spec, config, device) -> tuple[tuple[str, ...], int, int]:
    """(rule violations, shared memory, registers) of `config` for operator `spec` on `device`: what the checks
    below compare with, computed once per distinct operator and config (the verifier runs at every stage's end,
    and an unrolled loop repeats its operators)."""
    from hm_mlir.roller import invariants, model

    return tuple(invariants.violations(spec, config, device)), model.smem_bytes(spec, config), \
        model.registers(spec, config)


def _check_roller_candidates(op: ir.Operation, space: ir.Operation, symbols: SymbolIndex,
                             problems: Problems, checked: set) -> None:
    """Every candidate of a Roller space obeys the alignment and resource rules of its device, its recorded
    shared memory and registers are the model's, and the candidates are ranked by modelled time. Checked for
    ops on tensors, where Roller decides (later stages may fold the body the register estimate read), once per
    space and distinct operator (`checked`: the pairs done in this run; identical operators share a space)."""
    from hm_mlir.roller import spec as opspec

    device = _check_device(space)  # an unknown one is reported with the space
    spec = opspec.from_linalg(op)
    if device is None:
        return
    if spec is None:
        problems.add(op, "policy 'roller' needs an op whose indexing maps are non-negative combinations of loops "
                         "(others take the naive policy)")
        return
    if (space, spec) in checked:
        return
    checked.add((space, spec))
    costs = []
    for ref in space.attributes["candidates"]:
        config_op = symbols.lookup(ref)
        if config_op is None or config_op.name != "rtile.config":
            continue
        name = f"candidate @{ref.value}"
        try:
            config = config_from_attributes(config_op, spec)
        except (TypeError, ValueError):
            continue  # malformed arrays are reported by _check_config
        if len(config.pad) != len(spec.inputs):
            problems.add(space, f"{name}: 'pad' needs one entry per input ({len(spec.inputs)})")
            continue
        violations, smem, registers = _model_view(spec, config, device)
        for why in violations:
            problems.add(space, f"{name} breaks a rule of device '{device.name}': {why}")
        for attr, expected in (("smem_bytes", smem), ("regs_per_thread", registers)):
            if integer(config_op.attributes[attr]) != expected:
                problems.add(space, f"{name}: '{attr}' is {integer(config_op.attributes[attr])} but the model "
                                    f"gives {expected}")
        costs.append(config_op.attributes["cost_us"].value)
    if any(a > b for a, b in zip(costs, costs[1:])):
        problems.add(space, f"candidates must be ranked by modelled time (cost_us {costs})")


def _check_annotated_op(op: ir.Operation, symbols: SymbolIndex, problems: Problems, checked: set | None) -> None:
    """A linalg op's `rtile.space` resolves and describes this op's loop nest; on tensors, a Roller space's
    candidates are the model's for this op (unless `checked` is None: no model checks)."""
    if not op.name.startswith("linalg."):
        problems.add(op, f"'rtile.space' belongs on a linalg op, not '{op.name}'")
    space = require_symbol(op, "rtile.space", ("rtile.space",), symbols, problems)
    if space is None:
        return
    nest = loop_nest(op)
    if nest is None:
        return
    loops = list(space.attributes["loops"]) if isinstance(space.attributes["loops"], ir.DenseI64ArrayAttr) else []
    iterators = [a.value for a in space.attributes["iterators"] if isinstance(a, ir.StringAttr)]
    if tuple(loops) != nest.extents or tuple(iterators) != nest.iterators:
        problems.add(op, f"rtile.space @{space.attributes['sym_name'].value} describes loops {loops} {iterators}, "
                         f"but this op has loops {list(nest.extents)} {list(nest.iterators)}")
        return
    roller = space.attributes["policy"].value == "roller"
    if roller and checked is not None and not any(isinstance(v.type, ir.MemRefType) for v in op.operands):
        _check_roller_candidates(op, space, symbols, problems, checked)
        return  # the pads of every candidate were checked against the op
    configs = [symbols.lookup(ref) for ref in space.attributes["candidates"]] if roller else \
        [symbols.lookup(space.attributes["chosen"])]
    for config in configs:
        if config is not None and config.name == "rtile.config":
            pad = config.attributes["pad"]
            if isinstance(pad, ir.DenseI64ArrayAttr) and len(pad) not in (0, nest.num_inputs):
                which = f"candidate @{config.attributes['sym_name'].value}" if roller else "chosen config"
                problems.add(op, f"{which} has {len(pad)} paddings for {nest.num_inputs} inputs")


def check(module_ops: list[ir.Operation], staged: list[ir.Operation], symbols: SymbolIndex,
          problems: Problems, model: bool = True) -> None:
    """The rules above on every rtile op and annotated linalg op; `model`: also the Roller model checks (after a
    parse and with --verify-each; the compile pipeline's stage ends trust hm-roller-tiling's own numbers)."""
    for op in module_ops:
        if op.name == "rtile.config":
            _check_config(op, problems)
        elif op.name == "rtile.space":
            _check_space(op, symbols, problems)
    # Roller's recorded numbers are the model's for the IR Roller saw: once Welder has outlined groups, an
    # operator's neighbours (and so its in-place outputs and registers) may differ, and they are not compared.
    welded = any(op.name == "tilegraph.kernel" for op in module_ops)
    checked: set | None = set() if model and not welded else None
    for op in staged:
        if "rtile.space" in op.attributes:
            _check_annotated_op(op, symbols, problems, checked)
