"""The article-extraction-benchmark score, written from its published description.

Tokens are Unicode ``\\w+`` runs, except that each CJK ideograph or kana is a token of its own.
A page is scored on 4-token shingles counted as multisets; its TP/FP/FN are normalised to sum 1
so every page weighs the same. Precision is the mean over pages that predicted something
(TP+FP > 0), recall the mean over pages whose gold has something (TP+FN > 0); a page with
FP = FN = 0 scores 1 and 1. F1 is the harmonic mean of the two means. Exact match compares the
token sequences.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

import regex

CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
TOKEN_RE = regex.compile(rf"[{CJK}]|[^\W{CJK}]+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text or "")


def shingles(toks: list[str], n: int = SHINGLE) -> Counter:
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(gold: str, pred: str) -> PageScore:
    gt, pt = tokens(gold), tokens(pred)
    g, p = shingles(gt), shingles(pt)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn, gt == pt)


@dataclass(frozen=True)
class Summary:
    f1: float
    precision: float
    recall: float
    exact: float
    pages: int


def summarize(scores: list[PageScore]) -> Summary:
    precisions = [s.precision for s in scores if s.tp + s.fp > 0]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    exact = sum(s.exact for s in scores) / len(scores) if scores else 0.0
    return Summary(f1, p, r, exact, len(scores))
