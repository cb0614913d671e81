"""Stage 5: reported speech without quotation marks."""
import pytest

import quotex

CASES = [
    ("Ana Ortiz said the talks had failed.", "the talks had failed", "Ana Ortiz", "said", "reported-that"),
    ("Ortiz said that the talks had failed.", "that the talks had failed", "Ortiz", "said", "reported-that"),
    ("Ortiz told reporters on Monday that the talks had failed.", "that the talks had failed", "Ortiz", "told",
     "reported-that"),
    # the `that` opening a reported clause is kept with it, as annotators mark it, also before an aside;
    # a relative `that` before the speaker, or one inside the clause before a cue, stays out
    ("Ortiz said that, in any case, the talks had failed.", "that, in any case, the talks had failed", "Ortiz",
     "said", "reported-that"),
    ("Ortiz hinted that the talks had failed, a claim that Lee denies.", "that the talks had failed", "Ortiz",
     "hinted", "reported-that"),
    ("The budget that aides said would fail was passed on Monday.", "would fail", "aides", "said", "reported-that"),
    ("It was that simple, Ana Ortiz said on Monday.", "It was that simple", "Ana Ortiz", "said", "reported-after"),
    ("The talks had failed, Ana Ortiz said on Monday.", "The talks had failed", "Ana Ortiz", "said",
     "reported-after"),
    ("The talks had failed, said Ana Ortiz.", "The talks had failed", "Ana Ortiz", "said", "reported-after"),
    ("According to Ortiz, the talks had failed.", "the talks had failed", "Ortiz", "According to",
     "reported-according-to"),
    ("The talks had failed, according to the memo.", "The talks had failed", "the memo", "according to",
     "reported-according-to"),
    ("Ortiz did not rule out that the talks could resume.", "that the talks could resume", "Ortiz",
     "did not rule out", "reported-that"),
    ("Ortiz: Talks with the union have failed\n\nThe city is waiting.", "Talks with the union have failed",
     "Ortiz", ":", "reported-headline"),
    ("Ortiz Says Talks With The Union Have Failed\n\nThe city is waiting.", "Talks With The Union Have Failed",
     "Ortiz", "Says", "reported-that"),
    ("Ortiz asked the council whether the talks had failed.", "whether the talks had failed", "Ortiz", "asked",
     "reported-question"),
    ('Ortiz said she had not seen the report, and when asked again, she said, "We will see."',
     "she had not seen the report", "Ortiz", "said", "reported-that"),
    ("In the last step, officers can search the records, city officials said.",
     "In the last step, officers can search the records", "city officials", "said", "reported-after"),
    ("The Daily Herald reports Ortiz will run again.", "Ortiz will run again", "The Daily Herald", "reports",
     "reported-that"),
    ("Ortiz said the city was not in a crisis, and urged calm.", "the city was not in a crisis", "Ortiz", "said",
     "reported-that"),
    ("Ortiz wrote that the talks had failed.", "that the talks had failed", "Ortiz", "wrote", "reported-that"),
    ("Ortiz and Lee claim the vote was rigged.", "the vote was rigged", "Ortiz and Lee", "claim", "reported-that"),
    ("People familiar with the talks said the deal was close.", "the deal was close",
     "People familiar with the talks", "said", "reported-that"),
    ("The council met on Monday after Ortiz said the budget was short.", "the budget was short", "Ortiz", "said",
     "reported-that"),
    ("The talks had failed, Ortiz added.", "The talks had failed", "Ortiz", "added", "reported-after"),
    # a title and a name, then a verb and an object with a role noun: the name is the subject
    ("President Ana Ortiz met survivors of the flood and said the city must act.", "the city must act",
     "President Ana Ortiz", "said", "reported-that"),
    ("Sen. Ana Ortiz met voters and said the bill would pass.", "the bill would pass", "Sen. Ana Ortiz", "said",
     "reported-that"),
    # a demand or a recommendation with `that`
    ("Parents demanded that the school board reverse its decision.", "that the school board reverse its decision",
     "Parents", "demanded", "reported-that"),
    # a poll opening its sentence is the source of the clause after it
    ("In a poll released Monday, 40 percent of voters backed Ortiz.", "40 percent of voters backed Ortiz",
     "a poll released Monday", "In", "reported-in-poll"),
    ("But in the latest city poll, conducted in May, Ortiz led Lee 47 percent to 39 percent.",
     "Ortiz led Lee 47 percent to 39 percent", "the latest city poll", "in", "reported-in-poll"),
    ("In exit polls, voters were unhappy with the council, and most wanted change.",
     "voters were unhappy with the council, and most wanted change", "exit polls", "In", "reported-in-poll"),
    ("Ana Ortiz is saying the plan will fail.", "the plan will fail", "Ana Ortiz", "saying", "reported-that"),
    ("Ana Ortiz has been saying the plan will fail.", "the plan will fail", "Ana Ortiz", "saying",
     "reported-that"),
    ("Many speakers — among them pastors and rabbis — said the loss was painful.", "the loss was painful",
     "Many speakers", "said", "reported-that"),
    ('Ana Ortiz - who once vowed to "clean out" the river towns held by the cartel - said the plan was ready.',
     "the plan was ready", "Ana Ortiz", "said", "reported-that"),
    # a participle's phrase opening the sentence: its subject is the main clause's, after the phrase
    ("After saying he was nervous to ask a question, the man ended up in the middle of the room.",
     "he was nervous to ask a question", "the man", "saying", "reported-that"),
    ("While saying that he does respect the mayor, Lee Chan continued to express doubts about her.",
     "that he does respect the mayor", "Lee Chan", "saying", "reported-that"),
    # a perfect participle too, ending at its comma
    ("Having announced that the plant would close, Judge Ana Ortiz left the room.",
     "that the plant would close", "Judge Ana Ortiz", "announced", "reported-that"),
    ("After having already said that the deal was off, the mayor took questions.",
     "that the deal was off", "the mayor", "said", "reported-that"),
    ("Ortiz has gotten less credit than aides say she deserves for the budget.",
     "she deserves for the budget", "aides", "say", "reported-that"),
    ("Her campaign workers here said they had knocked on every door.", "they had knocked on every door",
     "Her campaign workers", "said", "reported-that"),
    # belief and finding, attributed like speech when `that` follows
    ("The study found that turnout fell sharply.", "that turnout fell sharply", "The study", "found",
     "reported-finding"),
    ("Most voters think that the plan will fail.", "that the plan will fail", "Most voters", "think",
     "reported-that"),
    ("Polls show that Ortiz leads the race.", "that Ortiz leads the race", "Polls", "show", "reported-finding"),
    # what a poll or a record shows needs no `that`, and the finding may come first
    ("A new poll shows Ortiz leading the race by ten points.", "Ortiz leading the race by ten points",
     "A new poll", "shows", "reported-finding"),
    ("The records showed a sharp drop in turnout among young voters.", "a sharp drop in turnout among young voters",
     "The records", "showed", "reported-finding"),
    ("More than half of the money arrived in May, campaign filings show.", "More than half of the money arrived in May",
     "campaign filings", "show", "reported-finding"),
    # the poll may come with what places or describes it, or be one of the words of its subject
    ("Polls in Vermont show the two candidates tied.", "the two candidates tied", "Polls in Vermont", "show",
     "reported-finding"),
    ("Polls there show Ortiz trailing Lee.", "Ortiz trailing Lee", "Polls there", "show", "reported-finding"),
    ("A video of the hearing shows Ortiz leaving the room.", "Ortiz leaving the room", "A video of the hearing",
     "shows", "reported-finding"),
    ("An average of recent polls shows Ortiz leading Lee by 13 points.", "Ortiz leading Lee by 13 points",
     "An average of recent polls", "shows", "reported-finding"),
    ("Exit polling showed that Ortiz won every age group.", "that Ortiz won every age group", "Exit polling", "showed",
     "reported-finding"),
    ("Recent polling shows that the mayor's rating has fallen.", "that the mayor's rating has fallen", "Recent polling",
     "shows", "reported-finding"),
    ("The debate took place as a new poll showed Ortiz moving ahead of Lee.", "Ortiz moving ahead of Lee",
     "a new poll", "showed", "reported-finding"),
    ("A review of the emails seems to show that an aide coordinated with the paper.",
     "that an aide coordinated with the paper", "A review of the emails", "show", "reported-finding"),
    ("Mayors will need the money, with recent polls showing a tightening of the race.", "a tightening of the race",
     "recent polls", "showing", "reported-finding"),
    ("The inquiry found that the payments were never made.", "that the payments were never made", "The inquiry", "found",
     "reported-finding"),
    ("Projections show it would raise $9 billion over a decade.", "it would raise $9 billion over a decade",
     "Projections", "show", "reported-finding"),
    # figures, and data, research or polling with no article, as a plural has none; a source obtained by someone
    ("About 7,000 patients waited more than a year, official data shows.", "About 7,000 patients waited more than a year",
     "official data", "shows", "reported-finding"),
    ("Ortiz leads by four points in Ohio, recent polling shows.", "Ortiz leads by four points in Ohio",
     "recent polling", "shows", "reported-finding"),
    ("Rents rose 9% in the city last year, new figures show.", "Rents rose 9% in the city last year",
     "new figures", "show", "reported-finding"),
    ("Waiting lists have doubled in five years, figures obtained by the Courier show.",
     "Waiting lists have doubled in five years", "figures obtained by the Courier", "show", "reported-finding"),
    # ... and opening the sentence, capitalised only there
    ("Figures obtained by the Courier show the firm knew about the leak.", "the firm knew about the leak",
     "Figures obtained by the Courier", "show", "reported-finding"),
    ("Data from the 2020 county survey show that turnout fell by a third.", "that turnout fell by a third",
     "Data from the 2020 county survey", "show", "reported-finding"),
    # after `according to`, the source may run on to the sentence end
    ("Turnout rose by 4 points, according to the county's own weekly tally.", "Turnout rose by 4 points",
     "the county's own weekly tally", "according to", "reported-according-to"),
    ("Turnout rose by 4 points according to a survey released Monday.", "Turnout rose by 4 points",
     "a survey released Monday", "according to", "reported-according-to"),
    ("According to early results of a survey conducted by a polling firm for the county council, "
     "turnout rose by 4 points.",
     "turnout rose by 4 points", "early results", "According to", "reported-according-to"),
    # a quotation inside the subject's clause does not hide the subject
    ("Ortiz, who calls the plan a “sham,” said she would vote against it.", "she would vote against it",
     "Ortiz", "said", "reported-that"),
    ("Ana Ortiz called it a “farce” and said the vote had been rigged.", "the vote had been rigged", "Ana Ortiz",
     "said", "reported-that"),
    ("Ana Ortiz blamed the council for the “chaos,” saying the budget had been cut too late.",
     "the budget had been cut too late", "Ana Ortiz", "saying", "reported-that"),
    # what was said, reported through the object of the verb
    ("Ana Ortiz accused the council of hiding the budget.", "the council of hiding the budget", "Ana Ortiz",
     "accused", "reported-object"),
    ("Ana Ortiz urged the council to pass the budget, and the council agreed.", "the council to pass the budget",
     "Ana Ortiz", "urged", "reported-object"),
    ("Ana Ortiz criticized the plan as too costly and voted against it.", "the plan as too costly", "Ana Ortiz",
     "criticized", "reported-object"),
    ("In a letter, Ana Ortiz asked the council to delay the vote.", "the council to delay the vote", "Ana Ortiz",
     "asked", "reported-object"),
    ("Ana Ortiz called for a ban on assault weapons after the shooting.", "a ban on assault weapons after the shooting",
     "Ana Ortiz", "called", "reported-object"),
    ("Ana Ortiz described the budget plan as too costly for the city.", "the budget plan as too costly for the city",
     "Ana Ortiz", "described", "reported-object"),
    # a question put to someone, by an asker left unnamed or named after `by`
    ("Asked whether he would run again, Ortiz smiled.", "whether he would run again", None, "Asked",
     "reported-question-put"),
    ("Ortiz was asked about the budget cuts in the city during the debate.", "the budget cuts in the city", None,
     "asked", "reported-question-put"),
    ("Asked by reporters if the plan would pass, Ortiz smiled.", "if the plan would pass", "reporters", "Asked",
     "reported-question-put"),
    # a topic may be short
    ("Asked about the merger, Ortiz smiled.", "the merger", None, "Asked", "reported-question-put"),
    # a request with a condition after it is no question
    ("Ana Ortiz asked her to call the mayor immediately if possible.", "her to call the mayor immediately if possible",
     "Ana Ortiz", "asked", "reported-object"),
    # the same after another sentence: the question opens its own
    ("The vote is near. Asked whether he would run again, Ortiz smiled.", "whether he would run again", None, "Asked",
     "reported-question-put"),
    ("The vote is near.\n\nWhen asked by reporters if the plan would pass, Ortiz smiled.", "if the plan would pass",
     "reporters", "asked", "reported-question-put"),
    # a name right after a clause verb that follows a comma is its speaker, not the clause's subject
    ("The city fund has raised $5 million, said Lee Chan, its president.", "The city fund has raised $5 million",
     "Lee Chan", "said", "reported-after"),
    # `told` and its listener after the clause; a description of the speaker between them
    ("He had finished his second year, a school spokesman told the Daily Herald.", "He had finished his second year",
     "a school spokesman", "told", "reported-after"),
    ("Ortiz remains committed to the race, her top aide, Lee Chan, told reporters.",
     "Ortiz remains committed to the race", "Lee Chan", "told", "reported-after"),
    # a clause may open with a quantity (`more than 1 million`, `much of`)
    ("Aides said more than 1 million donors gave to the campaign.", "more than 1 million donors gave to the campaign",
     "Aides", "said", "reported-that"),
    ("Staff for the committee said much of the email was already public.", "much of the email was already public",
     "Staff for the committee", "said", "reported-that"),
    ("Perez says too many workers are torn by guilt.", "too many workers are torn by guilt", "Perez", "says",
     "reported-that"),
    # a refusal to speak, from the act refused
    ("Ana Ortiz declined to comment on the budget.", "comment on the budget", "Ana Ortiz", "declined to",
     "reported-refusal"),
    ("Ortiz declined to say whether the talks had failed.", "say whether the talks had failed", "Ortiz",
     "declined to", "reported-refusal"),
    # a cue phrase opening with a participle set off by a comma: the subject of the clause it hangs on
    ("Bo Lind confirmed the arrest, declining to comment on the charges.", "comment on the charges", "Bo Lind",
     "declining to", "reported-refusal"),
    ("A lawyer for the builder spoke briefly, pointing out that the permit was valid.", "that the permit was valid",
     "A lawyer for the builder", "pointing out", "reported-that"),
    ("Mr. Amis, declining to comment on the charges, left the court.", "comment on the charges", "Mr. Amis",
     "declining to", "reported-refusal"),
    # a relative `that` after the object is not the reported clause's `that`
    ("The mayor warned Ortiz to drop any plans that would delay the vote.",
     "Ortiz to drop any plans that would delay the vote", "The mayor", "warned", "reported-that"),
    # a pronoun with a contracted auxiliary is the speaker without it
    ("I'd say experience is overrated by most voters.", "experience is overrated by most voters", "I", "say",
     "reported-that"),
    ("They’ll say the plan is dead on arrival.", "the plan is dead on arrival", "They", "say", "reported-that"),
    # a dateline opening the story is no part of the clause before the cue
    ("WASHINGTON (Reuters) - The talks had failed on Monday, officials said.", "The talks had failed on Monday",
     "officials", "said", "reported-after"),
    ("DECATUR, Ill. — The talks had failed on Monday, officials said.", "The talks had failed on Monday",
     "officials", "said", "reported-after"),
    ("LOS ANGELES, Feb. 2 (UPI) — The talks had failed on Monday, officials said.", "The talks had failed on Monday",
     "officials", "said", "reported-after"),
    # a collective noun for the press is a source without a determiner, as a plural is
    ("The talks had failed on Monday, state media reported.", "The talks had failed on Monday",
     "state media", "reported", "reported-after"),
    ("Local media reported that the ferry had sunk off the coast.", "that the ferry had sunk off the coast",
     "Local media", "reported", "reported-that"),
    ("Iranian state television said the ferry had sunk.", "the ferry had sunk",
     "Iranian state television", "said", "reported-that"),
    ("The mayor's plan drew wide media attention, Ortiz said.", "The mayor's plan drew wide media attention",
     "Ortiz", "said", "reported-after"),  # but a modifier is no source
    # a verb of showing with a noun of attitude is a cue, its noun no part of the speaker or the clause
    ("Ortiz expressed concern that the plant would close.", "that the plant would close", "Ortiz",
     "expressed concern", "reported-that"),
    ("The mayor voiced hope that the strike would end soon.", "that the strike would end soon", "The mayor",
     "voiced hope", "reported-that"),
    ("Lee expressed confidence the bill would pass.", "the bill would pass", "Lee", "expressed confidence",
     "reported-that"),
    # an opening `as` clause reports what follows it
    ("As the paper reported, turnout rose in every ward.", "turnout rose in every ward", "the paper", "reported",
     "reported-that"),
    # a clause without `that` after a statement or an interview the cue names
    ("Bradley Hoskins said in a statement Thursday night he would appeal.", "he would appeal",
     "Bradley Hoskins", "said", "reported-that"),
    ("Ortiz said in an interview with the paper the ruling was wrong.", "the ruling was wrong",
     "Ortiz", "said", "reported-that"),
    ("If anything, Lee argued in his email, the incident shows why the rules must change.",
     "the incident shows why the rules must change", "Lee", "argued", "reported-that"),
    # ... but `that` further on opens the clause
    ("Ortiz said in an interview with the paper that she would run.", "that she would run",
     "Ortiz", "said", "reported-that"),
    # a hearer after `told` is no reported clause: a briefing, a court, a panel
    ("The outbreak is spreading, Ana Ortiz told a press briefing in Geneva.", "The outbreak is spreading",
     "Ana Ortiz", "told", "reported-after"),
    ("Michigan did what 40 states do, he told the court in his filing.", "Michigan did what 40 states do",
     "he", "told", "reported-after"),
    # a bare cue form after a plural role noun is a verb
    ("Labor unions and many lawmakers claim the deal will cost jobs.", "the deal will cost jobs",
     "Labor unions and many lawmakers", "claim", "reported-that"),
    # ... past an adverbial after the cue
    ("As one analyst noted with a chart, the gap between the two parties is vast.",
     "the gap between the two parties is vast", "one analyst", "noted", "reported-that"),
    ("As Ortiz told reporters on Monday, the plan has no chance of passing.", "the plan has no chance of passing",
     "Ortiz", "told", "reported-that"),
    # an object relative clause's own subject reports, even when it is no person
    ("The mayor criticized the budget, which an audit said was riddled with errors.", "was riddled with errors",
     "an audit", "said", "reported-that"),
    ("Ortiz reported to the council that the talks had failed.", "that the talks had failed", "Ortiz", "reported",
     "reported-that"),
    # a relative clause set off by commas speaks through `which`, and ends where the sentence goes on
    ("The fine levied by the Union, which contended that the firm was undertaxed, is a good example.",
     "that the firm was undertaxed", "which", "contended", "reported-that"),
    ("Ana Ortiz, who said that she would debate him, criticized the plan.", "that she would debate him", "who", "said",
     "reported-that"),
    # ... an adverb may open the sentence's own verb again, and the cue may be the relative's second verb
    ("Ana Ortiz, who said she would campaign with him, ultimately did not show up.", "she would campaign with him",
     "who", "said", "reported-that"),
    ("Ana Ortiz, who met the mayor in May and said she would campaign with him, left early.",
     "she would campaign with him", "Ana Ortiz", "said", "reported-that"),
    # ... but an adverb alone after the comma is still the reported clause's
    ("Ana Ortiz, who met the mayor and said she was happy, quickly.", "she was happy, quickly", "Ana Ortiz", "said",
     "reported-that"),
    # ... but a later comma may close an aside inside the clause
    ("The council heard from Ana Ortiz, who said that the two men, and Lee in particular, must do more.",
     "that the two men, and Lee in particular, must do more", "who", "said", "reported-that"),
    # a description or a relative clause after the source of `according to` is no part of the clause
    ("According to Dana Lee, the district's budget director, the district faces a shortfall.",
     "the district faces a shortfall", "Dana Lee", "According to", "reported-according-to"),
    ("According to Dana Lee, who oversees the budget, the district faces a shortfall.",
     "the district faces a shortfall", "Dana Lee", "According to", "reported-according-to"),
    ("According to the mayor, the district, which is broke, faces a shortfall.",
     "the district, which is broke, faces a shortfall", "the mayor", "According to", "reported-according-to"),
    # ... nor is a description of the source that ends the sentence: the clause before reports
    ("In Ohio, pockets of voters still back Lee and won’t get behind Ortiz, according to the party chairs from "
     "Greene and Clark, two of the largest counties in the state.",
     "In Ohio, pockets of voters still back Lee and won’t get behind Ortiz", "the party chairs from Greene",
     "according to", "reported-according-to"),
    ("Lee gave a total of $5,395 to his campaign, according to figures that were released Thursday by "
     "Homefind, a firm that tracks donations.", "Lee gave a total of $5,395 to his campaign", "figures",
     "according to", "reported-according-to"),
    # where the speaker said it ends the object, however short what is left (the occasion tells it was said)
    ("Ortiz criticized Dana Lee during a debate on Monday.", "Dana Lee", "Ortiz", "criticized", "reported-object"),
    ("Ortiz praised the new budget plan in an interview with the Ledger.", "the new budget plan", "Ortiz",
     "praised", "reported-object"),
    # ... but not when a clause follows the occasion, which then belongs to the object
    ("Ortiz criticized the remarks Lee made in the debate over the plan that the council passed.",
     "the remarks Lee made in the debate over the plan that the council passed", "Ortiz", "criticized",
     "reported-object"),
    # an opening subordinate clause is reported when asked about, or long enough to hold a main clause
    ("When asked about the delay on the trail, Ortiz bristled and said, “No comment,” the Ledger reported.",
     "When asked about the delay on the trail", "Ortiz", "said", "reported-after"),
    ("After Ortiz took office in May she cut the budget for parks and roads by half, records show.",
     "After Ortiz took office in May she cut the budget for parks and roads by half", "records", "show",
     "reported-finding"),
    # ... while a subordinate clause there is what the source says, verb or not
    ("It's bad, according to Ortiz, because, well, Lee.", "because, well, Lee", "Ortiz", "according to",
     "reported-according-to"),
    # a description of the speaker by an owner before the name is no part of the clause
    ("Demand has slowed, Harlow's mayor, Ann Lutz, said.", "Demand has slowed", "Ann Lutz", "said",
     "reported-after"),
    # any hearer of `told`, when a clause, an adverbial or the sentence's end follows
    ("Maxon told the board he would resign.", "he would resign", "Maxon", "told", "reported-that"),
    ("Maxon told investors the company would recover.", "the company would recover", "Maxon", "told",
     "reported-that"),
    ("Demand has slowed, Reyes told analysts.", "Demand has slowed", "Reyes", "told", "reported-after"),
    ("Demand has slowed, Reyes told his staff in a memo.", "Demand has slowed", "Reyes", "told", "reported-after"),
    # a clause opening with `no` and a noun before an auxiliary, `no one` or `not all`
    ("Ana Ruiz said no ballots were lost.", "no ballots were lost", "Ana Ruiz", "said", "reported-that"),
    ("Ana Ruiz said no one was hurt in the fire.", "no one was hurt in the fire", "Ana Ruiz", "said", "reported-that"),
    ("Ruiz said not all ballots were counted.", "not all ballots were counted", "Ruiz", "said", "reported-that"),
    # an approximate number with its verb, or `nothing` / `something` with one, opens a clause too
    ("Officials said at least 12 people were killed.", "at least 12 people were killed", "Officials", "said",
     "reported-that"),
    ("Ruiz told reporters about 300 homes were lost.", "about 300 homes were lost", "Ruiz", "told",
     "reported-that"),
    ("Officials said up to 40 homes had burned.", "up to 40 homes had burned", "Officials", "said",
     "reported-that"),
    ("Police said nothing was taken.", "nothing was taken", "Police", "said", "reported-that"),
    ("News reports said the car was speeding.", "the car was speeding", "News reports", "said", "reported-that"),
    # a line of a transcript: a name in capitals and a colon
    ("The interview went on.\n\nORTIZ: We will stay and we will fight for the district.",
     "We will stay and we will fight for the district", "ORTIZ", ":", "reported-transcript"),
    # ... after titles in capitals, with a party tag before the colon
    ("The debate went on.\n\nSEN. ANA ORTIZ (D-OHIO): We will stay and we will fight for the district.",
     "We will stay and we will fight for the district", "SEN. ANA ORTIZ", ":", "reported-transcript"),
    # ... or a role in capitals, for someone the transcript does not name
    ("The debate went on.\n\nMODERATOR: Senator, your time is up and we must move on.",
     "Senator, your time is up and we must move on", "MODERATOR", ":", "reported-transcript"),
    # but a line where someone named speaks in turn opens with a dateline, not a speaker's label
    ("The vote was held.\n\nNEW DELHI: Transport minister Ana Rao said the roads would reopen on Monday.",
     "the roads would reopen on Monday", "Transport minister Ana Rao", "said", "reported-that"),
    # ... or the surname of someone the text names, saying a sentence with a verb
    ("Ana Ortiz spoke to Tom Hale.\n\nOrtiz: Well, the district will stay as it is.",
     "Well, the district will stay as it is", "Ortiz", ":", "reported-transcript"),
    # a cue's time and then `that` report what follows, even after a description that opens the sentence
    ("His wife of 50 years, Ana Okafor, said Monday that he had played.", "that he had played", "Ana Okafor", "said",
     "reported-that"),
    ("The talks had failed, Ortiz said Monday in a statement that was posted online.", "The talks had failed",
     "Ortiz", "said", "reported-after"),
    # the hearer of `told` is no part of what was told: `police`, two words, a role; nor is a month
    ("A woman told police her bike was stolen.", "her bike was stolen", "A woman", "told", "reported-that"),
    ("Ortiz told council members the budget was short.", "the budget was short", "Ortiz", "told", "reported-that"),
    ("A woman told a dispatcher her bike was stolen.", "her bike was stolen", "A woman", "told", "reported-that"),
    ("Ortiz told investigators in July she was advised by Lee.", "she was advised by Lee", "Ortiz", "told",
     "reported-that"),
    # a bare day after the cue is its time, not the clause's first word; unless a verb follows it
    ("Officials said Tuesday the bridge was closed.", "the bridge was closed", "Officials", "said", "reported-that"),
    ("Officials said Monday will be the deadline.", "Monday will be the deadline", "Officials", "said",
     "reported-that"),
    # a time after the cue, then `that`: the clause follows
    ("The Ledger reported two days later that the mayor had quit.", "that the mayor had quit", "The Ledger", "reported",
     "reported-that"),
    # a cue phrase in `-ing` is no participle modifying the noun before it
    ("Ana Ortiz was quoted as saying the deal was dead.", "the deal was dead", "Ana Ortiz", "was quoted as saying",
     "reported-that"),
    # what someone talked about or referred to
    ("Ana Ortiz talked about the need for new housing.", "the need for new housing", "Ana Ortiz", "talked",
     "reported-object"),
    ("Ana Ortiz spoke at length, referring to the plan as a disaster.", "the plan as a disaster", "Ana Ortiz",
     "referring", "reported-object"),
    ("And she frequently talks about how she pushed the mayor.", "how she pushed the mayor", "she", "talks",
     "reported-object"),
    # a demand put to someone, and one made in a participle
    ("Ana Ortiz called on Congress to pass the bill.", "Congress to pass the bill", "Ana Ortiz", "called",
     "reported-object"),
    ("Ana Ortiz spoke Monday, calling for a ban on assault weapons.", "a ban on assault weapons", "Ana Ortiz",
     "calling", "reported-object"),
    # a verb of commitment reports the infinitive after it, in the progressive too
    ("Ana Ortiz vowed to fight the ruling in court.", "to fight the ruling in court", "Ana Ortiz", "vowed",
     "reported-object"),
    ("Ana Ortiz vowed not to vote for him in the fall.", "not to vote for him in the fall", "Ana Ortiz", "vowed",
     "reported-object"),  # a negated commitment too
    ("The mayor agreed to pay a fee of $500.", "to pay a fee of $500", "The mayor", "agreed", "reported-object"),
    ("Both candidates vowed to be tougher on crime.", "to be tougher on crime", "Both candidates", "vowed",
     "reported-object"),
    # an opening subordinate clause before a cue with its own complement is not what the cue reports
    ("Two months later, when Ortiz won a series of primaries, the publisher agreed to print the book again.",
     "to print the book again", "the publisher", "agreed", "reported-object"),
    ("Ana Ortiz is pledging to take her campaign to the convention.", "to take her campaign to the convention",
     "Ana Ortiz", "pledging", "reported-object"),
    ("The union threatened to sue the city, and the mayor left.", "to sue the city", "The union", "threatened",
     "reported-object"),
    # a name joined with a role noun is one source (`colleagues` is one)
    ("Ana Carvalho and colleagues found that the risk fell.", "that the risk fell", "Ana Carvalho and colleagues",
     "found", "reported-that"),
    # a number's thousands separator is no comma of the clause: the source runs on past it
    ("A study of 2,400 families found that screens hurt speech.", "that screens hurt speech",
     "A study of 2,400 families", "found", "reported-finding"),
    ("Screens hurt speech, according to a new study of 2,400 families.", "Screens hurt speech",
     "a new study of 2,400 families", "according to", "reported-according-to"),
    ("Ortiz stated that the budget was short.", "that the budget was short", "Ortiz", "stated", "reported-that"),
    # a form that is as often a noun is a verb after its subject and an adverb
    ("Ortiz also claims she was never told.", "she was never told", "Ortiz", "claims", "reported-that"),
    # an opinion reports the clause right after it, without `that`
    ("Her advisers think she has the discipline to prevail.", "she has the discipline to prevail",
     "Her advisers", "think", "reported-that"),
    ("Many Democrats believe Ortiz did well in Ohio.", "Ortiz did well in Ohio", "Many Democrats", "believe",
     "reported-that"),
    ("Fund managers think they know better.", "they know better", "Fund managers", "think", "reported-that"),
    ("She hopes the bill passes.", "the bill passes", "She", "hopes", "reported-that"),
    ("Democrats don't think Ortiz can win the state.", "Ortiz can win the state", "Democrats", "think",
     "reported-that"),
    ("Ortiz fears the town has lost its nerve.", "the town has lost its nerve", "Ortiz", "fears", "reported-that"),
    ("Campaign strategists think women are likely to decide the race.", "women are likely to decide the race",
     "Campaign strategists", "think", "reported-that"),
    # an opinion inside what someone said is part of it, not a report of its own
    ("Ortiz said she thinks the plan will fail.", "she thinks the plan will fail", "Ortiz", "said",
     "reported-that"),
    # `'s` after a pronoun is `has` before a cue
    ("While she's said she will run, Ortiz has not filed.", "she will run", "she", "said", "reported-that"),
    # an infinitive cue after an adjective of likelihood or will
    ("Voters are far more likely to say the economy is improving.", "the economy is improving", "Voters", "say",
     "reported-that"),
    ("Ortiz was unwilling to say whether she would run.", "whether she would run", "Ortiz", "say",
     "reported-that"),
    # a cue joined to a verb of its subject by `and`, in a clause joined on by `and when`
    ("The crowd booed, and when Ana Ortiz thanked them and said she would run again, the hall fell silent.",
     "she would run again", "Ana Ortiz", "said", "reported-that"),
    # a deed noun that is the subject of the reported clause
    ("Ana Ortiz conceded the race had been lost weeks ago.", "the race had been lost weeks ago", "Ana Ortiz",
     "conceded", "reported-that"),
    ("Ana Ortiz claimed credit was due to her staff.", "credit was due to her staff", "Ana Ortiz", "claimed",
     "reported-that"),
    # a firm's results as the subject of the reported clause, the plural too
    ("The Ledger reported the profits had been inflated.", "the profits had been inflated", "The Ledger", "reported",
     "reported-that"),
    ("Ana Ortiz conceded the races had been lost.", "the races had been lost", "Ana Ortiz", "conceded",
     "reported-that"),
    # an opening subordinate clause after `But` or a measure of time ends at its comma too
    ("But if Ana Ortiz said she would stay out of the race, she did not rule it out either.",
     "she would stay out of the race", "Ana Ortiz", "said", "reported-that"),
    ("Two weeks after Ana Ortiz announced that the plant would close, the town held a vigil.",
     "that the plant would close", "Ana Ortiz", "announced", "reported-that"),
    ("Shortly before Ana Ortiz said the deal was off, shares fell.", "the deal was off", "Ana Ortiz", "said",
     "reported-that"),
    # but not a main clause after it, nor one that opens with `But` alone
    ("Two weeks after the vote, Ana Ortiz said that the plant, which is old, would close.",
     "that the plant, which is old, would close", "Ana Ortiz", "said", "reported-that"),
    ("But Ana Ortiz said the plant, which is old, would close.", "the plant, which is old, would close",
     "Ana Ortiz", "said", "reported-that"),
    ("Ana Ortiz left the hearing early and later told reporters the witness had lied.", "the witness had lied",
     "Ana Ortiz", "told", "reported-that"),
    # a clause after the main one keeps its commas
    ("Ortiz stretched the truth when she claimed that the group, or its leaders, had used the video.",
     "that the group, or its leaders, had used the video", "she", "claimed", "reported-that"),
    # `this` after a hearer opens the clause, not a time of the telling
    ("While the talks went on, Ortiz told reporters this was the last chance.", "this was the last chance",
     "Ortiz", "told", "reported-that"),
    ("The talks had failed, Ortiz told reporters this week.", "The talks had failed", "Ortiz", "told",
     "reported-after"),
    # a number's thousands separator is no comma that ends an object
    ("Ortiz promised to create 700,000 jobs in seven years.", "to create 700,000 jobs in seven years", "Ortiz",
     "promised", "reported-object"),
    # a short phrase may open the clause before its subject
    ("Ortiz said in politics it takes time to build trust.", "in politics it takes time to build trust", "Ortiz",
     "said", "reported-that"),
    # a yes or a no is all that was said
    ("In the end, Ortiz said no.", "no", "Ortiz", "said", "reported-that"),
    ("Ortiz said no to the new stadium.", "no to the new stadium", "Ortiz", "said", "reported-that"),
    ("Ortiz said no one was hurt.", "no one was hurt", "Ortiz", "said", "reported-that"),
    # a poll and when it came out, before its finding verb
    ("Ortiz trails by four points, a Marlow University poll released Wednesday shows.",
     "Ortiz trails by four points", "a Marlow University poll released", "shows", "reported-finding"),
    # verbs that report a clause only with `that` after them
    ("Ortiz reminded the council that the budget was short.", "that the budget was short", "Ortiz", "reminded",
     "reported-that"),
    ("A federal judge ruled that the law was unconstitutional.", "that the law was unconstitutional", "A federal judge",
     "ruled", "reported-that"),
    ("Ortiz countered that the trip was paid for by the campaign.", "that the trip was paid for by the campaign", "Ortiz",
     "countered", "reported-that"),
    # what was defended or proposed is what was said
    ("Ortiz defended her vote on the budget.", "her vote on the budget", "Ortiz", "defended", "reported-object"),
    ("Ortiz proposed a tax on carbon emissions.", "a tax on carbon emissions", "Ortiz", "proposed",
     "reported-object"),
    # what was cited, dismissed, questioned, mocked or touted is what was said about it
    ("Ortiz cited a 2009 memo from the housing agency.", "a 2009 memo from the housing agency", "Ortiz", "cited",
     "reported-object"),
    ("Ortiz dismissed the audit as partisan noise.", "the audit as partisan noise", "Ortiz", "dismissed",
     "reported-object"),
    ("Ortiz questioned whether the council had the authority to act.", "whether the council had the authority to act",
     "Ortiz", "questioned", "reported-object"),
    ("The mayor touted the new park as a sign of progress.", "the new park as a sign of progress", "The mayor",
     "touted", "reported-object"),
    ("Ortiz mocked the governor's plan to sell the lake.", "the governor's plan to sell the lake", "Ortiz", "mocked",
     "reported-object"),
    ("Ortiz slammed the board for raising fees again.", "the board for raising fees again", "Ortiz", "slammed",
     "reported-object"),
    # a participle set off by a comma reports through its object what the clause's subject said
    ("Dana Ortiz canceled the trip, citing fears of flooding in the valley.", "fears of flooding in the valley",
     "Dana Ortiz", "citing", "reported-object"),
    ("Ana Ortiz left the room, accusing the council of lies.", "the council of lies", "Ana Ortiz", "accusing",
     "reported-object"),
    # what is expected of someone, by nobody named, up to the clause's first comma
    ("The council is expected to vote on the budget next week.", "to vote on the budget next week", None, "expected",
     "reported-expectation"),
    ("Turnout is not expected to top 40 percent, the lowest in years.", "to top 40 percent", None, "expected",
     "reported-expectation"),
    ("The fair, which is expected to draw 50,000 visitors, opens Friday.", "to draw 50,000 visitors", None,
     "expected", "reported-expectation"),
    # ... unless someone is named as expecting it: the clause is theirs
    ("Ortiz is widely expected to run for governor, aides said.", "Ortiz is widely expected to run for governor",
     "aides", "said", "reported-after"),
    # a topic may be a single name
    ('"We will win," Ortiz said, referring to Lee.', "Lee", "Ortiz", "referring", "reported-object"),
    ("Ortiz talked about Medicare.", "Medicare", "Ortiz", "talked", "reported-object"),
    # a clause that runs into a quotation ends at the colon introducing it
    ('Ortiz said she was too busy to look for it: "I have a lot going on," she wrote.',
     "she was too busy to look for it", "Ortiz", "said", "reported-that"),
    # court papers and lobbyists, friends and foes are sources
    ("The affidavit cited two interviews and said that the guard had seen the bruises.",
     "that the guard had seen the bruises", "The affidavit", "said", "reported-that"),
    ("Lobbyists and former foes say the pick is a good one.", "the pick is a good one",
     "Lobbyists and former foes", "say", "reported-that"),
    # an aside after the cue, closed by a comma or dash before `that`, is no part of the clause ...
    ("Ana Ortiz said, somewhat stiltedly, that she would vote for Lee.", "that she would vote for Lee", "Ana Ortiz",
     "said", "reported-that"),
    ("Ana Ortiz said Monday at a rally in Salem, Oregon, that the plan had failed.", "that the plan had failed",
     "Ana Ortiz", "said", "reported-that"),
    ("Ana Ortiz said - on the radio, as it happens - that the plan had failed.", "that the plan had failed",
     "Ana Ortiz", "said", "reported-that"),
    ("Ana Ortiz said on the radio, where she is a regular guest, that the plan had failed.",
     "that the plan had failed", "Ana Ortiz", "said", "reported-that"),
    # ... but a clause of its own before `, that` is what was said
    ("Ana Ortiz said the plan failed, that the council was to blame.", "the plan failed, that the council was to blame",
     "Ana Ortiz", "said", "reported-that"),
    # an adverb of time between the auxiliary and the cue
    ("Ortiz has long said that the plan was flawed.", "that the plan was flawed", "Ortiz", "said", "reported-that"),
    ("Ortiz has since said she was wrong.", "she was wrong", "Ortiz", "said", "reported-that"),
    # a relative clause whose reported clause lacks its subject ends where the sentence goes on
    ("The bill, which lawmakers said would pass easily, failed by two votes.", "would pass easily", "lawmakers",
     "said", "reported-that"),
    ("The plan that aides said would save $2 billion was scrapped.", "would save $2 billion", "aides", "said",
     "reported-that"),
    # a pronoun that is no sentence's opening may be the reported clause's subject
    ("Ortiz said everything was fine.", "everything was fine", "Ortiz", "said", "reported-that"),
    ("It was the deal that the mayor said was a mistake.", "was a mistake", "the mayor", "said", "reported-that"),
    ("Ortiz named the aides who her lawyer said were at her side when she was hurt.",
     "were at her side when she was hurt", "her lawyer", "said", "reported-that"),
    # a suit, like a lawsuit, is a source
    ("The suit claims the permit violated federal law.", "the permit violated federal law", "The suit", "claims",
     "reported-that"),
    # what is posted, with `that`
    ("The park agency posted on Facebook that the trail would remain closed.", "that the trail would remain closed",
     "The park agency", "posted", "reported-that"),
    # a connective set off by commas between the cue and `that`
    ("Ola Berg noted, however, that the fund was nearly empty.", "that the fund was nearly empty", "Ola Berg", "noted",
     "reported-that"),
    # an irregular past tense makes the clause before a closing cue one
    ("Rents rose 12 percent last year, the study found.", "Rents rose 12 percent last year", "the study", "found",
     "reported-finding"),
    # a time after the closing cue continues nothing
    ("Rents rose last year, the agency said, two days after the vote.", "Rents rose last year", "the agency", "said",
     "reported-after"),
    # right after `that`, two words with a verb are a clause
    ("The agency said that wages rose.", "that wages rose", "The agency", "said", "reported-that"),
    ("Ortiz said that she doesn’t.", "that she doesn’t", "Ortiz", "said", "reported-that"),
    # ... opening with any verb, and two words are enough for it
    ("Ortiz came second, in a finish that she said defied expectations.", "defied expectations", "she", "said",
     "reported-that"),
    ("The man who she said attacked her was arrested on Monday.", "attacked her", "she", "said", "reported-that"),
    # a tweet or a text reports the clause after `that`
    ("Senator Ana Marrow tweeted that the deal was off.", "that the deal was off", "Senator Ana Marrow", "tweeted",
     "reported-that"),
    # a party and state in parentheses after the speaker
    ("Leadership has not scheduled a vote, said Rep. Ana Ortiz (D-Minn.).", "Leadership has not scheduled a vote",
     "Rep. Ana Ortiz", "said", "reported-after"),
    ("The deal includes $12 billion for transit, said Sen. Ana Ortiz (D-Minn.), who helped negotiate it.",
     "The deal includes $12 billion for transit", "Sen. Ana Ortiz", "said", "reported-after"),
    ("According to Sen. Ana Ortiz (D-Minn.), who helped negotiate it, the deal includes $12 billion for transit.",
     "the deal includes $12 billion for transit", "Sen. Ana Ortiz", "According to", "reported-according-to"),
    # a quantity opening the clause's subject
    ("The budget office said about half of the shortfall reflected lower revenue.",
     "about half of the shortfall reflected lower revenue", "The budget office", "said", "reported-that"),
    ("The police said about two dozen people were hurt.", "about two dozen people were hurt", "The police", "said",
     "reported-that"),
    ("Ana Ortiz said more Democrats would follow.", "more Democrats would follow", "Ana Ortiz", "said",
     "reported-that"),
    ("Ana Ortiz said fewer people are coming this year.", "fewer people are coming this year", "Ana Ortiz", "said",
     "reported-that"),
    ("Ortiz was eager to talk about the budget.", "the budget", "Ortiz", "talk", "reported-object"),  # an infinitive
    # the object of a verb of causing speaks in the infinitive after it
    ("The vote prompted Councillor Ana Ruiz to say the plan was dead.", "the plan was dead", "Councillor Ana Ruiz",
     "say", "reported-that"),
    ("The loss led her to concede that the race was over.", "that the race was over", "her", "concede", "reported-that"),
    # a sentence adverb is no name, and an adverb before a participle leaves it the clause's subject
    ("Similarly, Ana Ortiz, a former mayor, said the party was lost.", "the party was lost", "Ana Ortiz", "said",
     "reported-that"),
    ("Moreover, Ortiz said the plan would fail.", "the plan would fail", "Ortiz", "said", "reported-that"),
    ("The aides were complimentary, perhaps recognizing that imitation is flattery.", "that imitation is flattery",
     "The aides", "recognizing", "reported-that"),
    # a dash sets a participle off as a comma does
    ("Tom Reed changed his pick on the spot – saying he was rooting for the home team.",
     "he was rooting for the home team", "Tom Reed", "saying", "reported-that"),
    ("Tom Reed changed his pick on the spot - saying he was rooting for the home team.",
     "he was rooting for the home team", "Tom Reed", "saying", "reported-that"),
    # an adverb of manner before an adjunct, then `that`: the clause is still reported
    ("Ortiz said emphatically - and twice - that the plan had failed.", "that the plan had failed", "Ortiz", "said",
     "reported-that"),
    # a name after an adverbial phrase that opens the sentence with no comma is the subject
    ("On Tuesday Ortiz said the plan would fail.", "the plan would fail", "Ortiz", "said", "reported-that"),
    # but a place closing an adverbial phrase set off by a comma is no speaker
    ("In nearby Dayton, the plant is under pressure from imports, said the chief executive, Ana Ortiz.",
     "In nearby Dayton, the plant is under pressure from imports", "Ana Ortiz", "said",
     "reported-after"),
    # a bare cue form after a plural subject is a verb; an `-s` form after an adverb is one too
    ("Critics praise her refusal to back down on the tax plan.", "her refusal to back down on the tax plan",
     "Critics", "praise", "reported-object"),
    ("A voice over says the plan will fail in the end.", "the plan will fail in the end", "A voice over", "says",
     "reported-that"),
    # a mass noun of people needs no article
    ("The mayor resigned because staff said the budget had been cut in half.", "the budget had been cut in half",
     "staff", "said", "reported-that"),
    # `states` reports after a document or a pronoun, with `that` or without
    ("The arrest affidavit states that Pell had a blood alcohol level twice the limit.",
     "that Pell had a blood alcohol level twice the limit", "The arrest affidavit", "states", "reported-that"),
    ("The new law states landlords pay for repairs.", "landlords pay for repairs", "The new law", "states",
     "reported-that"),
    ("It states that the fee is due by March.", "that the fee is due by March", "It", "states", "reported-that"),
    # the subject of the first of two joined verbs: an institution's name goes on over `of`, a person's does not
    ("The Bank of Estland kept rates at 3% and said growth would slow.", "growth would slow",
     "The Bank of Estland", "said", "reported-that"),
    ("The Court of Appeals heard the case and ruled that the law was valid.", "that the law was valid",
     "The Court of Appeals", "ruled", "reported-that"),
    ("Senator Ana Ortiz of Ohio voted no and said the bill was flawed.", "the bill was flawed",
     "Senator Ana Ortiz", "said", "reported-that"),
    ("Supporters of Ortiz rallied and said the vote was rigged.", "the vote was rigged",
     "Supporters of Ortiz", "said", "reported-that"),
    # `quoted X as saying`: the subject of `quoted` reports, a bare name or a mass noun too;
    # the one quoted speaks when `quoted` is passive
    ("Local radio quoted firefighters as saying the bridge had collapsed.", "the bridge had collapsed",
     "Local radio", "saying", "reported-that"),
    ("Vantor quoted Lee Chan, a foreman, as saying the mill would close.", "the mill would close",
     "Vantor", "saying", "reported-that"),
    ("Ana Ortiz was quoted as saying the talks had failed.", "the talks had failed",
     "Ana Ortiz", "was quoted as saying", "reported-that"),
    # the quotation goes to the second of two joined cues: the first reports its clause
    ("Ortiz said the members will still meet, but said, “It’s time we changed.”", "the members will still meet",
     "Ortiz", "said", "reported-that"),
    # verbs that report a clause only with `that`: a joke, a clarification, a reassurance, a premise
    ("Ortiz joked that the council had never agreed on anything before.",
     "that the council had never agreed on anything before", "Ortiz", "joked", "reported-that"),
    ("Ortiz later clarified that the tax would apply only to new homes.",
     "that the tax would apply only to new homes", "Ortiz", "clarified", "reported-that"),
    ("Ortiz reassured voters that the tax would apply only to new homes.",
     "that the tax would apply only to new homes", "Ortiz", "reassured", "reported-that"),
    ("Ortiz posited that the tax would apply only to new homes.",
     "that the tax would apply only to new homes", "Ortiz", "posited", "reported-that"),
    ("Ortiz made it clear to the council that the budget would not pass.", "that the budget would not pass",
     "Ortiz", "made it clear", "reported-that"),
    # `point out` in its bare form, after a plural subject or `to`
    ("Union leaders point out that the tax would fall hardest on renters.", "that the tax would fall hardest on renters",
     "Union leaders", "point out", "reported-that"),
    ("Ortiz was quick to point out that the tax would fall hardest on renters.",
     "that the tax would fall hardest on renters", "Ortiz", "point out", "reported-that"),
    # `as reported by` names its source after it, as `according to` does
    ("As reported by the Ledger, the tax would fall hardest on renters.", "the tax would fall hardest on renters",
     "the Ledger", "As reported by", "reported-according-to"),
    ("The tax would fall hardest on renters, as reported by the Ledger.", "The tax would fall hardest on renters",
     "the Ledger", "as reported by", "reported-according-to"),
    # a charge or an order with `that` (the past forms only: `the charge`, `an order` are nouns)
    ("Ortiz charged that the council had hidden the budget from voters.",
     "that the council had hidden the budget from voters", "Ortiz", "charged", "reported-that"),
    ("The judge ordered that the documents be released by Friday.", "that the documents be released by Friday",
     "The judge", "ordered", "reported-that"),
    # a reaffirmation or a hint with `that`
    ("Ortiz is reaffirming that the audit found no fraud.", "that the audit found no fraud", "Ortiz", "reaffirming",
     "reported-that"),
    ("Ortiz has intimated that the audit found no fraud.", "that the audit found no fraud", "Ortiz", "intimated",
     "reported-that"),
    # a verb that takes a clause only with `that` takes one without when a subject pronoun opens it
    ("Ana Ortiz declared she would run for mayor again.", "she would run for mayor again", "Ana Ortiz", "declared",
     "reported-that"),
    ("The clerk confirmed they had received the ballots.", "they had received the ballots", "The clerk", "confirmed",
     "reported-that"),
    # an aside opened and closed after the source leaves the clause after it reported
    ("According to exit polls (taken at noon), Lee won the county easily.", "Lee won the county easily", "exit polls",
     "According to", "reported-according-to"),
    # a police brief: the report before `police said` keeps its own time clause; `according to` a spokeswoman
    ("A man, 34, was arrested early Sunday after a stabbing outside a bar on Elm Street, police said.",
     "A man, 34, was arrested early Sunday after a stabbing outside a bar on Elm Street", "police", "said",
     "reported-after"),
    ("The victim was taken to hospital with minor injuries, according to a police spokeswoman.",
     "The victim was taken to hospital with minor injuries", "a police spokeswoman", "according to",
     "reported-according-to"),
    # a personal pronoun and a verb in the past make a whole clause of two words
    ("Dame Julia Pike, the committee's chair, said she agreed.", "she agreed", "Dame Julia Pike", "said",
     "reported-that"),
    ("On Monday, Ortiz said they refused.", "they refused", "Ortiz", "said", "reported-that"),
    # being adamant is insisting
    ("Aides were adamant that Ortiz would not run again.", "that Ortiz would not run again", "Aides", "were adamant",
     "reported-that"),
    # a hyphenated word opening a bare clause is no preposition or adverb (`down`, `out`) opening an adjunct
    ("Ana Ortiz said down-ballot races can also help unite teachers.",
     "down-ballot races can also help unite teachers", "Ana Ortiz", "said", "reported-that"),
    ("Lee Chan said out-of-state donors had paid for the ads.", "out-of-state donors had paid for the ads",
     "Lee Chan", "said", "reported-that"),
    # a verb of writing or posting reports a bare clause: a short noun phrase and a finite verb
    ("Ana Ortiz also wrote the agents knew to brace for the eruptions.",
     "the agents knew to brace for the eruptions", "Ana Ortiz", "wrote", "reported-that"),
    ("Ana Ortiz wrote the agents had braced for the eruptions.", "the agents had braced for the eruptions",
     "Ana Ortiz", "wrote", "reported-that"),
    ("Lee Chan tweeted the vote count was wrong.", "the vote count was wrong", "Lee Chan", "tweeted",
     "reported-that"),
    # a `what` clause inside a sentence reports the predicate right after its cue, up to where the sentence goes on
    ("She helped clubs adapt to what she said is growing demand for fitness facilities.",
     "is growing demand for fitness facilities", "she", "said", "reported-that"),
    ("The crew was freed, showing what many analysts said was a thaw, but the talks stalled.", "was a thaw",
     "many analysts", "said", "reported-that"),
    # the name someone gives a thing in a `what` clause, up to the clause break
    ("The rifle was used in what officials called a hate crime.", "a hate crime", "officials", "called",
     "reported-object"),
    ("Lee Chan railed against what he calls crony capitalism, and left.", "crony capitalism", "he", "calls",
     "reported-object"),
    # a quantity as the subject: short of all, after a partitive, or restricted by a relative after a comparison
    ("Of the delegates, two said the party should take up the matter.", "the party should take up the matter", "two",
     "said", "reported-that"),
    ("Of the delegates, all but two said the party should take up the matter.",
     "the party should take up the matter", "all but two", "said", "reported-that"),
    ("Trust fell to 40 percent, compared with 23 percent who said the server was improper.", "the server was improper",
     "who", "said", "reported-that"),
    # the `that` after a preposition is a determiner, not the complementiser: the clause has none
    ("They are saying his vote for that plan is a signal.", "his vote for that plan is a signal", "They", "saying",
     "reported-that"),
]


@pytest.mark.parametrize("text, content, mention, cue, rule", CASES, ids=[c[0][:40] for c in CASES])
def test_reported_speech(text, content, mention, cue, rule):
    records = quotex.extract(text, kinds=["indirect"])
    assert [q.text for q in records] == [content]
    q = records[0]
    assert (q.speaker_mention, q.cue, q.rule) == (mention, cue, rule)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz said.",
        "Ortiz called the mayor on Monday.",
        "The mayor described the plan in detail.",
        'Ortiz said "the talks failed."',  # a partial quotation, not reported speech
        "Ortiz criticized Lee.",  # an object of one or two words is a topic's only
        "Ortiz was questioned by the police for hours.",  # a passive: whoever questioned her goes unnamed
        # a source inside an aside reports nothing outside it
        "Some states are mostly white (Iowa was 93 percent white, according to exit polls), and Ohio tops the list.",
        "Lee won 54 percent of union households, according to exit polls (a wide margin, but smaller than in May).",
        "Ortiz was dismissed from the board in May.",
        "The case was cited in the ruling.",
        # a finding verb whose subject is no poll or record, or which shows nothing said
        "The senator who released the emails showed the crowd a chart.",
        "Photos of the event showed up online on Monday.",
        "Ortiz showed the photos to reporters.",
        "Sales rose more than expected to the surprise of analysts.",  # no one is expected to do anything
        "The results were as expected.",
        # a participle with no comma before it hangs on the noun before it
        "Dana Ortiz wrote a letter accusing the council of lying about the budget.",
        "Jobless claims also fell sharply.",  # a noun, the subject of the verb after the adverb
        "The new rules that take effect Monday will cut costs.",  # `rules that`: the noun
        "Ortiz responded to the letter on Monday.",  # without `that`, an answer or a comment on something
        "The budget is short, Ortiz countered.",
        "Having said that, the plan will fail.",  # the writer's own turns of phrase
        "It's worth noting that the plan failed.",
        "Ortiz said as much in an interview.",  # `as much`: what was said is told elsewhere
        "Several states sued the agency over the rule.",  # `states`, `state`: nouns as often as verbs
        "She hopes to pass the bill.",  # a hope or a fear of no clause reports nothing
        "Ortiz fears for her safety.",
        "The mayor agreed to the deal on Monday.",  # an agreement to a thing is no commitment reported
        "Farm Belt states that voted for Ortiz lost the most jobs.",  # after a name or a plural: the noun
        "The interests of member states outweigh the rest.",
        "Dams and states that share the river signed the pact.",
        "Local media coverage of the talks was thin.",  # `media` modifying the subject: no cue
        "During the call, members voiced concerns about the leaks.",  # an attitude about a topic
        "Soon after, both men issued a statement expressing optimism about the talks.",
        "I think so.",  # an opinion with no clause after it
        "She thinks about it often.",
        "I thought the world of him.",
        "She thinks about what she is doing.",
        "He thought highly of her work.",
        "It's said that the mayor will resign.",  # `it's said`, `he's said to be`: passives, no speaker
        "He's said to be furious about the vote.",
        'Ortiz explained the delay by saying: "We ran out of time."',  # the quotation's own cue before the colon
        'Ortiz said it best when she wrote: "We ran out of time."',
        "The bridge was closed on Monday.",
        "Ortiz wrote the city council a letter last week.",  # `wrote` takes a clause only after `that`
        "Ortiz declared the bridge open on Monday.",
        "Ortiz found the keys under the mat.",
        "She wants a prosecutor who reports directly to the president.",  # `reports to`: answers to
        # a cue in a relative clause reports nothing before the clause
        "A developer known for golf is Dan Lee, who in 2012 added to his portfolio two more courses.",
        "The plan is said to be a failure by many.",  # a passive `is said` has no speaker
        "That was what Ortiz said when she resigned from the council in May.",  # `what` was said
        "The plan would add so many new rules that it would be a boon for lawyers.",  # `so … that`
        "The city added 4,000 jobs in the spring.",  # `added` takes a clause only after `that`
        "The city will spend $5 million on new parks, Ortiz pledged.",  # a pledge of money
        "Turnout rose in every ward, the photos showed.",  # photos are no record (figures are: `…, new figures show`)
        "The plan will fail in the end, Ortiz thinks.",
        "The photos show Ortiz at the rally.",  # a picture is no poll or record
        "The city council found the keys under the mat.",  # `found` after no poll or record
        "Ortiz shows her new plan to the council.",
        "The TV shows were a hit with voters, the ratings showed.",
        "He won according to the poll he trusted most.",  # the source's tail holds a clause
        "According to Dana Lee, writing for the Ledger:",  # a description of the source, no clause
        "As has been the case in the steel industry, the union agreed in 2011 to a two-tier wage system.",
        "Ortiz denied the charges through her lawyer.",
        "Ana Ortiz was accused by the council of hiding the budget.",  # a passive: the speaker follows
        "Ana Ortiz criticized Lee.",  # too short to be a statement
        "Ana Ortiz called for the first time in years.",
        "The AP report exceeded what economists had expected.",  # `report` a noun after a singular name
        "Breaking: Talks with the union have failed\n\nThe city is waiting.",  # a heading, not a speaker
        # a label over a note, a caption or a correction is no speaker, in capitals or not
        "Note: Figures are in 2022 dollars.",
        "The vote was held.\n\nUPDATE: The vote was moved to Friday.",
        "The vote was held.\n\nPhotographer: Ana Ortiz/Bloomberg",
        "The vote was held.\n\nWHAT'S NEXT: The state will decide by June whether to fund it.",
        "The vote was held.\n\nBACKGROUND: The state has funded the plan since 1990.",
        # a surname no one in the text has, or a line with no verb
        "The vote was held.\n\nOrtiz: Well, the district will stay as it is.",
        "Ana Ortiz spoke to Tom Hale.\n\nOrtiz: Win in a walk.",
        "The vote was held.\n\nCORRECTION: An earlier version of this article misstated the date.",
        # `according to` a bare noun to measure by, and `let's say`, report nothing
        "Seats on the panel are assigned according to seniority.",
        "The launch went according to plan, and the crew is safe.",
        "Let's say the deal is dead by the end of the week.",
        "Ana Ortiz called on Monday to ask about the bill.",  # a day is no one to call on
        "The dinner was in Washington, where Ana Ortiz also spoke.",  # speaking of nothing
        "The two sides held trade talks about the border in Geneva on Monday.",  # `talks`, the noun
        # a thing promises nothing, and `promises to be` is a forecast
        "The debate promises to be a crucial moment for the campaign.",
        "A pending ballot initiative threatened to raise the wage more swiftly.",
        # a noun-like cue form with a verb right after it is a noun, the subject of that verb
        "Jobless claims fell last week for the third time.",
        "Earnings reports are due next week from the big banks.",
        # a street that labels an item of a police log is no speaker of a transcript
        "Police log.\n\nELM STREET: Officers found the door open and the lights on.",
        # a label in capitals that is no role is no speaker either
        "Police log.\n\nNIGHT SHIFT: Officers found the door open and the lights on.",
        "The Latest: Talks with the union have failed\n\nThe city is waiting.",
        "Ana Ortiz was asked to leave the room before the vote.",  # a request, not a question
        "When asked, Ortiz shrugged and left the hall at once.",  # no question given
        "Ortiz was asked about it.",  # too short to be a statement
        # `clarified`, `reassured` without `that` take an object; `joke` is a noun before `that`
        "Ortiz clarified the rules for the new members.",
        "Ortiz reassured the nervous voters at the rally.",
        "The joke that Ortiz told at the dinner fell flat.",
        "The story was reported by the Ledger on Monday.",  # a passive, no source cue
        # `charged`, `ordered` without `that` take an object; `charge`, `order` are nouns
        "Ortiz charged the council with hiding the budget.",
        "The judge ordered the documents released.",
        "The charge that Ortiz faces carries a fine.",
        "Ortiz's order came the same day that the council met.",
        "Ortiz reaffirmed her support for the audit.",  # without `that`, an object
        "Their intimate ties to the council were no secret.",
        "Ortiz was adamant about the budget.",  # a topic, no clause
        "Ortiz refused to sign the bill.",  # a refusal of something other than speech
        "The council members report to the mayor every week.",  # `report to`: answers to
        "The tax documents report the sale of the house in May.",  # a thing's `report` stays a noun
        "It goes without saying that the plan will fail.",  # an idiom: nobody says it
        "All told, the city spent $2 million on the project.",  # `all told`: in all
        "On Friday, the third day of his tour, Ortiz told a joke.",  # what was told, not a hearer
        "A deputy in an alleged robbery case was fired on Monday.",  # `an alleged`: an adjective
        "Ruiz said not to worry about the plan at all.",
        "Ortiz will refuse to answer questions from the panel.",  # not yet a refusal
        "Ortiz said more about the plan on Monday.",  # `more` as an object, not a quantity
        "Ortiz said about 300 words to the crowd.",  # a number without a verb is an object
        "Ortiz said about two things to the crowd.",
        "Ortiz said nothing about the plan on Monday.",
        "Ortiz spoke at least 12 times in the debate.",
        "Lee has other questions than the ones Ortiz refused to answer last year.",  # the object comes first
        # a source asking not to be named reports nothing
        "The official asked not to be identified because the talks were private.",
        # a cue inside a subordinate clause opening the sentence: the comma closes its clause
        "Once she had testified, the former aide, Lee Chan, went home to rest.",
        "If he must testify, the former aide, Lee Chan, will stay home for a week.",
        # an `as` clause whose cue takes an object or a question reports no main clause
        "As the mayor hints at what the plan might include, the council is not having any of it.",
        "As Ortiz said goodbye to the staff, the crowd cheered loudly.",
        "There's lots of talk about immigration in the race this year.",  # `talk` as a noun
        "Councilwoman Ada Says voted against the zoning change on Monday night.",  # a surname, no headline's cue
        # an object verb's participle after a noun, then when: no object of its own
        "It’s a tremendous spike, much of which can be credited to the aggressive laws proposed during "
        "President Ana Ortiz’s term in office during the 1970s and further carried out by Lee Chan.",
        "Ana Marrow tweeted a photo of the crowd on Monday.",  # a tweet of a thing, no clause
        # how it was said, not what: an adverb of manner, then where or to whom
        "Ortiz said pleasantly into the phone.",
        "Ortiz spoke quietly to the crowd.",
        "Ortiz testified voluntarily in 1998.",
        "Ortiz said matter-of-factly as the crowd left the hall.",
        "Ortiz said quietly as she left the room.",
        "After saying goodbye, Ortiz left the hall.",
        # the one told is no speaker of what they were told
        "Having been told that the plant would close, Ortiz left the hall.",
        # a question about nothing of its own
        "Asked about it, Ortiz smiled.",
        # an infinitive right after the cue: the `that` after it is the infinitive's
        "The court had agreed to hear cases that advocacy groups had filed in the spring.",
        "Bob agreed to talk on the condition that his last name not be used.",
        # a post, not what it says
        "The agency posted a video of the fire.",
        # `that` as a pronoun, not a conjunction
        "She said that to reporters.",
        # a relative clause whose cue takes no clause
        "The bill that she said nothing about passed on Monday.",
        "The aides who he said goodbye to left early.",
        # what was said, opening the sentence before the speaker: the predicate is the sentence's own
        "Everything the mayor says is a lie unless proven otherwise.",
        "Whatever Lee Chan says is a lie unless proven otherwise.",
        # a clause of time after the cue
        "Ortiz said as she launched the vote.",
        "Ortiz said as the crowd booed loudly.",
        # a poll that is not the sentence's opening phrase, or no clause after it
        "In eight of nine states where exit polls were conducted, turnout was low.",
        "In the polls, anyway.",
        "In a recent study, three economists raised a challenge to the consensus on trade.",
        # an object that makes the cue a deed: claiming a victory, conceding a race
        "The Harlow Front claimed responsibility for the attack that killed two guards.",
        "Ana Ortiz claimed victory in the primary on Tuesday night.",
        "Ana Ortiz conceded the race to Lee Chan in a phone call.",
        "Ortiz, who claimed credit for the new park, lost anyway.",
        # ... or reporting a firm's results, filed rather than said
        "Acme reported earnings of $2 a share, above forecasts.",
        "The firm reported a loss of $3 million in May.",
        # a wish or a leave to speak is no speech yet
        "Voters want Ana Ruiz to say the plan was dead.",
        "The rules allow firms to say the plan was dead.",
        # a cue form read as a noun: after a possessive or a preposition; praise from someone names the speaker
        "Ana Ortiz, who took to the radio to defend his praise of the Chinese leader, left early.",
        "For Ortiz, who has been called a reformer in praise and in scorn, the race is close.",
        "Ana Ortiz drew scorn from the left and praise from conservatives after the debate.",
        "Ortiz's staff winning praise from the mayor's staff is not likely to help her win the city.",
        # figures that are people, and a finding verb's other senses
        "Public figures show little interest in the plan.",
        "Sports figures showed up at the gala on Monday.",
        "Data from the county showed up late.",
        "Figures of speech showed up in every line of the poem.",
        # a time and nothing else after a cue tells when it was said, not what
        "Ortiz quit, as the Ledger reported a few days later.",
        "Lee quit in May, a move that the mayor indicated earlier this week.",
        "The Ledger reported ten days ago.",
        # ... but not a verb of belief (`learned`), nor one with a plain object
        "Lee Chan learned he had lost the race by ten votes.",
        "Ana Ortiz wrote her memoir in a single summer.",
        # a deed, not a clause: `asserted` with `responsibility` or `control`, and `that` after a preposition
        "The group asserted responsibility for that attack.",
        "The militia asserted control over that port, the last on the coast.",
        "Ortiz said down the hall.",
        # `what` alone is what was said, and a `what` clause opening the sentence is its subject
        "That was what Ortiz said when she left.", "Lee did what Ortiz said.", "What Ortiz says is true.",
        # a question, and a name nobody gives
        "What do you call a mayor who never votes?", "They favor what are called progressive taxes.",
        # ... nor is a written or posted object a clause, whatever participle describes it
        "Ana Ortiz wrote the letter last year.", "Ana Ortiz tweeted a photo of her bruised arm.",
        "Ortiz wrote the report released Monday.", "Ortiz posted a clip sent to the mayor.",
        "Ortiz wrote a book called Rising Tide.", "Ortiz wrote the book that was banned.",
        # ... but a pronoun and a modal or a present tense is no whole clause, nor a pronoun alone
        "Ortiz said she would.", "Ortiz said he is.", "Lee Chan said it again.",
        # a singular role with no article is a modifier, not the cue's subject
        "Voters balk, especially because conservative thought leaders such as Ana Ortiz are against it.",
        "",
    ],
)
def test_no_reported_speech(text):
    assert quotex.extract(text, kinds=["indirect"]) == []


@pytest.mark.parametrize(
    "text, contents",
    [
        ("Most voters said the economy was weak, and 4 in 10 said it would get worse.",
         ["the economy was weak", "it would get worse"]),
        ("Most voters said the economy was weak, and more than 4 in 10 said it would get worse.",
         ["the economy was weak", "it would get worse"]),
        # an aside cue that sets a subject off from its verb reports both, however short
        ("The economy, the report said, is headed for a mild recession.",
         ["The economy", "is headed for a mild recession"]),
        ("The talks, Ana Ortiz said, had failed.", ["The talks", "had failed"]),
        ("Fundraising, according to the campaign, has surged since May.", ["Fundraising", "has surged since May"]),
        ("The plan, said Ana Ortiz, would fail within a year.", ["The plan", "would fail within a year"]),
        ("The talks, she said, collapsed last week.", ["The talks", "collapsed last week"]),
        ("The breaking point, Ortiz wrote, came on Friday.", ["The breaking point", "came on Friday"]),
        ("Any attempt to fix it, he said, becomes hopeless.", ["Any attempt to fix it", "becomes hopeless"]),
        # a speech verb's participle after a closing cue reports on its own, not as the rest of the clause
        ("Sales were up, the mayor said, adding that the port would reopen in May.",
         ["Sales were up", "that the port would reopen in May"]),
        ("The kids dislike him, the Ledger reported, citing another unnamed source.",
         ["The kids dislike him", "another unnamed source"]),
        # ... while another participle there goes on with what was said
        ("Russia is interfering, they say, imposing new limits on imports from the west.",
         ["Russia is interfering", "imposing new limits on imports from the west"]),
        # a participle after a clause whose subject is a single unfamiliar name
        ("Reyka said the plant would reopen in May, adding that 300 jobs would return.",
         ["the plant would reopen in May", "that 300 jobs would return"]),
        # any speech verb's participle after a comma ends the clause before it: a second report
        ("Council member Ana Prieto said the city has their backs, touting the new budget as a win for renters.",
         ["the city has their backs", "the new budget as a win for renters"]),
        ("Dana Velk said the county would not appeal, conceding that the ruling was fair.",
         ["the county would not appeal", "that the ruling was fair"]),
        # ... not a hope, a finding or a question, nor a participle that reports no speech
        ("Dana Velk said the plan would cut costs, hoping to win over skeptics on the council.",
         ["the plan would cut costs, hoping to win over skeptics on the council"]),
        ("Dana Velk said turnout was low, showing little interest in the race.",
         ["turnout was low, showing little interest in the race"]),
        ("Dana Velk said she met the mayor twice, asking him a series of questions about the budget.",
         ["she met the mayor twice, asking him a series of questions about the budget"]),
        ("Dana Velk said the county would not appeal, leaving the ruling in place.",
         ["the county would not appeal, leaving the ruling in place"]),
        # an apposition by which the writer sums the clause up ends it; not one naming a thing in it
        ("Dana Velk said the county had balanced its budget, a claim that the auditor disputes.",
         ["the county had balanced its budget"]),
        ("Dana Velk said the county would sell the old jail, a move that drew protests from neighbors.",
         ["the county would sell the old jail"]),
        # ... after a dash too, and past an adjective before its noun
        ("Dana Velk said she would not cut the budget — a controversial promise she has repeated all year.",
         ["she would not cut the budget"]),
        ("Dana Velk said she would not cut the budget - a claim that the auditor disputes.",
         ["she would not cut the budget"]),
        ("Dana Velk said she would not cut the budget — a budget she has defended all year.",
         ["she would not cut the budget — a budget she has defended all year"]),
        ("Dana Velk said the county would sell the old jail, the building that housed inmates until 1990.",
         ["the county would sell the old jail, the building that housed inmates until 1990"]),
        ("Dana Velk said the county would hire Lee Park, a lawyer who has worked for the state.",
         ["the county would hire Lee Park, a lawyer who has worked for the state"]),
        # the semicolon of an HTML character reference ends no clause
        ("Ortiz said the town&rsquo;s plan would fail by May.", ["the town&rsquo;s plan would fail by May"]),
        ("The plan failed; Ortiz said the town would try again.", ["the town would try again"]),
        # a relative clause set off by commas ends where its sentence goes on, with any verb
        ("Senator Ana Ortiz, who said the bill was unconstitutional, left the chamber early.",
         ["the bill was unconstitutional"]),
        # ... and so does a participle cue set off right after its subject
        ("Mayor Dana Velk, making it clear that the deal is off, stood beside the governor on Monday.",
         ["that the deal is off"]),
        ("Mayor Dana Velk, standing beside the governor, said that the deal is off.", ["that the deal is off"]),
        # late or early in a day after the cue
        ("The school will remain closed, officials said late on Sunday.", ["The school will remain closed"]),
        ("Officials said late Sunday the school will remain closed.", ["the school will remain closed"]),
        # an opening adverbial set off before the cue, then a clause of its own
        ("Since last November, according to the group, security forces have killed 400 protesters.",
         ["Since last November", "security forces have killed 400 protesters"]),
        ("Now, he says, at least seven delegates have signed on.", ["at least seven delegates have signed on"]),
        ("When she got inside, she said, there were no ballots left at all.",
         ["When she got inside", "there were no ballots left at all"]),
        ("In the end, Ortiz wrote, the council can still stop the plan.",
         ["In the end", "the council can still stop the plan"]),
        # ... not a cue inside a clause of its own before the comma
        ("Instead, he was back to boasting and pledging to cut taxes again, while taking slams at his rival.", []),
        # ... but not a participle opening an adjunct
        ("The deal would cut its tax rate to 17 percent, according to company leaders, compared with 25 percent now.",
         ["The deal would cut its tax rate to 17 percent"]),
        # a cue in a subordinate clause opening the sentence reports up to the comma closing that clause
        ("After Ana Ortiz said she would resign, shares of her company rose sharply.", ["she would resign"]),
        ("Because the mayor insisted the city owed 2,400 workers, the council cut parks.",
         ["the city owed 2,400 workers"]),
        # a second cue of the same speaker joined by `and`/`but` with `that` ends the first clause
        ("Ana Ortiz said revenue was up but acknowledged that spending would fall.",
         ["revenue was up", "that spending would fall"]),
        # ... and so does a second speech verb of the same speaker joined by `and`/`but`, `that` or not
        ("Ana Ortiz said she regretted the remarks and promised to stay out of the race.",
         ["she regretted the remarks", "to stay out of the race"]),
        ("Ana Ortiz said she had voted for Lee but cautioned against reading it as an endorsement.",
         ["she had voted for Lee"]),
        # ... not a second verb that reports no speech, nor a second clause with its own subject
        ("Ana Ortiz said the council had met and voted to close the park.",
         ["the council had met and voted to close the park"]),
        ("Ana Ortiz said aides had quit and the mayor was alone.", ["aides had quit and the mayor was alone"]),
        # ... but a hope joined on stays in it, no report of its own
        ("Ana Ortiz said she did not condone violence and hoped that the protest would stay calm.",
         ["she did not condone violence and hoped that the protest would stay calm"]),
        # a bare comma ends a clause with a verb before the next source, or before a closing cue;
        # not an opening phrase before a source inside the clause
        ("One poll says there are 2,400 billionaires in the world, another says there are about 1,800.",
         ["there are 2,400 billionaires in the world", "there are about 1,800"]),
        ("The results suggest that screening helps, the researchers wrote.",
         ["The results suggest that screening helps"]),
        ("According to her account, after examining the leg, she insisted that Lee go home.",
         ["after examining the leg, she insisted that Lee go home"]),  # the inner report is part of it
        ("Ortiz says the city has more parks; Lee counts 585 of them.", ["the city has more parks"]),
        ("Ortiz noted that the city had no parks ― as was true for years ― Lee said the city would build one.",
         ["that the city had no parks ― as was true for years", "the city would build one"]),
        ("Ortiz said the plan had failed, but Lee said it was working.", ["the plan had failed", "it was working"]),
        ("Ortiz said the videos show the officer leaving his car.", ["the videos show the officer leaving his car"]),
        ("Unless the city acts, the experts say, the river will flood the town.",
         ["Unless the city acts", "the river will flood the town"]),
        ("Most voters say they trust the mayor, compared with 40 percent a year ago.", ["they trust the mayor"]),
        ("Most voters say they trust the mayor, while only a few back the council.", ["they trust the mayor"]),
        ("Most voters say they trust the mayor, while a third say they do not.",
         ["they trust the mayor", "they do not"]),
        ("Two members have said they will not back Ortiz, as has the mayor of the city.", ["they will not back Ortiz"]),
        # a colon ends a clause before another source, but not before those counted in what it shows
        ("Early surveys show voters turning on the mayor: a Harwick College poll this week found him trailing by nine points.",
         ["voters turning on the mayor", "him trailing by nine points"]),
        ("Ana Ortiz says the plan has critics everywhere: Lee Chan said in May that it would fail.",
         ["the plan has critics everywhere", "that it would fail"]),
        ("A city survey shows how popular the parks are: 70 percent said they visit one every week.",
         ["how popular the parks are: 70 percent said they visit one every week"]),
        ("The report found that the plan would cost too much: most experts said it was unaffordable.",
         ["that the plan would cost too much: most experts said it was unaffordable"]),
        # a clause that opens with the contrast keeps it
        ("Ortiz argues that, while the tax may lower premiums, workers will not see the savings.",
         ["that, while the tax may lower premiums, workers will not see the savings"]),
        # a speech participle opening the sentence reports its clause, said by the speaker of the cue
        # right after it; not an object (`Citing …`), nor with no speaker after it
        ("Noting that the council had voted twice, Ana Ortiz said the matter was closed.",
         ["that the council had voted twice", "the matter was closed"]),
        ("Noting he had studied law, Lee Chan said he would read the ruling himself.",
         ["he had studied law", "he would read the ruling himself"]),
        ("Citing the budget, Ana Ortiz said the matter was closed.", ["the matter was closed"]),
        ("Noting that the vote was close, the council adjourned for the night.", []),
        # a cue set off by commas, then `and` or `but`: what follows goes on with what was said, unless
        # it has a cue of its own
        ("The plan will cost more than promised, Ana Ortiz said, and the council has known it for months.",
         ["The plan will cost more than promised", "and the council has known it for months"]),
        ("The plan will cost more than promised, the records show, and aides say the council has known it for months.",
         ["The plan will cost more than promised", "the council has known it for months"]),
        # a participle cue right after the noun it describes: its clause ends at a comma, where the
        # sentence goes on, but not at one setting off a short apposition to a name
        ("Despite polls showing her well behind, Ana Ortiz campaigned hard in the county.", ["her well behind"]),
        ("The mayor, in the wake of a survey showing his support down to 30 percent, told aides that he would run.",
         ["his support down to 30 percent", "that he would run"]),
        ("Lee Chan is second, with 22 percent saying they would never back him, Ana Ortiz at 20 percent.",
         ["they would never back him"]),
        ("Dana Velk leads, with 47 percent of voters saying they will back her over Lee Chan, who has 15 percent.",
         ["they will back her over Lee Chan"]),
        ("With some polls indicating that Lee Chan, the county clerk, has a small lead, the race looks close.",
         ["that Lee Chan, the county clerk, has a small lead"]),
        ("Ana Ortiz is suggesting that the budget, which passed in May, was too small.",
         ["that the budget, which passed in May, was too small"]),
        # a concession of a few words set off by commas inside the clause does not end it; one with
        # a subject of its own, or before a relative or a list, still does
        ("Ana Ortiz said that a deal with the city, however messy, was worth the risk.",
         ["that a deal with the city, however messy, was worth the risk"]),
        ("Ana Ortiz said she saw it as a rare, although brief, chance to talk.",
         ["she saw it as a rare, although brief, chance to talk"]),
        ("Ana Ortiz said the plan would work, though the mayor, who opposed it, doubted it.", ["the plan would work"]),
        ("Ana Ortiz said the plan was sound, although she voted against it.", ["the plan was sound"]),
        ("Ana Ortiz said the county spent $2 million, while rival groups, including unions, spent less.",
         ["the county spent $2 million"]),
        # a dash with no space before a lower-case word opens an aside, and `, too:` a writer's
        # explanation: both end the clause; a spaced dash, or one in a range, does not
        ("Ana Ortiz said the mayor misled them–and has now been sued–his aides are next.", ["the mayor misled them"]),
        ("Ana Ortiz said the levy can help the schools, too: In most towns, the roads come first.",
         ["the levy can help the schools"]),
        ("Ana Ortiz said the fund ran dry in the years 2009–2013 under the old board.",
         ["the fund ran dry in the years 2009–2013 under the old board"]),
        ("Ana Ortiz said the mayor – and his aides – misled them.", ["the mayor – and his aides – misled them"]),
        # a dash before a concession, contrast or cause that no second dash closes ends the clause:
        # the writer's comment; one closed again is an aside inside it
        ("Ana Ortiz said she would run again in 2026 - though it is unclear whether she can win.",
         ["she would run again in 2026"]),
        ("Ana Ortiz said the levy would pass — even as the council balked.", ["the levy would pass"]),
        ("Ana Ortiz said the levy - even at half the rate - would pass.", ["the levy - even at half the rate - would pass"]),
        # what a poll or a study finds goes on through a contrast after `, while`; what is said does not
        ("A county poll found that 48 percent back the levy, while 39 percent oppose it.",
         ["that 48 percent back the levy, while 39 percent oppose it"]),
        ("Ana Ortiz said that 48 percent back the levy, while the mayor doubts the poll.",
         ["that 48 percent back the levy"]),
        # `, which is …` after a clause with its verb describes what the clause ends on: the writer's
        # background; not a relative clause set into a subject whose verb follows, nor one after
        # a subject with no verb yet
        ("Ana Ortiz said she would repeal the levy, which was passed in 2010 by the old council.",
         ["she would repeal the levy"]),
        ("Ana Ortiz said she would meet the board, which is holding its own inquiry.", ["she would meet the board"]),
        ("Ana Ortiz said the fund, which was set up in May, has run dry.", ["the fund, which was set up in May, has run dry"]),
        ("Ana Ortiz said she would back the levy, which would raise $2 million.",
         ["she would back the levy, which would raise $2 million"]),
        # ... a plural `which were` may describe a noun further back (`talks …, which were about …`)
        ("Ana Ortiz said the city had few talks with the state, which were about the roads.",
         ["the city had few talks with the state, which were about the roads"]),
        # `and` with no comma, or a spaced hyphen, before the next speaker ends a clause too; not
        # `and` inside a subject made of names or pronouns (`Salem and Eugene`, `she and Lee Chan`)
        ("Ana Ortiz said the plan would fail and Lee Chan says it will work.", ["the plan would fail", "it will work"]),
        ("Ana Ortiz said the plan would fail - others say it will work.", ["the plan would fail", "it will work"]),
        ("Ana Ortiz said the mayors of Salem and Eugene say the plan will work.",
         ["the mayors of Salem and Eugene say the plan will work"]),
        ("Ana Ortiz said both she and Lee Chan promised to fix the roads.",
         ["both she and Lee Chan promised to fix the roads"]),
        # a clause running into a quotation with no comma ends at the `and` or dash before the
        # quotation's own cue; a quotation with no cue before it stays in the (mixed) clause
        ('Ana Ortiz rejected the claims, saying the plan had been sound and calling the audit "a farce."',
         ["the plan had been sound"]),
        ('Ana Ortiz defended the plan, saying that it had been sound - and arguing that the audit was "a farce."',
         ["that it had been sound"]),
        ('Ana Ortiz praised the mayor, stating there was a benefit to his candor and chiding the council for '
         '"the little game" it played.', ["there was a benefit to his candor"]),
        ('Ana Ortiz defended the plan, saying that the council and the mayor were "asleep at the wheel."', []),
        ('Ana Ortiz defended the plan, saying that the mayor - and the council - were "asleep at the wheel."', []),
        # what a share of those polled says ends at a comma, before the writer's comparison or the
        # next share; not before a clause joined on, nor at an aside before the verb, nor for a
        # speaker who is no share
        ("In the county poll, 61 percent said they back the levy, up from half in May.", ["they back the levy"]),
        ("In the county poll, 42% say they're renters, 35% homeowners.", ["they're renters"]),
        ("Six in 10 say the mayor is honest, after half said so in the spring.", ["the mayor is honest"]),
        ("Nearly a third said they did not know, a higher share than last year.", ["they did not know"]),
        ("About 59 percent said the levy was too high, and that the board should cut it.",
         ["the levy was too high, and that the board should cut it"]),
        ("Two-thirds of the members said the deficit, combined with the loss of the grant, meant the plan failed.",
         ["the deficit, combined with the loss of the grant, meant the plan failed"]),
        ("Ana Ortiz said she would back the levy, a step up from her stand in May.",
         ["she would back the levy, a step up from her stand in May"]),
        # a share after `and` opens a clause of its own once a finite verb or `said` came before
        ("One in three said the city doesn't care much about renters and one in four said it was hostile to them.",
         ["the city doesn't care much about renters", "it was hostile to them"]),
        ("In the poll, 52 percent said yes and one in four said no.", ["yes", "no"]),
    ],
)
def test_a_reported_clause_ends_where_the_next_speaker_or_clause_begins(text, contents):
    assert [q.text for q in quotex.extract(text, kinds=["indirect"])] == contents


def test_a_quoted_phrase_in_a_coordinated_clause_keeps_the_clause_subject():
    text = 'Ana Ortiz called it a "farce" and said she believed the budget was "fake" from the start.'
    records = quotex.extract(text)
    assert [(q.text, q.kind, q.rule, q.speaker) for q in records] == [
        ("farce", "mixed", "speaker-verb-partial", "Ana Ortiz"), ("fake", "mixed", "speaker-verb-partial", "Ana Ortiz")]


@pytest.mark.parametrize("text, content", [
    ('Ana Ortiz said the city would hold a "Town Hall Day" for every district next spring.',
     'the city would hold a "Town Hall Day" for every district next spring'),
    # the title alone is no quotation; the clause around it, before a closing cue, is what was said
    ('Her single, "Glass Houses," came out on Friday, her label said.', 'Her single, "Glass Houses," came out on Friday'),
    # a name given after a noun and a comma
    ('The operation, dubbed "Clean Sweep," led to 40 arrests, police said.',
     'The operation, dubbed "Clean Sweep," led to 40 arrests'),
    # names cited as examples are no quotation of their own: they are inside what was cited
    ('She cited the names "Miss Piggy" and "Miss Housekeeping" as examples of his comments about women.',
     'the names "Miss Piggy" and "Miss Housekeeping" as examples of his comments about women'),
])
def test_a_reported_clause_around_a_title_is_mixed_too(text, content):
    # quoted words inside reported speech make it mixed, whatever they are (the corpus format's `kind`)
    assert [(q.kind, q.text) for q in quotex.extract(text)] == [("mixed", content)]


@pytest.mark.parametrize("text, expected", [
    # the clause resumed after `in her book,` is the book's title, which no one said
    ('Her parents stayed, Ana Ortiz said in her 2012 book, "A Rising Tide." So they stayed.',
     [("indirect", "Her parents stayed")]),
    # ... but a clause with a title inside is what was said
    ('Her parents stayed, Ana Ortiz said in her book, "A Rising Tide" tells the rest.',
     [("indirect", "Her parents stayed"), ("mixed", '"A Rising Tide" tells the rest')]),
])
def test_a_title_alone_is_no_reported_clause(text, expected):
    assert [(q.kind, q.text) for q in quotex.extract(text)] == expected


def test_a_nickname_does_not_make_a_reported_clause_mixed():
    text = 'Ana Ortiz said Sen. Lee "Bud" Chan would hold a town hall for every district next spring.'
    assert [q.kind for q in quotex.extract(text)] == ["indirect"]


def test_speech_reported_inside_a_clause_does_not_end_it():
    records = quotex.extract("Ortiz said she will spend the money she says she raised on schools.", kinds=["indirect"])
    assert records[0].text == "she will spend the money she says she raised on schools"


@pytest.mark.parametrize(
    "text, contents",
    [
        # a report told inside another, its speaker named there, is part of the outer report
        ("Ortiz said that aides to the mayor, who told her the plan was dead, had quit.",
         ["that aides to the mayor, who told her the plan was dead, had quit"]),
        ("Ortiz said the council, which voters say wastes money, would meet again.",
         ["the council, which voters say wastes money, would meet again"]),
        ("Ortiz warned that the mayor, who claims the budget is balanced, would raise taxes in May.",
         ["that the mayor, who claims the budget is balanced, would raise taxes in May"]),
        # an object report inside another report is part of it, wherever its speaker is named; one
        # after the other report's clause stands
        ("Ana Ortiz said the council had agreed to hold a vote on the budget.",
         ["the council had agreed to hold a vote on the budget"]),
        ("The mayor has praised the new budget, and she won the vote easily, according to the county records.",
         ["The mayor has praised the new budget, and she won the vote easily"]),
        ("Ana Ortiz said the talks failed and urged the council to wait.", ["the talks failed", "the council to wait"]),
        # ... and so is a clause reported inside a clause a cue closes
        ("Other candidates said they back the plan, the Ledger reported on Monday.",
         ["Other candidates said they back the plan"]),
        # a report with its speaker and cue after the other's clause stands
        ("Ana Ortiz said the talks had failed, and Lee Chan said they would resume in May.",
         ["the talks had failed", "they would resume in May"]),
    ],
)
def test_a_report_inside_another_is_part_of_it(text, contents):
    assert [q.text for q in quotex.extract(text, kinds=["indirect"])] == contents


@pytest.mark.parametrize(
    "text, contents",
    [
        # an object ends before a second verb of the subject or a clause of time
        ("Ortiz urged the council to pass the budget and said the delay hurt schools.",
         ["the council to pass the budget", "the delay hurt schools"]),
        ("Ortiz criticized Lee's plan for the parks when the two met in May.", ["Lee's plan for the parks"]),
        # ... or an adjunct of time or manner
        ("Ortiz called for a curfew in the old town following the fire on Main Street.", ["a curfew in the old town"]),
        ("Ortiz urged the council to rebuild the pier in the wake of the storm.", ["the council to rebuild the pier"]),
        ("Two officials criticized the plans for the pier on condition of anonymity.", ["the plans for the pier"]),
        # ... not before `while` with a participle, nor inside an object that opens with `what`
        ("Ortiz praised the mayor's push to cut costs while rebuilding the old port.",
         ["the mayor's push to cut costs while rebuilding the old port"]),
        ("Ortiz praised what the council can do when both parties work together.",
         ["what the council can do when both parties work together"]),
        ("Ortiz criticized the council for following the old rules.", ["the council for following the old rules"]),
        # an object's comma that goes on with the items of a list closed by `and` or `or` does not end it
        ("Ana Ortiz canceled the trip, citing low growth, rising debt and high unemployment.",
         ["low growth, rising debt and high unemployment"]),
        ("Ortiz questioned Lee's tactics, his judgment, his worldview and his decency.",
         ["Lee's tactics, his judgment, his worldview and his decency"]),
        ("Ortiz dismissed criticism from Lee, Chan and Dana Ruiz.", ["criticism from Lee, Chan and Dana Ruiz"]),
        ("Ortiz touted her plan to build roads, expand parks, and cut taxes.",
         ["her plan to build roads, expand parks, and cut taxes"]),
        ("Ortiz was referring to herself, Mr. Lee and Dr. Chan.", ["herself, Mr. Lee and Dr. Chan"]),
        # ... nor one that sets off a name or a description, when what the object goes on with follows
        ("Aides accused one of the reporters, Ana Ortiz, of ignoring the facts.",
         ["one of the reporters, Ana Ortiz, of ignoring the facts"]),
        ("Ortiz called for the minimum wage, now $7 an hour, to be raised to $15.",
         ["the minimum wage, now $7 an hour, to be raised to $15"]),
        # the examples of `including` go with the object, up to their own end
        ("Ortiz urged new limits on rents, including caps for seniors and students.",
         ["new limits on rents, including caps for seniors and students"]),
        ("Ortiz cited several reasons for the delay, including the cost of steel, before the vote.",
         ["several reasons for the delay, including the cost of steel"]),
        ("Ortiz praised the plan, including its parks, and said it would pass.",
         ["the plan, including its parks", "it would pass"]),
        # ... but an apposition, another example, a comparison or a clause of its own after the comma does end it
        ("Ortiz was referring to Dana Lee, a city official who ran the parks and the pools.", ["Dana Lee"]),
        ("Ortiz accused the mayor, a city official said, of lying.", ["Ortiz accused the mayor"]),
        ("Ortiz called for a ban on guns, and the council agreed.", ["a ban on guns"]),
        ("Ortiz called for a new tax, especially on banks and hedge funds.", ["a new tax"]),
        ("Ortiz praised the mayor's budget, and like the council she backed the parks.", ["the mayor's budget"]),
        # a spaced hyphen, or two, is a dash and ends the object as one does; a hyphen in a word does not
        ("Ortiz praised the mayor for cutting fees - moves that saved the town money.", ["the mayor for cutting fees"]),
        ("Ortiz vowed to take her fight to the state court -- even as the council backed down.",
         ["to take her fight to the state court"]),
        ("Ortiz called for a two-year freeze on all new fees.", ["a two-year freeze on all new fees"]),
    ],
)
def test_an_object_ends_before_a_second_verb_or_a_time_clause(text, contents):
    assert [q.text for q in quotex.extract(text, kinds=["indirect"])] == contents


def test_a_quotation_s_cue_is_not_reported_speech_too():
    text = '"We will stay," Ortiz said. "The talks failed," she said.'
    assert quotex.extract(text, kinds=["indirect"]) == []
