"""Word lists the rules are built from, kept as named data, one :class:`Lexicon` per language.

Nothing here names a person or comes from an evaluation corpus: these are the general words
of news attribution (reporting verbs, titles, pronouns, quotation marks, abbreviations).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


def inflect(lemma: str) -> tuple[str, ...]:
    """Regular English inflections of a verb: base, -s, -ed, -ing."""
    if _DOUBLES_LAST.fullmatch(lemma) or lemma in _STRESSED_LAST:
        doubled = lemma + lemma[-1]  # slam, slammed; concur, concurred
        return lemma, lemma + "s", doubled + "ed", doubled + "ing"
    if lemma.endswith("ee"):
        return lemma, lemma + "s", lemma + "d", lemma + "ing"  # agree, agreed, agreeing
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


# One syllable ending in one vowel and one consonant doubles it (`slam`, `brag`, `snap`); so
# does a last syllable that takes the stress (`concur`, `rebut`).
_DOUBLES_LAST = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
_STRESSED_LAST = frozenset("concur occur refer prefer deter regret admit commit submit omit permit rebut".split())


def forms(regular: str, irregular: dict[str, tuple[str, ...]]) -> frozenset[str]:
    words: set[str] = set()
    for lemma in regular.split():
        words.update(inflect(lemma))
    for group in irregular.values():
        words.update(group)
    return frozenset(words)


# The forms of the two verbs a study or a person finds with.
_FINDING_FORMS = {"find": ("find", "finds", "found", "finding"), "show": ("show", "shows", "showed", "shown", "showing")}

# Verbs that introduce what someone said, wrote or asked, and what a person or a study
# believes, finds or shows, which news attributes the same way.
SPEECH_VERBS_REGULAR = """
    add announce answer argue ask assert assure boast brag caution chant claim comment
    complain concede conclude confirm continue contend counter declare deny describe
    emphasize emphasise exclaim explain insist joke lament mention muse note observe offer
    pledge plead point post predict proclaim promise protest question recall recount reiterate threaten
    remark repeat reply report respond retort reveal scream shout stress suggest testify
    tweet urge vow warn whisper wonder yell acknowledge agree allege announce concur cry
    demand disclose elaborate estimate hint inform interject lash marvel mutter opine
    quip recommend relate remind scoff sigh snap summarize summarise tease tout
    characterize characterise label dub call accuse blame criticize criticise praise
    thank applaud mock slam blast charge question ponder riff gush interrupt remember rant
    rave reason speculate beg implore intone thunder bellow roar fume sneer text email
    message blog recite narrate lecture preach caution counsel beam echo
    brand term hail deride decry find show cite denounce condemn dismiss bark confess grouse
    surmise confide jeer chide imply pronounce press retweet blare
"""
SPEECH_VERBS_IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "shoot back": ("shot back", "shoots back", "shooting back"),
    "fire back": ("fired back", "fires back", "firing back"),
    "hit back": ("hit back", "hits back", "hitting back"),
    "push back": ("pushed back", "pushes back", "pushing back"),
    "go on": ("went on", "goes on", "going on"),
    "point out": ("point out", "pointed out", "points out", "pointing out"),
    "chime in": ("chimed in", "chimes in", "chiming in"),
    "weigh in": ("weighed in", "weighs in", "weighing in"),
    "read": ("reads", "read"),
    "put it": ("put it", "puts it", "putting it"),
    "sum up": ("summed up", "sums up", "summing up"),
    "begin": ("began", "begins"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "state": ("state", "states", "stated", "stating"),  # `state`, a noun as often, is a verb after a plural subject
    "spell out": ("spelled out", "spells out"),
    **_FINDING_FORMS,
}
SPEECH_VERBS = forms(SPEECH_VERBS_REGULAR, SPEECH_VERBS_IRREGULAR)

# Verbs of belief: news attributes what someone thinks as it does what they say, but only as
# reported speech; a quotation next to `I think` or `she hopes` is not what they thought.
BELIEF_VERBS = forms(
    "believe hope fear worry learn suspect recognize recognise realize realise",
    {"think": ("think", "thinks", "thought", "thinking")},
)

# Verbs that report a clause only with `that` after them, never one before them (`countered
# that …`, `a judge ruled that …`): without `that` they answer, comment or rule on something.
# `joke` and `forecast` are nouns as often (`the joke that …`), so only `joked` and `joking`.
_THAT_CLAUSE_ONLY = forms("remind counter respond retort lament protest confide confess speculate imply comment demand recommend"
                          " clarify posit reassure reaffirm intimate",
                          {"rule": ("ruled",), "joke": ("joked", "joking"), "charge": ("charged",), "order": ("ordered",)})

# What someone tweeted or texted: a clause only with `that` (`tweeted that the deal was off`); `posted` and
# `emailed` take objects too often (`posted the clip`, `a letter emailed to delegates`).
_TWEETED = frozenset("tweeted tweeting texted texting posted posting".split())

# The verbs of SPEECH_VERBS that take a reported clause (`X said the talks failed`); the rest
# (`called`, `thanked`, `described`) only frame a quotation.
CLAUSE_VERBS = forms(
    """
    add announce argue assert assure boast brag caution claim complain concede conclude
    confirm contend declare deny emphasize emphasise explain insist note observe predict
    promise recall reiterate remark reply report reveal stress suggest testify
    warn acknowledge allege concur disclose estimate hint inform maintain mention
    pledge vow signal indicate find show agree
    """,
    {
        "say": ("say", "says", "said", "saying"),
        "tell": ("tells", "told", "telling"),
        "write": ("writes", "wrote", "writing", "written"),
        "admit": ("admit", "admits", "admitted", "admitting"),
        "point out": ("point out", "pointed out", "points out", "pointing out"),
        "make clear": ("made clear", "makes clear", "making clear"),
        "make it clear": ("made it clear", "makes it clear", "making it clear"),
        **_FINDING_FORMS,
        "rule out": ("ruled out", "rules out"),
        "state": ("states", "stated", "stating"),  # not `state`, a noun; `states` only after a document
    },
) | BELIEF_VERBS | _THAT_CLAUSE_ONLY | _TWEETED

# Clause verbs that as often take a plain object (`wrote a book`, `declared victory`, `found
# the keys`), and verbs of belief and finding (`thinks`, `showed`) that news attributes as
# it does speech: they open reported speech only when `that` follows.
THAT_ONLY_VERBS = frozenset("""
    write writes wrote writing written declare declares declared declaring mention mentions
    mentioned mentioning pledge pledged pledging maintain maintains maintained maintaining
    estimate estimated estimating deny denies denied denying confirm confirms confirmed confirming
    reiterate reiterates reiterated reiterating claiming learnt
""".split()) | BELIEF_VERBS | _THAT_CLAUSE_ONLY | forms("agree add", _FINDING_FORMS) | _TWEETED

# Verbs of opinion, which report a clause right after them without `that` (`aides think
# she can win`, `she hopes the bill passes`); the other verbs of belief need `that` (`learned the
# ropes`, `recognized the flag`).
OPINION_VERBS = forms("believe hope fear suspect", {"think": ("think", "thinks", "thought")})

# Verbs that report the clause after them but seldom one before them: `…, he pledged` and
# `…, the figures showed` close a sentence about money or numbers more often than speech.
OPENING_ONLY_VERBS = BELIEF_VERBS | _THAT_CLAUSE_ONLY | frozenset("""
    pledge pledges pledged show shows showed shown estimate estimates estimated boast boasts boasted
""".split())

# Verbs by which a poll, a record or a study reports what it found: `a poll shows Ortiz
# leading`, `…, court records show.` After one of EVIDENCE_NOUNS they report a clause or an
# object without `that`, and may close a sentence.
FINDING_VERBS = forms(
    "indicate suggest",
    {"find": ("find", "finds", "found"), "show": ("show", "shows", "showed", "showing")},  # `with polls showing …`
)
EVIDENCE_NOUNS = frozenset("""
    poll polls survey surveys data record records document documents filing filings report reports
    study studies analysis analyses results footage video videos email emails research polling
    evidence census statistics audit audits review memo memos article articles
    tally tallies estimate estimates projection projections inquiry investigation figures
""".split())
# Evidence nouns that take no article, as a plural does not: `…, official data shows`,
# `research suggests`.
MASS_EVIDENCE_NOUNS = frozenset("data research evidence polling footage".split())

# Verbs that report what was said through their object: `accused Ortiz of lying`, `urged
# the council to act`, `criticized the plan as too costly`, `cited a 2009 memo`, `dismissed the
# audit as noise`, `questioned whether …`. (`endorse` and `attack` were tried: what is endorsed or
# attacked is a person or a record as often as something said.)
OBJECT_VERBS = forms(
    "accuse criticize criticise urge condemn denounce blame praise defend propose dismiss question cite mock slam blast"
    " deride decry tout", {})

# Verbs that report a commitment through an infinitive: `vowed to fight the ruling`, `agreed to
# pay a fee` (not `agreed to the deal`).
INTENT_VERBS = forms("promise vow pledge threaten agree", {"swear": ("swear", "swears", "swore", "sworn", "swearing")})

# Verbs whose object is the one who speaks in the infinitive after it, and did speak: `the loss
# led her to declare`, `the vote prompted Ana Ruiz to say`. Not a wish or a leave, whose speech
# may never come (`wants Ortiz to say sorry`, `rules that allow firms to tell`), nor an urging,
# which is the speech of the one who urges (`urged voters to say no`).
CONTROL_VERBS = forms("prompt cause force compel spur move inspire", {"lead": ("lead", "leads", "led", "leading")})

# Verbs that report what someone spoke of through a preposition: `talked about the housing
# shortage`, `referring to the plan`. The preposition each takes.
TOPIC_VERBS = {
    **{form: "about" for form in forms("talk", {"speak": ("speak", "speaks", "spoke", "spoken", "speaking")})},
    **{form: "to" for form in forms("refer", {})},
}

# Plain objects that make a cue a deed rather than a report of speech: `claimed responsibility
# for the attack`, `claimed victory`, `conceded the race`; but `claimed the rules were unfair`,
# `conceded she had erred` report what was said.
DEED_OBJECTS = {
    **{form: frozenset({"responsibility", "credit", "victory", "self-defense"}) for form in forms("claim", {})},
    **{form: frozenset({"race", "defeat", "election", "contest", "primary"}) for form in forms("concede", {})},
    # `asserted control over the port`, `asserts responsibility for the attack`: a deed, no clause
    **{form: frozenset({"responsibility", "credit", "control", "authority", "sovereignty", "jurisdiction"})
       for form in forms("assert", {})},
    # `the company reported earnings of $2 a share`: a firm's results, filed rather than said
    **{form: frozenset({"earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales"})
       for form in forms("report", {})},
}

# Verbs that report a question: `asked whether …`, `wondered why …`.
QUESTION_VERBS = frozenset("ask asks asked asking wonder wonders wondered wondering".split())

# Labels that head a story or a line of its furniture rather than name who speaks: `Breaking:`,
# `The Latest:`, `Poll:`, `Related:`, `Photographer:`.
HEADING_WORDS = frozenset("""
    breaking latest revealed exclusive update updates watch look video photos photo analysis
    opinion editorial live wow boom bombshell leaked just notice
    explainer review timeline correction corrections note notes caption source sources related
    score scores weather starring grades credit credits disclosure clarification
    more read photographer photograph contributing updated next facts fact background bottom matters
    takeaway takeaways context outlook glance numbers key what why how
""".split())

# Roles a transcript labels its speakers with in capitals when it gives no name: `MODERATOR:`.
TRANSCRIPT_ROLES = frozenset("""
    moderator host co-host anchor announcer interviewer questioner panelist reporter narrator
    audience member unidentified male female man woman participant caller
""".split())

# Verbs that are cues only with a quotation attached, never on their own for reported speech.
FRAME_ONLY_VERBS = frozenset({"call", "calls", "called", "calling", "label", "labels",
                              "labeled", "labelled", "labeling", "dub", "dubs", "dubbed",
                              "describe", "describes", "described", "describing",
                              "read", "reads", "begin", "began", "begins"})

# Forms of reporting verbs that are just as often nouns (`the FEC report covering …`):
# they open reported speech only when `that` follows.
NOUN_LIKE_FORMS = frozenset("""
    report reports claim claims estimate estimates promise promises comment comments answer
    answers reply replies tweet tweets post posts pledge pledges vow vows question questions
    protest protests charge charges offer offers call calls demand demands blog blogs text talk
    texts email emails message messages lecture lectures note notes state states quote talks
    quotes warning warnings concern concerns statement record records signal signals remark remarks
    point points answer answers comment show shows finding findings term terms label labels brand brands
    joke jokes hint hints echo echoes blast blasts rant rants press reason reasons
""".split())

# Nouns for what someone said, whose owner is the speaker: `Ortiz's claim that the plan was "a sham"`.
SPEECH_NOUNS = frozenset("""
    claim claims assertion assertions prediction predictions statement statements remark remarks
    comment comments promise promises pledge pledges warning warnings argument arguments insistence
    contention suggestion suggestions accusation accusations allegation allegations vow vows charge
    charges description characterization declaration boast complaint complaints admission plea
    demand demands call calls proposal proposals emphasis message messages verdict answer answers response
    responses reply replies reaction retort explanation advice
""".split())
# What a person writes or says, which speaks for its owner: `Holt's statement said`.
AUTHORED_NOUNS = frozenset("""
    letter letters memo memos tweet tweets post posts email emails e-mail e-mails speech speeches
    testimony op-ed column essay book memoir note notes blog
""".split())
# Nouns by which a writer sums up a reported clause in an apposition after it, a comment of
# the writer's own: `…, a claim that the council denies`, `…, a move that drew protests`.
SUMMING_NOUNS = SPEECH_NOUNS | frozenset("""
    move moves step steps decision decisions goal goals idea ideas notion view position stance
    recommendation recommendations
""".split())
# What words come out in, named in an adjunct after a speaker: `the ministry in a statement`,
# `a spokeswoman at a news conference`.
MEDIUM_NOUNS = SPEECH_NOUNS | AUTHORED_NOUNS | frozenset("""
    interview interviews conference briefing filing release appearance broadcast podcast video
""".split())
# What counts opinion, and so is the source of the finding a sentence opens with:
# `In a poll released Monday, 40 percent backed Ortiz`.
POLL_NOUNS = frozenset("poll polls survey surveys".split())

# Cue words as headlines capitalise them: `Clinton Says Russians Hacked DNC`.
HEADLINE_CUES = frozenset("Says Said Tells Told Warns Claims Admits Insists Vows Slams".split())

# Refusals to speak, which news reports like speech: `declined to comment on the plan`. The
# refusal is a cue only before one of REFUSED_ACTS (`refused to sign` is no speech), and only
# once made (`will refuse to answer` is not yet a refusal).
REFUSALS = tuple(f"{verb} to" for verb in sorted(forms("decline refuse", {}) - {"decline", "refuse"}))
REFUSED_ACTS = frozenset("""
    comment say discuss elaborate specify answer respond confirm identify detail speak address
    explain disclose reveal name predict characterize speculate weigh
""".split())

# A verb of showing with a noun of attitude, a cue as one word would be: `expressed concern
# that …`, `voiced hope that …` (not the voicing alone, nor the noun as a verb after it). A
# preposition after one gives a topic: `voiced concerns about …` reports nothing.
ATTITUDE_CUES = tuple(
    f"{verb} {noun}"
    for verb in ("express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing")
    for noun in ("concern", "concerns", "hope", "hopes", "doubt", "doubts", "confidence", "fear", "fears",
                 "optimism", "skepticism", "scepticism", "frustration", "regret", "surprise")
)

# Cues that name their source after them, where `according to` does: `As reported by the Ledger, …`.
SOURCE_CUES = ("according to", "as reported by")


def names_source_after(cue: str) -> bool:
    """Whether a cue is one of SOURCE_CUES, which name the source after them."""
    return " ".join(cue.lower().split()).startswith(SOURCE_CUES)


# Being adamant is insisting: `aides were adamant that …` reports as `aides insisted that …` does.
_ADAMANT = tuple(f"{be} adamant" for be in ("is", "was", "are", "were", "remain", "remains", "remained"))

# Multi-word cues, matched before single verbs.
CUE_PHRASES = SOURCE_CUES + (
    "went on to say", "goes on to say", "was quoted as saying",
    "were quoted as saying", "is quoted as saying", "in the words of", "as quoted by",
    "did not rule out", "didn't rule out", "would not rule out", "made clear",
) + _ADAMANT + REFUSALS + ATTITUDE_CUES + tuple(
    # what a recording or a witness caught someone saying: `can be heard saying`, `was recorded saying`
    f"{be} {caught}"
    for be in ("is", "was", "are", "were", "be", "can be", "could be")
    for caught in ("heard saying", "heard telling", "heard asking", "heard to say", "overheard saying", "recorded saying",
                   "recorded telling", "filmed saying", "caught saying", "caught on tape saying",
                   "caught on camera saying", "seen saying")
)

# Words that may stand between a subject and its verb (`he later said`, `Trump has said`).
AUXILIARIES = frozenset("""
    has had have would will could can may might must should did does do also then later
    again once previously repeatedly recently quickly simply only just still even further
    never often frequently first last finally earlier afterward afterwards subsequently
    publicly privately angrily flatly bluntly jokingly sarcastically
    reportedly allegedly apparently initially ultimately separately similarly
    not n't had've overall alike both now already always soon long since
""".split()) | frozenset(
    form
    for word in "don't doesn't didn't won't wouldn't can't couldn't shouldn't mustn't hasn't haven't hadn't".split()
    for form in (word, word.replace("'", "’"))  # `Democrats don't think`, `Ortiz hasn’t said`
)

# Honorifics and titles that precede a name; the value is the gender they show, if any.
HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "mx": None, "mx.": None,
    # not `baron`, `duke`, `earl`: given names too (`Earl Ray Tomblin` is no earl)
    "baroness": "f", "duchess": "f", "countess": "f", "viscount": "m", "viscountess": "f",
    "marquess": "m", "marchioness": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "rev": None, "rev.": None,
}
# Roles of sport, the arts, the police and local office, which also work as titles before a
# name (`Striker Alfie Thorne`, `Principal Gregory Vance`) and describe a person later.
ROLES_AS_TITLES = frozenset("""
    striker winger midfielder defender goalkeeper skipper manager batsman bowler quarterback
    pitcher referee mp actor actress rapper novelist nurse constable lieutenant
    principal trustee supervisor warden selectman magistrate marshal
    coroner bailiff prosecutor defendant shortstop catcher outfielder infielder
    linebacker goaltender goalie right-hander left-hander olympian sprinter golfer jockey investor
""".split())
TITLES = frozenset("""
    sen sen. senator rep rep. representative gov gov. governor lt lt. gen gen. general col col.
    maj maj. capt capt. sgt sgt. adm adm. cmdr cmdr. admiral colonel major captain sergeant
    president vice pres. secretary minister prime premier chancellor ambassador chairman
    chairwoman chair speaker leader mayor judge justice attorney congressman congresswoman
    commissioner director chief sheriff pope bishop archbishop cardinal rabbi imam sheikh father
    professor dr dr. prof prof. rev rev. mr mr. mrs mrs. ms ms. miss sir dame lord lady
    king queen prince princess baroness duchess countess viscount viscountess marquess marchioness press spokesman spokeswoman spokesperson deputy assistant
    acting former house senate state foreign defense defence interior treasury white
    majority minority whip executive ceo founder coach council councilman councilwoman
    councilor councillor councilwoman candidate nominee frontrunner front-runner hon hon. atty atty. supt. det.
    insp. supt det insp cllr officer agent trooper detective superintendent rapporteur envoy delegate
    mr mx mx. gen. sec sec. u.s. us u.n. un eu
    advocate comptroller treasurer auditor councilmember alderman alderwoman assemblyman
    assemblywoman administrator clerk pastor anchor correspondent editor publisher inspector
    adviser advisor strategist pollster economist provost reverend
    marine member secretary-general ayatollah moderator crown emir sultan sheikha taoiseach
""".split()) | ROLES_AS_TITLES

# Abbreviated titles and the role nouns they stand for: `Sen. Ortiz` is `the senator`.
TITLE_ROLES = {
    "sen": ("senator", "lawmaker"), "sens": ("senator", "lawmaker"), "senator": ("lawmaker",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "reps": ("representative", "lawmaker"), "representative": ("congressman", "congresswoman", "lawmaker"),
    "congressman": ("lawmaker", "representative"), "congresswoman": ("lawmaker", "representative"),
    "gov": ("governor",), "pres": ("president",), "gen": ("general",), "adm": ("admiral",),
    "col": ("colonel",), "lt": ("lieutenant",), "capt": ("captain",), "sgt": ("sergeant",),
    "sec": ("secretary",), "atty": ("attorney",), "dr": ("doctor",), "prof": ("professor",),
    "rev": ("reverend",), "supt": ("superintendent",), "det": ("detective",), "insp": ("inspector",),
    "cllr": ("councillor",),
    "ayatollah": ("cleric",), "imam": ("cleric",), "rabbi": ("cleric",), "bishop": ("cleric",), "archbishop": ("cleric",),
    "cardinal": ("cleric",), "pastor": ("cleric",),
}

# The adjective and the country a demonym's nationality goes by, which may introduce the person
# it describes later: `Dutch striker Ruud Kamp … the Dutchman`, `the former Portugal midfielder`.
_NATIONALITY_WORDS = {
    "american": "American", "briton": "British Britain", "brit": "British Britain",
    "englishman": "English England", "englishwoman": "English England",
    "scot": "Scottish Scots Scotland", "scotsman": "Scottish Scots Scotland", "scotswoman": "Scottish Scots Scotland",
    "welshman": "Welsh Wales", "welshwoman": "Welsh Wales", "irishman": "Irish Ireland", "irishwoman": "Irish Ireland",
    "frenchman": "French France", "frenchwoman": "French France", "german": "German Germany",
    "italian": "Italian Italy", "spaniard": "Spanish Spain", "dutchman": "Dutch Netherlands Holland",
    "dutchwoman": "Dutch Netherlands Holland", "dane": "Danish Denmark", "swede": "Swedish Sweden",
    "norwegian": "Norwegian Norway", "finn": "Finnish Finland", "russian": "Russian Russia",
    "ukrainian": "Ukrainian Ukraine", "czech": "Czech", "hungarian": "Hungarian Hungary",
    "romanian": "Romanian Romania", "serb": "Serbian Serbia", "croat": "Croatian Croatia",
    "greek": "Greek Greece", "turk": "Turkish Turkey", "israeli": "Israeli Israel",
    "palestinian": "Palestinian", "iranian": "Iranian Iran", "iraqi": "Iraqi Iraq", "syrian": "Syrian Syria",
    "egyptian": "Egyptian Egypt", "saudi": "Saudi", "lebanese": "Lebanese Lebanon", "indian": "Indian India",
    "pakistani": "Pakistani Pakistan", "afghan": "Afghan Afghanistan", "chinese": "Chinese China",
    "japanese": "Japanese Japan", "korean": "Korean Korea", "vietnamese": "Vietnamese Vietnam",
    "filipino": "Filipino Philippines", "indonesian": "Indonesian Indonesia", "australian": "Australian Australia",
    "canadian": "Canadian Canada", "mexican": "Mexican Mexico", "brazilian": "Brazilian Brazil",
    "argentine": "Argentine Argentinian Argentina", "argentinian": "Argentine Argentinian Argentina",
    "chilean": "Chilean Chile", "colombian": "Colombian Colombia", "venezuelan": "Venezuelan Venezuela",
    "cuban": "Cuban Cuba", "nigerian": "Nigerian Nigeria", "kenyan": "Kenyan Kenya",
    "ethiopian": "Ethiopian Ethiopia", "ghanaian": "Ghanaian Ghana", "portuguese": "Portuguese Portugal",
    "belgian": "Belgian Belgium", "austrian": "Austrian Austria", "icelander": "Icelandic Iceland",
    "jamaican": "Jamaican Jamaica", "moroccan": "Moroccan Morocco", "senegalese": "Senegalese Senegal",
    "cameroonian": "Cameroonian Cameroon", "tunisian": "Tunisian Tunisia", "algerian": "Algerian Algeria",
    "zimbabwean": "Zimbabwean Zimbabwe", "ugandan": "Ugandan Uganda", "peruvian": "Peruvian Peru",
    "uruguayan": "Uruguayan Uruguay", "ecuadorian": "Ecuadorian Ecuador", "thai": "Thai Thailand",
    "malaysian": "Malaysian Malaysia", "bangladeshi": "Bangladeshi Bangladesh", "estonian": "Estonian Estonia",
    "latvian": "Latvian Latvia", "lithuanian": "Lithuanian Lithuania", "slovak": "Slovak Slovakia",
    "slovenian": "Slovenian Slovenia", "bulgarian": "Bulgarian Bulgaria",
}
NATIONALITIES = {demonym: tuple(words.split()) for demonym, words in _NATIONALITY_WORDS.items()}

# People by nationality or by state, which describe someone already named: `the Swede`, `a young
# German`, `the Texan`.
DEMONYMS = frozenset(NATIONALITIES) | frozenset("""
    texan floridian californian ohioan vermonter virginian kentuckian alaskan arizonan
    coloradan iowan kansan minnesotan michigander missourian nevadan oklahoman arkansan alabamian
    louisianan marylander wisconsinite utahn montanan nebraskan idahoan mississippian carolinian
    hoosier
""".split())  # not `tennessean`, `oregonian`: newspapers as often (`The Tennessean reported`)

# Common occupations, which describe a person later (`the engineer said`) and, capitalised
# before a given name, are no part of it (`Curator Maria Achebe`). Not those that are common
# surnames too (`Baker`, `Carpenter`, `Mason`, `Porter`, `Cook`, `Hunter`, `Miller`, `Painter`).
OCCUPATIONS = frozenset("""
    engineer geologist contractor headteacher headmaster headmistress curator architect electrician
    plumber mechanic pilot firefighter paramedic pharmacist dentist veterinarian psychologist
    psychiatrist therapist counselor counsellor librarian archivist archaeologist astronomer biologist
    chemist physicist ecologist epidemiologist virologist meteorologist climatologist botanist
    zoologist sociologist anthropologist demographer mathematician statistician accountant banker
    broker trader landlord shopkeeper fisherman technician programmer conservator sculptor composer
    conductor pianist violinist guitarist drummer songwriter choreographer lecturer tutor instructor
    educator midwife caretaker janitor chaplain surveyor planner solicitor barrister notary paralegal
    lifeguard ranger forester welder pathologist radiologist cardiologist oncologist neurologist neurosurgeon
    pediatrician paediatrician optometrist physiotherapist nutritionist hairdresser florist jeweller
    jeweler grocer hotelier restaurateur winemaker beekeeper vendor retailer courier soldier sailor medic
    technologist
""".split())

# Places in a team and sports, which describe a player as occupations do (`Calder fly-half
# Mateo Ruiz kicked 16 points`, `the golfer said`).
SPORTS_ROLES = frozenset("""
    fly-half scrum-half full-back fullback centre-back center-back centre-half wing-back right-back
    left-back playmaker seamer spinner paceman batter wicketkeeper all-rounder qualifier sprinter
    hurdler marathoner jockey golfer boxer wrestler gymnast swimmer cyclist skier rower fencer
    quarterback linebacker pitcher shortstop outfielder infielder tailback halfback flanker
""".split())

# Nouns that name someone by their role; `the press secretary`, `a spokeswoman`.
ROLE_NOUNS = frozenset("""
    spokesman spokeswoman spokesperson spokespeople secretary minister president senator
    congressman congresswoman representative governor mayor candidate nominee chairman
    chairwoman chair director official officials aide aides adviser advisers advisor advisors
    strategist strategists analyst analysts expert experts economist economists professor
    lawyer lawyers attorney attorneys author authors host anchor reporter reporters columnist
    editor chief leader leaders businessman businesswoman billionaire mogul developer
    campaign manager chief-of-staff staffer staffers organizer organizers activist activists
    source sources insider insiders critic critics supporter supporters opponent opponents
    voter voters resident residents witness witnesses police officer officers investigator
    investigators prosecutor prosecutors judge justice lawmaker lawmakers legislator
    legislators democrat democrats republican republicans conservative conservatives
    liberal liberals progressive progressives member members ambassador diplomat diplomats
    general commander commanders agency department ministry office administration government
    statement report study poll survey memo letter filing complaint lawsuit suit document
    documents release website newspaper paper magazine network outlet station site blog
    company firm group organization organisation committee party kremlin coalition union
    foundation board council panel commission ad photo movie film documentary
    pollster pollsters researcher researchers scientist scientists doctor doctors
    teacher teachers student students worker workers employee employees owner owners
    executive executives founder founders father mother wife husband son daughter
    brother sister friend friends neighbor neighbors neighbour neighbours man woman
    people person someone observer observers commentator commentators pundit pundits
    speaker spokespersons head chairperson counsel delegate delegates envoy frontrunner
    front-runner hopeful hopefuls challenger incumbent rival rivals protester protesters protestors
    demonstrators fan fans veteran veterans surrogate surrogates ally allies donor donors
    spokesmen spokeswomen congressmen congresswomen businessmen businesswomen chairmen
    children police operative operatives historian historians scholar scholars negotiator
    negotiators consultant consultants staff niece nephew aunt uncle cousin grandson
    granddaughter grandmother grandfather widow widower boyfriend girlfriend policymaker
    policymakers tycoon tycoons heavyweight heavyweights councilman councilwoman councilmen
    councilwomen ceo premier chancellor writer writers publisher publishers producer producers
    singer singers comedian comedians athlete athletes coach pastor pastors priest priests rabbi
    rabbis imam imams bishop bishops archbishop pope cleric
    boss player teammate colleague teenager youngster chef year-old colonel artist musician poet
    parent patient customer passenger
    filmmaker playwright photographer designer
    commissioner administrator superintendent sheriff treasurer comptroller auditor clerk
    inspector detective trooper sergeant captain admiral agent advocate correspondent provost
    alderman alderwoman assemblyman assemblywoman councilor councillor councilmember
    lobbyist foe adversary affidavit indictment petition
    icon icons legend legends blogger bloggers user commenter follower viewer reader listener stalwart stalwarts firebrand entrepreneur entrepreneurs
    magnate magnates philanthropist journalist journalists preacher evangelist evangelists nun monk lady
    physician physicians surgeon surgeons farmer farmers rancher ranchers miner miners survivor survivors
""".split()) | ROLES_AS_TITLES | DEMONYMS | OCCUPATIONS | SPORTS_ROLES


def plural(noun: str) -> str:
    """The regular plural of an English noun (`spokesman` -> `spokesmen`, `agency` -> `agencies`)."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"
    return noun + "s"


# What the names of some kinds of thing end with: `the newspaper` may be `The Daily Herald`.
KIND_NAME_WORDS = {
    "newspaper": ("Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Globe", "News", "Daily",
                  "Chronicle", "Observer", "Guardian", "Telegraph", "Star", "Sun", "Record", "Register"),
    "paper": ("Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Globe", "News", "Chronicle"),
    "magazine": ("Magazine", "Weekly", "Review", "Monthly"),
    "network": ("News", "Network", "TV", "Television", "Broadcasting", "Radio"),
    "agency": ("Agency", "Administration", "Service", "Bureau", "Commission", "Authority"),
    "department": ("Department", "Ministry"),
    "ministry": ("Ministry",),
    "office": ("Office",),
    "committee": ("Committee", "Commission"),
    "commission": ("Commission",),
    "board": ("Board",),
    "council": ("Council",),
    "panel": ("Panel",),
    "court": ("Court",),
    "company": ("Inc", "Corp", "Company", "Group", "Ltd"),
    "firm": ("Inc", "Corp", "Company", "Group", "Partners", "LLC"),
    "university": ("University", "College", "Institute"),
    "foundation": ("Foundation", "Fund", "Trust"),
    "group": ("Group", "Coalition", "Alliance", "Association", "Council", "Union", "Network", "Project"),
    "union": ("Union", "Federation"),
    "airline": ("Airlines", "Airways"),
    # business news names a company by its trade (`Kestrel Bank … the lender`, `the carmaker`)
    "bank": ("Bank", "Bancorp"),
    "lender": ("Bank", "Bancorp", "Savings"),
    "carmaker": ("Motors", "Automotive"),
    "automaker": ("Motors", "Automotive"),
    "insurer": ("Insurance", "Assurance"),
    "miner": ("Mining", "Minerals"),
    "drugmaker": ("Pharmaceuticals", "Pharma"),
    "utility": ("Energy", "Utilities"),
}

# Words that head an institution's name before `of` and a place or a field (`Bank of Estland`,
# `Court of Appeals`, `Department of Justice`, `University of Marrow`), where `of` is part of the
# name; after a person's name it is not (`Ana Ortiz of Ohio`).
INSTITUTION_WORDS = frozenset(word for words in KIND_NAME_WORDS.values() for word in words if word[0].isupper()) \
    | frozenset("Bank Board Church Chamber Society School Museum Academy Council".split())

# Common nouns that refer to a document or an organisation rather than a person.
THING_NOUNS = frozenset("""
    statement report study poll survey memo letter filing complaint lawsuit suit document
    documents release website newspaper paper magazine network outlet station site blog
    company firm group organization organisation committee party agency department ministry office
    foundation
    administration government campaign kremlin coalition union court tweet post email
    ad advertisement video book article editorial column story bill law order ruling
    account transcript excerpt recording audio footage affidavit indictment petition
    board council panel commission photo movie film documentary
    bank lender carmaker automaker insurer drugmaker utility
""".split())

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "themselves": "p",
    "it": "n", "its": "n", "itself": "n",
    "i": "1", "me": "1", "my": "1", "we": "1p", "us": "1p", "our": "1p", "you": "2",
}
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})
# Forms of `show`, which says nothing with a plain object (`had shown bad judgment`), only with
# `that` after it (`the poll showed that …`).
SHOW_FORMS = frozenset(_FINDING_FORMS["show"])
# Conjunctions that open a subordinate clause: `after Ortiz said …`, `when she got inside, …`.
SUBORDINATORS = frozenset("after before when while as because since until although though".split())
# Verbs of perceiving someone do something: `the jury heard Lee say`; the one perceived
# speaks, and the verb describes no name.
PERCEPTION_VERBS = frozenset("heard hears saw sees watched noticed overheard".split())
# Verbs of recounting what someone did: `Lee remembered Ortiz claiming that …`; the one who
# remembers is the source of the account.
MEMORY_VERBS = frozenset("remembered remembers recalled recalls".split())
# Party members by name, which describe a politician: `the Ohio Republican`, `Democrat Ana Ortiz`
# (not `independent`: `the Independent` is a newspaper).
PARTY_NOUNS = frozenset({"republican", "democrat", "libertarian", "tory"})

# The US states with the short forms party tags give them (`Rep. Ana Ortiz (D-N.M.)`, `R-Texas`,
# `D-NY`): AP style and postal codes. `the New Mexico Democrat` is the one tagged `D-N.M.`.
US_STATES: dict[str, tuple[str, ...]] = {
    "Alabama": ("Ala.", "AL"), "Alaska": ("AK",), "Arizona": ("Ariz.", "AZ"), "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "Cal.", "CA"), "Colorado": ("Colo.", "CO"), "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"), "Florida": ("Fla.", "FL"), "Georgia": ("Ga.", "GA"), "Hawaii": ("HI",),
    "Idaho": ("ID",), "Illinois": ("Ill.", "IL"), "Indiana": ("Ind.", "IN"), "Iowa": ("IA",),
    "Kansas": ("Kan.", "Kans.", "KS"), "Kentucky": ("Ky.", "KY"), "Louisiana": ("La.", "LA"), "Maine": ("ME",),
    "Maryland": ("Md.", "MD"), "Massachusetts": ("Mass.", "MA"), "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"), "Mississippi": ("Miss.", "MS"), "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"), "Nebraska": ("Neb.", "Nebr.", "NE"), "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"), "New Jersey": ("N.J.", "NJ"), "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"), "North Carolina": ("N.C.", "NC"), "North Dakota": ("N.D.", "ND"),
    "Ohio": ("OH",), "Oklahoma": ("Okla.", "OK"), "Oregon": ("Ore.", "Ore", "OR"),
    "Pennsylvania": ("Pa.", "Penn.", "PA"), "Rhode Island": ("R.I.", "RI"), "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"), "Tennessee": ("Tenn.", "TN"), "Texas": ("Tex.", "TX"), "Utah": ("UT",),
    "Vermont": ("Vt.", "VT"), "Virginia": ("Va.", "VA"), "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "W. Va.", "WV"), "Wisconsin": ("Wis.", "Wisc.", "WI"), "Wyoming": ("Wyo.", "WY"),
}

# Indefinite pronouns that name a speaker alone, resolved to no one: `"…," said another`,
# `one told reporters`, `others said`, `Few said`, `Each said`.
INDEFINITE_PRONOUNS = frozenset("another one others some many several most both few all none each neither either".split())

# Quantities that, before a plural, describe unnamed people rather than name anyone: `Few
# Americans said`, `some voters`.
GROUP_QUANTITIES = frozenset("few many most several some".split())

# Gendered role words: the gender they show of the person they name.
GENDERED_NOUNS = {
    "spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
    "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
    "councilman": "m", "councilwoman": "f", "father": "m", "mother": "f", "wife": "f",
    "husband": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
    "man": "m", "woman": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
    "actor": "m", "actress": "f", "grandmother": "f", "grandfather": "m", "uncle": "m",
    "aunt": "f", "boyfriend": "m", "girlfriend": "f", "widow": "f", "widower": "m",
    "grandson": "m", "granddaughter": "f", "nephew": "m", "niece": "f", "stepson": "m",
    "stepdaughter": "f", "stepfather": "m", "stepmother": "f", "fiance": "m", "fiancee": "f",
    # `Dutchman`, `Scotswoman`; not `German`
    **{demonym: "f" if demonym.endswith("woman") else "m" for demonym in DEMONYMS if demonym.endswith(("woman", "sman", "hman"))},
}

# Groups speak as their members do (`environmental groups said`, `the agencies warned`); the
# plurals of person nouns (`women`) are left out, as they would make a name after them a person.
_NO_PLURAL = frozenset("people police children kremlin someone spokespeople friend neighbor neighbour fan".split())
GROUP_NOUNS = frozenset(plural(noun) for noun in ROLE_NOUNS
                        if not noun.endswith("s") and noun not in _NO_PLURAL and noun not in GENDERED_NOUNS) - ROLE_NOUNS
ROLE_NOUNS = ROLE_NOUNS | GROUP_NOUNS
THING_NOUNS = THING_NOUNS | {plural(noun) for noun in THING_NOUNS if not noun.endswith("s") and noun not in _NO_PLURAL}

DETERMINERS = frozenset("""
    the a an this that these those another one two three four five several many some
    most all both each every his her their its our my your no other such any few
""".split())

# Words with a capital letter that are not names when they start a sentence or clause.
FUNCTION_WORDS = frozenset("""
    the a an and but or nor so yet for of in on at to by with from as into about after
    before during while when where if then than that this these those there here it its
    he she they we i you his her their our my your who whom whose which what why how
    not no yes also still just even only now today yesterday tomorrow later earlier
    monday tuesday wednesday thursday friday saturday sunday
    meanwhile however instead indeed asked speaking according although though because
    since until unless despite over under among between through without within mr mrs ms
    is was are were be been being has have had do does did will would can could should may
    might must said says told
    similarly likewise moreover furthermore nevertheless nonetheless otherwise besides thus hence
    therefore accordingly consequently separately additionally ultimately finally overall specifically
    notably importantly interestingly surprisingly ironically unfortunately fortunately clearly
    obviously certainly perhaps maybe previously initially subsequently eventually currently
    frankly honestly basically essentially apparently rather
    unlike amid amidst including following regarding toward towards beyond upon
    outside inside across around behind throughout beside beneath alongside against
""".split())

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof sr jr st sen rep gov gen lt col maj capt sgt adm cmdr rev hon
    pres sec atty supt det insp mt ft no nos vol vs etc al fig approx dept est inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a calif fla ill mass mich minn penn
    tenn tex va wash wis ariz ark colo conn del ga ind kan ky la md miss mo mont neb nev okla
    ore pa vt wyo
""".split())
# Abbreviations that often do end a sentence when a capitalised word follows.
SENTENCE_FINAL_ABBREVIATIONS = frozenset("u.s u.k u.n e.u d.c inc ltd co corp jr sr etc a.m p.m".split())

# Opening mark -> the closing marks that may end it, per quotation style.
DOUBLE_OPENERS = {'"': '"”“', "“": "”“\"", "„": "“”\"", "«": "»", "»": "«", "‹": "›", "''": "''\"”",
                  "``": "''\"”", "「": "」", "『": "』", "‟": "”", "”": "”\""}
SINGLE_OPENERS = {"'": "'’", "‘": "’'", "‚": "‘’", "’": "’"}


# What a speaker does while saying something, in the present tense of feature writing:
# `"…," Ortiz laughs.` (any past tense after a speaker, `laughed`, attributes a quotation).
MANNER_VERBS = frozenset("""
    laughs smiles grins chuckles giggles shrugs sighs deadpans beams nods winks scoffs sneers
    snorts smirks frowns winces
""".split())

# Verbs of crying out, whose quotation is an utterance, never a title: `chanted "Dump Ortiz"`.
UTTERANCE_VERBS = forms("shout chant yell scream exclaim holler bellow", {"cry": ("cry", "cries", "cried", "crying")})

# Nouns for what a crowd cries out together: `chants of "…"`, `the chant "…"`, `"…" chants`.
CHANT_NOUNS = frozenset("chant chants shout shouts cry cries chorus refrain".split())
# Those who cry out together at a rally: the speaker of the chants they raise.
CROWD_NOUNS = frozenset("""
    crowd crowds audience audiences protesters protestors demonstrators marchers supporters delegates
    fans hecklers attendees rallygoers spectators
""".split())


# What `according to` may measure by rather than cite, as a bare noun: `assigned according
# to seniority`, `went according to plan`.
NON_SOURCES = frozenset("""
    plan plans schedule tradition custom seniority need needs merit rank size age protocol script
""".split())


# What renders someone's words in another language without being their source: `"…," Ortiz
# said, according to a translation` is Ortiz's, where `according to the Tribune`, or to a
# transcript, makes that account the source.
RENDERING_NOUNS = frozenset("translation translations interpreter interpreters".split())

# Languages a writer translates a quoted phrase from: `"Adios," Spanish for "goodbye"` glosses
# the phrase; the gloss is no quotation.
LANGUAGES = frozenset("""
    Latin Greek Spanish French German Italian Portuguese Dutch Russian Ukrainian Polish Czech Arabic
    Hebrew Yiddish Persian Farsi Turkish Kurdish Urdu Hindi Chinese Mandarin Cantonese Japanese Korean
    Vietnamese Swahili Tagalog Gaelic Irish Welsh Swedish Norwegian Danish Finnish Hungarian Romanian
""".split())

# Collective nouns for the press that head a source with no determiner and no plural ending:
# `state media reported`, `local television said`, as `officials said` does.
PRESS_MASS_NOUNS = frozenset("media television radio".split())

# The words in lower case a byline may hold besides names: `By Ana Ortiz, staff writer`,
# `Text by Ana Ortiz; photos by Lee Chan`.
BYLINE_WORDS = frozenset("""
    by and of the for in at with text words story reporting additional photos photo photographs
    photography video videos graphics illustration illustrations staff writer writers reporter
    reporters correspondent correspondents editor editors contributor contributors
""".split())

# Lines a web page puts between the paragraphs of a story, in lower case: a quotation left
# open before one goes on after it.
FURNITURE_LINES = frozenset({
    "advertisement", "skip advertisement", "story continues below advertisement",
    "article continues below advertisement", "continue reading the main story", "continue reading below",
})


@dataclass(frozen=True, eq=False)
class Lexicon:
    language: str
    speech_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    frame_only_verbs: frozenset[str]
    question_verbs: frozenset[str]
    object_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    opinion_verbs: frozenset[str]
    opening_only_verbs: frozenset[str]
    headline_cues: frozenset[str]
    noun_like_forms: frozenset[str]
    speech_nouns: frozenset[str]
    that_only_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    cue_phrases: tuple[str, ...]
    refusals: tuple[str, ...]
    refused_acts: frozenset[str]
    auxiliaries: frozenset[str]
    honorifics: dict[str, str | None]
    titles: frozenset[str]
    role_nouns: frozenset[str]
    group_nouns: frozenset[str]
    thing_nouns: frozenset[str]
    pronouns: dict[str, str]
    subject_pronouns: frozenset[str]
    gendered_nouns: dict[str, str]
    title_roles: dict[str, tuple[str, ...]]
    kind_name_words: dict[str, tuple[str, ...]]
    determiners: frozenset[str]
    function_words: frozenset[str]
    abbreviations: frozenset[str]
    sentence_final_abbreviations: frozenset[str]
    indefinite_pronouns: frozenset[str] = frozenset()
    show_forms: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    nationalities: dict[str, tuple[str, ...]] = field(default_factory=dict)
    authored_nouns: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    poll_nouns: frozenset[str] = frozenset()
    utterance_verbs: frozenset[str] = frozenset()
    chant_nouns: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    manner_verbs: frozenset[str] = frozenset()
    rendering_nouns: frozenset[str] = frozenset()
    press_mass_nouns: frozenset[str] = frozenset()
    mass_evidence_nouns: frozenset[str] = frozenset()
    summing_nouns: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    attitude_cues: frozenset[str] = frozenset()
    non_sources: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()
    topic_verbs: dict[str, str] = field(default_factory=dict)
    deed_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    double_openers: dict[str, str] = field(default_factory=dict)
    single_openers: dict[str, str] = field(default_factory=dict)


ENGLISH = Lexicon(
    language="en",
    speech_verbs=SPEECH_VERBS | CLAUSE_VERBS | OBJECT_VERBS | frozenset(TOPIC_VERBS),
    clause_verbs=CLAUSE_VERBS,
    frame_only_verbs=FRAME_ONLY_VERBS,
    question_verbs=QUESTION_VERBS,
    object_verbs=OBJECT_VERBS,
    belief_verbs=BELIEF_VERBS,
    opinion_verbs=OPINION_VERBS,
    opening_only_verbs=OPENING_ONLY_VERBS,
    headline_cues=HEADLINE_CUES,
    noun_like_forms=NOUN_LIKE_FORMS,
    speech_nouns=SPEECH_NOUNS,
    summing_nouns=SUMMING_NOUNS,
    that_only_verbs=THAT_ONLY_VERBS,
    finding_verbs=FINDING_VERBS,
    evidence_nouns=EVIDENCE_NOUNS,
    cue_phrases=CUE_PHRASES,
    refusals=REFUSALS,
    refused_acts=REFUSED_ACTS,
    auxiliaries=AUXILIARIES,
    honorifics=HONORIFICS,
    titles=TITLES,
    role_nouns=ROLE_NOUNS,
    group_nouns=GROUP_NOUNS,
    thing_nouns=THING_NOUNS,
    pronouns=PRONOUNS,
    subject_pronouns=SUBJECT_PRONOUNS,
    gendered_nouns=GENDERED_NOUNS,
    title_roles=TITLE_ROLES,
    kind_name_words=KIND_NAME_WORDS,
    determiners=DETERMINERS,
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    sentence_final_abbreviations=SENTENCE_FINAL_ABBREVIATIONS,
    indefinite_pronouns=INDEFINITE_PRONOUNS,
    show_forms=SHOW_FORMS,
    party_nouns=PARTY_NOUNS,
    demonyms=DEMONYMS,
    nationalities=NATIONALITIES,
    authored_nouns=AUTHORED_NOUNS | SPEECH_NOUNS,
    medium_nouns=MEDIUM_NOUNS,
    poll_nouns=POLL_NOUNS,
    utterance_verbs=UTTERANCE_VERBS,
    chant_nouns=CHANT_NOUNS,
    crowd_nouns=CROWD_NOUNS,
    manner_verbs=MANNER_VERBS,
    rendering_nouns=RENDERING_NOUNS,
    press_mass_nouns=PRESS_MASS_NOUNS,
    mass_evidence_nouns=MASS_EVIDENCE_NOUNS,
    institution_words=INSTITUTION_WORDS,
    attitude_cues=frozenset(ATTITUDE_CUES),
    non_sources=NON_SOURCES,
    intent_verbs=INTENT_VERBS,
    control_verbs=CONTROL_VERBS,
    topic_verbs=TOPIC_VERBS,
    deed_objects=DEED_OBJECTS,
    double_openers=DOUBLE_OPENERS,
    single_openers=SINGLE_OPENERS,
)

LEXICONS = {"en": ENGLISH}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Given names with a clear gender (see scripts/build_first_names.py for the source)."""
    table: dict[str, str] = {}
    text = resources.files("quotex").joinpath("data/first_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            table[name] = gender
    return table


def first_name_gender(name: str) -> str | None:
    """`m` or `f` for a given name whose gender is clear, else None."""
    return _first_names().get(name.lower())
