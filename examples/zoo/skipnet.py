"""SkipNet-style gated residual block: a gate (global pooling, a linear layer, a sigmoid) decides per input
whether the block runs (relu(block(x) + x)) or is skipped (x): a data-dependent `torch.cond` (scf.if in the
IR). 16 channels at 8x8 (weights inline)."""

import torch
from common import factory

WEIGHTS = "inline"
CASES = [2030, 2032]  # input seeds: the gate runs the block for the first and skips it for the second
INPUTS = [{"name": "x", "shape": [1, 16, 8, 8], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class GatedBlock(torch.nn.Module):
    def __init__(self, channels: int = 16):
        super().__init__()
        self.gate = torch.nn.Linear(channels, 1)
        self.conv1 = torch.nn.Conv2d(channels, channels, 3, 1, 1)
        self.conv2 = torch.nn.Conv2d(channels, channels, 3, 1, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        probability = torch.sigmoid(self.gate(x.mean(dim=(2, 3))))

        def run_block(x):
            return torch.relu(self.conv2(torch.relu(self.conv1(x))) + x)

        def skip_block(x):
            return x.clone()

        return torch.cond(probability.sum() > 0.45, run_block, skip_block, (x,))


def build() -> torch.nn.Module:
    return GatedBlock()


model = factory(build, INPUTS)
