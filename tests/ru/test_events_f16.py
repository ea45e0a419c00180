"""Round F rules of accord.ru.events on sentences of our own (natasha):
sessions of an organization's body, approvals, conditions and forecasts,
reproaches in quotes, refusals of a named demand, the «не останется без
ответа» threat, thanks and reciprocal acts."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2026-09-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return set(triples(events))


def _all(text, published="2026-09-01"):
    from accord.ru.extract import extract_text

    *_, events = extract_text(text, published)
    return {
        (e.type, getattr(e.actor, "code", None), getattr(e.recipient, "code", None), e.hypothetical) for e in events
    }


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Очередное заседание Совета министров иностранных дел стран ОДКБ прошло в пятницу в Бишкеке.", "IGOCSTO"),
        ("ДУШАНБЕ, 3 марта (Ховар) – Заседание Совета глав правительств СНГ прошло во вторник в Душанбе.", "IGOCIS"),
    ],
)
def test_session_of_an_organizations_body_is_its_meeting(text, org):
    assert ("CONSULT", org, None) in _counted(text)


def test_ministers_after_a_body_session_stand_for_the_organization():
    text = (
        "Очередное заседание Совета министров иностранных дел стран ОДКБ прошло в пятницу в Бишкеке. Министры "
        "утвердили план консультаций и подписали решение о создании рабочей группы."
    )
    got = _counted(text)
    assert {("AGREE", "IGOCSTO", None), ("SUPPORT", "IGOCSTO", None)} <= got


def test_approved_text_of_two_states_and_an_agentless_approval():
    assert ("AGREE", "KAZ", "KGZ") in _counted("Казахстан и Киргизия согласовали текст договора о границе.")
    assert not _counted("Кроме того, была утверждена программа сотрудничества на пять лет.")


@pytest.mark.parametrize(
    "text",
    [
        "Если ситуация на границе ухудшится, Киргизия обратится к ОДКБ за помощью.",
        "– Если обстановка обострится, Казахстан обратится к ОДКБ за поддержкой, – сказал министр.",
    ],
)
def test_act_under_its_own_condition_is_hypothetical(text):
    assert not _counted(text)


def test_forecast_with_a_condition_is_no_threat():
    text = "Эксперт полагает, что если санкции продлят, Минск может закрыть границу с Литвой."
    got = _all(text)
    assert not any(t[0] == "THREATEN" for t in got)
    assert not _counted(text)


@pytest.mark.parametrize(
    ("text", "speaker", "charged"),
    [
        (
            "«Это попытка Варшавы запугать наших граждан», — заявил министр иностранных дел Белоруссии.",
            "BLRGOV",
            "POLGOV",
        ),
        ("«Талибы предоставляют укрытие боевикам», — сказал министр иностранных дел Таджикистана.", "TJKGOV", None),
        (
            "«США наращивают военное присутствие в регионе», — сказал официальный представитель МИД Китая.",
            "CHNGOV",
            "USA",
        ),
    ],
)
def test_reproach_in_a_quote(text, speaker, charged):
    got = [t for t in _counted(text) if t[0] == "ACCUSE" and t[1] == speaker]
    assert got and (charged is None or got[0][2] == charged)


def test_refusal_of_a_named_demand_answers_its_maker():
    text = "Баку призвал Ереван отозвать иск. Ереван отказался выполнить требование азербайджанской стороны."
    assert ("REJECT", "ARMGOV", "AZEGOV") in _counted(text)
    assert ("REJECT", "GEOGOV", "IGOEU") in _counted("Тбилиси отказался выполнить требования Брюсселя.")


def test_denial_of_unnamed_charges_has_no_recipient():
    text = "Минобороны Армении обвинило Азербайджан в обстреле. В Баку эти обвинения отвергли."
    assert ("REJECT", "AZEGOV", None) in _counted(text)


def test_act_that_will_not_stay_unanswered_is_a_threat_at_its_doer():
    text = (
        "МИД Эстонии объявил персоной нон грата российского дипломата. Официальный представитель МИД России "
        "Мария Захарова заявила, что это решение «не останется без ответа»."
    )
    assert ("THREATEN", "RUSGOV", "ESTGOV") in _counted(text)
    assert not any(
        t[0] == "THREATEN" for t in _counted("Министр сказал, что ни одна просьба граждан не останется без ответа.")
    )


@pytest.mark.parametrize(
    ("text", "speaker", "thanked"),
    [
        ("«Мы благодарны казахстанской стороне за помощь», — сказал министр обороны Киргизии.", "KGZMIL", "KAZ"),
        ("«Мы признательны Турции за поддержку», — заявил президент Азербайджана.", "AZEGOV", "TUR"),
    ],
)
def test_thanks_in_a_quote_is_praise(text, speaker, thanked):
    got = {(t[0], t[2]) for t in _counted(text) if t[1] and t[1].startswith(speaker[:3])}
    assert ("SUPPORT", thanked) in got


def test_reciprocal_act_has_each_party_as_the_others_recipient():
    got = _counted("В прошлом году Армения и Азербайджан наносили друг другу артиллерийские удары.")
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= got


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "МИД Китая предупредил, что если Вашингтон продолжит продажу оружия Тайваню, Пекин примет ответные меры.",
            "CHNGOV",
            "USAGOV",
        ),
        (
            "Премьер Литвы предупредила, что если Минск не прекратит запуски шаров, граница будет закрыта.",
            "LTUGOV",
            "BLRGOV",
        ),
    ],
)
def test_warning_with_a_condition_on_another_party_is_a_threat_at_it(text, doer, target):
    got = _counted(text)
    assert ("THREATEN", doer, target) in got
    assert ("THREATEN", doer, None) not in got


def test_conditional_threat_is_aimed_at_the_condition_subject():
    assert ("THREATEN", "KORGOV", "PRKGOV") in _counted(
        "Если Пхеньян проведет ядерное испытание, Сеул введет новые санкции."
    )


def test_attempt_to_push_out_a_state_is_a_reproach():
    text = "Официальный представитель МИД Китая заявил, что Вашингтон «пытается вытеснить Пекин из региона»."
    assert ("ACCUSE", "CHNGOV", "USAGOV") in _counted(text)


def test_handed_vehicles_and_equipment_are_aid():
    assert ("AID", "JPN", "MNG") in _counted("Япония передала Монголии медицинское оборудование.")
    assert ("AID", "TUR", "AZE") in _counted("Турция передала Азербайджану партию автомобилей для пограничников.")
