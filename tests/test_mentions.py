"""Speaker mentions: names, pronouns and descriptions before and after a cue."""
import pytest

from quotex.mentions import name_like, subject_after, subject_before, tokens


@pytest.mark.parametrize(
    "phrase, kind, head, mention",
    [
        ("Ana Ortiz", "name", "Ana Ortiz", "Ana Ortiz"),
        ("But Ortiz", "name", "Ortiz", "Ortiz"),
        ("he", "pronoun", "he", "he"),
        # an office in capitals after `the` (British style) describes, it names no one; a longer run may
        ("the Health Secretary", "nominal", "secretary", "the Health Secretary"),
        ("The Transport Minister", "nominal", "minister", "The Transport Minister"),
        ("the New Hampshire Union Leader", "name", "New Hampshire Union Leader", "the New Hampshire Union Leader"),
        # an indefinite pronoun capitalised as its sentence opens is no name
        ("Another", "nominal", "another", "Another"),
        ("Others", "nominal", "others", "Others"),
        # ... an indefinite quantifier too
        ("Few", "nominal", "few", "Few"),
        ("Each", "nominal", "each", "Each"),
        ("Neither", "nominal", "neither", "Neither"),
        # ... but a name is a name still
        ("Fewster", "name", "Fewster", "Fewster"),
        ("the mayor’s Press Secretary Lee Chan", "name", "Lee Chan", "the mayor’s Press Secretary Lee Chan"),
        ("Lee Chan, the city spokesman,", "name", "Lee Chan", "Lee Chan"),
        ("the council's budget chief, Lee Chan,", "name", "Lee Chan", "Lee Chan"),
        ("Lee Chan, 33, of Dayton, Ohio, who runs a bakery,", "name", "Lee Chan", "Lee Chan"),
        ("Sen. Ana Ortiz (D-Ore.), who backs the bill,", "name", "Ana Ortiz", "Sen. Ana Ortiz"),
        ("Transit Director Ana Ortiz", "name", "Ana Ortiz", "Transit Director Ana Ortiz"),
        ("Mr. Chan", "name", "Chan", "Mr. Chan"),
        # a title joined to `elect` or `designate`, or after `Vice-`, is a title still
        ("President-elect Ana Ortiz", "name", "Ana Ortiz", "President-elect Ana Ortiz"),
        ("Vice-President Ana Ortiz", "name", "Ana Ortiz", "Vice-President Ana Ortiz"),
        ("Prime Minister-designate Tom Chan", "name", "Tom Chan", "Prime Minister-designate Tom Chan"),
        # but not a joined surname
        ("Ana Ortiz-Vice", "name", "Ana Ortiz-Vice", "Ana Ortiz-Vice"),
        # a title with its office after `of` or `for`: the name starts at a given name
        ("Secretary of State Ana Ortiz", "name", "Ana Ortiz", "Secretary of State Ana Ortiz"),
        # an organisation's name with `of` in it, then a title in capitals and a given name
        ("Bank of Estland Governor Ana Ruiz", "name", "Ana Ruiz", "Bank of Estland Governor Ana Ruiz"),
        ("The University of Maine President Tom Chan", "name", "Tom Chan", "The University of Maine President Tom Chan"),
        # ... but no given name after the title: the organisation speaks (`Bank of Estland Governor` is no name)
        ("The Bank of Estland Governor", "nominal", "bank", "The Bank of Estland Governor"),
        ("Vice President of Communications Ana Ortiz", "name", "Ana Ortiz", "Vice President of Communications Ana Ortiz"),
        ("Acme Vice President for news and talk Dave Chan", "name", "Dave Chan",
         "Acme Vice President for news and talk Dave Chan"),
        # an organisation's name keeps its title words (`State`, `Defense`) and its ampersand
        ("The State Health Department", "name", "State Health Department", "The State Health Department"),
        ("The Environmental Defense Alliance", "name", "Environmental Defense Alliance",
         "The Environmental Defense Alliance"),
        ("Baxter & Finch LLP", "name", "Baxter & Finch LLP", "Baxter & Finch LLP"),
        # but a person's name after titles stays apart from them, a newspaper's word as a surname too
        ("Foreign Ministry Spokesman Hua Lin", "name", "Hua Lin", "Foreign Ministry Spokesman Hua Lin"),
        ("Port City Mayor Ana Herald", "name", "Ana Herald", "Port City Mayor Ana Herald"),
        # an organisation's name with a small word in it, then a role in lower case: the name after the role
        ("Voters for Parks president Lee Chan", "name", "Lee Chan", "Voters for Parks president Lee Chan"),
        ("Friends of the Marsh director Ana Ruiz", "name", "Ana Ruiz", "Friends of the Marsh director Ana Ruiz"),
        # a plural possessive with a curly apostrophe stays inside an institution's name, as a straight one does
        ("The National Growers’ Association", "name", "National Growers’ Association",
         "The National Growers’ Association"),
        ("The Transport Workers’ Union", "name", "Transport Workers’ Union", "The Transport Workers’ Union"),
        # but a closing single quotation mark after a comma still opens the clause of the name
        ("‘We will win,’ Ana Ruiz", "name", "Ana Ruiz", "Ana Ruiz"),
        # a noun in -ly after a determiner is no adverb before the verb
        ("People close to the family", "nominal", "people", "People close to the family"),
        ("Friends of the family", "nominal", "friends", "Friends of the family"),
        ("the organizer of a rally", "nominal", "organizer", "the organizer of a rally"),
        ("the family reportedly", "nominal", "family", "the family"),
        ("Ana Ortiz repeatedly", "name", "Ana Ortiz", "Ana Ortiz"),
        # an adjunct of what the words came out in, or when, is no part of a description
        ("the ministry in a statement", "nominal", "ministry", "the ministry"),
        ("the ministry in a statement on Tuesday", "nominal", "ministry", "the ministry"),
        ("a spokeswoman for the ministry at a news conference", "nominal", "spokeswoman",
         "a spokeswoman for the ministry"),
        # but one that says who they are is
        ("a source in the ministry", "nominal", "source", "a source in the ministry"),
        ("officials in charge of the port", "nominal", "officials", "officials in charge of the port"),
        ("another", "nominal", "another", "another"),
        ("A spokesman for Ortiz", "nominal", "spokesman", "A spokesman for Ortiz"),
        ("The press secretary", "nominal", "secretary", "The press secretary"),
        ("officials", "nominal", "officials", "officials"),
        ("the ad’s narrator", "nominal", "narrator", "the ad’s narrator"),
        # a name of more than one word in the possessive determines the noun, as `Japan's` does
        ("South Korea's military", "nominal", "military", "South Korea's military"),
        ("Sri Lanka’s army", "nominal", "army", "Sri Lanka’s army"),
        ("Lee attacked Ortiz, who", "name", "Ortiz", "who"),
        # a person named with where they work: the person, not the workplace; a title before `of` is no person
        ("Lee met Mira Kesh of Tide Watch, who", "name", "Mira Kesh", "who"),
        ("Lee met Sen. Mira Kesh of Ohio, who", "name", "Mira Kesh", "who"),
        ("Lee met Secretary of State Mira Kesh, who", "name", "Mira Kesh", "who"),
        ("The question came from a young reporter, who", "nominal", "reporter", "who"),
        ("The fine levied by the Union, which", "name", "Union", "which"),
        # a relative `where` clause has a subject of its own
        ("a clip from a rally in Ohio, where the governor", "nominal", "governor", "the governor"),
        ("They turned to the Dayton Police Department which", "name", "Dayton Police Department", "which"),
        ("27 percent of those who voted", "nominal", "percent", "27 percent of those"),
        # a relative clause with no pronoun: its own subject, after the noun phrase it modifies
        ("Rents rose, a trend the mayor", "nominal", "mayor", "the mayor"),
        ("The board weighed a new plan the committee", "nominal", "committee", "the committee"),
        ("The city backed a plan officials", "nominal", "officials", "officials"),
        # a foundation speaks, as an agency or a union does; its name stays a name
        ("Sales fell, a trend that the foundation", "nominal", "foundation", "the foundation"),
        ("Sales fell, a trend the foundation", "nominal", "foundation", "the foundation"),
        ("The Ridgeway Foundation", "name", "Ridgeway Foundation", "The Ridgeway Foundation"),
        ("Ridgeway Foundation director Ana Ruiz", "name", "Ana Ruiz", "Ridgeway Foundation director Ana Ruiz"),
        # but not a verb's object, a noun of how or when, or a compound
        ("The mayor told the council", "nominal", "council", "The mayor told the council"),
        ("Dayton city officials", "nominal", "officials", "Dayton city officials"),
        ("Nearly eight in 10 voters overall", "nominal", "voters", "eight in 10 voters"),
        ("One in three", "nominal", "one", "One in three"),
        ("City Hall and police spokesmen", "nominal", "spokesmen", "City Hall and police spokesmen"),
        ("Officials familiar with the talks", "nominal", "officials", "Officials familiar with the talks"),
        # a capitalised `Outside` or `Inside` right before a plural noun modifies it
        ("Outside analysts also", "nominal", "analysts", "Outside analysts"),
        ("Inside sources", "nominal", "sources", "Inside sources"),
        # a quantity before a capitalised plural describes a group; a given name before a surname in -s does not
        ("Few Americans", "nominal", "americans", "Few Americans"),
        ("Most Democrats", "nominal", "democrats", "Most Democrats"),
        ("Lou Dobbs", "name", "Lou Dobbs", "Lou Dobbs"),
        ("One of the former aides to Ortiz", "nominal", "aides", "One of the former aides to Ortiz"),
        ("Three-quarters of the voters", "nominal", "voters", "Three-quarters of the voters"),
        ("The mayor was asked about the plan and Ortiz", "name", "Ortiz", "Ortiz"),
        ("The council voted on the plan after Ortiz", "name", "Ortiz", "Ortiz"),
        ("Lee and Ortiz", "name", "Ortiz", "Lee and Ortiz"),  # a pair of names is one subject
        ("They came under the new program and Ortiz", "name", "Ortiz", "Ortiz"),
        # a noun with a clause that modifies it: the noun phrase before the clause
        ("Current and former aides who spoke with the paper", "nominal", "aides", "Current and former aides"),
        ("Several groups that have endorsed him", "nominal", "groups", "Several groups"),
        ("Local activists clamoring to block the plan", "nominal", "activists", "Local activists"),
        ("Officials speaking on condition of anonymity", "nominal", "officials", "Officials"),
        ("That person", "nominal", "person", "That person"),
        ("Mr. Lee of the Sierra Club", "name", "Lee", "Mr. Lee"),
        ("New York City Public Advocate Ana Ortiz", "name", "Ana Ortiz", "New York City Public Advocate Ana Ortiz"),
        ("Howard Dean", "name", "Howard Dean", "Howard Dean"),  # a surname that is also a title elsewhere
        ("As one employee", "nominal", "employee", "one employee"),
        ("Sen. Ana Ortiz of Ohio", "name", "Ana Ortiz", "Sen. Ana Ortiz"),
        # plain words describing a name before where the person is from
        ("former Gov. Ana Ortiz of Ohio", "name", "Ana Ortiz", "former Gov. Ana Ortiz"),
        ("retired organizer Lee Chan of Dayton", "name", "Lee Chan", "retired organizer Lee Chan"),
        # but not an institution after an article, nor a name after a preposition
        ("the Dayton Department of Parks", "nominal", "department", "the Dayton Department of Parks"),
        ("lawyers for Ana Ortiz of Ohio", "nominal", "lawyers", "lawyers for Ana Ortiz of Ohio"),
        ("taxes ― as was true for years ― Ortiz", "name", "Ortiz", "Ortiz"),
        ("the former secretary of state and current Democratic presidential nominee", "nominal", "secretary",
         "the former secretary of state and current Democratic presidential nominee"),
        ("Those over 60", "nominal", "those", "Those over 60"),
        ("The survey, to which 21 percent of voters", "nominal", "voters", "21 percent of voters"),
        # the clause after `that` once a verb came before it
        ("It was so odd that a spokesman", "nominal", "spokesman", "a spokesman"),
        ("Lee added that Ortiz", "name", "Ortiz", "Ortiz"),
        # a name opening a clause after a subordinator, then a participle clause between commas
        ("The issue came up after Mr. Ortiz, asked about the deaths of workers under Lee,", "name", "Ortiz",
         "Mr. Ortiz"),
        ("Lee Ayres, author of Politics and Beyond,", "name", "Lee Ayres", "Lee Ayres"),
        ("Several environmental groups", "nominal", "groups", "Several environmental groups"),  # a plural role
        # a titled name after an adverbial phrase with no comma
        ("Saturday at the party convention Sen. Ana Ortiz", "name", "Ana Ortiz", "Sen. Ana Ortiz"),
        ("A letter to Sen. Ana Ortiz", "nominal", "letter", "A letter to Sen. Ana Ortiz"),  # the object of `to`
        # a plain name after an adverbial phrase that opens the sentence with no comma
        ("On Tuesday Ortiz", "name", "Ortiz", "Ortiz"),
        ("At one point Ortiz", "name", "Ortiz", "Ortiz"),
        ("In a statement Ana Ortiz", "name", "Ana Ortiz", "Ana Ortiz"),
        ("DAYTON — During the hearing Lee", "name", "Lee", "Lee"),
        # a name, then an adjunct of place, time or medium before the verb
        ("Ana Ortiz in a statement", "name", "Ana Ortiz", "Ana Ortiz"),
        ("Sen. Ana Ortiz at a rally in Dayton on Monday", "name", "Ana Ortiz", "Sen. Ana Ortiz"),
        ("Lawyers in the case", "nominal", "lawyers", "Lawyers in the case"),  # a capital only at the start
        # a name, then the organisation it is of, small words and all
        ("Ana Ortiz of the Center for Budget Studies", "name", "Ana Ortiz", "Ana Ortiz"),
        ("Lee Chan of the Council on Foreign Relations", "name", "Lee Chan", "Lee Chan"),
        # a name with an apostrophe is one name, not its part after the apostrophe
        ("Former Gov. Martin O’Malley", "name", "Martin O’Malley", "Former Gov. Martin O’Malley"),
        # a modal that ends a name is its surname
        ("Prime Minister Ana May", "name", "Ana May", "Prime Minister Ana May"),
        # and one that is a given name opens it, but a modal before a title is none
        ("Will Chan, the chairman for the county,", "name", "Will Chan", "Will Chan"),
        ("Will Sen. Ana Ortiz", "name", "Ana Ortiz", "Sen. Ana Ortiz"),
        # a nickname inside a name leaves the name whole, and out of its head
        ('Sen. Ana "Cia" Ortiz', "name", "Ana Ortiz", 'Sen. Ana "Cia" Ortiz'),
        ("Lee's niece, Ana “Cia” Ortiz,", "name", "Ana Ortiz", "Ana “Cia” Ortiz"),
        # a party word before a given name is a title; before anything else, part of the name
        ("Republican Ana Ortiz", "name", "Ana Ortiz", "Republican Ana Ortiz"),
        ("House Democrat Dan Chan", "name", "Dan Chan", "House Democrat Dan Chan"),
        ("the Republican National Committee", "name", "Republican National Committee",
         "the Republican National Committee"),
        # a phrase opening with a preposition describes no one (`through`, `within`, `without`)
        ("Ana Ortiz, who through her office", "name", "Ana Ortiz", "who"),
        ("The mayor through his office", "nominal", "mayor", "The mayor through his office"),
        ("Sources within the campaign", "nominal", "sources", "Sources within the campaign"),
        # a role in capitals before a given name is a title; anything else before one stays
        ("Billionaire Dan Chan", "name", "Dan Chan", "Billionaire Dan Chan"),
        ("C. Dan Chan", "name", "C. Dan Chan", "C. Dan Chan"),
        ("The Los Angeles Times", "name", "Los Angeles Times", "The Los Angeles Times"),
        # Dutch particles belong to the name; a number opening a description stays a number
        ("United manager Erik ten Hag", "name", "Erik ten Hag", "United manager Erik ten Hag"),
        ("Marc-André ter Stegen", "name", "Marc-André ter Stegen", "Marc-André ter Stegen"),
        ("Ten people", "nominal", "people", "Ten people"),
        # a chamber or a department after title words is an institution, whole; a surname after
        # one stays a name
        ("The White House", "name", "White House", "The White House"),
        ("the U.S. Senate", "name", "U.S. Senate", "the U.S. Senate"),
        ("The State Department", "name", "State Department", "The State Department"),
        ("the Foreign Ministry", "name", "Foreign Ministry", "the Foreign Ministry"),
        ("Justice Dan Chan", "name", "Dan Chan", "Justice Dan Chan"),
        ("Sen. Dan King", "name", "Dan King", "Sen. Dan King"),
        # a politician described by state and party is a description
        ("the Ohio Republican", "nominal", "republican", "the Ohio Republican"),
        ("The South Carolina Democrat", "nominal", "democrat", "The South Carolina Democrat"),
        ("the Republican", "nominal", "republican", "the Republican"),
        ("a Democrat", "nominal", "democrat", "a Democrat"),
        ("an Iowa Democrat", "nominal", "democrat", "an Iowa Democrat"),
        # ... and so do a party with a modifier and a nationality
        ("a senior Tory", "nominal", "tory", "a senior Tory"),
        ("the Swede", "nominal", "swede", "the Swede"),
        ("the 28-year-old", "nominal", "year-old", "the 28-year-old"),
        ("Striker Alfie Thorne", "name", "Alfie Thorne", "Striker Alfie Thorne"),
        ("Principal Gregory Vance", "name", "Gregory Vance", "Principal Gregory Vance"),
        ("Trustee Ana Lund", "name", "Ana Lund", "Trustee Ana Lund"),
        ("Council Member Jerome Whitlock", "name", "Jerome Whitlock", "Council Member Jerome Whitlock"),
        ("NATO Deputy Secretary-General Ingrid Solheim", "name", "Ingrid Solheim",
         "NATO Deputy Secretary-General Ingrid Solheim"),
        ("Ayatollah Hossein Moradi", "name", "Hossein Moradi", "Ayatollah Hossein Moradi"),
        ("Actor Bram Okonjo", "name", "Bram Okonjo", "Actor Bram Okonjo"),
        ("Detective Constable Erin Mayhew", "name", "Erin Mayhew", "Detective Constable Erin Mayhew"),
        # an occupation in capitals before a given name, after a title too; before anything else it stays
        ("Engineer Ruth Calloway", "name", "Ruth Calloway", "Engineer Ruth Calloway"),
        ("Headteacher Ruth Calloway", "name", "Ruth Calloway", "Headteacher Ruth Calloway"),
        ("Chief Engineer Ruth Calloway", "name", "Ruth Calloway", "Chief Engineer Ruth Calloway"),
        ("Broker Lane Partners", "name", "Broker Lane Partners", "Broker Lane Partners"),
        ("Vendor Hub Inc", "name", "Vendor Hub Inc", "Vendor Hub Inc"),
        # titles of nobility and of the church; not those that are given names too, nor `Brother`
        # before anything but a given name
        ("Baroness Fenella Greaves", "name", "Fenella Greaves", "Baroness Fenella Greaves"),
        ("Viscount Edmund Harrow", "name", "Edmund Harrow", "Viscount Edmund Harrow"),
        ("Archbishop Edmund Harrow", "name", "Edmund Harrow", "Archbishop Edmund Harrow"),
        ("Earl Ray Hollings", "name", "Earl Ray Hollings", "Earl Ray Hollings"),
        ("Duke Hollings", "name", "Duke Hollings", "Duke Hollings"),
        ("Big Brother Watch", "name", "Big Brother Watch", "Big Brother Watch"),
        # a role right before `for` and a name speaks for that one, in capitals too
        ("Lawyers for Ana Ortiz", "nominal", "lawyers", "Lawyers for Ana Ortiz"),
        ("Spokesman for Ana Ortiz", "nominal", "spokesman", "Spokesman for Ana Ortiz"),
        # a given name after a nationality word stays the name's own (`Scot Ross`)
        ("Scot Ross", "name", "Scot Ross", "Scot Ross"),
        # ... so an apposition by party leaves the subject before it
        ("The governor, a Democrat,", "nominal", "governor", "The governor"),
        # an insertion between spaced hyphens is no part of the subject
        ("Ana Ortiz - a former mayor who has backed Lee -", "name", "Ana Ortiz", "Ana Ortiz"),
        # a relative pronoun before an adverb and its subject: the clause's own subject
        ("the speech - which even critics", "nominal", "critics", "even critics"),
        # the subject of an object relative clause, a person or not
        ("the budget, which an audit", "nominal", "audit", "an audit"),
        # a time before the verb is no part of the subject
        ("Ana Ortiz less than two weeks ago", "name", "Ana Ortiz", "Ana Ortiz"),
        ("The council 18 months ago", "nominal", "council", "The council"),
        ("the Independent", "name", "Independent", "the Independent"),  # a newspaper
        # a participle modifying a noun is no head (`a report released …`); a name's verb or an
        # adjective before its noun is no such participle
        ("A report released Thursday by the state auditor", "nominal", "report",
         "A report released Thursday by the state auditor"),
        ("officials involved", "nominal", "officials", "officials involved"),
        ("the newly elected senator", "nominal", "senator", "the newly elected senator"),
        # the subject of a reported clause, when it can speak; else the one who reports it
        ("Mr. Ross said Mr. Obama", "name", "Obama", "Mr. Obama"),
        ("Mara Holt said critics", "nominal", "critics", "critics"),
        ("Judge Ana Lund said the plaintiffs", "name", "Ana Lund", "Judge Ana Lund"),
        ("Ana Ortiz said the government would ", "name", "Ana Ortiz", "Ana Ortiz"),  # a modal cue: no speech yet
        # a relative clause opened inside the phrase has a subject of its own before the verb
        ("A Salem man who prosecutors", "nominal", "prosecutors", "prosecutors"),
        ("a man who police", "nominal", "police", "police"),
        ("an event that Ana Ortiz", "name", "Ana Ortiz", "Ana Ortiz"),
        ("pointing out that the paper's Lee Chan", "name", "Lee Chan", "the paper's Lee Chan"),
        # but not one naming no one who speaks
        ("the man who", "nominal", "man", "who"),
        ("the delegates who've", "nominal", "delegates", "who"),  # contracted: `who've already said`
        ("Ortiz rebuked critics who", "nominal", "critics", "who"),  # a bare plural object before `who`
        ("Ana Ortiz herself has", "name", "Ana Ortiz", "Ana Ortiz"),  # an emphatic pronoun before the verb
        # a negated auxiliary, contracted, before the verb
        ("Democrats don't", "name", "Democrats", "Democrats"),
        ("Ana Ortiz hasn’t", "name", "Ana Ortiz", "Ana Ortiz"),
        ("As many as 40 percent of voters", "nominal", "voters", "40 percent of voters"),  # `As` is no conjunction here
        # an `as` clause with a subject of its own before the verb: that subject
        ("Ted Marsh circled the boat as his friends", "nominal", "friends", "his friends"),
        ("Ana Ortiz said nothing as the crowd", "nominal", "crowd", "the crowd"),
        ("Ortiz smiled as Lee Chan", "name", "Lee Chan", "Lee Chan"),
        # two speakers joined by `and`, one with a phrase of its own: one mention, headed by the second
        ("The State Department and the Department of Energy", "nominal", "department",
         "The State Department and the Department of Energy"),
        ("Ortiz and her rivals for the nomination", "nominal", "rivals", "Ortiz and her rivals for the nomination"),
        ("Ana Ortiz and Lee Chan", "name", "Lee Chan", "Ana Ortiz and Lee Chan"),
        ("Ana Ortiz and Lee Chan each", "name", "Lee Chan", "Ana Ortiz and Lee Chan"),
        # but a role shared by one person is no pair (`president and CEO`)
        ("Ana Lee, president and CEO of the Acme Group,", "name", "Ana Lee", "Ana Lee"),
        # but not the `as` of a role
        ("Lee Chan, who served as the mayor,", "name", "Lee Chan", "Lee Chan"),
        # a source that put a document out, not the phrase with the verb and the document
        ("the council issued a statement", "nominal", "council", "the council"),
        ("his campaign sent out an email to supporters", "nominal", "campaign", "his campaign"),
        ("she released a statement", "pronoun", "she", "she"),
        # a restrictive relative clause after the subject, up to the verb
        ("Democrats in Ohio who watched the debate", "nominal", "democrats", "Democrats in Ohio"),
        ("Ortiz and others who oppose the plan", "nominal", "others", "Ortiz and others"),
        # but a place named alone before `who` is none: the phrase before the comma is the subject
        ("residents in Dayton, Ohio who were voting", "nominal", "residents", "residents in Dayton"),
        # the object of a verb of causing speaks in the infinitive after it, not the subject
        ("The strong win led her to ", "pronoun", "she", "her"),
        ("The vote prompted Councillor Ana Ruiz to ", "name", "Ana Ruiz", "Councillor Ana Ruiz"),
        ("The loss forced some donors to ", "nominal", "donors", "some donors"),
        # `which` with a noun of time or case opens a clause whose subject follows
        ("He spoke for an hour, at which point the crowd", "nominal", "crowd", "the crowd"),
        ("The vote may fail, in which case the mayor", "nominal", "mayor", "the mayor"),
        # a clause opened by a subordinator and a name after an earlier clause: that name, past its apposition
        ("Gov. Sam Brand on Monday signed an order to block the plan, while Mike Oster, the former governor,",
         "name", "Mike Oster", "Mike Oster"),
        # but a name after a subordinator inside a relative clause is not the subject
        ("Sam Brand, who spoke after Lee Chan,", "name", "Sam Brand", "Sam Brand"),
        # the one heard or seen speaking speaks; a verb of perceiving describes no name
        ("The jury heard Lee Chan", "name", "Lee Chan", "Lee Chan"),
        ("Voters saw Mayor Ana Ortiz", "name", "Ana Ortiz", "Mayor Ana Ortiz"),
        # the one who remembers someone speaking gives the account
        ("Sam Brand remembered Lee Chan", "name", "Sam Brand", "Sam Brand"),
        ("Sam Brand, who, like other aides, recalled Lee Chan", "name", "Sam Brand", "Sam Brand"),
        # a name after a verb's object opens a relative clause with no pronoun: it is that clause's subject
        ("It was a deal Ana Ortiz", "name", "Ana Ortiz", "Ana Ortiz"),
        ("They cited the amendment Lee Chan", "name", "Lee Chan", "Lee Chan"),
        # but not a name its role describes, nor a name opening the phrase
        ("Voters backed the senator Ana Ortiz", "name", "Ana Ortiz", "Voters backed the senator Ana Ortiz"),
        ("an angry Lee Chan", "name", "Lee Chan", "an angry Lee Chan"),
        # but a modifier before a name describes it still
        ("the newly elected Mayor Ana Ortiz", "name", "Ana Ortiz", "the newly elected Mayor Ana Ortiz"),
        ("the watch commander Lee Chan", "name", "Lee Chan", "the watch commander Lee Chan"),
        # a part counted after an approximation (`about two-thirds`, `just over a quarter`), set off or not
        ("About two-thirds, 67 percent,", "nominal", "two-thirds", "two-thirds"),
        ("Just over a quarter, 26 percent,", "nominal", "quarter", "a quarter"),
        ("Nearly a third", "nominal", "third", "a third"),
        ("Just shy of half, 52 percent,", "nominal", "half", "half"),
        ("Shy of a third, 31%,", "nominal", "third", "a third"),
        # a share written with `%` or a decimal is one word, the quantity heading the phrase
        ("In the survey, 38% of retirees", "nominal", "retirees", "38% of retirees"),
        ("In 2015, 12.5 percent of nurses", "nominal", "nurses", "12.5 percent of nurses"),
        ("At the forum, 64%", "nominal", "64%", "64%"),
        # a share alone as the own subject of a relative clause
        ("The question, to which 18 percent", "nominal", "percent", "18 percent"),
        ("a choice to which 7%", "nominal", "7%", "7%"),
        ("All but two members", "nominal", "members", "two members"),
        # a quantity alone as the subject: short of all, or opening its comma part after a partitive
        ("Of the delegates, all but two", "nominal", "all", "all but two"),
        ("All but a handful", "nominal", "all", "All but a handful"),
        ("Of the delegates, all", "nominal", "all", "all"),
        ("Of the delegates, two", "nominal", "two", "two"),
        ("Of those polled, three", "nominal", "three", "three"),
        # a relative clause restricting a quantity after a comparison: the quantity is the antecedent
        ("Voters said yes, compared with 23 percent who", "nominal", "percent", "who"),
        # a people's noun by occupation, joined by `and even some`
        ("Politicians and even some technologists", "nominal", "technologists",
         "Politicians and even some technologists"),
        # a relative clause set off right before the verb, after a clause that opens on no subject
        ("It was in 2013 that Ana Ortiz, who ran the port,", "name", "Ana Ortiz", "who"),
        ("It was then that Ana Ortiz, who's now running for mayor,", "name", "Ana Ortiz", "who's"),
        # a pronoun joined by `and` right before a short aside set off by commas
        ("The plan stalled and she, once again,", "pronoun", "she", "she"),
        # a quantifier floating between the subject and its verb
        ("The two senators each", "nominal", "senators", "The two senators"),
        ("They all", "pronoun", "they", "They"),
        # a `whose` clause with a verb of its own restricts the subject before it
        ("State officials whose laws were struck down", "nominal", "officials", "State officials"),
        # `and` opens a clause after a negated verb, or a share after `said`: the share alone is the subject
        ("Most said the city doesn't care about renters and one in four", "nominal", "one", "one in four"),
        ("Most said yes and 30 percent", "nominal", "percent", "30 percent"),
    ],
)
def test_subject_before(phrase, kind, head, mention):
    found = subject_before(phrase, 0, len(phrase))
    assert found is not None
    assert (found.kind, found.head) == (kind, head)
    assert phrase[found.span.start : found.span.end] == mention


def test_a_relative_pronoun_before_a_verb_is_that_verb_s_subject():
    phrase = "The statement was about the emails, which included staff members"
    found = subject_before(phrase, 0, len(phrase))
    assert found is None or "included" not in phrase[found.span.start : found.span.end]


@pytest.mark.parametrize(
    "phrase",
    ["The decision did not come from the meeting", "every", "the", "", "in Dayton", "that the plan",
     "By the time those primaries", "Outside the hall", "Outside the hall crowds", "Among voters",
     "Ortiz repeatedly criticized workers with harsh words",
     "Those", "That",
     "South Korea military", "South Korea's",  # no possessive before the noun; no noun after it
     "president and CEO of Washington Bakers",  # a description in lower case, not an office
     "The firm lobbied in Texas and Florida,",
     "The council voted for the resolution which",  # `which` stands for a name only
     "She says the early tweets",  # a pronoun and its verb: a clause, no speaker
     "he said when",  # `he said when asked`: the question's asker is not named
     # a wish, a leave or an urging: the one wished, let or urged to speak has not spoken
     "Voters want Ana Ruiz to ", "The rules allow firms to ", "Ortiz urged voters to ",
     "At the moment Ortiz",  # `At the moment Ortiz announced her run, …`: a clause of when
     "Among the guests were Ortiz",  # a clause of its own
     "Donors described as her friends",  # `as` giving a role opens no clause
     "Officials such as the mayor",
     "Rents rose in the way the mayor",  # a clause of how, with no pronoun: not the mayor's words
     "opponents of the war and activists joined in a",  # a clause after the second of a pair
     "investors and others focused on short-term results",
     "The mayor whose aides",  # `whose aides say`: the verb is the clause's own
     "All but the mayor",  # `all but` only before a quantity
     "at each", "for all",  # a quantifier with no subject before it
     "In the end, two", "By a vote of nine to two",  # a number word alone, after no partitive
     "taxes and them, once again,",  # an object pronoun is no subject
     "It was in 2013 that the port, which had closed,",  # `which` stands for no speaker
     "a tariff to which the plan",
     "Ortiz said the shootings and protests"],  # no share after `and` that `said` came before: no clause of its own  # a relative clause's own subject that is neither speaker nor share
)
def test_subject_before_finds_nothing(phrase):
    assert subject_before(phrase, 0, len(phrase)) is None


@pytest.mark.parametrize(
    "phrase, kind, head",
    [
        (" Lee H. Chan, a former budget director.", "name", "Lee H. Chan"),
        (" Chan.", "name", "Chan"),
        (" a source close to the campaign.", "nominal", "source"),
        (" one commenter.", "nominal", "commenter"),
        (" he.", "pronoun", "he"),
        (" Mr. Chan in a statement", "name", "Chan"),
        (' Ana "Cia" Ortiz.', "name", "Ana Ortiz"),
        (" Prime Minister Ana May.", "name", "Ana May"),
        (" Lee Will, a columnist.", "name", "Lee Will"),
        # a title with its office after `of`, in capitals or not, before the name
        (" Secretary of State Ana Ortiz.", "name", "Ana Ortiz"),
        (" director of communications Ana Ortiz.", "name", "Ana Ortiz"),
        # an organisation's name with `for` or `of` in it, then a role in lower case and the name
        (" Voters for Parks president Lee Chan.", "name", "Lee Chan"),
        (" Citizens for Clean Water spokeswoman Ana Ruiz, who", "name", "Ana Ruiz"),
        (" the Friends of the Marsh director Ana Ruiz.", "name", "Ana Ruiz"),
        # ... or a title in capitals and a given name
        (" Bank of Estland Governor Ana Ruiz.", "name", "Ana Ruiz"),
        (" the University of Maine President Tom Chan, who", "name", "Tom Chan"),
        # but a name before an adjunct, or before `of` and where the person works, is the name
        (" Ortiz for the Park Board.", "name", "Ortiz"),
        (" Lee Chan of Voters for Parks.", "name", "Lee Chan"),
        (" Lee Chan on Monday, Ortiz for the Park Board.", "name", "Lee Chan"),
        # but a role for someone speaks for them, and a name after `of` is no title's
        (" a spokeswoman for Ana Ortiz.", "nominal", "spokeswoman"),
        (" supporters of Ana Ortiz.", "nominal", "supporters"),
        (" Ortiz of the Sierra Club.", "name", "Ortiz"),
        # a name after a relative clause or a second description names the speaker
        (" a woman who had served as treasurer for years, Edna Voss.", "name", "Edna Voss"),
        (" one of her friends, a retired judge named Ana Voss.", "name", "Ana Voss"),
        (" a woman who lives nearby, adding that she was scared.", "nominal", "woman"),
        # an owner in the possessive before a given name is no part of the person's name
        (" Harbor TV’s Ana Ortiz.", "name", "Ana Ortiz"),
        (" Velo’s Lena Dufresne, a reporter.", "name", "Lena Dufresne"),
        # but words after a possessive that no given name opens are one organisation's name
        (" Moody’s Investors Service.", "name", "Moody’s Investors Service"),
        (" St. Mary’s Medical Center.", "name", "St. Mary’s Medical Center"),
        (" Transport Workers’ Union.", "name", "Transport Workers’ Union"),
        # a description too long to read whole keeps its head before the first preposition
        (" a study for the Tern Fund on Estland's farm policies by the research group Agrilab.", "nominal", "study"),
        (" a senior aide at the ministry of the interior of the new government of Estland.", "nominal", "aide"),
    ],
)
def test_subject_after(phrase, kind, head):
    found = subject_after(phrase, 0, len(phrase))
    assert found is not None
    assert (found.kind, found.head) == (kind, head)


@pytest.mark.parametrize("phrase", [" .", " , and then", "",
                                    " that the agency would close.",  # a clause after the cue, no speaker
                                    " whether the agency would close.",
                                    # a long phrase going on to an infinitive describes nobody
                                    " the party to force the government to adopt the rules passed under the law."])
def test_subject_after_finds_nothing(phrase):
    assert subject_after(phrase, 0, len(phrase)) is None


def test_the_capitalised_word_memo_keeps_only_the_article_at_hand():
    from quotex import mentions

    first = "Ortiz spoke. The mayor met Ortiz."
    second = "Ortiz spoke. Nobody else did."
    assert mentions.capitalised_inside(first, "Ortiz") is True
    assert mentions.capitalised_inside(second, "Ortiz") is False  # not the answer remembered for `first`
    assert mentions._CAPITALISED_MEMO[0][0] is second  # `first` is no longer held


@pytest.mark.parametrize(
    "text, start, words",
    [
        ("lesser-educated whites", 9, ["whites"]),  # a window cut inside a word drops the half word
        ("Martin O’Malley said", 9, ["Malley", "said"]),  # after an apostrophe: the caller's choice
        ("the plan", 3, ["plan"]),  # a window starting at a space or between words is left alone
        ("Ortiz, Lee", 6, ["Lee"]),
        ("38% of 12.5 million", 0, ["38%", "of", "12.5", "million"]),  # a share or a decimal is one word
    ],
)
def test_tokens_never_start_with_half_a_word(text, start, words):
    assert [t.text for t in tokens(text, start, len(text))] == words


@pytest.mark.parametrize(
    "text, word, is_name",
    [
        ("She posted it on X. Lee read it.", "X.", False),  # an initial alone is no name
        ("She met Lee on Monday.", "Lee", True),
        ("She met Ana Ortiz on Monday.", "Ortiz", True),
    ],
)
def test_a_lone_capitalised_word_is_a_name(text, word, is_name):
    assert name_like(text, word, text.index(word)) is is_name


@pytest.mark.parametrize(
    "text, kind, head",
    [
        # a title word alone names the person the text gave it to as a surname after a given name
        ("Former Prime Minister John Major spoke on Monday. Major", "name", "Major"),
        ("Economist Rahul Sen arrived in Tokyo. Sen", "name", "Sen"),
        ("The author, Nora Bishop, spoke. Bishop", "name", "Bishop"),
        # but not where it is only a title, before a name or after a title
        ("Judge Ana Ortiz spoke. Judge", "nominal", "judge"),
        ("Attorney General Ana Ortiz spoke. General", "nominal", "general"),
        ("The general spoke on Monday. Major", None, None),
        ("Rep. Ana Ortiz spoke. Rep", None, None),
        # nor where a given name stands before it only as a place before a titled name (`Virginia`)
        ("Virginia Governor Tom Chan spoke. Governor", "nominal", "governor"),
    ],
)
def test_a_title_word_alone_is_a_name_where_the_text_makes_it_a_surname(text, kind, head):
    start = text.rindex(". ") + 2
    found = subject_before(text, start, len(text))
    assert ((found.kind, found.head) if found is not None else (None, None)) == (kind, head)
