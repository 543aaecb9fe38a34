"""What every zoo model file shares (needs PyTorch): seeded weights and inputs, and the `model()` factory
that `hm-import examples/zoo/<name>.py` calls."""

from __future__ import annotations

import torch

from hm_mlir.frontend import weight_names
from hm_mlir.zoo import generate, weight_init

SEED = 2026


def weight_descriptions(module: torch.nn.Module) -> list[dict]:
    """Descriptions of the module's floating-point weights, in hm_mlir.frontend.weight_names order."""
    state = module.state_dict()
    return [{"name": name, "shape": list(state[name].shape), "dtype": str(state[name].dtype).removeprefix("torch."),
             "init": weight_init(name, tuple(state[name].shape))} for name in weight_names(module)]


def seeded(module: torch.nn.Module, inputs: list[dict], input_seed: int = SEED):
    """(module with seeded weights in eval mode, example inputs drawn from `input_seed`). Argument `index` is
    its position in the weight-argument form (weights first, then inputs), so both forms see the same values."""
    weights = weight_descriptions(module)
    state = module.state_dict()
    for index, description in enumerate(weights):
        state[description["name"]] = torch.from_numpy(generate(description, SEED, index))
    module.load_state_dict(state)
    example = tuple(torch.from_numpy(generate(description, input_seed, len(weights) + index))
                    for index, description in enumerate(inputs))
    return module.eval(), example


def factory(build, inputs: list[dict]):
    """The `model(input_seed=SEED)` function of a zoo file: what hm-import calls (with no argument)."""

    def model(input_seed: int = SEED):
        return seeded(build(), inputs, input_seed)

    model.__name__ = "model"
    return model
