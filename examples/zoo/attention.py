"""Multi-head self-attention: 4 heads over 64 features, sequence 32, batch 2, with a causal mask (weights
inline)."""

import math

import torch
from common import factory

WEIGHTS = "inline"
INPUTS = [{"name": "x", "shape": [2, 32, 64], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class SelfAttention(torch.nn.Module):
    def __init__(self, features: int = 64, heads: int = 4):
        super().__init__()
        self.heads, self.head_size = heads, features // heads
        self.qkv = torch.nn.Linear(features, 3 * features)
        self.out = torch.nn.Linear(features, features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, sequence, features = x.shape
        qkv = self.qkv(x).view(batch, sequence, 3, self.heads, self.head_size).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_size)
        causal = torch.ones(sequence, sequence, dtype=torch.bool).tril()
        scores = scores.masked_fill(~causal, float("-inf"))
        context = torch.matmul(torch.softmax(scores, dim=-1), v)
        return self.out(context.transpose(1, 2).reshape(batch, sequence, features))


def build() -> torch.nn.Module:
    return SelfAttention()


model = factory(build, INPUTS)
