"""Large reports are written in pieces, never held whole, and the pieces make exactly the text
the one-piece writers (tabulate, json.dumps) would: the Markdown tables and the JSON document."""

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


def _materialized(document):
    from discrepancy.report.json import Items

    return {key: list(value) if isinstance(value, Items) else value for key, value in document.items()}


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=5), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3),
    max_leaves=8), max_size=5), st.sets(st.integers(0, 4)))
def test_a_json_document_in_pieces_is_exactly_json_dumps_of_it(document, lazy_keys):
    import json

    from discrepancy.report.escape import json_text
    from discrepancy.report.json import Items, dump

    keys = sorted(document)
    with_items = {key: Items(value, lambda item: item) if index in lazy_keys and isinstance(value, list) else value
                  for index, (key, value) in enumerate(sorted(document.items()))}
    assert keys == sorted(with_items)
    # json_text escapes what a terminal would act on, in the pieces as in the whole
    assert dump(with_items) == json_text(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)) + "\n"


def test_the_json_report_in_pieces_is_the_whole_document_dumped_at_once():
    import json

    from discrepancy import run
    from discrepancy.report import render
    from discrepancy.report.json import report_document

    comparison = run(["sources"], ["rules"])
    whole = json.dumps(_materialized(report_document(comparison)), sort_keys=True, indent=2, ensure_ascii=False)
    assert render(comparison, "json") == whole + "\n"
    assert json.loads(render(comparison, "json"))["summary"]["observations"] == len(comparison.observations)
