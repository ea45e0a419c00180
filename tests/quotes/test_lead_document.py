"""'..., it is noted in the message' far from any body: the message is the
report of the body the article opens with (quotes.referents._bare_document),
not a speaker named 'the message'. Real parses of texts written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


TEXTS = [
    (
        "ASTANA, May 4 (Steppe News) - Kazakhstan handed over a batch of radios to the border guards of Kyrgyzstan, "
        "the Ministry of Defence of Kazakhstan reported on Monday.\n\nThe ceremony took place in Bishkek. The act was "
        "signed by the Ambassador of Kazakhstan Nurlan Zhakupov and the commander of the border troops Major General "
        'Almaz Orozaliev.\n\n"Kazakhstan and Kyrgyzstan are brothers," the diplomat stressed.\n\nAlmaz Orozaliev '
        "thanked the Kazakh side. According to him, the radios will be sent to the outposts next week.\n\nIn addition, "
        "the sides agreed to hold a joint exercise in the autumn, it is noted in the message.",
        "joint exercise",
        "Ministry of Defence of Kazakhstan",
    ),
    (
        "TBILISI, March 2 (Caucasus Wire) - Two smugglers were detained on the border with Turkey, the press service "
        'of the Ministry of Internal Affairs of Georgia reported.\n\n"The detainees tried to cross the border at '
        'night," said the head of the border police Levan Gabunia.\n\nAs specified in the message, a criminal case '
        "was opened against both of them.",
        "criminal case",
        "press service of the Ministry of Internal Affairs of Georgia",
    ),
    (
        "YEREVAN, April 9 - Armenia sent a note of protest to Azerbaijan over the shelling of a village, the Ministry "
        "of Foreign Affairs of Armenia reported.\n\nForeign Minister Ararat Mirzoyan met the ambassadors of the "
        'European Union in Yerevan. "The shelling is unacceptable," he said.\n\nThe note also demands an '
        "investigation, it is said in the statement.",
        "demands an investigation",
        "Ministry of Foreign Affairs of Armenia",
    ),
]


@pytest.mark.parametrize("text, words, speaker", TEXTS)
def test_the_message_is_the_report_the_article_opens_with(nlp, text, words, speaker):
    assert one(quote_rows(nlp, text), words)[1] == speaker


def test_a_person_who_speaks_first_is_no_lead_body(nlp):
    text = (
        'Foreign Minister Ararat Mirzoyan said the shelling was "unacceptable".\n\nThe ceremony took place in '
        "Yerevan.\n\nIn addition, the sides agreed to meet again, it is noted in the message."
    )
    assert one(quote_rows(nlp, text), "meet again")[1] != "Ararat Mirzoyan"
