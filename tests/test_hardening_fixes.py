"""Hardening fixes, each pinned by a test that failed before the fix.

* `Source.line_of` answers from an index of newlines, not by counting from the start.
* In Markdown, "boilerplate lines skipped" counts lines left with no text, not tags blanked.
"""

from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest

from discrepancy.sources import Source, blank_boilerplate, load_sources


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


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


# ===========================================================================
# Markdown: boilerplate lines, not tags
# ===========================================================================

MARKDOWN_PAGE = (
    '<div class="share">\n'  # a tag alone on its line: skipped
    "Belarus detained [33 Russians](https://example.com/x) <br>on July 29.\n"  # prose: kept
    "<p><b>\n"  # two tags, one line
    "![photo](https://example.com/p.jpg)\n"  # an image: skipped
    "Share this article\n"  # furniture: skipped
)


def test_markdown_boilerplate_lines_are_counted_once_each_and_not_for_tags_in_prose(workdir):
    Path("news").mkdir()
    Path("news/a.md").write_text(MARKDOWN_PAGE, encoding="utf-8")
    Path("news/a.txt").write_text(MARKDOWN_PAGE, encoding="utf-8")  # no Markdown noise in .txt
    sources, problems = load_sources(["news"])
    assert problems == []
    assert [(s.path, s.skipped_lines) for s in sources] == [("news/a.md", 4), ("news/a.txt", 1)]
    kept = [line.split() for line in sources[0].scan_text.split("\n")]
    assert kept == [[], ["Belarus", "detained", "[33", "Russians", "on", "July", "29."], [], [], [], []]


def test_a_trailer_still_counts_every_line_it_blanks():
    body = "Belarus detained 33 Russians.\n\nRelated stories\n\nPutin visits Minsk on July 29\n"
    assert blank_boilerplate(body)[1] == 4
    assert blank_boilerplate(body, markdown=True)[1] == 4
