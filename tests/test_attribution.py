"""Stage 3: each quotation gets its speaker mention, cue, rule and kind."""
import pytest

import quotex
from quotex import attribution, segment

CASES = [
    # text, quotation, speaker mention, cue, rule, kind
    ('"We will stay," Ana Ortiz said.', "We will stay,", "Ana Ortiz", "said", "quote-speaker-verb", "direct"),
    ('"We will stay," said Ana Ortiz.', "We will stay,", "Ana Ortiz", "said", "quote-verb-speaker", "direct"),
    ('"We will stay," she told reporters.', "We will stay,", "she", "told", "quote-speaker-verb", "direct"),
    ('"We will stay," Ortiz later told reporters.', "We will stay,", "Ortiz", "told", "quote-speaker-verb", "direct"),
    # what a recording or a witness caught someone saying
    ('"Stop right there," the officer can be heard saying on the video.', "Stop right there,", "the officer",
     "can be heard saying", "quote-speaker-verb", "direct"),
    ('Ana Ortiz was recorded saying, "He had it coming."', "He had it coming.", "Ana Ortiz", "was recorded saying",
     "speaker-verb-quote", "direct"),
    ('"He had it coming," Ana Ortiz was heard to say.', "He had it coming,", "Ana Ortiz", "was heard to say",
     "quote-speaker-verb", "direct"),
    # an indefinite pronoun names a speaker alone
    ('"It will fail," said another.', "It will fail,", "another", "said", "quote-verb-speaker", "direct"),
    ('"It will fail," one said.', "It will fail,", "one", "said", "quote-speaker-verb", "direct"),
    ('Others, reacting to the news, shouted, "Stop the coverup!"', "Stop the coverup!", "Others", "shouted",
     "speaker-verb-quote", "direct"),
    # a clause opened by `as` has a subject of its own, in the progressive too
    ('Ted Marsh circled the boat as his friends jeered, "Goodbye!"', "Goodbye!", "his friends", "jeered",
     "speaker-verb-quote", "direct"),
    ('Ana Ortiz left the stage as the crowd was chanting, "Four more years!"', "Four more years!", "the crowd",
     "chanting", "speaker-verb-quote", "direct"),
    # a phrase of place opening the sentence is no part of the participle's subject
    ('Alongside union calls for action, even a top aide said Ortiz must choose, saying, "She has to act."',
     "She has to act.", "a top aide", "saying", "speaker-verb-quote", "direct"),
    # a verb naming something in the passive: its agent after the quotation said it
    ('The plan was called a "disaster" by Mayor Ana Ortiz.', "disaster", "Mayor Ana Ortiz", "called",
     "speaker-verb-partial", "mixed"),
    ('The inquiry, often labeled a "witch hunt" by Democrats, went on.', "witch hunt", "Democrats", "labeled",
     "speaker-verb-partial", "mixed"),
    # a cue inside a relative clause set off by commas is an aside, not the quotation's cue
    ('He said that the announcement, which she has argued was a trick, was an "insult" to voters.', "insult",
     "He", "said", "speaker-verb-partial", "mixed"),
    # but a relative clause that runs up to the quotation introduces it
    ('Lee Chan, who told reporters, "We will win."', "We will win.", "who", "told", "speaker-verb-quote", "direct"),
    # a description opening the sentence gives way to the name in apposition after it
    ('Another critic, Lee Chan, likened the rules to "burning the house."', "burning the house.", "Lee Chan",
     "likened", "sentence-subject", "mixed"),
    # ... with a description of its own before it
    ('Another critic, retired judge Lee Chan, was blunter: "She is a crook."', "She is a crook.", "Lee Chan", ":",
     "speaker-colon-subject", "direct"),
    ('Another critic, the mayor, was blunter: "She is a crook."', "She is a crook.", "Another critic", ":",
     "speaker-colon-subject", "direct"),
    ('The critic, who spoke on Monday, likened the rules to "burning the house."', "burning the house.",
     "The critic", "likened", "sentence-subject", "mixed"),
    # a name closing the clause before a colon speaks when the subject cannot
    ('The timing of the surge does not surprise Republican pollster Ana Ortiz: "Lesser-known candidates gain."',
     "Lesser-known candidates gain.", "Ana Ortiz", ":", "speaker-colon", "direct"),
    # `show` with a plain object shows rather than says: the cue before it speaks
    ('Lee Chan also said that Ana Ortiz shows "great charm."', "great charm.", "Lee Chan", "said",
     "speaker-verb-partial", "mixed"),
    # but `show that` reports
    ('The poll showed that voters were "very worried."', "very worried.", "The poll", "showed",
     "speaker-verb-partial", "mixed"),
    # an adverb of time between the subject and its cue (`would now ask`, `already said`)
    ('A reader would now ask: "Is that true?"', "Is that true?", "A reader", "ask", "speaker-verb-quote", "direct"),
    ('The mayor already said: "It is over."', "It is over.", "The mayor", "said", "speaker-verb-quote", "direct"),
    ('"We will stay," Lee Chan, the city spokesman, said.', "We will stay,", "Lee Chan", "said",
     "quote-speaker-verb", "direct"),
    ('"We will stay," according to the memo.', "We will stay,", "the memo", "according to",
     "quote-according-to", "direct"),
    ('Ana Ortiz said: "We will stay."', "We will stay.", "Ana Ortiz", "said", "speaker-verb-quote", "direct"),
    ('Ana Ortiz told the council on Monday, "We will stay."', "We will stay.", "Ana Ortiz", "told",
     "speaker-verb-quote", "direct"),
    ('Ortiz said the talks were "not the key to anything."', "not the key to anything.", "Ortiz", "said",
     "speaker-verb-partial", "mixed"),
    ('One aide to the mayor tried to play it down, saying it was "not a big deal."', "not a big deal.",
     "One aide to the mayor", "saying", "speaker-verb-partial", "mixed"),
    # a dateline is not the subject; a clause right before the participle gives its own
    ('DAYTON, Ohio — Sen. Ana Ortiz weighed in on Monday, calling the plan a "slow-moving disaster."',
     "slow-moving disaster.", "Sen. Ana Ortiz", "calling", "speaker-verb-partial", "mixed"),
    ('It was a sharp reply, as Ana Ortiz echoed the mayor, saying the plan "will fail."', "will fail.",
     "Ana Ortiz", "saying", "speaker-verb-partial", "mixed"),
    ('Lee Chan and Ana Ortiz saw it as a sign of disarray, with Ana Ortiz noting the "utter chaos" in the city.',
     "utter chaos", "Ana Ortiz", "noting", "speaker-verb-partial", "mixed"),
    ('Lee Chan signed an order, while Ana Ortiz, the former mayor, preferred to "wait and see" first.',
     "wait and see", "Ana Ortiz", "preferred", "sentence-subject", "mixed"),
    ('And then Ana Ortiz went on the attack, saying, "We will not retreat."', "We will not retreat.",
     "Ana Ortiz", "saying", "speaker-verb-quote", "direct"),
    # a focus adverb before the subject is no part of it; `Even so,` is an opening phrase
    ('Only Ana Ortiz remained "cautiously hopeful."', "cautiously hopeful.", "Ana Ortiz", "remained",
     "sentence-subject", "mixed"),
    ('Even the mayor remained "cautiously hopeful."', "cautiously hopeful.", "the mayor", "remained",
     "sentence-subject", "mixed"),
    ('Even so, Ana Ortiz remained "hopeful."', "hopeful.", "Ana Ortiz", "remained", "sentence-subject", "mixed"),
    ('Justice Ana Ortiz remained "hopeful."', "hopeful.", "Justice Ana Ortiz", "remained", "sentence-subject", "mixed"),
    # an adverb before the verb is not the verb (`then`, `also`, `quickly`); with nothing after it, it stands in
    ('Ana Ortiz then had a "long talk" with the board.', "long talk", "Ana Ortiz", "had", "sentence-subject", "mixed"),
    ('Ana Ortiz also quickly became the "face of the campaign."', "face of the campaign.", "Ana Ortiz", "became",
     "sentence-subject", "mixed"),
    ('Ana Ortiz then "stood firm."', "stood firm.", "Ana Ortiz", "then", "sentence-subject", "mixed"),
    ('Ana Ortiz, who then led the "grand coalition," won.', "grand coalition,", "who", "led", "sentence-subject",
     "mixed"),
    # a clause of its own between the verb and the quoted words speaks through its own subject: a pronoun
    # after `and`/`as`, a relative right after a name while still open; not a relative a comma closes, nor
    # one after a description
    ('Ana Ortiz chaired the panel, but the plan stalled, and she has fought the board since, at one point calling '
     'the mayor a "liar" on air.', "liar", "she", "has", "sentence-subject", "mixed"),
    ('Lee Chan is winning applause as he keeps talking about the "power of we" in every town.', "power of we",
     "he", "keeps", "sentence-subject", "mixed"),
    ('Lee Chan was profiled in the Tribune, which ran a 2,000-word piece naming him the "fixer in chief" of the year.',
     "fixer in chief", "which", "ran", "sentence-subject", "mixed"),
    ('Lee Chan contrasted that with Ana Ortiz who is trying to bring "people together" again.', "people together",
     "who", "is", "sentence-subject", "mixed"),
    ('Lee Chan refers to the mayor, who is his old friend, as "the boss" in public.', "the boss", "Lee Chan",
     "refers", "sentence-subject", "mixed"),
    ('Ana Ortiz casts her rival as a former liberal who would "unravel" the reforms.', "unravel", "Ana Ortiz",
     "casts", "sentence-subject", "mixed"),
    # a pronoun after an opening phrase that no comma closes is the subject; not inside a clause
    ('On September 27 they closed the review by announcing that the claim was "true."', "true.",
     "they", "announcing", "speaker-verb-partial", "mixed"),
    ('In 2011 she spoke out for "shotgun weddings" as the answer.', "shotgun weddings", "she", "spoke",
     "sentence-subject", "mixed"),
    ('At least by how she voted, Ana Ortiz ended the debate, calling the plan "dead on arrival."',
     "dead on arrival.", "Ana Ortiz", "calling", "speaker-verb-partial", "mixed"),
    # a capitalised modal is a surname only at the end of a name, not a month after `In`
    ('In May, Ana Ortiz said the plan was "a mess."', "a mess.", "Ana Ortiz", "said", "speaker-verb-partial", "mixed"),
    # a sequencing word set off by a comma is no name (`First,`, after a no-break space too); `First Lady` opens one
    ('It was a bad week.\u00a0First, Ortiz identified the judge as "Spanish" on air.', "Spanish", "Ortiz", "identified",
     "sentence-subject", "mixed"),
    ('First Lady Ana Ortiz, back from Ohio, championed the "clean plate" drive.', "clean plate",
     "First Lady Ana Ortiz", "championed", "sentence-subject", "mixed"),
    # any preposition opens an introductory phrase, not a name (`Across Asia,`)
    ('Across Asia, policymakers have been startled by his "isolationist" stance.', "isolationist", "policymakers",
     "have", "sentence-subject", "mixed"),
    # an opening subordinate clause interrupted after its subject keeps that subject
    ('While Mr. Ryan, representing the governing wing, laid out a vision for "a reformed tax code," Lee Chan spoke.',
     "a reformed tax code,", "Mr. Ryan", "laid", "sentence-subject", "mixed"),
    # modifiers before a role noun belong to the description; a verb before a plural does not
    ('Republican presidential candidate Ana Ortiz quickly took to Twitter, writing: "We will win."',
     "We will win.", "Republican presidential candidate Ana Ortiz", "writing", "speaker-verb-quote", "direct"),
    ('Ana Ortiz joined Democrats in the vote, calling the plan "dead."', "dead.", "Ana Ortiz", "calling",
     "speaker-verb-partial", "mixed"),
    # a quotation opening in lower case after `that` goes on the reported clause: mixed, not direct
    ('Ana Ortiz said that in any talks, "we will send a clear signal."', "we will send a clear signal.",
     "Ana Ortiz", "said", "speaker-verb-partial", "mixed"),
    ('Ana Ortiz said in an interview on Monday, "we will stay."', "we will stay.", "Ana Ortiz", "said",
     "speaker-verb-quote", "direct"),
    # `hopeful` is a role noun too: capitalised modifiers before it and a title after it stay one mention
    ('In line with her party, Republican Presidential hopeful Sen. Ana Ortiz was critical, telling reporters: '
     '"We will win."', "We will win.", "Republican Presidential hopeful Sen. Ana Ortiz", "telling",
     "speaker-verb-quote", "direct"),
    ('"We will win," the Republican hopeful said.', "We will win,", "the Republican hopeful", "said",
     "quote-speaker-verb", "direct"),
    # after a quotation ending its sentence, a description may stand before the speaker's name
    ("\"We will stay!\" Lee's niece, Ana Ortiz, shouted to the crowd.", "We will stay!", "Ana Ortiz", "shouted",
     "quote-speaker-verb", "direct"),
    ('For that the mayor drew fire - he called the plan "dead on arrival."', "dead on arrival.", "he", "called",
     "speaker-verb-partial", "mixed"),
    ('"Boots on the ground" would be the right answer, Ana Ortiz said on Monday.', "Boots on the ground",
     "Ana Ortiz", "said", "sentence-closing-cue", "mixed"),
    ('"We are extremely happy" about it, said Ana Ortiz, head of the Nurses Union, a union that backs Lee Chan.',
     "We are extremely happy", "Ana Ortiz", "said", "sentence-closing-cue", "mixed"),  # two appositions
    # a cue after the quotation that opens a clause of its own yields to the cue before it
    ('Ana Ortiz says she was "kind of riding the fence" until Lee said she was backing him.',
     "kind of riding the fence", "Ana Ortiz", "says", "speaker-verb-partial", "mixed"),
    ('Ana Ortiz claimed that "the council got in trouble for far less," one of her critics said the cases differ.',
     "the council got in trouble for far less,", "Ana Ortiz", "claimed", "speaker-verb-partial", "mixed"),
    # but a cue right after a quotation that a colon introduced is its own, whatever follows the cue
    ('Ana Ortiz hinted that the feud was over: "We shook hands," she told the Valley Courier.',
     "We shook hands,", "she", "told", "quote-speaker-verb", "direct"),
    ('Ana Ortiz makes her case in a new advertisement: "The roads come first," the mayor tells viewers in the spot.',
     "The roads come first,", "the mayor", "tells", "quote-speaker-verb", "direct"),
    # not after a comma, where the cue before the quotation stays its own
    ('After Lee Chan accused her of lying, she warned, "Then the gloves come off," Ana Ortiz told a morning '
     'radio show when asked about him.', "Then the gloves come off,", "she", "warned", "speaker-verb-quote", "direct"),
    # a cue on both sides of a quotation that ends its sentence: the one after it
    ('She said, "Yes," he recalled.', "Yes,", "he", "recalled", "quote-speaker-verb", "direct"),
    # a pronoun opening what an earlier cue reports is not the speaker: the earlier subject is
    ('Ana Ortiz said she recalls the aide being "confused" at first.', "confused", "Ana Ortiz", "said",
     "speaker-verb-partial", "mixed"),
    # ... and so is a name or description opening it: the words are reported by the earlier subject
    ('Ana Ortiz said Lee Chan had called the plan "a slow-moving disaster."', "a slow-moving disaster.",
     "Ana Ortiz", "said", "speaker-verb-partial", "mixed"),
    ('Ana Ortiz said that the governor told donors the state was "in real trouble."', "in real trouble.",
     "Ana Ortiz", "said", "speaker-verb-partial", "mixed"),
    ('Ana Ortiz said she expected that voters will say "no" to the plan.', "no", "Ana Ortiz", "said",
     "speaker-verb-partial", "mixed"),
    ('Ana Ortiz said that in her view the governor told donors the state was "in real trouble."',
     "in real trouble.", "Ana Ortiz", "said", "speaker-verb-partial", "mixed"),
    # but not a subject the earlier cue does not report
    ('After Lee Chan argued that taxes must rise, Ana Ortiz said only that his "numbers do not add up."',
     "numbers do not add up.", "Ana Ortiz", "said", "speaker-verb-partial", "mixed"),
    ('Ana Ortiz noted that the deal had failed - Lee Chan called it "a slow-moving disaster."',
     "a slow-moving disaster.", "Lee Chan", "called", "speaker-verb-partial", "mixed"),
    ('The mayor said so, and Lee Chan called the plan "a slow-moving disaster."', "a slow-moving disaster.",
     "Lee Chan", "called", "speaker-verb-partial", "mixed"),
    # a sentence that introduces a quotation with a comma: its subject
    ('Earlier, Ana Ortiz shared her worry with an audience at a fundraiser, "I do not know what will happen."',
     "I do not know what will happen.", "Ana Ortiz", ",", "speaker-colon-subject", "direct"),
    # a passive cue: the agent after `by`
    ('Ortiz was asked by the host, Lee Chan, "Are you tired of it?"', "Are you tired of it?", "Lee Chan", "asked",
     "speaker-verb-quote", "direct"),
    ('The city prepares for what Ana Ortiz called "the loudest election in modern history."',
     "the loudest election in modern history.", "Ana Ortiz", "called", "speaker-verb-partial", "mixed"),
    ('Warnings come from "people aligned with the left," as the host Lee Chan said in April.',
     "people aligned with the left,", "the host Lee Chan", "said", "quote-speaker-verb", "mixed"),
    ('The vote signals "the beginning of the end" for the union, said Ana Ortiz, founder of the party.',
     "the beginning of the end", "Ana Ortiz", "said", "sentence-closing-cue", "mixed"),
    # an object relative clause has its own subject
    ('And the budget, which Ana Ortiz had called a "slow-moving disaster"?', "slow-moving disaster",
     "Ana Ortiz", "called", "speaker-verb-partial", "mixed"),
    ('Ortiz branded the plan "a slow-moving disaster."', "a slow-moving disaster.", "Ortiz", "branded",
     "speaker-verb-partial", "mixed"),
    ('Ortiz called the plan "a slow-moving disaster."', "a slow-moving disaster.", "Ortiz", "called",
     "speaker-verb-partial", "mixed"),
    ('According to Ortiz, "the talks have failed."', "the talks have failed.", "Ortiz", "According to",
     "according-to-quote", "direct"),
    ('According to Ana Ortiz, the mayor, "the talks have failed."', "the talks have failed.", "Ana Ortiz",
     "According to", "according-to-quote", "direct"),
    # a quoted phrase inside the clause `according to` attributes is mixed
    ('According to Ortiz, the state filed the reports "weeks ago" and is waiting.', "weeks ago", "Ortiz",
     "According to", "according-to-quote", "mixed"),
    ('Ortiz: "We will stay."', "We will stay.", "Ortiz", ":", "speaker-colon", "direct"),
    # what someone said, owned, before a colon past an adjunct, or set off before the quotation
    ('Ana Ortiz\'s reply on Twitter was short: "Never."', "Never.", "Ana Ortiz", ":", "speaker-colon-subject",
     "direct"),
    ('Ana Ortiz\'s tweet — "Nobody likes a sore loser" — drew fire.', "Nobody likes a sore loser", "Ana Ortiz",
     "tweet", "possessed-words", "direct"),
    ('Her reply, "Not a chance," was short.', "Not a chance,", "Her", "reply", "possessed-words", "direct"),
    # a cue form after an article is a noun (`on a call`)
    ('Rep. Ana Reyes told donors on a call that the party was "in real trouble."', "in real trouble.",
     "Rep. Ana Reyes", "told", "speaker-verb-partial", "mixed"),
    # ... and after a noun before it, `that` notwithstanding: `call` takes no clause
    ('Ana Reyes told reporters on a conference call that the party was "in real trouble."', "in real trouble.",
     "Ana Reyes", "told", "speaker-verb-partial", "mixed"),
    # but `call` before `that` and its object is the verb
    ('Ana Reyes calls that "a sham."', "a sham.", "Ana Reyes", "calls", "speaker-verb-partial", "mixed"),
    # a double hyphen signs a quotation as a dash does
    ('Kowalski spoke.\n\n"We stand with them." -- Rep. Dana Kowalski (@RepKowalski) April 2, 2016',
     "We stand with them.", "Rep. Dana Kowalski", "--", "quote-dash-speaker", "direct"),
    # a dateline is no part of the sentence the quotation stands in
    ('BERLIN (AP) — "We stand by our allies," Chancellor Ana Holt said.', "We stand by our allies,", "Chancellor Ana Holt",
     "said", "quote-speaker-verb", "direct"),
    # nor is the time stamp of an item on a live page
    ('9:47 p.m. — "We are watching the county," Sen. Ana Holt said.', "We are watching the county,", "Sen. Ana Holt",
     "said", "quote-speaker-verb", "direct"),
    # with its zone, or right before the quotation with no dash
    ('1140 GMT — "All roads are closed both ways," Trooper Lena Vasko said.', "All roads are closed both ways,",
     "Trooper Lena Vasko", "said", "quote-speaker-verb", "direct"),
    ('6:20 a.m. "All roads are closed both ways," Trooper Lena Vasko said.', "All roads are closed both ways,",
     "Trooper Lena Vasko", "said", "quote-speaker-verb", "direct"),
    ('Updated 2:05 p.m. "All roads are closed both ways," Trooper Lena Vasko said.', "All roads are closed both ways,",
     "Trooper Lena Vasko", "said", "quote-speaker-verb", "direct"),
    # but a number before a dash is no time stamp
    ('1140 cars — "All roads are closed both ways," Trooper Lena Vasko said.', "All roads are closed both ways,",
     "Trooper Lena Vasko", "said", "quote-speaker-verb", "mixed"),
    # a verb of beginning or going on before an `-ing` cue is no part of the subject
    ('The crowd at the fair began chanting "Send her home!"', "Send her home!", "The crowd at the fair",
     "chanting", "speaker-verb-quote", "direct"),
    ('Supporters kept shouting "Four more years!"', "Four more years!", "Supporters", "shouting",
     "speaker-verb-quote", "direct"),
    ('At the rally, Ortiz thanked the crowd, saying, "We will stay."', "We will stay.", "Ortiz", "saying",
     "speaker-verb-quote", "direct"),
    # what is chanted or shouted is an utterance, even in title case
    ('Protesters chanted "Dump Ortiz."', "Dump Ortiz.", "Protesters", "chanted", "speaker-verb-quote", "direct"),
    # a clause of time after a cue opening the next sentence reports nothing
    ('"We will win!" Ana Ortiz said as she launched the vote.', "We will win!", "Ana Ortiz", "said",
     "quote-speaker-verb", "direct"),
    ('"Why would we leave?" Ortiz asked while the crowd booed.', "Why would we leave?", "Ortiz", "asked",
     "quote-speaker-verb", "direct"),
    ('"Why would we leave?" Ortiz asked.', "Why would we leave?", "Ortiz", "asked", "quote-speaker-verb",
     "direct"),
    ('Lawyers for Ortiz opposed the effort, saying the account "has never been city property."',
     "has never been city property.", "Lawyers for Ortiz", "saying", "speaker-verb-partial", "mixed"),
    ('Her ire was aimed at Lee, who Ortiz on Wednesday called "a horrible human being."',
     "a horrible human being.", "Ortiz", "called", "speaker-verb-partial", "mixed"),
    ('The debate was so calm that Mr. Ortiz was prompted to say, "I cannot believe how civil it is."',
     "I cannot believe how civil it is.", "Mr. Ortiz", "say", "speaker-verb-quote", "direct"),
    ('"We will stay," Ortiz was quick to add.', "We will stay,", "Ortiz", "add", "quote-speaker-verb", "direct"),
    # the object of a verb of causing speaks in the infinitive after it; an urging is the urger's
    ('Ana Ruiz won in Ohio, a strong win that led her to declare that the nomination was "in sight."',
     "in sight.", "her", "declare", "speaker-verb-partial", "mixed"),
    ('The vote prompted Councillor Ana Ruiz to say, "The plan is dead."', "The plan is dead.",
     "Councillor Ana Ruiz", "say", "speaker-verb-quote", "direct"),
    ('Ortiz urged voters to say "no more delays" at the polls.', "no more delays", "Ortiz", "urged",
     "speaker-verb-partial", "mixed"),
    # what someone should or must say is not said yet: the cue before reports it; but a speech
    # previewed is one, and so is a duty to speak owned in the first person
    ('Critics say the mayor should condemn the gangs as "enemies of the city."', "enemies of the city.",
     "Critics", "say", "speaker-verb-partial", "mixed"),
    ('Officials say Mayor Ana Ruiz must describe the plan as "a failure."', "a failure.", "Officials", "say",
     "speaker-verb-partial", "mixed"),
    ('Ortiz will say "we are back" tonight.', "we are back", "Ortiz", "say", "speaker-verb-partial", "mixed"),
    ('I must say, "this is a fine day."', "this is a fine day.", "I", "say", "speaker-verb-quote", "direct"),
    # a pronoun opening what a relative clause's cue reports: the relative pronoun speaks
    ('Mark Ortiz rebuked critics who say he should condemn the gangs as "enemies of the city," calling it unhelpful.',
     "enemies of the city,", "who", "say", "speaker-verb-partial", "mixed"),
    # what someone claimed, by its owner; but a cue before the owner gives a verdict on the claim
    ("Ana Ortiz's claim that the plan was \"a sham\" drew fire.", "a sham", "Ana Ortiz", "claim",
     "possessive-claim", "mixed"),
    ("Lee Chan's insistence that only aides knew of what officials called \"fraud\" angered them.", "fraud",
     "Lee Chan", "insistence", "possessive-claim", "mixed"),
    ("Lee Chan called Ana Ortiz's claim that the plan failed \"a lie.\"", "a lie.", "Lee Chan", "called",
     "speaker-verb-partial", "mixed"),
    ("Asked about Ana Ortiz's claim that it failed, Lee Chan said: \"It did not.\"", "It did not.", "Lee Chan",
     "said", "speaker-verb-quote", "direct"),
    ("Contrary to her claim that voters would ''learn nothing,'' the files held much.", "learn nothing,",
     "her", "claim", "possessive-claim", "mixed"),
    ("Lee Chan stood by his comments about Ortiz and said the judge had \"a conflict of interest\" there.",
     "a conflict of interest", "Lee Chan", "said", "speaker-verb-partial", "mixed"),
    ("Critics seized on the plan, her remarks that it was \"a bargain\" aside.", "a bargain", "her", "remarks",
     "possessive-claim", "mixed"),
    # where or when the claim was made may come between it and its clause; a call for something is a claim too
    ("Mayor Lee Chan's remark at a rally that the plan was \"a sham\" drew fire.", "a sham", "Mayor Lee Chan",
     "remark", "possessive-claim", "mixed"),
    ("Her suggestion during the debate that voters were \"misled\" cost her.", "misled", "Her", "suggestion",
     "possessive-claim", "mixed"),
    ("Ortiz won the seat on the strength of her call for \"a clean sweep\" of the council.", "a clean sweep", "her",
     "call", "possessive-claim", "mixed"),
    ("Lee Chan rallied voters with his calls to end the \"rigged system\" for good.", "rigged system", "his", "calls",
     "possessive-claim", "mixed"),
    ("Lee Chan called Ana Ortiz's remark at the rally that it failed \"a lie.\"", "a lie.", "Lee Chan", "called",
     "speaker-verb-partial", "mixed"),
    ("Lee Chan mocked Ana Ortiz's call for \"a clean sweep\" of the council.", "a clean sweep", "Lee Chan", "mocked",
     "speaker-verb-partial", "mixed"),
    ("Her remark at the rally drew fire, and Lee Chan said the plan was \"a sham.\"", "a sham.", "Lee Chan", "said",
     "speaker-verb-partial", "mixed"),
    # the claim's agent may come after the noun, and the nearest owner of a claim is the one whose clause it is
    ("Ortiz stood out for the suggestion by a city official that the judge \"ought to resign\" soon.",
     "ought to resign", "a city official", "suggestion", "possessive-claim", "mixed"),
    ("His remarks buttress the contention of Mayor Ana Ortiz that the files were \"overclassified.\"",
     "overclassified.", "Mayor Ana Ortiz", "contention", "possessive-claim", "mixed"),
    ("The claim of a link between the men that officials called \"weak\" fell apart.", "weak", "officials", "called",
     "speaker-verb-partial", "mixed"),
    ("Lee Chan called the suggestion by Ana Ortiz that the plan failed \"a lie.\"", "a lie.", "Lee Chan", "called",
     "speaker-verb-partial", "mixed"),
    # a name in capitals after a cue is what the speaker called it, not a title
    ('Ana Ortiz called the deal a "Grand Bargain" for the city.', "Grand Bargain", "Ana Ortiz", "called",
     "speaker-verb-partial", "mixed"),
    ('Ana Ortiz proclaimed a goal of "Peace Through Strength" at the rally.', "Peace Through Strength", "Ana Ortiz",
     "proclaimed", "speaker-verb-partial", "mixed"),
    # a verb joined by `and` to an earlier verb with its object shares that verb's subject, unless another cue reports it
    ('There were jabs, as when Senator Ana Ortiz knocked Lee on trade and called him a "moderate," a dig.',
     "moderate,", "Senator Ana Ortiz", "called", "speaker-verb-partial", "mixed"),
    ('Senator Ana Ortiz said he welcomed the ruling and called it "a win for all."', "a win for all.",
     "Senator Ana Ortiz", "called", "speaker-verb-partial", "mixed"),
    # an infinitive's subject (the object of a verb of causing) for a cue joined to the infinitive by `and`
    ('The loss led Lee Chan to fire two aides and call the campaign "a failure."', "a failure.", "Lee Chan", "call",
     "continues-speaker", "mixed"),
    ('The loss forced the mayor to fire two aides and call it "a failure."', "a failure.", "the mayor", "call",
     "continues-speaker", "mixed"),
    # after an empty `there is` or `it was`, a participle's subject is the infinitive's own after `for`
    ('There is still time for Lee Chan to win them back, even after calling them "lazy" in May.', "lazy",
     "Lee Chan", "calling", "speaker-verb-partial", "mixed"),
    ('It was hard for the mayor to win them over, after calling them "lazy" in May.', "lazy",
     "the mayor", "calling", "speaker-verb-partial", "mixed"),
    # but not the object of a wish, who has said nothing
    ('The council wants Lee Chan to cut taxes and call the budget "final."', "final.", "The council", "call",
     "sentence-subject", "mixed"),
    # a participle of saying opening the sentence: its quoted words are the main clause subject's
    ('But while denouncing the "perversion" of the tax code, Mayor Ana Ortiz has taken money from banks.',
     "perversion", "Mayor Ana Ortiz", "denouncing", "sentence-subject", "mixed"),
    ('And in explaining why those "common-sense fixes" had stalled, Ana Ortiz described a broken council.',
     "common-sense fixes", "Ana Ortiz", "explaining", "sentence-subject", "mixed"),
    ('In declaring the plan "not serious," the mayor again showed her independence.', "not serious,",
     "the mayor", "showed", "quote-speaker-verb", "mixed"),
    # a person's naming verb right before a name in capitals: what the speaker called someone or something
    ('Within minutes, Ana Ortiz called Lee "Little Larry" twice.', "Little Larry", "Ana Ortiz", "called",
     "speaker-verb-quote", "direct"),
    ('Ana Ortiz films clips she calls "Consumer Corner TV" at home.', "Consumer Corner TV", "she", "calls",
     "speaker-verb-quote", "direct"),
    # `refer to` names no program: the `to` is the verb's own, and what is named may run on to `as`
    ('In the debate, the candidates referred to "Open Borders" 30 times.', "Open Borders", "the candidates",
     "referred", "sentence-subject", "mixed"),
    ('Lee Chan refers to the mayor, an old ally, as "Madam Mayor," in public.', "Madam Mayor,", "Lee Chan",
     "refers", "sentence-subject", "mixed"),
    # a maker of a work is no title's cue when the quotation is not in title case
    ('Ana Ortiz was the author of "a plan that cannot fail."', "a plan that cannot fail.",
     "Ana Ortiz", "was", "sentence-subject", "mixed"),
    # a cue after a semicolon belongs to a clause of its own; `calls` after a role noun is a verb
    ('The spokesman calls it her "responsibility gene"; rivals deride it as caution.', "responsibility gene",
     "The spokesman", "calls", "speaker-verb-partial", "mixed"),
    ("Polls show that ''the public is not comfortable with it,'' said Ana Ortiz, the editor.",
     "the public is not comfortable with it,", "Ana Ortiz", "said", "quote-verb-speaker", "mixed"),
    ('"Tritium would raise the yield" nuclear experts Ana Ortiz and Lee Chan said.',
     "Tritium would raise the yield", "Lee Chan", "said", "quote-speaker-verb", "direct"),
    ('"They know she is strong," a voice-over in the ad states.', "They know she is strong,",
     "a voice-over in the ad", "states", "quote-speaker-verb", "direct"),
    # a plural subject takes the bare `state`; a name before the noun `state` is no subject of it
    ('"We will not back down," the officials state in the report.', "We will not back down,",
     "the officials", "state", "quote-speaker-verb", "direct"),
    ('"We will not back down," the Danes state in their letter.', "We will not back down,",
     "the Danes", "state", "quote-speaker-verb", "direct"),
    ('"We will act," the Kansas state senator said.', "We will act,",
     "the Kansas state senator", "said", "quote-speaker-verb", "direct"),
    # a role with a lower-case modifier before a name, after an opening phrase
    ('Later in the video, the extremist cleric Omar Jalil, who died in 2011, is shown lecturing: "Listen to history."',
     "Listen to history.", "the extremist cleric Omar Jalil", ":", "speaker-colon-subject", "direct"),
    # a long description of a document after the cue: its head before the first preposition
    ("''Farms get paid for nothing,'' noted a study for the Tern Fund on Estland's farm policies by the group Agrilab.",
     "Farms get paid for nothing,", "a study", "noted", "quote-verb-speaker", "direct"),
    # a capitalised `State` opening a comma part names something, it reports nothing
    ('On May 3, 2019 — weeks before the vote — Hugo Lind, State Department envoy, met the aides, saying "We will call."',
     "We will call.", "State Department envoy", "saying", "speaker-verb-quote", "direct"),
    # a cue that shares its subject with a verb before it
    ('Ana Ortiz attacked the council and blamed the deficit on "reckless spending."', "reckless spending.",
     "Ana Ortiz", "blamed", "speaker-verb-partial", "mixed"),
    ("And he’s predicting that Ana Ortiz “has no chance” of winning.", "has no chance", "he", "predicting",
     "speaker-verb-partial", "mixed"),
    ("Ana Ortiz mocked the plan and pointedly said the city was not ''safe'' under it.", "safe", "Ana Ortiz", "said",
     "speaker-verb-partial", "mixed"),
    ('"Would the price be negotiable?" Lee pressed.', "Would the price be negotiable?", "Lee", "pressed",
     "quote-speaker-verb", "direct"),
    ('Ana Ortiz resigned, citing "a lack of trust."', "a lack of trust.", "Ana Ortiz", "citing", "speaker-verb-partial",
     "mixed"),
    ('"Why would we leave?" Ortiz asked reporters.', "Why would we leave?", "Ortiz", "asked",
     "quote-speaker-verb", "direct"),
    ('"Why would we leave?" Ortiz told a television station on Monday.', "Why would we leave?", "Ortiz", "told",
     "quote-speaker-verb", "direct"),
    ('"Why would we leave?" Ortiz asked them rhetorically.', "Why would we leave?", "Ortiz", "asked",
     "quote-speaker-verb", "direct"),
    ('It was so odd that a spokesman could only quip: "The hall was booked."', "The hall was booked.",
     "a spokesman", "quip", "speaker-verb-quote", "direct"),
    ('"We will stay," an angry Ortiz retorted.', "We will stay,", "an angry Ortiz", "retorted",
     "quote-speaker-verb", "direct"),
    ('"We will stay," an angry Ortiz retaliated.', "We will stay,", "an angry Ortiz", "retaliated",
     "quote-speaker-other-verb", "direct"),
    # `that` right before the cue is a relative pronoun after a noun that shows or says words
    ('Ana Ortiz posted it under a headline that said, "We Will Win."', "We Will Win.", "that", "said",
     "speaker-verb-quote", "direct"),
    ('The listing, which got many views, showed a message that said, "Sorry, the item is gone."',
     "Sorry, the item is gone.", "that", "said", "speaker-verb-quote", "direct"),
    # a relative's antecedent is the name or role before a short adjunct, not the adjunct's noun
    ('Lee Chan spoke to Ana Ortiz on camera, who responded: "Okay!"', "Okay!", "who", "responded",
     "speaker-verb-quote", "direct"),
    # a participle after a cue set off by commas goes on with that cue's speaker, not the sentence's subject
    ('Lee Chan spoke. Lee Chan and Ana Ruiz will meet next week, Ana Ortiz said, adding, "They need to talk."',
     "They need to talk.", "Ana Ortiz", "adding", "speaker-verb-quote", "direct"),
    ('Ana Ortiz, who has represented the city for years, rallied voters with talk of the "rigged economy."',
     "rigged economy.", "Ana Ortiz", "rallied", "sentence-subject", "mixed"),
    # a cue opening the next sentence, after `So`
    ('Lee Chan sat alone. "I miss the dogs." So says Ada Finch, 91.', "I miss the dogs.", "Ada Finch", "says",
     "quote-then-cue", "direct"),
    # a cue opening the next sentence, with how the words were said after it
    ('"How are you today?" Eva Ruiz, a retired nurse, said pleasantly into the phone.', "How are you today?",
     "Eva Ruiz", "said", "quote-speaker-verb", "direct"),
    # … or a day, or a phrase for how or where they were said that closes the sentence
    ('"Who pays for the bridge?" Nadia Kolb said Thursday.', "Who pays for the bridge?", "Nadia Kolb", "said",
     "quote-speaker-verb", "direct"),
    ('"Who pays for the bridge?" Nadia Kolb said Thursday night.', "Who pays for the bridge?", "Nadia Kolb",
     "said", "quote-speaker-verb", "direct"),
    ('"Who pays for the bridge?" Nadia Kolb asked again.', "Who pays for the bridge?", "Nadia Kolb", "asked",
     "quote-speaker-verb", "direct"),
    ('"Is that all?" Piet Oyelowo wondered aloud.', "Is that all?", "Piet Oyelowo", "wondered",
     "quote-speaker-verb", "direct"),
    ('"Is that all?" Piet Oyelowo asked her supporters.', "Is that all?", "Piet Oyelowo", "asked",
     "quote-speaker-verb", "direct"),
    ('"Is that all?" Piet Oyelowo said with a grin.', "Is that all?", "Piet Oyelowo", "said", "quote-speaker-verb",
     "direct"),
    ('"Is that all?" Piet Oyelowo asked from the back of the hall, to laughter.', "Is that all?", "Piet Oyelowo",
     "asked", "quote-speaker-verb", "direct"),
    ('"Is that all?" Piet Oyelowo said outside the courthouse.', "Is that all?", "Piet Oyelowo", "said",
     "quote-speaker-verb", "direct"),
    # in the present tense of a feature, a verb of manner after the speaker: not the subject before
    ('Tom Vance cooks. "He burns the rice," Rosa Vance laughs.', "He burns the rice,", "Rosa Vance", "laughs",
     "quote-speaker-other-verb", "direct"),
    ('Tom Vance cooks. "He burns the rice," Rosa Vance shrugs as she stirs.', "He burns the rice,", "Rosa Vance",
     "shrugs", "quote-speaker-other-verb", "direct"),
    ('"We will stay and fight." ― Ana Ortiz', "We will stay and fight.", "Ana Ortiz", "―",
     "quote-dash-speaker", "direct"),
    ('"ORTIZ: We will stay."', "ORTIZ: We will stay.", "ORTIZ", ":", "transcript-label", "direct"),
    # a name in apposition after an inverted description wins
    ('"We will appeal," said a lawyer for the family, Lee Chan.', "We will appeal,", "Lee Chan", "said",
     "quote-verb-speaker", "direct"),
    # a cue form before a title is a noun (`press secretary`)
    ('"It is false," White House press secretary Ana Ortiz told reporters.', "It is false,",
     "White House press secretary Ana Ortiz", "told", "quote-speaker-verb", "direct"),
    # but not before a capitalised word
    ("The campaign contrasts her plan with what they call Republican Lee Chan's “selfish message.”",
     "selfish message.", "they", "call", "speaker-verb-partial", "mixed"),
    # an office speaks for its holder, and a statement it released introduces what it says
    ('Her office later released a statement: "The mayor stands by her remarks."',
     "The mayor stands by her remarks.", "Her office", ":", "speaker-colon-subject", "direct"),
    ('"We stand by it," the governor’s office said.', "We stand by it,", "the governor’s office", "said",
     "quote-speaker-verb", "direct"),
    # a share of those polled speaks through the poll its sentence names
    ('In a Daily Herald poll released Sunday, 75 percent of voters said "most people in politics" lie.',
     "most people in politics", "a Daily Herald poll", "said", "speaker-verb-partial", "mixed"),
    ("In the latest survey, six in 10 voters said they want “a fresh start.”", "a fresh start.",
     "the latest survey", "said", "speaker-verb-partial", "mixed"),
    # with no poll in its sentence the share itself speaks
    ('Only 52 percent of voters agreed that she is in "good enough health."', "good enough health.",
     "52 percent of voters", "agreed", "speaker-verb-partial", "mixed"),
    # a quotation told of in someone's account comes from that account, as news attribution counts sources
    ('"We will stay," Ana Ortiz said, according to a Daily Herald account.', "We will stay,",
     "a Daily Herald account", "said", "according-to-account", "direct"),
    ('"No," Ana Ortiz said, according to a Daily Herald account.', "No,",  # however short
     "a Daily Herald account", "said", "according-to-account", "direct"),
    ("According to the Daily Herald, Ortiz called the plan “a bridge to nowhere” on Monday.",
     "a bridge to nowhere", "the Daily Herald", "called", "according-to-account", "mixed"),
    ("Students held up her photo. Fans also chanted, “Build a wall,” referring to the candidate’s vow to construct a"
     " wall along the border, the Daily Herald reported.", "Build a wall,", "the Daily Herald", "chanted",
     "according-to-account", "direct"),
    # a transcript is an account too; a translation renders the speaker's own words
    ('"We will stay," Ana Ortiz said, according to a transcript of the show.', "We will stay,",
     "a transcript of the show", "said", "according-to-account", "direct"),
    ('"We will stay," Ana Ortiz said, according to a translation.', "We will stay,", "Ana Ortiz", "said",
     "quote-speaker-verb", "direct"),
    # an outlet whose name ends in a word that is a function word in lower case (`Today`)
    ('"We will stay," said Ana Ortiz, a local organizer, reports Harbor Today.', "We will stay,", "Harbor Today",
     "said", "according-to-account", "direct"),
    ('"We will stay," Ana Ortiz said Today.', "We will stay,", "Ana Ortiz", "said", "quote-speaker-verb", "direct"),
    # a question closes its sentence, and its cue's sentence carries the account
    ('"Will you stay?" Ana Ortiz said at a news conference, according to the Daily Herald.', "Will you stay?",
     "the Daily Herald", "said", "according-to-account", "direct"),
    ('"Will you stay?" Ana Ortiz said, according to a translation.', "Will you stay?", "Ana Ortiz", "said",
     "quote-speaker-verb", "direct"),
    ('"Will you stay?" Ana Ortiz asked. The vote, according to the Herald, was close.', "Will you stay?",
     "Ana Ortiz", "asked", "quote-speaker-verb", "direct"),
    # ... but not an account inside the quotation, or in a sentence of its own
    ('Ortiz told the crowd: "The driver fired, according to the police."', "The driver fired, according to the police.",
     "Ortiz", "told", "speaker-verb-quote", "direct"),
    ('"We will stay," Ortiz said. The vote, according to the Herald, was close.', "We will stay,",
     "Ortiz", "said", "quote-speaker-verb", "direct"),
    # a cue phrase ending in `-ing` after a quotation is a cue (`is quoted as saying`)
    ('"Our method works where others fail," Lee Chan is quoted as saying.', "Our method works where others fail,",
     "Lee Chan", "is quoted as saying", "quote-speaker-verb", "direct"),
    # the subject of `quoted … as saying` reports the words; the one quoted speaks when it is passive
    ('The fire spread overnight. Local media quoted Ana Ortiz as saying "We will rebuild."', "We will rebuild.",
     "Local media", "saying", "speaker-verb-quote", "direct"),
    ('The fire spread overnight. Ana Ortiz was quoted as saying, "We will rebuild."', "We will rebuild.",
     "Ana Ortiz", "was quoted as saying", "speaker-verb-quote", "direct"),
    # a cue set off by commas inside a clause reports the clause, so its subject speaks
    ("The paper, Ana Ortiz said, called the plan “highly significant.”", "highly significant.", "Ana Ortiz", "called",
     "speaker-verb-partial", "mixed"),
    # but not one inside a relative clause on the subject
    ("The paper, which Ana Ortiz said was late, called the plan “highly significant.”", "highly significant.",
     "The paper", "called", "speaker-verb-partial", "mixed"),
    # a reduced clause (`when asked`) after an earlier cue does not introduce the quotation
    ('The case went to Ana Ortiz, who told the council when asked in May: "That matter is in hand."',
     "That matter is in hand.", "who", "told", "speaker-verb-quote", "direct"),
    ('Ana Ortiz, when asked about the vote, said: "We will win."', "We will win.", "Ana Ortiz", "said",
     "speaker-verb-quote", "direct"),
    # `who` with an adverbial before its verb still stands for the name before it
    ('Lee Chan, who has in the past described the plan as “a bridge to nowhere,” voted for it.',
     "a bridge to nowhere,", "who", "described", "speaker-verb-partial", "mixed"),
    # a dated dateline names no one
    ("WASHINGTON, Dec. 8 (UPI) — Her top aide rallied supporters, saying: “We have to be ready.”",
     "We have to be ready.", "Her top aide", "saying", "speaker-verb-quote", "direct"),
    # the subject right before the first of two verbs joined by `and`
    ("When Lee Chan, her manager, was asked if she would speak, he laughed and said, “We’ll see.”", "We’ll see.",
     "he", "said", "speaker-verb-quote", "direct"),
    # a quotation opening a sentence after a comma, an editor's bracket first
    ("Ana Ortiz, the city's envoy, reacted coolly to the deal, “[I am] concerned about any such agreement.”",
     "[I am] concerned about any such agreement.", "Ana Ortiz", ",", "speaker-colon-subject", "direct"),
    # a noun-like cue form after a relative pronoun is a verb
    ('The release linked to the Daily Herald report, which notes, “More than half of them gave money.”',
     "More than half of them gave money.", "which", "notes", "speaker-verb-quote", "direct"),
    # a noun after a possessive is a noun before `that` too, and a noun before it is no cue
    ('The comments came in answer to a question about her claim that she "never sent classified information."',
     "never sent classified information.", "her", "claim", "possessive-claim", "mixed"),
    # a cue set off by commas inside the sentence, its speaker after it
    ('The trouble, says Ana Ortiz, a historian, is that the plan was "never going to work."',
     "never going to work.", "Ana Ortiz", "says", "speaker-verb-partial", "mixed"),
    ('The trouble, said a senior official at the agency, is that it was "dead on arrival."',
     "dead on arrival.", "a senior official at the agency", "said", "speaker-verb-partial", "mixed"),
    # ... but not a clause reported after the comma, nor an object
    ('Lee Chan, an aide, said that the unions "have too often been silent."', "have too often been silent.",
     "Lee Chan", "said", "speaker-verb-partial", "mixed"),
    ('Lee Chan, an aide, said he expects Ortiz, the mayor, to "stand firm."', "stand firm.",
     "Lee Chan", "said", "speaker-verb-partial", "mixed"),
    ('The mayor, visibly angry, told reporters, who had waited, it was "a disgrace."', "a disgrace.",
     "The mayor", "told", "speaker-verb-partial", "mixed"),
    # a cue closing its clause after a quoted phrase, before a dash, an `it` or `them`
    ("Ortiz conceded the plan's weak points - its ''costs,'' she called them - but defended it.", "costs,",
     "she", "called", "quote-speaker-verb", "mixed"),
    ("Her allies are hitting back - ''If he wins, we lose,'' one ad declared - and raising money.",
     "If he wins, we lose,", "one ad", "declared", "quote-speaker-verb", "mixed"),
    # a time before the verb is no part of the subject
    ('The State Department less than two weeks ago said the cable was "top secret."', "top secret.",
     "The State Department", "said", "speaker-verb-partial", "mixed"),
    ('Ortiz three years ago called the plan "a bridge to nowhere."', "a bridge to nowhere.",
     "Ortiz", "called", "speaker-verb-partial", "mixed"),
    # an object relative clause's own subject says it, a person or not
    ('The mayor criticized the budget, which an audit said was "riddled with errors."', "riddled with errors.",
     "an audit", "said", "speaker-verb-partial", "mixed"),
    ('Ortiz defended the deal, which Lee had called "a giveaway."', "a giveaway.",
     "Lee", "called", "speaker-verb-partial", "mixed"),
    # a one-sentence lead in the past tense is the story's first paragraph, no headline
    ('Opposition leader Hanna Stroud called the plan "reckless" on Monday.\n\nThe vote is due next week.', "reckless",
     "Opposition leader Hanna Stroud", "called", "speaker-verb-partial", "mixed"),
    ('Tom Ellery said: "We will fight on."\n\nHe spoke in Leeds.', "We will fight on.", "Tom Ellery", "said",
     "speaker-verb-quote", "direct"),
    # a role noun ending in -ly is no adverb; an adjective that can follow a noun may precede one
    ('"She will not blink," one ally said.', "She will not blink,", "one ally", "said", "quote-speaker-verb", "direct"),
    ('"She will not blink," a close aide said.', "She will not blink,", "a close aide", "said", "quote-speaker-verb",
     "direct"),
    # what someone said, owned, before a colon: the owner speaks
    ('Ana Ruiz toured the city. Her message was simple: "Give me four years."', "Give me four years.", "Her", ":",
     "speaker-colon-subject", "direct"),
    ("Ana Ruiz's verdict was blunt: \"No deal.\"", "No deal.", "Ana Ruiz", ":", "speaker-colon-subject", "direct"),
    # ... a description owning them too, shown without its `'s`; `words` are what someone said
    ("The mayor's answer was simple: 'We will rebuild.'", "We will rebuild.", "The mayor", ":",
     "speaker-colon-subject", "direct"),
    ('The mayor\'s response was swift: "We will rebuild."', "We will rebuild.", "The mayor", ":",
     "speaker-colon-subject", "direct"),
    ('The city manager\'s words were clear: "We will rebuild."', "We will rebuild.", "The city manager", ":",
     "speaker-colon-subject", "direct"),
    ('Ana Ruiz\'s words were clear: "We will rebuild."', "We will rebuild.", "Ana Ruiz", ":",
     "speaker-colon-subject", "direct"),
    # a passive cue of speech or writing: the agent after `by` spoke
    ('"You are fired," Keller was told by Ana Ruiz.', "You are fired,", "Ana Ruiz", "told", "quote-speaker-verb",
     "direct"),
    ('"Why now?" the mayor was asked by a reporter.', "Why now?", "a reporter", "asked", "quote-speaker-verb",
     "direct"),
    # a nickname of words inside a name
    ('Bobby "The Bulldozer" Keane said: "I never lost."', "I never lost.", 'Bobby "The Bulldozer" Keane', "said",
     "speaker-verb-quote", "direct"),
    # a given name alone in apposition to an inverted cue's description
    ('"He was my rock," said his widow, Margaret.', "He was my rock,", "Margaret", "said", "quote-verb-speaker",
     "direct"),
    # an acronym in capitals before a speaker is no relative pronoun
    ('"We are seeing transmission," WHO spokesperson Anneliese Krug said.', "We are seeing transmission,",
     "spokesperson Anneliese Krug", "said", "quote-speaker-verb", "direct"),
    # a name in apposition to an inverted cue's description, with its institution after it
    ('"The effect was consistent," said the lead author, Fiona Haldane of Strathmore University.',
     "The effect was consistent,", "Fiona Haldane", "said", "quote-verb-speaker", "direct"),
    ('"The effect was consistent," said the lead author, Fiona Haldane of the Bank of Ostland.',
     "The effect was consistent,", "Fiona Haldane", "said", "quote-verb-speaker", "direct"),
    ('"The effect was consistent," said the lead author, Fiona Haldane of the bank.',
     "The effect was consistent,", "Fiona Haldane", "said", "quote-verb-speaker", "direct"),
    # a signature after a spaced hyphen at the end of its line
    ('The firm cut jobs.\n\n"The market has turned against us" - Raj Mehta.', "The market has turned against us",
     "Raj Mehta", "-", "quote-dash-speaker", "direct"),
    # ... with a role in lower case before the name, as in a live blog's key quote
    ('Key quote: "We are evacuating the building" — fire chief Dan Okoro', "We are evacuating the building",
     "fire chief Dan Okoro", "—", "quote-dash-speaker", "direct"),
    # ... but not a quotation set off by hyphens inside a sentence
    ('Ortiz lamented her gaffes - "does she have to keep doing it?" - Democrats in Iowa were unfazed.',
     "does she have to keep doing it?", "Ortiz", "lamented", "speaker-verb-partial", "mixed"),
    # the subject of a participle after `with`, an adverb between them
    ('Supporters punched a protester, with Ana Ortiz reportedly yelling: "Get him out of here!"',
     "Get him out of here!", "Ana Ortiz", "yelling", "speaker-verb-quote", "direct"),
    # ... but not a noun the participle does not follow
    ('He struggles with a basic task - bragging - conceding that he feels "the looming presence" of his mother.',
     "the looming presence", "He", "conceding", "speaker-verb-partial", "mixed"),
    # a name in apposition before a participle cue, after a quoted title: the clause's subject speaks
    ('Sen. Dan Ortiz visited the "Today" show to discuss his rival, Ana Lee, saying "on her worst day" she wins.',
     "on her worst day", "Sen. Dan Ortiz", "saying", "speaker-verb-partial", "mixed"),
    # the next sentence names where a quotation came from
    ('"Better late than never." That quote from Deputy Mayor Lee Chan was on every front page.',
     "Better late than never.", "Deputy Mayor Lee Chan", "quote", "quote-then-source", "direct"),
    # a bare cue form after a plural role noun is a verb
    ('Legal observers note the plan would not truly "close" the prison.', "close",
     "Legal observers", "note", "speaker-verb-partial", "mixed"),
    # an `-ing` form after a determiner is a noun, no cue (`funded the reporting`)
    ('Ortiz said the groups that funded the reporting had "a stated bias."', "a stated bias.",
     "Ortiz", "said", "speaker-verb-partial", "mixed"),
    # a cue before the quotation beats a cue opening the next sentence
    ("The mayor called the fee “a tax on visitors.” The port authority said repairs would cost more.",
     "a tax on visitors.", "The mayor", "called", "speaker-verb-partial", "mixed"),
    # a document named alone before a colon is the source of what follows
    ('Panels differ. From the report: "Samples with more weighting do better."', "Samples with more weighting do better.",
     "the report", ":", "speaker-colon-subject", "direct"),
    ('Panels differ. Transcript as follows: "We arrived in Cleveland tonight."', "We arrived in Cleveland tonight.",
     "Transcript", ":", "speaker-colon-subject", "direct"),
    # a given name that is a modal too opens the trailing speaker's name
    ('"They care about two things," Will Chan, the chairman for the county, said of the meeting.',
     "They care about two things,", "Will Chan", "said", "quote-speaker-verb", "direct"),
    # a description before a colon that makes a point or carries a message, though no person
    ('Rates fell. A footnote in the audit makes that clear: "Fees rose twice."', "Fees rose twice.",
     "A footnote in the audit", ":", "speaker-colon-subject", "direct"),
    ('Traffic stopped. The march had one message for the mayor: "Open the park."', "Open the park.",
     "The march", ":", "speaker-colon-subject", "direct"),
    # ... with a longer phrase after its noun, and the day it spoke
    ('Traffic stopped. A march by the town’s civic and church leaders on Monday had one message: "Open the park."',
     "Open the park.", "A march by the town’s civic and church leaders on Monday", ":", "speaker-colon-subject", "direct"),
    ('Traffic stopped. A march by local leaders sent a message: "Open the park."', "Open the park.",
     "A march by local leaders", ":", "speaker-colon-subject", "direct"),
    # a second cue joined to the first takes the quotation, with the first cue's subject
    ("Ortiz said the plan would fail and warned, “We will all pay for it.”", "We will all pay for it.",
     "Ortiz", "warned", "speaker-verb-quote", "direct"),
    ("Lee told reporters the vote was delayed, and said, “We need more time.”", "We need more time.",
     "Lee", "said", "speaker-verb-quote", "direct"),
    ("Ortiz smiled and said, “Not today.”", "Not today.", "Ortiz", "said", "speaker-verb-quote", "direct"),
    # the owner of the words, the reply or the post before the quotation is its speaker
    ("The firm moved to Austin because, in Lee Chan’s words, “the talent is there.”", "the talent is there.",
     "Lee Chan", "words", "possessed-words", "direct"),
    ("The firm moved because, in Ames’ words, “the talent is there.”", "the talent is there.",
     "Ames", "words", "possessed-words", "direct"),
    ("Those were, in his own words, “the best years of my life.”", "the best years of my life.",
     "his", "words", "possessed-words", "direct"),
    ("The plan, in the words of one senior aide, “will not survive the winter.”", "will not survive the winter.",
     "one senior aide", "words", "possessed-words", "direct"),
    ("Lee Chan asked for a date. Ana Ruiz’s response was: “Not this year.”", "Not this year.",
     "Ana Ruiz", ":", "speaker-colon-subject", "direct"),
    ("Aides say she will run. From Ana Ruiz’s Facebook post: “I am in.”", "I am in.",
     "Ana Ruiz", ":", "speaker-colon-subject", "direct"),
    # a name and a colon after a dash closing a headline-like lead, right before the quotation
    ('Pollsters agree - Ana Ortiz: “The lesson was a simple one.” [Link.]', "The lesson was a simple one.",
     "Ana Ortiz", ":", "speaker-colon", "direct"),
    # what a recording lets one hear someone ask
    ('NBC has the tape:\n\n“Should there be a database?” a reporter can be heard asking Ana Ortiz.',
     "Should there be a database?", "a reporter", "can be heard asking", "quote-speaker-verb", "direct"),
    # a publishing verb after a subject set off by a relative clause: the subject before the commas
    ('Ana Ortiz, who spoke last week, issued a statement Tuesday saying, "We are ready."', "We are ready.",
     "Ana Ortiz", "saying", "speaker-verb-quote", "direct"),
    # `goes on` speaks only when the words or `to say`, `about` follow
    ('Ana Ortiz said that once the Senate goes on recess, “I intend to help.”', "I intend to help.",
     "Ana Ortiz", "said", "speaker-verb-quote", "direct"),
    ('Ana Ortiz went on: “We will win.”', "We will win.", "Ana Ortiz", "went on", "speaker-verb-quote", "direct"),
    # a noun in -ly after a possessive name is no adverb: the family speaks, not its name
    ("Chan's family has called on police to act \"as a matter of good faith\" and asked for calm.",
     "as a matter of good faith", "Chan's family", "called", "speaker-verb-partial", "mixed"),
    # a description after the cue ends before an adjunct of medium or time
    ('"We will rebuild," said the ministry in a statement on Tuesday.', "We will rebuild,", "the ministry", "said",
     "quote-verb-speaker", "direct"),
    ('"We will rebuild," said a source in the ministry.', "We will rebuild,", "a source in the ministry", "said",
     "quote-verb-speaker", "direct"),
    # a sentence adverb may end a name as a surname
    ('"It was a lie," Dan Rather said.', "It was a lie,", "Dan Rather", "said", "quote-speaker-verb", "direct"),
    # other words are nobody's
    ("The plan, in other words, “will not survive the winter,” Lee Chan said.", "will not survive the winter,",
     "Lee Chan", "said", "quote-speaker-verb", "direct"),
    # the word right after `said` is what was said, however title-like it reads
    ('In a two-minute answer, Ortiz said "Paris" five times.', "Paris", "Ortiz", "said", "speaker-verb-quote",
     "direct"),
    # an approximate number opening the clause a participle hangs on is its subject's, no introduction
    ('About 200 protesters gathered outside, chanting "Dump Ortiz."', "Dump Ortiz.", "200 protesters", "chanting",
     "speaker-verb-quote", "direct"),
    ('About the plan, Ortiz spoke at length, saying "it will fail."', "it will fail.", "Ortiz", "saying",
     "speaker-verb-partial", "mixed"),
    # a cue after a quoted phrase among the words that describe the speaker
    ('"We have had better years," delegate Tom Vance, wearing a "Vance for Mayor" button, said quietly.',
     "We have had better years,", "delegate Tom Vance", "said", "quote-speaker-verb", "direct"),
    # a main clause after an opening subordinate clause has its own subject, a pronoun too
    ('Last week, when the mayor asked Tom Varley about the race, he looked up, smiled and said, "I will win it."',
     "I will win it.", "he", "said", "speaker-verb-quote", "direct"),
    ('On Monday, when the mayor asked Tom Varley about the race, he shrugged, saying "I will win it."',
     "I will win it.", "he", "saying", "speaker-verb-quote", "direct"),
    ('On Monday, while the mayor was away, Tom Varley shrugged, saying "I will win it."',
     "I will win it.", "Tom Varley", "saying", "speaker-verb-quote", "direct"),
    ('While Lena Dorsey, smiling at the crowd, laid out the plan, saying "we will win."',
     "we will win.", "Lena Dorsey", "saying", "speaker-verb-partial", "mixed"),
    # a pronoun opening a subordinate clause right before a participle or a joined cue is the nearer mention
    ('Governor Alan Pettit defended the plan even as he criticised the council, saying, "Most of it is new."',
     "Most of it is new.", "he", "saying", "speaker-verb-quote", "direct"),
    ('Colonel Dana Mirek began the row when he brought up the budget and later said, "It is not just the navy."',
     "It is not just the navy.", "he", "said", "speaker-verb-quote", "direct"),
    # ... not `they`, often things, nor a clause that ended before the cue, nor one inside a relative clause
    ('Rita Osei defended the plan after they voted it down, saying "It will come back."',
     "It will come back.", "Rita Osei", "saying", "speaker-verb-quote", "direct"),
    ('Rita Osei, who wept when she lost, thanked her staff, saying "We will be back."',
     "We will be back.", "Rita Osei", "saying", "speaker-verb-quote", "direct"),
    ('Rita Osei thanked an aide who quit after he lost the vote, saying "We will be back."',
     "We will be back.", "Rita Osei", "saying", "speaker-verb-quote", "direct"),
    # wire copy: an organisation's name with `of` in it, then a title and the name, before or after the cue
    ('LONDON (Reuters) - "Rates will stay high," Bank of Estland Governor Ana Ruiz said in a speech in Leeds.',
     "Rates will stay high,", "Bank of Estland Governor Ana Ruiz", "said", "quote-speaker-verb", "direct"),
    ('"Rates will stay high," said Bank of Estland Governor Ana Ruiz.',
     "Rates will stay high,", "Bank of Estland Governor Ana Ruiz", "said", "quote-verb-speaker", "direct"),
    # a name someone gives after a naming phrase is theirs, however title-like
    ('Ana Ortiz identified her rival as "Little Larry" that night.',
     "Little Larry", "Ana Ortiz", "identified", "sentence-subject", "mixed"),
    ('Lee Chan, who goes by "Vito," joined the staff in May.', "Vito,", "who", "goes", "sentence-subject", "mixed"),
    # a passive's agent named the quoted words, before them or after them
    ('The ballot plan, an option seen by organizers as a "lifeboat" for the party, drew a crowd.',
     "lifeboat", "organizers", "seen", "speaker-verb-partial", "mixed"),
    ('Lee Chan was accused of "lying to voters" by his rival, Ana Ortiz.',
     "lying to voters", "Ana Ortiz", "accused", "speaker-verb-partial", "mixed"),
    ('The levy was called "The Parks Tax" by critics.', "The Parks Tax", "critics", "called", "speaker-verb-quote",
     "direct"),
]


@pytest.mark.parametrize("text, quotation, mention, cue, rule, kind", CASES, ids=[c[0][:40] for c in CASES])
def test_attribution(text, quotation, mention, cue, rule, kind):
    records = [q for q in quotex.extract(text) if q.kind != "indirect"]
    assert [q.text for q in records] == [quotation]
    q = records[0]
    assert (q.speaker_mention, q.cue, q.rule, q.kind) == (mention, cue, rule, kind)
    assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    assert text[q.cue_start : q.cue_end] == q.cue


@pytest.mark.parametrize("text, speaker_start", [
    # the subordinate clause's pronoun said again, with no comma, is the main clause's subject
    ('When she returned she began by saying, "It is not needed."', 18),
    ('When she returned, she began by saying, "It is not needed."', 19),
    # but not another pronoun, which may be someone else
    ('When she met him he began by saying, "It is not needed."', 5),
])
def test_a_participle_s_speaker_is_the_main_clause_subject_after_an_opening_clause(text, speaker_start):
    [quote] = quotex.extract(text)
    assert (quote.speaker_start, quote.speaker_mention) == (speaker_start, text[speaker_start : quote.speaker_end])


def test_a_participle_after_a_cue_keeps_that_cue_s_speaker_after_a_quoted_word():
    text = 'The mayor\'s "excesses" are sickening, Lee Chan said, noting the mayor "makes you want to retch."'
    assert quotex.extract(text, kinds=["mixed"])[-1].speaker_mention == "Lee Chan"


@pytest.mark.parametrize("so_called", ["so-called", "so- called"])  # a space after the hyphen too
def test_a_so_called_term_is_no_quotation_whatever_cue_its_sentence_has(so_called):
    records = quotex.extract(f'The {so_called} "experts" were wrong, officials said.')
    assert "experts" not in [q.text for q in records]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a question put to someone by an asker left unnamed has no speaker, and takes none from
        # the answer after it
        ('Ortiz was asked, "Would you have told her?" She answered, "I have no idea."',
         [(None, "question-put"), ("She", "speaker-verb-quote")]),
        ('Mark Ortiz spoke first. He was asked, "Would you run again?" "Never," he said.',
         [(None, "question-put"), ("he", "quote-speaker-verb")]),
        ('When asked: "Would you have told her?" Ortiz shook his head.', [(None, "question-put")]),
        # a named asker speaks
        ('Ortiz was asked by a reporter, "Would you have told her?"', [("a reporter", "speaker-verb-quote")]),
        ('When asked by reporters, "Would you have told her?" Ortiz said no.', [("reporters", "speaker-verb-quote")]),
        # the answer is the one asked's, and an asker before or after the question asks it
        ('When asked, "We have no comment," the spokesman said.', [("the spokesman", "quote-speaker-verb")]),
        ('Asked whether he would run, Ortiz said, "No."', [("Ortiz", "speaker-verb-quote")]),
        # words quoted inside the question a sentence opens on are the asker's, not the answer's
        ('Asked whether Varley is "fit to serve," 61 percent of voters said yes.', [(None, "question-put")]),
        ('When asked if the mayor was "doing a good job," most residents said no.', [(None, "question-put")]),
        # ... not once a comma has closed the question, nor a question the sentence's subject asks
        ('Asked about the "witch hunt," Ortiz said it was over.', [("Ortiz", "quote-speaker-verb")]),
        ('He also asked if voters would back a man whose words "no child should hear."',
         [("He", "speaker-verb-partial")]),
        ('"Why?" Ortiz asked.', [("Ortiz", "quote-speaker-verb")]),
        ('Ortiz asked, "Why?"', [("Ortiz", "speaker-verb-quote")]),
    ],
)
def test_a_question_put_is_the_asker_s(text, expected):
    records = [q for q in quotex.extract(text) if q.kind != "indirect"]
    assert [(q.speaker_mention, q.rule) for q in records] == expected


@pytest.mark.parametrize("text", [
    'The plan\'s summary was short: "We will rebuild."',  # an owner that cannot speak
    'The mayor\'s aide was blunt: "We will rebuild."',  # a person owned, no words
])
def test_an_owner_of_no_words_is_no_speaker_before_a_colon(text):
    assert [q.speaker_mention for q in quotex.extract(text) if q.kind == "direct"] == [None]


def test_an_infinitive_subject_that_cannot_speak_is_no_speaker_after_an_empty_there():
    records = quotex.extract('There is still time for the bill to pass, even after calling it "dead" in May.')
    assert [(q.speaker, q.rule) for q in records] == [(None, "no-speaker")]


def test_a_source_with_no_name_in_the_next_sentence_is_no_speaker():
    records = quotex.extract('"Better late than never." The line from the old movie was on every front page.')
    assert [(q.speaker, q.rule) for q in records] == [(None, "no-speaker")]


def test_a_quotation_without_a_cue_continues_the_speaker_before_it():
    text = '"We will stay," Ana Ortiz said. "We will not retreat."\n\n"Never."'
    records = quotex.extract(text)
    assert [q.speaker for q in records] == ["Ana Ortiz"] * 3
    assert [q.rule for q in records] == ["quote-speaker-verb", "continues-speaker", "continues-paragraph"]
    assert records[1].speaker_start == records[0].speaker_start


def test_a_cue_inside_a_that_clause_after_the_quotation_s_cue_does_not_take_the_next_quotation():
    text = ('"Labels are for soup cans," Ana Ortiz told a crowd that the campaign estimated at 3,000 people. '
            '"The job is serious."')
    assert [q.speaker_mention for q in quotex.extract(text)] == ["Ana Ortiz", "Ana Ortiz"]


@pytest.mark.parametrize("reply, kept", [
    ("It is in the Senate.", True),  # a pronoun and a verb: a sentence, though its words are capitalised
    ("He is in Ohio.", True),
    ("Orange is the New Black", False),  # a title standing alone is a subheading
])
def test_a_short_reply_in_a_paragraph_of_its_own_is_no_title(reply, kept):
    text = f'"We will stay," Ana Ortiz said.\n\n"{reply}"'
    assert (reply in [q.text for q in quotex.extract(text)]) is kept


def test_a_quotation_over_several_paragraphs_has_one_speaker():
    text = "“We will stay.\n\n“We will fight,” Ana Ortiz said."
    records = quotex.extract(text)
    assert [q.speaker for q in records] == ["Ana Ortiz", "Ana Ortiz"]
    assert records[0].rule == "continues-chain"


@pytest.mark.parametrize("text, speakers", [
    # a piece left open at the end of a paragraph where someone already spoke goes on with that
    # speaker, not with one a later paragraph names (a quotation the writer forgot to close)
    ("“The vote is a scandal,” Ana Ortiz said Friday. “We will appeal.\n\n“We were never asked,” added Tom Vance.",
     ["Ana Ortiz", "Ana Ortiz", "Tom Vance"]),
    # ... but a paragraph with no speaker of its own takes the speaker of the rest of the quotation
    ("The council met on Friday. “We will appeal.\n\n“We were never asked,” added Tom Vance.",
     ["Tom Vance", "Tom Vance"]),
])
def test_a_piece_of_a_quotation_over_paragraphs_goes_on_with_its_own_paragraph_s_speaker(text, speakers):
    assert [q.speaker for q in quotex.extract(text) if q.kind == "direct"] == speakers


def test_a_colon_at_the_end_of_a_paragraph_introduces_the_next():
    text = "Ana Ortiz addressed the council on Monday:\n\n“We will stay.”"
    records = [q for q in quotex.extract(text) if q.kind == "direct"]
    assert [(q.speaker, q.rule) for q in records] == [("Ana Ortiz", "paragraph-colon")]


def test_a_participle_takes_the_subject_of_its_clause_not_its_object():
    text = "Ortiz praised the council, telling reporters “we will stay together on this.”"
    records = quotex.extract(text)
    assert records[0].speaker == "Ortiz"


@pytest.mark.parametrize(
    "text",
    [
        '"We will stay," I think.',  # a verb of belief reports speech only without quotation marks
        'In a statement on Monday, "We will stay."',  # a comma, but no subject before it
        'The two taped a show that aired on Monday.\n\n"We will stay."',  # `show that aired`: a noun
        '"Boots on the ground" would be the right answer, and the council agreed.',  # no closing cue
        '"We will stay!" The next day, Ana Ortiz said the plan would fail.',  # a new sentence of its own
        # an owned speech noun in an adverbial says nothing of what follows; a visit is no speech
        'After Ana Ortiz\'s speech, "Four more years!" rang out.',
        'Ana Ortiz\'s visit to the border was brief: "We saw enough."',
    ],
)
def test_cues_that_give_a_quotation_no_speaker(text):
    assert [q.speaker for q in quotex.extract(text, kinds=["direct", "mixed"])] == [None]


def test_any_verb_after_a_quoted_phrase_inside_a_sentence_is_no_cue():
    text = 'As Ana Ortiz denounced the "reckless spending plans," many in the audience cheered.'
    assert all(q.speaker_mention != "many in the audience" for q in quotex.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's cue reports a clause of its own, or introduces the next quotation
        '"It is very sad," Ana Ortiz told reporters. "This is the consequence." Lee Chan said he would fire him.',
        '"We will stay," Ana Ortiz said. "We have the votes." Lee Chan added: "And we will win."',
        # a participle opening the next sentence is no cue of its own
        '"It is sad," Ana Ortiz said. "They can come in." Lee Chan, later alleging — falsely — that he knew,'
        ' left.',
        # a day or a phrase of manner after the cue, then the clause that cue reports
        '"It is sad," Ana Ortiz said. "Who would come?" Lee Chan said Friday that he would fire him.',
        '"It is sad," Ana Ortiz said. "Who would come?" Lee Chan said with a grin that he knew.',
        '"It is sad," Ana Ortiz said. "Who would come?" Lee Chan wondered aloud whether he should fire him.',
    ],
)
def test_a_cue_opening_the_next_sentence_with_business_of_its_own_is_not_taken(text):
    records = [q for q in quotex.extract(text) if q.kind == "direct"]
    assert (records[1].speaker, records[1].rule) == ("Ana Ortiz", "continues-speaker")


@pytest.mark.parametrize(
    "text, not_speaker",
    [
        ('The council blocked the plan because of "poison pill" measures added by the mayor.', "measures"),
        # an agent of a verb that did not name the quoted words
        ('The loans were reported in a "hit piece" by the Daily Planet.', "Daily Planet"),
        ('Ana Ortiz ended the debate with the "Star Wars" sequel hitting theaters, remarking on it.', "sequel"),
        ('Lee Chan published "Character Studies," a collection of his writing on the city.', "collection"),
        # a name after a number modifies a noun-like form (`emails`), which is then no cue
        ('The reviewers said more than 1,300 Ortiz emails held secrets, but most were just "confidential," a'
         ' lower level.', "Ortiz"),
        # a present tense after a name is a cue only for a verb of manner (`laughs`), not any verb
        ('Tom Vance cooks. "Tacos," Rosa Vance sells on weekends.', "Rosa Vance"),
        # an `-ing` form with a verb of its own after it is a noun (`saying`), no cue
        ('Ruth Ames loved her garden. Her favorite saying was "Measure twice, cut once."', "Her favorite"),
        # a sentence going on after a quoted phrase with no comma: the words after it are no speaker
        ('Ana Ortiz - who once vowed to "clean out the swamps of" the river towns held by the cartel - said on'
         ' Monday that the plan was ready.', "river towns"),
    ],
)
def test_words_after_a_quoted_phrase_that_are_no_cue_and_speaker(text, not_speaker):
    assert all(not_speaker not in (q.speaker_mention or "") for q in quotex.extract(text))


def test_a_quoted_phrase_after_a_clause_break_does_not_share_the_cue():
    text = 'Ana Ortiz called the plan "reckless"; the "experts" disagreed.'
    assert [q.text for q in quotex.extract(text, kinds=["direct", "mixed"])] == ["reckless"]


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "experts" disagreed.',
        # a naming phrase under a negation names nothing anyone said
        'Ana Ortiz never identified her rival as "Little Larry" that night.',
        # a passive with no agent, or an agent that cannot speak, has no one naming the words
        'Lee Chan was accused of "lying" in the debate.',
        'The town was flooded by the river as a "warning" to all.',
        'She watched "Good Morning America" on Tuesday.',
        'The group "Citizens for Parks" met.',
        'His handle is "@anaortiz" online.',
        'The Times ran it under the headline "Is the Campaign Over?"',  # a title may ask or exclaim
        'He wrote a book titled "Is America Finished?"',
        'The tag "#Vote2016" trended, and "https://example.com/a" was shared.',
        'The figure was "2015-12-02" in the file.',
        'In her 2002 book, "Make Your Kid a Millionaire," Ana Ortiz suggested saving early.',  # a title
        'Her single, "Glass Houses," is out on Friday with a tour.',  # a record's title
        'The actor, who starred in "Harbour Lights," posted the clip online on Thursday.',  # what is posted
        "The council met.\n\nRelated: 'Flood maps explained' and more",  # a label of the page's furniture
        'Her nickname, "Cia", stuck.',  # a nickname, a slogan, a motto set off by commas
        'The campaign slogan, "Build It Here", appeared on billboards.',
        'Bobby "The Bulldozer" Keane said he was retiring.',  # a nickname of words
        'The "rigged economy" is maintained by a corrupt system.',  # a passive of no speech
        'On ABC\'s "Good Morning America" Tuesday, Ortiz laughed.',  # a program opening the sentence
        'She sat for an interview on the radio show, "City Talk."',
        'She listed the names "Miss Piggy" and "Miss Housekeeping" as examples of his comments about women.',
        'Sen. Ana "Cia" Ortiz spoke first.',  # a nickname inside a name
        'A commander known as Abdi "the Surgeon" Warsame spoke first.',
        'In an interview on CBS\'s "Face the Nation," she spoke about it.',  # a program, by its network
        'Ana Ortiz thanked the hosts of "Morning Talk" on Monday.',  # a program, after a preposition
        'Ana Ortiz referred questions to "Morning Talk" on Monday.',  # a `to` that is no `refer to`
        'Ana Ortiz referred reporters to the book "Morning Talk" on Monday.',
        'Ana Ortiz took calls from listeners to her "Straight Talk" radio program.',  # a title, by the work after it
        'Sunday on Fox News channel’s “Morning Futures,” Rep. Ana Ortiz said the plan would fail.',  # a program
        'In an interview with "Fox and Friends," Ana Ortiz said the plan would fail.',
        '“Daily Talk” host Ana Ortiz said on Thursday that the plan would fail.',  # a show, by its host
        'In his autobiography, "A Time for Truth," Mr. Ortiz wrote about his youth.',
        'The memo, "Next Steps," said that the agency would close.',  # a document's title in apposition
        'The report, "A Nation at Risk," warned of decline.',
        'Ana Ortiz, who stars on the cable drama, “Harbor Lights,” returns to the stage.',  # a show in apposition
        # a kind of show or publication and a comma before a title in title case: no comma cue
        'Ana Ortiz, who also stars on the streaming thriller, “Harbor Lights,” returns to the stage.',
        'Ana Ortiz spoke with Lee Chan on the latest episode of her podcast, "So, That Happened."',
        # a title in title case with its author after it, and a program after an owner's bare apostrophe
        'He keeps one of his recent reads, "The Long Road Home," by Lee Chan, on his desk.',
        'Mayor Ana Ortiz backed the plan in an interview on CBS\' "Evening Talk."',
        # a title in another language, its particles in lower case
        'The troupe is staging a play called "El Hijo de la Ciudad," in the capital.',
        # an opening participle that says nothing, or a main clause whose subject cannot speak
        'Using "illegal alien" when talking about it, the mayor grew angry.',
        'In criticizing the "rigged" plan, the report went too far.',
        # a naming verb after no person, or with the name set off, names something, not anyone's words
        'A local paper called "The Ledger" ran the story.',
        'The council has called a referendum — "No to Tolls" — for June.',
        # quoted words joined by a hyphen to a word outside the marks
        'Ana Ortiz skimmed the “moan”-worthy headlines of the week.',
        'Lee Chan led an anti-"woke" push in the council.',
        'The panel heard Ana Ortiz, the author of "Cities in Decline."',  # a title, by its maker
        # a title after its kind of work, commas inside and all
        'Tessa Brandt, who wrote the 2015 book "Small Towns, Big Fires," said the town had changed.',
        'The panel saw the film "So, That Happened" on Monday and voted.',
        'Ana Ortiz, a co-editor of "The New Suburbs," spoke first.',
        'He is now host of "Evening Talk With Ana Ortiz."',
        'Ana Ortiz stars in "Rooms, Halls, Stairs" at the Palace from Monday.',
        'The director makes this clear in her new documentary "13th."',  # a title may open with a number
        # the subject of a whole opening clause is not the subject of the main clause
        'While Lee Chan was away, the council, meeting late, voted for "a fair deal."',
        'The panel heard Ana Ortiz, a co-author of "Cities in Decline: A Short History of the Suburbs."',
        # a maker vouches for a long title too
        'The panel heard Ana Ortiz, a co-author of "Cities in Decline: A Short History of the Suburbs and the Towns '
        'Around Them."',
        'It goes without saying that voters dream of a "Grand Bargain" on taxes.',  # an idiom, no cue
        'The council met on Monday.\n\n"All Bets Are Off."\n\nThe mayor spoke first.',  # a subheading
        'Many call it an "evil empire."',  # an indefinite pronoun opening the sentence says nothing in particular
        # an attribute value of markup, however far from its tag's opening
        '<tweet id="1" tweet-author=" that the plan would cut taxes for most families who earn less than the median '
        'income in their state and would leave the rest as they are, so we rate it Mostly True" tweet-date="that the '
        'plan would cut taxes for most families who earn less than the median income, so we rate it Mostly True.">'
        'Ortiz said it would.</tweet>',
        # a name given to something, not anyone's words
        'Officials described the operation, code-named "Granite Dawn," as a success.',
        'The court case, known as "the Hollow Pines affair," dragged on for years.',
        "The company's flagship app, \"Parcelly,\" has three million users.",
        "She would set a 30 percent rate, a version of what has become known as the ''Ortiz rule'' in the city.",
        "It's the players’ union, isn't it?",
        "No quotation marks here at all.",
        "",
    ],
)
def test_texts_without_quotations(text):
    assert [q for q in quotex.extract(text) if q.kind != "indirect"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz: ‘We Will Stay’ In The City\n\nThe mayor spoke on Monday.",
        # a long headline in title case is a headline too
        "Ortiz: Chan Has ‘To Come a Long Way’ On Taxes, He’s For Banks Because ‘Banks Pay Him a Lot of "
        "Money.’\n\nThe mayor spoke on Monday.",
        # a headline in sentence case reports in the present tense
        "Ortiz says the budget is ‘dead on arrival.’\n\nThe mayor spoke on Monday.",
    ],
)
def test_quotes_in_a_headline_are_not_quotations(text):
    assert [q for q in quotex.extract(text) if q.kind != "indirect"] == []


@pytest.mark.parametrize(
    "deck, quoted",
    [
        # single marks in the short paragraph under a headline, in an article quoting in double
        # marks, are the deck's, as headlines quote so
        ("Spurns offer, blasts 'ignorant view of taxes.'", []),
        # double marks there quote someone
        ('Ana Ortiz says parts of the plan are "negotiable," but not the taxes.', ["negotiable,"]),
    ],
)
def test_a_deck_under_the_headline_quotes_as_a_headline_does(deck, quoted):
    text = f'Mayor Rebuffs Council\n\n{deck}\n\nAna Ortiz on Tuesday rejected the offer. "It is a bad deal," Ortiz said.'
    assert [q.text for q in quotex.extract(text) if q.kind != "indirect"] == quoted + ["It is a bad deal,"]


@pytest.mark.parametrize(
    "first, quoted",
    [
        # a short lead quotes with the day of the news, or with a participle cue after a comma
        ('A judge ordered a new trial for a Salem man Tuesday, saying prosecutors hid "crucial evidence."',
         "crucial evidence."),
        ('A judge ordered a new trial for a Salem man, calling the conduct of the police "indefensible."',
         "indefensible."),
        # a lead whose names give it the capitals of a headline in title case still reports in the past tense
        ('Rep. Ana Ortiz said of Lee Chan on Wednesday: "He is a danger to the city."', "He is a danger to the city."),
        # a headline quotes in the present tense, and a weekday in a name is no day of the news
        ("Mayor slams council's 'doom and despair' on taxes.", None),
        ("Mayor slams council's 'doom and despair' before Super Tuesday.", None),
        ("Mayor slams council's 'doom and despair' in Tuesday's vote.", None),
    ],
)
def test_a_short_first_paragraph_that_quotes_as_a_lead_does_is_no_headline(first, quoted):
    text = f"{first}\n\nJudge Ann Cole said the state had failed to disclose a report. \"It is clear,\" she wrote."
    quotations = [q.text for q in quotex.extract(text) if q.kind != "indirect"]
    assert quotations == ([quoted] if quoted else []) + ["It is clear,"]


@pytest.mark.parametrize(
    "first, headline",
    [
        ("Mayor Rebuffs Council on Taxes", True),
        ("Mayor rebuffs council, blasts 'ignorant view of taxes'", True),
        ("EXCLUSIVE – Ana Ortiz: Don’t Trust the Council.", True),  # a label in capitals, in title case
        # a quotation opening the headline before a colon (British style), but not a lead that quotes first
        ("'We will not resign': minister defies critics", True),
        ("“We’re in shock”: a town mourns its mayor.", True),
        # a dateline opens the story, not its headline
        ("LONDON (Reuters) - The finance minister said on Monday the economy would recover.", False),
        ("DECATUR, Ill. — The mayor said on Monday the plan was dead.", False),
        # ... however many capitals it has
        ("ATHENS, Greece (AP) — Prime Minister Kostas Vlachos of Greece Spoke on Friday.", False),
        ("The mayor said on Monday that the plan was dead, and the council agreed. It will vote again in the "
         "spring, after a long and bitter fight over the budget.", False),
    ],
)
def test_a_first_paragraph_is_a_headline_when_it_reads_as_one(first, headline):
    text = f"{first}\n\n'We are on the right track,' Ana Ortiz told the paper.\n\nLee Chan called it \"a mess.\""
    paragraphs = segment.paragraphs(text)
    assert (attribution.headline_paragraph(text, paragraphs) is not None) == headline
    if not headline:
        assert [q.text for q in quotex.extract(text) if q.kind != "indirect"] == ["We are on the right track,", "a mess."]


@pytest.mark.parametrize("first", ['"We will not resign," the minister said on Monday.',
                                   '"We will not resign": that was the message Ana Ortiz gave on Monday.'])
def test_a_lead_opening_on_a_quotation_is_no_headline(first):
    text = f"{first}\n\nLee Chan called it \"a mess.\""
    assert attribution.headline_paragraph(text, segment.paragraphs(text)) is None
    assert quotex.extract(text, kinds=("direct",))[0].text.startswith("We will not resign")




@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb joined to a relative clause's verb right after a quotation shares its subject
        ('The trade deal, which Ortiz had called a "disaster" and promised to "rip up," is still in force.',
         [('disaster', 'Ortiz', 'Ortiz', 'called', 'speaker-verb-partial'),
          ('rip up,', 'Ortiz', 'Ortiz', 'promised', 'speaker-verb-partial')]),
        # a cue form after a determiner and an adjective is a noun, `that` notwithstanding: the cue before speaks
        ('Ana Ortiz said the vote drew a sharp comment that plainly described the plan as "a disaster."',
         [('a disaster.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        # but not after a plural, a person or an adverb, where it is the verb of its clause
        ('Residents of the town often comment that the plan was "a disaster."',
         [('a disaster.', 'Residents of the town', 'Residents of the town', 'comment', 'speaker-verb-partial')]),
        ('The local officials claim that the plan was "a disaster."',
         [('a disaster.', 'The local officials', 'The local officials', 'claim', 'speaker-verb-partial')]),
        ('The angry spokesman claims that the plan was "a disaster."',
         [('a disaster.', 'The angry spokesman', 'The angry spokesman', 'claims', 'speaker-verb-partial')]),
        # short quoted words with no speaker found are someone's words where the clause before
        # tells of speech: a cue, a naming, a portrayal `as a`
        ('The council met on Monday. No one can run for office without being told to "smile" more.',
         [('smile', None, None, None, 'no-speaker')]),
        ('The council met on Monday. The fund is seen by its backers as a "lifeline" for farmers.',
         [('lifeline', None, None, None, 'no-speaker')]),
        # ... and a dummy `it` opening the sentence does not take them
        ('The council met on Monday. It was not just the cries of "Shame!" that stung.',
         [('Shame!', None, None, None, 'no-speaker')]),
        # ... and are said by whom that clause names: the agent of a portrayal, the owner of what was
        # said, the maker of a comment, the subject of the cue (across the stop of an abbreviation)
        ('The council met on Monday. The fund is seen by farmers as a "lifeline" for the region.',
         [('lifeline', 'farmers', 'farmers', 'seen', 'speaker-verb-partial')]),
        ('The council met on Monday. Given his past comments on building a wall to keep out so-called foreign '
         '"bandits," the mayor is wary.',
         [('bandits,', 'his', 'his', 'comments', 'possessive-claim')]),
        ('Then came the bill, which prompted Ana Ortiz to make a rash comment that described the young men as '
         '"super villains." All of it is in the film.',
         [('super villains.', 'Ana Ortiz', 'Ana Ortiz', 'comment', 'sentence-subject')]),
        ('The talks ended. Just like he did after the attacks in Paris ― Ana Ortiz cast the blame on her rivals in '
         'the U.S., and emphasized the threat that "urban decay" poses.',
         [('urban decay', 'Ana Ortiz', 'Ana Ortiz', 'emphasized', 'sentence-subject')]),
        # ... or the source that closes their sentence
        ("The council met on Monday. The mayor's top policy aide Lee Chan was one of the authors of messages that "
         'appeared on several Ana Ortiz email chains recently labeled "top secret" by the State Department, '
         'according to two officials who have seen them.',
         [('top secret', 'two officials', 'two officials', 'according to', 'quote-according-to')]),
        # a first lady is someone who speaks
        ('The vote is near. The former first lady calls it her "duty gene" now.',
         [('duty gene', 'The former first lady', 'The former first lady', 'calls', 'speaker-verb-partial')]),
        # but only the nearest noun for what was said has its owner speak
        ("Lee Chan spoke on Monday. The danger grew because of Ana Ortiz's remarks, which included the suggestion "
         'that the mayor was the "founder" of the gang.',
         [('founder', None, None, None, 'no-speaker')]),
        # with no one named in that clause, a speaker goes on to them from their own sentence only
        ('"We will win," Ana Ortiz said. No one can run for office without being told to "smile" more.',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('smile', None, None, None, 'no-speaker')]),
        ('The talks ended. He rails against its "red tape" and pledges to stand firm against its "cheating" and theft.',
         [('red tape', 'He', 'He', 'rails', 'sentence-subject'),
          ('cheating', 'He', 'He', 'pledges', 'continues-speaker')]),
        # ... nor from a cue after them in another clause
        ('The council met on Monday. Among the charges were the 1999 admission that he was "pro-choice," and his '
         'confusing argument for "single-payer" care.',
         [('pro-choice,', None, None, None, 'no-speaker'),
          ('single-payer', 'his', 'his', 'argument', 'possessive-claim')]),
        # but not after `showed up`, a cue form read as a noun (`one reason the`), or a passive (`what’s
        # called`), whose subject would take them
        ('The council met on Monday. One resident showed up in the "Save the Park" shirt.', []),
        ('The council met on Monday. That is a far cry from the "quiet streets" of the past.', []),
        ('The council met on Monday. Lee Chan was asked to "calm down" by the chair.', []),
        # `as a "…"` is a portrayal after a verb of seeing or presenting, even across a dash; not a role
        ('The council met on Monday. The plan was pitched -- to farmers, mostly -- as a "lifeline" for the valley.',
         [('lifeline', None, None, None, 'no-speaker')]),
        ('The council met on Monday. The club hired a coach as a "fixer" for the season.', []),
        ('The council met on Monday. Stem cells can turn into any tissue of the body and researchers hope one day '
         'to harness that power for what’s today typically called "cell therapy." It is costly.',
         [('that power for what’s today typically called "cell therapy."', 'researchers', 'researchers', 'hope',
           'reported-that')]),
        ("It rained all week. That's one reason the \"new\" mayor lost.", []),
        # both parts of an interrupted quotation get the speaker
        ('"We will stay," Ortiz said, "and we will win."',
         [('We will stay,', 'Ortiz', 'Ortiz', 'said', 'quote-speaker-verb'),
          ('and we will win.', 'Ortiz', 'Ortiz', 'said', 'speaker-verb-quote')]),
        # a cue naming someone between two quotations introduces the second when a cue before the first
        # introduces that one
        ('When someone in the crowd shouted, "Lower taxes," Tom Hale joked, "Hear, hear!"',
         [('Lower taxes,', 'someone in the crowd', 'someone in the crowd', 'shouted', 'speaker-verb-quote'),
          ('Hear, hear!', 'Tom Hale', 'Tom Hale', 'joked', 'speaker-verb-quote')]),
        ('When a man in the back yelled, "Recount," Tom Hale quipped, with a wide grin, "Be my guest!"',
         [('Recount,', 'a man in the back', 'a man in the back', 'yelled', 'speaker-verb-quote'),
          ('Be my guest!', 'Tom Hale', 'Tom Hale', 'quipped', 'speaker-verb-quote')]),
        # but after a pronoun the speaker goes on with the quotation
        ('Ana Ortiz said: "We won," she added, "and we will win again."',
         [('We won,', 'Ana Ortiz', 'she', 'added', 'quote-speaker-verb'),
          ('and we will win again.', 'Ana Ortiz', 'she', 'added', 'speaker-verb-quote')]),
        # a quoted phrase too keeps the cue before it
        ('After Lee Chan said the plan belonged on "the scrap heap," Ana Ortiz said: "He never read it."',
         [('the scrap heap,', 'Lee Chan', 'Lee Chan', 'said', 'speaker-verb-partial'),
          ('He never read it.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-quote')]),
        # but a second cue introduces the next quotation
        ('Ana Ortiz said, "We won," Tom Hale recalled, adding, "And she meant it."',
         [('We won,', 'Tom Hale', 'Tom Hale', 'recalled', 'quote-speaker-verb'),
          ('And she meant it.', 'Tom Hale', 'Tom Hale', 'adding', 'speaker-verb-quote')]),
        # a subordinate clause after a quotation gives its own subject to a quotation in it
        ('Mr. Chan called Ms. Ortiz a "disgrace" after she attacked the police and blamed the deaths on "bad training."',
         [('disgrace', 'Chan', 'Mr. Chan', 'called', 'speaker-verb-partial'),
          ('bad training.', 'Ortiz', 'she', 'blamed', 'speaker-verb-partial')]),
        # a title dropped before a quotation is words of its clause: the cue before it still counts
        ('Ana Ortiz went on the attack, stating on NBC\'s "Meet the Press" that Lee\'s "judgment" was "lacking."',
         [('judgment', 'Ana Ortiz', 'Ana Ortiz', 'stating', 'speaker-verb-partial'),
          ('lacking.', 'Ana Ortiz', 'Ana Ortiz', 'stating', 'speaker-verb-partial')]),
        # in a transcript quoted paragraph by paragraph, each label speaks until the next one
        ('The debate began.\n\n"ORTIZ: Welcome to the debate.\n\n"CHAN: Thank you for having me.\n\n"I am glad to be here."',
         [('ORTIZ: Welcome to the debate.', 'ORTIZ', 'ORTIZ', ':', 'transcript-label'),
          ('CHAN: Thank you for having me.', 'CHAN', 'CHAN', ':', 'transcript-label'),
          ('I am glad to be here.', 'CHAN', 'CHAN', ':', 'continues-chain')]),
        # a modal that ends a name in the article names that person alone (`Will wrote`)
        ('The columnist Lee Will spoke first.\n\n"It may pass," Will wrote.',
         [('It may pass,', 'Lee Will', 'Will', 'wrote', 'quote-speaker-verb')]),
        # but not when the article only has it in a headline in capitals
        ('Ortiz Will Win Ohio\n\n"It may pass," Will wrote.',
         [('It may pass,', None, None, None, 'no-speaker')]),
        # a quotation without a cue takes the cue that closes its sentence after the next quotation
        ('Ana Ortiz spoke first. "We do not think the plan" -- that is, the new one -- "will last," Lee Chan said.',
         [('We do not think the plan', 'Lee Chan', 'Lee Chan', 'said', 'continues-next'),
          ('will last,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb')]),
        # but not across the end of a sentence
        ('Ana Ortiz said it was over. "We will stay." Then "we will win," Lee Chan said.',
         [('it was over', 'Ana Ortiz', 'Ana Ortiz', 'said', 'reported-that'),
          ('We will stay.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'continues-speaker'),
          ('we will win,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb')]),
        # a cue closing the sentence of a quotation, with a participle running on to the next one
        ('Ana Ortiz spoke first. "We will stay" until the vote is in, she said, citing the "long road" ahead.',
         [('We will stay', 'Ana Ortiz', 'she', 'said', 'sentence-closing-cue'),
          ('long road', 'Ana Ortiz', 'she', 'citing', 'speaker-verb-partial')]),
        # a participle after an inverted cue takes its speaker
        ('"We will see," said Ana Ortiz, adding that she did not think the council "will get there."',
         [('We will see,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-verb-speaker'),
          ('will get there.', 'Ana Ortiz', 'Ana Ortiz', 'adding', 'speaker-verb-partial')]),
        # a participle after a show's title takes the cue's subject, not a word of the quotation before
        ('"I think Lee would win, but he has no chance," Ana Ortiz said on "Today," adding, "He is an insider."',
         [('I think Lee would win, but he has no chance,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('He is an insider.', 'Ana Ortiz', 'Ana Ortiz', 'adding', 'speaker-verb-quote')]),
        # while a speaker set off by commas after the quotation still speaks
        ('"It will pass," Lee Chan, the mayor, said on "Today," adding, "It must."',
         [('It will pass,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb'),
          ('It must.', 'Lee Chan', 'Lee Chan', 'adding', 'speaker-verb-quote')]),
        # a name after an opening phrase, with a relative clause after it, is the subject, not a place
        ('In October, Mr. Lee Chan, who made billions on a bet, told voters that the fears were "overblown," '
         'adding that the firm had "upside."',
         [('overblown,', 'Lee Chan', 'Mr. Lee Chan', 'told', 'speaker-verb-partial'),
          ('upside.', 'Lee Chan', 'Mr. Lee Chan', 'adding', 'speaker-verb-partial')]),
        # while a place, or a name apposed to the opening phrase, belongs to that phrase
        ('At a rally in Salem, N.H., Ana Ortiz told voters it was "over," adding that she had "won."',
         [('over,', 'Ana Ortiz', 'Ana Ortiz', 'told', 'speaker-verb-partial'),
          ('won.', 'Ana Ortiz', 'Ana Ortiz', 'adding', 'speaker-verb-partial')]),
        ('On the subject of a rival, Mr. Lee Chan, Ana Ortiz said it was "over," adding that she had "won."',
         [('over,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial'),
          ('won.', 'Ana Ortiz', 'Ana Ortiz', 'adding', 'speaker-verb-partial')]),
        # a state after a town ends the part it stands in, and names no one who goes on to speak
        ('But to sum up the talk, Lee Chan went on to promote “Harbor Nights,” note that he had just bought the old mill'
         ' in Fresno, Calif., and boast about his hotel in Reno, Nev. — “which is a phenomenal area.”',
         [('which is a phenomenal area.', 'Lee Chan', 'Lee Chan', 'boast', 'speaker-verb-partial')]),
        # while a state after a time, not a town, is the subject
        ('On Friday, Texas, leading a coalition of states, asked for “a bridge to nowhere.”',
         [('a bridge to nowhere.', 'Texas', 'Texas', 'asked', 'speaker-verb-partial')]),
        # a participle after a quotation does not take the pronoun after it as speaker
        ('Ortiz blamed the council for the “chaos,” saying they had cut the budget too late.',
         [('chaos,', 'Ortiz', 'Ortiz', 'blamed', 'speaker-verb-partial'),
          ('they had cut the budget too late', 'Ortiz', 'Ortiz', 'saying', 'reported-that')]),
        # a participle after a quotation ending in a comma keeps the clause subject
        ('Ana Ortiz hailed the vote as "fantastic," telling reporters on Friday that it was "a great thing."',
         [('fantastic,', 'Ana Ortiz', 'Ana Ortiz', 'hailed', 'speaker-verb-partial'),
          ('a great thing.', 'Ana Ortiz', 'Ana Ortiz', 'telling', 'speaker-verb-partial')]),
        # a quoted phrase with no cue shares the cue of the phrase before it in its clause
        ('Ana Ortiz called the council\'s "claim of right" over the land "disturbing."',
         [('claim of right', 'Ana Ortiz', 'Ana Ortiz', 'called', 'speaker-verb-partial'),
          ('disturbing.', 'Ana Ortiz', 'Ana Ortiz', 'called', 'speaker-verb-partial')]),
        # `, and that …` goes on with what the cue reports, and a decimal point ends no clause
        ('Ana Ortiz said growth was "well above" target, and that the bank would "remain vigilant" for now.',
         [('well above', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial'),
          ('remain vigilant', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        ('Ana Ortiz said she was "ready" and that a sub-21.8 run was "possible" by June.',
         [('ready', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial'),
          ('possible', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        # but a clause with a subject of its own after `, and` does not share the cue
        ('Ana Ortiz said the plan was "bold", and the crowd seemed "thrilled."',
         [('bold', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        # a quotation with no cue after a sentence about someone, that quotes no one, is that person's
        ('"We will win," Tom Hale said.\n\nHis rival, Ruth Ames, was less charitable. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'was', 'lead-in-subject')]),
        # the sentence may be a paragraph of its own
        ('"We will win," Tom Hale said.\n\nRuth Ames disagreed.\n\n"He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'disagreed', 'lead-in-subject')]),
        # `spoke` of nothing is no cue: it neither reports nor stops its sentence from leading in
        ('"We will win," Tom Hale said.\n\nRuth Ames spoke only briefly.\n\n"He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'spoke', 'lead-in-subject')]),
        ('"We will win," Tom Hale said. Ruth Ames spoke to the crowd. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'spoke', 'lead-in-subject')]),
        # a title quoted in that sentence, left out, keeps no one from leading in
        ('"We will win," Tom Hale said.\n\nOn "Morning Show," Ruth Ames shrugged off the loss. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'shrugged', 'lead-in-subject')]),
        ('"We will win," Tom Hale said.\n\nRuth Ames, a guest on "Morning Show," shrugged it off. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'shrugged', 'lead-in-subject')]),
        # but it makes no one of a subject that is not a person
        ('"We will win," Tom Hale said.\n\nOn "Morning Show," the mood was grim. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Tom Hale', 'Tom Hale', 'said', 'continues-paragraph')]),
        # an occupation describes a person, who may speak through a participle
        ('The retired neurosurgeon has offered no plan, saying only that he was "adjusting some practices."',
         [('adjusting some practices.', 'The retired neurosurgeon', 'The retired neurosurgeon', 'saying',
           'speaker-verb-partial')]),
        # but speaking about something reports it, and the quotation goes on from the report
        ('"We will win," Tom Hale said.\n\nRuth Ames spoke about the budget.\n\n"He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('the budget', 'Ruth Ames', 'Ruth Ames', 'spoke', 'reported-object'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'spoke', 'continues-paragraph')]),
        # the subject of a relative clause with no pronoun says what its verb calls or describes
        ('It was a deal Ana Ortiz called "a disaster."',
         [('a disaster.', 'Ana Ortiz', 'Ana Ortiz', 'called', 'speaker-verb-partial')]),
        ('It was an incident Lee Chan brought up as "the worst day of my career."',
         [('the worst day of my career.', 'Lee Chan', 'Lee Chan', 'brought', 'sentence-subject')]),
        # also after `only` or `same` narrowing the noun, the mention the clause's subject alone
        ('They ignore the only rule Ana Ortiz wrote "in stone."',
         [('in stone.', 'Ana Ortiz', 'Ana Ortiz', 'wrote', 'speaker-verb-partial')]),
        ('They ignore the only amendment the founders called "sacred."',
         [('sacred.', 'the founders', 'the founders', 'called', 'speaker-verb-partial')]),
        # and in an apposition, where the sentence's own subject is not found
        ('Lee took over the case and studied the death of an aide, an incident Ana Ortiz brought up as "very odd" last week.',
         [('very odd', 'Ana Ortiz', 'Ana Ortiz', 'brought', 'sentence-subject')]),
        # a role after a title word and before a name is no cue (`deputy counsel Tom Hale`)
        ('Lee took over the case and studied the death of deputy counsel Tom Hale, an incident Ana Ortiz brought up '
         'as "very odd" last week.',
         [('very odd', 'Ana Ortiz', 'Ana Ortiz', 'brought', 'sentence-subject')]),
        # but the same word after a plain subject is a verb, and a contact clause set off by commas
        # inside the subject leaves the subject alone
        ('Aides counsel Ana Ortiz to call it "a pause."',
         [('a pause.', 'Aides', 'Aides', 'counsel', 'speaker-verb-partial')]),
        ('Ruth Ames, a lawyer Tom Hale hired, called it "a sham."',
         [('a sham.', 'Ruth Ames', 'Ruth Ames', 'called', 'speaker-verb-partial')]),
        # but not a name that only modifies the noun after it
        ('Ana Ortiz held up the Harbor Times front page as "proof."',
         [('proof.', 'Ana Ortiz', 'Ana Ortiz', 'held', 'sentence-subject')]),
        ('"We will appeal the ruling," From said.',
         [('We will appeal the ruling,', 'From', 'From', 'said', 'quote-speaker-verb')]),
        # but not after a full stop, nor a word that stands for a place or asks
        ('"We will appeal the ruling." From the start, the case was hard.',
         [('We will appeal the ruling.', None, None, None, 'no-speaker')]),
        ('"We will appeal the ruling," Here said.',
         [('We will appeal the ruling,', None, None, None, 'no-speaker')]),
        # a short reply in a paragraph of its own is no subheading
        ('"Who is to blame?" Tom Hale asked.\n\n"Nobody is."',
         [('Who is to blame?', 'Tom Hale', 'Tom Hale', 'asked', 'quote-speaker-verb'),
          ('Nobody is.', 'Tom Hale', 'Tom Hale', 'asked', 'continues-paragraph')]),
        # a short sentence in single marks with its full stop outside them, in British style
        ("'It is a disgrace', Ruth Ames said. 'An absolute disgrace'.",
         [('It is a disgrace', 'Ruth Ames', 'Ruth Ames', 'said', 'quote-speaker-verb'),
          ('An absolute disgrace', 'Ruth Ames', 'Ruth Ames', 'said', 'continues-speaker')]),
        # the second piece of an interrupted quotation in single marks, however short
        ("'No,' said Tom Hale, 'not ever.'",
         [('No,', 'Tom Hale', 'Tom Hale', 'said', 'quote-verb-speaker'),
          ('not ever.', 'Tom Hale', 'Tom Hale', 'said', 'continues-speaker')]),
        # a one-word sentence right after `said`, whatever it looks like
        ('Asked to grade the plan, Ana Ortiz said "Fail."',
         [('Fail.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-quote')]),
        # whoever posts after a quotation, who is someone
        ('"We are closed," posted a local user on Sunday.',
         [('We are closed,', 'a local user', 'a local user', 'posted', 'quote-verb-speaker')]),
        # a front page blares its headline; music blaring is no one speaking
        ('The vote was close. "Rout!" blared the front page of the Harbor Times.',
         [('Rout!', 'the front page of the Harbor Times', 'the front page of the Harbor Times', 'blared',
           'quote-verb-speaker')]),
        ('The rally began. Music blared. "We will win," Ana Ortiz said.',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb')]),
        ('The rally began. "Sweet Caroline" blared from the speakers.', []),
        # the person asked in the paragraph before answers; not the one who asked
        ('Reporters asked Gov. Ruth Ames whether she would run.\n\n"I will not."',
         [('whether she would run', 'Reporters', 'Reporters', 'asked', 'reported-question'),
          ('I will not.', 'Ruth Ames', 'Gov. Ruth Ames', 'asked', 'answers-question')]),
        ('Tom Hale pressed Ruth Ames on the budget.\n\n"It is balanced."',
         [('It is balanced.', 'Ruth Ames', 'Ruth Ames', 'pressed', 'answers-question')]),
        ('"Is it over?" asked Tom Hale.\n\n"Not yet."',
         [('Is it over?', 'Tom Hale', 'Tom Hale', 'asked', 'quote-verb-speaker'),
          ('Not yet.', 'Tom Hale', 'Tom Hale', 'asked', 'continues-paragraph')]),
        ('Tom Hale asked the council to wait.\n\n"We need time."',
         [('the council to wait', 'Tom Hale', 'Tom Hale', 'asked', 'reported-object'),
          ('We need time.', 'Tom Hale', 'Tom Hale', 'asked', 'continues-paragraph')]),
        ('Tom Hale asked the committee to wait.\n\n"We need time."',  # a request, not a question
         [('the committee to wait', 'Tom Hale', 'Tom Hale', 'asked', 'reported-object'),
          ('We need time.', 'Tom Hale', 'Tom Hale', 'asked', 'continues-paragraph')]),
        # a quoted phrase in a paragraph of its own is its sentence's subject's: a group or a text too
        ('"We will win," Ana Ortiz said.\n\nThe board saw Lee as the one to lead the "grandfather of the valley."',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('grandfather of the valley.', 'The board', 'The board', 'saw', 'sentence-subject')]),
        ('"We will win," Ana Ortiz said.\n\nThe ad targets a "rigged economy that rewards donors."',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('rigged economy that rewards donors.', 'The ad', 'The ad', 'targets', 'sentence-subject')]),
        # but not a plan, which speaks for no one
        ('"We will win," Ana Ortiz said.\n\nThe plan targets a "rigged economy that rewards donors."',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('rigged economy that rewards donors.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'continues-paragraph')]),
        # in the speaker's own paragraph too, when it names someone else
        ('"We will win," Tom Hale said. Ruth Ames disagreed. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Ruth Ames', 'Ruth Ames', 'disagreed', 'lead-in-subject')]),
        ('"We will win," Tom Hale said. Hale was firm. "She has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('She has no plan.', 'Tom Hale', 'Tom Hale', 'said', 'continues-speaker')]),
        # ... or a group or a text doing something
        ('"We will win," Ana Ortiz said. The ad targets a "rigged economy that rewards donors."',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('rigged economy that rewards donors.', 'The ad', 'The ad', 'targets', 'sentence-subject')]),
        # but not one the words are said of, nor a thing that speaks for no one
        ('"We will win," Ana Ortiz said. The agency was "a mess of red tape" for years.',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('a mess of red tape', 'Ana Ortiz', 'Ana Ortiz', 'said', 'continues-speaker')]),
        ('"We will win," Ana Ortiz said. The plan would bring "real change to the city."',
         [('We will win,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb'),
          ('real change to the city.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'continues-speaker')]),
        # ... and after someone an indefinite description brought in, any name is someone else
        ('Tom Hale spoke in Waco.\n\n"Shame!" a heckler yelled. Hale ignored him. "We will win."',
         [('Shame!', 'a heckler', 'a heckler', 'yelled', 'quote-speaker-verb'),
          ('We will win.', 'Tom Hale', 'Hale', 'ignored', 'lead-in-subject')]),
        # but after a definite one the name may be the same person
        ('Tom Hale spoke in Waco.\n\n"Shame on them!" the senator said. Hale shook his head. "We will win."',
         [('Shame on them!', 'Tom Hale', 'the senator', 'said', 'quote-speaker-verb'),
          ('We will win.', 'Tom Hale', 'the senator', 'said', 'continues-speaker')]),
        # but not a subordinate clause's subject, nor many people, nor a longer paragraph before
        ('"We will win," Tom Hale said.\n\nThe vote came when Ruth Ames was away. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Tom Hale', 'Tom Hale', 'said', 'continues-paragraph')]),
        ('"We will win," Tom Hale said.\n\nOther Republicans were unmoved. "He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Tom Hale', 'Tom Hale', 'said', 'continues-paragraph')]),
        ('"We will win," Tom Hale said. Ruth Ames sat still.\n\n"He has no plan."',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('He has no plan.', 'Tom Hale', 'Tom Hale', 'said', 'continues-paragraph')]),
        # but `he` or `she` closing a longer paragraph does: the mention nearest the quotation
        ('"We will win," Tom Hale said. He turned to the crowd.\n\n"Who will pay for it?"',
         [('We will win,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('Who will pay for it?', 'Tom Hale', 'He', 'turned', 'lead-in-subject')]),
        # a verb after a quoted phrase inside a sentence goes on with that sentence: no inverted speaker
        ('Ana Ortiz said the mayor had "never once" mocked a reporter.',
         [('never once', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        # unless it reports on its own, or the quotation opens its sentence
        ('The plan was "dead on arrival," said Ana Ortiz.',
         [('dead on arrival,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-verb-speaker')]),
        ('"It is over," quipped Ana Ortiz.',
         [('It is over,', 'Ana Ortiz', 'Ana Ortiz', 'quipped', 'quote-verb-speaker')]),
        # a question after a work it was asked in is a quotation, not the work's title
        # a verb of speaking with no topic is no speaker for the quotation that goes on after it
        ('"Our progress is on the ballot," Lee Chan said at the gala, where Ana Ortiz also spoke. '
         '"Tolerance is on the ballot."',
         [("Our progress is on the ballot,", "Lee Chan", "Lee Chan", "said", "quote-speaker-verb"),
          ("Tolerance is on the ballot.", "Lee Chan", "Lee Chan", "said", "continues-speaker")]),
        ('In an op-ed, Ana Ortiz asked: "Is America Finished?"',
         [('Is America Finished?', 'Ana Ortiz', 'Ana Ortiz', 'asked', 'speaker-verb-quote')]),
        # the source named in the sentence after a quotation: `That's how X put it`, `That was the message from X`
        ('"It is electric."\n\nThat is how Ohio delegate Ana Ortiz described the mood.',
         [('It is electric.', 'Ana Ortiz', 'Ana Ortiz', 'how', 'quote-then-source')]),
        ('"We will change."\n\nThat was the message from Lee Chan, the chief executive, on Monday.',
         [('We will change.', 'Lee Chan', 'Lee Chan', 'message', 'quote-then-source')]),
        ('"Go vote." That is what activist Ana Ortiz told students.',
         [('Go vote.', 'Ana Ortiz', 'Ana Ortiz', 'what', 'quote-then-source')]),
        # but not a thing, nor a paragraph after a quotation that shares its own
        ('"It will pass."\n\nThat was the plan, at least.', [('It will pass.', None, None, None, 'no-speaker')]),
        ('"It will pass," she said. "Soon."\n\nThat was the message from Lee Chan.',
         [('It will pass,', 'she', 'she', 'said', 'quote-speaker-verb'),
          ('Soon.', 'she', 'she', 'said', 'continues-speaker')]),
        # a tweet that opens with a handle or a hashtag is text
        ('Ana Ortiz tweeted: "@LeeChan you should be ashamed."',
         [('@LeeChan you should be ashamed.', 'Ana Ortiz', 'Ana Ortiz', 'tweeted', 'speaker-verb-quote')]),
        # a signature line under a quotation, a description after it, names the speaker before a heading does
        ('Reactions:\n\n"A vision for all."\n— Sen. Ana Ortiz, in a statement\n\n"No plan."\n— Rep. Lee Chan, R-Ind.',
         [('A vision for all.', 'Ana Ortiz', 'Sen. Ana Ortiz', '—', 'dash-speaker'),
          ('No plan.', 'Lee Chan', 'Rep. Lee Chan', '—', 'dash-speaker')]),
        # a horizontal bar, and a handle and a date after the name, as social posts are signed
        ('Reactions:\n\n"A vision for all."\n― Ana Ortiz\n\n"We did it!"\n— Lee Chan (@leechan) May 3, 2016',
         [('A vision for all.', 'Ana Ortiz', 'Ana Ortiz', '―', 'dash-speaker'),
          ('We did it!', 'Lee Chan', 'Lee Chan', '—', 'dash-speaker')]),
        # a name and where the speaker works, signed on a line of its own before the closing mark
        ('The debt rose.\n\n"We will pay for it later.\nAna Ortiz, Policy Institute."\n\nThey left.',
         [('We will pay for it later.', 'Ana Ortiz', 'Ana Ortiz', '"', 'dash-speaker')]),
        # but not a place that closes the quotation's last line, nor a line of names after a closed quotation
        ('The band played.\n\n"Start spreading the news.\nNew York, New York."\n\nThey cheered.',
         [('Start spreading the news.', None, None, None, 'no-speaker')]),
        ('The debt rose.\n\n"We will pay for it later."\nAna Ortiz, Lee Chan and Ted Marsh.\n\nThey left.',
         [('We will pay for it later.', None, None, None, 'no-speaker')]),
        # a relative clause on a quotation's speaker reports no new speaker for the quotation after it
        ('"It is nonsense," said Sen. Ana Ortiz, the Republican who wrote the bill. "It helps banks."',
         [('It is nonsense,', 'Ana Ortiz', 'Sen. Ana Ortiz', 'said', 'quote-verb-speaker'),
          ('It helps banks.', 'Ana Ortiz', 'Sen. Ana Ortiz', 'said', 'continues-speaker')]),
        # nor one with `that` on a text the cue names (`said in a statement that praised …`)
        ('"It is a fine plane," Tom Hale said in a statement that praised the crew. "It is part of the brand."',
         [('It is a fine plane,', 'Tom Hale', 'Tom Hale', 'said', 'quote-speaker-verb'),
          ('It is part of the brand.', 'Tom Hale', 'Tom Hale', 'said', 'continues-speaker')]),
        # but a speaker of a sentence of its own does
        ('"It is nonsense," said Sen. Ana Ortiz. Lee Chan, who wrote the bill, agreed. "It helps banks."',
         [('It is nonsense,', 'Ana Ortiz', 'Sen. Ana Ortiz', 'said', 'quote-verb-speaker'),
          ('It helps banks.', 'Lee Chan', 'Lee Chan', 'agreed', 'continues-speaker')]),
        # a verb that doubles its last consonant is a cue in all its forms
        ('When the host asked about taxes, Ana Ortiz snapped: "Voters do not care."',
         [('Voters do not care.', 'Ana Ortiz', 'Ana Ortiz', 'snapped', 'speaker-verb-quote')]),
        # an inverted pronoun speaker closes its clause
        ('"We will stay," said he. "We will go," said he, smiling.',
         [('We will stay,', 'he', 'he', 'said', 'quote-verb-speaker'),
          ('We will go,', 'he', 'he', 'said', 'quote-verb-speaker')]),
        # a paragraph that is only a quotation in single marks, in an article quoting in double
        # marks, is a subheading
        ('"We are ready," she said.\n\n\'We\'re ready to win!\'\n\nThe mayor spoke on Monday.',
         [('We are ready,', 'she', 'she', 'said', 'quote-speaker-verb')]),
        ('"We are ready," she said.\n\n– ‘Who cares?’ –.\n\nThe mayor spoke on Monday.',
         [('We are ready,', 'she', 'she', 'said', 'quote-speaker-verb')]),
        # a short sentence of its own in single marks is speech, not a scare quote
        ("'We created chances,' the manager told Sky Sports. 'That's football.'",
         [('We created chances,', 'the manager', 'the manager', 'told', 'quote-speaker-verb'),
          ("That's football.", 'the manager', 'the manager', 'told', 'continues-speaker')]),
        # but a short phrase in single marks inside a sentence stays a scare quote
        ("His side were on the 'right path' after all.", []),
        # a headline with a byline after it is a title
        ('"We are ready," she said.\n\nNOW OPEN—"Parks to close early this winter," by the Tribune\'s Ana Ortiz: '
         'http://example.com/parks',
         [('We are ready,', 'she', 'she', 'said', 'quote-speaker-verb')]),
        # ... and so is one ending in a quoted name, and the excerpt with a link after it is no quotation
        ('"We are ready," she said.\n\nARTS—"Museum to reopen in ‘Spring,\'" by Times\' Lee Chan: '
         '"The museum has picked a new director after a long search." http://example.com/museum',
         [('We are ready,', 'she', 'she', 'said', 'quote-speaker-verb')]),
        # but a quotation a cue introduces keeps a link after it, as a tweet does
        ('Ana Ortiz tweeted: "Great rally tonight!" https://example.com/x',
         [('Great rally tonight!', 'Ana Ortiz', 'Ana Ortiz', 'tweeted', 'speaker-verb-quote')]),
        # slogans or works dated by a year in brackets after them are no quotations
        ('The party\'s posters grew harsher.\n\n“Safe streets? Vote No” (2008) — “No more taxes!” (2010).', []),
        # but a quotation with other words in brackets after it is one
        ('Ana Ortiz said the tax was "far too high" (20 percent).',
         [('far too high', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        # words after a show in apposition that read as no title are quoted words
        ('Ana Ortiz loved the new show, “a great night for the city,” and said so.',
         [('a great night for the city,', None, None, None, 'no-speaker')]),
        # the writer's translation of a quoted phrase is no quotation
        ('The crowd jeered, "Adios!" - Spanish for "goodbye."',
         [('Adios!', 'The crowd', 'The crowd', 'jeered', 'speaker-verb-quote')]),
        # but a language named otherwise before a quotation leaves it alone
        ('Ortiz said the new tax was "simply, in plain Spanish, a theft," and left.',
         [('simply, in plain Spanish, a theft,', 'Ortiz', 'Ortiz', 'said', 'speaker-verb-partial')]),
        # but a quotation inside its sentence keeps the agent after it
        ('Ortiz said the "ugliness of the remarks, unprompted," by Mayor Lee shocked her.',
         [('ugliness of the remarks, unprompted,', 'Ortiz', 'Ortiz', 'said', 'speaker-verb-partial')]),
        # an author's sign-off after a transcript quoted paragraph by paragraph is no quotation
        ('"ORTIZ: We will win.\n\n"Follow Lee Chan on Twitter @leechan."',
         [('ORTIZ: We will win.', 'ORTIZ', 'ORTIZ', ':', 'transcript-label')]),
        # a noun that is also a cue form (`on good terms`) is no cue after an adjective; a relative
        # pronoun names the description before it, and the quotation's speaker goes on after it
        ('"We will win," said one supporter, who said she left on good terms.\n\n"It was fine."',
         [('We will win,', 'one supporter', 'one supporter', 'said', 'quote-verb-speaker'),
          ('she left on good terms', 'one supporter', 'who', 'said', 'reported-that'),
          ('It was fine.', 'one supporter', 'one supporter', 'said', 'continues-paragraph')]),
        # a speech cue in a subordinate clause after a quotation's cue does not take over the
        # quotation that follows: its speaker goes on
        ('"They are not binding," Lee Chan told the paper, after Ana Ortiz said she would end the deals. "They never were."',
         [('They are not binding,', 'Lee Chan', 'Lee Chan', 'told', 'quote-speaker-verb'),
          ('she would end the deals', 'Ana Ortiz', 'Ana Ortiz', 'said', 'reported-that'),
          ('They never were.', 'Lee Chan', 'Lee Chan', 'told', 'continues-speaker')]),
        # but a speech cue of a sentence of its own does
        ('"We will win," Lee Chan said. Ana Ortiz said the plan was weak. "It will fail."',
         [('We will win,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb'),
          ('the plan was weak', 'Ana Ortiz', 'Ana Ortiz', 'said', 'reported-that'),
          ('It will fail.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'continues-speaker')]),
        # an `-ing` form of a verb reporting no clause, right after a noun, modifies the noun: no
        # one speaks, and the speaker before goes on
        ('"This is a critique," said Lee Chan. But the face beaming from billboards has not hurt. "It worked."',
         [('This is a critique,', 'Lee Chan', 'Lee Chan', 'said', 'quote-verb-speaker'),
          ('It worked.', 'Lee Chan', 'Lee Chan', 'said', 'continues-speaker')]),
        # a colon's quotation comes from the one an `as` clause with a cue names
        ('Of course, as Lee Chan of the Herald observed, the winner was not on the stage, it was the stage:\n\n'
         '“The clear winner of the night was the stage.”',
         [('the winner was not on the stage, it was the stage', 'Lee Chan', 'Lee Chan', 'observed', 'reported-that'),
          ('The clear winner of the night was the stage.', 'Lee Chan', 'Lee Chan', ':', 'paragraph-colon')]),
        # ... but not an `as` clause without one
        ('As she left, the mayor turned to the crowd: "We won."',
         [('We won.', 'the mayor', 'the mayor', ':', 'speaker-colon-subject')]),
        # a participle after a quotation is no finite cue, so the words before it are no speaker
        ('“Keep your hands in sight,” Ana Ortiz sings to the crowd before asking, “Do you know the way?”',
         [('Keep your hands in sight,', 'Ana Ortiz', 'Ana Ortiz', 'asking', 'continues-next'),
          ('Do you know the way?', 'Ana Ortiz', 'Ana Ortiz', 'asking', 'speaker-verb-quote')]),
        # a refusal of anything but speech introduces no quotation (`months of` was its speaker)
        ('After months of refusing to offer an apology for emails handled in a way Lee Chan slammed as “careless and'
         ' reckless in the extreme,” she relented.',
         [('careless and reckless in the extreme,', None, None, None, 'no-speaker')]),
        # a cue whose subject cannot speak (`the bias begins to show`) gives no speaker to go on
        ('The bias begins to show in how the site rated this claim:\n\n"We will win the state."',
         [('We will win the state.', None, None, None, 'no-speaker')]),
        # `began` with nothing after it in its clause is no one speaking: the paragraph's speaker goes on
        ('Ana Ortiz argued in a column that delegates, even those who pledged before the campaign began, may '
         'reconsider.\n\n"A win in Ohio would change everything."',
         [('that delegates, even those who pledged before the campaign began, may reconsider', 'Ana Ortiz', 'Ana Ortiz',
           'argued', 'reported-that'),
          ('A win in Ohio would change everything.', 'Ana Ortiz', 'Ana Ortiz', 'argued', 'continues-paragraph')]),
        # but `began` with what it begins with still frames what follows
        ('Ana Ortiz began the day with a post that named no one. "We grieve."',
         [('We grieve.', 'Ana Ortiz', 'Ana Ortiz', 'began', 'continues-speaker')]),
        # nor does a description whose verb neither makes a point nor carries a message
        ('Ana Ortiz drew up a plan. The plan has three parts:\n\n"Build, hire, pay."',
         [('Build, hire, pay.', None, None, None, 'no-speaker')]),
        # a text can (`the letter begins:`)
        ('Ana Ortiz wrote to the council. The letter begins:\n\n"Dear friends, we will win."',
         [('Dear friends, we will win.', 'The letter', 'The letter', 'begins', 'paragraph-colon')]),
        # a quoted phrase with no cue in a paragraph of its own is its sentence subject's, even a
        # text's, not the speaker of the paragraph before
        ('"We will win," Lee Chan said.\n\nThe report compared the plan to "a bridge to nowhere."',
         [('We will win,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb'),
          ('a bridge to nowhere.', 'The report', 'The report', 'compared', 'sentence-subject')]),
        # but not a subject that names no one in particular
        ('"We will win," Lee Chan said.\n\nMany compared the plan to "a bridge to nowhere."',
         [('We will win,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb'),
          ('a bridge to nowhere.', 'Lee Chan', 'Lee Chan', 'said', 'continues-paragraph')]),
        # a cue in a participle clause hanging on a quotation's cue does not take over the speaker
        ('“Who is the real con man here?” said Lee Chan, using a term Ortiz has used to describe him. “We know.”',
         [('Who is the real con man here?', 'Lee Chan', 'Lee Chan', 'said', 'quote-verb-speaker'),
          ('We know.', 'Lee Chan', 'Lee Chan', 'said', 'continues-speaker')]),
        # ... nor does an account the quotation came through lose its hold
        ('“We stay,” Lee Chan said, according to the Daily Herald. “We know.”',
         [('We stay,', 'Daily Herald', 'the Daily Herald', 'said', 'according-to-account'),
          ('We know.', 'Daily Herald', 'the Daily Herald', 'according to', 'continues-speaker')]),
        ('“We stay,” said Lee Chan, a local organizer, reports the Daily Herald. “We know.”',
         [('We stay,', 'Daily Herald', 'the Daily Herald', 'said', 'according-to-account'),
          ('We know.', 'Daily Herald', 'the Daily Herald', 'said', 'continues-speaker')]),
        # ... until someone else speaks
        ('“We stay,” Lee Chan said, reports the Daily Herald. Ana Ortiz disagreed: “We go.” “We know.”',
         [('We stay,', 'Daily Herald', 'the Daily Herald', 'said', 'according-to-account'),
          ('We go.', 'Ana Ortiz', 'Ana Ortiz', ':', 'speaker-colon-subject'),
          ('We know.', 'Ana Ortiz', 'Ana Ortiz', ':', 'continues-speaker')]),
        # a quoted phrase inside a relative clause on a named subject is said through `who`
        ('Ana Ortiz, who has styled herself the “law and order candidate,” took a hard line.',
         [('law and order candidate,', 'Ana Ortiz', 'who', 'has', 'sentence-subject')]),
        ('Ana Ortiz - who said she would “bomb the hell out of” them - took a hard line.',
         [('bomb the hell out of', 'Ana Ortiz', 'who', 'said', 'sentence-subject')]),
        # but not a description's, whose speaker is the description
        ('Those voters, who like to be “undeclared,” may decide it.',
         [('undeclared,', 'Those voters', 'Those voters', 'like', 'sentence-subject')]),
        # with no one speaking before it, a text speaks for itself; a thing that cannot speak does not
        ('The complaint compared the plan to "a bridge to nowhere."',
         [('a bridge to nowhere.', 'The complaint', 'The complaint', 'compared', 'sentence-subject')]),
        ('The storm made the night "utterly unbearable for everyone."',
         [('utterly unbearable for everyone.', None, None, None, 'no-speaker')]),
        # in the paragraph of the speaker's cue too, as a group or a text doing something speaks for itself
        ('"We will win," Lee Chan said. The report compared the plan to "a bridge to nowhere."',
         [('We will win,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb'),
          ('a bridge to nowhere.', 'The report', 'The report', 'compared', 'sentence-subject')]),
        # but there the speaker goes on past a subject that speaks for no one
        ('"We will win," Lee Chan said. Many compared the plan to "a bridge to nowhere."',
         [('We will win,', 'Lee Chan', 'Lee Chan', 'said', 'quote-speaker-verb'),
          ('a bridge to nowhere.', 'Lee Chan', 'Lee Chan', 'said', 'continues-speaker')]),
        # a furniture line between the paragraphs of a quotation is as if not there
        ('Intro.\n\n"We lost the ward," Lena Marsh said. "The nearest clinic is an hour away.\n\nAdvertisement\n\n'
         '"People will die on that road."',
         [('We lost the ward,', 'Lena Marsh', 'Lena Marsh', 'said', 'quote-speaker-verb'),
          ('The nearest clinic is an hour away.', 'Lena Marsh', 'Lena Marsh', 'said', 'continues-speaker'),
          ('People will die on that road.', 'Lena Marsh', 'Lena Marsh', 'said', 'continues-paragraph')]),
        ('Intro.\n\n"We lost the ward," Lena Marsh said. "The nearest clinic is an hour away.\n\n'
         'Story continues below advertisement\n\n"People will die on that road."',
         [('We lost the ward,', 'Lena Marsh', 'Lena Marsh', 'said', 'quote-speaker-verb'),
          ('The nearest clinic is an hour away.', 'Lena Marsh', 'Lena Marsh', 'said', 'continues-speaker'),
          ('People will die on that road.', 'Lena Marsh', 'Lena Marsh', 'said', 'continues-paragraph')]),
        ('Intro.\n\n"We lost the ward," Lena Marsh said.\n\nADVERTISEMENT\n\n"People will die on that road."',
         [('We lost the ward,', 'Lena Marsh', 'Lena Marsh', 'said', 'quote-speaker-verb'),
          ('People will die on that road.', 'Lena Marsh', 'Lena Marsh', 'said', 'continues-paragraph')]),
        # but a sentence about an advertisement is no furniture
        ('Intro.\n\n"We lost the ward," Lena Marsh said.\n\nThe advertisement ran on Monday.\n\n"People will die on that road."',
         [('We lost the ward,', 'Lena Marsh', 'Lena Marsh', 'said', 'quote-speaker-verb'),
          ('People will die on that road.', None, None, None, 'no-speaker')]),
        # a paragraph closing on a cue and a colon: the cue's subject introduces the next, not the first clause's
        ('Intro.\n\nThe Daily Planet made the same claims in May, and Acme News responded:\n\n"The claims are false."',
         [('The claims are false.', 'Acme News', 'Acme News', 'responded', 'paragraph-colon')]),
        # while a cue reporting a clause of its own leaves the colon as the cue, and a colon with no cue is one
        ('Intro.\n\nAna Ortiz said that given the choices:\n\n"There is only one."',
         [('that given the choices', 'Ana Ortiz', 'Ana Ortiz', 'said', 'reported-that'),
          ('There is only one.', 'Ana Ortiz', 'Ana Ortiz', ':', 'paragraph-colon')]),
        ('Intro.\n\nAna Ortiz had a message for the council:\n\n"Pay up."',
         [('Pay up.', 'Ana Ortiz', 'Ana Ortiz', ':', 'paragraph-colon')]),
        # a name right before the quoted words is what they are about, not who says them: the speaker goes on
        ('"We thought only he was careless," said Hiro Tanaka, an author. Lee Chan "kind of misspoke. He should not '
         'talk about it."',
         [('We thought only he was careless,', 'Hiro Tanaka', 'Hiro Tanaka', 'said', 'quote-verb-speaker'),
          ('kind of misspoke. He should not talk about it.', 'Hiro Tanaka', 'Hiro Tanaka', 'said', 'continues-speaker')]),
        # while a verb between the subject and a quoted phrase makes the subject its speaker
        ('Ana Ortiz bemoaned the "endless delays" at city hall.',
         [('endless delays', 'Ana Ortiz', 'Ana Ortiz', 'bemoaned', 'sentence-subject')]),
        # a cue with `by` before its medium keeps its speaker
        ('"It is nonsense," Ms. Gao said by telephone.',
         [('It is nonsense,', 'Gao', 'Ms. Gao', 'said', 'quote-speaker-verb')]),
        # a name and a verb right after a quoted phrase open a clause of their own: its subject speaks
        ('In a clip that Judge Ana Molt called "distasteful," Pete Varo voiced a wish to "burn it all down."',
         [('distasteful,', 'Ana Molt', 'Judge Ana Molt', 'called', 'speaker-verb-partial'),
          ('burn it all down.', 'Pete Varo', 'Pete Varo', 'voiced', 'sentence-subject')]),
        # while words with no subject of their own go on with the cue before
        ('Ana Ortiz called the plan "bold" and said the "reforms" needed "more work."',
         [('bold', 'Ana Ortiz', 'Ana Ortiz', 'called', 'speaker-verb-partial'),
          ('reforms', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial'),
          ('more work.', 'Ana Ortiz', 'Ana Ortiz', 'said', 'speaker-verb-partial')]),
        # a quotation set off by dashes is an aside: the words after it go on with the quotation before it
        ('Lee Chan said, "We will build it" - at which point the crowd chanted "Build it now!" - "and we will win."',
         [('We will build it', 'Lee Chan', 'Lee Chan', 'said', 'speaker-verb-quote'),
          ('Build it now!', 'the crowd', 'the crowd', 'chanted', 'speaker-verb-quote'),
          ('and we will win.', 'Lee Chan', 'Lee Chan', 'said', 'continues-speaker')]),
        ('Lee Chan told the crowd, "We will build it" - and then, after a pause - "we will win."',
         [('We will build it', 'Lee Chan', 'Lee Chan', 'told', 'speaker-verb-quote'),
          ('we will win.', 'Lee Chan', 'Lee Chan', 'told', 'speaker-verb-partial')]),
        # what a crowd cries out is the crowd's, whoever roused it
        ('Ana Ortiz roused the crowd to chants of "Four more years!"',
         [('Four more years!', 'the crowd', 'the crowd', None, 'crowd-chant')]),
        ('At one point the crowd took up the chant "Four more years!" again.',
         [('Four more years!', 'the crowd', 'the crowd', None, 'crowd-chant')]),
        ('"Count again," came shouts from the crowd.',
         [('Count again,', 'the crowd', 'the crowd', None, 'crowd-chant')]),
        ('Lee Chan spoke near the plant, where about 50 protesters had gathered, chanting "no deal, no peace" as he left.',
         [('no deal, no peace', 'about 50 protesters', 'about 50 protesters', 'chanting', 'crowd-chant')]),
        # but a speaker crying out at a crowd, or facing it, is the one who speaks
        ('Ana Ortiz shouted "Stop!" at the crowd.',
         [('Stop!', 'Ana Ortiz', 'Ana Ortiz', 'shouted', 'speaker-verb-quote')]),
        ('Ana Ortiz faced the crowd, shouting "Stop!" twice.',
         [('Stop!', 'Ana Ortiz', 'Ana Ortiz', 'shouting', 'speaker-verb-quote')]),
        # a digest of stories: the headline in capitals opening an item stands for the story quoted
        ('Morning digest.\n\nCITY PARKS TO CLOSE EARLY "The council voted on Monday to shut the gates at dusk."'
         ' [Tribune.]\n\nHARBOR FERRY RETURNS AT LAST "Service resumes this week after two years." [Herald.]',
         [('The council voted on Monday to shut the gates at dusk.', 'CITY PARKS TO CLOSE EARLY',
           'CITY PARKS TO CLOSE EARLY', None, 'headline-item'),
          ('Service resumes this week after two years.', 'HARBOR FERRY RETURNS AT LAST',
           'HARBOR FERRY RETURNS AT LAST', None, 'headline-item')]),
        # ... but not before a cue of the quotation's own, nor for two words, nor in lower case
        ('Morning digest.\n\nMAYOR QUITS AFTER VOTE "I am done," Ana Ortiz said.',
         [('I am done,', 'Ana Ortiz', 'Ana Ortiz', 'said', 'quote-speaker-verb')]),
        ('Morning digest.\n\nFERRY RETURNS "Service resumes this week after two years." [Herald.]',
         [('Service resumes this week after two years.', None, None, None, 'no-speaker')]),
        ('Morning digest.\n\nCity parks to close early "The council voted on Monday to shut the gates." [Tribune.]',
         [('The council voted on Monday to shut the gates.', None, None, None, 'no-speaker')]),
    ],
)
def test_every_quotation_of_a_text_with_its_speaker_and_cue(text, expected):
    assert [(q.text, q.speaker, q.speaker_mention, q.cue, q.rule) for q in quotex.extract(text)] == expected


# Invented passages in the kinds and styles of news the political corpus has little of: each
# with its direct and mixed quotations, speaker (resolved and as mentioned), cue and rule.
NEWS_STYLES = [
    # wire copy: a dateline, `told Reuters`, reported speech around the quotation
    ("LONDON (Reuters) - Britain's biggest water utility will raise bills by 9 percent next year, it said on "
     'Tuesday. "We have no choice but to invest," Chief Executive Martin Fenwick told Reuters. The regulator '
     'said it would review the increase.',
     [('We have no choice but to invest,',
       'Martin Fenwick', 'Chief Executive Martin Fenwick', 'told', 'quote-speaker-verb')]),
    # British style: single marks, the cue after the quotation, a second sentence going on
    ("The council has rejected plans for a new stadium in Ashbury. 'We will appeal,' a spokesman for the club "
     "said. 'This decision is short-sighted and wrong.' Councillor Helen Marsh said the vote had been close.",
     [('We will appeal,', 'a spokesman for the club', 'a spokesman for the club', 'said', 'quote-speaker-verb'),
      ('This decision is short-sighted and wrong.',
       'a spokesman for the club', 'a spokesman for the club', 'said', 'continues-speaker')]),
    # guillemets, a comma outside them, an apposition after the inverted cue
    ('PARIS (Reuters) - French farmers blocked roads around Paris on Monday. «We are tired of empty promises», '
     'said Jean Marais, a farmer from Brittany. «Nobody in Paris listens to us», he added.',
     [('We are tired of empty promises', 'Jean Marais', 'Jean Marais', 'said', 'quote-verb-speaker'),
      ('Nobody in Paris listens to us', 'Jean Marais', 'he', 'added', 'quote-speaker-verb')]),
    # a sports report: a role before the name, a pronoun for the player the sentence before named
    ('Riverton United came from behind to beat Castlegate 3-2 on Saturday. "The lads showed real character '
     'today," manager Tom Brierley said after the match. Striker Kofi Mensah, who scored twice, was more '
     'modest. "I just put myself in the right place," he said.',
     [('The lads showed real character today,', 'Tom Brierley', 'manager Tom Brierley', 'said', 'quote-speaker-verb'),
      ('I just put myself in the right place,', 'Kofi Mensah', 'he', 'said', 'quote-speaker-verb')]),
    # business news: the company in a statement, the chief executive by surname
    ('Velmora Inc. reported a 12 percent rise in quarterly profit on Thursday. "Demand for our cloud products '
     'remained strong across every region," the company said in a statement. Chief Executive Jane Roe told '
     'analysts on a call that she expected margins to improve. "We are not seeing any slowdown," Roe said.',
     [('Demand for our cloud products remained strong across every region,',
       'Velmora Inc', 'the company', 'said', 'quote-speaker-verb'),
      ('We are not seeing any slowdown,', 'Jane Roe', 'Roe', 'said', 'quote-speaker-verb')]),
    # a court report: a judge's written words
    ('A federal judge on Monday refused to dismiss the fraud case against Garrick Hale. "The evidence, taken as '
     'a whole, is more than sufficient to proceed to trial," Judge Alma Ortiz wrote. Prosecutors argued that '
     'Hale had hidden millions from investors. Defense attorney Ray Quill said his client would be vindicated.',
     [('The evidence, taken as a whole, is more than sufficient to proceed to trial,',
       'Alma Ortiz', 'Judge Alma Ortiz', 'wrote', 'quote-speaker-verb')]),
    # science news: `said Dr. …, who led the study`, then the surname
    ('Researchers have found that honeybees can count to five. "We were surprised by how consistent the results '
     'were," said Dr. Mei Lee, who led the study. The findings were published in the journal Insect Minds. "It '
     'changes how we think about small brains," Lee added.',
     [('We were surprised by how consistent the results were,',
       'Mei Lee', 'Dr. Mei Lee', 'said', 'quote-verb-speaker'),
      ('It changes how we think about small brains,', 'Mei Lee', 'Lee', 'added', 'quote-speaker-verb')]),
    # a police brief: an abbreviated rank
    ('A 34-year-old man was arrested early Sunday after a stabbing outside a bar on Elm Street, police said. '
     'The victim was taken to hospital with non-life-threatening injuries, according to a police spokeswoman. '
     '"There is no ongoing threat to the public," Sgt. Dana Whitfield said.',
     [('There is no ongoing threat to the public,',
       'Dana Whitfield', 'Sgt. Dana Whitfield', 'said', 'quote-speaker-verb')]),
    # a live blog: timestamped entries
    ('10:42 a.m. — Senator Lydia Brandt has arrived at the Capitol. "I am here to vote no," she told '
     'reporters.\n\n10:55 a.m. — Speaker Owen Tate said the vote would be held before noon.',
     [('I am here to vote no,', 'Lydia Brandt', 'she', 'told', 'quote-speaker-verb')]),
    # one quotation over paragraphs, its mark opening each and closing only at the end
    ('The governor spoke at length about the budget.\n\n"We inherited a deficit of two billion dollars," '
     'Governor Ruth Calloway said. "Nobody wanted to talk about it.\n\n"We cut spending in every department. We '
     'asked everyone to sacrifice.\n\n"And today the books are balanced."\n\nCritics said the cuts had gone too '
     'far.',
     [('We inherited a deficit of two billion dollars,',
       'Ruth Calloway', 'Governor Ruth Calloway', 'said', 'quote-speaker-verb'),
      ('Nobody wanted to talk about it.', 'Ruth Calloway', 'Governor Ruth Calloway', 'said', 'continues-speaker'),
      ('We cut spending in every department. We asked everyone to sacrifice.',
       'Ruth Calloway', 'Governor Ruth Calloway', 'said', 'continues-paragraph'),
      ('And today the books are balanced.', 'Ruth Calloway', 'Governor Ruth Calloway', 'said', 'continues-paragraph')]),
    # a minister by title, surname and pronoun across paragraphs
    ('Finance Minister Klaus Berger defended the budget on Wednesday. He said the country could not afford new '
     'debt.\n\n"We must live within our means," Berger said.\n\nThe minister also rejected calls for a wealth '
     'tax. "That would drive investment abroad," he said.',
     [('We must live within our means,', 'Klaus Berger', 'Berger', 'said', 'quote-speaker-verb'),
      ('That would drive investment abroad,', 'Klaus Berger', 'he', 'said', 'quote-speaker-verb')]),
    # titles of other countries (`Chancellor`, `Mayor`) and a partial quotation
    ('BERLIN (Reuters) - Chancellor Anna Vogt said on Friday that Germany would send more aid to the flood '
     'region. "We will not leave anyone alone," Vogt said. Prime Minister Luc Moreau of France said his '
     'government would help too. Mayor Sofia Lindqvist of Malmo called the floods "a catastrophe for the whole '
     'continent."',
     [('We will not leave anyone alone,', 'Anna Vogt', 'Vogt', 'said', 'quote-speaker-verb'),
      ('a catastrophe for the whole continent.',
       'Sofia Lindqvist', 'Mayor Sofia Lindqvist', 'called', 'speaker-verb-partial')]),
    # a title with `of the` in it
    ('"There will be no bailout," Chancellor of the Exchequer Fiona Grant told the House of Commons. "Not now, '
     'not ever."',
     [('There will be no bailout,',
       'Fiona Grant', 'Chancellor of the Exchequer Fiona Grant', 'told', 'quote-speaker-verb'),
      ('Not now, not ever.', 'Fiona Grant', 'Chancellor of the Exchequer Fiona Grant', 'told', 'continues-speaker')]),
    # British style over paragraphs in single marks
    ("The inspector's report was damning.\n\n'Staff were overwhelmed,' said Dr Ruth Okoro, who led the "
     "inspection. 'Patients waited hours for basic care.\n\n'In one case a man waited eleven hours for pain "
     "relief.\n\n'This cannot be allowed to continue.'\n\nThe trust said it accepted the findings.",
     [('Staff were overwhelmed,', 'Ruth Okoro', 'Dr Ruth Okoro', 'said', 'quote-verb-speaker'),
      ('Patients waited hours for basic care.', 'Ruth Okoro', 'Dr Ruth Okoro', 'said', 'continues-speaker'),
      ('In one case a man waited eleven hours for pain relief.',
       'Ruth Okoro', 'Dr Ruth Okoro', 'said', 'continues-paragraph'),
      ('This cannot be allowed to continue.', 'Ruth Okoro', 'Dr Ruth Okoro', 'said', 'continues-paragraph')]),
    # two people of each gender, taken up by pronouns and a title across paragraphs
    ('Finance Minister Lars Holm and Health Minister Ingrid Dahl clashed over the budget on Tuesday.\n\nHolm '
     'said the country could not afford new hospitals. "The money is simply not there," he said.\n\nDahl '
     'disagreed. "People are waiting months for surgery," she said. "That is not acceptable."\n\nThe finance '
     'minister later softened his tone. "We will look at it again," he told reporters.',
     [('The money is simply not there,', 'Lars Holm', 'he', 'said', 'quote-speaker-verb'),
      ('People are waiting months for surgery,', 'Ingrid Dahl', 'she', 'said', 'quote-speaker-verb'),
      ('That is not acceptable.', 'Ingrid Dahl', 'she', 'said', 'continues-speaker'),
      ('We will look at it again,', 'Lars Holm', 'he', 'told', 'quote-speaker-verb')]),
    # a British judge's title, the quotation after a colon
    ("Sentencing him at Leeds Crown Court, Mr Justice Penrose said: 'You have shown not a shred of remorse.' "
     'The judge added that the sentence had to deter others.',
     [('You have shown not a shred of remorse.', 'Penrose', 'Mr Justice Penrose', 'said', 'speaker-verb-quote')]),
    # guillemets after a surname, the speaker named in the sentence before
    ('Eleanor Price, the head of the regional health authority, said she was worried. «The hospitals are full», '
     'Price told local radio. «We need help now.»',
     [('The hospitals are full', 'Eleanor Price', 'Price', 'told', 'quote-speaker-verb'),
      ('We need help now.', 'Eleanor Price', 'Price', 'told', 'continues-speaker')]),
    # the role noun of the first speaker after another has spoken
    ('Interior Minister Tomas Halvorsen met protesters on Thursday.\n\n"I hear your anger," he told them. "I '
     'share some of it."\n\nOpposition leader Kari Lunde was unimpressed. "Words are cheap," she '
     'said.\n\nHalvorsen promised an inquiry. "It will be independent," the minister said.',
     [('I hear your anger,', 'Tomas Halvorsen', 'he', 'told', 'quote-speaker-verb'),
      ('I share some of it.', 'Tomas Halvorsen', 'he', 'told', 'continues-speaker'),
      ('Words are cheap,', 'Kari Lunde', 'she', 'said', 'quote-speaker-verb'),
      ('It will be independent,', 'Tomas Halvorsen', 'the minister', 'said', 'quote-speaker-verb')]),
]


@pytest.mark.parametrize("text, expected", NEWS_STYLES, ids=[text[:40] for text, _ in NEWS_STYLES])
def test_news_of_other_kinds_and_styles(text, expected):
    records = quotex.extract(text, kinds=("direct", "mixed"))
    assert [(q.text, q.speaker, q.speaker_mention, q.cue, q.rule) for q in records] == expected
    for q in records:
        assert text[q.start : q.end] == q.text
        assert text[q.speaker_start : q.speaker_end] == q.speaker_mention


@pytest.mark.parametrize("text", ['"We are evacuating," — and Dan Okoro agreed.',
                                  '"We are evacuating" — so much for Dan Okoro'])
def test_lower_case_words_after_a_dash_sign_only_as_a_role(text):
    [quote] = quotex.extract(text)
    assert (quote.speaker, quote.rule) == (None, "no-speaker")


def test_a_plural_role_before_a_name_is_no_title_of_that_name():
    [quote] = quotex.extract('Later in the video, the young soldiers Omar Jalil met are shown chanting: "Listen to history."')
    assert (quote.speaker, quote.rule) == (None, "no-speaker")


def test_a_long_description_before_a_colon_whose_verb_says_nothing_does_not_speak():
    [quote] = quotex.extract('Traffic stopped. A march by local leaders on Monday cheered the mayor: "Open the park."')
    assert (quote.speaker, quote.rule) == (None, "no-speaker")


def test_a_name_a_preposition_governs_before_a_colon_does_not_speak():
    [quote] = quotex.extract('The crowd cheered for Ana Ortiz: "We love you."')
    assert (quote.speaker, quote.rule) == (None, "no-speaker")


def test_an_ing_form_of_a_verb_of_saying_after_a_noun_reports_what_the_noun_says():
    [quote] = quotex.extract('The council issued a statement saying the plan "does not work."')
    assert (quote.cue, quote.rule) == ("saying", "speaker-verb-partial")


@pytest.mark.parametrize("text, expected", [
    # a clause whose subject a participle follows, then a cue set off after it: the speaker is
    # named after the cue, not the clause's subject
    ("The group raising money for the fair is short, said former governor Ana Ortiz.",
     [("The group raising money for the fair is short", "former governor Ana Ortiz", "reported-after")]),
    # ... but a subject set off by its apposition, its party or where it works still speaks
    ("Another pollster, Lee Chan of Harwick College, said his survey showed the mayor ahead.",
     [("his survey showed the mayor ahead", "Lee Chan", "reported-that")]),
    ("Ana Ortiz, the spokeswoman, said the plan had failed.", [("the plan had failed", "Ana Ortiz", "reported-that")]),
    ("Ana Ortiz (D-Ohio), said the plan had failed.", [("the plan had failed", "Ana Ortiz", "reported-that")]),
])
def test_the_subject_of_a_clause_before_a_set_off_cue_is_not_the_cue_s(text, expected):
    assert [(q.text, q.speaker_mention, q.rule) for q in quotex.extract(text, kinds=["indirect"])] == expected


@pytest.mark.parametrize("text, expected", [
    # an `-s` form after `and` with an object pronoun is the subject's second verb, and the
    # quotation's cue: the first cue keeps its own clause
    ('Ana Ortiz says she respects the mayor and calls him “an extremely intelligent man.”',
     [("indirect", "she respects the mayor", "says"), ("mixed", "an extremely intelligent man.", "calls")]),
    # ... but with no pronoun after it, it may be a noun (`phone calls and emails`)
    ('Ana Ortiz says the council ignored her phone calls and emails “for months.”',
     [("mixed", "for months.", "says")]),
])
def test_a_second_verb_in_s_with_an_object_pronoun_takes_the_quotation(text, expected):
    assert [(q.kind, q.text, q.cue) for q in quotex.extract(text)] == expected


def quoted_with_speakers(text):
    """The direct and mixed records of a text as (quoted words, speaker mention, rule)."""
    return [(q.text, q.speaker_mention, q.rule) for q in quotex.extract(text) if q.kind != "indirect"]


@pytest.mark.parametrize("text, expected", [
    # several title-case words with a verb in `-s` before a colon are a heading, no subject
    ('War and Peace.\n\nVeto Power Impedes Peace Efforts: Eliminating "the scourge of war" is one of the goals '
     'of the council.', [("the scourge of war", None, "no-speaker")]),
    ('Farm news.\n\nTrade Deal Threatens Local Farms: Saving "the farms of the valley" is a goal of the mayor.',
     [("the farms of the valley", None, "no-speaker")]),
    # a name with its title, or a group by a plural, before a colon is still the subject
    ('Senate Majority Leader Ana Ortiz Welles: Cutting "the waste" is one goal.',
     [("the waste", "Senate Majority Leader Ana Ortiz Welles", "sentence-subject")]),
    ('Steel Workers Union Members: Cutting "the waste" is their goal.',
     [("the waste", "Steel Workers Union Members", "sentence-subject")]),
])
def test_a_heading_in_title_case_before_a_colon_is_no_subject(text, expected):
    assert quoted_with_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of a passive verb had the words said of it, or was charged with them
    ('Cal Denby was convicted in 2015 of "aggravated menacing," a misdemeanor.', []),
    ('Mara Lind was accused of "lying to voters".', []),
    ('Ana Ortiz was told to "stand down" by the board.', []),
    # ... and the passive's agent after the words, who can speak, said them
    ('Mara Lind was accused of "lying to voters" by her rival.', [("lying to voters", "her rival", "speaker-verb-partial")]),
    ('Mara Lind was caught using "fake numbers" in her report.', []),
    # a quotation further on than the passive's complement is the subject's again
    ('Ana Ortiz was embittered at having been misled into backing a "humanitarian" mission.',
     [("humanitarian", "Ana Ortiz", "sentence-subject")]),
    # a verb of its own, `be` with no participle, or an adverb that is no participle: still the subject's
    ('Ana Ortiz bemoaned the "endless delays" at city hall.', [("endless delays", "Ana Ortiz", "sentence-subject")]),
    ('Ana Ortiz was often "the only adult in the room."',
     [("the only adult in the room.", "Ana Ortiz", "sentence-subject")]),
    ('Ana Ortiz was certain that the plan "cannot fail."', [("cannot fail.", "Ana Ortiz", "sentence-subject")]),
    # `was adamant` is a cue of its own (insisting), with the same speaker
    ('Ana Ortiz was adamant that the plan "cannot fail."', [("cannot fail.", "Ana Ortiz", "speaker-verb-partial")]),
])
def test_the_subject_of_a_passive_verb_is_no_speaker(text, expected):
    assert quoted_with_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short quoted term after a determiner and a modifier goes on the writer's noun phrase
    ('Ana Ortiz campaigned for a federal "supermax" prison in Ohio.', []),
    ('Lee Chan worked as a studio "fixer" for decades.', []),
    ('Ana Ortiz crushed the now-derided "establishment" candidate.', []),
    # but not right after the determiner, after an adverb, after `the term`, or a naming verb's
    # object; nor a longer quotation
    ('Ana Ortiz bemoaned the "endless delays" at city hall.', [("endless delays", "Ana Ortiz", "sentence-subject")]),
    ('Ana Ortiz signed a truly "historic" deal.', [("historic", "Ana Ortiz", "sentence-subject")]),
    ('Ana Ortiz used the term "kitchen sink" twice.', [("kitchen sink", "Ana Ortiz", "sentence-subject")]),
    ('Ana Ortiz is reported to have deemed the Saudis "free riders."',
     [("free riders.", "Ana Ortiz", "sentence-subject")]),
    ('Ana Ortiz backed a federal "prison for the worst of all" in Ohio.',
     [("prison for the worst of all", "Ana Ortiz", "sentence-subject")]),
    # nor words that go on the clause of the noun before them
    ('Ana Ortiz thought the new plan "would not work."', [("would not work.", "Ana Ortiz", "sentence-subject")]),
])
def test_a_short_term_after_a_modifier_is_no_quotation(text, expected):
    assert quoted_with_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # short quoted words with no cue that a term noun names, or that a list a term noun opens holds
    ('The mayor avoided the loaded term, "open borders," which critics use often.', []),
    ('There was also the phrase, "Stay Home, Stay Safe," on every sign.', []),
    ('Clerks searched files for words such as "wall," "permit," "tunnel" and "border crossing."', []),
    # in lower case between a comma and the rest of the sentence: the writer's term
    ('Those cells grow in lab dishes, "lines" kept for research.', []),
    # but not the second piece of an interrupted quotation, a reply that ends its sentence, a list
    # of a speaker's words, or a term a speaker uses
    ('"No," said Ortiz, "not ever."', [("No,", "Ortiz", "quote-verb-speaker"), ("not ever.", "Ortiz", "continues-speaker")]),
    ('Then came her reply, "not now."', [("not now.", None, "no-speaker")]),
    ('Ortiz called the plan "reckless," "costly" and "cruel."',
     [("reckless,", "Ortiz", "speaker-verb-partial"), ("costly", "Ortiz", "speaker-verb-partial"),
      ("cruel.", "Ortiz", "speaker-verb-partial")]),
    ('Ana Ortiz used the term "kitchen sink" twice.', [("kitchen sink", "Ana Ortiz", "sentence-subject")]),
])
def test_a_term_or_a_list_of_terms_with_no_cue_is_no_quotation(text, expected):
    assert quoted_with_speakers(text) == expected


def test_a_dash_after_a_quoted_word_joins_no_compound():
    assert quoted_with_speakers('Ana Ortiz called it "fine" - and left.') == [("fine", "Ana Ortiz", "speaker-verb-partial")]


def test_a_sentence_after_a_kind_of_work_and_a_comma_is_no_title():
    assert quoted_with_speakers('Ana Ortiz spoke to reporters after the film, "It was a hard story to tell."') \
        == [("It was a hard story to tell.", "Ana Ortiz", "speaker-colon-subject")]


@pytest.mark.parametrize("text, expected", [
    # a dummy `it` (`It was not just …`, `It turns out …`, `It took …`) stands for no one who speaks
    ('Lind spoke. It was not just the "loud voices" that rattled him.', []),
    ('Lind spoke. It turns out even "silence" is a relative thing.', []),
    ('Lind spoke. It took him a day to offer an "apology" to the city.', []),
    ("Lind spoke. It has not helped that the slogans from \"everyday heroes\" changed.", []),
    ("Lind spoke. It wasn't always the \"easy path\" for him.", []),
    # an `it` that does something stands for what it refers to, and says it
    ('The union met in May. It stood by its "zero tolerance" policy.',
     [("zero tolerance", "It", "sentence-subject")]),
    ('The union met in May. It has stood by its "zero tolerance" policy.',
     [("zero tolerance", "It", "sentence-subject")]),
])
def test_a_dummy_it_is_no_speaker(text, expected):
    assert quoted_with_speakers(text) == expected
