"""The columnar record schema covers the whole contract, and Parquet records
round-trip exactly."""

from accord.engines import schema
from accord.readers import read
from accord.record import Event, EventActor, Location, Mention, Quote, Record, Span, Speaker


def full_record() -> Record:
    return Record(
        id="r1",
        title="Talks",
        published="2024-05-16",
        url="https://example.org/a",
        outlet="Example",
        text='Lavrov met Wang in Beijing. "We agree," Lavrov said.',
        warnings=["w1"],
        mentions=[
            Mention(
                0,
                6,
                "Lavrov",
                name="Sergei Lavrov",
                kind="person",
                code="RUSGOV",
                country="RUS",
                sector="GOV",
                role="Foreign Minister",
                entity="e1",
            )
        ],
        quotes=[
            Quote(
                28,
                39,
                '"We agree,"',
                kind="direct",
                speaker=Speaker(
                    40,
                    46,
                    "Lavrov",
                    name="Sergei Lavrov",
                    role="Foreign Minister",
                    affiliation="Russia",
                    code="RUSGOV",
                    country="RUS",
                ),
                cue=Span(47, 51, "said"),
                medium=None,
            )
        ],
        events=[
            Event(
                type="CONSULT",
                trigger=Span(7, 10, "met"),
                sentence={"start": 0, "end": 27},
                mode="visit",
                context=["diplomatic"],
                cameo="040",
                quad="verbal_cooperation",
                intensity=1.0,
                actor=EventActor(0, 6, "Lavrov", code="RUSGOV", country="RUS", sector="GOV"),
                recipient=EventActor(11, 15, "Wang", code="CHNGOV", country="CHN", sector="GOV"),
                date="2024-05-16",
                date_text="on Thursday",
                location=Location("Beijing", "CHN", 19, 26),
                future=True,
                quote=0,
                confidence=0.8,
            )
        ],
        source="a.jsonl:1",
    )


def _keys(t):
    return [n for n, _ in t[1]]


def test_schema_has_every_contract_field():
    rec = full_record().to_dict()
    assert _keys(schema.RECORD) == list(rec)
    assert _keys(schema.MENTION) == list(rec["mentions"][0])
    q = rec["quotes"][0]
    assert _keys(schema.QUOTE) == list(q)
    assert _keys(schema.SPEAKER) == list(q["speaker"])
    assert _keys(schema.SPAN) == list(q["cue"])
    e = rec["events"][0]
    assert _keys(schema.EVENT) == list(e)
    assert _keys(schema.EVENT_ACTOR) == list(e["actor"])
    assert _keys(schema.LOCATION) == list(e["location"])
    # defaults too: the dataclasses' own fields, whatever their values
    assert _keys(schema.MENTION) == list(Mention(0, 1, "x").to_dict())
    assert _keys(schema.SPEAKER) == list(Speaker(0, 1, "x").to_dict())
    assert _keys(schema.EVENT_ACTOR) == list(EventActor(0, 1, "x").to_dict())


def test_published_month():
    assert schema.published_month("2024-05-16") == "2024-05"
    assert schema.published_month(None) == "unknown"


def test_parquet_round_trip(tmp_path):
    recs = [full_record(), Record(id="r2", text="No date here.")]
    path = tmp_path / "r.parquet"
    w = schema.ParquetRecordWriter(str(path), batch=1)
    for r in recs:
        w.write(r)
    w.close()
    back = list(read([path]))
    assert [a.record for a in back] == [r.to_dict() for r in recs]
    assert [a.id for a in back] == ["r1", "r2"]
    assert back[0].text == recs[0].text and back[0].published == "2024-05-16"


def test_to_tuple_follows_schema_order():
    d = full_record().to_dict()
    t = schema.to_tuple(d)
    assert t[0] == "r1" and t[-1] == "a.jsonl:1"
    mention = t[_keys(schema.RECORD).index("mentions")][0]
    assert mention[:3] == (0, 6, "Lavrov")
