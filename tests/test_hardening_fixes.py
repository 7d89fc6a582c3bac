"""Hardening fixes, each pinned by a test that failed before the fix.

* `Source.line_of` answers from an index of newlines, not by counting from the start.
"""

from __future__ import annotations

import pickle
import time

from discrepancy.sources import Source


# ===========================================================================
# Source.line_of: an index of newlines, built once
# ===========================================================================


def test_line_of_is_not_quadratic_in_a_huge_article_with_many_values():
    text = "Police detained 33 Russians near Minsk on Wednesday.\n" * 40_000  # 2.1 MB, 40,000 lines
    source = Source(path="news/huge.txt", text=text, first_line=3)
    offsets = range(0, len(text), len(text) // 20_000)
    start = time.monotonic()
    lines = [source.line_of(offset) for offset in offsets]
    assert time.monotonic() - start < 2  # counting from 0 each time took 14 s
    assert lines[:3] == [3, 5, 7] and lines[-1] == 40_001
    assert lines == [3 + text.count("\n", 0, offset) for offset in offsets]


def test_line_of_is_the_same_at_every_offset_and_survives_pickling():
    source = Source(path="a.txt", text="ab\n\ncd\n", first_line=3)
    assert [source.line_of(i) for i in range(len(source.text) + 2)] == [3, 3, 3, 4, 5, 5, 5, 6, 6]
    copy = pickle.loads(pickle.dumps(source))
    assert copy == source and hash(copy) == hash(source)
    assert [copy.line_of(i) for i in range(len(copy.text) + 1)] == [3, 3, 3, 4, 5, 5, 5, 6]
