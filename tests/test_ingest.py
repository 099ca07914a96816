import io
import json

from dotterel.ingest import InputFailure, read_inputs, read_path
from dotterel.schema import Article


def _one(path):
    results = list(read_path(path))
    assert len(results) == 1
    return results[0]


def test_plain_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Rebels attacked the town.", encoding="utf-8")
    art = _one(p)
    assert isinstance(art, Article) and art.text == "Rebels attacked the town." and art.date is None


def test_latin1_text_is_decoded(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Le président français a rencontré les délégués à Genève.".encode("latin-1"))
    art = _one(p)
    assert isinstance(art, Article) and "président" in art.text


def test_mojibake_is_repaired(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("The minister\u00e2\u0080\u0099s visit was cancelled.", encoding="utf-8")
    assert "minister's" in _one(p).text or "minister\u2019s" in _one(p).text


def test_binary_file_fails_clearly(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    res = _one(p)
    assert isinstance(res, InputFailure) and "binary" in res.reason


def test_empty_file_fails_clearly(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("  \n", encoding="utf-8")
    res = _one(p)
    assert isinstance(res, InputFailure) and res.reason == "empty input"


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps(
            {
                "id": "x1",
                "text": "Iraq rejected the plan.",
                "date": "2006-10-25",
                "title": "T",
                "url": "u",
                "source": "S",
            }
        ),
        "{not json",
        json.dumps({"id": "x3"}),
        json.dumps({"id": "x4", "text": "Jordan hosted talks.", "date": "25/10/2006"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_path(p))
    assert isinstance(results[0], Article)
    assert (results[0].external_id, results[0].date, results[0].source) == ("x1", "2006-10-25", "S")
    assert [type(r).__name__ for r in results[1:]] == ["InputFailure"] * 3
    assert results[1].origin.endswith(":2") and "invalid JSON" in results[1].reason
    assert "no 'text'" in results[2].reason
    assert "not YYYY-MM-DD" in results[3].reason


def test_json_array(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(
        json.dumps([{"id": 1, "text": "A met B."}, {"id": 2, "text": "C met D."}]), encoding="utf-8"
    )
    assert [r.external_id for r in read_path(p)] == ["1", "2"]


def test_csv(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(
        'id,title,date,text\n1,T,2014-03-02,"Syrian opposition leaders met in Amman, officials said."\n2,T2,,\n',
        encoding="utf-8",
    )
    results = list(read_path(p))
    assert isinstance(results[0], Article) and results[0].date == "2014-03-02"
    assert isinstance(results[1], InputFailure) and results[1].origin.endswith(":3")


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("id,body\n1,hello\n", encoding="utf-8")
    assert "no 'text' column" in _one(p).reason


def test_html_main_text_title_date_and_no_boilerplate(tmp_path):
    p = tmp_path / "a.html"
    body = " ".join(["Syrian opposition leaders met in Amman on Sunday to discuss the war."] * 3)
    p.write_text(
        f'<html><head><title>Opposition meets</title><meta name="date" content="2014-03-02"></head>'
        f"<body><nav>Home | World</nav><article><h1>Opposition meets</h1><p>{body}</p>"
        f"<p>Jordan hosted the talks, officials said, with delegates from across the region.</p></article>"
        f"<footer>Contact us</footer></body></html>",
        encoding="utf-8",
    )
    art = _one(p)
    assert isinstance(art, Article)
    assert art.date == "2014-03-02" and art.title == "Opposition meets"
    assert "Jordan hosted the talks" in art.text and "Contact us" not in art.text


def test_folder_is_read_recursively_and_skips_unknown_types(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A met B.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("C met D.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    results = list(read_path(tmp_path))
    assert [r.text for r in results] == ["A met B.", "C met D."]


def test_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    results = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "x.pdf")]))
    assert "no such file" in results[0].reason
    assert "unsupported file type .pdf" in results[1].reason


def test_stdin():
    results = list(read_inputs(["-"], io.BytesIO(b"Iraq rejected the plan.")))
    assert results[0].text == "Iraq rejected the plan." and results[0].origin == "<stdin>"


def test_csv_with_curly_quotes_inside_fields(tmp_path):
    # Regression: repairing the whole file straightened curly quotes and broke CSV quoting.
    p = tmp_path / "a.csv"
    p.write_text(
        'id,text\n1,"He said \u201cno\u201d, twice.\nThen left."\n2,"Second \u201crow\u201d."\n',
        encoding="utf-8",
    )
    results = list(read_path(p))
    assert [type(r).__name__ for r in results] == ["Article", "Article"]
    assert results[0].text.startswith("He said \u201cno\u201d, twice.")


def test_jsonl_with_curly_double_quotes(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"id": "1", "text": "He said \u201cno\u201d."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert isinstance(_one(p), Article)
