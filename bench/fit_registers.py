"""Roller's register model against ptxas: collect kernels, refit REGISTER_COSTS, measure EXPANSION_REGISTERS.

  python bench/fit_registers.py [--top-k 8] [--save rows.pkl | --load rows.pkl]
      Compiles every operator of test/programs and the f32, f16 and f16 x f16 -> f32 GEMMs 128^3..4096^3 with
      each of its top-K configs (--roller-choose 0..K-1) to sm_90 PTX, runs `ptxas -v` on every kernel and
      keeps (OpSpec, Config, registers) of the CUDA-core Roller kernels (about 10 minutes on 2 cores; --load
      skips it). Out: the constants of hm_mlir.roller.model.REGISTER_COSTS refitted on register_terms, and of
      STORE_ONLY_COSTS on store_only_terms for the kernels that load nothing, to put the most kernels within
      20% of ptxas, every first choice first (a mixed-integer program, scipy's milp,
      --time-limit seconds), and for the current and the refitted constants how many kernels are within 20%
      (all, and the model's first choices).
  python bench/fit_registers.py --ops
      For every op of hm_mlir.roller.spec.EXPANSION_REGISTERS (and each float/integer width): ptxas registers
      of a 2-D map of `op(x[, y]) + y` against the same map of an add, i.e. the temporaries its expansion needs.

Needs ptxas (CUDA toolkit) on PATH and scipy (the `bench` extra). Nothing here runs in the tests; the
constants it prints are pasted into hm_mlir/roller/model.py and spec.py by hand.
"""

import argparse
import pickle
import sys
from math import ceil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "test" / "programs"
GEMM_SIZES = (128, 256, 512, 1000, 1024, 2048, 4096)
MATMUL = """
func.func @main(%a: tensor<{n}x{n}x{t}>, %b: tensor<{n}x{n}x{t}>) -> tensor<{n}x{n}x{acc}> {{
  %z = arith.constant 0.0 : {acc}
  %e = tensor.empty() : tensor<{n}x{n}x{acc}>
  %f = linalg.fill ins(%z : {acc}) outs(%e : tensor<{n}x{n}x{acc}>) -> tensor<{n}x{n}x{acc}>
  %r = linalg.matmul ins(%a, %b : tensor<{n}x{n}x{t}>, tensor<{n}x{n}x{t}>) outs(%f : tensor<{n}x{n}x{acc}>)
    -> tensor<{n}x{n}x{acc}>
  return %r : tensor<{n}x{n}x{acc}>
}}
"""
MAP = """#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%a: tensor<37x53x{t}>, %b: tensor<37x53x{t}>) -> tensor<37x53x{t}> {{
  %e = tensor.empty() : tensor<37x53x{t}>
  %r = linalg.generic {{indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}}
      ins(%a, %b : tensor<37x53x{t}>, tensor<37x53x{t}>) outs(%e : tensor<37x53x{t}>) {{
  ^bb0(%x: {t}, %y: {t}, %o: {t}):
    %v = {op} {args} : {t}
    %w = {add} %v, %y : {t}
    linalg.yield %w : {t}
  }} -> tensor<37x53x{t}>
  return %r : tensor<37x53x{t}>
}}
"""


def compile_module(text: str, target: str, **options):
    """(context, module) of `text` compiled by the stage pipeline to `target` for sm_90."""
    import hm_mlir

    return hm_mlir.lower(text, target=target, chip="sm_90", **options)


def ptxas_registers(text: str, **options) -> dict[str, int]:
    """Kernel name -> the registers ptxas -v reports for it."""
    from hm_mlir.codegen.ptx import extract_ptx, ptxas_resources

    _, module = compile_module(text, "ptx", **options)
    return {name: used.registers for ptx in extract_ptx(module).values()
            for name, used in ptxas_resources(ptx, "sm_90").items()}


def roller_kernels(text: str, choose: int) -> list[tuple[object, object, int]]:
    """(OpSpec, Config, ptxas registers) of every Roller kernel of `text` built from candidate `choose`."""
    from hm_mlir.ir_walk import walk
    from hm_mlir.passes.gpu.roller_codegen import kernel_config_names
    from hm_mlir.roller import spec as opspec
    from hm_mlir.verifier.rtile import config_from_attributes

    ctx, staged = compile_module(text, "gpu", stop_after="rtile", roller_choose=choose)
    specs = {}
    with ctx:
        spaces = {op.attributes["sym_name"].value: op for op in staged.body.operations if op.name == "rtile.space"}
        for op in walk(staged.operation):
            if op.name.startswith("linalg.") and "rtile.space" in op.attributes:
                space = spaces[op.attributes["rtile.space"].value]
                if space.attributes["policy"].value == "roller":
                    specs[space.attributes["chosen"].value] = opspec.from_linalg(op)
    ctx, module = compile_module(text, "gpu", roller_choose=choose)
    found = {}
    with ctx:
        configs = {op.attributes["sym_name"].value: op for op in module.body.operations if op.name == "rtile.config"}
        for kernel, name in kernel_config_names(module).items():
            if specs.get(name) is not None:
                found[kernel] = (specs[name], config_from_attributes(configs[name], specs[name]))
    registers = ptxas_registers(text, roller_choose=choose)
    return [(spec, config, registers[kernel]) for kernel, (spec, config) in found.items()]


def collect(top_k: int) -> list[dict]:
    """Rows (source, choose, spec, config, registers) of every CUDA-core Roller kernel (see the docstring)."""
    sources = [(path.stem, path.read_text()) for path in sorted(PROGRAMS.glob("*.mlir"))]
    for t, acc in (("f32", "f32"), ("f16", "f16"), ("f16", "f32")):
        sources += [(f"gemm_{t}_{acc}_{n}", MATMUL.format(n=n, t=t, acc=acc)) for n in GEMM_SIZES]
    rows, seen = [], set()
    for source, text in sources:
        for choose in range(top_k):
            for spec, config, registers in roller_kernels(text, choose):
                key = (source, spec.signature(), config)
                if config.mma or key in seen:
                    continue
                seen.add(key)
                rows.append(dict(source=source, choose=choose, spec=spec, config=config, registers=registers))
        print(f"{source}: {len(rows)} kernels so far", file=sys.stderr, flush=True)
    return rows


FIRST_CHOICE_WEIGHT = 50  # a first choice out of 20% costs as much as this many other kernels
MARGIN = 0.1  # registers kept from each bound, so that costs rounded to 2 decimals keep every kernel inside


def fit(rows: list[dict], terms, names: list[str], time_limit: float) -> dict[str, float]:
    """Costs for `names` (the structural ones >= 0, SAVINGS free) that put the most rows within 20% of ptxas,
    a first choice counting FIRST_CHOICE_WEIGHT times: row r is inside when its fitted sum s_r over
    terms(spec, config) obeys ceil(0.8 p) - 1 < s_r <= floor(1.2 p) (p: ptxas registers), relaxed by a binary
    z_r (big M)."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    values = np.array([[terms(r["spec"], r["config"])[n] for n in names] for r in rows], float)
    measured = np.array([r["registers"] for r in rows], float)
    low = np.ceil(0.8 * measured - 1e-9) - 1 + MARGIN
    high = np.floor(1.2 * measured + 1e-9) - MARGIN
    weight = np.where([r["choose"] == 0 for r in rows], FIRST_CHOICE_WEIGHT, 1.0)
    count, big = len(rows), 4 * measured.max()
    relax = big * np.eye(count)
    constraints = [LinearConstraint(np.hstack([values, relax]), -np.inf, high + big),
                   LinearConstraint(np.hstack([-values, relax]), -np.inf, -low + big)]
    lower = [-20.0 if n in SAVINGS else 0.0 for n in names] + [0.0] * count
    result = milp(np.concatenate([np.zeros(len(names)), -weight]), constraints=constraints,
                  integrality=np.concatenate([np.zeros(len(names)), np.ones(count)]),
                  bounds=Bounds(lower, [50.0] * len(names) + [1.0] * count),
                  options={"time_limit": time_limit})
    return {n: round(float(c), 2) for n, c in zip(names, result.x[:len(names)])}


SAVINGS = {"in_place", "narrow_operands", "serial"}  # costs that remove registers


def report(rows: list[dict], terms, costs: dict[str, float], label: str) -> None:
    def estimate(r):
        return ceil(sum(costs[t] * n for t, n in terms(r["spec"], r["config"]).items()))

    close = [abs(estimate(r) - r["registers"]) <= 0.2 * r["registers"] for r in rows]
    first = [c for c, r in zip(close, rows) if r["choose"] == 0]
    print(f"{label}: within 20% of ptxas: {sum(close)} of {len(close)} kernels; "
          f"first choices {sum(first)} of {len(first)}")


def measure_expansions() -> None:
    from hm_mlir.roller import spec

    for t, add in (("f32", "arith.addf"), ("f64", "arith.addf"), ("i32", "arith.addi"), ("i64", "arith.addi")):
        baseline = max(ptxas_registers(MAP.format(t=t, op=add, args="%x, %y", add=add)).values())
        for op in spec.EXPANSION_REGISTERS:
            if (op.startswith("math.") or op.endswith("f")) != (t[0] == "f"):  # float ops on floats, int on ints
                continue
            binary = op.startswith("arith.") or op in ("math.powf", "math.atan2")
            text = MAP.format(t=t, op=op, args="%x, %y" if binary else "%x", add=add)
            used = max(ptxas_registers(text).values())
            print(f"{op:18s} {t}: {used - baseline:+d} registers over {add} ({used} vs {baseline})", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top-k", type=int, default=8, help="configs per operator (default 8)")
    parser.add_argument("--save", help="write the collected kernels to this pickle")
    parser.add_argument("--load", help="read the kernels from this pickle instead of compiling")
    parser.add_argument("--ops", action="store_true", help="measure the expansion table instead")
    parser.add_argument("--time-limit", type=float, default=300, help="seconds for the fit (default 300)")
    args = parser.parse_args(argv)
    if args.ops:
        measure_expansions()
        return 0
    from hm_mlir.roller import model

    if args.load:
        with open(args.load, "rb") as f:
            rows = pickle.load(f)
    else:
        rows = collect(args.top_k)
    if args.save:
        with open(args.save, "wb") as f:
            pickle.dump(rows, f)
    for name, table, terms, subset in (
            ("REGISTER_COSTS", model.REGISTER_COSTS, model.register_terms,
             [r for r in rows if not model.stores_only(r["spec"])]),
            ("STORE_ONLY_COSTS", model.STORE_ONLY_COSTS, model.store_only_terms,
             [r for r in rows if model.stores_only(r["spec"])])):
        report(subset, terms, table, f"current {name}")
        costs = fit(subset, terms, list(table), args.time_limit)
        report(subset, terms, costs, f"refitted {name}")
        print(f"{name} =", costs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
