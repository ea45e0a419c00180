"""The Organization of Turkic States is known by name and its dated members
(actors/data/organizations.tsv, memberships.tsv)."""

from accord.actors import knowledge


def test_the_ots_members_by_date():
    assert knowledge.members("OTS", "2015-06-01") == {"AZE", "KAZ", "KGZ", "TUR"}
    assert knowledge.members("OTS", "2024-06-01") == {"AZE", "KAZ", "KGZ", "TUR", "UZB"}
    assert "HUN" not in knowledge.members("OTS", "2024-06-01")  # an observer, no member
