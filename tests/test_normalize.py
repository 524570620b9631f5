"""The normalisation gate's one-class form finds mojibake exactly where its plain reading would."""

from __future__ import annotations

import re

from cleaner import normalize as norm

# The gate as first written: three alternatives tried at every character.
PLAIN_GATE_RE = re.compile(
    f"[{norm._CP1252_LEAD}][{norm._CP1252_CONT}]|[{norm._CP1251_LEAD}][{norm._CP1251_CONT}]|[{norm._GATE_ALONE}]"
)


def test_the_gate_tells_every_pair_of_characters_as_its_plain_reading():
    # Every character the gate's classes hold, their neighbours, and a few others, in pairs.
    alphabet = [chr(c) for c in range(0x600)] + [chr(c) for c in range(0x2000, 0x2200)]
    alphabet += ["\ud800", "\udfff", "\ufb00", "\ufb06", "\ufb07", "\ufffd", "\ufffc"]
    first = re.compile(f"[{norm._CP1252_LEAD}{norm._CP1251_LEAD}{norm._GATE_ALONE}]")
    pairs = [a + b for a in alphabet if first.match(a) for b in alphabet]
    assert len(pairs) > 100_000
    assert [p for p in pairs if bool(PLAIN_GATE_RE.search(p)) != bool(norm.MOJIBAKE_GATE_RE.search(p))] == []
    singles = [a for a in alphabet if bool(PLAIN_GATE_RE.search(a)) != bool(norm.MOJIBAKE_GATE_RE.search(a))]
    assert singles == []
