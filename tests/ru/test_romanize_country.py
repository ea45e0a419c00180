"""accord.ru.romanize.by_country and the quote speaker's country from the
title before the name (our own names and sentences; no parser)."""

import pytest

from accord.ru.actors import Actor
from accord.ru.quotes import _person_name
from accord.ru.romanize import _plain, by_country

from .ud_docs import ud_doc


@pytest.mark.parametrize(
    ("russian", "country", "english"),
    [
        ("Хоссейн Хатами", "IRN", "Hossein Hatami"),
        ("Шахрам Ирани", "IRN", "Shahram Irani"),
        ("Маджид Тахт-Раванчи", "IRN", "Majid Takht-Ravanchi"),
        ("Эсмаил Багаи", "IRN", "Esmaeil Baghaei"),
        ("Казем Гарибабади", "IRN", "Kazem Gharibabadi"),
        ("Эбрахим Раиси", "IRN", "Ebrahim Raisi"),
        ("Раджив Мехра", "IND", "Rajiv Mehra"),
        ("Шахбаз Хайдар", "PAK", "Shahbaz Haidar"),
        ("Байба Браже", "LVA", "Baiba Braze"),
        ("Эдгарс Ринкевичс", "LVA", "Edgars Rinkevics"),
        ("Янис Калниньш", "LVA", "Janis Kalnins"),
        ("Габриэлюс Ландсбергис", "LTU", "Gabrielius Landsbergis"),
        ("Юхан Кыйв", "EST", "Juhan Koiv"),
        ("Антти Хяккянен", "FIN", "Antti Hakkanen"),
        ("Зеки Актюрк", "TUR", "Zeki Akturk"),
        ("Джевдет Йылмаз", "TUR", "Cevdet Yilmaz"),
    ],
)
def test_a_transliterated_name_follows_the_country_group(russian, country, english):
    assert by_country(_plain(russian.split()), russian, country) == english


def test_other_countries_and_known_names_keep_their_spelling():
    assert by_country(_plain(["Шухрат", "Холмухамедов"]), "Шухрат Холмухамедов", "UZB") == "Shukhrat Kholmukhamedov"
    assert by_country("Abbas Araghchi", "Аббас Аракчи", "IRN") == "Abbas Araghchi"  # from the name tables
    assert by_country(_plain(["Хоссейн", "Хатами"]), "Хоссейн Хатами", None) == "Khossein Khatami"


# «Заявил командующий ВМС Ирана контр-адмирал Мохаммад Карими.»
_TITLE = [
    ("заявил", 0, "root", "VERB", ""),
    ("командующий", 0, "nsubj", "NOUN", "Case=Nom"),
    ("ВМС", 1, "nmod", "PROPN", "Case=Gen"),
    ("Ирана", 2, "nmod", "PROPN", "Case=Gen"),
    ("контр-адмирал", 1, "appos", "NOUN", "Case=Nom"),
    ("Мохаммад", 4, "appos", "PROPN", "Case=Nom"),
    ("Карими", 5, "flat:name", "PROPN", "Case=Nom"),
    (".", 0, "punct", "PUNCT", ""),
]


def test_the_title_before_a_rank_gives_the_name_its_country():
    doc = ud_doc(_TITLE)
    person = Actor(5, 7, "person", name="Mokhammad Karimi", named=True)
    person.extra["normal"] = "Мохаммад Карими"
    actors = [Actor(1, 2, "person", country="IRN"), Actor(3, 4, "state", country="IRN"), person]
    assert _person_name(doc, actors, person) == "Mohammad Karimi"
    assert _person_name(doc, actors[2:], person) == "Mokhammad Karimi"  # no country named: Russian rules
