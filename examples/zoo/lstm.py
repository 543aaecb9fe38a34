"""nn.LSTM over a sequence: one layer, 32 inputs, 64 hidden, 10 steps, batch 2, with a linear head on every
step's output (weights as arguments)."""

import torch
from common import factory

WEIGHTS = "arguments"
INPUTS = [{"name": "sequence", "shape": [2, 10, 32], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class SequenceTagger(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(32, 64, batch_first=True)
        self.head = torch.nn.Linear(64, 8)

    def forward(self, sequence: torch.Tensor) -> torch.Tensor:
        outputs, _ = self.lstm(sequence)
        return self.head(outputs)


def build() -> torch.nn.Module:
    return SequenceTagger()


model = factory(build, INPUTS)
