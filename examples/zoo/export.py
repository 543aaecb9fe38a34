"""Export the zoo (needs the torch extra): for each examples/zoo/<name>.py, write <name>/model.mlir,
<name>/manifest.json and <name>/expected.npz (PyTorch's results for every case).

    python examples/zoo/export.py [NAME ...]      (default: every model)
"""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import SEED, weight_descriptions  # noqa: E402

from hm_mlir import zoo  # noqa: E402
from hm_mlir.frontend import from_torch  # noqa: E402
from hm_mlir.source import write_atomically  # noqa: E402

MODELS = ["mlp", "bert_layer", "resnet_block", "resnet_small", "mobilenet_block", "attention", "lstm",
          "gru_decode", "skipnet", "resnext_block", "nasnet_cell"]


def _outputs(module, inputs) -> list[np.ndarray]:
    with torch.no_grad():
        outputs = module(*inputs)
    outputs = outputs if isinstance(outputs, (tuple, list)) else (outputs,)
    return [output.detach().numpy() for output in outputs]


def export(name: str) -> None:
    source = zoo.model_source(name)
    cases = list(getattr(source, "CASES", [SEED]))
    module, inputs = source.model(cases[0])
    weights = weight_descriptions(module)
    arguments = ([dict(w, role="weight", index=i) for i, w in enumerate(weights)] if source.WEIGHTS == "arguments"
                 else [])
    arguments += [dict(d, role="input", index=len(weights) + i) for i, d in enumerate(source.INPUTS)]
    started = time.perf_counter()
    text = from_torch(module, inputs, weights=source.WEIGHTS)
    seconds = time.perf_counter() - started
    expected = {}
    for case, seed in enumerate(cases):
        module, inputs = source.model(seed)
        for index, output in enumerate(_outputs(module, inputs)):
            expected[f"case{case}_result{index}"] = output
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    results = [{"shape": list(v.shape), "dtype": str(v.dtype)} for k, v in expected.items() if k.startswith("case0_")]
    manifest = {"model": f"{name}.py", "summary": (source.__doc__ or "").strip().splitlines()[0], "entry": "main",
                "weights": source.WEIGHTS, "weight_seed": SEED, "cases": cases, "arguments": arguments,
                "results": results}
    write_atomically(str(folder / "model.mlir"), text)
    write_atomically(str(folder / "manifest.json"), json.dumps(manifest, indent=1) + "\n")
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **expected)
    write_atomically(str(folder / "expected.npz"), buffer.getvalue())
    print(f"{name}: {len(text) / 1024:.0f} KiB of MLIR, {len(cases)} case(s), exported in {seconds:.1f} s")


if __name__ == "__main__":
    for model_name in sys.argv[1:] or MODELS:
        export(model_name)
