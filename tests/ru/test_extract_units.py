"""Russian layers without natasha: data files, transliteration, quote marks, scoring."""

from __future__ import annotations

from collections import Counter

from accord.ru import lexicon as lx
from accord.ru.quote_marks import quoted_spans
from accord.ru.score import triples


def test_transliteration_of_a_name_the_table_lacks():
    assert lx.transliterate("Дмитрий Щербаков") == "Dmitry Shcherbakov"
    assert lx.transliterate("Касым-Жомарт") == "Kasym-Zhomart"


def test_lexicon_codes_countries_adjectives_and_bodies_by_lemma():
    table, _ = lx.lexicon()
    assert table[("россия",)].country == "RUS"
    assert table[("российский",)].country == "RUS" and table[("российский",)].kind is None
    assert table[("одкб",)].org == "CSTO"
    assert table[("кремль",)].sector == "GOV"
    assert table[("тасс",)].flag == "medium"


def test_names_give_the_english_form():
    assert lx.names()["токаев"][0]["name"] == "Kassym-Jomart Tokayev"


def test_triggers_map_to_plover_through_the_english_cameo_table():
    row = lx.triggers()["ввести"][0]
    assert lx.cameo_plover()[row["cameo"]]["plover"] == "SANCTION"


def test_nested_guillemets_give_one_outer_quote():
    text = "«Это так называемые „красные линии“», — сказал он."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["Это так называемые „красные линии“"]


def test_dash_paragraph_is_direct_speech():
    text = "Вступление.\n— Мы готовы к диалогу, — сказал министр."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["Мы готовы к диалогу"]


def test_negated_events_are_not_counted():
    evs = [
        {"type": "SANCTION", "actor": {"code": "IGOEU"}, "recipient": {"code": "BLR"}, "negated": False},
        {"type": "SANCTION", "actor": {"code": "IGOEU"}, "recipient": None, "negated": True},
    ]
    assert triples(evs) == Counter({("SANCTION", "IGOEU", "BLR"): 1})


def test_hypothetical_events_are_not_counted_on_either_side():
    from accord.ru.score import gold_triples

    evs = [
        {"type": "SANCTION", "actor": {"code": "KGZGOV"}, "recipient": {"code": "USA"}, "hypothetical": True},
        {"type": "AGREE", "actor": {"code": "RUS"}, "recipient": {"code": "BLR"}, "future": True},
    ]
    assert triples(evs) == Counter({("AGREE", "RUS", "BLR"): 1})
    gold = [
        {"type": "SANCTION", "actor": "KGZGOV", "recipient": "USA", "hypothetical": True},
        {"type": "AGREE", "actor": "RUS", "recipient": "BLR"},
    ]
    assert gold_triples(gold) == Counter({("AGREE", "RUS", "BLR"): 1})


def test_country_level_triples_cut_sectors_and_keep_organisations():
    from accord.ru.score import by_country, country

    assert country("RUSGOV") == "RUS" and country("KAZ") == "KAZ"
    assert country("IGOCSTO") == "IGOCSTO" and country(None) is None
    strict = Counter({("CONSULT", "UZBGOV", "KAZMIL"): 1, ("CONSULT", "UZBMIL", "KAZ"): 1, ("AID", "IGOEU", None): 1})
    assert by_country(strict) == Counter({("CONSULT", "UZB", "KAZ"): 2, ("AID", "IGOEU", None): 1})


def test_loose_key_meets_spelling_variants_of_one_name():
    assert lx.loose_key("Radzhnatkh Singkh") == lx.loose_key("Rajnath Singh")
    assert lx.loose_key("Zheenbek Kulubayev") == lx.loose_key("Jeenbek Kulubaev")
    assert lx.loose_key("Sergei Lavrov") != lx.loose_key("Sergei Shoigu")
    assert lx.holders_by_key()[lx.loose_key("Kasym-Zhomart Tokayev")] == {"Kassym-Jomart Tokayev"}


def test_loose_key_folds_polish_digraphs():
    assert lx.loose_key("Vladislav Kosinyak-Kamysh") == lx.loose_key("Wladyslaw Kosiniak-Kamysz")


def test_loose_key_folds_j_as_y_and_ie_as_e():
    assert lx.loose_key("Kaya Kallas") == lx.loose_key("Kaja Kallas")
    assert lx.loose_key("Inga Ruginene") == lx.loose_key("Inga Ruginiene")


def test_transliteration_after_a_vowel_and_of_dzh_and_yo():
    assert lx.transliterate("Кайрат Сулейменов") == "Kairat Suleimenov"
    assert lx.transliterate("Бакаев") == "Bakayev" and lx.transliterate("Маджид") == "Majid"
    assert lx.transliterate("Мирзиёев") == "Mirziyoyev" and lx.transliterate("Фёдор") == "Fyodor"
    assert lx.transliterate("Горбачёв") == "Gorbachev"


def test_chinese_names_in_palladius_come_back_in_pinyin():
    from accord.ru.romanize import chinese_name

    assert chinese_name(["Мао", "Нин"]) == "Mao Ning"
    assert chinese_name(["Го", "Цзякунь"]) == "Guo Jiakun"
    assert chinese_name(["Чжоу", "Сюэфэн"]) == "Zhou Xuefeng"
    assert chinese_name(["Ли", "Петров"]) is None  # not Palladius syllables
    assert chinese_name(["Ким", "Ен"]) is None  # no Chinese surname


def test_a_quote_run_across_paragraphs_is_two_spans_and_one_continuation():
    from accord.ru.quote_marks import paragraph_continuations

    text = "Аналитик сказал: «Рынок растет.\n\n«Цены пойдут вверх», — считает он."
    spans = [text[s:e] for s, e in quoted_spans(text)]
    assert spans == ["Рынок растет.", "Цены пойдут вверх"]
    [(first, nxt)] = paragraph_continuations(text)
    assert text[first[0] : first[1]] == "Рынок растет." and text[nxt[0] : nxt[1]] == "Цены пойдут вверх"


def test_a_hard_wrapped_line_does_not_end_a_quote():
    text = "«Мы готовы\nждать ответа», — сказал он."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["Мы готовы\nждать ответа"]


def test_a_quote_left_open_ends_at_its_paragraph_and_is_never_empty():
    text = "Он сказал: «Мы готовы ждать.\n\nВторой абзац. «\n\nТретий абзац."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["Мы готовы ждать."]
