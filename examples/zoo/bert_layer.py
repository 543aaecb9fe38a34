"""BERT-base encoder layer: hidden 768, 12 heads, feed-forward 3072 with GELU, post-LayerNorm, sequence 128,
batch 1 (7.1 M weights, passed as arguments)."""

import math

import torch
from common import factory

WEIGHTS = "arguments"
INPUTS = [{"name": "hidden", "shape": [1, 128, 768], "dtype": "float32", "init": {"kind": "normal", "scale": 1.0}}]


class BertLayer(torch.nn.Module):
    def __init__(self, hidden: int = 768, heads: int = 12, intermediate: int = 3072):
        super().__init__()
        self.heads, self.head_size = heads, hidden // heads
        self.query = torch.nn.Linear(hidden, hidden)
        self.key = torch.nn.Linear(hidden, hidden)
        self.value = torch.nn.Linear(hidden, hidden)
        self.attention_output = torch.nn.Linear(hidden, hidden)
        self.attention_norm = torch.nn.LayerNorm(hidden, eps=1e-12)
        self.intermediate = torch.nn.Linear(hidden, intermediate)
        self.output = torch.nn.Linear(intermediate, hidden)
        self.output_norm = torch.nn.LayerNorm(hidden, eps=1e-12)

    def split_heads(self, x: torch.Tensor) -> torch.Tensor:
        batch, sequence, _ = x.shape
        return x.view(batch, sequence, self.heads, self.head_size).transpose(1, 2)

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        batch, sequence, width = hidden.shape
        q, k, v = (self.split_heads(layer(hidden)) for layer in (self.query, self.key, self.value))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_size)
        context = torch.matmul(torch.softmax(scores, dim=-1), v).transpose(1, 2).reshape(batch, sequence, width)
        attended = self.attention_norm(hidden + self.attention_output(context))
        feed_forward = self.output(torch.nn.functional.gelu(self.intermediate(attended)))
        return self.output_norm(attended + feed_forward)


def build() -> torch.nn.Module:
    return BertLayer()


model = factory(build, INPUTS)
