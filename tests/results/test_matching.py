"""The matcher ranks fitting companies first and says why, in words."""

from trips.matching import Candidate, explain, rank, stem, terms

WATER = Candidate(
    id=1,
    name="Zeta Water Oy",  # alphabetically last: its rank cannot come from the tie-break
    sector_names=frozenset({"Water and wastewater", "Cleantech"}),
    competences="Compact biological wastewater treatment plants; sludge drying.",
)
TRAFFIC = Candidate(
    id=2,
    name="Alpha Traffic AB",
    sector_names=frozenset({"Smart mobility"}),
    competences="Traffic sensors and data platforms for city traffic management.",
)
WOOD = Candidate(
    id=3,
    name="Beta Wood Oy",
    sector_names=frozenset({"Wood construction"}),
    competences="Prefabricated wooden houses; wooden building elements.",
)
NEED = {
    "need_title": "Nordic wastewater treatment",
    "need_text": "Treatment plants for a growing coastal city, sludge handling.",
    "need_sectors": ["Water and wastewater", "Cleantech"],
}


def test_a_fitting_company_ranks_above_one_that_does_not_and_the_reason_says_why():
    ranked = rank(**NEED, candidates=[TRAFFIC, WOOD, WATER])
    assert ranked[0].candidate == WATER
    reason = ranked[0].reason
    assert "Shares the sectors" in reason
    assert "“Cleantech”" in reason and "“Water and wastewater”" in reason
    assert "“wastewater”" in reason and "“sludge”" in reason
    assert ranked[0].score > 0.9


def test_companies_with_nothing_in_common_are_not_proposed():
    ranked = rank(**NEED, candidates=[TRAFFIC, WOOD, WATER])
    # Traffic shares only the word "city" out of the need's words: too little to propose.
    assert [p.candidate.name for p in ranked] == ["Zeta Water Oy"]


def test_two_shared_words_without_a_sector_are_enough():
    sludge = Candidate(7, "Sludge Oy", frozenset({"Smart mobility"}), "Sludge for the city.")
    ranked = rank(**NEED, candidates=[sludge])
    assert ranked[0].shared_terms == ("city", "sludge")
    assert ranked[0].reason == "Its competences mention “city” and “sludge”."
    assert 0.1 <= ranked[0].score < 0.2


def test_a_shared_sector_alone_is_a_reason():
    ranked = rank(
        need_title="Houses",
        need_text="",
        need_sectors=["Wood construction"],
        candidates=[Candidate(9, "X", frozenset({"Wood construction"}), "")],
    )
    assert ranked[0].reason == "Shares the sector “Wood construction”."


def test_words_match_across_plurals_and_case_but_common_words_do_not_count():
    need = {"need_title": "Wooden house construction", "need_text": "for the city and the park"}
    ranked = rank(**need, need_sectors=[], candidates=[WOOD])
    assert set(ranked[0].shared_terms) == {"wooden", "house"}
    assert "the" not in terms("the and for")
    assert stem("houses") == stem("house") == stem("Housing")


def test_ranking_is_deterministic_and_ties_go_by_name():
    twins = [
        Candidate(5, "Bravo Oy", frozenset({"Cleantech"}), ""),
        Candidate(4, "alpha Oy", frozenset({"Cleantech"}), ""),
    ]
    first = rank(**NEED, candidates=twins)
    again = rank(**NEED, candidates=list(reversed(twins)))
    assert [p.candidate.name for p in first] == ["alpha Oy", "Bravo Oy"]
    assert first == again


def test_long_lists_of_words_are_shortened_in_the_reason():
    words = [f"word{n}" for n in range(9)]
    assert explain((), tuple(words)).endswith("and 3 more.")
