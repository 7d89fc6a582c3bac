"""Compiled patterns kept on disk between runs: the same matches, never a failure, never code."""

from __future__ import annotations

import pickle

import pytest
import regex

from discrepancy import pattern_cache
from discrepancy.rules import Grammar, written_out
from discrepancy.values import PLACEHOLDERS, transparent

from conftest import run_cli


@pytest.fixture
def cache(empty_pattern_cache):
    return empty_pattern_cache


def next_run() -> None:
    """What a run does at exit, and a new process at start."""
    pattern_cache.save()
    pattern_cache.reset()


def no_compiling(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("compiled, not loaded")
    monkeypatch.setattr(regex, "compile", refuse)


def test_a_pattern_compiled_by_one_run_is_loaded_by_the_next_and_matches_alike(cache, monkeypatch):
    grammar = transparent(PLACEHOLDERS["count"].pattern)
    first = pattern_cache.compile(grammar, regex.IGNORECASE)
    next_run()
    no_compiling(monkeypatch)
    loaded = pattern_cache.compile(grammar, regex.IGNORECASE)
    text = "Police detained thirty-three men, nearly 200 fled and some 1,200 stayed."
    assert [m.group() for m in loaded.finditer(text)] == [m.group() for m in first.finditer(text)]
    assert [m.group() for m in loaded.finditer(text)] == ["thirty-three", "nearly 200", "some 1,200"]


def test_flags_are_part_of_what_is_kept(cache, monkeypatch):
    pattern_cache.compile("march", regex.IGNORECASE)
    next_run()
    assert pattern_cache.cached("march", regex.IGNORECASE).search("MARCH") is not None
    assert pattern_cache.cached("march", 0) is None


def test_a_grammar_written_out_by_one_run_is_used_from_the_next_runs_first_try(cache):
    pattern = transparent(PLACEHOLDERS["date"].pattern)
    assert written_out(pattern) != pattern
    grammar = Grammar(pattern)
    for _ in range(grammar.write_out_after):  # (more tries than WRITE_OUT_AFTER for a long grammar)
        grammar.search("on July 29th")
    next_run()
    again = Grammar(pattern)
    assert again._current().pattern == written_out(pattern)
    assert again.search("Belarus voted on August 9, 2020.").group() == "August 9, 2020"


def test_a_damaged_cache_file_is_passed_over_and_written_anew(cache):
    pattern_cache.compile(r"\d+ people")
    next_run()
    file = pattern_cache.cache_file()
    file.write_bytes(b"not a pickle at all")
    pattern_cache.reset()
    assert pattern_cache.compile(r"\d+ people").search("33 people").group() == "33 people"
    next_run()
    assert pattern_cache.cached(r"\d+ people") is not None


def test_a_damaged_program_is_compiled_afresh_never_run(cache, monkeypatch):
    import copyreg
    import random

    pattern_cache.compile("\n")
    next_run()
    file = pattern_cache.cache_file()
    entries = pattern_cache.stored_entries(file)
    function, args = copyreg.dispatch_table[regex.Pattern](regex.compile("\n"))
    random.seed(1)
    program = bytes(random.randrange(256) if random.random() < 0.5 else b for b in args[2])
    digest = pattern_cache._digest(("\n", 0))
    entries[digest] = entries[digest][:pattern_cache.CHECKSUM_BYTES] + pickle.dumps(
        _Reduce(function, (args[0], args[1], program, *args[3:])))
    pattern_cache._write_entries(file, entries)
    pattern_cache.reset()
    assert pattern_cache.cached("\n", 0) is None  # the checksum no longer matches: not run
    assert pattern_cache.compile("\n").search("a\nb").span() == (1, 2)


class _Reduce:
    def __init__(self, function, args):
        self.function, self.args = function, args

    def __reduce__(self):
        return self.function, self.args


@pytest.fixture
def planted(tmp_path):
    """A pickle that would write a file when loaded, and that file (which must never appear)."""
    written = tmp_path / "planted"

    class RunsCode:
        def __reduce__(self):
            return (open, (str(written), "w"))

    return pickle.dumps(RunsCode()), written


def test_a_planted_file_cannot_run_code(cache, planted):
    program, written = planted
    file = pattern_cache.cache_file()
    file.parent.mkdir(parents=True)
    pattern_cache._write_entries(file, {pattern_cache._digest(("x", 0)): program})  # an entry
    pattern_cache.reset()
    assert pattern_cache.cached("x", 0) is None
    assert pattern_cache.compile("x", 0).pattern == "x"
    index = program  # the index
    file.write_bytes(pattern_cache.MAGIC + len(index).to_bytes(pattern_cache.LENGTH_BYTES, "big") + index)
    pattern_cache.reset()
    assert pattern_cache.cached("x", 0) is None
    file.write_bytes(program)  # the whole file
    pattern_cache.reset()
    assert pattern_cache.cached("x", 0) is None
    assert not written.exists()


def test_off_keeps_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv(pattern_cache.CACHE_ENV, "off")
    pattern_cache.reset()
    try:
        assert pattern_cache.cache_file() is None
        pattern_cache.compile(r"\d+ off")
        next_run()
        assert pattern_cache.cached(r"\d+ off") is None
    finally:
        pattern_cache.reset()


def test_a_folder_that_cannot_be_written_is_no_error(cache, monkeypatch, tmp_path):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv(pattern_cache.CACHE_ENV, str(blocker / "patterns"))
    pattern_cache.reset()
    assert pattern_cache.compile(r"\d+ unwritable").search("4 unwritable") is not None
    next_run()
    assert pattern_cache.cached(r"\d+ unwritable") is None


def test_the_default_folder_follows_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.delenv(pattern_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pattern_cache.cache_file().parent == tmp_path / "discrepancy"
    assert pattern_cache.cache_file().name.startswith("patterns-cpython3")


def test_the_report_is_byte_identical_on_a_first_run_a_later_run_and_with_the_cache_off(tmp_path):
    def report(cache: str) -> str:
        done = run_cli("report", "sources", "--rules", "rules", "--format", "markdown",
                       env={pattern_cache.CACHE_ENV: cache})
        assert done.code == 0, done.stderr
        return done.stdout

    first = report(str(tmp_path / "kept"))
    assert (tmp_path / "kept").is_dir()
    assert report(str(tmp_path / "kept")) == first
    assert report("off") == first
    assert "| ✗ 32             |" in first


def test_a_run_reads_only_the_entries_it_asks_for(cache, monkeypatch):
    # The file's index is read at start and each entry only when its pattern is asked for: a
    # cache grown to 32 MB by large rule sets cost every command, --help too, 0.1-0.2 s to read.
    for number in range(50):
        pattern_cache.compile(rf"\d+ asked {number}")
    next_run()
    file = pattern_cache.cache_file()
    assert len(pattern_cache.stored_entries(file)) == 50
    read, real_open = [], open

    def counted_open(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if str(path) == str(file):
            read_before = handle.read
            handle.read = lambda *size: read.append(read_before(*size)) or read[-1]
        return handle

    monkeypatch.setattr("builtins.open", counted_open)
    assert pattern_cache.cached(r"\d+ asked 7").search("33 asked 7") is not None
    assert read and sum(map(len, read)) < file.stat().st_size / 5


def test_an_older_cache_file_is_passed_over_and_replaced(cache):
    file = pattern_cache.cache_file()
    file.parent.mkdir(parents=True)
    file.write_bytes(pickle.dumps({(r"\d+ older", 0): b"an entry of the single-pickle format"}))
    pattern_cache.reset()
    assert pattern_cache.cached(r"\d+ older") is None
    assert pattern_cache.compile(r"\d+ older").search("5 older") is not None
    next_run()
    assert pattern_cache.cached(r"\d+ older") is not None
    assert file.read_bytes().startswith(pattern_cache.MAGIC)


def test_a_run_saves_what_another_run_kept_meanwhile_and_reads_the_file_as_it_is_now(cache):
    # Two runs at once (a parallel report's workers save after each chunk) each replace the file
    # whole: what one kept since the other read the index is kept too, and an entry is looked
    # up in the index of the file as it is now, not of the one replaced.
    for word in ("one", "two"):
        pattern_cache.compile(rf"\d+ {word}")
    next_run()
    assert pattern_cache.cached(r"\d+ one") is not None  # this run has read the index
    file = pattern_cache.cache_file()
    three = (r"\d+ three", 0)
    pattern_cache._write_entries(file, {pattern_cache._digest(three): pattern_cache._sealed(three, regex.compile(three[0])),
                                        **dict(reversed(pattern_cache.stored_entries(file).items()))})
    assert pattern_cache.cached(r"\d+ two").search("2 two") is not None
    pattern_cache.compile(r"\d+ four")
    next_run()
    assert all(pattern_cache.cached(rf"\d+ {word}") is not None for word in ("one", "two", "three", "four"))


# Answers kept beside the patterns (pattern_cache.answer): how a rule's pattern is split took
# 13,000 grammar tries of every demo run.


def test_an_answer_worked_out_by_one_run_is_read_by_the_next(cache):
    worked_out = []

    def colours():
        worked_out.append("colours")
        return frozenset({"red", "green"}), ("a", None, 3)

    assert pattern_cache.answer(("colours", "code 1"), colours) == (frozenset({"red", "green"}), ("a", None, 3))
    assert pattern_cache.answer(("colours", "code 1"), colours) == (frozenset({"red", "green"}), ("a", None, 3))
    assert worked_out == ["colours"]
    next_run()
    assert pattern_cache.answer(("colours", "code 1"), colours) == (frozenset({"red", "green"}), ("a", None, 3))
    assert worked_out == ["colours"]
    assert pattern_cache.answer(("colours", "code 2"), lambda: False) is False  # another question
    next_run()
    assert pattern_cache.answer(("colours", "code 2"), lambda: True) is False
    assert pattern_cache.answer(("colours", "code 1"), colours)[1] == ("a", None, 3)  # both are kept
    assert worked_out == ["colours"]


def test_an_answer_and_a_pattern_never_stand_for_each_other(cache):
    pattern_cache.answer(("x",), lambda: True)
    pattern_cache.compile("x")
    next_run()
    entries = pattern_cache.stored_entries(pattern_cache.cache_file())
    assert len(entries) == 2
    assert pattern_cache.cached("x").pattern == "x"
    assert pattern_cache.answer(("x",), lambda: False) is True


def test_an_answer_whose_checksum_does_not_match_is_worked_out_afresh(cache):
    pattern_cache.answer(("is it so?",), lambda: True)
    next_run()
    file = pattern_cache.cache_file()
    entries = pattern_cache.stored_entries(file)
    digest = pattern_cache._answer_digest(("is it so?",))
    entries[digest] = entries[digest][:pattern_cache.CHECKSUM_BYTES] + pickle.dumps(False)
    pattern_cache._write_entries(file, entries)
    pattern_cache.reset()
    assert pattern_cache.answer(("is it so?",), lambda: "worked out") == "worked out"
    next_run()
    assert pattern_cache.answer(("is it so?",), lambda: "again") == "worked out"  # and kept anew


def test_a_planted_answer_cannot_run_code(cache, planted):
    program, written = planted
    file = pattern_cache.cache_file()
    file.parent.mkdir(parents=True)
    digest = pattern_cache._answer_digest(("planted",))  # with its checksum: only unpickling could stop it
    pattern_cache._write_entries(file, {digest: pattern_cache._answer_checksum(digest, program) + program})
    pattern_cache.reset()
    assert pattern_cache.answer(("planted",), lambda: "worked out") == "worked out"
    assert not written.exists()


def test_with_the_cache_off_every_answer_is_worked_out(monkeypatch):
    monkeypatch.setenv(pattern_cache.CACHE_ENV, "off")
    pattern_cache.reset()
    try:
        worked_out = []
        for _ in range(2):
            assert pattern_cache.answer(("off",), lambda: worked_out.append(1) or True) is True
            next_run()
        assert worked_out == [1, 1]
    finally:
        pattern_cache.reset()


def _decisions(monkeypatch) -> list[str]:
    """The words after the value of each pattern whose split is worked out (not read from the cache)."""
    from discrepancy import rules

    decided, work_out = [], rules._value_runs_on
    monkeypatch.setattr(rules, "_value_runs_on", lambda after, *rest: decided.append(after) or work_out(after, *rest))
    return decided


def test_how_a_pattern_is_split_is_kept_for_the_next_run(cache, monkeypatch):
    from discrepancy.rules import compile_pattern

    decided = _decisions(monkeypatch)
    assert compile_pattern("freed {count} wibble zorblax", "count").split is not None
    assert compile_pattern("freed {count} b", "count").split is None  # "33 b" may be 33 billion: run whole
    assert decided == [" wibble zorblax", " b"]
    next_run()
    assert compile_pattern("freed {count} wibble zorblax", "count").split is not None
    assert compile_pattern("seized {count} b", "count").split is None
    assert decided == [" wibble zorblax", " b"]


def test_how_a_pattern_is_split_is_decided_afresh_when_the_code_that_decides_changes(cache, monkeypatch):
    from discrepancy import rules

    decided = _decisions(monkeypatch)
    assert rules.compile_pattern("freed {count} zorblax", "count").split is not None
    next_run()
    monkeypatch.setattr(pattern_cache, "source_digest", lambda *files: "rules.py as edited")
    assert rules.compile_pattern("freed {count} zorblax", "count").split is not None
    next_run()
    monkeypatch.setattr(pattern_cache, "source_digest", lambda *files: None)  # unreadable: nothing is kept
    assert rules.compile_pattern("freed {count} zorblax", "count").split is not None
    next_run()
    assert rules.compile_pattern("freed {count} zorblax", "count").split is not None
    assert decided == [" zorblax"] * 4


def test_the_code_is_named_by_a_digest_of_its_source_files(tmp_path):
    import hashlib

    first, second = tmp_path / "first.py", tmp_path / "second.py"
    first.write_text("ANSWER = 1\n")
    second.write_text("ANSWER = 2\n")
    assert pattern_cache.source_digest(str(first), str(second)) == hashlib.blake2b(
        b"ANSWER = 1\nANSWER = 2\n", digest_size=pattern_cache.DIGEST_BYTES).hexdigest()
    assert pattern_cache.source_digest(str(second), str(first)) != pattern_cache.source_digest(str(first), str(second))
    assert pattern_cache.source_digest(str(tmp_path / "missing.py")) is None


def test_a_pattern_compiled_again_in_a_later_run_parses_nothing(cache, monkeypatch):
    # Its anchor, its lead, whether it matches empty, its grammar (eased, written out) and how it
    # is split are kept: each parsed the pattern with the standard library's parser (anchors.py,
    # rules.py) or rewrote the grammar's text.
    import re._parser

    from discrepancy import rules

    patterns = ["freed {count} (?:Russians|detainees) on Friday", "{count} Russians were (?:released|freed)",
                "freed (?:all )?{count} Russians"]

    def read(pattern):
        compiled = rules.compile_pattern(pattern, "count")
        grammar = rules.grammar_regex(compiled.value_grammar)
        return (compiled.anchor, compiled.lead, compiled.grammar is None, compiled.split is not None,
                grammar.write_out_after)

    rules.grammar_regex.cache_clear()  # as in a new process
    first = [read(pattern) for pattern in patterns]
    assert first[:2] == [((frozenset({"russians", "detainees"}), frozenset({"friday"}), frozenset({"freed"})),
                          frozenset({"freed"}), False, True, 2000),
                         ((frozenset({"russians"}), frozenset({"released", "freed"}), frozenset({"were"})),
                          frozenset({"russians"}), False, True, 2000)]
    assert first[2][3] is False  # "all" may be the value's ("all but one of the 33"): it runs whole
    next_run()
    rules.grammar_regex.cache_clear()

    def refuse(*args, **kwargs):
        raise AssertionError("worked out again, not read from the cache")

    with monkeypatch.context() as patched:  # (undone before pytest's own clean-up parses)
        for module, name in ((re._parser, "parse"), (rules, "written_out"), (rules, "_grammar_words")):
            patched.setattr(module, name, refuse)
        again = [read(pattern) for pattern in patterns]
    assert again == first
