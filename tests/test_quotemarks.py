"""Stage 2: quotation marks paired into quoted spans."""
import pytest

from quotex.quotemarks import classify, find_quotes
from quotex.segment import paragraphs


def contents(text):
    return [text[q.start : q.end] for q in find_quotes(text, paragraphs(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we stay" today.', ["we stay"]),
        ("“We stay,” he said.", ["We stay,"]),
        ("‘We stay,’ he said.", ["We stay,"]),
        ("''We stay,'' he said.", ["We stay,"]),
        ("«Nous restons», a-t-il dit.", ["Nous restons"]),
        ("„Wir bleiben“, sagte er.", ["Wir bleiben"]),
        # French spacing inside guillemets: the spaces go with the marks, at a paragraph end too
        ("« Nous restons », a-t-il dit.", ["Nous restons"]),
        ("Il a ajouté\u00a0: «\u00a0Rien n’est fini.\u00a0»", ["Rien n’est fini."]),
        ("‹ Restons ›, dit-il.", ["Restons"]),
        ("»Wir bleiben«, sagte er.", ["Wir bleiben"]),  # reversed, as in German and Danish
        ("‹Restons›, dit-il.", ["Restons"]),
        ("”Vi stannar,” sa han.", ["Vi stannar,"]),  # a right mark opening, as in Swedish (or a typo)
        ("He said “we stay” and ”we go” today.", ["we stay", "we go"]),
        # a mark of any shape opening its paragraph opens, before a space too (a typo)
        ("He spoke.\n\n” … what I learned is that,” he said.", [" … what I learned is that,"]),
        ('"He called it \'a farce,\' then left," she said.', ["He called it 'a farce,' then left,"]),
        ("“He called it ‘a farce,’ then left,” she said.", ["He called it ‘a farce,’ then left,"]),
        ('"One," he said, "two."', ["One,", "two."]),
        # a mark of any shape ending its paragraph closes, and a straight opener may close with `“`
        ("“They see that. “\n\nThe end.", ["They see that. "]),
        ('"A correction is needed now.“ \n\nThe end.', ["A correction is needed now."]),
        # a lone apostrophe does not close a doubled one (a plural possessive inside the quotation),
        # unless it ends a sentence: a doubled closing mark that lost its other half
        ("''It is in both parties' interest,'' he said.", ["It is in both parties' interest,"]),
        # marks written as HTML character references, as scraped text keeps them
        ("&quot;We stay,&quot; he said.", ["We stay,"]),
        ("&ldquo;We don&rsquo;t stay,&rdquo; he said.", ["We don&rsquo;t stay,"]),
        ("&#8220;We stay,&#8221; he said. &#x201C;We go.&#x201D;", ["We stay,", "We go."]),
        # in curly single marks, a plural possessive closes nothing while a closing mark comes later
        ("‘It is the members’ and the parents’ decision,’ she said.", ["It is the members’ and the parents’ decision,"]),
        ("‘The teachers’ 2025 deal was fair,’ she said.", ["The teachers’ 2025 deal was fair,"]),
        # ... but before a new opening mark it does
        ("He called it ‘the Smiths’ and left. ‘We won,’ he said.", ["the Smiths", "We won,"]),
        ("(A spokesman said, ''It is a snapshot.'.')", ["It is a snapshot."]),
        ("The president’s view, don't you think, in the '90s.", []),
        ("The players’ union met.", []),
        # a plural possessive and `'n'` inside single marks are apostrophes, not closers
        ("'I'm proud of the girls' effort,' Ames said.", ["I'm proud of the girls' effort,"]),
        ("'It was rock 'n' roll,' she said.", ["It was rock 'n' roll,"]),
        ("He called it 'the girls' and left.", ["the girls"]),
        # a plural possessive's apostrophe right before the punctuation and mark that close a quotation
        ("She said: 'We stand with the workers'.'", ["We stand with the workers'."]),
        ("'We stand with the workers',' she said.", ["We stand with the workers',"]),
        ("‘Ask the Joneses’!’ she said.", ["Ask the Joneses’!"]),
        # ... but not a closing mark before punctuation, with a new quotation after it
        ("'We stand with the workers'. 'Now.'", ["We stand with the workers", "Now."]),
        ("In 't Veld spoke.", []),  # a Dutch particle
        ("It's Ana's and Lee's plan, isn't it?", []),
        # a quotation left open goes on past a furniture line into a paragraph opening with a mark
        ('She said "it was fine.\n\nAdvertisement\n\n"Later," he said.', ["it was fine.", "Later,"]),
        ('She said "it was fine.\n\nContinue reading the main story\n\n"Later," he said.', ["it was fine.", "Later,"]),
        ('She said "it was fine.\n\nAdvertisement\n\nThe next paragraph says nothing.\n\n"Later," he said.', ["Later,"]),
        ('She said "it was fine.\n\nAn advertisement ran.\n\n"Later," he said.', ["Later,"]),
        ("No marks at all.", []),
        ("", []),
    ],
)
def test_pairs(text, expected):
    assert contents(text) == expected


def test_spans_are_offsets_into_the_text():
    text = "Intro.\n\n“We stay,” he said. ‘Fine,’ she said."
    for q in find_quotes(text, paragraphs(text)):
        assert text[q.open_mark.start : q.open_mark.end] in "“‘"
        assert text[q.close_mark.start : q.close_mark.end] in "”’"
        assert q.closed


def test_an_open_quotation_continues_into_a_paragraph_that_opens_with_a_mark():
    text = "“First part of it.\n\n“Second part,” she said."
    quotes = find_quotes(text, paragraphs(text))
    assert [text[q.start : q.end] for q in quotes] == ["First part of it.", "Second part,"]
    assert quotes[0].chain == quotes[1].chain
    assert not quotes[0].closed and quotes[1].closed


def test_a_quotation_in_single_marks_goes_on_into_a_paragraph_opening_with_one():
    text = "She said: 'I taught there for years.\n\n'Nobody told us.'"
    quotes = find_quotes(text, paragraphs(text))
    assert [text[q.start : q.end] for q in quotes] == ["I taught there for years.", "Nobody told us."]
    assert quotes[0].chain == quotes[1].chain


def test_a_single_mark_left_open_does_not_run_into_double_marks():
    text = "In 'Veld we trust.\n\n\"Nobody told us.\""
    assert contents(text) == ["Nobody told us."]


def test_an_unbalanced_mark_stays_inside_its_paragraph():
    text = 'She said "it was fine.\n\nThe next paragraph says nothing.\n\n"Later," he said.'
    assert contents(text) == ["Later,"]


@pytest.mark.parametrize(
    "text",
    [
        "A “stray word. Officials met on Monday. “We will go,” Ana Ortiz said.",
        "A ‘stray word. “We will go,” Ana Ortiz said.",
        'A "stray word. Officials met. "We will go," Ana Ortiz said.',
    ],
)
def test_a_stray_opener_does_not_swallow_the_quotations_after_it(text):
    assert contents(text) == ["We will go,"]


def test_a_paragraph_opening_with_an_unclosed_quote_keeps_it():
    text = "“We will stay and fight\n\nNext paragraph."
    assert contents(text) == ["We will stay and fight"]


def test_separate_quotations_get_separate_chains():
    text = "“One,” he said.\n\n“Two,” he said."
    quotes = find_quotes(text, paragraphs(text))
    assert quotes[0].chain != quotes[1].chain


@pytest.mark.parametrize(
    "text, index, opens, closes",
    [
        ('a "b', 2, True, False),
        ('b" a', 1, False, True),
        ("don't", 3, None, None),
        ("the '90s", 4, None, None),
        ("“x", 0, True, False),
        ("x”", 1, False, True),
        ("x. “\nnext", 3, False, True),  # a left mark ending a line closes
        ("x “y", 2, True, False),
    ],
)
def test_classify(text, index, opens, closes):
    mark = classify(text, index, index + 1)
    if opens is None:
        assert mark is None
    else:
        assert (mark.can_open, mark.can_close) == (opens, closes)


def test_quote_mark_soup_never_crashes_and_stays_in_bounds():
    text = "\"'“”‘’«»„‹›''``" * 50 + "\n" + '"' * 101
    for q in find_quotes(text, paragraphs(text)):
        assert 0 <= q.open_mark.start <= q.start <= q.end <= q.close_mark.end <= len(text)
