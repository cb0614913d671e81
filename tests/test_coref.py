"""Stage 4: speaker mentions resolved to the people they refer to."""
import pytest

import quotex


def speakers(text, kinds=("direct", "mixed")):
    return [(q.speaker, q.resolution) for q in quotex.extract(text, kinds=kinds)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a crowd is named by no place or name set before it by a comma
        ('While Ana Ortiz laid out her vision for Ohio, the crowd cheered loudly.\n\nLater the crowd chanted '
         '"Four more years!"', [("the crowd", "unresolved")]),
        # while a group is introduced by its name
        ('The strike was led by Fair Wage Now, the group behind the march.\n\n"We will win," the group said.',
         [("Fair Wage Now", "description")]),
        # a surname joins the full name given elsewhere in the article
        ('Mayor Ana Ortiz spoke on Monday.\n\n"We will stay," Ortiz said.', [("Ana Ortiz", "alias")]),
        ('"We will stay," Ortiz said.\n\nAna Ortiz has led the city since 2019.', [("Ana Ortiz", "alias")]),
        ('Ana Ortiz spoke.\n\n"We will stay," Ms. Ortiz said.', [("Ana Ortiz", "alias")]),
        # ... a surname that is also a title word too (`Major`, `Sen`), in wire copy with no honorific
        ('LONDON (Reuters) - Former Prime Minister John Major spoke on Monday.\n\n"It will not pass," Major '
         'told Reuters.', [("John Major", "alias")]),
        ('Economist Rahul Sen spoke in Tokyo. Asked about trade, Sen said: "We will resolve it."',
         [("Rahul Sen", "alias")]),
        # ... and a title's office after `of` or `for` stays out of the full name, up to a given name
        ('Minister of Health Carlos Ibáñez spoke on Monday.\n\n«We have it under control», Ibáñez said.',
         [("Carlos Ibáñez", "alias")]),
        ('MADRID (Reuters) - Minister for Foreign Affairs Ana Ruiz spoke.\n\n"We will stay," Ruiz told Reuters.',
         [("Ana Ruiz", "alias")]),
        ('The Queen of Soul, Aretha Lane, sang. "We will stay," Lane said.', [("Aretha Lane", "alias")]),
        ('President-elect Ana Ruiz spoke on Monday.\n\n"We will stay," Ruiz said.', [("Ana Ruiz", "alias")]),
        ('Virginia Governor Tom Chan spoke on Monday.\n\n"We will stay," the Governor said.', [("Tom Chan", "description")]),
        # an office in capitals after `the`, British style, is the one who holds it
        ("Health Secretary Priya Kaur visited Leeds.\n\n'We are doing all we can,' the Health Secretary said.",
         [("Priya Kaur", "description")]),
        # business news names a company by its trade, as the company's name shows it
        ('Kestrel Bank cut its forecast on Monday.\n\n"Conditions have worsened," the lender said.',
         [("Kestrel Bank", "description")]),
        ('Kiroshi Motors cut its forecast.\n\n"The yen hurt us," the carmaker said in a statement.',
         [("Kiroshi Motors", "description")]),
        ('Brightwater Energy cut 200 jobs.\n\n"It was painful," the utility said.', [("Brightwater Energy", "description")]),
        # ... but not a name that does not show the trade, nor a person
        ('Kiroshi Group cut its forecast.\n\n"The yen hurt us," the carmaker said.', [("the carmaker", "unresolved")]),
        ('Kestrel Bank hired Ana Ruiz.\n\n"We are growing," the insurer said.', [("the insurer", "unresolved")]),
        # one more of a group named before is no one named
        ('One official said the talks had stalled. Another said: "We are not there yet."', [("Another", "unresolved")]),
        ('Residents met on Monday.\n\nFew said: "We will not return."', [("Few", "unresolved")]),
        ('Residents met on Monday.\n\nNone said: "We will not return."', [("None", "unresolved")]),
        # a surname the article went on using alone keeps the person it first stood for, past a relative
        # named later in passing; the person named last goes by it when named as the subject right before
        ('Carla Venn runs the firm. Venn hired 40 people. She told her husband, Tomas Venn, about it.\n\n'
         'Later, "We will grow," Venn said.', [("Carla Venn", "alias")]),
        ('Hilda Marsh won. Marsh thanked voters. Her brother, Otto Marsh, also spoke. The crowd left.\n\n'
         '"It was long," Marsh said.', [("Hilda Marsh", "alias")]),
        ('Carla Venn runs the firm. Venn hired 40 people. Then Tomas Venn called.\n\n"We will grow," Venn said.',
         [("Tomas Venn", "alias")]),
        ('Carla Venn runs the firm. She told her husband, Tomas Venn, about it.\n\n"We will grow," Venn said.',
         [("Tomas Venn", "alias")]),
        # or when only that person's quotations and pronouns stand between, not another subject or gender
        ('Frank Venn spoke first. "We will grow," Venn said.\n\nCarla Venn also criticized the mayor.\n\n'
         '"It was wrong," she said. "It cannot stand."\n\n"Why did he wait?" Venn said.',
         [("Frank Venn", "alias"), ("Carla Venn", "pronoun"), ("Carla Venn", "pronoun"), ("Carla Venn", "alias")]),
        ('Frank Venn spoke first. "We will grow," Venn said.\n\nCarla Venn also criticized the mayor.\n\n'
         'Lee Chan disagreed.\n\n"Why did he wait?" Venn said.', [("Frank Venn", "alias"), ("Frank Venn", "alias")]),
        ('Frank Venn spoke first. "We will grow," Venn said.\n\nCarla Venn also criticized the mayor.\n\n'
         '"It was wrong," he said.\n\n"Why did he wait?" Venn said.',
         [("Frank Venn", "alias"), ("Frank Venn", "pronoun"), ("Frank Venn", "alias")]),
        # a surname of two words finds the longer name it ends, and makes a person of it; but no given name
        # opens such a surname, nor a place's first word, and no organisation's words, initial or name of
        # its own come before one
        ('Ildo Perez Ferrante met reporters on Monday.\n\n"We will stay," Perez Ferrante said.',
         [("Ildo Perez Ferrante", "alias")]),
        ('Aru Tan Mo Lin visited the capital on Monday, years after she was freed.\n\nFor her part, Mo Lin has faced'
         ' criticism. She advises President Oren Vell.\n\nIn response, Mo Lin presided over a summit.\n\n'
         '"Unity matters," she said.', [("Aru Tan Mo Lin", "pronoun")]),
        ('Maria Ana Ortiz met reporters on Monday.\n\n"We will stay," Ana Ortiz said.', [("Ana Ortiz", "name")]),
        ('The U.S. State Department issued a warning.\n\n"Travel is unsafe," State Department said.',
         [("State Department", "name")]),
        ('The Northgate Golf Club Lake Verde opened on Monday.\n\n"We are ready," Lake Verde said.',
         [("Lake Verde", "name")]),
        ('Gov. Tom Chan Rio Verde toured it on Monday.\n\n"We will stay," Rio Verde said.', [("Rio Verde", "name")]),
        # a pronoun after a surname alone read as one person of a known gender goes to the namesake of its own
        # gender the article names (`Clinton` read as the husband, then `she`), unless a person of that gender
        # is named in between, or no namesake of that gender is named at all
        ('Carla Venn\'s health is in question.\n\nDr. Ana Pruitt, who treated former President Frank Venn, said'
         ' Venn hid it.\n\nPruitt wrote a memoir.\n\nIn her book, Venn noted the illness.\n\n'
         '"I could barely walk," she said.', [("Carla Venn", "pronoun")]),
        ('Carla Venn\'s health is in question.\n\nDr. Ana Pruitt, who treated former President Frank Venn, said'
         ' Venn hid it.\n\nPruitt wrote a memoir.\n\nVenn noted the illness.\n\n"I could barely walk," she said.',
         [("Carla Venn", "pronoun")]),
        ('Carla Venn met Sen. Leo Marsh on Monday. Venn greeted him as her husband, Frank Venn, looked on.\n\n'
         'Venn put Marsh on the defensive, but Marsh got in digs.\n\n"It was unfair," he said.',
         [("Leo Marsh", "pronoun")]),
        ('Frank Venn toured the plant with Ana Pruitt.\n\nVenn noted the damage.\n\n"It was awful," she said.',
         [("Ana Pruitt", "pronoun")]),
        # a pronoun of the other gender than a first name suggests goes to the subject of its own sentence
        # named so, when no one it fits is named or speaks in that sentence or the one before
        ('Leo Marsh spoke first.\n\nCarla Venn toured the plant on Monday. The crowd was large.\n\n'
         'In his remarks, Venn assures the crowd he will tell the "cowards" to go home.', [("Carla Venn", "pronoun")]),
        ('Carla Venn toured the plant on Monday. Leo Marsh was there too.\n\n'
         'In his remarks, Venn assures the crowd he will tell the "cowards" to go home.', [("Leo Marsh", "pronoun")]),
        ('Leo Marsh spoke first.\n\nMrs. Carla Venn toured the plant on Monday. The crowd was large.\n\n'
         'In her remarks, Venn assures the crowd he will tell the "cowards" to go home.', [("Leo Marsh", "pronoun")]),
        # the capitals before a surname are a person's name only where they can be: not an owner's name before
        # `'s`, nor a title's or a headline's words, nor a role, nor a word opening its sentence that the
        # article writes in lower case too; a given name nobody writes in lower case stays
        ('Harbor TV’s Lena Dufresne spoke on Monday.\n\n"It is over," Dufresne said.', [("Lena Dufresne", "alias")]),
        ('Her memoir is called "The Secret Life of the Real Ana Ortiz." It sold well.\n\n"We are done," Ortiz said.',
         [("Ana Ortiz", "alias")]),
        ('Probe Clears Kroll Of Fraud\n\n"We are done," Kroll said.', [("Kroll", "name")]),
        ('Voters will see the results soon. See Kroll\'s statement below.\n\n"We are done," Kroll said.',
         [("Kroll", "name")]),
        ('Democrats Quist and Rusk voted no.\n\n"We are done," Quist said.', [("Quist", "name")]),
        ('Bernal Quist spoke on Monday.\n\n"We are done," Quist said.', [("Bernal Quist", "alias")]),
        ('Sen. Bernal Quist spoke on Monday.\n\n"We are done," Quist said.', [("Bernal Quist", "alias")]),
        ('J. Bernal Quist spoke on Monday.\n\n"We are done," Quist said.', [("J. Bernal Quist", "alias")]),
        # a speaker named with `the` before the name is no person a pronoun stands for; without it, one is
        ('The march began in silence, the Harbor Sun-Times reported. Xolani Quist of Dayton carried a flag.\n\n'
         '"I cried the whole way," he said.', [("Xolani Quist", "pronoun")]),
        ('The march began in silence, Xolani Quist reported. Lena Dufresne carried a flag.\n\n'
         '"I cried the whole way," he said.', [("Xolani Quist", "pronoun")]),
        # a speaker named by the surname alone is a person when the article gives that surname a title
        # anywhere, so `he` right after goes to them before someone named earlier
        ('Lee Chan, the vice president, met the press.\n\n"We are ready," Okafor said. He called the deal a'
         ' "good start for all."\n\nPresident Okafor left on Friday.', [("Okafor", "name"), ("Okafor", "pronoun")]),
        # a title picks among people sharing a surname
        ('Sen. Walter Grieve and his wife, Councilwoman Deborah Grieve, came.\n\n"We will stay," Sen. Grieve said.',
         [("Walter Grieve", "alias")]),
        ('Sen. Walter Grieve and his wife, Councilwoman Deborah Grieve, came.\n\n"We will stay," Senator Grieve said.',
         [("Walter Grieve", "alias")]),
        # a pronoun after a sentence opened by a former holder's role goes to that person
        ('Former Gov. Martin Haldane stayed home. His successor, Edward Lyle, spoke.\n\n"We will appeal," Lyle said.'
         '\n\nThe former governor did not appear. But in a post, he wrote: "I served with honor."',
         [("Edward Lyle", "alias"), ("Martin Haldane", "pronoun")]),
        # a role given before the name, with whom it works for in between
        ('A spokeswoman for the Regional Council, Petra Lindahl, spoke on Monday.\n\n'
         '"Safety has to come first," the spokeswoman said.', [("Petra Lindahl", "description")]),
        # an organisation's name goes on past `of`; `the` before a name in capitals is no part of it
        ('The Ministry of Finance published the figures.\n\n"There is no deficit," the ministry said.',
         [("Ministry of Finance", "description")]),
        ('"There is no deficit," the Ministry of Finance said.', [("Ministry of Finance", "unresolved")]),
        # a title word after an institution's `of` names its field and titles no one
        ('The Ministry of Foreign Affairs condemned it.\n\n"The talks are over," the ministry said.',
         [("Ministry of Foreign Affairs", "description")]),
        ('The Department of State condemned it.\n\n"The talks are over," the department said.',
         [("Department of State", "description")]),
        # an organisation's name is resolved whole, title words and ampersand and all
        ('The Environmental Defense Alliance said: "We will win."', [("Environmental Defense Alliance", "name")]),
        ('The State Health Department met.\n\n"Rates fell," the department said.',
         [("State Health Department", "description")]),
        ('"We will appeal," Baxter & Finch LLP said.', [("Baxter & Finch LLP", "name")]),
        # a noun that is no one's role stands for the latest name ending in it (`the bank`: `Northgate Bank`)
        ('Northgate Bank fired two managers.\n\n"They stole," the bank said.', [("Northgate Bank", "description")]),
        ('The Bank of Ostland cut rates.\n\n"Prices will fall," the bank said.', [("Bank of Ostland", "description")]),
        ('Skylark Airways cancelled flights.\n\n"The pilots are sick," the airline said.',
         [("Skylark Airways", "description")]),
        ('St. Anselm Hospital opened a ward.\n\n"It is full," the hospital said.', [("St. Anselm Hospital", "description")]),
        ('The Harwick County Council met.\n\n"It is full," the council said.', [("Harwick County Council", "description")]),
        ('The Marlow School Board met.\n\n"It is full," the board said.', [("Marlow School Board", "description")]),
        ('The Fenwick Institute ran a poll.\n\n"It is close," the institute said.', [("Fenwick Institute", "description")]),
        ('The Lakeland Growers Association met.\n\n"It is dry," the association said.',
         [("Lakeland Growers Association", "description")]),
        ('The Port Authority of Calder met.\n\n"It is full," the authority said.',
         [("Port Authority of Calder", "description")]),
        # but not the word alone, nor a document's word after a newspaper's name
        ('Bank officials met.\n\n"It is full," the bank said.', [("the bank", "unresolved")]),
        ('The Harwick Post covered it.\n\n"We are safe," the school\'s Facebook post said.',
         [("the school's Facebook post", "unresolved")]),
        # a name never reaches back past a full stop or a line break into the sentence before
        ('Prices rose in March. Kessler Group reported a loss.\n\n"We expect a profit," the company said.',
         [("Kessler Group", "description")]),
        ('Workers met in Leeds. Castor Property Group denied it. "We are renovating," the company said.',
         [("Castor Property Group", "description")]),
        ('Talks broke down on Tuesday.\n\nThe Ministry of Coastal Affairs condemned the attack.\n\n'
         '"The talks are over," the ministry said.', [("Ministry of Coastal Affairs", "description")]),
        ('Talks broke down in Geneva.\n\nThe Ministry of Coastal Affairs condemned the attack.\n\n'
         '"The talks are over," the ministry said.', [("Ministry of Coastal Affairs", "description")]),
        ('Markets Today\n\nKessler Group reported a loss.\n\n"We expect a profit," the company said.',
         [("Kessler Group", "description")]),
        # but an abbreviation's stop is no sentence end, nor the stop that closes the name
        ('The U.S. Department of Labor released data.\n\n"Wages rose," the department said.',
         [("U.S. Department of Labor", "description")]),
        ('"We are anxious," said another user, Hanna Brix.', [("Hanna Brix", "name")]),
        ('"We are anxious," said Hanna J. Brix.', [("Hanna J. Brix", "name")]),
        # a role word before a clause's subject is no role of the name after the clause
        ("Conservative icon Phyllis Ortiz used her column to link the great conservatives of America's past with the"
         " candidate she regards as America's best hope.\n\n\"His visit reminds me of Reagan's trip,\" she wrote.",
         [("Phyllis Ortiz", "pronoun")]),
        # more people described by what they are
        ('Football legend Tom Quill spoke on Monday.\n\n"We will win," the legend said.', [("Tom Quill", "description")]),
        ('Farm leaders met. Farmer Ana Ortiz spoke first.\n\n"We need rain," the farmer said.',
         [("Ana Ortiz", "description")]),
        # a name opening its sentence after `But`, with an unfamiliar given name, is known by its description
        ('But Tavish Sola, a lawyer for the tenants, disagreed.\n\n"It is worthless," Sola said.',
         [("Tavish Sola", "alias")]),
        # a rank makes another role: the president is not the vice president, the deputy not the minister
        ('President Ana Ortiz and Vice President Lee Chan came.\n\n"We will win," the president said.',
         [("Ana Ortiz", "description")]),
        ('President Ana Ortiz and Vice President Lee Chan came.\n\n"We will win," the vice president said.',
         [("Lee Chan", "description")]),
        ('Minister Ana Ortiz and her deputy, Lee Chan, came.\n\n"We will win," the deputy minister said.',
         [("Lee Chan", "description")]),
        # the governor is not the lieutenant governor, in a title's short form too
        ('Gov. Ana Ortiz and Lt. Gov. Lee Chan came.\n\n"We will win," the governor said.',
         [("Ana Ortiz", "description")]),
        ('Lt. Gov. Lee Chan met Gov. Ana Ortiz.\n\n"We will win," the lieutenant governor said.',
         [("Lee Chan", "description")]),
        # a pronoun goes to the person before it
        ('Ana Ortiz spoke on Monday.\n\n"We will stay," she said.', [("Ana Ortiz", "pronoun")]),
        # a possessive pronoun owns what was claimed, by gender like `he` and `she`
        ("Mr. Lee Chan met Mrs. Ana Ortiz on Monday.\n\nContrary to her claim that voters would ''learn nothing,''"
         " the files held much.", [("Ana Ortiz", "pronoun")]),
        # the speaker of the previous quote beats a name in passing
        ('"We will stay," Ana Ortiz said of the plan by Lee.\n\n"We will win," she said.',
         [("Ana Ortiz", "name"), ("Ana Ortiz", "pronoun")]),
        # gender shown by an honorific rules out the nearer name
        ('Mrs. Ana Ortiz met Mr. Lee Chan on Monday.\n\n"We will stay," he said.', [("Lee Chan", "pronoun")]),
        # a description goes to the entity introduced with that role
        ('Press Secretary Ana Ortiz spoke.\n\n"We will stay," the press secretary said.',
         [("Ana Ortiz", "description")]),
        # an abbreviated title stands for its role noun
        ('Sen. Ana Ortiz (D-Ore.) spoke first.\n\nLee Chan followed.\n\n"We will stay," the senator said.',
         [("Ana Ortiz", "description")]),
        # an apposition gives the role; the nearest name is the wrong answer
        ('Lee Chan, the city spokesman, met Mayor Ana Ortiz.\n\n"We will stay," the spokesman said.',
         [("Lee Chan", "description")]),
        # the subject of the sentence before beats a name later in that sentence
        ('Ana Ortiz criticized Lee Chan on Monday.\n\n"We will stay," she said.', [("Ana Ortiz", "pronoun")]),
        # the owner of what opens a sentence is what it is about, as a subject is; the owner of a person is not
        ('Rita Lane spoke on Monday. Ana Ortiz\'s future is unclear, but "I will stay," she said.',
         [("Ana Ortiz", "pronoun")]),
        ('Rita Lane spoke on Monday. Ana Ortiz\'s husband is ill, but "I will stay," she said.',
         [("Rita Lane", "pronoun")]),
        # a known person beats a capitalised word that may be a place
        ('Ana Ortiz visited Dayton.\n\nThe visit ended in Dayton.\n\n"We will stay," she said.',
         [("Ana Ortiz", "pronoun")]),
        # a given name tells the gender: the nearer man is the wrong answer for `she`
        ('Maria Lopez met John Carter on Monday.\n\nJohn Carter spoke first.\n\n"We will stay," she said.',
         [("Maria Lopez", "pronoun")]),
        # an epithet never attached to a name is the person the last sentences are about
        ('Ana Ortiz toured the flooded district on Monday.\n\n"We will stay," the Ohio senator said.',
         [("Ana Ortiz", "description")]),
        # things: a report introduced by name, a newspaper by the shape of its name
        ('The Federal Reserve released the Beige Book report on Wednesday.\n\n"Growth was modest," the report said.',
         [("Beige Book", "description")]),
        ('The Daily Herald editorial board met on Monday.\n\n"We endorse her," the newspaper wrote.',
         [("Daily Herald", "description")]),
        # `it` goes to an organisation, not to a person
        ('Acme Corp. and Ana Ortiz settled the case.\n\n"We are pleased," it said.', [("Acme Corp", "pronoun")]),
        # an honorific's gender picks the full name: the nearer `Bill Chan` is the wrong answer
        ('Mary Chan and her husband, Bill Chan, arrived.\n\n"We will stay," Mrs. Chan said.',
         [("Mary Chan", "alias")]),
        # an institution is no antecedent for `she`
        ('Ana Ortiz spoke.\n\nThe Hoover Institution says the plan would cost more.\n\n"We will stay," she said.',
         [("Ana Ortiz", "pronoun")]),
        # nobody to find: the speaker is the mention itself
        ('"We will stay," a spokesman said.', [("a spokesman", "unresolved")]),
        ('"We will stay," the spokesman said.', [("the spokesman", "unresolved")]),
        ('"We will stay," she said.', [("she", "unresolved")]),
        # a relative pronoun no one is named for stands for the description before it
        ('"It was a mess," said one former staffer, who said he had left.', [("one former staffer", "unresolved")]),
        # a headline in title case names no one: its capitals are no names
        ('Mayor Rebuffs Council On Budget\n\nThe mayor rejected the offer on Monday.\n\n"It is a bad deal," she said.',
         [("she", "unresolved")]),
        # a role of trade or faith never attached to a name is an epithet of the person the
        # last sentences are about
        ('Dan Chan arrived at the club on Monday.\n\n"It was very nice," the casino tycoon said.',
         [("Dan Chan", "description")]),
        ('One pastor backing the mayor, Dan Ortiz, made 150 calls.\n\n"Find your polling place," he said.',
         [("Dan Ortiz", "pronoun")]),
        # a politician described by state and party is the person the last sentences are about,
        # not whoever was last named beside the party word
        ('Republican Lee Chan lost the vote. Ana Ortiz spoke for the council.\n\n'
         '"It was very close," the Ohio Republican said.', [("Ana Ortiz", "description")]),
        # a kind of organisation names the latest organisation of that kind, whole
        ('The Federal Emergency Agency released its report.\n\n"Deficits will grow," the agency said.',
         [("Federal Emergency Agency", "description")]),
        ('The Congressional Budget Office released its report.\n\n"Deficits will grow," the office said.',
         [("Congressional Budget Office", "description")]),
        # a thing is never a person named beside it (`Lee Chan, a spokesman for the campaign`)
        ('Lee Chan, a spokesman for the campaign, spoke on Monday.\n\nThe campaign said it had raised "more than '
         'ever."', [("The campaign", "unresolved")]),
        ('Rep. Lee Chan said he had heard that account. Chan said he would have attended.\n\n"We will stay," Ana '
         'Ortiz replied, according to Farley’s account.', [("Farley’s account", "unresolved")]),
        # a dateline names no one
        ('KYIV, Ukraine (AP) — The president spoke on Sunday, rejecting what he called a "capitulation plan."',
         [("he", "unresolved")]),
        # role words before a name stop at a preposition: `reporters in Ohio` makes no reporter of Ohio
        ('Speaking to reporters in Ohio, the governor called the plan "a disaster."',
         [("the governor", "unresolved")]),
        ('The billionaire Ana Ortiz spoke in Ohio.\n\n"It was a disaster," the billionaire said.',
         [("Ana Ortiz", "description")]),
        # a headline's capitals with a function word inside are no fuller form of a surname
        ('Officials Who Endorse Ortiz Speak Out\n\nAna Ortiz won the vote.\n\n"We will stay," Ortiz said.',
         [("Ana Ortiz", "alias")]),
        ('Columnist George Will wrote the piece.\n\n"It is over," Will wrote.', [("George Will", "alias")]),
        # sports roles, an age and a nationality describe the person the last sentences are about
        ('Leon Abara scored twice.\n\n"It is the best feeling," the striker said.', [("Leon Abara", "description")]),
        ('Leon Abara, 28, scored twice.\n\n"It is the best feeling," the 28-year-old said.',
         [("Leon Abara", "description")]),
        # a surname joined to another is no one's surname alone
        ('Lucia Ferraro opened the shop. Her daughter, Giulia Ferraro-Diaz, runs it.\n\n"We never closed," Ferraro said.',
         [("Lucia Ferraro", "alias")]),
        ('Donald Ortiz spoke. His Ortiz-style plan won.\n\n"We won," Ortiz said.', [("Donald Ortiz", "alias")]),
        # an age goes to the person given it, before the name or apposed after it, and no other age
        ('Kate Fenwick, 29, met Daniel Rotich, 50.\n\n"I went early," Rotich said. "This one hurt," the 29-year-old said.',
         [("Daniel Rotich", "alias"), ("Kate Fenwick", "description")]),
        ('Kate Fenwick, aged 29, met Daniel Rotich.\n\n"I went early," Rotich said. "This one hurt," the 29-year-old said.',
         [("Daniel Rotich", "alias"), ("Kate Fenwick", "description")]),
        ('Kate Fenwick, 29, Daniel Rotich, 50, and Lee Park, 41, came.\n\n"I went early," Park said. '
         '"This one hurt," the 50-year-old said.', [("Lee Park", "alias"), ("Daniel Rotich", "description")]),
        ('The 50-year-old Daniel Rotich met the 29-year-old Kate Fenwick.\n\n"I went early," Rotich said. '
         '"This one hurt," the 50-year-old said.', [("Daniel Rotich", "alias"), ("Daniel Rotich", "description")]),
        ('The 29-year-old Kate Fenwick met Daniel Rotich, 50.\n\n"I went early," Rotich said. '
         '"This one hurt," the 29-year-old said.', [("Daniel Rotich", "alias"), ("Kate Fenwick", "description")]),
        ('In Ohio, 29 people met Daniel Rotich.\n\n"I went early," Rotich said. "This one hurt," the 29-year-old said.',
         [("Daniel Rotich", "alias"), ("Daniel Rotich", "description")]),
        ('Dasha Lindqvist struggled in the heat.\n\n"It was brutal," the Swede said.',
         [("Dasha Lindqvist", "description")]),
        # a sports role before a name is a title
        ('Ravi Chandra hit a century.\n\nRovers striker John Thorne was furious. "We gave him three lives," he said.',
         [("John Thorne", "pronoun")]),
        # a kin noun gives the name apposed to it its gender
        ('Rosa Lind smiled. Her grandson, Tom, nodded.\n\n"I love it," she said.', [("Rosa Lind", "pronoun")]),
        # a name of unknown kind seen only after a preposition of place is no one `she` stands for
        ('Tom Keller flew to Paris on Monday.\n\n"It was hard," she said.', [("she", "unresolved")]),
        ('Ana Keller flew to Paris on Monday.\n\n"It was hard," she said.', [("Ana Keller", "pronoun")]),
        # a word opening its sentence is a name when a description of a person is apposed to it
        ('Okafor, the coach, was furious.\n\n"It was a disgrace," he said.', [("Okafor", "pronoun")]),
        ('Details, the report said, were scarce.\n\n"It was a disgrace," he said.', [("he", "unresolved")]),
        # a month is nobody a pronoun can stand for
        ('Lee Chan spoke. The plan began in March.\n\n"It was hard," he said.', [("Lee Chan", "pronoun")]),
        # roles of the arts and the police describe a person; a name before a person's role is
        # no name of theirs (`the Lincoln actor` played Lincoln)
        ('Bram Okonjo arrived late.\n\n"I loved it," the actor said.', [("Bram Okonjo", "description")]),
        ('The film about Lincoln opened. Its star, the Lincoln actor, spoke.\n\n"It was fun," the actor said.',
         [("the actor", "unresolved")]),
        # a capital that opens the sentence names nothing: `A spokesman` is no spokesman named `A`
        ('A spokesman for the council spoke on Monday.\n\n"It will reopen soon," the spokesman said.',
         [("the spokesman", "unresolved")]),
        # a knight or a dame goes by the given name; honours after a name are no part of it
        ('Sir Julian Mabbott spoke first.\n\n"We will fight," Sir Julian said.', [("Julian Mabbott", "alias")]),
        ('Rupert Vance KC spoke first.\n\n"We will fight," Vance said.', [("Rupert Vance", "alias")]),
        # local and public offices are roles: the office apposed to a name describes them later
        ('The health commissioner, Yusuf Bakari, spoke Tuesday.\n\n"We see more patients," the commissioner said.',
         [("Yusuf Bakari", "description")]),
        ('The county treasurer, Lena Hardy, spoke first.\n\n"The books balance," the treasurer said.',
         [("Lena Hardy", "description")]),
        # a party with modifiers goes to the person introduced with the same words
        ('Sen. Dora Whit, a Kentland Democrat, has served 18 years. Mark Hale, a Republican, wants her seat.\n\n'
         '"I am not quitting," the Kentland Democrat said.', [("Dora Whit", "description")]),
        ('Dora Whit spoke. Mark Hale, a Kentland Democrat, answered.\n\n"I am not quitting," the Kentland Democrat said.',
         [("Mark Hale", "description")]),
        # a reporter or a voter a story meets is no epithet for the person it is about
        ('Lydia Moraes spoke.\n\n"Even now?" the reporter asked.', [("the reporter", "unresolved")]),
        ('Ana Ortiz, a reporter for the Herald, called.\n\n"Even now?" the reporter asked.',
         [("Ana Ortiz", "description")]),
        # a capitalised function word opening the sentence is no part of a full name that
        # starts with a given name or ends as a newspaper's does; a pronoun is never dropped
        ('When Reginald Okoye became chairman, he inherited debt.\n\n"I thought about quitting," Mr. Okoye said.',
         [("Reginald Okoye", "alias")]),
        ('The Washington Post ran it.\n\n"It is true," the Post reported.', [("Washington Post", "alias")]),
        ('Why She Sees Reagan In Him\n\nThe column ran.\n\n"It is true," Reagan said.', [("Reagan", "name")]),
        # a particle joined to a surname is part of the name, and the surname alone finds it
        ('"We will not accept this," Foreign Minister Khaled al-Masri said.', [("Khaled al-Masri", "name")]),
        ('Khaled al-Masri spoke.\n\n"We will not accept this," Masri said.', [("Khaled al-Masri", "alias")]),
        ('Khaled al-Masri spoke.\n\n"We will not accept this," al-Masri said.', [("Khaled al-Masri", "alias")]),
        # a name's first word finds the person named in full before, when the full name is a
        # given name's or comes with a title or a role (family names first: `Zhao Meiling`)
        ('Spokeswoman Zhao Meiling spoke Monday.\n\n"We oppose this," Zhao said.', [("Zhao Meiling", "alias")]),
        ('Gao Junlan, a lawyer from the south, spoke.\n\n"We are worried," Ms. Gao said.', [("Gao Junlan", "alias")]),
        ('Tom Ebeling came early.\n\n"We are fine," Tom said.', [("Tom Ebeling", "alias")]),
        ('Compaq Computer merged with the firm.\n\n"We are fine," Compaq said.', [("Compaq", "name")]),
        ('ESPN Fires Its Host\n\nThe network acted.\n\n"We are fine," ESPN said.', [("ESPN", "name")]),
        # a name apposed to a role introduces the person the role describes later
        ('Rep. Carl Brenner hired a campaign manager, Tyler Osgood.\n\n"Carl must be everywhere," his campaign manager said.',
         [("Tyler Osgood", "description")]),
        ('Her husband, Paul Albers, was blunt.\n\n"He is a tourist," her husband said.', [("Paul Albers", "description")]),
        ('The incumbent, Rep. Owen Thibodeau, spoke first. Brad Kincaid spoke next.\n\n"I am sorry," the incumbent said.',
         [("Owen Thibodeau", "description")]),
        # ... but not a plural one, of which the name is one
        ('Party leaders, Ana Ortiz among them, met.\n\n"We are done," the leaders said.', [("the leaders", "unresolved")]),
        # a name after a determiner, modifiers and an honorific is the sentence's subject
        ('Rep. Owen Thibodeau spoke first. Brad Kincaid spoke next.\n\nThe elder Mr. Thibodeau did not flinch.\n\n'
         '"I have heard it before," he said.', [("Owen Thibodeau", "pronoun")]),
        ('Rep. Owen Thibodeau spoke first. Brad Kincaid spoke next.\n\nThe talks between Mr. Thibodeau and his aide '
         'went on.\n\n"I have heard it before," he said.', [("Brad Kincaid", "pronoun")]),
        # an indefinite description is someone not named before
        ('Sen. Karl Obermeyer spoke first.\n\n"He was furious," another senator said.', [("another senator", "unresolved")]),
        ('Sen. Karl Obermeyer spoke first.\n\n"He was furious," one Republican senator said.',
         [("one Republican senator", "unresolved")]),
        # ... and so is a quantity of a group: some, many, most of its people, none named
        ('Rep. Dana Whitcombe, a Democrat, spoke first.\n\n"She was right," some Democrats said.',
         [("some Democrats", "unresolved")]),
        ('Sen. Karl Obermeyer spoke first.\n\n"He was furious," the senator said.', [("Karl Obermeyer", "description")]),
        # `a poll` is a new one, not one the article named before
        ('The Daily Herald poll had Ortiz ahead.\n\n"It is close," a new poll of voters found.',
         [("a new poll of voters", "unresolved")]),
        ('The Daily Herald poll had Ortiz ahead.\n\n"It is close," the poll found.', [("Daily Herald", "description")]),
        # what a person wrote or said speaks for its owner; without an owner it is no one
        ('Mara Holt left. Holt\'s statement said: "The bill is dead."', [("Mara Holt", "description")]),
        ('Mara Holt left. The statement said: "The bill is dead."', [("The statement", "unresolved")]),
        ('The Times\'s report said: "The bill is dead."', [("The Times's report", "unresolved")]),
        # a nickname inside the full name does not keep the surname from it
        ('Abdi "the Surgeon" Warsame spoke.\n\n"We fight on," Warsame said.', [("Abdi Warsame", "alias")]),
        ('Robert "Bobby" Tanaka is the nominee.\n\n"We are ready," Tanaka said.', [("Robert Tanaka", "alias")]),
        # a branch of the forces before a name is a title, not a given name
        ('Marine John Tiegen spoke.\n\nTiegen was troubled. "It is bad," he said.', [("John Tiegen", "pronoun")]),
        # a subject that is nothing but a role stands for the person named with it, for a pronoun after it
        ('Sen. Tom Ortiz met the mayor, Lee Chan. "It went well," Chan said.\n\n'
         'The senator played it down. "It was nothing," he said.',
         [("Lee Chan", "alias"), ("Tom Ortiz", "pronoun")]),
        # but a role with a modifier may describe someone else, and the pronoun keeps the last speaker
        ('Sen. Tom Ortiz met the mayor, Lee Chan. "It went well," Chan said.\n\n'
         'The Ohio senator played it down. "It was nothing," he said.',
         [("Lee Chan", "alias"), ("Lee Chan", "pronoun")]),
        # roles of the courts and of sport work as titles before a name and describe the person later
        ('"We will appeal," County Coroner Philip Draper said.', [("Philip Draper", "name")]),
        ('Shortstop Rafael Montes hit two home runs.\n\n"I feel good," Montes said.', [("Rafael Montes", "alias")]),
        ('Defendant Lance Everly wept.\n\n"I am sorry," the defendant said.', [("Lance Everly", "description")]),
        # `the former governor` is the person introduced as a former one; `the governor` the last governor
        ('Former Gov. Leonard Pike endorsed Gov. Sarah Holcomb.\n\n"She is honest," the former governor said.',
         [("Leonard Pike", "description")]),
        ('Former Gov. Leonard Pike endorsed Gov. Sarah Holcomb.\n\n"He is kind," the governor said.',
         [("Sarah Holcomb", "description")]),
        # a surname with a particle before it finds the full name (`de Blasio`, `van der Berg`)
        ('Mayor Bill de Blasio spoke.\n\n"We will win," de Blasio said.', [("Bill de Blasio", "alias")]),
        ('Jan van der Berg, an economist, spoke.\n\n"It will rise," van der Berg said.',
         [("Jan van der Berg", "alias")]),
        # a pronoun finds no one before a rule between the items of a live page
        ('"We will win," Sen. Mark Teller said.\n\n___.\n\n9:30 a.m.\n\nThe state\'s election director '
         'urged patience.\n\n"Counting takes time," he said.', [("Mark Teller", "name"), ("he", "unresolved")]),
        ('"We will win," Sen. Mark Teller said.\n\nThe director urged patience.\n\n"Counting takes time," he said.',
         [("Mark Teller", "name"), ("Mark Teller", "pronoun")]),
        # an owner's name ends at its possessive: `Ana Ortiz's Senate campaign` is Ana Ortiz's
        ('Ana Ortiz\'s Senate campaign began Monday. "We will win," she said.', [("Ana Ortiz", "pronoun")]),
        # a debate's moderator is titled before the name (but `the moderator` alone describes no one named)
        ('Moderator Dan Whitley asked them to stop. "Please," he said.', [("Dan Whitley", "pronoun")]),
        # a role held against someone is no epithet for the person the last sentences are about
        ('Rep. Walter Brisbane debated attorney Keisha Morrow.\n\n"He is lost," the challenger said.',
         [("the challenger", "unresolved")]),
        # but finds the person introduced with it
        ('Rep. Walter Brisbane faced a challenger, Keisha Morrow.\n\n"He is lost," the challenger said.',
         [("Keisha Morrow", "description")]),
        # a role someone was introduced with, unnamed, refers back to that someone, not to an epithet
        ('Ana Ortiz spoke first. A campaign aide said the vote was close.\n\n"We will win," the aide said.',
         [("the aide", "unresolved")]),
        # ... but a name apposed to it is the person
        ('Ana Ortiz spoke first. An aide, Lee Chan, said the vote was close.\n\n"We will win," the aide said.',
         [("Lee Chan", "description")]),
        # a title of faith makes its bearer `the cleric`
        ('Ayatollah Ali Reza Tabrizi spoke in Qom.\n\nThe cleric said the vote was "fair."',
         [("Ali Reza Tabrizi", "description")]),
        # a full name opening the sentence is its subject, not a modifier of a role after its verb
        ('Maria Lopez met envoy Kazem Rahbari.\n\nShe said Hanoi wanted "calm."', [("Maria Lopez", "pronoun")]),
        # titles alone after `the` describe the person named with them, in capitals too
        ('Prime Minister Arvind Raghunathan opened the plant.\n\n"We will grow," the Prime Minister said.',
         [("Arvind Raghunathan", "description")]),
        ('Crown Prince Khalid bin Mansour came.\n\n"We are partners," The Crown Prince said.',
         [("Khalid bin Mansour", "description")]),
        # ... but a surname that is a title word after an honorific is the name (`Ms. White`)
        ('Anna Richardson White spoke.\n\n"It is fine," Ms. White said.', [("Anna Richardson White", "alias")]),
        # particles inside a name after a title stay in it, for the pronouns that refer back to it
        ('Minister Pieter van der Berg spoke on Monday. He said the talks had been "positive."',
         [("Pieter van der Berg", "pronoun")]),
        ('Mr. Osama al-Haddad spoke on Monday. He said the talks had been "positive."', [("Osama al-Haddad", "pronoun")]),
        ('Minister Zainab binti Hashim said the talks were "slow."', [("Zainab binti Hashim", "name")]),
        # a kind of organisation is the one named with that word, not the person speaking for it
        ('Jenna Holloway, a spokeswoman for Northgate University, said the review had begun.\n\n'
         '"We take this seriously," the university said.', [("Northgate University", "description")]),
        # a role capitalised because it opens the sentence is no part of the name after it
        ('The plant hums.\n\nResident Jo Park said: "It is loud."', [("Jo Park", "name")]),
        ('The plant hums.\n\nParent Kim Novak said: "It is loud."', [("Kim Novak", "name")]),
        ('Rates rose.\n\nStudent Loan Corp said: "Rates rise."', [("Student Loan Corp", "name")]),
        ('The vote was close.\n\n"We must act," said Countess Fenella Greaves.', [("Fenella Greaves", "name")]),
        ('The vote was close.\n\nArchbishop Edmund Harrow met Tom Hale. "We must act," Harrow said.',
         [("Edmund Harrow", "alias")]),
        ('The dam held.\n\nEngineer Ruth Calloway warned of the risk. "I wish I had been wrong," she said.',
         [("Ruth Calloway", "pronoun")]),
        ('The museum owns a painting by Anna Torvik.\n\nCurator Maria Achebe opposed the sale. "It is the end," she said.',
         [("Maria Achebe", "pronoun")]),
        ('The dam held.\n\nGeologist Ruth Calloway met Tom Brandt.\n\n"It moved," the geologist said.',
         [("Ruth Calloway", "description")]),
        # an indefinite pronoun refers to no one the article names
        ('Ana Ortiz and others met the mayor.\n\n"We will stay," another said.', [("another", "unresolved")]),
        # a role of one gender passes over a holder of the other; a role without `former` over former holders
        ('Rep. Mia Fairbanks and Rep. Scott Lindell met.\n\n"We will stay," the congresswoman said.',
         [("Mia Fairbanks", "description")]),
        ('Gov. Ana Ortiz and former Gov. Lee Straub sparred.\n\n"We will stay," the governor said.',
         [("Ana Ortiz", "description")]),
        ('Former state Sen. Lee Straub met Gov. Ana Ortiz.\n\n"We will stay," the former senator said.',
         [("Lee Straub", "description")]),
        # a role or a party with a state is the person tagged with that state, or introduced with it
        ('Sen. Lee Chan (R-Texas) and Sen. Mark Orr (R-Ohio) met.\n\n"We will stay," the Ohio Republican said.',
         [("Mark Orr", "description")]),
        ('Sen. Mark Orr, R-Ohio, met Sen. Lee Chan, R-Texas.\n\n"We will stay," the Ohio senator said.',
         [("Mark Orr", "description")]),
        ('Sens. Mark Orr (Ohio) and Lee Chan (Texas) met.\n\n"We will stay," the Ohio senator said.',
         [("Mark Orr", "description")]),
        ('Ohio Gov. Mark Orr met Texas Gov. Lee Chan.\n\n"We will stay," the Ohio governor said.',
         [("Mark Orr", "description")]),
        ('Rep. Ana Ortiz (D-N.M.) met Rep. Lee Chan (D-Ohio).\n\n"We will stay," the New Mexico Democrat said.',
         [("Ana Ortiz", "description")]),
        # not the last senator of another state: an epithet for the person the story is about
        ('Mark Orr campaigned in Iowa with Sen. Lee Chan, R-Iowa.\n\nThe Ohio senator said he would "stay."',
         [("Mark Orr", "description")]),
        # an age may stand between the name and the role apposed to it
        ('Hal Brandt, 59, a car dealer, met Rep. Mia Malik.\n\n"We will stay," the car dealer said.',
         [("Hal Brandt", "description")]),
        # a transcript's label in capitals is the full name the article gives; an acronym stays itself
        ('Rep. Ana Ortiz spoke on Sunday.\n\nORTIZ: "We will stay."', [("Ana Ortiz", "alias")]),
        ('The CNN poll came out.\n\n"We will stay," CNN said.', [("CNN", "name")]),
        # a preposition opening a sentence is no part of the name after it
        ('Unlike Patriot, Alpha Coal paid its debts.\n\n"We will stay," Patriot said.', [("Patriot", "name")]),
        # a state's demonym describes a person named before, not a name of its own
        ('Gov. Lee Chan spent the weekend in Austin.\n\n"We will stay," the Texan said.', [("Lee Chan", "description")]),
        # a party's member is the one introduced as one, not the person last spoken of
        ('Republican Lee Chan and Democrat Ana Ortiz are in a tight race.\n\n"We will stay," said the Democrat.',
         [("Ana Ortiz", "description")]),
        ('Lee Chan, a Kansas Republican, has trailed all year.\n\nAna Ortiz, a Kansas Democrat, spoke on Monday.'
         '\n\n"We will stay," the Republican said.',
         [("Lee Chan", "description")]),
        # a title with its office after `of` introduces the name after the office
        ('Former Secretary of State Ana Ortiz met Rep. Lee Chan.\n\n"We will stay," the former secretary of state said.',
         [("Ana Ortiz", "description")]),
        ('Secretary of Homeland Security Ana Ortiz met Rep. Lee Chan.\n\n"We will stay," the secretary said.',
         [("Ana Ortiz", "description")]),
        # but a role followed by `of` and a name is no office: supporters of Ortiz are not Ortiz
        ('Supporters of Democrat Ana Ortiz met Lee Chan.\n\n"We will stay," the supporters said.',
         [("the supporters", "unresolved")]),
        # the names of a byline or a photo credit are no one the story is about
        ('Plant to close.\n\nBy Gideon Ashworth\n\nThe plant will close in May. "It is over," he said.',
         [("he", "unresolved")]),
        ('Plant to close.\n\nBy Gideon Ashworth, Associated Press\n\nThe plant will close in May. "It is over," he said.',
         [("he", "unresolved")]),
        ('Clinic opens.\n\nText by Min-jun Park; photos by Esperanza Delgado\n\nThe clinic opened in June. '
         '"That\'s who this is for," she said.', [("she", "unresolved")]),
        ('Clinic opens.\n\nThe clinic hired Marta Quell in June.\n\nA nurse checks a patient. (Esperanza Delgado/Bay Sentinel)'
         '\n\n"That\'s who this is for," she said.', [("Marta Quell", "pronoun")]),
        ('Clinic opens.\n\nThe clinic hired Marta Quell in June.\n\nA nurse checks a patient. (AP Photo/Esperanza Delgado)'
         '\n\n"That\'s who this is for," she said.', [("Marta Quell", "pronoun")]),
        ('Clinic opens.\n\nThe clinic hired Marta Quell in June.\n\nA nurse checks a patient.\n\n'
         'Photo: Esperanza Delgado/Getty Images\n\n"That\'s who this is for," she said.', [("Marta Quell", "pronoun")]),
        # a preposition opening a sentence is no part of the name after it (`Outside Acme's plant`)
        ('Acme has plants in Ohio.\n\nOutside Acme\'s plant on Main Street, a worker named Ana Ortiz was calm. '
         '"The mood is good," she said.', [("Ana Ortiz", "pronoun")]),
        ('Acme has plants in Ohio.\n\nInside Acme\'s plant, workers were calm.\n\n"We will pay back the money," Acme said.',
         [("Acme", "name")]),
        ('Ana Ortiz stood outside Acme\'s plant on Monday. "The mood is good," she said.', [("Ana Ortiz", "pronoun")]),
        # a place in a team before a name, as an occupation is, leaves the name the subject of its sentence,
        # whom an epithet or a pronoun after it stands for; a verb between a team and a name does not
        ('Ana Ortiz spoke first. "We lost," she said.\n\nCalder fly-half Mateo Ruiz kicked 16 points. '
         '"The pack did the work," the Argentine said.', [("Ana Ortiz", "pronoun"), ("Mateo Ruiz", "description")]),
        ('Mark Hale spoke first. "We lost," he said.\n\nWessex seamer Tom Kitto took four wickets. '
         '"It was my day," he said.', [("Mark Hale", "pronoun"), ("Tom Kitto", "pronoun")]),
        ('Mark Hale spoke first. "We lost," he said.\n\nCalder beat Tom Kitto on Monday. '
         '"We will be back," he said.', [("Mark Hale", "pronoun"), ("Mark Hale", "pronoun")]),
        # a demonym stands for the person introduced with its nationality before a role or as an owner
        # (`Dutch striker`, `the former Portugal midfielder`, `Sweden's`), also as a sentence's subject a
        # pronoun after it stands for; not with a company, which is no person
        ('Paulo Serra, the former Portugal midfielder, manages Fennick. Dutch striker Ruud Kamp scored twice.\n\n"He punished us," the Portuguese said.',
         [('Paulo Serra', 'description')]),
        ('Dutch striker Ruud Kamp scored twice. Fennick manager Paulo Serra was angry. "We were naive," he said.\n\nThe Dutchman, who joined in May, was modest. "The goals are for the fans," he said.',
         [('Paulo Serra', 'pronoun'), ('Ruud Kamp', 'pronoun')]),
        ('Sweden’s Elsa Lindgren lost in the final. Ana Ortiz won it.\n\n"I gave everything," the Swede said.',
         [('Elsa Lindgren', 'description')]),
        ('Dutch company Verhoek hired Mark Hale in May. Tom Kitto runs it.\n\n"It was easy," the Dutchman said.',
         [('Tom Kitto', 'description')]),
        ('German lawyer Ana Ortiz spoke first. Mark Hale spoke next.\n\n"It was long," the German said. "We are tired," she said.',
         [('Ana Ortiz', 'description'), ('Ana Ortiz', 'pronoun')]),
        # UK titles written without stops are no part of the name, and say the role (`Det Insp`, `Cllr`)
        ('Det Insp Karen Fell said: "This was a shocking attack."',
         [('Karen Fell', 'name')]),
        ('Cllr Janet Morrow spoke first.\n\n"It is over," Ms Morrow said.',
         [('Janet Morrow', 'alias')]),
        ('Insp Dev Raman met Mark Hale on Monday.\n\n"It is over," the inspector said.',
         [('Dev Raman', 'description')]),
        ('Cllr Janet Morrow met Mark Hale on Monday.\n\n"It is over," the councillor said.',
         [('Janet Morrow', 'description')]),
        # a plural possessive before the word heading an institution's name is part of the name; before a
        # person's role it is the owner's
        ('The Transport Workers\' Union said: "We will strike."',
         [("Transport Workers' Union", 'name')]),
        ('The Growers\' Association said: "We need support."',
         [("Growers' Association", 'name')]),
        ('The Hales\' lawyer Ana Ortiz said: "We will appeal."',
         [('Ana Ortiz', 'name')]),
        # a sentence opening with `By` is no byline
        ('Clinic opens.\n\nBy Tuesday, Marta Quell had left the city.\n\n"That\'s who this is for," she said.',
         [("Marta Quell", "pronoun")]),
        ('Clinic opens.\n\nBy Marta Quell\'s count, 40 homes burned.\n\n"That\'s who this is for," she said.',
         [("Marta Quell", "pronoun")]),
        # a person's role set beside an organisation is no name of it: the role goes on to the person
        ('Files are out.\n\nIn papers released by the Justice Department, the candidate looked weak.\n\n'
         'Ana Ortiz held a rally. The candidate said: "I did nothing wrong."',
         [("Ana Ortiz", "description")]),
        # a plural role (`chairmen`, not only `-s`) is no epithet for the person the last sentences are about
        ('The hearing ended.\n\nChief Inspector Dan Lee said the claims were wrong. "The evidence is clear," '
         'the committee chairmen wrote.', [("the committee chairmen", "unresolved")]),
        ('The hearing ended.\n\nChief Inspector Dan Lee said the claims were wrong. "The evidence is clear," '
         'the veteran inspector wrote.', [("Dan Lee", "description")]),
        # ... while a body's own role word still names it
        ('Files are out.\n\nThe Justice Department released papers. The department said: "They are complete."',
         [("Justice Department", "description")]),
        # two named speakers joined by `and` are one subject, floating `both` or `each` or not
        ('Ana Ortiz and Lee Chan both said the plan was "a disaster for the region".',
         [("Ana Ortiz and Lee Chan", "name")]),
        ('Ana Ortiz and Lee Chan each called it "a disaster for the region".',
         [("Ana Ortiz and Lee Chan", "name")]),
        ('Mayor Ana Ortiz and Sen. Lee Chan said: "We will not yield."',
         [("Mayor Ana Ortiz and Sen. Lee Chan", "name")]),
        # ... but the last two of a longer list are not the subject alone, and a pronoun after the
        # pair still looks to a single name
        ('Rosa Vance, Ana Ortiz and Lee Chan said: "We will not yield."', [("Lee Chan", "name")]),
        ('Ana Ortiz and Lee Chan spoke on Monday.\n\n"We will not yield," he said.',
         [("Lee Chan", "pronoun")]),
        # `it` with no name before it: the organisation its sentence or the one before opens with,
        # described by no name
        ('Britain\'s biggest water utility was fined on Monday. "We accept the ruling in full," it said.',
         [("Britain's biggest water utility", "pronoun")]),
        ('The carmaker cut its forecast on Tuesday. "Demand has weakened," it said. "We will recover," it added.',
         [("The carmaker", "pronoun"), ("The carmaker", "pronoun")]),
        # ... but a named organisation first, and no thing that says nothing, nor several banks
        ('Kestrel Bank was fined on Monday. "We accept the ruling in full," it said.',
         [("Kestrel Bank", "pronoun")]),
        ('The storm hit the coast on Monday. "Nothing was left standing," it said.', [("it", "unresolved")]),
        ('The ruling was issued on Monday. "The fine stands," it said.', [("it", "unresolved")]),
        ('The banks were fined on Monday. "We accept the ruling," it said.', [("it", "unresolved")]),
    ],
)
def test_resolution(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The panel heard from a young child, who said he had driven six hours.", "a young child"),
        ("The panel heard from a voter in the crowd, who said he had driven six hours.", "a voter"),
        ("Ana Ortiz released a statement that said the plan was dead.", "a statement"),
        ("The memo from the campaign manager, who said the race was over, leaked.", "the campaign manager"),
        # a description with no determiner, or with a verb or a preposition in it, is no name:
        # the mention stays `who`
        ("Ana Ortiz met voters who said the vote was close.", "who"),
    ],
)
def test_a_relative_pronoun_names_the_plain_description_before_it(text, speaker):
    assert speakers(text, kinds=("indirect",))[0][0] == speaker


def test_the_mention_keeps_its_local_offsets():
    text = 'Ana Ortiz spoke on Monday.\n\n"We will stay," she said.'
    q = quotex.extract(text, kinds=["direct"])[0]
    assert (q.speaker, q.speaker_mention) == ("Ana Ortiz", "she")
    assert text[q.speaker_start : q.speaker_end] == "she"


def test_a_guess_lowers_the_confidence():
    named = quotex.extract('"We will stay," Ana Ortiz said.')[0]
    guessed = quotex.extract('Ana Ortiz spoke.\n\n"We will stay," she said.')[0]
    assert guessed.confidence < named.confidence


def test_names_inside_quotations_are_not_antecedents():
    text = 'Ana Ortiz spoke on Monday.\n\n"Lee Chan is wrong," she said. "We will stay," she added.'
    assert [s for s, _ in speakers(text)] == ["Ana Ortiz", "Ana Ortiz"]
