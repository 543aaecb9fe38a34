"""The manifest of a library folder: what the builder writes and the runner reads (no MLIR needed)."""

from __future__ import annotations

from hm_mlir.runtime.signature import FunctionSpec, ValueSpec

FORMAT = "hm-mlir-library"
FORMAT_VERSION = 1
MANIFEST_FILE = "manifest.json"
LIBRARY_FILE = "libmodel.so"


def entry_symbol(index: int) -> str:
    """The packed entry of the index-th public function: `void hm_call_<index>(void **args)`."""
    return f"hm_call_{index}"


def _value_record(value: ValueSpec) -> dict:
    return {"type": value.mlir_type, "element": value.element,
            "shape": None if value.shape is None else list(value.shape)}


def function_record(spec: FunctionSpec, index: int, takes_arena: bool) -> dict:
    return {"entry": entry_symbol(index), "arguments": [_value_record(a) for a in spec.arguments],
            "results": [_value_record(r) for r in spec.results], "arena": takes_arena}


def function_spec(name: str, record: dict) -> FunctionSpec:
    def value(item: dict) -> ValueSpec:
        return ValueSpec(item["type"], item["element"], None if item["shape"] is None else tuple(item["shape"]))

    return FunctionSpec(name, tuple(value(a) for a in record["arguments"]), tuple(value(r) for r in record["results"]))
