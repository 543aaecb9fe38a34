"""MLP: three Linear layers with ReLU, batch 8 (weights inline)."""

import torch
from common import factory

WEIGHTS = "inline"
INPUTS = [{"name": "x", "shape": [8, 32], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


def build() -> torch.nn.Module:
    return torch.nn.Sequential(torch.nn.Linear(32, 64), torch.nn.ReLU(), torch.nn.Linear(64, 64), torch.nn.ReLU(),
                               torch.nn.Linear(64, 10))


model = factory(build, INPUTS)
