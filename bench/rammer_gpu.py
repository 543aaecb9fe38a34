"""Rammer's persistent kernels as ptxas sees them: launches per function at the GPU target, and each
persistent kernel's registers, spills and residency, for every test program and zoo model.

Out: a markdown table on stdout (and in --output FILE.md). Per input and flag set (--rammer, --welder --rammer):
the gpu.launch_func ops of its functions at --target=ptx (a data-flow function is one), and per persistent
kernel (`*_rammer`) its block size, the vDevice it runs on (vEUs, blocks per SM), what ptxas -v reports for
--chip (registers, spill bytes, shared memory) and the blocks per SM that fit with those (Roller's
`resident_blocks`): fewer than the vDevice's means the grid could not be resident, which the runtime refuses.
Nothing here runs on a GPU.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAG_SETS = {"--rammer": {"rammer": True}, "--welder --rammer": {"welder": True, "rammer": True}}


def inputs(names: list[str] | None) -> list[tuple[str, Path]]:
    from hm_mlir import zoo

    found = [(f"program:{p.stem}", p) for p in sorted((ROOT / "test" / "programs").glob("*.mlir"))]
    found += [(f"zoo:{n}", zoo.load(n).mlir_path) for n in zoo.names()]
    return [(n, p) for n, p in found if not names or n in names or n.split(":")[1] in names]


def measure(path: Path, chip: str, flags: dict) -> dict:
    """Launches per function and the persistent kernels' resources for `path` compiled with `flags`."""
    import hm_mlir
    from hm_mlir import hardware
    from hm_mlir.codegen.ptx import extract_ptx, ptxas_resources
    from hm_mlir.ir_walk import walk
    from hm_mlir.roller.model import resident_blocks

    ctx, module = hm_mlir.lower(path.read_text(), target="ptx", chip=chip, opt_level=2, **flags)
    with ctx:
        launches = {}
        for fn in module.body.operations:
            if fn.operation.name == "llvm.func":
                count = sum(op.name == "gpu.launch_func" for op in walk(fn.operation))
                if count:
                    launches[fn.operation.attributes["sym_name"].value] = count
        dynamic = [int(m) for m in re.findall(r"dynamic_shared_memory_size %c(\d+)_i32", str(module))]
        ptx = "\n".join(extract_ptx(module).values())
    device = hardware.get(hardware.CHIP_DEVICE[chip])
    kernels = []
    resources = ptxas_resources(ptx, chip) if ptx else {}
    for entry, used in sorted(resources.items()):
        if not entry.endswith("_rammer"):
            continue
        head = ptx[ptx.index(f".entry {entry}("):]
        threads = int(re.search(r"\.maxntid (\d+)", head).group(1))
        per_sm = int(re.search(r"\.minnctapersm (\d+)", head).group(1))
        smem = used.static_smem + max(dynamic, default=0)
        kernels.append({"entry": entry, "threads": threads, "per_sm": per_sm, "registers": used.registers,
                        "spills": used.spill_bytes, "smem": smem,
                        "fits": resident_blocks(threads, used.registers, smem, device, device.smem_per_block)})
    return {"launches": launches, "kernels": kernels}


def main(argv: list[str] | None = None) -> int:
    from hm_mlir.bench.measure import emit_table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chip", default="sm_90", choices=("sm_90", "sm_80"))
    parser.add_argument("--inputs", nargs="*", help="program:NAME / zoo:NAME or NAME (default: all)")
    parser.add_argument("--output", help="also write the markdown here")
    args = parser.parse_args(argv)

    lines = [f"`python bench/rammer_gpu.py --chip {args.chip}`, {datetime.date.today()}, "
             f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; --target=ptx, "
             "ptxas -v of the CUDA toolkit here; no GPU.", "",
             "| input | flags | launches per function | persistent kernel | threads | blocks/SM (vDevice) | "
             "registers | spill bytes | shared bytes | blocks/SM that fit |",
             "|---|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, path in inputs(args.inputs):
        for label, flags in FLAG_SETS.items():
            found = measure(path, args.chip, flags)
            launches = ", ".join(f"{fn} {n}" for fn, n in found["launches"].items()) or "-"
            rows = found["kernels"] or [None]
            for kernel in rows:
                cells = ["-"] * 7 if kernel is None else [
                    kernel["entry"], kernel["threads"], kernel["per_sm"], kernel["registers"], kernel["spills"],
                    kernel["smem"], kernel["fits"] if kernel["fits"] >= kernel["per_sm"] else
                    f"**{kernel['fits']}**"]
                lines.append(f"| {name} | {label} | {launches} | " + " | ".join(str(c) for c in cells) + " |")
                print(lines[-1], file=sys.stderr, flush=True)
    emit_table(lines, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
