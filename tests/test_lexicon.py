"""The lexicons: named data the rules are built from."""
import pytest

from quotex.lexicon import ENGLISH, first_name_gender, inflect, plural


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("say", ("say", "says", "sayed", "saying")),  # regular rule; irregular forms are listed apart
        ("note", ("note", "notes", "noted", "noting")),
        ("reply", ("reply", "replies", "replied", "replying")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        # one syllable ending in one vowel and one consonant, or a stressed last syllable, doubles it
        ("slam", ("slam", "slams", "slammed", "slamming")),
        ("brag", ("brag", "brags", "bragged", "bragging")),
        ("concur", ("concur", "concurs", "concurred", "concurring")),
        # but not two vowels, two consonants, a final w, or an unstressed last syllable
        ("shout", ("shout", "shouts", "shouted", "shouting")),
        ("add", ("add", "adds", "added", "adding")),
        ("vow", ("vow", "vows", "vowed", "vowing")),
        ("label", ("label", "labels", "labeled", "labeling")),
    ],
)
def test_inflect(lemma, forms):
    assert inflect(lemma) == forms


@pytest.mark.parametrize("word", ["said", "says", "told", "according to", "pointed out", "tweeted", "wrote"])
def test_speech_cues_are_known(word):
    assert word in ENGLISH.speech_verbs or word in ENGLISH.cue_phrases


@pytest.mark.parametrize(
    "noun, expected",
    [("group", "groups"), ("spokesman", "spokesmen"), ("agency", "agencies"), ("wife", "wives"),
     ("coach", "coaches"), ("attorney", "attorneys")],
)
def test_plural(noun, expected):
    assert plural(noun) == expected


def test_groups_speak_but_do_not_make_a_name_a_person():
    assert {"groups", "agencies", "senators"} <= ENGLISH.role_nouns
    assert {"groups", "agencies"} <= ENGLISH.group_nouns and "officials" not in ENGLISH.group_nouns
    assert "women" not in ENGLISH.role_nouns  # a name after `women` is no person for it


def test_clause_verbs_are_speech_verbs():
    assert ENGLISH.clause_verbs <= ENGLISH.speech_verbs


@pytest.mark.parametrize("name, gender", [("Maria", "f"), ("john", "m"), ("Jennifer", "f"), ("Robin", None),
                                          ("Zqxw", None), ("", None)])
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


def test_first_name_data_ships_with_the_package():
    from importlib import resources

    assert resources.files("quotex").joinpath("data/first_names.tsv").is_file()
