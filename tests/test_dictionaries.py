"""User dictionaries: PETRARCH/TABARI, CSV and YAML formats, import, override."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from dotterel.actors.dictionaries import (
    load_dictionary,
    parse_dictionary,
    parse_petrarch_actors,
    parse_petrarch_agents,
)  # fmt: skip
from dotterel.cli.main import app

# Written for these tests, in the PETRARCH actors format (fictional entries).
ACTORS = """\
# a comment
NORTHLAND_  [NTL]
+NORTHLANDIC_
+REPUBLIC_OF_NORTHLAND_
\t[SLDNTL <910625]
\t[NTLUNR 911008-920115]
\t[NTL >920115]
JANE_Q_PUBLIC_  # inline comment
+PUBLIC_
\t[NTLMIL 770101-120812]
\t[NTLGOV 120812-140326]
\t[NTLELI]
BROKEN_DATES_
\t[NTLGOV 9901011-990102]
\t[NTLELI]
NORTHLAND_
+NORTHLANDERS_
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
CATTLE!PERSON! [~AGR]
FOREIGN_MINISTER {FOREIGN_MINISTERS} [~GOVFRM] # note
"""


def test_actor_entries_dated_codes_synonyms_and_merging():
    problems: list[str] = []
    entries = {e.name: e for e in parse_petrarch_actors(ACTORS, "t.actors.txt", problems)}
    northland = entries["NORTHLAND"]
    assert "NORTHLANDIC" in northland.synonyms and "NORTHLANDERS" in northland.synonyms  # merged
    assert northland.code_on(dt.date(1990, 1, 1)) == "SLDNTL"
    assert northland.code_on(dt.date(1991, 12, 1)) == "NTLUNR"
    assert northland.code_on(dt.date(1992, 1, 15)) == "NTLUNR"
    assert northland.code_on(dt.date(1992, 1, 16)) == "NTL"
    assert northland.code_on(dt.date(1991, 7, 1)) == "NTL"  # a gap: the default code
    jane = entries["JANE Q PUBLIC"]
    assert [jane.code_on(dt.date(y, 1, 1)) for y in (2000, 2013, 2015)] == [
        "NTLMIL",
        "NTLGOV",
        "NTLELI",
    ]
    assert entries["BROKEN DATES"].code_on(None) == "NTLELI"
    assert len(problems) == 1 and "t.actors.txt:14" in problems[0]


def test_agents_with_macros_and_plurals():
    agents = {(a.term, a.code) for a in parse_petrarch_agents(AGENTS, "t.agents.txt")}
    assert {("cattleman", "AGR"), ("cattlemen", "AGR"), ("cattlewoman", "AGR")} <= agents
    assert {("foreign minister", "GOVFRM"), ("foreign ministers", "GOVFRM")} <= agents


def test_csv_and_yaml_formats(tmp_path):
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        "name,aliases,code,start,end\n"
        "Jane Roe,Roe|J. Roe,NTLGOV,2001-01-01,2004-12-31\n"
        "Jane Roe,,NTLELI,,\n",
        encoding="utf-8",
    )
    d = load_dictionary(csv_file)
    (roe,) = d.actors
    assert roe.synonyms == ("Roe", "J. Roe") and roe.code_on(dt.date(2002, 1, 1)) == "NTLGOV"
    assert roe.code_on(dt.date(2010, 1, 1)) == "NTLELI"
    yaml_text = "- name: Jane Roe\n  aliases: [Roe]\n  codes:\n    - {code: NTLGOV, start: 2001-01-01}\n- term: shepherd\n  agent_code: AGR\n"
    d = parse_dictionary(yaml_text, "mine.yaml", "yaml")
    assert d.actors[0].code_on(dt.date(2020, 1, 1)) == "NTLGOV" and d.agents[0].term == "shepherd"


@pytest.mark.model
def test_import_overrides_builtins_and_dates_apply(tmp_path):
    runner = CliRunner()
    db = tmp_path / "s.duckdb"
    file = tmp_path / "mine.actors.txt"
    file.write_text(
        "IRAQ_\n\t[IRQXXX]\nJANE_Q_PUBLIC_\n+PUBLIC_\n\t[NTLMIL 770101-120812]\n\t[NTLELI]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["actors", "import", str(file), "--db", str(db)])
    assert result.exit_code == 0 and "2 actors" in result.stderr
    out = runner.invoke(app, ["actor", "Iraq", "--db", str(db), "--format", "jsonl"]).stdout
    assert json.loads(out)["code"] == "IRQXXX"  # the user's entry wins
    out = runner.invoke(
        app,
        ["actor", "Jane Q Public", "--date", "2000-05-01", "--db", str(db), "--format", "jsonl"],
    ).stdout
    assert json.loads(out)["code"] == "NTLMIL"
    listed = runner.invoke(app, ["actors", "list", "--db", str(db), "--format", "jsonl"]).stdout
    assert {"source": "user:mine.actors.txt", "entries": 2} in [
        json.loads(x) for x in listed.splitlines()
    ]
    found = runner.invoke(
        app, ["actors", "search", "Jane Q", "--db", str(db), "--format", "jsonl"]
    ).stdout
    assert [json.loads(x)["code"] for x in found.splitlines()] == ["NTLMIL", "NTLELI"]
    exported = runner.invoke(app, ["actors", "export", "--db", str(db)]).stdout
    assert exported.splitlines()[0] == "source,kind,name,aliases,code,start,end"


def test_importing_an_empty_or_missing_file_fails_clearly(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty.csv"
    empty.write_text("name,aliases,code,start,end\n", encoding="utf-8")
    result = runner.invoke(
        app, ["actors", "import", str(empty), "--db", str(tmp_path / "s.duckdb")]
    )
    assert result.exit_code == 2 and "no dictionary entries" in result.stderr
    result = runner.invoke(
        app, ["actors", "import", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.duckdb")]
    )
    assert result.exit_code == 2 and "cannot read" in result.stderr


@pytest.mark.evaldata
def test_phoenix_dictionaries_give_the_dated_codes_of_petrarch_tests(eval_data):
    """The dated dictionary entries asserted by petrarch2's own tests, through our importer."""
    folder = eval_data / "petrarch2"
    cases = [json.loads(x) for x in (folder / "test_petrarch_cases.jsonl").read_text().splitlines()]
    actors = {}
    for name in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        for entry in load_dictionary(folder / "dictionaries" / name).actors:
            for phrase in (entry.name, *entry.synonyms):
                actors.setdefault(phrase, entry)
    checked = 0
    for case in (c for c in cases if c["kind"] == "dictionary_dated_codes"):
        entry = actors[case["phrase"]]
        got = {c.code for c in entry.codes}
        assert {c["code"] for c in case["codes"]} <= got, case["phrase"]
        checked += 1
    assert checked >= 5
