import gzip
import io
import json

import pytest

from accord.errors import InputError
from accord.readers import (
    RawArticle,
    decode,
    expand,
    from_objects,
    jsonl_bytes,
    parse_date,
    read,
    read_jsonl_stream,
    split_title,
)

PAGE = """<!DOCTYPE html><html><head><title>Drills begin | Steppe Wire</title>
<meta property="og:title" content="Kazakhstan and US begin drills">
<meta property="og:site_name" content="Steppe Wire">
<meta property="article:published_time" content="2023-06-20T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Sport</li></ul></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Kazakhstan and US begin drills</h1>
<p>ASTANA, June 20 (Steppe Wire) - Kazakhstan and the United States began a joint peacekeeping exercise near Almaty on Monday, the Defence Ministry said in a statement.</p>
<p>About 600 troops from both countries take part in the drills, which run until the end of the month, according to the ministry.</p>
<p>"This is a routine exercise planned a year ago," a ministry spokesman told reporters in the capital.</p>
</article>
<footer>Copyright 2023 Steppe Wire. All rights reserved. Terms of use. Privacy.</footer>
</body></html>"""


def _items(paths, **kw):
    return list(read([str(p) for p in paths], **kw))


def test_txt_title_and_date_from_file_name(tmp_path):
    p = tmp_path / "2024-03-05-visit.txt"
    text = "Lavrov visits Astana\n\nASTANA - Russia's top diplomat arrived on Tuesday.\n"
    p.write_text(text, encoding="utf-8")
    [a] = _items([p])
    assert isinstance(a, RawArticle)
    assert a.text == text  # unchanged, character for character
    assert a.title == "Lavrov visits Astana"
    assert a.published == "2024-03-05"
    assert a.source == str(p)


def test_txt_first_line_sentence_is_not_a_title():
    assert split_title("The minister arrived in Dushanbe on Monday for talks.\n\nMore.") is None
    assert split_title("\n\n  Short headline here \nBody") == "Short headline here"


def test_cp1252_fallback_is_reported(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Kazakhstan\u2019s army said.".encode("cp1252"))
    [a] = _items([p])
    assert a.text == "Kazakhstan\u2019s army said."
    assert any("decoded as cp1252" in w for w in a.warnings)


def test_decode_never_fails():
    text, warn = decode(bytes(range(256)), "x")
    assert isinstance(text, str) and warn


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    [a] = _items([p])
    assert isinstance(a, RawArticle), a
    assert "joint peacekeeping exercise" in a.text
    assert "cookies" not in a.text and "Copyright" not in a.text and "Sport" not in a.text
    assert a.title == "Kazakhstan and US begin drills"
    assert a.published == "2023-06-20"
    assert a.outlet == "Steppe Wire"
    assert "\n\n" in a.text  # paragraphs stay paragraphs


def test_jsonl_fields_errors_and_line_numbers(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "Russia and China held talks.",
                "title": "T",
                "published": "2024-05-16",
                "url": "https://example.org/a1",
                "outlet": "Wire",
            }
        ),
        "",
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps(["a list"]),
        json.dumps({"id": "a5", "html": PAGE, "published": "2023-06-21T10:00:00+05:00"}),
        json.dumps({"id": "a6", "text": "   "}),
        json.dumps({"id": "a7", "text": "NATO met.", "published": "last week"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _items([p])
    assert [type(x).__name__ for x in out] == [
        "RawArticle",
        "InputError",
        "InputError",
        "InputError",
        "RawArticle",
        "InputError",
        "RawArticle",
    ]
    a1 = out[0]
    assert (a1.id, a1.title, a1.published, a1.url, a1.outlet) == (
        "a1",
        "T",
        "2024-05-16",
        "https://example.org/a1",
        "Wire",
    )
    assert out[1].where.endswith("a.jsonl:3") and "malformed JSON" in out[1].reason
    assert out[2].where.endswith(":4") and "no 'text' or 'html'" in out[2].reason
    assert out[4].id == "a5" and out[4].published == "2023-06-21" and "peacekeeping" in out[4].text
    assert out[5].where.endswith(":7")
    assert out[6].published is None and any("not an ISO date" in w for w in out[6].warnings)


def test_stdin_jsonl():
    stream = jsonl_bytes([{"text": "Tajikistan and Kyrgyzstan agreed on a ceasefire."}])
    [a] = list(read(["-"], stdin=stream))
    assert a.source == "<stdin>:1"
    assert a.id.startswith("h")  # hash of the text when no id is given


def test_warc_every_html_response(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, (ctype, body) in enumerate(
            [
                ("text/html; charset=utf-8", PAGE),
                ("image/png", "PNG"),
                ("text/html", PAGE.replace("Kazakhstan", "Uzbekistan")),
            ]
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(
                f"https://example.org/{i}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            w.write_record(rec)
    out = _items([p])
    assert len(out) == 2 and all(isinstance(a, RawArticle) for a in out)
    assert out[0].url == "https://example.org/0" and "Uzbekistan" in out[1].text


def test_broken_warc_is_reported(tmp_path):
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(gzip.compress(b"this is not a warc file at all"))
    out = _items([p])
    assert len(out) == 1 and isinstance(out[0], InputError)


def test_folder_recursive_in_order_and_bad_items(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article about Armenia and the CSTO.")
    (tmp_path / "1.txt").write_text("First article about NATO and Finland.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    (tmp_path / "notes.docx").write_bytes(b"ignored: unknown suffix in a folder")
    (tmp_path / ".hidden.txt").write_text("hidden files are skipped")
    out = _items([tmp_path])
    names = [(x.source if isinstance(x, RawArticle) else x.where).rsplit("/", 1)[-1] for x in out]
    assert names == ["1.txt", "2.txt", "bin.txt", "empty.txt"]
    assert isinstance(out[2], InputError) and "binary" in out[2].reason
    assert isinstance(out[3], InputError) and "empty" in out[3].reason


def test_missing_path_is_an_error_item(tmp_path):
    [e] = _items([tmp_path / "nope.txt"])
    assert isinstance(e, InputError) and "no such file" in e.reason


def test_too_large_file_fails_with_size_message(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 300_000)  # 1.5 MB
    [e] = _items([p], max_file_bytes=1_000_000)
    assert isinstance(e, InputError) and "too large" in e.reason and "MB" in e.reason


def test_too_long_jsonl_line_fails_but_rest_is_read():
    stream = jsonl_bytes([{"text": "x " * 600}, {"text": "Short article on the SCO summit."}])
    out = list(read_jsonl_stream(stream, "s", max_chars=1000))
    assert isinstance(out[0], InputError) and "too long" in out[0].reason
    assert isinstance(out[1], RawArticle)


def test_from_objects_and_type_errors():
    out = list(from_objects(["Text one about Russia.", {"id": "z", "text": "Text two."}]))
    assert [a.id for a in out][1] == "z"
    with pytest.raises(TypeError):
        list(from_objects([42]))
    with pytest.raises(TypeError):
        list(read("a-single-path.txt"))


def test_parse_date():
    assert parse_date("2022-08-16") == "2022-08-16"
    assert parse_date("2022-08-16T23:00:00Z") == "2022-08-16"
    assert parse_date("2022-13-45") is None
    assert parse_date("yesterday") is None
    assert parse_date(None) is None


def test_expand_keeps_order_of_arguments(tmp_path):
    a, b = tmp_path / "z.txt", tmp_path / "a.txt"
    a.write_text("z"), b.write_text("a")
    assert [p.name for p in expand([a, b])] == ["z.txt", "a.txt"]
