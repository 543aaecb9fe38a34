"""Front ends: models in, linalg-on-tensors MLIR out (`from_torch`; needs the optional `torch` extra)."""

from hm_mlir.frontend.torch_import import (
    FrontendError,
    MissingExtra,
    from_torch,
    require_extra,
    weight_arrays,
    weight_names,
)

__all__ = ["FrontendError", "MissingExtra", "from_torch", "require_extra", "weight_arrays", "weight_names"]
