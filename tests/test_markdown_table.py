"""The Markdown report draws its own tables: they must be exactly tabulate's "github" layout,
and a large report must be written in pieces, never held whole."""

from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from discrepancy.report.markdown import Table, joined

cells = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12).map(str.strip)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 5).flatmap(lambda n: st.tuples(
    st.lists(cells.filter(bool), min_size=n, max_size=n),
    st.lists(st.lists(cells, min_size=n, max_size=n), max_size=6))))
def test_a_table_is_laid_out_exactly_as_tabulate_lays_out_github_tables(table):
    headers, rows = table
    expected = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
    assert str(Table(headers, rows)) == expected


def test_a_table_is_written_a_line_at_a_time():
    pieces = list(Table(["Source", "Value"], [["a", "33"], ["bbbbbbbbbb", "32"]]).chunks())
    assert pieces == ["| Source     | Value   |", "\n|------------|---------|",
                      "\n| a          | 33      |", "\n| bbbbbbbbbb | 32      |"]


def test_blocks_are_joined_by_blank_lines_and_empty_ones_are_left_out():
    assert "".join(joined(["# Title", "", Table(["A"], [["1"]]), "text"])) == (
        "# Title\n\n| A   |\n|-----|\n| 1   |\n\ntext\n")


def test_the_report_is_drawn_lazily_one_fact_at_a_time():
    from discrepancy import run
    from discrepancy.report import render, render_chunks

    comparison = run(["sources"], ["rules"])
    chunks = render_chunks(comparison, "markdown")
    assert next(chunks) == "# Discrepancy report"
    assert "".join(chunks) == render(comparison, "markdown")[len("# Discrepancy report"):]


def test_a_github_annotation_names_ten_sources_at_most():
    from discrepancy.report.github import listed

    assert listed([f"s{i}" for i in range(3)], ", ") == "s0, s1, s2"
    assert listed([f"s{i}" for i in range(10)], ", ") == ", ".join(f"s{i}" for i in range(10))
    assert listed([f"s{i}" for i in range(1012)], "; ") == "; ".join(f"s{i}" for i in range(10)) + "; and 1,002 more"
