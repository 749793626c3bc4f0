"""What each marker of an Urgent Action looks like, one readable table per language.

The parser (`parse.py`) knows the *shape* of a UA (a header, a title, bullets, blocks of
targets, a model letter); the words that announce each part live here. A table entry is a
list of phrases written as they are printed, lower or upper case alike, with placeholders:

    {date}   a date in any form the language prints (`9 January 2014`, `9. Januar 2014`,
             `September 28, 2017`, `02/19/2020`, `2017年12月16日`; see `dates.py`)
    {ua}     a UA number: `17/08`, `222.17`, `061/20`, `72/24`
    {index}  an Amnesty index: `MDE 11/019/2014`
    {n}      a number, in digits or words (`10`, `four`, `vier`)
    {langs}  a list of language names ("English, Persian or your own language")
    {text}   the rest, up to the end of the line
    ...      a few words of the same sentence (up to six)

Spaces match any white space; every phrase is matched without regard to case. A phrase
that must stand at the start of a line begins with `^`. `compile_phrase` turns a phrase into
a regular expression, so the tables never hold one.

To add a language: copy the English table, translate its phrases, and register it in
TABLES; the words the language uses for languages, countries and months come from CLDR
(Babel), so only the UA's own wording is listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any


@dataclass(frozen=True)
class NounPhrase:
    """Where a noun phrase naming people ends, by part of speech, in one language.

    A group's description and a person's role are the noun phrase, not the clause around it
    ("at least 10 other individuals | who were arrested ..."): the phrase ends before a
    relative pronoun, a conjunction that opens a clause, a finite verb or auxiliary, a
    clitic pronoun, a preposition that opens an adjunct (time, place, cause: not the "of"
    of a complement, which `complements` lists), an article that begins another phrase,
    or a past participle that has a complement of its own ("personas detenidas desde ...";
    a lone participle after the noun still names the group: "personas detenidas.").
    """

    relatives: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    adjuncts: frozenset[str] = frozenset()
    # Prepositions that join a complement to the noun ("members of X", "membres de X"), and
    # the articles, which after the noun begin another phrase unless such a preposition
    # stands before them ("lawyers the city" / "members of the party").
    complements: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # Endings of past participles (folded), and participles of other shapes.
    participle_endings: tuple[str, ...] = ()
    participles: frozenset[str] = frozenset()
    # Endings of finite verbs no noun or adjective of a phrase has (folded; the Spanish
    # preterite plural "recibieron", "denunciaron"): a word in lower case with one ends it.
    verb_endings: tuple[str, ...] = ()
    # Words that join two nouns of one phrase ("migrants and asylum seekers"): the phrase goes
    # on after them only when a noun for people follows.
    joins: frozenset[str] = frozenset()
    # Whether every word after the noun that is written in lower case and is neither an
    # article nor a complement's preposition ends the phrase (German puts its attributes
    # before the noun, and its participles and verbs after it).
    lower_case_ends: bool = False


@dataclass(frozen=True, eq=False)
class Markers:
    """The phrases that announce each part of a UA in one language."""

    language: str
    # Common short words, to tell the language of a text that does not say it.
    common_words: frozenset[str]
    # The UA number, the index, the date of issue (the header).
    ua_number: tuple[str, ...]
    index: tuple[str, ...]
    issued: tuple[str, ...]
    # A further-information (update) document; ordinal words give the update's number.
    update: tuple[str, ...]
    ordinals: dict[str, int]
    # A monthly letter action built like a UA, not a numbered UA.
    letter_action: tuple[str, ...]
    # Words of a page that asks its readers to act: with a person or group at risk, they make
    # a text worth a draft even when its action part (targets, demands, deadline) is cut off.
    action_page: tuple[str, ...]
    # The date after which no appeals should be sent; `deadline_loose` are phrases that may
    # also be about another date ("bis zum {date}"): what they find is marked for review.
    deadline: tuple[str, ...]
    deadline_loose: tuple[str, ...]
    # A deadline that was moved: "{date}" is the new one.
    deadline_extended: tuple[str, ...]
    # The action has ended.
    closed: tuple[str, ...]
    # Where the recommended action begins (demands follow, languages are named).
    action: tuple[str, ...]
    # Lines that instruct the supporter and are neither demands nor targets.
    instructions: tuple[str, ...]
    # "Please write in {langs}" and "or your own language".
    write_in: tuple[str, ...]
    own_language: tuple[str, ...]
    # Where the list of targets begins; where the copies begin.
    targets_start: tuple[str, ...]
    copies_start: tuple[str, ...]
    # Copies to the embassy of the sender's own country, without a name.
    own_embassy: tuple[str, ...]
    # Where a model or sample letter begins, and the phrases that close one.
    letter_start: tuple[str, ...]
    letter_end: tuple[str, ...]
    # Words a salutation begins with ("Dear", "Sehr geehrter").
    salutation_words: tuple[str, ...]
    # Labels of the fields of a target block.
    labels: dict[str, tuple[str, ...]]
    # Hints that give the salutation ("Start with Your Majesty").
    salutation_hint: tuple[str, ...]
    # Requests inside a model letter, and phrases that make a demand first-person.
    letter_requests: tuple[str, ...]
    first_person: tuple[str, ...]
    # Requests written as prose ("Urge him to ...", "fordern Sie ihn auf, ...").
    prose_requests: tuple[str, ...]
    # Words about persons: titles of officials (never a person of concern), roles, gender.
    office_words: frozenset[str]
    organisation_words: frozenset[str]
    role_words: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    # Pronouns whose gender is certain in this language.
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    # Words that end a name when they follow it ("prison", "province"): places, not people.
    place_words: frozenset[str]
    # Words that put a name into a list ("and", "und") and that precede a list ("including").
    and_words: frozenset[str]
    list_openers: frozenset[str]
    # Verbs that follow a person's name ("was", "wurde"): evidence it is a person.
    person_verbs: frozenset[str]
    # Capitalised words that are never part of a person's name.
    not_names: frozenset[str]
    # Relations that make a name a third party ("his lawyer").
    third_party: tuple[str, ...]
    # Groups of people: "{n}" is their count where given.
    groups: tuple[str, ...]
    number_words: dict[str, int]
    # A person's new situation, in an update.
    released: tuple[str, ...]
    died: tuple[str, ...]
    # Country names the CLDR does not give, and adjectives of countries.
    country_words: dict[str, str] = field(default_factory=dict)
    # A death sentence commuted or quashed.
    commuted: tuple[str, ...] = ()
    # Words that point back to the sentence before ("among them X"): what it says is X's too.
    back_references: tuple[str, ...] = ()
    # A person executed (`died` is any other death).
    executed: tuple[str, ...] = ()
    # Headings of a list of tips for the sender ("Tips for sending emails:"): its bullets
    # tell how to write, they are no demands.
    advice_headings: tuple[str, ...] = ()
    # Closing words that speak for one person ("no further action is required on his
    # behalf"): beside a text that names others, the action goes on for them.
    closing_for_one: tuple[str, ...] = ()
    # Words that may say the action has ended, in a phrasing `closed` does not know: a status
    # read as open or updated beside them is marked for review.
    closed_loose: tuple[str, ...] = ()
    # A model letter to forward to an office, the only addressee it names ("--- Please
    # forward to the Prime Minister ---"): "{text}" is the office.
    forward_to: tuple[str, ...] = ()
    # Nouns of measure after a number that count no people ("more than four years"), and
    # finite verbs that end a group's noun phrase ("Vier Kurden droht ...").
    measure_words: frozenset[str] = frozenset()
    group_ends: frozenset[str] = frozenset()
    # Words before a rough count that make a named person one of many ("one of hundreds of
    # people arrested", "uno de cientos de"), and the word before it that puts the figure
    # inside another noun phrase ("among dozens of ...", English "of" after a noun: "the
    # abuse of hundreds of individuals"): a crackdown's figure, not the people spoken for.
    one_of: frozenset[str] = frozenset()
    among: frozenset[str] = frozenset()
    # Words that make people counted the attackers ("two armed men", "zwei bewaffnete
    # Männer"), between the count and its noun, and those that do so right after the noun,
    # in the languages whose adjectives follow it ("deux hommes masqués", "dos hombres
    # armados"): no group. ("14 prisoners hooded and shackled" are victims.)
    armed_words: frozenset[str] = frozenset()
    armed_after: frozenset[str] = frozenset()
    # The words that say a count exists ("there are", "il y a", "hay", "es gibt"), and the
    # adverbs of time between them and the count ("there are currently"): a statistic.
    existential: tuple[str, ...] = ()
    existential_adverbs: tuple[str, ...] = ()
    # Verbs of a crowd after a rough count ("Hundreds of people attended the funeral", "des
    # centaines de personnes ont assisté"): people given as context, not spoken for.
    crowd_verbs: frozenset[str] = frozenset()
    # Relative pronouns that open a clause set off by commas after a group ("drei weitere
    # Kurden, die ... verurteilt worden waren, sind ... exekutiert worden").
    relative_pronouns: frozenset[str] = frozenset()
    # Auxiliaries of the perfect that may begin a group's clause ("have been executed").
    perfect_auxiliaries: frozenset[str] = frozenset()
    # Words before a participle that make it a risk or a possibility, not an event ("could
    # be executed", "risquent d'être exécutées", "könnten hingerichtet werden"): modal verbs
    # and the verbs and nouns of risk.
    risk_words: frozenset[str] = frozenset()
    # Plural forms of "to be" before a count: the count then says what people named before
    # are ("X and Y are two activists"), it introduces no group of others.
    plural_copulas: frozenset[str] = frozenset()
    # Words before a year that make a sentence a year's tally ("In 2019 Belarus executed at
    # least two men", "Im Jahr 2019 ..."): a count of people in it is context, not a group.
    year_tally: tuple[str, ...] = ()
    # Words before a count that make it an approximation ("some 30 people", "etwa 30
    # Menschen"): part of the group's description, as its quantifier.
    about_words: tuple[str, ...] = ()
    # The gender a role word gives one person ("Aktivistin", "abogado"); plural and epicene
    # forms ("journaliste", "activista") are not listed.
    role_genders: dict[str, str] = field(default_factory=dict)
    # Requests that open a clause of the call to write ("Schreiben Sie Briefe an X, in denen
    # Sie ... fordern"): one only after such a call in its sentence, where the demand starts.
    call_requests: tuple[str, ...] = ()
    # Requests that ask only where they open a sentence: imperatives spelled like a third
    # person or a participle ("Exige la liberación de X" / "la ley exige que", "Fordern Sie
    # die Freilassung" / "seit Jahren fordern sie die Freilassung", "Calling on the
    # authorities to ..." / "protesters calling on ...").
    opening_requests: tuple[str, ...] = ()
    # The words that make a post a past one ("former", "ancien", "ehemaliger", "antiguo"): a
    # list's apposition "A, former vice-president, B" says what A was, no official B.
    former_words: frozenset[str] = frozenset()
    # Plurals of place nouns that the regular endings ("-s", "-es", "-ies", "-x") do not
    # make ("Dörfer", "Städte"), also as a compound's end ("Nachbardörfer"): one that opens
    # a list of names makes it a list of places.
    place_plurals: frozenset[str] = frozenset()
    # The authorities of a place: the noun, with the adjectives that may stand between it and
    # its preposition in this language ("autorités carcérales"), and the prepositions that
    # link it to the place ("of", "de", "d'"): the name right after is the place's (or the
    # body's), no person's ("the prison authorities of X", "las autoridades de X").
    authorities: tuple[str, ...] = ()
    authorities_of: tuple[str, ...] = ()
    # Bodies of civil society whose office a person at risk holds ("association", "trade
    # union"), folded: no state's or party's ("the European Union", "the Ruling Party").
    civic_bodies: tuple[str, ...] = ()
    # Words that name a telephone line in a label no table knows ("Comments line of the
    # ministry: 202-555-0100", "Hotline", "Leitung", "ligne", "línea"): the number after it
    # is a telephone's; a label without one (an inmate's or a case's number) is none.
    phone_line_words: frozenset[str] = frozenset()
    # Articles that give the gender of the role after them ("la militante X", "el activista X").
    male_articles: frozenset[str] = frozenset()
    female_articles: frozenset[str] = frozenset()
    # Verbs after a name whose participle agrees with the person ("X a été arrêtée"), and
    # the participles' endings with the gender they give, longest first.
    auxiliaries: tuple[str, ...] = ()
    participle_genders: tuple[tuple[str, str], ...] = ()
    # The endings of an adjective inside a role after the name that give one person's gender
    # ("X, ancien prisonnier", "X, journaliste irano-canadienne"), longest first.
    adjective_genders: tuple[tuple[str, str], ...] = ()
    # ... and after a list of names ("A et B ont été transférées", "A y B fueron detenidas"):
    # the plural verbs and the feminine plural endings, which say every name is a woman's
    # (a masculine plural is said of men and women together and marks no one).
    plural_auxiliaries: tuple[str, ...] = ()
    feminine_plural_endings: tuple[str, ...] = ()
    # Plurals of a word for a man that name a couple ("les époux A et B"): no one's gender.
    couple_words: tuple[str, ...] = ()
    # Definite articles: "the human rights defender" names the one person of a case again.
    definite_articles: frozenset[str] = frozenset()
    # Indefinite articles: "members of a pro-independence organisation, the X Committee
    # (XC)" describes the body before it names it.
    indefinite_articles: frozenset[str] = frozenset()
    # "One of" a plural, its pronoun's gender the person's ("uno de los líderes", "l'une
    # des fondatrices", "einer der Gründer").
    one_of_genders: dict[str, str] = field(default_factory=dict)
    # Plural nouns whose grammatical gender is fixed whoever they count ("una de las
    # personas", "l'une des figures", "eine der Personen"): after "one of", the pronoun
    # agrees with the noun, so it gives the person no gender.
    epicene_nouns: frozenset[str] = frozenset()
    # The plural pronoun that stands for the named persons together ("Although they have
    # since been released on bail", "Obwohl sie ... freigekommen sind"), and, where it may
    # also be a singular ("sie"), the plural verbs that say it is one.
    plural_subjects: frozenset[str] = frozenset()
    plural_verbs: frozenset[str] = frozenset()
    # A target named inside a sentence: "{text}" is who (and where) to write to ("write to
    # the Prosecutor General, X, at ..."); and the words that end who it is ("and urge").
    addressed_to: tuple[str, ...] = ()
    clause_ends: tuple[str, ...] = ()
    # A line that announces the demands, not the addressees, though it ends in "to:"
    # ("Write to the President urging him to:").
    demand_intro: tuple[str, ...] = ()
    # Words that say a reported fact is not confirmed ("were reportedly executed"): the
    # person's new situation keeps them as its note.
    hedges: tuple[str, ...] = ()
    # Verbs done to a person, written before the name ("the authorities executed X"):
    # evidence that X is a person.
    object_verbs: frozenset[str] = frozenset()
    # Roles of several words that name what a person is to the case ("prisoner of
    # conscience"): found before the name, or said of the only person ("He is a ...").
    role_phrases: tuple[str, ...] = ()
    # What says a role of the person named before ("he is a"): a role phrase after it is
    # the person's, when the case is about one person.
    role_predicates: tuple[str, ...] = ()
    # The verb that says what a named person is ("X is a journalist", "X ist eine
    # Kleinbäuerin", "X es organizador de ..."): its role after it.
    copulas: tuple[str, ...] = ()
    # Honorifics written after a name, not part of it ("丁亜軍さん").
    name_suffixes: tuple[str, ...] = ()
    # Words that make a run of capitals a thing, not a person, wherever they stand in it: a
    # party, a movement, a document ("Democratic Party", "INTERPOL Red Notice"); in German
    # also as the head of a compound ("Oppositionspartei Coalition").
    thing_words: frozenset[str] = frozenset()
    # Plural nouns for people, which a number before them makes a group ("13 activistas",
    # "Sechs junge Aktivist*innen", "trois mineurs").
    people_nouns: frozenset[str] = frozenset()
    # Endings of plural nouns for people that `people_nouns` does not list ("Kurden",
    # "bloggers", "manifestantes"): a group phrase whose words have none counts no people.
    people_endings: tuple[str, ...] = ()
    # Nouns of what is done to a person, before "of" and the name ("the death of X", "die
    # Festnahme von X", "l'exécution de X"): evidence that X is a person.
    event_nouns: frozenset[str] = frozenset()
    # The words that may follow a name ending an event's phrase ("the death sentence of X to
    # 12 years", "la peine de mort d'X en 15 ans", "la ejecución de X en la prisión"): a
    # preposition, no noun that makes the capitals a people's ("the release of Crimean Tatar
    # activist X"). Read with English's.
    event_followers: frozenset[str] = frozenset()
    # Finite verbs that stand before their subject where a clause opens with a time or an
    # adverb ("Am 3. März kam X frei", "Seitdem ist X frei"): with "frei", X is a person.
    finite_before_subject: frozenset[str] = frozenset()
    # The prepositions after which an action speaks for someone ("Briefaktion für X",
    # "Action lettre pour X", "Justice for X", "en faveur de X"): a name right after one is
    # weakly a person of the case (marked for review). Read with English's.
    for_words: tuple[str, ...] = ()
    # Words that announce a roll of names after a colon, next to the plural that is each
    # name's role ("the following health workers:", "die folgenden Gewerkschafter:", "les
    # militants suivants :", "los siguientes periodistas:"). Read with English's.
    roll_announcers: frozenset[str] = frozenset()
    # Words that place a time in a month, printed with a capital before the month's name
    # ("Ende Oktober", "Anfang März", "Mid-May" aside): no part of a name they follow ("...
    # wurde X Ende Oktober entlassen").
    before_month: frozenset[str] = frozenset()
    # Posts held in a body, after which "of" and a run of capitals name the body, no person
    # ("national coordinator of X", "members of the X", "ex dirigente del X"). Read with
    # English's.
    body_posts: frozenset[str] = frozenset()
    # "members of X" said of the persons together, with the word for one member: each
    # person's role ("Die Aktivist*innen sind Mitglieder der Organisation X").
    members: dict[str, str] = field(default_factory=dict)
    # A plural for people that points back at every person named before ("the men named
    # above", "die oben genannten Frauen"), with the gender it gives them all, whatever
    # their number.
    named_above: dict[str, str] = field(default_factory=dict)
    # The words that say a release was on bail or on conditions ("on bail", "gegen
    # Kaution"): with the release's own words, the note of the person's status.
    bail: tuple[str, ...] = ()
    # Auxiliaries before a release's participle ("was released", "a été libéré"): left out
    # of the release's words a bail's note keeps ("released on bail").
    bail_auxiliaries: frozenset[str] = frozenset()
    # A release given by its noun, as a thing that has happened ("despite her release",
    # "malgré sa libération", "trotz seiner Freilassung", "tras su excarcelación", "ont
    # bénéficié d'une libération"): the person is released (weak: marked for review).
    release_nouns: tuple[str, ...] = ()
    # The participle a roll's last field opens with (or, in German, ends with) and the
    # person's new situation it gives ("A – land rights activist – released on 3 May 2019").
    field_states: dict[str, str] = field(default_factory=dict)
    # A person's new situation said in the active voice, the verb before the name and its
    # role ("the authorities released journalist X", "liberaron a la periodista X"), per
    # state: read only where the words between are a role or other names, marked. French
    # says it in its `released` and `commuted` phrases already ("ont libéré").
    done_to: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words right before a state's participle, in its clause, that make it an intention, not
    # an event ("was scheduled to be executed", "were due to be released", "va a ser
    # ejecutado"): no state is read.
    intention_words: tuple[str, ...] = ()
    # Adverbs that set a release before the present detention, in the release's clause or
    # in a clause "and" joins to it ("had earlier been released", "was released previously
    # in 2017", "was previously detained in 2015 and released in 2016"): no state is read.
    earlier_words: tuple[str, ...] = ()
    # Words that deny the verb right after them ("have not released X", "no liberaron a
    # X"): no state is read from such a verb.
    negations: frozenset[str] = frozenset()
    # Number words that only say "about so many" ("a dozen"): they make a group, not a count.
    approximate_numbers: frozenset[str] = frozenset()
    # Words that count people only roughly ("dozens of", "Hunderte", "des dizaines de", "más
    # de un centenar de"): before a plural noun for people in the headline or the lead, a
    # group with no count. "Thousands" is left out: a crowd given as context, mostly.
    approximate_groups: tuple[str, ...] = ()
    # Plural nouns for households, counted like people ("more than 7,000 households", "some
    # 300 Kurdish families", "27 Roma-Familien"): a group of the action's, a community at
    # risk (read only by the counted-group rule, not a people noun of the persons' rules).
    household_nouns: frozenset[str] = frozenset()
    # Thanks for appeals sent ("Many thanks to everyone who sent appeals"): a notice that
    # may close the action without saying so; a status read from it is marked.
    thanks: tuple[str, ...] = ()
    # A closed action taken up again ("We are re-opening this action because ..."): a closing
    # phrase in the same paragraph tells the past, not the action's present status.
    reopened: tuple[str, ...] = ()
    # A page's headline that celebrates an outcome ("Urgent Action Victory!"): such a page
    # usually closes the action without saying so; a status read from it is marked.
    victory: tuple[str, ...] = ()
    # A page's own call to its readers to act ("Please send the letters", "Helfen Sie mit",
    # "Participez à cette action"): on a page that names no one the importer can read (two
    # men unnamed) and no addressee, with the page's country and action words, it is still
    # an action worth a draft. Read with English's.
    call_to_act: tuple[str, ...] = ()
    # The action's own name ("Urgent Action", "Eilaktion", "action urgente"), in a page's text
    # or address: on a page that shows it is of another kind (below), only these words (or,
    # on a news report, a call to its readers) still make it an action worth a draft.
    action_name: tuple[str, ...] = ()
    # A page of another kind that names people at risk and an action's words ("Amnesty"): a
    # press release or press page, a donation, job or volunteering page, an annual report's
    # country chapter, a campaign's overview ("every year", "millions of letters"). Read with
    # English's.
    other_page: tuple[str, ...] = ()
    # A news report's words: an organisation's call told in the third person ("said Amnesty
    # International", "a déclaré :", "indicó AI", "(EFE)"). Read with English's.
    reported: tuple[str, ...] = ()
    # Groups (tenth session), folded words. A count of people said to have died ("At least
    # three individuals died", "siete personas han muerto"): a casualty figure, context unless
    # the headline or the demands speak of the deaths (`death_words`: "deaths", "muertos").
    casualty_words: frozenset[str] = frozenset()
    death_words: frozenset[str] = frozenset()
    # A verb right before a count that makes it the size of a gathering ("likely to attract
    # more than 1,000 people", "doit réunir au moins 1 000 personnes"): no people spoken for.
    gathering_verbs: frozenset[str] = frozenset()
    # Words right before a count that make it part of people counted before ("siete personas
    # han muerto, entre ellas dos adolescentes", "including two children"): no group of its own.
    subset_words: tuple[str, ...] = ()
    # Nouns of arrests and killings a count follows as their object ("the arrest of five
    # people", "la detención de al menos 238 personas", "la masacre de 196 personas"): a
    # crackdown's figure, context unless the headline or the demands speak for them.
    tally_nouns: frozenset[str] = frozenset()
    # One more person left unnamed after named ones ("A, B et un troisième homme", "C and one
    # other person whose name is unknown"): a group of one, when an "and" joins it to a name.
    one_more: tuple[str, ...] = ()
    # A person's family (or the families of people named before), in the words that name it
    # ("his family", "Las familias de estas"; one ending in a determiner takes the people noun
    # after it): a group when the headline or a demand names it with the person ("X and his
    # family") or the text says it is threatened (`threatened_words`: "have been threatened",
    # "may be in danger", "fueron amenazadas").
    family_groups: tuple[str, ...] = ()
    threatened_words: tuple[str, ...] = ()
    # Where a noun phrase naming people ends (a group's description, a person's role).
    noun_phrase: NounPhrase = field(default_factory=NounPhrase)
    # Word lists of parse.py's rules that were one expression for all languages (issue #12:
    # one table per language). The rules still read every language's words, whatever the
    # text's language (a heading "Gute Nachrichten" on an English page).
    # Nouns that say only that people are meant ("two people", "dos personas", "zwei
    # Menschen"): a count of them as large as the persons named counts the named persons.
    only_people: frozenset[str] = frozenset()
    # What a roll says of a person it cannot name, set off after the phrase by a comma or in
    # brackets ("and one other, name unknown", "une autre personne (nom inconnu)").
    name_unknown: tuple[str, ...] = ()
    # The words of a roll's line that names others without a count ("Other members of X",
    # "Weitere Mitglieder von X"), and the "and" that may join them to the line's start or to
    # a name with its marker ("A (f) and other members of X (m+f)").
    roll_others: tuple[str, ...] = ()
    roll_and: tuple[str, ...] = ()
    # The reader's verb of writing that opens a call ("Please write to the Minister ...",
    # "Schreiben Sie an ..."), at a sentence's start.
    write_verbs: tuple[str, ...] = ()
    # A news banner's words after its date ("11.06.2019 Latest news", "03.02.2021 Gute
    # Nachrichten"): only news with its qualifier ("4 March 2024, News" is a page's category).
    news_banners: tuple[str, ...] = ()
    # Possessives before a noun that make it a relative's ("His wife died", "Su esposa
    # murió"), and those that may follow the verb (Spanish and French: "murió su padre").
    possessives: tuple[str, ...] = ()
    possessives_after: tuple[str, ...] = ()
    # tables2 fields
    # The writer's first words after a letter's salutation, as written (case counts: "I",
    # "We", "Je", "Me dirijo"): where a salutation run into the letter's line ends.
    writer_openings: tuple[str, ...] = ()
    # Words that may stand in lower case inside a salutation's words, folded ("Dear Minister
    # of the Interior", "Monsieur le Président de la République").
    salutation_particles: frozenset[str] = frozenset()
    # A salutation's opening words that no office or name holds, as written ("Dear", "Sehr
    # geehrter", "Monsieur le"): a letter's salutation inside a line after its addressee.
    salutation_openings: tuple[str, ...] = ()


def _tens(
    units: dict[str, int], tens: dict[int, str], joined: Callable[[str, str, int], list[str]]
) -> dict[str, int]:
    """Return the number words from 21 to 99 and 100 of a language ("forty", "forty-two"),
    made from its units and tens: a group's count is often written out ("quarante
    étudiants", "zweiunddreißig Frauen")."""
    words: dict[str, int] = {}
    unit_words = {n: w for w, n in units.items() if 1 <= n <= 9}
    for ten, ten_word in tens.items():
        words[ten_word] = ten
        if ten == 100:
            continue
        for unit, unit_word in unit_words.items():
            for word in joined(ten_word, unit_word, unit):
                words[word] = ten + unit
    return words


_EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "a dozen": 12, "dozens of": 24,
}  # fmt: skip

_EN_NUMBERS |= _tens(
    _EN_NUMBERS,
    {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
     80: "eighty", 90: "ninety", 100: "a hundred"},
    lambda ten, unit, _n: [f"{ten}-{unit}", f"{ten} {unit}"],
)  # fmt: skip

_LABELS_COMMON = {
    # "T: 202 555 0100", "F: ...", "E: x@y.org": a block's channels by their initials
    "email": ("email", "e-mail", "e mail", "mail", "e"),
    "fax": ("fax", "telefax", "faxes", "f"),
    "phone": ("phone", "tel", "tel.", "telephone", "t"),
    "twitter": ("twitter", "x (twitter)", "x", "twitter/x", "x/twitter", "x (formerly twitter)"),
    # "Página de Facebook: https://...": the page's word before the network's name
    "facebook": (
        "facebook",
        "facebook page",
        "página de facebook",
        "page facebook",
        "page de facebook",
        "facebook-seite",
    ),
    "instagram": ("instagram",),
    "bluesky": ("bluesky",),
    "telegram": ("telegram",),
    "mastodon": ("mastodon",),
    # networks the case format has no name for ("other"): "VKontakte: https://vk.com/x"
    "social": ("vkontakte", "vk", "tiktok", "threads", "youtube", "linkedin", "weibo"),
    # the older IS notices' channels: "Telegrams: Head of State, City, Country", "Telexes: ..."
    "telegrams": ("telegrams",),
    "telexes": ("telexes", "telex"),
    "web": ("webform", "web form", "online form", "contact form", "website"),
    "salutation": ("salutation", "greeting"),
    "subject": ("subject",),
    "copy": ("copy", "cc"),
    # A block written as labelled fields ("Name: X" / "Title: Y" / "Address: Z")
    "name": ("name", "addressee", "recipient"),
    "title": ("title", "position"),
    "organisation": ("organisation", "organization", "institution"),
    "address": ("address", "postal address", "mailing address"),
}

EN = Markers(
    language="en",
    common_words=frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "was",
            "that",
            "for",
            "are",
            "with",
            "his",
            "her",
            "has",
            "have",
            "been",
            "on",
            "by",
            "this",
            "he",
            "she",
            "they",
            "it",
            "its",
            "their",
            "them",
            "him",
            "who",
            "which",
            "were",
            "had",
            "from",
            "at",
            "an",
            "as",
            "not",
            "be",
            "or",
            "but",
            "after",
            "since",
            "would",
            "will",
            "into",
            "than",
            "also",
            "against",
            "under",
        ]
    ),
    ua_number=(
        "further information on ua: {ua}",
        "further information on ua {ua}",
        # the 1990s' numbered notices: "Further information (1) on UA 123/95 (...)"
        "further information ... on ua {ua}",
        # "Follow-up on UA 52/10 (10 March 2010) - Fear for safety"
        "follow-up on ua {ua}",
        "follow-up to ua {ua}",
        "follow up on ua {ua}",
        "^first ua: {ua}",
        "^first ua {ua}",
        # the Secretariat's "EXTRA" series (lobbying appeals numbered like UAs)
        "further information on extra {ua}",
        "^extra {ua}",
        "^ua: {ua}",
        "^ua {ua}",
        "(ua {ua})",
        ": ua {ua})",
        "update of ua {ua}",
        "this is urgent action {ua}",
        "on urgent action {ua}",
        "urgent action {ua}",
        # A section's page that links the UA's own document: "Download a PDF of UA 138/17".
        "a pdf of ua {ua}",
        # The Swiss UA site's further information: "FI 104/19-4".
        "^fi {ua}",
        "^fi: {ua}",
        "(fi {ua})",
        "update ua {ua}",
        "update to ua {ua}",
        # The header run into one line with its title: "... UA 45/21 Index: EUR 49/...".
        "ua {ua} index",
        "ua: {ua} index",
    ),
    index=(
        "index: {index}",
        "ai index: {index}",
        # "PUBLIC AI Index:AFR 17/12/98": no space after the colon
        "ai index:{index}",
        # the old library's document pages: "Syria: Further information on ... , Index
        # number: MDE 24/007/1998"
        "index number: {index}",
        "index {index}",
        "^{index}$",
        "update of {index}",
        "update to {index}",
        "update on {index}",
        # a PDF's text layer runs the header together: "UA 53/13 27 February 2013 URGENT
        # ACTION ASA 37/009/2013"
        "urgent action {index}",
    ),
    issued=(
        "date: {date}",
        "^ua {ua} {date}",
        # a page's metadata run into the text: " date 2025-08-22 On 9 August, ..."
        "^date {date} ",
        "^{date}$",
        "^{date} - ",
        "^{date}, ",
        "^{date} ",
        "date of issue: {date}",
        "issue date: {date}",
        "date issued: {date}",
        "issued: {date}",
        # Amnesty Japan's English pages: "Distribution date:" / "13 Jul 2016"
        "distribution date: {date}",
        "update of: {date}",
        "updated: {date}",
        "active since {date}",
        "active since: {date}",
        # a repost's kicker with the document's date: "URGENT ACTION - Amnesty International
        # 4 October 2012"
        "urgent action - amnesty international {date}",
        "ai index: {index} - {date}",
        # the older Secretariat header: "PUBLIC AI Index: ASA 21/11/99 26 February 1999"
        "ai index: {index} {date}",
        # "Urgent Action Bulletin, AI Index: AFR 25/07/98, 20 February 1998"; a repost's
        # date in brackets before the index: "(3 May 1997)AI Index: AMR 46/22/97"
        "ai index: {index}, {date}",
        "({date})ai index: {index}",
        "({date}) ai index: {index}",
    ),
    update=(
        "further information on ua",
        "urgent action update",
        "update of ua",
        "^update:",
        "^update$",
        "follow-up",
        # An IS-2007 further-information headline: "Ukraine: Further information on torture".
        ": further information on",
        # the document library's headline "China: Further information: Appeal rejected ..."
        ": further information:",
        "^further information on",
        "further information on urgent action",
        "update on ua",
        "update to ua",
        "^ua update",
        "update on urgent action",
        "update to urgent action",
        # a further information's words on persons it has no news of
        # a page's label beside the dates of its versions: "8 Apr 2016 (Updated)",
        # "Update info:"
        "(updated)",
        "^update info",
        "there is no further news of",
        "no new information is available",
        "no further information is available",
    ),
    ordinals={
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
    },
    letter_action=("write for rights", "letter-writing marathon"),
    call_to_act=(
        "take action",
        "act now",
        "please write",
        "please send",
        "send appeals",
        "send a letter",
        "send letters",
        "write a letter",
        "write letters",
        "take part in this action",
        "join this action",
        "sign the petition",
        "sign our petition",
        "help us",
    ),
    action_page=(
        "urgent action",
        "take action",
        "write a letter",
        "write to",
        "appeal",
        "petition",
        "amnesty",
        "sign and",
        "sign now",
    ),
    action_name=("urgent action", "urgent actions"),
    other_page=(
        "press release",
        "press releases",
        "media contact",
        "donate now",
        "make a donation",
        "your donation",
        "tax deductible",
        "volunteer",
        "volunteers",
        "volunteering",
        "job description",
        "apply now",
        # a landing page's subscription: "sign up to receive Front Line actions, by email"
        "sign up to receive",
        "amnesty international report",
        "this report covers",
        "head of state and government",
        # a campaign's overview: "Every year around Human Rights Day, ...", "our annual
        # letter-writing marathon", "sent 3,714,141 messages", "millions of letters"
        "every year",
        "each year",
        "our annual",
        "annual ... campaign",
        "millions of letters",
        "millions of messages",
        "million actions",
        "actions were taken",
    ),
    reported=(
        "said today",
        "said amnesty international",
        "amnesty international said",
        "said human rights watch",
        "human rights watch said",
        "the committee to protect journalists said",
        "told reporters",
        "according to news reports",
    ),
    deadline=(
        "please send appeals before {date}",
        "send appeals before {date}",
        "contact these ... officials by {date}",
        "contact this official by {date}",
        "this urgent action expires on {date}",
        # the Secretariat's electronic bulletins of the 1990s: "This bulletin expires: ..."
        "this bulletin expires: {date}",
        "take action as soon as possible until: {date}",
        "take action as soon as possible until {date}",
        "please send appeals to arrive by {date}",
        "appeals should be sent before {date}",
        "do not send appeals after {date}",
        "if sending appeals after {date}",
        "please take action before {date}",
        "send appeals to arrive by {date}",
        "send appeals by {date}",
        "appeals should arrive by {date}",
        "appeals must arrive by {date}",
        "please take action before: {date}",
        "take action before {date}",
        "please take action until {date}",
        "take action until {date}",
        # A deadline worded around its date ("as soon as possible, and in any case before").
        "send ... appeals ... before {date}",
        "and in any case before {date}",
        "in any case before {date}",
        "please write ... before {date}",
        "take part until {date}",
        "deadline: {date}",
        "do not send appeals after {date}",
        "act by {date}",
        # a relay's header fields: "Action Requested: ..." / "Act By: 27 May 2031"
        "act by: {date}",
        "act before {date}",
        "take action by {date}",
        "please take action by {date}",
        "write by {date}",
        "please write by {date}",
        "urgent action ends on {date}",
        "this action ends on {date}",
        "action deadline: {date}",
        "appeals until {date}",
    ),
    deadline_loose=(),
    deadline_extended=(
        "deadline extended from {date} to {date}",
        "deadline has been extended to {date}",
        "deadline extended to {date}",
        "we have extended the deadline to {date}",
        "deadline has been extended until {date}",
        "extended the deadline until {date}",
        "deadline extended until {date}",
        "new deadline: {date}",
        "deadline for this action has been extended to {date}",
        "deadline for this action has been extended until {date}",
        "deadline for appeals has been extended to {date}",
        "deadline for appeals has been extended until {date}",
        "this action has been extended to {date}",
        "this action has been extended until {date}",
        "this urgent action has been extended to {date}",
        "this urgent action has been extended until {date}",
        "extended the deadline for this action to {date}",
        "extended the deadline for this action until {date}",
        "new deadline for appeals: {date}",
        "deadline extended: {date}",
        "deadline has been extended from {date} to {date}",
        "deadline has been extended from {date} until {date}",
        "this urgent action has been extended through {date}",
        "this action has been extended through {date}",
        "deadline has been extended through {date}",
        "deadline extended until: {date}",
        "the action has been extended until {date}",
        "the action has been extended to {date}",
    ),
    closed=(
        "no further action is requested",
        "no further action is needed",
        "no further appeals are needed",
        "no further action is required",
        "require no further action",
        "requires no further action",
        "this action ended on {date}",
        "this action has ended",
        "this urgent action has ended",
        "this action is closed",
        "action closed",
        "no further appeals ... necessary",
        "no further appeals ... required",
        "appeals are no longer needed",
        "this action is now closed",
        "this urgent action is now closed",
        "this action has now ended",
        "this urgent action has now ended",
        "appeals are no longer necessary",
        "please stop sending appeals",
        "please do not send any more appeals",
        "no more appeals are needed",
        "no further action is necessary",
        "no further appeals ... requested",
        "no further action ... is requested",
        "this urgent action is closed",
        "this ua is closed",
        "this ua has ended",
        "this action has expired",
        "this urgent action has expired",
        "there is no need to send further appeals",
        "no need to send any more appeals",
        "please do not send further appeals",
        "please do not send any further appeals",
        # a section's petition or appeal page
        "this petition is closed",
        "this petition has closed",
        "this petition has ended",
        "this appeal is closed",
        "this appeal has ended",
        "not calling for further action",
        "no longer asking for appeals",
        "need take no further action",
        # "Please send no more appeals."; "No further appeals or actions are requested."
        "please send no more appeals",
        "send no more appeals",
        "no more appeals are requested",
        # a section's banner over an action past its date: "The end date for this action has
        # passed."
        "end date for this action has passed",
        "end date for this urgent action has passed",
        "deadline for this action has passed",
        "deadline for this urgent action has passed",
    ),
    thanks=(
        "thanks to everyone who ... sent appeals",
        "thanks to all who ... sent appeals",
        "thank you to everyone who ... took action",
        "thank you to all who ... took action",
        "thanks to everyone who took action",
        "thank you to everyone who sent appeals",
        "thank you to all those who sent appeals",
    ),
    reopened=(
        "re-open",
        "re-opened",
        "re-opening",
        "reopen",
        "reopened",
        "reopening",
        "reactivated",
        "reactivating",
        "relaunched",
        "relaunching",
        "taking up this case again",
        "taking up the case again",
    ),
    victory=("urgent action victory", "^good news:", "^good news!", "urgent action good news"),
    action=(
        "please write immediately",
        "write a letter, send an email",
        "write a letter in your own words",
        "take action:",
        "recommended action",
        "what you can do",
        "please send a fax or letter to",
        # Amnesty USA's list of demands: "Ask them to:" / "Tell them to:" then bullets
        "^ask them to:$",
        "^tell them to:$",
        "^please ask them to:$",
    ),
    instructions=(
        "write a letter in your own words",
        "click here",
        "please take action as-soon-as possible",
        "please take action as soon as possible",
        "this urgent action expires on",
        "here’s why it is so important",
        "here's why it is so important",
        "please check with your section",
        "further information:",
        "please write immediately",
        # the Secretariat's closing line under the copies, 1990s-2000s
        "^please send appeals immediately",
        "write a letter, send an email",
        "start with",
        "to read the current urgent action",
        "^contact information$",
        "for a print-friendly version",
        # the model letter's or petition's heading above its addressee's block ("Our Appeal")
        "^our appeal$",
        "^our petition$",
    ),
    write_in=(
        "please write immediately in {langs}",
        "write immediately in {langs}",
        "please write in {langs}",
        "write in {langs}",
        "preferred language to address target: {langs}",
        "as quickly as possible, in {langs}",
        "as soon as possible, in {langs}",
        "preferred language: {langs}",
        "preferred languages: {langs}",
        # "Preferred language for your appeals: Arabic, English"
        "preferred language {text}: {langs}",
        "preferred languages {text}: {langs}",
        "using the template letter in {langs} to:",
        "using the model letter in {langs} to:",
        "using the sample letter in {langs} to:",
        "using the template letter in {langs}",
        # "in your own words or using the template letter included in English to:"
        "template letter included in {langs} to:",
        "template letter included in {langs}",
        # "... provided in the attached documents, in Russian, Belarusian, or your own
        # language, to the listed address": the languages between "in" and "to the".
        ", in {langs}, to the listed address",
        ", in {langs} to the listed address",
        # a comma between the request and its languages: "Write immediately, in English or ..."
        "write immediately, in {langs}",
        "please write immediately, in {langs}",
        "write to the authorities in {langs}",
        "appeals in {langs}",
    ),
    own_language=(
        "or your own language",
        "or in your own language",
        "you can also write in your own language",
    ),
    targets_start=(
        "please send appeals before {date} to:",
        "send appeals to:",
        "contact these ... officials by {date}:",
        "contact this official by {date}:",
        "^contact information$",
        # "Contact Information:" / "Contact details:" above the addressees' blocks
        "^contact information:$",
        "^contact details$",
        "^contact details:$",
        "^write to:",
        "^appeals to:",
        "^please write to:",
        "^click here to let us know",
        "^send a letter to:",
        # Any request to write that ends in "to:" announces the addressees ("Please write
        # urgently in your own words or using the template letter in English or Russian to:").
        "^please write {text} to:$",
        "^please write {text} to the listed address{text}:$",
        "^write {text} to:$",
        "^please send appeals {text} to:$",
        "^send appeals {text} to:$",
        # The International Secretariat's layout of 2016 on: the addressee's block follows,
        # then the model letter.
        "write an appeal in your own words or use this model letter",
        "write an appeal in your own words or using the model letter",
        "^send your appeals to:",
        "^please send your appeals to:",
        "^address your appeals to:",
        "^please address your appeals to:",
        "^send your letters to:",
        "^write your letters to:",
        "^send your appeal to:",
        "^email your appeals to:",
        "^please email {text} to:$",
        "^email {text} to:$",
        "^who to write to",
        "^where to send your appeals",
        "^please send appeals to:",
    ),
    demand_intro=(
        "urging ... to:",
        "asking ... to:",
        "calling on ... to:",
        "and urge ... to:",
        # however many words between, when "to:" ends the line ("urging him in line with his
        # duties under the law to:"): the demands follow, not the addressees
        "urging {text} to:$",
        "asking {text} to:$",
        "calling on {text} to:$",
        "and urge {text} to:$",
    ),
    copies_start=(
        "^and copies to:",
        "^and copies to",
        "^copies to:",
        "^and copy:",
        "^and copy$",
        # a bare request to copy above the copies' blocks ("Please copy", "Please copy:")
        "^please copy$",
        "^please copy:$",
        "^copy to:",
        "^also send copies to:",
        "^please send copies to:",
        "^send copies to:",
        "^with a copy to:",
        "^and a copy to:",
        "^send a copy to",
        "^please send a copy to",
        "^please also send a copy to",
        "^also send a copy to",
        "^send copies of your appeals to",
        "^copies of your appeals to",
        "^cc:$",
        "^copy:$",
        "^copies:$",
        "^please also send copies to",
        "^and send copies to",
        "^also copy",
        "^please copy your appeals to",
        "^copy your appeals to",
        "^please also copy",
        "^with copies to",
        "^and copies of your appeals to",
        "^send a copy of your appeal to",
        "^copies may be sent to",
        "^cc to",
        # a heading that names the letter: "Copy of this letter to:"
        "^copy of this letter to",
        "^copies of this letter to",
        "^a copy of this letter to",
        "^copy of your letter to",
        "^copies of your letter to",
    ),
    own_embassy=(
        "also send copies to diplomatic representatives accredited to your country",
        "send copies to diplomatic representatives",
        "^and to diplomatic representatives",
        "diplomatic representatives of ... accredited to your country",
        "diplomatic representatives of ... in your country",
        "embassy of ... in your country",
        "embassy in your country",
        "ambassador of ... to your country",
        "embassies in your country",
    ),
    letter_start=(
        "^sample letter",
        "^model letter",
        "^sample message",
        "^suggested letter",
    ),
    letter_end=(
        "yours sincerely",
        "sincerely",
        "yours faithfully",
        "respectfully",
        "kind regards",
        # the signature's placeholder ends a letter that has no closing formula
        "(your name",
        "[your name",
    ),
    salutation_words=(
        "dear",
        "your excellency",
        "your majesty",
        "excellency",
        "your highness",
        "your royal highness",
        "your honour",
        "your honor",
        "to whom it may concern",
    ),
    labels=_LABELS_COMMON,
    salutation_hint=("start with {text} and", "start with {text}"),
    addressed_to=(
        "please send a fax or letter to {text}",
        "send a fax or letter to {text}",
        "write a letter to {text}",
        "write an email to {text}",
        "please write to {text}",
        "write to {text}",
        "send appeals to {text}",
        "send your appeals to {text}",
        "appeal to {text}",
        "letters addressed to {text}",
        # "This appeal is addressed to Prime Minister X via the embassy"
        "this appeal is addressed to {text}",
        "this action is addressed to {text}",
        "is addressed to {text}",
        "is directed to {text}",
        "send a letter to {text}",
        "send an email to {text}",
        "send an appeal to {text}",
        "write an appeal to {text}",
        "send your letters to {text}",
        "address your appeals to {text}",
        "write a polite letter to {text}",
        "please write ... to {text}",
        "write urgently to {text}",
        "write immediately to {text}",
    ),
    clause_ends=(" and ", " asking ", " urging ", " calling ", " to ask", " to urge", " to call"),
    letter_requests=(
        "i urge you",
        "i call on you",
        "i call upon you",
        "i ask you",
        "i am writing to urge you",
        "i request",
        "i demand",
        "i therefore urge",
        "i respectfully urge",
        # a second request of the letter: "I also urge you to ...", "I further call on you"
        "i also urge",
        "i also call on",
        "i also ask",
        "i further urge",
        "i further call on",
        "please ensure",
        "please release",
        # the letter's opening that says what it asks: "I write to call for the release of
        # X", "I am writing this letter to urge you to ...", "I am writing to raise concerns
        # about ... and to call for his release", "I would like to ask you to ..."
        "i write to call",
        "i write to urge",
        "i write to ask",
        "i am writing to call",
        # "I am writing to ask you to ...", "I am writing to demand the release of X"
        "i am writing to ask",
        "i am writing to demand",
        "i am writing to request",
        "i am writing to urge",
        "i write to demand",
        "i write to request",
        "i am writing this letter to urge",
        "i am writing this letter to call",
        "and to call for",
        "and to urge you",
        "i would like to ask you",
        "i would like to urge you",
        # A model letter states what must happen: "X must be released immediately", "All
        # charges against her must be dropped".
        "must be",
        "must have access",
        # "the authorities must immediately and unconditionally release X", "They should be
        # released immediately"
        "must immediately",
        "must release",
        "should be released",
    ),
    first_person=("i urge", "i call", "i ask", "i request", "i am writing", "we urge", "we call"),
    prose_requests=(
        "urge him to",
        "urge her to",
        "urge them to",
        "call on him to",
        "ask him to",
        "ask her to",
        "ask them to",
        "call on her to",
        "call on them to",
        "urge the authorities to",
        "call on the authorities to",
    ),
    # "Please write to the authorities urging them to release X", "... calling for his
    # release": the request opens a clause of the call to write (none elsewhere: "protesters
    # calling for reform" tell the story).
    call_requests=(
        "urging",
        "calling on",
        "calling for",
        "asking them",
        "asking him",
        "asking her",
    ),
    opening_requests=("calling on", "calling for", "urging", "demanding"),
    office_words=frozenset(
        [
            "procurator-general",
            "inspector",
            "superintendent",
            "ombudsman",
            "envoy",
            "warden",
            "commander",
            "vice-president",
            "president",
            "minister",
            "ambassador",
            "director",
            "procurator",
            "prosecutor",
            "secretary",
            "chairman",
            "chairwoman",
            "chairperson",
            "head",
            "king",
            "queen",
            "governor",
            "judge",
            "chief",
            "commissioner",
            "deputy",
            "spokesman",
            "spokesperson",
            "speaker",
            "attorney",
            "general",
            "emir",
            "sultan",
            "prince",
            "mayor",
            "h.e.",
            "excellency",
            "counselor",
            "counsellor",
            "chargé",
            "charge",
            "d'affaires",
            "d’affaires",
            "leader",
            "premier",
            "chancellor",
            "representative",
            "attorney-general",
            "solicitor",
            "secretary-general",
            "director-general",
            "inspector-general",
            "commissioner-general",
            "governor-general",
            "undersecretary",
            "under-secretary",
            "vice-minister",
            "magistrate",
            "commandant",
            "consul",
            "consul-general",
            "chargée",
            "ombudsperson",
            "ombudswoman",
            "spokeswoman",
            "rapporteur",
            "registrar",
            "custodian",
            "majesty",
            "highness",
            "viceroy",
        ]
    ),
    organisation_words=frozenset(
        [
            "assembly",
            "cabinet",
            "secretariat",
            "authority",
            "judiciary",
            "prosecution",
            "procuracy",
            "consulate",
            "delegation",
            "tribunal",
            "ministry",
            "embassy",
            "office",
            "department",
            "bureau",
            "procuratorate",
            "committee",
            "mission",
            "court",
            "presidency",
            "administration",
            "council",
            "agency",
            "commission",
            "service",
            "directorate",
            "prison",
            "police",
            "security",
            "government",
            "parliament",
            "senate",
            "congress",
            "legislature",
            "gendarmerie",
            "army",
            "navy",
            "inspectorate",
            "commissariat",
            "governorate",
            "prefecture",
            "municipality",
            "chancellery",
            "procurator's",
            "ombudsman's",
            # a military body ("Northern Luzon Command", "Armed Forces of X")
            "command",
            "forces",
        ]
    ),
    role_words=frozenset(
        # What a person at risk is or does, singular and plural ("activists A and B"): each
        # is also evidence that a capitalised name next to it is a person. Officials are
        # `office_words`, never roles; words that are also common names ("Baker", "Cook",
        # "Mason", "Hunter") or that "the ..." uses of things ("pilot", "guardian",
        # "national") are left out.
        # -- activism, rights, dissent
        {"activist", "activists", "campaigner", "campaigners", "defender", "defenders"}
        | {"advocate", "advocates", "dissident", "dissidents", "critic", "critics"}
        | {"opponent", "opponents", "protester", "protesters", "protestor", "protestors"}
        | {"demonstrator", "demonstrators", "organiser", "organisers", "organizer"}
        | {"organizers", "volunteer", "volunteers", "supporter", "supporters", "sympathiser"}
        | {"sympathisers", "sympathizer", "sympathizers", "whistleblower", "whistleblowers"}
        | {"environmentalist", "environmentalists", "feminist", "feminists", "pacifist"}
        | {"pacifists", "objector", "objectors", "humanitarian", "humanitarians"}
        | {"trade", "unionist", "unionists", "petitioner", "petitioners"}
        # -- politics and organisations
        | {"politician", "politicians", "parliamentarian", "parliamentarians", "candidate"}
        | {"candidates", "leader", "leaders", "member", "members", "founder", "founders"}
        | {"co-founder", "co-founders", "cofounder", "coordinator", "coordinators"}
        | {"director", "manager", "managers", "administrator", "administrators", "owner"}
        | {"owners"}
        # -- the press, writing, the arts, sport
        | {"journalist", "journalists", "photojournalist", "photojournalists", "reporter"}
        | {"reporters", "correspondent", "correspondents", "editor", "editors", "columnist"}
        | {"columnists", "commentator", "commentators", "broadcaster", "broadcasters"}
        | {"presenter", "presenters", "cameraman", "cameramen", "camerawoman"}
        | {"videographer", "videographers", "photographer", "photographers", "blogger"}
        | {"bloggers", "vlogger", "vloggers", "youtuber", "youtubers", "influencer"}
        | {"influencers", "podcaster", "podcasters", "cartoonist", "cartoonists", "satirist"}
        | {"satirists", "publisher", "publishers", "bookseller", "booksellers", "writer"}
        | {"writers", "novelist", "novelists", "poet", "poets"}
        | {"playwright", "playwrights", "screenwriter", "screenwriters", "translator"}
        | {"translators", "filmmaker", "filmmakers", "producer", "producers", "artist"}
        | {"artists", "musician", "musicians", "singer", "singers", "rapper", "rappers"}
        | {"composer", "composers", "painter", "painters", "sculptor", "sculptors", "actor"}
        | {"actors", "actress", "actresses", "comedian", "comedians", "dancer", "dancers"}
        | {"performer", "performers", "designer", "designers", "athlete", "athletes"}
        | {"footballer", "footballers", "wrestler", "wrestlers", "boxer", "boxers"}
        | {"sportsman", "sportswoman"}
        # -- the law
        # a people's noun before the name ("the Iranian Kurd X")
        | {"kurd", "kurds"}
        | {"lawyer", "lawyers", "barrister", "barristers", "jurist", "jurists", "paralegal"}
        | {"paralegals", "defendant", "defendants", "co-defendant", "co-defendants"}
        | {"complainant", "complainants"}
        # -- health
        | {"doctor", "doctors", "physician", "physicians", "surgeon", "surgeons", "dentist"}
        | {"dentists", "pharmacist", "pharmacists", "nurse", "nurses", "paramedic"}
        | {"paramedics", "medic", "medics", "midwife", "midwives", "psychiatrist"}
        | {"psychiatrists", "psychologist", "psychologists"}
        # -- teaching and research
        | {"student", "students", "pupil", "pupils", "schoolboy", "schoolboys", "schoolgirl"}
        | {"schoolgirls", "teacher", "teachers", "lecturer", "lecturers", "professor"}
        | {"professors", "academic", "academics", "scholar", "scholars", "researcher"}
        | {"researchers", "scientist", "scientists", "economist", "economists", "sociologist"}
        | {"sociologists", "historian", "historians", "anthropologist", "anthropologists"}
        | {"philosopher", "philosophers", "linguist", "linguists", "physicist", "physicists"}
        | {"engineer", "engineers", "architect", "architects", "programmer", "programmers"}
        | {"analyst", "analysts", "educator", "educators"}
        # -- faith
        | {"imam", "imams", "priest", "priests", "monk", "monks", "nun", "nuns", "pastor"}
        | {"pastors", "cleric", "clerics", "clergyman", "clergymen", "preacher", "preachers"}
        | {"bishop", "archbishop", "rabbi", "rabbis", "deacon", "missionary", "missionaries"}
        | {"evangelist", "evangelists", "theologian", "theologians", "worshipper"}
        | {"worshippers", "believer", "believers", "convert", "converts", "practitioner"}
        | {"practitioners", "adherent", "adherents", "follower", "followers"}
        # -- work and trade
        | {"worker", "workers", "farmer", "farmers", "peasant", "peasants", "herder"}
        | {"herders", "pastoralist", "pastoralists", "fisherman", "fishermen", "miner"}
        | {"miners", "labourer", "labourers", "laborer", "laborers", "driver", "drivers"}
        | {"mechanic", "mechanics", "electrician", "electricians", "tailor", "tailors"}
        | {"cleaner", "cleaners", "chef", "chefs", "waiter", "waiters", "waitress", "vendor"}
        | {"vendors", "trader", "traders", "merchant", "merchants", "shopkeeper"}
        | {"shopkeepers", "businessman", "businessmen", "businesswoman", "businesswomen"}
        | {"entrepreneur", "entrepreneurs", "banker", "bankers", "accountant", "accountants"}
        | {"employee", "employees", "clerk", "clerks", "caregiver", "caregivers", "carer"}
        | {"carers", "housekeeper", "housekeepers"}
        # -- status, life stage, relation
        | {"immigrant", "immigrants"}
        | {"asylum-seeker", "asylum-seekers", "seeker", "seekers", "exile", "exiles"}
        | {"citizen", "citizens", "resident", "residents", "villager", "villagers", "tenant"}
        | {"tenants", "survivor", "survivors", "hostage", "hostages", "teenager"}
        | {"teenagers", "adolescent", "adolescents", "youths", "pensioner", "pensioners"}
        | {"retiree", "retirees"}
        | {"conscript", "conscripts", "deserter", "deserters", "friend", "colleague"}
        | {"colleagues", "classmate", "classmates", "neighbour", "neighbours", "neighbor"}
        | {"neighbors"}
    ),
    male_words=frozenset(
        {"man", "men", "boy", "boys", "husband", "father", "son", "brother", "mr", "sir"}
        | {"sons", "brothers", "fathers", "husbands", "grandfather", "grandson", "uncle"}
        | {"nephew", "stepfather", "stepson", "widower", "boyfriend", "fiancé", "gentleman"}
    ),
    female_words=frozenset(
        {"woman", "women", "girl", "girls", "wife", "mother", "daughter", "sister", "mrs"}
        | {"ms", "miss", "daughters", "sisters", "mothers", "wives", "grandmother"}
        | {"granddaughter", "aunt", "niece", "stepmother", "stepdaughter", "widow"}
        | {"girlfriend", "fiancée"}
    ),
    male_pronouns=frozenset(["he", "his", "him", "himself"]),
    female_pronouns=frozenset(["she", "her", "hers", "herself"]),
    place_words=frozenset(
        [
            "prison",
            "province",
            "city",
            "region",
            "court",
            "river",
            "lake",
            "street",
            "road",
            "hospital",
            "centre",
            "center",
            "camp",
            "county",
            "district",
            "square",
            "university",
            "airport",
            "station",
            "branch",
            # Islands, valleys, departments, saints' towns ("Manus Island", "Valle del Cauca
            # Department", "San Fernando"): here for every language, as English's words are.
            "island",
            "islands",
            "isla",
            "île",
            "insel",
            "valley",
            "valle",
            "department",
            "departamento",
            "département",
            "san",
            "santa",
            "saint",
            "sainte",
            "sankt",
            # "St. Petersburg", "Rio de Janeiro", "Río Blanco": a place's first word
            "st.",
            "rio",
            # units of a country's map ("Maubara Sub-district", "Oblast", "Raion")
            "sub-district",
            "subdistrict",
            "village",
            "town",
            "township",
            "oblast",
            "raion",
            "wilaya",
            # informal settlements ("Example Farmers Slum")
            "slum",
            # a state's unit named with its word ("the Republic of X", "X Republic")
            "republic",
        ]
    ),
    and_words=frozenset({"and", "&"}),
    list_openers=frozenset({"including", "include", "includes", "namely"}),
    former_words=frozenset({"former", "ex", "ex-", "erstwhile"}),
    authorities=("authorities",),
    authorities_of=("of", "of the", "in"),
    civic_bodies=(
        *("association", "foundation", "committee", "collective", "coalition", "federation"),
        *("league", "movement", "network", "organisation", "organization", "ngo"),
        *("cooperative", "alliance", "trade union", "labour union", "labor union"),
        *("workers union", "students union", "student union", "teachers union"),
    ),
    phone_line_words=frozenset(
        {"line", "lines", "hotline", "helpline", "switchboard", "telephone", "landline"}
    ),
    person_verbs=frozenset(
        # auxiliaries and modals
        {"was", "is", "has", "had", "were", "are", "have", "will", "would", "could", "can"}
        | {"cannot", "may", "might", "must", "should", "did", "does", "who", "whose"}
        # the person's situation
        | {"remains", "remained", "remain", "faces", "faced", "face", "risks", "risked"}
        | {"continues", "continued", "appears", "appeared", "returned", "went", "ended"}
        | {"died", "fled", "escaped", "disappeared", "suffers", "suffered", "needs"}
        | {"needed", "lives", "lived", "spent", "lost", "underwent", "received", "began"}
        | {"started", "refused", "denied", "pleaded", "appealed"}
        # what the person said or did
        | {"says", "said", "told", "stated", "explained", "wrote", "writes", "posted"}
        | {"tweeted", "spoke", "speaks", "criticised", "criticized", "testified"}
        | {"described", "recounted", "complained", "insisted", "maintains", "maintained"}
        | {"works", "worked", "joined", "founded", "studied", "graduated", "participated"}
        | {"attended", "campaigned", "protested", "documented"}
        # hedges and adverbs between the name and its verb
        | {"reportedly", "allegedly", "apparently", "also", "still", "previously"}
    ),
    not_names=frozenset(
        [
            # quantifiers that open a sentence of names ("Both A and B became ill")
            "both",
            "neither",
            "amnesty",
            "international",
            "urgent",
            "action",
            "appeal",
            "update",
            "dear",
            "sample",
            "letter",
            "take",
            "write",
            "click",
            "twitter",
            "facebook",
            "instagram",
            "email",
            "fax",
            "phone",
            "salutation",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "of",
            "for",
            "to",
            "and",
            "or",
            "but",
            # conjunctions that open a sentence before a name ("Because X received ...")
            "because",
            "although",
            "though",
            "whereas",
            "whether",
            "unless",
            "while",
            "when",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "their",
            "mr",
            "mrs",
            "ms",
            "dr",
            "human",
            "rights",
            "supreme",
            "revolutionary",
            "public",
            "security",
            "criminal",
            "penal",
            "code",
            "article",
            "people’s",
            "people's",
            "republic",
            "islamic",
            "federation",
            "kingdom",
            "united",
            "state",
            "states",
            "nations",
            "un",
            "eu",
            "government",
            "authorities",
            "police",
            "prison",
            "court",
            "minister",
            "ministry",
            "embassy",
            "president",
            "ambassador",
            "judiciary",
            "spokesman",
            "chairman",
            "north",
            "south",
            "east",
            "west",
            "central",
            "western",
            "eastern",
            "northern",
            "southern",
            "ethnic",
            "muslim",
            "muslims",
            "christian",
            "shi’a",
            "shi'a",
            "sunni",
            "kurdish",
            "arabic",
            "english",
            "french",
            "persian",
            "chinese",
            "russian",
            "iranian",
            "egyptian",
            "syrian",
            "saudi",
            "bahraini",
            "swedish",
            "swiss",
            "german",
            "uighur",
            "uyghur",
            "kazakh",
            "tibetan",
            "covid-19",
            "covid",
            "tv",
            "channels",
            "media",
            "news",
            "radio",
            "press",
            "procurator",
            "hamas",
            "army",
        ]
    ),
    third_party=("his lawyer", "her lawyer", "their lawyer", "the lawyer of", "lawyer for"),
    groups=(
        "at least {n} other {text}",
        "and at least {n} other {text}",
        "at least {n} {text}",
        "more than {n} {text}",
        "{n} other {text}, unnamed",
        "{n} other {text}",
        "any other {text}",
        "another woman",
        "another man",
        # People tried with a named person, named nowhere: "his five co-defendants".
        "his {n} co-defendants",
        "her {n} co-defendants",
        "his co-defendants",
        "her co-defendants",
        # "charged alongside 46 others", "four others": the pronoun names people
        "{n} others",
    ),
    number_words=_EN_NUMBERS,
    approximate_numbers=frozenset(["a dozen", "dozens of"]),
    approximate_groups=("dozens of", "scores of", "hundreds of"),
    household_nouns=frozenset({"families", "households"}),
    released=(
        "was released",
        "were released",
        "has been released",
        "have been released",
        "was ... released",
        "were ... released",
        "has been ... released",
        "was freed",
        "were freed",
        "has been freed",
        "have been freed",
        "was ... freed",
        "were ... freed",
        "have been ... released",
    ),
    died=(
        "died",
        "has died",
        "died in custody",
        "passed away",
        "was killed",
        "was found dead",
        "were killed",
        "has been killed",
        "have been killed",
        "was shot dead",
        "were shot dead",
        "lost his life",
        "lost her life",
        "was tortured to death",
        "was beaten to death",
        "were found dead",
        # a killing (tenth session)
        "was murdered",
        "were murdered",
        "has been murdered",
        "was ... murdered",
        "was assassinated",
    ),
    forward_to=("please forward to the {text}", "please forward to {text}"),
    # the heading of a list of tips for the sender, whose bullets are no demands
    closing_for_one=("on his behalf", "on her behalf"),
    advice_headings=(
        "^tips for {text}:$",
        "^tips on {text}:$",
        "^writing tips:$",
        "^some tips:$",
        "^tips:$",
    ),
    closed_loose=(
        "no further action",
        "no further appeals",
        "no more action",
        "no longer required",
        "ended on",
        "has ended",
        "is closed",
        "no longer needed",
        "no longer necessary",
        "has expired",
        "stop sending appeals",
    ),
    executed=(
        "authorities executed",
        "was executed",
        "were executed",
        "has been executed",
        "have been executed",
        "was ... executed",
        "were ... executed",
        "has been ... executed",
        "have been ... executed",
        "had been executed",
        "was hanged",
        "were hanged",
        "has been hanged",
        "have been hanged",
        "was ... hanged",
        "were ... hanged",
    ),
    country_words={
        # Names the CLDR has replaced (its English says "Türkiye", "Czechia", ...), which
        # older UAs and many pages still print.
        "turkey": "TR",
        "viet nam": "VN",  # the UN's spelling, which Amnesty prints
        "czech republic": "CZ",
        "burma": "MM",
        "kazakstan": "KZ",  # the UN's spelling until 2008, which older UAs print
        "ivory coast": "CI",
        "swaziland": "SZ",
        "china": "CN",
        "people’s republic of china": "CN",
        "people's republic of china": "CN",
        "iran": "IR",
        "islamic republic of iran": "IR",
        "russian federation": "RU",
        "russia": "RU",
        "gaza strip": "PS",
        "palestinian authority": "PS",
        # The UN's and Amnesty's spellings beside the CLDR's ("Viet Nam", "DRC").
        "democratic republic of congo": "CD",
        "democratic republic of the congo": "CD",
        "drc": "CD",
        "dr congo": "CD",
        "republic of congo": "CG",
        "republic of the congo": "CG",
        "occupied palestinian territories": "PS",
        "occupied palestinian territory": "PS",
        "palestine": "PS",
        "uae": "AE",
        "usa": "US",
        "east timor": "TL",
        "macedonia": "MK",
        "north korea": "KP",
        "south korea": "KR",
        "iranian": "IR",
        "chinese": "CN",
        "egyptian": "EG",
        "syrian": "SY",
        "saudi": "SA",
        "bahraini": "BH",
        "russian": "RU",
        "kyrgyz": "KG",
        "burundian": "BI",
        "venezuelan": "VE",
        "arab republic of egypt": "EG",
        "washington dc": "US",
        "washington, dc": "US",
        "new york, ny": "US",
        "hong kong": "HK",
        # The long official forms an address's last line prints ("Goma, Democratic Republic
        # of Congo" above; the CLDR's English says "Congo - Kinshasa").
        "kingdom of saudi arabia": "SA",
        "socialist republic of viet nam": "VN",
        "socialist republic of vietnam": "VN",
        "kingdom of bahrain": "BH",
        "state of qatar": "QA",
    },
    commuted=(
        "was commuted",
        "were commuted",
        "have been commuted",
        "has been commuted",
        "commuted his death sentence",
        "commuted her death sentence",
        "commuted their death sentences",
        "commuted the death sentence",
        "death sentence was quashed",
        "death sentences were quashed",
        "death sentence has been quashed",
        "death sentences have been quashed",
        "death sentence was overturned",
        "death sentences were overturned",
    ),
    hedges=("reportedly", "allegedly"),
    members={"members of": "member of"},
    named_above={
        "men named above": "male",
        "men mentioned above": "male",
        "above-named men": "male",
        "above-mentioned men": "male",
        "women named above": "female",
        "women mentioned above": "female",
        "above-named women": "female",
        "above-mentioned women": "female",
    },
    bail=("on bail", "on parole"),
    bail_auxiliaries=frozenset({"was", "were", "has", "have", "had", "been", "is", "are"}),
    release_nouns=tuple(
        f"{before} {whose} release"
        for before in ("despite", "since", "following", "after")
        for whose in ("his", "her", "their")
    ),
    field_states={
        **dict.fromkeys(["released", "freed"], "released"),
        "executed": "executed",
        "died": "dead",
    },
    done_to={
        "released": ("released", "freed"),
        "executed": ("executed", "hanged"),
        "commuted": (
            "commuted the death sentence of",
            "commuted the death sentences of",
            "commuted the sentence of",
            "commuted the sentences of",
        ),
    },
    negations=frozenset({"not", "never", "n't", "yet", "refused"}),
    intention_words=(
        *("to be", "scheduled", "due", "set to", "going to", "about to", "expected"),
        *("likely", "would", "will", "could"),
    ),
    earlier_words=("previously", "earlier", "once before"),
    role_phrases=(
        "hunger striker",
        "hunger strikers",
        "prisoner of conscience",
        "woman human rights defender",
        "women human rights defender",
        "human rights defender",
        "political prisoner",
        "human rights lawyer",
        "human rights activist",
        "women's rights defender",
        "women's rights activist",
        "environmental defender",
        "environmental activist",
        "land rights defender",
        "land defender",
        "indigenous leader",
        "community leader",
        "social leader",
        "student leader",
        "trade union leader",
        "labour rights activist",
        "opposition politician",
        "opposition leader",
        "opposition activist",
        "opposition figure",
        "political activist",
        "pro-democracy activist",
        "peaceful protester",
        "asylum seeker",
        "conscientious objector",
        "death row prisoner",
        "juvenile offender",
        "child offender",
        "religious leader",
        "citizen journalist",
        "independent journalist",
        "investigative journalist",
        "freelance journalist",
        "member of parliament",
        "government critic",
        "dual national",
        "migrant worker",
        "domestic worker",
        "aid worker",
        "health worker",
        "sex worker",
        # a word "the ..." also uses of things ("the refugee camp"): a role, no evidence
        "refugee",
        "migrant",
    ),
    thing_words=frozenset(
        {"party", "movement", "union", "front", "coalition", "network", "foundation"}
        | {"association", "organisation", "organization", "alliance", "federation", "league"}
        | {"notice", "act", "decree", "code", "convention", "covenant", "declaration"}
        # companies and media ("Sudan Ports Corporation", "Nachrichtenwebsite X")
        | {"corporation", "company", "website", "newspaper", "agency"}
        # broadcasters and schools before a name ("Radio Free X, A B", "the X School of
        # Journalism, A B")
        | {"radio", "television", "school", "university", "academy", "institute", "college"}
        # journals and bodies of other kinds ("the Nairobi Law Monthly Journal")
        | {"journal", "magazine", "gazette", "society", "forum", "initiative", "observatory"}
        | {"platform", "collective", "club"}
        # a university's and a research body's parts ("Faculty of Economics and Social
        # Studies", "the Centre for Peace Studies"): a name's words after them are its own
        | {"faculty", "centre", "center", "department"}
        # a body's branch ("the Human Rights Defenders Protection Unit")
        | {"unit"}
        # legal forms after an organisation's name ("Tierra Viva AC/Oaxaca", "X e.V.")
        | {"ngo", "ltd", "inc", "ac", "a.c", "e.v", "asbl", "gmbh"}
        # an organisation's own words where a text in another language names it (read with
        # every language): "Espace Citoyen", "Dynamique X", "Movimiento X", "Verein X"
        | {"espace", "dynamique", "rassemblement", "collectif", "observatoire", "plateforme"}
        | {"mouvement", "fondation", "syndicat", "movimiento", "fundación", "colectivo"}
        | {"observatorio", "plataforma", "sindicato", "asociación", "organización"}
        | {"concejo", "consejo", "verein", "bewegung", "stiftung", "bündnis"}
    ),
    people_nouns=frozenset(
        {"people", "persons", "individuals", "men", "women", "children", "minors", "youths"}
        # "Indigenous Peoples", capitalised as a whole: peoples, no one person
        | {"peoples"}
        | {"activists", "defenders", "journalists", "lawyers", "students", "protesters"}
        | {"prisoners", "detainees", "members", "workers", "refugees", "migrants"}
        | {"bloggers", "teachers", "doctors", "farmers", "unionists", "leaders", "boys", "girls"}
        | {"demonstrators", "dissidents", "critics", "opponents", "campaigners", "inmates"}
        | {"artists", "musicians", "writers", "poets", "academics", "researchers", "nurses"}
        | {"medics", "miners", "fishermen", "villagers", "residents", "peasants", "teenagers"}
        | {"adolescents", "juveniles", "asylum-seekers", "seekers", "defendants", "monks"}
        | {"nuns", "priests", "clerics", "worshippers", "practitioners", "supporters"}
        | {"relatives", "colleagues", "civilians", "citizens", "nationals", "pupils"}
        | {"reporters", "photographers", "editors", "engineers", "employees", "volunteers"}
        # people named by their trade as a whole ("20 health professionals")
        | {"professionals", "practitioners", "staff", "paramedics", "physicians"}
    ),
    people_endings=("ers", "ists", "ians", "ees", "ants", "ents", "ors", "ites"),
    event_nouns=frozenset(
        {"death", "killing", "murder", "arrest", "detention", "release", "execution"}
        | {"disappearance", "abduction", "torture", "imprisonment", "trial", "conviction"}
        | {"deaths", "killings", "arrests", "detentions", "executions", "trials"}
        | {"kidnapping", "deportation", "extradition", "expulsion", "persecution"}
        | {"harassment", "ill-treatment", "mistreatment", "beating", "shooting", "hanging"}
        | {"flogging", "sentencing", "prosecution", "incarceration", "acquittal", "pardon"}
        | {"rearrest", "re-arrest", "transfer", "whereabouts", "fate", "safety"}
        | {"plight", "family", "relatives"}
        | {"sentence", "sentences", "conviction", "convictions"}
    ),
    event_followers=frozenset({"to", "in", "into", "on", "at", "from", "after", "since", "until"}),
    for_words=("for", "on behalf of", "in favour of", "in favor of"),
    roll_announcers=frozenset({"following", "undermentioned", "below-named"}),
    before_month=frozenset({"early", "late", "mid"}),
    body_posts=frozenset(
        {"member", "members", "leader", "leaders", "founder", "founders", "co-founder"}
        | {"cofounder", "co-founders", "coordinator", "coordinators", "director", "editor"}
        | {"editor-in-chief", "secretary", "secretary-general", "general-secretary"}
        | {"president", "vice-president", "chairman", "chairwoman", "chairperson", "chair"}
        | {"spokesperson", "spokesman", "spokeswoman", "head", "treasurer", "staff"}
        | {"co-ordinator", "co-ordinators", "deputy", "representative", "representatives"}
    ),
    copulas=("is", "was"),
    role_predicates=(
        "he is a",
        "she is a",
        "he was a",
        "she was a",
        "he remains a",
        "she remains a",
        "he is an",
        "she is an",
        "he was an",
        "she was an",
        "he is also a",
        "she is also a",
    ),
    object_verbs=frozenset(
        {"executed", "arrested", "detained", "sentenced", "released", "abducted", "tortured"}
        | {"charged", "convicted", "summoned", "jailed", "imprisoned", "disappeared", "freed"}
        | {"killed", "murdered", "shot", "beat", "attacked", "assaulted", "stabbed", "hanged"}
        | {"kidnapped", "seized", "rearrested", "re-arrested", "interrogated", "questioned"}
        | {"prosecuted", "indicted", "tried", "acquitted", "pardoned", "deported"}
        | {"extradited", "expelled", "exiled", "transferred", "harassed", "threatened"}
        | {"intimidated", "targeted", "ill-treated", "flogged", "lashed", "fined", "banned"}
        | {"barred", "dismissed", "fired", "suspended", "accused", "sued", "searched"}
        | {"handcuffed", "blindfolded", "visited", "represents", "represented", "named"}
        # the demand of a model letter: "I urge you to release X", "stop harassing X"
        | {"release", "free", "protect", "acquit", "pardon", "arrest", "detain", "prosecute"}
        | {"execute", "harassing", "prosecuting", "targeting", "detaining", "torturing"}
        | {"executing"}
    ),
    back_references=("among them", "among whom"),
    role_genders={
        "nun": "female",
        "monk": "male",
        "priest": "male",
        "imam": "male",
        "actress": "female",
        "waitress": "female",
        "businesswoman": "female",
        "businessman": "male",
        "camerawoman": "female",
        "cameraman": "male",
        "fisherman": "male",
        "sportswoman": "female",
        "sportsman": "male",
        "schoolgirl": "female",
        "schoolboy": "male",
        "clergyman": "male",
    },
    measure_words=frozenset(
        {"years", "months", "weeks", "days", "hours", "minutes", "times", "kilometres"}
        | {"kilometers", "km", "kilos", "kg", "miles", "percent", "per"}
    ),
    group_ends=frozenset(["face", "faces", "remain", "remains", "risk", "are", "were"]),
    one_of=frozenset({"one of"}),
    among=frozenset({"among", "amongst", "of"}),
    armed_words=frozenset({"armed", "masked", "hooded"}),
    existential=("there are", "there were", "there have been", "there had been"),
    existential_adverbs=("currently", "now", "still", "today"),
    crowd_verbs=frozenset(
        {"attended", "gathered", "marched", "joined", "signed", "watched", "mourned"}
    ),
    casualty_words=frozenset({"died", "killed", "dead", "murdered"}),
    death_words=frozenset(
        {"deaths", "killings", "killed", "dead", "murders", "murdered", "homicides"}
    ),
    gathering_verbs=frozenset(
        {"attract", "attracts", "attracting", "gather", "gathering", "draw", "drawing"}
    ),
    subset_words=("including", "among them", "amongst them"),
    tally_nouns=frozenset(
        {"arrest", "arrests", "detention", "detentions", "killing", "killings", "massacre"}
    ),
    one_more=(
        "one other person",
        # "A, B and one other, name unknown": a roll's last, unnamed person
        "one other",
        "another person",
        "a third man",
        "a third woman",
        "another man",
        "another woman",
    ),
    family_groups=(
        "his family",
        "her family",
        "their family",
        "their families",
        "the families of these",
        "the families of those",
    ),
    threatened_words=("threatened", "in danger", "at risk", "under threat"),
    relative_pronouns=frozenset({"who", "which"}),
    perfect_auxiliaries=frozenset({"have", "has", "had"}),
    plural_copulas=frozenset({"are", "were"}),
    year_tally=("in", "during"),
    about_words=("some", "about", "around", "approximately", "nearly", "almost", "up to"),
    risk_words=frozenset(
        {"risk", "risks", "risking", "could", "may", "might", "would", "face", "faces"} | {"facing"}
    ),
    definite_articles=frozenset({"the"}),
    indefinite_articles=frozenset({"a", "an"}),
    plural_subjects=frozenset({"they"}),
    noun_phrase=NounPhrase(
        relatives=frozenset({"who", "whom", "whose", "which", "that", "where"}),
        conjunctions=frozenset({"but", "or", "because", "while", "when", "if", "as", "after"}),
        verbs=frozenset(
            {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will"}
            | {"would", "may", "might", "can", "could", "should", "must", "do", "did", "does"}
            | {"face", "faces", "remain", "remains", "risk", "risks", "continue", "continues"}
        ),
        adjuncts=frozenset(
            {"in", "at", "on", "for", "to", "from", "since", "during", "by", "with", "without"}
            | {"across", "under", "into", "between", "among", "against", "following", "until"}
            | {"before", "over", "despite", "after", "throughout", "near", "outside", "inside"}
        ),
        complements=frozenset({"of"}),
        articles=frozenset({"the", "a", "an", "this", "these", "those", "their", "his", "her"}),
        participle_endings=("ed",),
        participles=frozenset(
            {"held", "taken", "kept", "sentenced", "brought", "caught", "sent", "beaten", "shot"}
            | {"given", "put", "found", "seen", "known", "told", "made", "left"}
        ),
        joins=frozenset({"and"}),
    ),
    only_people=frozenset({"people", "persons", "individuals"}),
    name_unknown=("name unknown",),
    roll_others=("other",),
    roll_and=("and",),
    write_verbs=("please write", "write"),
    news_banners=("latest news", "good news", "sad news", "bad news"),
    possessives=("his", "her", "their"),
    # tables2 fields
    writer_openings=("I", "We", "My", "Our"),
    salutation_particles=frozenset({"of", "the", "for"}),
    salutation_openings=("Dear",),
)


def _demonyms(stems: dict[str, str], endings: tuple[str, ...]) -> dict[str, str]:
    """Return {adjective of nationality, each inflected form: country code}: a person's
    nationality ("die vietnamesische Menschenrechtlerin") names the country of a case."""
    return {stem + ending: code for stem, code in stems.items() for ending in endings}


# Stems of the adjectives of the countries UAs are most often about; each language's endings
# give the inflected forms ("vietnamesisch" + "e", "égypti" + "en", "egipci" + "o").
_DE_DEMONYMS = _demonyms(
    {
        "vietnamesisch": "VN",
        "ägyptisch": "EG",
        "iranisch": "IR",
        "chinesisch": "CN",
        "saudi-arabisch": "SA",
        "russisch": "RU",
        "belarussisch": "BY",
        "türkisch": "TR",
        "syrisch": "SY",
        "bahrainisch": "BH",
        "mexikanisch": "MX",
        "kolumbianisch": "CO",
        "kubanisch": "CU",
        "nicaraguanisch": "NI",
        "venezolanisch": "VE",
        "guatemaltekisch": "GT",
        "honduranisch": "HN",
        "brasilianisch": "BR",
        "kambodschanisch": "KH",
        "thailändisch": "TH",
        "philippinisch": "PH",
        "pakistanisch": "PK",
        "sudanesisch": "SD",
        "äthiopisch": "ET",
        "eritreisch": "ER",
        "nigerianisch": "NG",
        "kamerunisch": "CM",
        "burundisch": "BI",
        "algerisch": "DZ",
        "marokkanisch": "MA",
        "tunesisch": "TN",
        "irakisch": "IQ",
        "jemenitisch": "YE",
        "aserbaidschanisch": "AZ",
        "kasachisch": "KZ",
        "usbekisch": "UZ",
        "tadschikisch": "TJ",
        "kirgisisch": "KG",
        "ukrainisch": "UA",
        "uigurisch": "CN",
    },
    ("", "e", "er", "en", "es", "em"),
)
_FR_DEMONYMS = {
    **_demonyms(
        {
            "égyptien": "EG",
            "iranien": "IR",
            "syrien": "SY",
            "bahreïnien": "BH",
            "colombien": "CO",
            "nicaraguayen": "NI",
            "vénézuélien": "VE",
            "brésilien": "BR",
            "cambodgien": "KH",
            "éthiopien": "ET",
            "nigérian": "NG",
            "camerounais": "CM",
            "burundais": "BI",
            "algérien": "DZ",
            "tunisien": "TN",
            "irakien": "IQ",
            "ukrainien": "UA",
            "guatémaltèque": "GT",
            "hondurien": "HN",
            "soudanais": "SD",
            "vietnamien": "VN",
            "chinois": "CN",
            "saoudien": "SA",
            "russe": "RU",
            "bélarusse": "BY",
            "biélorusse": "BY",
            "turc": "TR",
            "mexicain": "MX",
            "cubain": "CU",
            "marocain": "MA",
            "ouïghour": "CN",
            "azerbaïdjanais": "AZ",
        },
        ("", "s", "ne", "nes", "e", "es"),
    ),
}
_ES_DEMONYMS = {
    **_demonyms(
        {
            "egipci": "EG",
            "siri": "SY",
            "colombian": "CO",
            "venezolan": "VE",
            "brasileñ": "BR",
            "camboyan": "KH",
            "nigerian": "NG",
            "argelin": "DZ",
            "tunecin": "TN",
            "ucranian": "UA",
            "guatemaltec": "GT",
            "hondureñ": "HN",
            "chin": "CN",
            "rus": "RU",
            "bielorrus": "BY",
            "turc": "TR",
            "mexican": "MX",
            "cuban": "CU",
        },
        ("o", "a", "os", "as"),
    ),
    **_demonyms(
        {
            "iraní": "IR",
            "iraquí": "IQ",
            "saudí": "SA",
            "marroquí": "MA",
            "etíope": "ET",
            "vietnamita": "VN",
            "nicaragüense": "NI",
            "uigur": "CN",
        },
        ("", "es", "s"),
    ),
    **_demonyms({"sudanés": "SD", "sudanes": "SD"}, ("", "a", "es", "as")),
}
# The adjectives by language (English lists its own among `country_words`).
DEMONYMS = {"de": _DE_DEMONYMS, "fr": _FR_DEMONYMS, "es": _ES_DEMONYMS}


_DE_NUMBERS = {
    "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "beiden": 2,
    "beide": 2,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
}  # fmt: skip

_DE_NUMBERS |= _tens(
    {"ein": 1, **{w: n for w, n in _DE_NUMBERS.items() if 2 <= n <= 9 and "beid" not in w}},
    {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig",
     70: "siebzig", 80: "achtzig", 90: "neunzig", 100: "hundert"},
    lambda ten, unit, _n: [f"{unit}und{ten}"],
)  # fmt: skip

DE = Markers(
    language="de",
    common_words=frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "von",
            "zu",
            "den",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "nicht",
            "im",
            "dem",
            "ein",
            "eine",
            "wurde",
            "sie",
            "er",
            "es",
            "sein",
            "seine",
            "seiner",
            "ihre",
            "ihr",
            "ihren",
            "wurden",
            "wird",
            "werden",
            "sind",
            "hat",
            "haben",
            "hatte",
            "hatten",
            "war",
            "waren",
            "am",
            "zum",
            "zur",
            "einer",
            "eines",
            "einem",
            "einen",
            "als",
            "auch",
            "bei",
            "seit",
            "aus",
            "nach",
            "noch",
            "oder",
            "aber",
            "wegen",
            "gegen",
            "über",
            "unter",
            "vor",
            "dass",
            "wie",
            "weil",
        ]
    ),
    ua_number=(
        "weitere informationen zu ua {ua}",
        "weitere informationen zur ua {ua}",
        "weitere informationen zu ua-nr. {ua}",
        "weitere informationen zur ua-nr. {ua}",
        "update zur ua {ua}",
        "update zu ua {ua}",
        "update ... zur ua {ua}",
        "weitere informationen ... zu ua {ua}",
        "weitere informationen ... zur ua {ua}",
        "^ua-nr. {ua}",
        # Amnesty Austria and Germany print a follow-up's number after the year: "UA-191/2012-4"
        "^ua-{ua}",
        "^ua-nr.: {ua}",
        "^ua-nr: {ua}",
        "^ua-nr.: ua-{ua}",
        "^ua-nr: ua-{ua}",
        "^ua-nr. ua-{ua}",
        "^ua {ua}",
        "^ua: {ua}",
        "(ua {ua})",
        "ua {ua} ai-index",
        "ua-nr. {ua} ai-index",
        "ua {ua} index",
    ),
    index=("ai-index: {index}", "ai-index {index}", "index: {index}", "^{index}$"),
    issued=(
        "datum: {date}",
        "^datum {date} ",
        "^{date}$",
        "ausgestellt am {date}",
        "ausgabedatum: {date}",
        "datum der ausgabe: {date}",
        # the Swiss UA site: "Aktiv seit 23. September 2020", "(UA Update vom: 09.09.2024)"
        "aktiv seit {date}",
        # the Swiss header's run of a new action: "(UA aktiv seit: 28.02.2024)"
        "aktiv seit: {date}",
        "update vom: {date}",
        "update vom {date}",
        # the Swiss header's first UA of an action: "(UA vom: 09.01.2025)"
        "ua vom: {date}",
        "ua vom {date}",
        "aktualisiert am {date}",
    ),
    update=(
        "weitere informationen zu ua",
        "weitere informationen zur ua",
        "^update:",
        "^update$",
        "^neuigkeiten",
        "folgeaktion",
        ": weitere informationen zu",
        "^weitere informationen zu",
        "ua update vom",
        "^aktualisierung:",
        "update zur ua",
        "update zu ua",
        "folge-ua",
        "weitere informationen zur urgent action",
        "es liegen keine neuen informationen",
    ),
    ordinals={
        "erste": 1,
        "zweite": 2,
        "dritte": 3,
        "vierte": 4,
        "fünfte": 5,
        "sechste": 6,
        "siebte": 7,
        "achte": 8,
        "neunte": 9,
        "zehnte": 10,
    },
    letter_action=(
        "brief gegen das vergessen",
        "briefe gegen das vergessen",
        "aktion gegen das vergessen",
        "briefaktion gegen das vergessen",
        # the sections' letter marathon: "Appellbriefe Briefmarathon 2022"
        "briefmarathon",
    ),
    call_to_act=(
        "schreiben sie",
        "schicken sie",
        "senden sie",
        "helfen sie mit",
        "helft mit",
        "an dieser aktion teilnehmen",
        "nehmen sie teil",
        "beteiligen sie sich",
        "werden sie aktiv",
        "unterschreiben sie",
        "unterzeichnen sie",
        "mitmachen",
    ),
    action_page=(
        "urgent action",
        "eilaktion",
        "appell",
        "petition",
        "briefaktion",
        "schreiben sie",
        "mitmachen",
        "amnesty",
        "unterschreiben sie",
        "jetzt unterschreiben",
    ),
    action_name=("urgent action", "urgent actions", "eilaktion", "eilaktionen"),
    other_page=(
        "pressemitteilung",
        "spende",
        "spenden",
        "ihre spende",
        "deine spende",
        "spendenkonto",
        "ehrenamtlich",
        "stellenangebot",
        "jahresbericht",
        "amnesty report",
        # a campaign's overview: "Jedes Jahr im Dezember schreiben unzählige Menschen ..."
        "jedes jahr",
        "millionen briefe",
        "millionen von briefen",
        "briefe zusammen",
    ),
    reported=("(dpa)", "(epd)", "(kna)", "quelle: kna", "teilte amnesty international mit"),
    deadline=(
        "bitte schreiben sie bis {date}",
        "schreiben sie bis {date}",
        "nach dem {date} keine appelle mehr",
        "bitte keine appelle mehr nach dem {date}",
        "appelle bis {date}",
        # the Swiss UA site: "Mitmachen bis 18. März 2025"
        "mitmachen bis {date}",
        "mitmachen bis zum {date}",
        "schreiben sie ... bis zum {date}",
        "appelle ... bis zum {date}",
        "keine appelle mehr nach dem {date}",
        "frist: {date}",
        "einsendeschluss: {date}",
        # the action's name and its end: "Eilaktion bis 8. Juli 2015", "Briefaktion bis zum ..."
        "eilaktion bis {date}",
        "eilaktion bis zum {date}",
        "urgent action bis {date}",
        "urgent action bis zum {date}",
        "briefaktion bis {date}",
        "briefaktion bis zum {date}",
        "aktion läuft bis {date}",
        "aktion läuft bis zum {date}",
        # a word between: "Die Aktion läuft bis mindestens / jedenfalls / voraussichtlich ..."
        "aktion läuft bis ... {date}",
        "schreibt bis {date}",
        "schreibt bis zum {date}",
        "schreib bis {date}",
        "macht mit bis {date}",
        "mach mit bis {date}",
        "mitmachen bis spätestens {date}",
        "bitte bis spätestens {date}",
        "appelle bitte bis {date}",
        "frist: bis {date}",
        "laufzeit bis {date}",
        # Amnesty Austria: "Gültigkeit: Sie können an dieser Aktion bis 8. Mai 2013 teilnehmen."
        "gültigkeit: {date}",
        "gültig bis {date}",
        "aktion bis {date} teilnehmen",
        "aktion bis zum {date} teilnehmen",
        "bis {date} teilnehmen",
        "bis zum {date} teilnehmen",
        # "Sie können bis 06.03.2031 an dieser Aktion teilnehmen"
        "bis {date} ... teilnehmen",
        "bis zum {date} ... teilnehmen",
    ),
    deadline_loose=("bis zum {date}",),
    deadline_extended=(
        "die frist wurde bis {date} verlängert",
        "frist verlängert bis {date}",
        "verlängert bis zum {date}",
        "verlängert bis {date}",
        "neue frist: {date}",
        "frist ... bis zum {date} verlängert",
        "frist ... bis {date} verlängert",
        "aktion ... bis zum {date} verlängert",
        "aktion ... bis {date} verlängert",
        "laufzeit ... bis zum {date} verlängert",
        "laufzeit ... bis {date} verlängert",
        "fristverlängerung bis {date}",
        "fristverlängerung bis zum {date}",
        "fristverlängerung: {date}",
        "frist verlängert: {date}",
    ),
    closed=(
        "diese urgent action ist beendet",
        "die urgent action ist beendet",
        "weitere aktionen ... nicht erforderlich",
        "weitere appelle ... nicht erforderlich",
        "abgeschlossen am {date}",
        "abgeschlossene aktion",
        # an action past its date: "Das Enddatum dieser Aktion ist überschritten."
        "enddatum dieser aktion ist überschritten",
        "enddatum dieser aktion ist abgelaufen",
        "frist dieser aktion ist abgelaufen",
        # the kind of action a closed one was: "Ägypten: Abgeschlossene Briefaktion für ..."
        "abgeschlossene briefaktion",
        "abgeschlossene eilaktion",
        "abgeschlossene urgent action",
        "aktion beendet",
        "weitere appelle ... nicht nötig",
        "weitere appelle ... nicht notwendig",
        "weitere aktionen ... nicht nötig",
        "weitere aktionen ... nicht notwendig",
        "keine weiteren appelle",
        "die aktion ist abgeschlossen",
        "diese aktion ist beendet",
        "diese aktion ist abgeschlossen",
        "die urgent action ist abgeschlossen",
        "bitte keine appelle mehr",
        "bitte senden sie keine appelle mehr",
        "die aktion ist beendet",
        "die aktion wurde beendet",
        "diese aktion wurde beendet",
        "die urgent action wurde beendet",
        "diese urgent action wurde beendet",
        "diese urgent action ist abgeschlossen",
        "die aktion wurde abgeschlossen",
        "urgent action beendet",
        "weitere appelle ... nicht mehr nötig",
        "weitere appelle ... nicht mehr notwendig",
        "weitere appelle ... nicht mehr erforderlich",
        "appelle sind nicht mehr nötig",
        "appelle sind nicht mehr erforderlich",
        "keine weiteren aktionen erforderlich",
        # "allerdings empfiehlt AI vorerst keine weiteren Aktionen"
        "empfiehlt ... keine weiteren aktionen",
        "empfiehlt ... keine weiteren appelle",
        # a letter action's kicker: "Ägypten – Briefaktion / Frist abgelaufen"
        "frist abgelaufen",
        "bitte schicken sie keine appelle mehr",
        "diese aktion ist abgelaufen",
        "die aktion ist abgelaufen",
        # a section's appeal or petition page: "Dieser Appell ist abgeschlossen."
        "dieser appell ist abgeschlossen",
        "der appell ist abgeschlossen",
        "dieser appell ist beendet",
        "diese petition ist abgeschlossen",
        "diese petition ist beendet",
        "die petition ist beendet",
        "keine appelle mehr zu senden",
        "keine appelle mehr zu schicken",
        "urgent action ist hiermit beendet",
        "urgent action ist damit beendet",
        "aktion ist hiermit beendet",
        "aktion ist damit beendet",
        # "Es sind keine neuen Aktionen erforderlich."
        "keine neuen aktionen erforderlich",
        "keine neuen appelle erforderlich",
    ),
    thanks=(
        "vielen dank an alle, die ... appelle",
        "danke an alle, die ... appelle",
        "herzlichen dank an alle, die",
        "vielen dank an alle, die sich ... eingesetzt haben",
    ),
    reopened=(
        "wieder aufgenommen",
        "nehmen ... wieder auf",
        "erneut aufgenommen",
        "reaktiviert",
        "reaktivieren",
        "wieder eröffnet",
    ),
    victory=("^gute nachrichten:", "^gute nachricht:", "^gute nachrichten!", "^erfolg!"),
    action=(
        "schreiben sie bitte",
        "bitte schreiben sie",
        "amnesty fordert:",
        "briefvorschlag",
        "was sie tun können",
        # "Bitte fordern Sie die Behörden auf:" then the demands as bullets
        "^bitte fordern sie {text} auf:$",
        "^fordern sie {text} auf:$",
    ),
    instructions=(
        "bitte schreiben sie ihre appelle",
        "schreiben sie bitte e-mails",
        "schreiben sie in gutem",
        "da informationen in urgent actions",
        "amnesty fordert:",
        "^bitte schreiben sie möglichst sofort",
    ),
    write_in=(
        "schreiben sie in gutem {langs}",
        "schreiben sie auf {langs}",
        "schreiben sie in {langs}",
        "bevorzugte sprache: {langs}",
        "bevorzugte sprachen: {langs}",
        # "Bevorzugte Sprache für Ihre Appelle: Arabisch, Englisch"
        "bevorzugte sprache {text}: {langs}",
        "schreiben sie bitte in {langs}",
        "bitte schreiben sie in {langs}",
        "schreiben sie sofort, in {langs}",
        "schreiben sie sofort in {langs}",
        # "Schreiben Sie bitte sofort in gutem Persisch, Englisch oder auf Deutsch:"
        "schreiben sie bitte sofort in gutem {langs}",
        "schreiben sie bitte sofort in {langs}",
        "bitte schreiben sie sofort in gutem {langs}",
        "bitte schreiben sie sofort in {langs}",
        "schreiben sie sofort in gutem {langs}",
        "schreiben sie bitte in gutem {langs}",
        "bitte schreiben sie in gutem {langs}",
        "schreibt in {langs}",
        "schreib in {langs}",
        "appelle in {langs}",
        # "Bitte schreiben Sie einen höflich formulierten Brief in gutem Bengali, Englisch
        # oder auf Deutsch an die ...": "in gutem" names a language wherever it stands.
        "in gutem {langs} an",
        "in gutem {langs}",
    ),
    own_language=("oder in ihrer eigenen sprache",),
    targets_start=(
        "^kontaktinformationen:$",
        "^kontaktdaten$",
        "^kontaktdaten:$",
        "^appell an",
        "^appelle an",
        "^schreiben sie an",
        "^briefe an",
        # "Schreiben Sie bitte bis zum 24. März an:", "Bitte schreiben Sie ... an:"
        "^schreiben sie {text} an:$",
        "^bitte schreiben sie {text} an:$",
        "^schreiben sie {text} an den:$",
        "^schreiben sie {text} an die:$",
        # "Schreibe einen Appell in deinen eigenen Worten oder nutze den Briefvorschlag":
        # the addressee's block follows, then the model letter.
        "schreibe einen appell in deinen eigenen worten",
        "schreiben sie einen appell in ihren eigenen worten",
        "schreibe einen appell mit eigenen worten",
        "schreiben sie einen appell mit eigenen worten",
        "^bitte schreiben sie an",
        "^schreibe an",
        "^schreib an",
        "^bitte schreibe {text} an:$",
        "^schreibe {text} an:$",
        "^senden sie ihre appelle an",
        # the deadline between: "Senden Sie Ihre Appelle bis zum 5. Mai 2031 an:"
        "^senden sie ihre appelle {text} an:$",
        "^schicken sie ihre appelle {text} an:$",
        "^sende deinen appell {text} an:$",
        "^sende deinen appell an",
        "^schicken sie ihre appelle an",
        "^schicke deinen appell an",
        "^richten sie ihre appelle an",
        "^bitte richten sie ihre appelle an",
        "^richte deinen appell an",
        "^adressaten$",
        "^adressaten:$",
        "^adressat:$",
        "^adressatin:$",
    ),
    copies_start=(
        "^sende eine kopie an",
        "^senden sie eine kopie an",
        "^kopien an",
        "^kopie an",
        "^und in kopie an",
        "^in kopie an",
        "^bitte senden sie kopien an",
        "^bitte senden sie eine kopie an",
        "^bitte sende eine kopie an",
        "^senden sie kopien an",
        "^sende kopien an",
        "^eine kopie an",
        "^kopien:$",
        "^kopie:$",
        "^mit kopie an",
        "^und eine kopie an",
        "^schicken sie eine kopie an",
        "^bitte schicken sie eine kopie an",
        "^schicken sie kopien an",
        "^schicke eine kopie an",
        "^kopie ihres appells an",
        "^kopien ihrer appelle an",
        "^kopie deines appells an",
        "^bitte auch eine kopie an",
        "^senden sie bitte eine kopie an",
        "^sende bitte eine kopie an",
        "^cc:$",
        "^kopie dieses briefes an",
        "^kopie dieses schreibens an",
        "^kopie ihres briefes an",
        "^kopie deines briefes an",
    ),
    own_embassy=(
        "kopien an die botschaft ihres landes",
        "botschaft ... in ihrem land",
        "botschaft ... in deinem land",
        "diplomatische vertretung ... in ihrem land",
        "diplomatischen vertretungen ... in ihrem land",
        # the older notices' "KOPIEN AN: Diplomatische Vertretungen von X in Ihrem Land."
        "diplomatische vertretungen ... in ihrem land",
        "diplomatische vertretungen ... in deinem land",
        "diplomatische vertretung ... in deinem land",
    ),
    # amnesty.de's online actions head their model letter "Dein Appell" (or "Ihr Appell").
    letter_start=(
        "^briefvorschlag",
        "^musterbrief",
        "^mustertext",
        "^brieftext",
        "^dein appell$",
        "^ihr appell$",
    ),
    letter_end=(
        "mit freundlichen grüssen",
        "mit freundlichen grüßen",
        "hochachtungsvoll",
        "verbleibe ich hochacht",
        # the signature's placeholder ends a letter that has no closing formula
        "(ihr name",
        "[ihr name",
        "(dein name",
        "[dein name",
    ),
    salutation_words=(
        "sehr geehrter",
        "sehr geehrte",
        "exzellenz",
        "hochverehrter",
        "sehr verehrter",
        "sehr verehrte",
        "hochverehrte",
        "eure majestät",
        "euer majestät",
        "eure exzellenz",
        "euer exzellenz",
        "eure hoheit",
        "königliche hoheit",
        "eure königliche hoheit",
    ),
    labels={
        **_LABELS_COMMON,
        "phone": ("telefon", "tel", "tel."),
        "fax": ("fax", "telefax", "faxe", "telefaxe", "faxes"),
        # the older notices' channels: "Telegramme: Präsident X, Stadt", "Telexe: ..."
        "telegrams": ("telegramme", "telegrams"),
        "telexes": ("telexe", "telex", "telexes"),
        "salutation": ("anrede", "korrekte anrede", "briefanrede"),
        "subject": ("betreff",),
        "web": ("kontaktformular", "webformular", "online-formular"),
        "copy": ("kopie",),
        "name": ("name", "empfänger", "empfängerin"),
        "title": ("titel", "funktion", "amt"),
        "organisation": ("behörde", "institution", "organisation"),
        "address": ("adresse", "anschrift", "postanschrift", "postadresse"),
    },
    salutation_hint=("beginnen sie mit {text}",),
    addressed_to=(
        "schreiben sie an {text}",
        "briefe an {text}",
        "appelle an {text}",
        "appellieren sie an {text}",
        "wenden sie sich an {text}",
        "e-mails an {text}",
        # "Dieser Appell richtet sich an Premierminister X via die Botschaft"
        "richtet sich an {text}",
        "richten sich an {text}",
        "ist gerichtet an {text}",
        "schreibe an {text}",
        "schreib an {text}",
        "schreiben sie bitte an {text}",
        "senden sie ihre appelle an {text}",
        "richten sie ihre appelle an {text}",
        "richte deinen appell an {text}",
        "wende dich an {text}",
        "appelliere an {text}",
        "schreiben sie ... an {text}",
        "schreibe ... an {text}",
    ),
    clause_ends=(" und ", " sowie ", " mit der bitte", " um "),
    letter_requests=(
        "ich fordere sie auf",
        "ich fordere sie ... auf",
        "fordere ich sie auf",
        "ich bitte sie",
        "bitte ich sie",
        "ich appelliere an sie",
        "ich ersuche sie",
        # Polite imperatives of a model letter: "Stellen Sie bitte sicher, ...", "lassen Sie
        # ihn bitte frei", "Heben Sie ... auf".
        "sie bitte",
        "sie ihn bitte",
        "sie sie bitte",
        "^heben sie",
        "^sorgen sie",
        # "Bitte sorgen Sie dafür, dass ...", "Bitte stellen Sie sicher, dass ..."
        "^bitte sorgen sie",
        "^bitte stellen sie",
        # a sentence the letter opens with a polite imperative: "Stellen Sie sicher, ...",
        # "Ordnen Sie ... an", "Bedenken Sie dabei ..."
        "^stellen sie",
        "^setzen sie",
        "^lassen sie",
        "^veranlassen sie",
        "^ergreifen sie",
        "^gewährleisten sie",
        "^garantieren sie",
        "^schützen sie",
        "^ermöglichen sie",
        "^gewähren sie",
        "^leiten sie",
        "^beenden sie",
        "^ordnen sie",
        "^bedenken sie",
        "^hindern sie",
        "^identifizieren sie",
        "^untersuchen sie",
        # "X muss sofort freigelassen werden", "Alle Anklagen müssen fallen gelassen werden",
        # "Sie muss Zugang zu ... erhalten": what must happen, stated in the letter
        "muss",
        "müssen",
    ),
    first_person=("ich bitte", "ich fordere", "ich appelliere", "ich ersuche", "wir fordern"),
    prose_requests=(
        "fordern sie ihn auf",
        "fordern sie sie auf",
        "bitten sie ihn",
        "bitten sie sie",
        "fordern sie die behörden auf",
        "bitten sie die behörden",
        "fordern sie die regierung auf",
        "appellieren sie an",
        # Amnesty Germany's monthly letter: "Bitte schreiben Sie höflich formulierte Briefe an
        # den Staatspräsidenten, in denen Sie ihn bitten, ..."
        "bitte schreiben sie höflich formulierte briefe an",
        "schreiben sie höflich formulierte briefe an",
        "bitte setzen sie sich ... für ... ein",
        "setzen sie sich ... für ... ein",
        "setzen sie sich ... ein",
        "fordern sie ... auf",
        "fordert ... auf",
        "fordere ... auf",
        # a request to one reader of an online action: "Fordere jetzt, dass X freigelassen wird"
        "fordere jetzt, dass",
        "bitten sie ... um",
        "bittet ... um",
        "appelliert an",
        # the section's own request in the first person plural, in the case's summary: "Wir
        # fordern, dass die Studierenden umgehend freigelassen werden"
        "wir fordern",
        # "Bitte schreiben Sie ... Briefe an X und dringen Sie darauf, ...": the demand starts
        # at the request, as records of a call to write and a request in one sentence have it
        "dringen sie darauf",
        "dringen sie ... darauf",
    ),
    # "Schreiben Sie bitte ... Briefe an X, in denen Sie die Freilassung von Y fordern": the
    # letters' relative clause is the request
    # "Schreiben Sie an den Ministerpräsidenten und fordern Sie die sofortige Freilassung
    # von X": whom to write to and the request in one sentence; the demand starts at the
    # request, as records of such a sentence have it
    call_requests=("in denen sie", "und fordern sie", "und bitten sie"),
    opening_requests=(
        "fordern sie die",
        "fordern sie den",
        "fordern sie eine",
        "fordern sie ein",
        "fordern sie, dass",
        "fordern sie zudem",
        "fordern sie außerdem",
        "fordern sie ausserdem",
        "bitten sie auch",
        "bitten sie zudem",
        "bitten sie außerdem",
        "bitten sie ausserdem",
        "bitten sie darum",
        "bitten sie um",
    ),
    office_words=frozenset(
        [
            "oberhaupt",
            "bundespräsident",
            "premierminister",
            "ministerpräsident",
            "justizminister",
            "justizministerin",
            "innenminister",
            "innenministerin",
            "außenminister",
            "aussenminister",
            "generalsekretär",
            "kommissar",
            "kommissarin",
            "beauftragter",
            "beauftragte",
            "gesandter",
            "geschäftsträger",
            "geschäftsträgerin",
            "oberstaatsanwalt",
            "sekretär",
            "bürgermeister",
            "bürgermeisterin",
            "emir",
            "scheich",
            "sultan",
            "prinz",
            "kronprinz",
            "chef",
            "vorsitzende",
            "präsident",
            "präsidentin",
            "minister",
            "ministerin",
            "botschafter",
            "botschafterin",
            "direktor",
            "direktorin",
            "staatsanwalt",
            "staatsanwältin",
            "generalstaatsanwalt",
            "richter",
            "richterin",
            "religionsführer",
            "justizautorität",
            "könig",
            "königin",
            "gouverneur",
            "leiter",
            "leiterin",
            "vorsitzender",
            "sprecher",
            "oberste",
            "s.",
            "e.",
            "herrn",
            "herr",
            "frau",
            "exzellenz",
            # offices a text names beside the persons at risk: the head of state or
            # government, prosecutors, judges and the heads of police and prisons
            "staatspräsident",
            "staatspräsidentin",
            "staatsoberhaupt",
            "vizepräsident",
            "vizepräsidentin",
            "premierministerin",
            "ministerpräsidentin",
            "bundeskanzler",
            "bundeskanzlerin",
            "kanzler",
            "kanzlerin",
            "staatssekretär",
            "staatssekretärin",
            "generalstaatsanwältin",
            "oberstaatsanwältin",
            "untersuchungsrichter",
            "untersuchungsrichterin",
            "gouverneurin",
            "polizeichef",
            "polizeipräsident",
            "polizeipräsidentin",
            "kommandant",
            "kommandeur",
            "gefängnisdirektor",
            "gefängnisdirektorin",
            "gefängnisleiter",
            "gefängnisleiterin",
            "ombudsmann",
            "ombudsfrau",
            "bundesminister",
            "bundesministerin",
            "staatsminister",
            "staatsministerin",
            "generalsekretärin",
            "vizekanzler",
            "vizekanzlerin",
            "generalgouverneur",
            "generaldirektor",
            "generaldirektorin",
            "generalprokurator",
            "prokurator",
            "konsul",
            "konsulin",
            "generalkonsul",
            "generalkonsulin",
            "sprecherin",
            "regierungssprecher",
            "regierungssprecherin",
            "regierungschef",
            "regierungschefin",
            "staatschef",
            "staatschefin",
            "hochkommissar",
            "hochkommissarin",
            "sonderberichterstatter",
            "sonderberichterstatterin",
            "kommandantin",
            "oberster",
            "majestät",
            "hoheit",
            "kronprinzessin",
            "präfekt",
            "vorsteher",
            "vorsteherin",
        ]
    ),
    organisation_words=frozenset(
        [
            "staatsanwaltschaft",
            "generalstaatsanwaltschaft",
            "justizministerium",
            "innenministerium",
            "aussenministerium",
            "außenministerium",
            "kanzlei",
            "parlament",
            "vertretung",
            "mission",
            "sekretariat",
            "kabinett",
            "botschaft",
            "ministerium",
            "büro",
            "amt",
            "behörde",
            "kommission",
            "gericht",
            "presidency",
            "präsidialamt",
            "verwaltung",
            "gefängnis",
            "polizei",
            "regierung",
            "bundesregierung",
            "bundesministerium",
            "präsidialverwaltung",
            "staatskanzlei",
            "regierungskanzlei",
            "konsulat",
            "generalkonsulat",
            "justiz",
            "justizbehörde",
            "gerichtshof",
            "verfassungsgericht",
            "berufungsgericht",
            "revolutionsgericht",
            "strafgericht",
            "militärgericht",
            "haftanstalt",
            "strafvollzugsbehörde",
            "senat",
            "kongress",
            "nationalversammlung",
            "ausschuss",
            "menschenrechtsrat",
            "menschenrechtskommission",
            "direktion",
            "präsidium",
            "ministerrat",
            "geheimdienst",
            "sicherheitsdienst",
            "armee",
            "streitkräfte",
            "gendarmerie",
            "präfektur",
            "gouverneursamt",
        ]
    ),
    role_words=frozenset(
        [
            "aktivist",
            "aktivistin",
            "aktivisten",
            "rechtsbeistand",
            "rechtsbeistände",
            "rechtsbeiständin",
            "verteidiger",
            "verteidigerin",
            "menschenrechtsanwalt",
            "menschenrechtsanwältin",
            "anwalt",
            "anwältin",
            "journalist",
            "journalistin",
            "arzt",
            "ärztin",
            "menschenrechtsverteidiger",
            "menschenrechtsverteidigerin",
            "künstler",
            "künstlerin",
            "student",
            "studentin",
            "filmregisseur",
            "regisseur",
            "blogger",
            "bloggerin",
            "schriftsteller",
            "schriftstellerin",
            "dichter",
            "lehrer",
            "lehrerin",
            "gewerkschafter",
            "gewerkschafterin",
            # a nationality as what the person is ("kanadischer Staatsbürger")
            "staatsbürger",
            "staatsbürgerin",
            "staatsangehöriger",
            # Heads of compounds ("Arbeitsrechtsaktivist", "Friedensnobelpreisträgerin")
            # and roles a case gives its person ("syrischer Flüchtling").
            "preisträger",
            "preisträgerin",
            "flüchtling",
            "gründer",
            "gründerin",
            "verteidiger",
            "verteidigerin",
            "koordinator",
            "koordinatorin",
            "forscher",
            "forscherin",
            "ingenieur",
            "ingenieurin",
            "politiker",
            "politikerin",
            # Rights work and dissent ("die Frauenrechtlerin X", "der Regierungskritiker X").
            "aktivistinnen",
            "menschenrechtler",
            "menschenrechtlerin",
            "menschenrechtsaktivist",
            "menschenrechtsaktivistin",
            "bürgerrechtler",
            "bürgerrechtlerin",
            "frauenrechtler",
            "frauenrechtlerin",
            "umweltschützer",
            "umweltschützerin",
            "dissident",
            "dissidentin",
            "dissidenten",
            "kritiker",
            "kritikerin",
            "regierungskritiker",
            "regierungskritikerin",
            "oppositioneller",
            "oppositionelle",
            "oppositionspolitiker",
            "oppositionspolitikerin",
            "oppositionsführer",
            "oppositionsführerin",
            "abgeordneter",
            "abgeordnete",
            "kandidat",
            "kandidatin",
            "demonstrant",
            "demonstrantin",
            "demonstranten",
            "demonstrantinnen",
            "anführer",
            "anführerin",
            "studentenführer",
            "gewerkschaftsführer",
            "gewerkschaftsführerin",
            # leaders of a people or a movement ("Bauernführer", "Oppositionsführerin")
            "bauernführer",
            "bauernführerin",
            "oppositionsführer",
            "oppositionsführerin",
            "mitbegründer",
            "mitbegründerin",
            "organisator",
            "organisatorin",
            "mitglied",
            "mitglieder",
            "mitarbeiter",
            "mitarbeiterin",
            "unterstützer",
            "unterstützerin",
            "anhänger",
            "anhängerin",
            "sympathisant",
            "sympathisantin",
            "beobachter",
            "beobachterin",
            "wahlbeobachter",
            "wahlbeobachterin",
            "whistleblower",
            "whistleblowerin",
            "hinweisgeber",
            "hinweisgeberin",
            # Law ("die Menschenrechtsanwältin X", "der Jurist X").
            "anwälte",
            "anwältinnen",
            "rechtsanwalt",
            "rechtsanwältin",
            "jurist",
            "juristin",
            # The press and the arts ("der Fotograf X", "die Rapperin X").
            "journalisten",
            "journalistinnen",
            "reporter",
            "reporterin",
            "korrespondent",
            "korrespondentin",
            "redakteur",
            "redakteurin",
            "chefredakteur",
            "chefredakteurin",
            "herausgeber",
            "herausgeberin",
            "verleger",
            "verlegerin",
            "buchhändler",
            "buchhändlerin",
            "kolumnist",
            "kolumnistin",
            "moderator",
            "moderatorin",
            "fotograf",
            "fotografin",
            "kameramann",
            "youtuber",
            "youtuberin",
            "dichterin",
            "autor",
            "autorin",
            "übersetzer",
            "übersetzerin",
            "regisseurin",
            "filmregisseurin",
            "filmemacher",
            "filmemacherin",
            "musiker",
            "musikerin",
            "sänger",
            "sängerin",
            "rapper",
            "rapperin",
            "liedermacher",
            "liedermacherin",
            "schauspieler",
            "schauspielerin",
            "karikaturist",
            "karikaturistin",
            "zeichner",
            "zeichnerin",
            "komiker",
            "komikerin",
            "satiriker",
            "satirikerin",
            "tänzer",
            "tänzerin",
            # Learning and teaching ("der Ökonom X", "die Schülerin X").
            "dozent",
            "dozentin",
            "wissenschaftler",
            "wissenschaftlerin",
            "akademiker",
            "akademikerin",
            "ökonom",
            "ökonomin",
            "soziologe",
            "soziologin",
            "historiker",
            "historikerin",
            "doktorand",
            "doktorandin",
            "studenten",
            "studentinnen",
            "studierende",
            "schüler",
            "schülerin",
            "schülerinnen",
            "lehrkraft",
            # Health ("die Krankenschwester X", "der Sanitäter X").
            "ärzte",
            "mediziner",
            "medizinerin",
            "krankenschwester",
            "krankenpfleger",
            "krankenpflegerin",
            "sanitäter",
            "sanitäterin",
            "psychologe",
            "psychologin",
            "apotheker",
            "apothekerin",
            "hebamme",
            # Faith ("der Pfarrer X", "die Konvertitin X", "der Bahá'í X").
            "pastorin",
            "pfarrer",
            "pfarrerin",
            "priester",
            "geistlicher",
            "mönch",
            "nonne",
            "ordensschwester",
            "bischof",
            "rabbiner",
            "rabbinerin",
            "prediger",
            "predigerin",
            "konvertit",
            "konvertitin",
            "bahá'í",
            "bahá’í",
            "bahai",
            # A people's noun before the name, the person's role ("den iranischen Kurden X").
            "kurde",
            "kurden",
            "kurdin",
            "uigure",
            "uiguren",
            "uigurin",
            # Work ("der Arbeiter X", "die Landwirtin X", "der Bankier X").
            "arbeiter",
            "arbeiterin",
            "arbeitsmigrant",
            "arbeitsmigrantin",
            "hausangestellte",
            "angestellter",
            "landwirt",
            "landwirtin",
            "kleinbauer",
            "kleinbäuerin",
            "kleinbauern",
            "händler",
            "händlerin",
            "geschäftsmann",
            "geschäftsfrau",
            "unternehmer",
            "unternehmerin",
            "bankier",
            "banker",
            "bankerin",
            "fahrer",
            "fahrerin",
            "informatiker",
            "informatikerin",
            "programmierer",
            "programmiererin",
            "architekt",
            "architektin",
            "sportler",
            "sportlerin",
            "spieler",
            "spielerin",
            "athlet",
            "athletin",
            # Status before the law and in flight ("der Häftling X", "die Angeklagte X").
            "gefangener",
            "häftling",
            "häftlinge",
            "gewissensgefangener",
            "gewissensgefangene",
            "angeklagter",
            "angeklagte",
            "zeuge",
            "zeugin",
            "opfer",
            "überlebender",
            "überlebende",
            "flüchtlinge",
            "geflüchteter",
            "asylsuchender",
            "asylsuchende",
            "asylbewerber",
            "asylbewerberin",
            "migrant",
            "migrantin",
            "staatenloser",
            "staatenlose",
            # Age and life stage ("der Jugendliche X", "die Minderjährige X").
            "jugendlicher",
            "minderjähriger",
            "minderjährige",
            "teenager",
            "kind",
            "rentner",
            "rentnerin",
        ]
    ),
    male_words=frozenset(
        {"mann", "männer", "vater", "sohn", "bruder", "ehemann", "herr", "herrn"}
        # relations and life stages said of one man ("sein Neffe X", "der Witwer X")
        | {"söhne", "brüder", "großvater", "onkel", "neffe", "cousin", "schwager", "witwer"}
        | {"schwiegersohn", "schwiegervater", "verlobter", "lebensgefährte", "ehemänner"}
    ),
    female_words=frozenset(
        {"frau", "frauen", "mutter", "tochter", "schwester", "ehefrau"}
        # relations and life stages said of one woman ("ihre Nichte X", "das Mädchen X")
        | {"töchter", "schwestern", "mütter", "großmutter", "tante", "nichte", "cousine"}
        | {"schwägerin", "witwe", "schwiegertochter", "schwiegermutter", "lebensgefährtin"}
        | {"mädchen", "ehefrauen", "enkelin"}
    ),
    male_pronouns=frozenset(["er", "ihn", "ihm", "seine", "seiner", "seinen", "seinem", "sein"]),
    female_pronouns=frozenset(),  # "sie" and "ihr" are also plural and polite
    place_words=frozenset(
        {"gefängnis", "provinz", "stadt", "region", "gericht", "lager", "universität"}
        | {"haftanstalt", "strafkolonie", "bezirk", "distrikt", "gouvernement", "bundesstaat"}
        | {"dorf", "hauptstadt", "krankenhaus", "polizeistation", "polizeiwache", "flughafen"}
        | {"stadtteil", "ortsteil", "viertel", "vorort"}
        # a state's unit named with its word ("in der Republik X", "Autonome Republik X")
        | {"republik"}
    ),
    and_words=frozenset({"und", "sowie", "&"}),
    list_openers=frozenset({"von", "darunter", "nämlich"}),
    phone_line_words=frozenset(
        {"leitung", "hotline", "zentrale", "durchwahl", "telefon", "telefonleitung"}
    ),
    former_words=frozenset(
        {"ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "ex"}
    ),
    place_plurals=frozenset({"dörfer", "städte", "bezirke", "distrikte", "provinzen", "regionen"})
    | frozenset({"siedlungen", "ortschaften", "gemeinden", "stadtteile", "ortsteile", "vororte"}),
    # ... "in" only: "von" is also the verbs' ("verlangen die Behörden von X, dass ...")
    authorities=("behörden",),
    authorities_of=("in",),
    person_verbs=frozenset(
        [
            "wurde",
            "wurden",
            "ist",
            "sind",
            "hat",
            "haben",
            "war",
            "waren",
            "befindet",
            "befinden",
            "soll",
            "sollen",
            "kann",
            "könnte",
            "leidet",
            "trat",
            # the risk a person faces: "X droht die Hinrichtung"
            "droht",
            # the future and the passive ("X wird seit Mai festgehalten"), and what a person
            # is, stays, or must do ("X bleibt in Haft", "X sitzt im Gefängnis")
            "wird",
            "bleibt",
            "bleiben",
            "blieb",
            "blieben",
            "sitzt",
            "sitzen",
            "saß",
            "saßen",
            "befand",
            "befanden",
            "muss",
            "müssen",
            "musste",
            "mussten",
            "darf",
            "durfte",
            "konnte",
            "sollte",
            "hatte",
            "hatten",
            "drohte",
            "drohen",
            # reported speech: "X sei gefoltert worden", "X habe ... gestanden"
            "sei",
            "seien",
            "habe",
            # what a person did or went through ("X verbüßt eine Haftstrafe", "X floh")
            "verbüßt",
            "verbüßte",
            "erhielt",
            "erhielten",
            "kam",
            "kamen",
            "verschwand",
            "verschwanden",
            "floh",
            "flohen",
            "starb",
            "litt",
            "lebt",
            "lebte",
            "arbeitet",
            "arbeitete",
            "engagiert",
            "engagierte",
            "protestierte",
            "protestierten",
            "befindet",
            "trat",
            "begann",
            "wartet",
            "wartete",
            "bestreitet",
            "bestritt",
        ]
    ),
    not_names=frozenset(
        [
            "amnesty",
            "international",
            "urgent",
            "action",
            # nouns a sentence runs into a name or each other ("Männern Geld überwiesen",
            # "Diabetes Typ 2"): German capitalises them
            "männern",
            "kindern",
            "typ",
            "die",
            "der",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "im",
            "in",
            "am",
            "an",
            "auf",
            "aus",
            "bei",
            "mit",
            "nach",
            "von",
            "vor",
            "zu",
            "zum",
            "zur",
            "und",
            "oder",
            "sehr",
            "geehrter",
            "geehrte",
            "januar",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
            "herr",
            "frau",
            "dr",
            "menschenrechte",
            "urgent",
            "brief",
            "briefe",
            "vergessen",
            "appell",
            "kopie",
            "botschaft",
            "präsident",
            # Nouns a sentence capitalises before a participle, never a name: "zu sechs
            # Jahren Haft verurteilt", "im Süden des Landes festgenommen".
            "haft",
            "jahre",
            "jahren",
            "monate",
            "monaten",
            "wochen",
            "tagen",
            "norden",
            "süden",
            "osten",
            "westen",
            # adverbs that open a sentence before the verb ("Täglich werden ...")
            "täglich",
            "heute",
            "derzeit",
            "inzwischen",
            "seitdem",
            "damals",
            "bereits",
            "zudem",
            "außerdem",
            "später",
            "zuvor",
            "danach",
            "anschließend",
            "weltweit",
            # ... and the adverbs and quantifiers that open a sentence or a headline before a
            # noun ("Wieder Morddrohungen", "Viele Fälle sind ...", "Sämtliche Vorfälle
            # wurden ..."): German capitalises the noun, so the two read like a name
            "wieder",
            "erneut",
            "abermals",
            "viele",
            "sämtliche",
            "zahlreiche",
            "mehrere",
            "einige",
            "manche",
            "wenige",
            "etliche",
            "alle",
            "beide",
            "jede",
            "jeder",
            "keine",
        ]
    ),
    third_party=(
        "sein anwalt",
        "ihr anwalt",
        # "sagt sein Rechtsanwalt X", "ihre Anwältin X": the lawyer, no person of the case
        "sein rechtsanwalt",
        "ihr rechtsanwalt",
        "seine anwältin",
        "ihre anwältin",
        "seine rechtsanwältin",
        "ihre rechtsanwältin",
        "der anwalt von",
        "anwalt von",
        "oleg sentsovs anwalt",
    ),
    groups=(
        "mindestens {n} weitere {text}",
        "mindestens {n} {text}",
        "mehr als {n} {text}",
        "{n} weitere {text}",
        "{n} sunnitischen {text}",
        "{n} andere {text}",
        # the people left unsaid after "weitere" ("neun weitere wurden hingerichtet"); not
        # before a noun (`parse._noun_follows`)
        "{n} weitere",
    ),
    number_words=_DE_NUMBERS,
    approximate_groups=("dutzende", "hunderte", "dutzende von", "hunderte von"),
    household_nouns=frozenset({"familien", "haushalte"}),
    released=(
        "wurde freigelassen",
        "wurden freigelassen",
        "ist frei",
        "ist freigelassen",
        # the perfect passive: "ist am 12. November freigelassen worden"
        "ist ... freigelassen",
        "sind ... freigelassen",
        "wurde ... freigelassen",
        "wurden ... freigelassen",
        "kam ... frei",
        "kamen ... frei",
        "ist wieder frei",
        "sind wieder frei",
        "ist wieder auf freiem fuß",
        "sind wieder auf freiem fuß",
        "ist auf freiem fuß",
        "sind auf freiem fuß",
        "wurde ... aus der haft entlassen",
        "wurden ... aus der haft entlassen",
        "wurde ... aus dem gefängnis entlassen",
        "wurden ... aus dem gefängnis entlassen",
        "ist freigekommen",
        "sind freigekommen",
        "ist ... freigekommen",
        "sind ... freigekommen",
        # the verb last in a subordinate clause ("obwohl sie ... freigekommen sind",
        # "nachdem er am 3. Mai freigelassen wurde"): past only, not "freigelassen werden"
        "freigekommen ist",
        "freigekommen sind",
        "freigelassen wurde",
        "freigelassen wurden",
    ),
    died=(
        "ist gestorben",
        "starb",
        "ist verstorben",
        "ist ... gestorben",
        "ist ... verstorben",
        "verstarb",
        "ist tot",
        "wurde getötet",
        "wurden getötet",
        "wurde ... getötet",
        "wurden ... getötet",
        "kam ... ums leben",
        "kamen ... ums leben",
        "ist ... ums leben gekommen",
        "wurde ... erschossen",
        "wurden ... erschossen",
        "wurde ... zu tode gefoltert",
        # a killing (tenth session)
        "wurde ermordet",
        "wurden ermordet",
        "wurde ... ermordet",
        "wurden ... ermordet",
        "wurde tot aufgefunden",
        "wurde ... tot aufgefunden",
    ),
    forward_to=(
        "mit der bitte um weiterleitung an den {text}",
        "mit der bitte um weiterleitung an die {text}",
        "mit der bitte um weiterleitung an {text}",
    ),
    # the heading of a list of tips for the sender, whose bullets are no demands
    closing_for_one=("für ihn", "zu seinen Gunsten"),
    advice_headings=(
        "^tipps für {text}:$",
        "^tipps zum {text}:$",
        "^hinweise zum schreiben:$",
        "^tipps:$",
    ),
    closed_loose=(
        "keine weiteren",
        "nicht mehr erforderlich",
        "beendet",
        "abgeschlossen",
        "nicht mehr nötig",
        "nicht mehr notwendig",
        "keine appelle mehr",
        "abgelaufen",
    ),
    executed=(
        "wurde hingerichtet",
        "wurden hingerichtet",
        "wurde ... hingerichtet",
        "wurden ... hingerichtet",
        "wurde ... gehängt",
        "wurden ... gehängt",
        "wurde ... exekutiert",
        "wurden ... exekutiert",
        "behörden haben ... hingerichtet",
    ),
    country_words={
        "kirgisistan": "KG",
        "iran": "IR",
        "china": "CN",
        "russland": "RU",
        "russischen föderation": "RU",
        "vereinigte arabische emirate": "AE",
        "vereinigten arabischen emiraten": "AE",
        "weißrussland": "BY",
        "demokratische republik kongo": "CD",
        "demokratischen republik kongo": "CD",
        "republik kongo": "CG",
        "russische föderation": "RU",
        "elfenbeinküste": "CI",
        "palästina": "PS",
        "besetzte palästinensische gebiete": "PS",
        "besetzten palästinensischen gebieten": "PS",
        "volksrepublik china": "CN",
        "islamische republik iran": "IR",
        "königreich saudi-arabien": "SA",
        "sozialistische republik vietnam": "VN",
    },
    commuted=(
        "umgewandelt",
        "aufgehoben",
        "urteil ... kassiert",
        "todesurteil ... kassiert",
        "todesurteil ... annulliert",
        "todesurteile ... annulliert",
    ),
    hedges=("berichten zufolge", "angeblich", "mutmaßlich"),
    named_above={
        "oben genannten männer": "male",
        "oben erwähnten männer": "male",
        "genannten männer": "male",
        "oben genannten frauen": "female",
        "oben erwähnten frauen": "female",
        "genannten frauen": "female",
    },
    bail=("gegen Kaution", "auf Kaution", "unter Auflagen"),
    bail_auxiliaries=frozenset({"wurde", "wurden", "ist", "sind"}),
    release_nouns=tuple(
        f"{before} {whose} {noun}"
        for before in ("trotz", "seit", "nach")
        for whose in ("seiner", "ihrer")
        for noun in ("Freilassung", "Haftentlassung", "Entlassung")
    ),
    field_states={
        "freigelassen": "released",
        "hingerichtet": "executed",
        **dict.fromkeys(["gestorben", "verstorben"], "dead"),
    },
    members={
        "mitglieder der": "Mitglied der",
        "mitglieder des": "Mitglied des",
        "mitglieder von": "Mitglied von",
    },
    role_phrases=(
        "gewaltloser politischer Gefangener",
        "gewaltlose politische Gefangene",
        "politischer Gefangener",
        "politische Gefangene",
        "gewaltloser politischer Häftling",
        "politischer Häftling",
        "Gefangener aus Gewissensgründen",
        "Gefangene aus Gewissensgründen",
        "Verteidiger der Menschenrechte",
        "Verteidigerin der Menschenrechte",
        "Aktivist für Menschenrechte",
        "Aktivistin für Menschenrechte",
        "Aktivistin für Frauenrechte",
        "Anwalt für Menschenrechte",
        "Anwältin für Menschenrechte",
        "politischer Aktivist",
        "politische Aktivistin",
        "friedlicher Demonstrant",
        "friedliche Demonstrantin",
        "indigener Anführer",
        "indigene Anführerin",
    ),
    thing_words=frozenset(
        {"partei", "bewegung", "gewerkschaft", "front", "koalition", "netzwerk", "stiftung"}
        | {"verein", "verband", "organisation", "allianz", "bündnis", "liga", "gruppe"}
        | {"notice", "gesetz", "erlass", "dekret", "konvention", "pakt", "erklärung"}
        # places of detention, whole or as a compound's head ("im Teheraner Evin-Gefängnis"),
        # and "die Vereinten Nationen"
        | {"gefängnis", "haftanstalt", "strafkolonie", "nationen"}
        # broadcasters and schools, whole or as a compound's head ("Journalistenschule X")
        | {"schule", "hochschule", "universität", "akademie", "sender", "zeitung"}
    ),
    # A person as the object of the demand: "X umgehend freizulassen", at the end of the
    # clause in German.
    object_verbs=frozenset(
        {"freizulassen", "freilassen"}
        # the demand's other infinitives: "X freizusprechen", "X nicht hinzurichten"
        | {"freizusprechen", "freisprechen", "hinzurichten", "hinrichten", "zu entlassen"}
        # the participle at the end of the clause: "Am 3. Mai wurde X in Teheran festgenommen"
        | {"festgenommen", "verhaftet", "inhaftiert", "eingesperrt", "festgehalten"}
        | {"festgesetzt", "verurteilt", "angeklagt", "beschuldigt", "vorgeladen", "verhört"}
        | {"gefoltert", "misshandelt", "geschlagen", "vergewaltigt", "ausgepeitscht"}
        | {"entführt", "verschleppt", "verschwunden", "getötet", "ermordet", "erschossen"}
        | {"hingerichtet", "gehängt", "bedroht", "eingeschüchtert", "schikaniert", "verfolgt"}
        | {"überwacht", "angegriffen", "abgeschoben", "ausgeliefert", "ausgewiesen"}
        | {"deportiert", "freigelassen", "entlassen", "freigesprochen", "begnadigt"}
        # a finite verb before the name: "Sicherheitskräfte verhafteten X"
        | {"verhafteten", "verhaftete", "entführten", "verschleppten", "inhaftierten"}
        | {"töteten", "folterten", "exekutierten", "befreiten"}
    ),
    people_nouns=frozenset(
        {"personen", "menschen", "männer", "frauen", "kinder", "minderjährige", "jugendliche"}
        | {"aktivisten", "aktivistinnen", "aktivist*innen", "aktivist:innen", "aktivist_innen"}
        | {"menschenrechtsverteidiger", "menschenrechtsverteidigerinnen", "journalisten"}
        | {"journalistinnen", "journalist*innen", "anwälte", "studierende", "studenten"}
        | {"demonstrierende", "demonstranten", "gefangene", "häftlinge", "inhaftierte"}
        | {"mitglieder", "arbeiter", "geflüchtete", "flüchtlinge", "migranten"}
        # the plurals of the roles ("drei Gewerkschafter", "zwölf Schülerinnen")
        | {"anwältinnen", "rechtsanwälte", "ärzte", "ärztinnen", "lehrer", "lehrerinnen"}
        | {"studentinnen", "schüler", "schülerinnen", "blogger", "bloggerinnen", "künstler"}
        | {"gewerkschafter", "gewerkschafterinnen", "dissidenten", "demonstrantinnen"}
        | {"zeugen", "zeuginnen", "arbeiterinnen", "kleinbauern", "landwirte", "mönche"}
        | {"nonnen", "mädchen", "angehörige", "familienangehörige", "verwandte"}
        | {"fachkräfte", "mediziner", "medizinerinnen", "pflegekräfte", "beschäftigte"}
        | {"asylsuchende", "migrantinnen", "umweltschützer", "frauenrechtlerinnen"}
        | {"schriftsteller", "wissenschaftler", "musiker"}
    ),
    people_endings=("er", "en", "innen", "ende", "te"),
    event_nouns=frozenset(
        {"tod", "tötung", "ermordung", "festnahme", "verhaftung", "inhaftierung", "haft"}
        | {"freilassung", "hinrichtung", "verschwinden", "entführung", "folter", "verurteilung"}
        | {"gefangennahme", "festsetzung", "inhaftnahme", "verschleppung", "verschwindenlassen"}
        | {"haftstrafe", "einzelhaft", "isolationshaft", "verhör", "vernehmung", "anklage"}
        | {"strafverfolgung", "verfolgung", "prozess", "gerichtsverfahren", "todesurteil"}
        | {"schuldspruch", "misshandlung", "folterung", "erschießung", "exekution"}
        | {"abschiebung", "auslieferung", "ausweisung", "entlassung", "begnadigung"}
        | {"freispruch", "überwachung", "einschüchterung", "schikanierung", "bedrohung"}
        | {"hungerstreik", "gesundheitszustand"}
        | {"urteil", "verfahren", "strafverfahren", "todesurteile", "haftbefehl"}
    ),
    event_followers=frozenset({"in", "zu", "im", "am", "seit"}),
    for_words=("für", "zugunsten von", "zugunsten"),
    finite_before_subject=frozenset(
        {"kam", "kamen", "kommt", "kommen", "ist", "sind", "war", "waren"}
    ),
    before_month=frozenset({"ende", "anfang", "mitte", "beginn"}),
    roll_announcers=frozenset(
        {"folgende", "folgenden", "nachstehende", "nachstehenden", "nachfolgende", "nachfolgenden"}
    ),
    body_posts=frozenset(
        {"mitglied", "mitglieder", "gründer", "gründerin", "mitbegründer", "mitbegründerin"}
        | {"koordinator", "koordinatorin", "direktor", "direktorin", "leiter", "leiterin"}
        | {"vorsitzender", "vorsitzende", "sprecher", "sprecherin", "generalsekretär"}
        | {"generalsekretärin", "präsident", "präsidentin", "chefredakteur", "chefredakteurin"}
    ),
    role_predicates=("er ist ein", "sie ist eine", "er ist", "sie ist", "er war", "sie war"),
    copulas=("ist", "war"),
    back_references=("darunter", "unter ihnen"),
    measure_words=frozenset(
        {"jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen", "stunden", "mal"}
        | {"kilometer", "kilo", "prozent"}
    ),
    group_ends=frozenset(["droht", "drohen", "ist", "wird", "werden", "sind", "wurden"]),
    one_of=frozenset({"einer von"}),
    among=frozenset({"unter"}),
    existential=("es gibt", "es gab"),
    existential_adverbs=("derzeit", "zurzeit", "aktuell", "heute"),
    armed_words=frozenset({"bewaffnete", "bewaffneten", "maskierte", "maskierten", "vermummte"}),
    crowd_verbs=frozenset(
        {"nahmen", "versammelten", "demonstrierten", "besuchten", "unterzeichneten"}
    ),
    casualty_words=frozenset({"getötet", "gestorben", "starben", "tot", "ermordet", "umgekommen"}),
    death_words=frozenset(
        {"tote", "toten", "tötungen", "getötet", "todesopfer", "ermordet", "morde"}
    ),
    gathering_verbs=frozenset({"versammeln", "versammelt", "anziehen", "zusammenbringen"}),
    subset_words=("darunter", "unter ihnen", "einschließlich"),
    tally_nouns=frozenset(
        {"festnahme", "festnahmen", "verhaftung", "verhaftungen", "tötung", "massaker"}
    ),
    one_more=(
        "eine weitere person",
        "ein weiterer mann",
        "eine weitere frau",
        "ein dritter mann",
        "eine dritte frau",
    ),
    family_groups=(
        "seine familie",
        "ihre familie",
        "ihre familien",
        "die familien dieser",
        "die familien der",
    ),
    threatened_words=("bedroht", "in gefahr"),
    relative_pronouns=frozenset({"die", "der", "welche"}),
    perfect_auxiliaries=frozenset({"haben", "hatten"}),
    plural_copulas=frozenset({"sind", "waren"}),
    year_tally=("im jahr", "in", "während"),
    about_words=("etwa", "rund", "ungefähr", "fast", "knapp", "bis zu"),
    risk_words=frozenset({"drohen", "droht", "könnten", "könnte", "dürften", "sollen", "sollten"}),
    # One person's role: the feminine form ends in -in; the others are a man's (for a group,
    # "Aktivisten" and "Lehrer" are plural, and a list of names gets no gender from them).
    role_genders={
        **dict.fromkeys(
            [
                "aktivistin",
                "anwältin",
                "bloggerin",
                "gewerkschafterin",
                "staatsbürgerin",
                "journalistin",
                "künstlerin",
                "lehrerin",
                "menschenrechtsanwältin",
                "menschenrechtsverteidigerin",
                "schriftstellerin",
                "studentin",
                "ärztin",
                "dichterin",
                "regisseurin",
                "filmregisseurin",
                "preisträgerin",
                "gründerin",
                "verteidigerin",
                "koordinatorin",
                "forscherin",
                "ingenieurin",
                "politikerin",
                "menschenrechtlerin",
                "menschenrechtsaktivistin",
                "bürgerrechtlerin",
                "frauenrechtlerin",
                "umweltschützerin",
                "dissidentin",
                "kritikerin",
                "regierungskritikerin",
                "oppositionspolitikerin",
                "oppositionsführerin",
                "kandidatin",
                "demonstrantin",
                "anführerin",
                "gewerkschaftsführerin",
                "mitbegründerin",
                "organisatorin",
                # the head of a body ("die Leiterin der Organisation, X")
                "leiterin",
                "mitarbeiterin",
                "unterstützerin",
                "anhängerin",
                "sympathisantin",
                "beobachterin",
                "wahlbeobachterin",
                "whistleblowerin",
                "hinweisgeberin",
                "rechtsanwältin",
                "juristin",
                "reporterin",
                "korrespondentin",
                "redakteurin",
                "chefredakteurin",
                "herausgeberin",
                "verlegerin",
                "buchhändlerin",
                "kolumnistin",
                "moderatorin",
                "fotografin",
                "youtuberin",
                "autorin",
                "übersetzerin",
                "filmemacherin",
                "musikerin",
                "sängerin",
                "rapperin",
                "liedermacherin",
                "schauspielerin",
                "karikaturistin",
                "zeichnerin",
                "komikerin",
                "satirikerin",
                "tänzerin",
                "dozentin",
                "wissenschaftlerin",
                "akademikerin",
                "ökonomin",
                "soziologin",
                "historikerin",
                "doktorandin",
                "schülerin",
                "medizinerin",
                "krankenschwester",
                "krankenpflegerin",
                "sanitäterin",
                "psychologin",
                "apothekerin",
                "hebamme",
                "pastorin",
                "pfarrerin",
                "nonne",
                "ordensschwester",
                "rabbinerin",
                "predigerin",
                "konvertitin",
                "arbeiterin",
                "arbeitsmigrantin",
                "landwirtin",
                "kleinbäuerin",
                "händlerin",
                "geschäftsfrau",
                "unternehmerin",
                "bankerin",
                "fahrerin",
                "informatikerin",
                "programmiererin",
                "architektin",
                "sportlerin",
                "spielerin",
                "athletin",
                "zeugin",
                "asylbewerberin",
                "migrantin",
                "rentnerin",
            ],
            "female",
        ),
        **dict.fromkeys(
            [
                "aktivist",
                "anwalt",
                "arzt",
                # the head of a body ("den Leiter der Organisation, X")
                "leiter",
                "blogger",
                "dichter",
                "filmregisseur",
                "gewerkschafter",
                "journalist",
                "staatsbürger",
                "staatsangehöriger",
                "künstler",
                "lehrer",
                "menschenrechtsanwalt",
                "menschenrechtsverteidiger",
                "regisseur",
                "preisträger",
                "gründer",
                "verteidiger",
                "koordinator",
                "forscher",
                "ingenieur",
                "politiker",
                "schriftsteller",
                "student",
                "menschenrechtler",
                "menschenrechtsaktivist",
                "bürgerrechtler",
                "frauenrechtler",
                "umweltschützer",
                "dissident",
                "kritiker",
                "regierungskritiker",
                "oppositioneller",
                "oppositionspolitiker",
                "oppositionsführer",
                "abgeordneter",
                "kandidat",
                "demonstrant",
                "anführer",
                "studentenführer",
                "gewerkschaftsführer",
                "mitbegründer",
                "organisator",
                "mitarbeiter",
                "unterstützer",
                "anhänger",
                "sympathisant",
                "beobachter",
                "wahlbeobachter",
                "whistleblower",
                "hinweisgeber",
                "rechtsanwalt",
                "jurist",
                "reporter",
                "korrespondent",
                "redakteur",
                "chefredakteur",
                "herausgeber",
                "verleger",
                "buchhändler",
                "kolumnist",
                "moderator",
                "fotograf",
                "kameramann",
                "youtuber",
                "autor",
                "übersetzer",
                "filmemacher",
                "musiker",
                "sänger",
                "rapper",
                "liedermacher",
                "schauspieler",
                "karikaturist",
                "zeichner",
                "komiker",
                "satiriker",
                "tänzer",
                "dozent",
                "wissenschaftler",
                "akademiker",
                "ökonom",
                "soziologe",
                "historiker",
                "doktorand",
                "schüler",
                "mediziner",
                "krankenpfleger",
                "sanitäter",
                "psychologe",
                "apotheker",
                "pfarrer",
                "priester",
                "geistlicher",
                "mönch",
                "bischof",
                "rabbiner",
                "prediger",
                "konvertit",
                "arbeiter",
                "arbeitsmigrant",
                "angestellter",
                "landwirt",
                "kleinbauer",
                "händler",
                "geschäftsmann",
                "unternehmer",
                "bankier",
                "banker",
                "fahrer",
                "informatiker",
                "programmierer",
                "architekt",
                "sportler",
                "spieler",
                "athlet",
                "gefangener",
                "häftling",
                "gewissensgefangener",
                "angeklagter",
                "zeuge",
                "überlebender",
                "geflüchteter",
                "asylsuchender",
                "asylbewerber",
                "migrant",
                "staatenloser",
                "jugendlicher",
                "minderjähriger",
                "rentner",
            ],
            "male",
        ),
    },
    definite_articles=frozenset({"der", "die", "den", "dem"}),
    indefinite_articles=frozenset({"ein", "eine", "einer", "eines", "einem"}),
    one_of_genders={"einer der": "male", "eine der": "female"},
    intention_words=("soll", "sollen", "sollte", "sollten", "droht", "drohen"),
    earlier_words=("zuvor", "vorher", "bereits früher"),
    epicene_nouns=frozenset(
        {"personen", "stimmen", "persönlichkeiten", "figuren", "geiseln", "waisen", "opfer"}
    ),
    plural_subjects=frozenset({"sie"}),
    plural_verbs=frozenset({"sind", "wurden", "waren", "kamen", "haben", "hatten"}),
    noun_phrase=NounPhrase(
        relatives=frozenset({"die", "der", "das", "welche", "welcher", "deren", "dessen"}),
        conjunctions=frozenset({"aber", "oder", "weil", "wenn", "als", "während", "nachdem"}),
        verbs=frozenset(
            {"ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben"}
            | {"hatte", "hatten", "droht", "drohen", "bleibt", "bleiben", "sitzt", "sitzen"}
            | {"kann", "können", "muss", "müssen", "soll", "sollen", "worden"}
        ),
        clitics=frozenset({"sich"}),
        adjuncts=frozenset(
            {"in", "im", "am", "an", "auf", "für", "seit", "wegen", "mit", "ohne", "nach"}
            | {"bei", "beim", "vor", "zu", "zum", "zur", "aus", "unter", "über", "gegen"}
            | {"während", "trotz", "bis", "durch", "um"}
        ),
        # "der"/"des" after the noun are a genitive: "Mitglieder der Organisation X"
        complements=frozenset({"von", "der", "des"}),
        articles=frozenset({"die", "den", "dem", "ein", "eine", "einen", "einem", "einer"}),
        participle_endings=("iert", "iertet"),
        lower_case_ends=True,
        joins=frozenset({"und"}),
    ),
    only_people=frozenset({"personen", "menschen", "leute"}),
    name_unknown=("name unbekannt",),
    roll_others=("weitere", "andere"),
    roll_and=("und",),
    write_verbs=("schreiben sie",),
    news_banners=(
        "gute nachricht",
        "gute nachrichten",
        "gute neuigkeiten",
        "schlechte nachricht",
        "schlechte nachrichten",
        "schlechte neuigkeiten",
        "neueste nachricht",
        "neueste nachrichten",
        "neueste neuigkeiten",
    ),
    possessives=("sein", "seine", "ihr", "ihre"),
    # tables2 fields
    writer_openings=("Ich", "Wir", "Mit"),
    salutation_particles=frozenset({"der"}),
    salutation_openings=("Sehr geehrte", "Sehr geehrter"),
)


_FR_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18,
    "dix-neuf": 19, "vingt": 20,
}  # fmt: skip

_FR_NUMBERS |= _tens(
    {w: n for w, n in _FR_NUMBERS.items() if w != "une"},
    {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante",
     100: "cent"},
    lambda ten, unit, n: [f"{ten} et un", f"{ten} et une"] if n == 1 else [f"{ten}-{unit}"],
)  # fmt: skip
_FR_NUMBERS |= {
    "soixante-dix": 70, "soixante et onze": 71, "quatre-vingts": 80, "quatre-vingt-dix": 90,
    **{f"soixante-{w}": 60 + n for w, n in _FR_NUMBERS.items() if 12 <= n <= 19},
    **{f"quatre-vingt-{w}": 80 + n for w, n in _FR_NUMBERS.items() if 1 <= n <= 19
       and w != "une"},
}  # fmt: skip

# Stems of the French rough counts "une dizaine", "une vingtaine", ... "une centaine".
_FR_ROUGH_TENS = (
    "diz",
    "douz",
    "quinz",
    "vingt",
    "trent",
    "quarant",
    "cinquant",
    "soixant",
    "cent",
)

FR = Markers(
    language="fr",
    common_words=frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "est",
            "en",
            "une",
            "un",
            "que",
            "qui",
            "dans",
            "pour",
            "pas",
            "sur",
            "au",
            "il",
            "elle",
            "ils",
            "elles",
            "sont",
            "été",
            "a",
            "ont",
            "avec",
            "par",
            "ne",
            "plus",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "aux",
            "ce",
            "cette",
            "depuis",
            "après",
            "contre",
            "sous",
            "mais",
            "ou",
            "où",
            "lui",
            "se",
            "était",
            "avait",
            "être",
        ]
    ),
    ua_number=(
        "action complémentaire sur l'au {ua}",
        "action complémentaire sur l’au {ua}",
        # the article may be left out: "action complémentaire sur AU 248/13"
        "action complémentaire sur au {ua}",
        "informations complémentaires sur l'au {ua}",
        "informations complémentaires ... sur l'au {ua}",
        "mise à jour ... de l'au {ua}",
        "mise à jour ... sur l'au {ua}",
        "mise à jour ... au {ua}",
        "^au {ua}",
        "^au: {ua}",
        "^au : {ua}",
        "(au {ua})",
        "au {ua} index",
        "au : {ua} index",
        "au: {ua} index",
        # Amnesty Belgium's summaries: the index, a dash, the number ("MDE 13/057/2009 -
        # AU 152/09 Les quatre personnes ...")
        "{index} - au {ua}",
        "{index} – au {ua}",
    ),
    index=(
        "index: {index}",
        "index : {index}",
        "index ai : {index}",
        "au {ua}, {index}",
        "{index} - au {ua}",
        "{index} – au {ua}",
        # Amnesty Belgium's pages open the Secretariat's text with its index: "MDE 13/114/2008
        # - Action complémentaire sur l'AU 15/08 (...)"
        "^{index} - ",
        "^{index} – ",
        "^{index}$",
        "index ai: {index}",
        "index amnesty : {index}",
    ),
    issued=(
        "date : {date}",
        "date: {date}",
        "^date {date} ",
        "^{date}$",
        "au {ua}, {index}, {date}",
        # the Secretariat's French document: "AU 351/11, AMR 41/084/2011 – Mexique 9
        # décembre 2011" (the country between the index and the date)
        "au {ua}, {index} – ... {date}",
        "date d'émission : {date}",
        "date d'émission: {date}",
        "date de publication : {date}",
        "date de publication: {date}",
        "mise à jour du : {date}",
        "mise à jour du: {date}",
        "mise à jour du {date}",
        "active depuis le {date}",
        "actif depuis le {date}",
        # the Swiss header's run of a new action: "(UA active depuis: 17.01.2024)"
        "active depuis: {date}",
        "active depuis : {date}",
        "actif depuis: {date}",
        "actif depuis : {date}",
    ),
    update=(
        "action complémentaire",
        "informations complémentaires",
        "^update$",
        # "Mise à jour : ...", "(UA mise à jour du: 06.09.2024)", "la seconde mise à jour de
        # l'AU 310/14"; not a noun of prose ("la mise à jour du recensement")
        "^mise à jour",
        "mise à jour:",
        "mise à jour :",
        "ua mise à jour",
        "au mise à jour",
        "mise à jour de l'au",
        "mise à jour de l'ua",
        "mise à jour sur l'au",
        "nouvelle mise à jour",
        "^actualisation",
        "aucune nouvelle information n'est disponible",
        "on ne dispose d'aucune nouvelle information",
    ),
    ordinals={
        "première": 1,
        "premier": 1,  # "un premier détenu"
        "deuxième": 2,
        "second": 2,
        "seconde": 2,  # "la seconde mise à jour de l'AU 310/14"
        "troisième": 3,
        "quatrième": 4,
        "cinquième": 5,
        "sixième": 6,
        "septième": 7,
        "huitième": 8,
        "neuvième": 9,
        "dixième": 10,
    },
    letter_action=(
        "marathon des lettres",
        "écrire pour les droits",
        # Amnesty Switzerland's monthly letter action: "Lettres contre l'oubli de mars 2016"
        "lettres contre l'oubli",
        "lettre contre l'oubli",
    ),
    call_to_act=(
        "écrivez",
        "envoyez",
        "agissez",
        "participez à cette action",
        "participez à l'action",
        "signez",
        "aidez-nous",
        "interpellez",
        "mobilisez-vous",
        # "La commission ... vous demande d'intervenir auprès du Président"
        "intervenir auprès",
        "intervenez auprès",
    ),
    action_page=(
        "action urgente",
        "urgent action",
        "agissez",
        "agir",
        "écrivez",
        "écrire",
        "appel",
        "pétition",
        "amnistie",
        "amnesty",
        "signez",
    ),
    action_name=("action urgente", "actions urgentes", "urgent action", "urgent actions"),
    other_page=(
        "communiqué de presse",
        "communiqués de presse",
        "contact presse",
        "espace journalistes",
        "faire un don",
        "votre don",
        "bénévole",
        "bénévoles",
        "offre d'emploi",
        "rapport annuel",
        "chaque année",
        "millions de lettres",
        "millions de messages",
    ),
    reported=(
        "a déclaré :",
        "a-t-il déclaré",
        "a-t-elle déclaré",
        "a dénoncé",
        "selon l'ong",
        "(afp)",
    ),
    deadline=(
        "envoyez vos appels avant le {date}",
        "envoyez vos appels avant {date}",
        "merci d'envoyer vos appels avant le {date}",
        "après le {date}, vérifiez",
        "écrivez avant le {date}",
        "écrivez-leur avant le {date}",
        "écrire avant le {date}",
        "intervenez avant le {date}",
        "agir jusqu'au {date}",
        "agissez avant le {date}",
        "agissez jusqu'au {date}",
        "participer jusqu'au {date}",
        "envoyez vos appels ... avant le {date}",
        "écrivez ... avant le {date}",
        "n'envoyez plus d'appels après le {date}",
        "date limite : {date}",
        "date limite: {date}",
        "action urgente jusqu'au {date}",
        "agissez d'ici le {date}",
        "écrivez d'ici le {date}",
        "écrivez jusqu'au {date}",
        "participez avant le {date}",
        "participez jusqu'au {date}",
        "mobilisez-vous jusqu'au {date}",
        "l'action se termine le {date}",
    ),
    # (a date "before" which the reader is to act: "avant le 6 janvier prochain")
    deadline_loose=("jusqu'au {date}", "avant le {date}"),
    deadline_extended=(
        "nous avons prolongé le délai jusqu'au {date}",
        "nous avons prolongé le délai jusqu’au {date}",
        "le délai est prolongé jusqu'au {date}",
        "délai prolongé jusqu'au {date}",
        "nouvelle date limite : {date}",
        "nouvelle date limite: {date}",
        "délai prolongé au {date}",
        "action prolongée jusqu'au {date}",
        "action est prolongée jusqu'au {date}",
        "action a été prolongée jusqu'au {date}",
        "délai a été prolongé jusqu'au {date}",
        "date limite ... prolongée jusqu'au {date}",
        "date limite ... repoussée au {date}",
        "date limite ... reportée au {date}",
        "nous prolongeons l'action jusqu'au {date}",
        "date limite prolongée au {date}",
        "date limite prolongée jusqu'au {date}",
        "nous avons prolongé l'action jusqu'au {date}",
        "nous avons prolongé ... jusqu'au {date}",
        "délai prolongé au {date}",
    ),
    closed=(
        "action terminée",
        "cette action est terminée",
        # an action past its date: "La date de fin de cette action est passée."
        "date de fin de cette action est passée",
        "date limite de cette action est passée",
        "aucune action complémentaire n'est requise",
        "aucune action complémentaire n’est requise",
        "action close",
        "il n'est plus nécessaire d'envoyer des appels",
        "cette action est close",
        "cette action urgente est terminée",
        "l'action urgente est terminée",
        "l'action est terminée",
        "plus besoin d'envoyer des appels",
        "n'envoyez plus d'appels",
        "merci de ne plus envoyer d'appels",
        "aucune autre action n'est requise",
        "aucune action supplémentaire n'est requise",
        "cette action urgente est close",
        "l'action est close",
        "l'action urgente est close",
        "action urgente terminée",
        "cette action est maintenant terminée",
        "aucune action complémentaire n'est nécessaire",
        "aucune action supplémentaire n'est nécessaire",
        "aucune action supplémentaire n'est demandée",
        "aucune autre action n'est demandée",
        "il n'est plus nécessaire d'agir",
        "il n'est plus nécessaire d'écrire",
        "il n'est plus nécessaire d'envoyer des lettres",
        "n'envoyez plus de lettres",
        "merci de ne plus envoyer de lettres",
        "cette action a pris fin",
        "l'action a pris fin",
        "action clôturée",
        "cette action est clôturée",
        "cette pétition est close",
        "cette pétition est terminée",
        "la pétition est close",
        "cet appel est clos",
        "aucune action n'est requise",
        "cesser l'envoi d'appels",
        "il n'est pas nécessaire d'envoyer d'autres appels",
        # "Aucune nouvelle action n'est requise de la part du réseau Actions urgentes."
        "aucune nouvelle action n'est requise",
        "aucune nouvelle action n’est requise",
        "aucune nouvelle action n'est demandée",
    ),
    thanks=(
        "merci à tous ceux qui ont envoyé des appels",
        "merci à toutes celles et ceux qui ont envoyé des appels",
        "merci à tous celles et ceux qui ont envoyé des appels",
        "merci à toutes les personnes qui ont envoyé des appels",
        "merci à toutes celles et à tous ceux qui ... appels",
    ),
    reopened=(
        "relancée",
        "relançons",
        "relancer",
        "rouverte",
        "rouvrons",
        "réouverte",
        "réactivée",
        "réactivons",
    ),
    victory=("^bonne nouvelle:", "^bonne nouvelle :", "^bonne nouvelle !", "^bonnes nouvelles"),
    action=(
        "pour agir",
        "écrivez",
        "envoyez vos appels",
        "action recommandée",
        # "Demandez aux autorités :" then the demands as bullets
        "^demandez {text} :$",
        "^demandez {text}:$",
    ),
    instructions=(
        "vous pouvez aussi personnaliser",
        "pour que nous puissions faire un suivi",
        "veillez à ce que",
        "pour cette raison, nous vous encourageons",
        "merci beaucoup pour votre soutien",
        "^envoyez vos appels immédiatement",
        "^prière d'envoyer vos appels immédiatement",
    ),
    write_in=(
        "écrivez immédiatement en {langs}",
        "écrivez en {langs}",
        "rédigez vos appels en {langs}",
        "langue préférée : {langs}",
        "langue préférée: {langs}",
        "langues préférées : {langs}",
        "langue privilégiée : {langs}",
        "langues privilégiées : {langs}",
        "langue de préférence : {langs}",
        "écrivez immédiatement, en {langs}",
        "écrivez sans tarder en {langs}",
        "écrivez sans tarder, en {langs}",
        "envoyez vos appels en {langs}",
        "langue préférée: {langs}",
        # "Langue à privilégier pour la rédaction de vos appels : français, anglais"
        "langue à privilégier : {langs}",
        "langue à privilégier: {langs}",
        "langue à privilégier {text} : {langs}",
        "langue à privilégier {text}: {langs}",
        # the Secretariat's French formula: "DANS LES APPELS QUE VOUS FEREZ PARVENIR LE PLUS
        # VITE POSSIBLE AUX DESTINATAIRES MENTIONNÉS CI-APRÈS, en espagnol ou dans votre
        # propre langue :" then the demands
        "aux destinataires mentionnés ci-après, en {langs}",
    ),
    own_language=(
        "ou dans votre propre langue",
        "ou dans votre langue",
        "écrire dans votre propre langue",
    ),
    targets_start=(
        "^coordonnées$",
        "^coordonnées:$",
        "^coordonnées :$",
        "^envoyez vos appels à",
        "^écrire à",
        "^écrivez à",
        "^écrire :$",
        "^écrire:$",
        "^adressez vos appels à",
        # "Écrivez avant le 20 avril au procureur général :" (a space before the colon)
        "^écrivez {text} :$",
        "^écrivez {text}:$",
        "^envoyez vos appels {text} :$",
        "^envoyez vos appels {text}:$",
        "^envoyez vos lettres {text} :$",
        "^envoyez vos lettres {text}:$",
        "^adressez vos appels {text} :$",
        "^adressez vos appels {text}:$",
        # "Envoyez un appel en utilisant vos propres mots ou en vous inspirant du modèle de
        # lettre ci-dessous": the addressee's block follows, then the model letter.
        "envoyez un appel en utilisant vos propres mots",
        "écrivez un appel en utilisant vos propres mots",
        "rédigez un appel en utilisant vos propres mots",
        "rédigez votre propre appel",
        "écrivez votre propre appel",
        "^envoyez votre appel à",
        "^envoyez vos lettres à",
        "^adressez vos lettres à",
        "^adressez votre appel à",
        "^merci d'écrire à",
        "^merci d’écrire à",
        "^veuillez écrire à",
        "^veuillez envoyer vos appels à",
        "^écris à",
        "^destinataires$",
        "^destinataires :$",
        "^destinataires:$",
        # a relay's heading of the addressees: "Où écrire :" (the accent often lost: "Ou
        # écrire :"), alone on its line
        "^où écrire :$",
        "^où écrire:$",
        "^ou écrire :$",
        "^ou écrire:$",
    ),
    copies_start=(
        "^copies à",
        "^copie à",
        "^avec copie à",
        "^envoyez une copie à",
        "^envoyez des copies à",
        "^envoyez également une copie à",
        "^avec copies à",
        "^en copie à",
        "^en copie :$",
        "^en copie:$",
        "^copie :$",
        "^copies :$",
        "^copies:$",
        "^copie:$",
        "^envoyez également des copies à",
        "^envoyez aussi une copie à",
        "^envoyez aussi des copies à",
        "^et copie à",
        "^et copies à",
        "^copie de vos appels à",
        "^copies de vos appels à",
        "^merci d'envoyer une copie à",
        "^merci d’envoyer une copie à",
        "^veuillez envoyer une copie à",
        "^veuillez également envoyer une copie à",
        "^copie de cette lettre à",
        "^copie de votre lettre à",
        "^copies de cette lettre à",
    ),
    own_embassy=(
        "copies aux représentants diplomatiques",
        "représentants diplomatiques ... dans votre pays",
        "représentation diplomatique ... dans votre pays",
        "ambassade ... dans votre pays",
        "accrédités dans votre pays",
    ),
    letter_start=("^modèle de lettre", "^lettre type", "^proposition de lettre"),
    letter_end=(
        "veuillez agréer",
        "je vous prie d'agréer",
        "haute considération",
        # the signature's placeholder ends a letter that has no closing formula
        "(votre nom",
        "[votre nom",
    ),
    salutation_words=(
        "monsieur",
        "madame",
        "excellence",
        "votre majesté",
        "votre excellence",
        "votre altesse",
        "sire",
        "monseigneur",
        "mesdames",
        "messieurs",
        "cher monsieur",
        "chère madame",
    ),
    labels={
        **_LABELS_COMMON,
        "email": ("courriel", "e-mail", "email", "adresse électronique"),
        "phone": ("téléphone", "tél", "tél."),
        "fax": ("fax", "télécopie", "télécopies", "télécopieur", "telefax", "faxes"),
        # the older notices' channels: "Télégrammes : Président X, Ville", "Télex : ..."
        "telegrams": ("télégrammes", "télégramme", "telegrams"),
        "telexes": ("télex", "telex", "telexes"),
        "salutation": (
            "formule d'appel",
            "formule d’appel",
            "formule de politesse",
            "formule d'adresse",
        ),
        "subject": ("objet",),
        "web": ("formulaire", "formulaire en ligne"),
        "copy": ("copie",),
        "name": ("nom", "destinataire"),
        "title": ("titre", "fonction"),
        "organisation": ("institution", "organisme", "organisation"),
        "address": ("adresse", "adresse postale"),
    },
    salutation_hint=("commencez par {text}",),
    addressed_to=(
        "en l'adressant à {text}",
        "en l'adressant au {text}",
        "écrivez à {text}",
        "écrivez au {text}",
        "adressez-vous à {text}",
        "adressez-vous au {text}",
        "envoyez vos appels à {text}",
        "envoyez vos appels au {text}",
        # "Cet appel s'adresse au Premier ministre X par l'intermédiaire de l'ambassade"
        "s'adresse à {text}",
        "s'adresse au {text}",
        "s’adresse à {text}",
        "s’adresse au {text}",
        "est adressé à {text}",
        "est adressé au {text}",
        "envoyez un courriel à {text}",
        "envoyez un courriel au {text}",
        "envoyez une lettre à {text}",
        "envoyez une lettre au {text}",
        "adressez vos appels à {text}",
        "adressez vos appels au {text}",
        "adressez votre lettre à {text}",
        "adressez votre lettre au {text}",
        "merci d'écrire à {text}",
        "merci d'écrire au {text}",
        "merci d’écrire à {text}",
        "merci d’écrire au {text}",
        "veuillez écrire à {text}",
        "veuillez écrire au {text}",
        "interpellez {text}",
        "écrivez ... à {text}",
        "écrivez ... au {text}",
        # "copiez-collez le modèle de lettre ... et envoyez-le au Procureur général."
        "envoyez-le à {text}",
        "envoyez-le au {text}",
        "envoyez-la à {text}",
        "envoyez-la au {text}",
        "envoyez votre message à {text}",
        "envoyez votre message au {text}",
    ),
    clause_ends=(" et ", " pour ", " afin ", " en lui demandant", " en l'appelant"),
    letter_requests=(
        "je vous demande",
        "je vous prie",
        "je vous exhorte",
        "je vous appelle",
        # a sentence the letter opens with an imperative: "Veillez à ce que ...", "Libérez ..."
        "^veillez à",
        "^libérez",
        "^mettez fin",
        "^assurez-vous",
        # the letter's opening that says what it asks: "Je vous écris pour demander ...",
        # "Je vous adresse ce courrier pour solliciter votre intervention ..." (not "pour
        # exprimer ma préoccupation": no request)
        "je vous écris pour demander",
        "je vous écris pour vous demander",
        "je vous écris pour solliciter",
        "je vous écris pour exiger",
        "je vous écris pour vous exhorter",
        "je vous écris pour vous prier",
        "je vous adresse ce courrier pour demander",
        "je vous adresse ce courrier pour vous demander",
        "je vous adresse ce courrier pour solliciter",
        "je vous adresse ce courrier pour exiger",
        "je vous adresse ce courrier pour vous exhorter",
        "je vous adresse ce courrier pour vous prier",
        "je vous adresse cette lettre pour demander",
        "je vous adresse cette lettre pour vous demander",
        "je vous adresse cette lettre pour solliciter",
        "je vous adresse cette lettre pour exiger",
        "je vous adresse cette lettre pour vous exhorter",
        "je vous adresse cette lettre pour vous prier",
        # "X doit être libéré immédiatement", "les charges doivent être abandonnées"
        "doit être",
        "doivent être",
        # "les autorités doivent révéler où ils sont détenus"
        "les autorités doivent",
    ),
    first_person=("je vous", "nous vous", "nous demandons", "nous exhortons", "nous appelons"),
    prose_requests=(
        # the section's own request in the first person plural: "Nous demandons aux autorités
        # de libérer ...", "Nous exhortons le ministre à ..."
        "nous demandons",
        "nous exhortons",
        "nous appelons ... à",
        "demandez-lui de",
        "exhortez-le à",
        "appelez-le à",
        "demandez-leur de",
        "exhortez-la à",
        "exhortez-les à",
        "priez-le de",
        "demandez aux autorités de",
        # "Écrivez au ministre de la Justice pour demander la libération de X."
        "écrivez ... pour demander",
        # "Agissez avec nous pour demander au procureur de présenter des excuses."
        "agissez ... pour demander",
        # "Signez notre pétition pour appeler le ministre à libérer X."
        "signez ... pour appeler",
        "signez ... pour demander",
        "appelez les autorités à",
        "demandez ... de",
        "exhortez ... à",
        "appelez ... à",
        "priez ... de",
    ),
    opening_requests=("exigez", "demandez", "réclamez", "appelez"),
    office_words=frozenset(
        [
            # "Responsable du pouvoir judiciaire" (the head of Iran's judiciary)
            "responsable",
            "guide",
            "premier",
            "chargé",
            "garde",
            "secrétaire",
            "commissaire",
            "maire",
            "préfet",
            "vice-président",
            "conseiller",
            "représentant",
            "représentante",
            "gouverneure",
            "médiateur",
            "émir",
            "sultan",
            "prince",
            "cheikh",
            "haut-commissaire",
            "président",
            "présidente",
            "ministre",
            "ambassadeur",
            "ambassadrice",
            "directeur",
            "directrice",
            "procureur",
            "procureure",
            "juge",
            "roi",
            "reine",
            "gouverneur",
            "chef",
            "première",
            "vice-présidente",
            "vice-ministre",
            "sous-secrétaire",
            "chancelier",
            "chancelière",
            "consul",
            "consule",
            "commandant",
            "préfète",
            "sous-préfet",
            "magistrat",
            "médiatrice",
            "rapporteur",
            "rapporteuse",
            "haute-commissaire",
            "chargée",
            "conseillère",
            "inspecteur",
            "inspectrice",
            "substitut",
            "cheffe",
            "majesté",
            "altesse",
            "wali",
        ]
    ),
    organisation_words=frozenset(
        [
            "parquet",
            "assemblée",
            "conseil",
            "mission",
            "délégation",
            "secrétariat",
            "haut-commissariat",
            "administration",
            "autorité",
            "service",
            "département",
            "préfecture",
            "mairie",
            "parlement",
            "ambassade",
            "ministère",
            "bureau",
            "cabinet",
            "présidence",
            "direction",
            "tribunal",
            "cour",
            "commission",
            "prison",
            "police",
            "gouvernement",
            "sénat",
            "congrès",
            "gendarmerie",
            "armée",
            "chancellerie",
            "consulat",
            "juridiction",
            "primature",
            "gouvernorat",
            "wilaya",
            "représentation",
            "agence",
            "instance",
            "chambre",
            "sûreté",
            "inspection",
            "commissariat",
            "établissement",
        ]
    ),
    role_words=frozenset(
        # Activism and dissent
        {"militant", "militante", "activiste", "défenseur", "défenseure", "défenseuse"}
        | {"manifestant", "manifestante", "contestataire", "protestataire", "opposant"}
        | {"opposante", "dissident", "dissidente", "syndicaliste", "écologiste", "féministe"}
        | {"environnementaliste", "pacifiste", "objecteur", "objectrice", "lanceur", "lanceuse"}
        | {"bénévole", "sympathisant", "sympathisante", "partisan", "partisane", "membre"}
        | {"adhérent", "adhérente", "dirigeant", "dirigeante", "fondateur", "fondatrice"}
        | {"cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "coordinateur"}
        | {"parlementaire", "député", "députée"}
        | {"coordinatrice", "coordonnateur", "coordonnatrice", "trésorier", "trésorière"}
        | {"candidat", "candidate", "politicien", "politicienne"}
        # Law
        | {"avocat", "avocate", "juriste"}
        # Press and publishing
        | {"journaliste", "reporter", "photographe", "photojournaliste", "photoreporter"}
        | {"caméraman", "cameraman", "vidéaste", "documentariste", "cinéaste", "réalisateur"}
        | {"réalisatrice", "éditeur", "éditrice", "rédacteur", "rédactrice", "chroniqueur"}
        | {"chroniqueuse", "correspondant", "correspondante", "présentateur", "présentatrice"}
        | {"animateur", "animatrice", "blogueur", "blogueuse", "influenceur", "influenceuse"}
        | {"youtubeur", "youtubeuse", "libraire", "imprimeur"}
        # Arts and letters
        | {"artiste", "musicien", "musicienne", "chanteur", "chanteuse", "rappeur", "rappeuse"}
        | {"poète", "poétesse", "écrivain", "écrivaine", "auteur", "auteure", "autrice"}
        | {"romancier", "romancière", "dramaturge", "comédien", "comédienne", "acteur"}
        | {"actrice", "danseur", "danseuse", "peintre", "dessinateur", "dessinatrice"}
        | {"caricaturiste", "humoriste", "intellectuel", "intellectuelle", "philosophe"}
        # Learning and research
        | {"étudiant", "étudiante", "élève", "lycéen", "lycéenne", "universitaire"}
        | {"professeur", "professeure", "enseignant", "enseignante", "instituteur"}
        | {"institutrice", "chercheur", "chercheuse", "doctorant", "doctorante"}
        | {"scientifique", "économiste", "sociologue", "historien", "historienne"}
        | {"anthropologue"}
        # Health
        | {"médecin", "infirmier", "infirmière", "chirurgien", "chirurgienne", "pharmacien"}
        | {"pharmacienne", "dentiste", "psychologue", "psychiatre", "sage-femme", "secouriste"}
        | {"ambulancier", "ambulancière"}
        # Faith
        | {"imam", "pasteur", "prêtre", "moine", "rabbin", "prédicateur", "prédicatrice"}
        # a people's noun before the name, the person's role ("le Kurde iranien X")
        | {"kurde", "kurdes", "ouïghour", "ouïghoure", "ouïghours"}
        | {"derviche"}
        # Work and trade
        | {"travailleur", "travailleuse", "ouvrier", "ouvrière", "employé", "employée"}
        | {"salarié", "salariée", "agriculteur", "agricultrice", "paysan", "paysanne"}
        | {"cultivateur", "cultivatrice", "éleveur", "éleveuse", "pêcheur", "pêcheuse"}
        | {"commerçant", "commerçante", "vendeur", "vendeuse", "entrepreneur", "entrepreneuse"}
        | {"banquier", "banquière", "chauffeur", "mécanicien", "coiffeur", "coiffeuse"}
        | {"informaticien", "informaticienne", "programmeur", "programmeuse", "développeur"}
        | {"développeuse", "ingénieur", "ingénieure", "architecte", "comptable", "traducteur"}
        | {"traductrice", "interprète", "sportif", "sportive", "footballeur", "footballeuse"}
        | {"athlète"}
        # Statuses and stages of life
        | {"réfugié", "réfugiée", "demandeur", "demandeuse", "migrant", "migrante"}
        | {"apatride", "ressortissant", "ressortissante", "prisonnier", "prisonnière"}
        | {"otage", "victime", "survivant", "survivante", "rescapé", "rescapée", "retraité"}
        | {"retraitée", "citoyen", "citoyenne", "autochtone", "adolescent", "adolescente"}
        | {"mineur", "mineure"}
    ),
    male_words=frozenset(
        {"homme", "hommes", "garçon", "père", "fils", "frère", "mari", "m", "monsieur"}
        | {"garçons", "époux", "oncle", "neveu", "grand-père", "beau-père", "beau-frère"}
        | {"fiancé", "compagnon", "veuf", "frères"}
    ),
    female_words=frozenset(
        {"femme", "femmes", "fille", "mère", "sœur", "épouse", "mme", "madame", "mlle"}
        | {"filles", "tante", "nièce", "grand-mère", "belle-mère", "belle-sœur", "fiancée"}
        | {"compagne", "veuve", "sœurs"}
    ),
    male_pronouns=frozenset(["il", "lui-même"]),
    female_pronouns=frozenset(["elle", "elle-même"]),
    place_words=frozenset(
        {"prison", "province", "ville", "région", "tribunal", "cour", "rue", "université"}
        | {"état", "territoire", "commune", "localité", "arrondissement", "village"}
        | {"quartier", "avenue", "boulevard", "hôpital", "commissariat", "gendarmerie"}
        | {"pénitencier", "palais", "aéroport", "gare", "lac", "fleuve", "rivière", "mont"}
        | {"république"}
    ),
    and_words=frozenset({"et"}),
    list_openers=frozenset({"dont", "notamment"}),
    former_words=frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex", "ex-"}),
    authorities=(
        *("autorités", "autorités carcérales", "autorités pénitentiaires", "autorités civiles"),
        *("autorités judiciaires", "autorités locales", "autorités militaires"),
    ),
    authorities_of=("de", "de la", "du", "d'", "en"),
    civic_bodies=(
        *("association", "fondation", "comité", "syndicat", "collectif", "coalition"),
        *("fédération", "ligue", "mouvement", "réseau", "organisation", "ong", "coopérative"),
    ),
    phone_line_words=frozenset({"ligne", "lignes", "standard", "permanence", "téléphone"}),
    person_verbs=frozenset(
        # Auxiliaries and verbs whose subject is the name ("X a été arrêté", "X risque")
        {"a", "est", "était", "sont", "ont", "risque", "risquent", "encourt", "avait", "reste"}
        | {"restent", "n'a", "n'est", "n'ont", "n'avait", "n'était", "ne", "avaient"}
        | {"étaient", "aurait", "auraient", "serait", "seraient", "sera", "seront", "fut"}
        | {"furent", "demeure", "demeurent", "encourent", "purge", "purgent", "fait", "font"}
        | {"doit", "doivent", "pourrait", "pourraient", "peut", "souffre", "souffrent", "vit"}
        | {"vivait", "travaille", "travaillait", "observe", "mène", "menait", "comparaît"}
        | {"comparaîtra", "s'est", "s'était", "s’est", "s’était", "n’a", "n’est", "n’ont"}
        # Participles of an apposition after the name ("X, arrêté le 3 mai, ...")
        | {"arrêté", "arrêtée", "arrêtés", "arrêtées", "détenu", "détenue", "détenus"}
        | {"détenues", "condamné", "condamnée", "condamnés", "condamnées", "enlevé", "enlevée"}
        | {"emprisonné", "emprisonnée", "incarcéré", "incarcérée", "interpellé", "interpellée"}
        | {"exécuté", "exécutée", "torturé", "torturée", "inculpé", "inculpée", "accusé"}
        | {"accusée", "poursuivi", "poursuivie", "jugé", "jugée", "disparu", "disparue"}
        | {"libéré", "libérée", "relâché", "relâchée", "gracié", "graciée", "acquitté"}
        | {"acquittée", "âgé", "âgée", "né", "née", "originaire"}
    ),
    not_names=frozenset(
        [
            # quantifiers that open a sentence of names ("Tous deux, A et B, ...")
            "tous",
            "toutes",
            "amnesty",
            "international",
            "action",
            "urgente",
            "le",
            "la",
            "les",
            "l'",
            "du",
            "de",
            "des",
            "un",
            "une",
            "au",
            "aux",
            "et",
            "ou",
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "monsieur",
            "madame",
            "président",
            "ambassade",
            "république",
            "onu",
            "update",
            "commission",
            "assemblée",
            "générale",
            "rapporteur",
            "troisième",
        ]
    ),
    third_party=("son avocat", "l'avocat de", "l’avocat de"),
    groups=(
        "au moins {n} autres {text}",
        "au moins {n} {text}",
        "plus de {n} {text}",
        "{n} jeunes {text}",
        "{n} autres {text}",
        # "trois autres purgent des peines": the people left unsaid; not before a noun
        "{n} autres",
    ),
    number_words=_FR_NUMBERS,
    approximate_groups=(
        "des dizaines de",
        "des centaines de",
        "dizaines de",
        "centaines de",
        # "une quarantaine de personnes", "plus d'une centaine de manifestants"
        *(
            f"{more}une {tens}aine de"
            for more in ("", "plus d'", "plus d’")
            for tens in _FR_ROUGH_TENS
        ),
    ),
    household_nouns=frozenset({"familles", "ménages", "foyers"}),
    released=(
        "a été libéré",
        "a été libérée",
        "ont été libérés",
        "a été ... libéré",
        "a été ... libérée",
        "libéré",
        "ont été libérées",
        "ont été ... libérés",
        "ont été ... libérées",
        "est désormais libre",
        "est maintenant libre",
        "sont désormais libres",
        "a été relâché",
        "a été relâchée",
        "ont été relâchés",
        # "remis en liberté (sous caution)", the release's other wording
        "a été remis en liberté",
        "a été remise en liberté",
        "ont été remis en liberté",
        "ont été remises en liberté",
        "a été ... remis en liberté",
        "a été ... remise en liberté",
        # the pluperfect, a release told before the notice's news ("A et B avaient été
        # remis en liberté le 18 octobre")
        "avait été libéré",
        "avait été libérée",
        "avaient été libérés",
        "avaient été libérées",
        "avait été relâché",
        "avait été relâchée",
        "avaient été relâchés",
        "avait été remis en liberté",
        "avait été remise en liberté",
        "avaient été remis en liberté",
        "avaient été remises en liberté",
    ),
    died=(
        "est mort",
        "est morte",
        "est décédé",
        "est décédée",
        "est ... décédé",
        "sont morts",
        "est ... décédée",
        "a trouvé la mort",
        "ont trouvé la mort",
        "a perdu la vie",
        "ont perdu la vie",
        "a été tué",
        "a été tuée",
        "ont été tués",
        "a été abattu",
        "a été abattue",
        "a succombé",
        # a killing (tenth session)
        "a été assassiné",
        "a été assassinée",
        "ont été assassinés",
        "a été ... assassiné",
        "a été ... assassinée",
        "a été retrouvé mort",
        "a été retrouvée morte",
        "ont été retrouvés morts",
    ),
    # the heading of a list of tips for the sender, whose bullets are no demands
    closing_for_one=("en sa faveur",),
    advice_headings=(
        "^conseils pour {text}:$",
        "^conseils pour {text} :$",
        "^quelques conseils :$",
        "^quelques conseils:$",
        "^conseils :$",
        "^conseils:$",
    ),
    closed_loose=(
        "aucune autre action",
        "plus nécessaire",
        "terminée",
        "clôturée",
        "close le",
        "a pris fin",
        "n'envoyez plus",
    ),
    executed=(
        "a été exécuté",
        "a été exécutée",
        "ont été exécutés",
        "a été ... exécuté",
        "ont été exécutées",
        "a été ... exécutée",
        "ont été ... exécutés",
        "a été pendu",
        "a été pendue",
        "ont été pendus",
        "a été ... pendu",
        "autorités ont exécuté",
        "ont procédé à l'exécution",
        # by firing squad, to the gallows (tenth session)
        "a été passé par les armes",
        "ont été passés par les armes",
        "a été fusillé",
        "a été fusillée",
        "ont été fusillés",
        "a été envoyé à la potence",
        "a ... été envoyé à la potence",
    ),
    country_words={
        "burundi": "BI",
        "iran": "IR",
        "république islamique d'iran": "IR",
        "république démocratique du congo": "CD",
        "rdc": "CD",
        "république du congo": "CG",
        "fédération de russie": "RU",
        "birmanie": "MM",
        "palestine": "PS",
        "territoires palestiniens occupés": "PS",
        "viet nam": "VN",
        "république populaire de chine": "CN",
        "royaume d'arabie saoudite": "SA",
        "république socialiste du viet nam": "VN",
    },
    commuted=(
        "commuée",
        "commuées",
        "annulée",
        "a commué",
        "ont commué",
        "condamnation à mort ... infirmée",
    ),
    hedges=("selon certaines informations", "selon les informations", "aurait été", "auraient été"),
    named_above={
        "hommes susmentionnés": "male",
        "hommes susnommés": "male",
        "hommes mentionnés ci-dessus": "male",
        "hommes nommés ci-dessus": "male",
        "hommes cités ci-dessus": "male",
        "femmes susmentionnées": "female",
        "femmes susnommées": "female",
        "femmes mentionnées ci-dessus": "female",
        "femmes nommées ci-dessus": "female",
        "femmes citées ci-dessus": "female",
    },
    bail=("sous caution", "en liberté conditionnelle", "sous contrôle judiciaire"),
    bail_auxiliaries=frozenset({"a", "ont", "été", "est", "sont"}),
    release_nouns=(
        *(
            f"{before} {whose} {noun}"
            for before in ("malgré", "depuis", "après")
            for whose in ("sa", "leur")
            for noun in ("libération", "remise en liberté")
        ),
        *(
            f"{verb} {article} libération"
            for verb in ("a bénéficié", "ont bénéficié", "a obtenu", "ont obtenu")
            for article in ("d'une", "d’une", "de sa", "de leur")
        ),
    ),
    field_states={
        **dict.fromkeys(["libéré", "libérée", "libérés", "libérées"], "released"),
        **dict.fromkeys(["exécuté", "exécutée"], "executed"),
        **dict.fromkeys(["mort", "morte", "décédé", "décédée"], "dead"),
    },
    # the authorities' active verb before the name (tenth session): "les autorités ont
    # exécuté un jeune manifestant, X" (marked for review, as in English)
    done_to={
        "released": ("ont libéré", "a libéré", "ont remis en liberté"),
        "executed": ("ont exécuté", "a exécuté", "ont pendu", "a pendu"),
    },
    members={
        "membres du": "membre du",
        "membres de la": "membre de la",
        "membres de l'": "membre de l'",
        "membres de": "membre de",
    },
    role_phrases=(
        "gréviste de la faim",
        "grévistes de la faim",
        "prisonnier d'opinion",
        "prisonnière d'opinion",
        "prisonnier politique",
        "prisonnière politique",
        "défenseur des droits humains",
        "défenseure des droits humains",
        "défenseuse des droits humains",
        "défenseur des droits de l'homme",
        "défenseure des droits de l'homme",
        "défenseur des droits des femmes",
        "défenseure des droits des femmes",
        "défenseur de l'environnement",
        "défenseure de l'environnement",
        "militant des droits humains",
        "militante des droits humains",
        "militant des droits de l'homme",
        "militante des droits de l'homme",
        "militante des droits des femmes",
        "militant pour la démocratie",
        "militante pour la démocratie",
        "avocat des droits humains",
        "avocate des droits humains",
        "journaliste d'investigation",
        "journaliste indépendant",
        "journaliste indépendante",
        "journaliste citoyen",
        "journaliste citoyenne",
        "lanceur d'alerte",
        "lanceuse d'alerte",
        "objecteur de conscience",
        "objectrice de conscience",
        "demandeur d'asile",
        "demandeuse d'asile",
        "travailleur humanitaire",
        "travailleuse humanitaire",
        "travailleur migrant",
        "travailleuse migrante",
        "travailleuse domestique",
        "travailleur du sexe",
        "travailleuse du sexe",
        "homme d'affaires",
        "femme d'affaires",
        "homme politique",
        "femme politique",
        "dirigeant de l'opposition",
        "dirigeante de l'opposition",
        "figure de l'opposition",
        "dirigeant syndical",
        "dirigeante syndicale",
        "dirigeant étudiant",
        "dirigeante étudiante",
        "dirigeant autochtone",
        "dirigeante autochtone",
        "leader autochtone",
        "leader communautaire",
        "dirigeant communautaire",
        "dirigeante communautaire",
        "mineur délinquant",
        "condamné à mort",
        "condamnée à mort",
        "personne transgenre",
        "femme transgenre",
        "homme transgenre",
    ),
    thing_words=frozenset(
        {"parti", "mouvement", "syndicat", "front", "coalition", "réseau", "fondation"}
        | {"association", "organisation", "alliance", "fédération", "ligue", "collectif"}
        | {"notice", "loi", "décret", "code", "convention", "pacte", "déclaration"}
        # broadcasters and schools ("Radio Libre X", "l'Université X")
        | {"école", "université", "académie", "institut", "journal", "télévision"}
    ),
    # A person as the object of the demand: "libérer X", "relâcher X".
    object_verbs=frozenset(
        # what the demand asks ("libérer X", "remettre en liberté X", "protégez X")
        {"libérer", "relâcher", "libérez", "relâchez", "liberté", "protéger", "protégez"}
        | {"gracier", "graciez", "acquitter", "disparaître"}
        # what was done to the person ("les forces de sécurité ont enlevé X")
        | {"exécuté", "arrêté", "arrêter", "détenu", "détenir", "enlevé", "enlever", "kidnappé"}
        | {"séquestré", "condamné", "condamner", "emprisonné", "incarcéré", "inculpé"}
        | {"poursuivi", "jugé", "juger", "torturé", "torturer", "tué", "assassiné", "abattu"}
        | {"agressé", "frappé", "battu", "menacé", "harcelé", "convoqué", "interrogé"}
        | {"expulsé", "expulser", "extradé", "extrader", "renvoyé", "renvoyer", "transféré"}
        | {"libéré", "relâché", "gracié", "acquitté", "exécuter"}
    ),
    people_nouns=frozenset(
        {"personnes", "hommes", "femmes", "enfants", "mineurs", "mineures", "jeunes"}
        | {"militants", "militantes", "militant·e·s", "défenseurs", "défenseures"}
        | {"journalistes", "avocats", "avocates", "étudiants", "étudiantes", "manifestants"}
        | {"prisonniers", "prisonnières", "détenus", "détenues", "membres", "travailleurs"}
        | {"réfugiés", "migrants", "syndicalistes", "opposants", "activistes"}
        | {"défenseuses", "manifestantes", "opposantes", "dissidents", "dirigeants"}
        | {"dirigeantes", "enseignants", "enseignantes", "médecins", "infirmiers"}
        | {"infirmières", "agriculteurs", "paysans", "paysannes", "pêcheurs", "ouvriers"}
        | {"ouvrières", "travailleuses", "blogueurs", "blogueuses", "artistes", "musiciens"}
        | {"écrivains", "chercheurs", "universitaires", "adolescents", "adolescentes"}
        | {"garçons", "filles", "élèves", "lycéens", "lycéennes", "demandeurs", "réfugiées"}
        | {"migrantes", "écologistes", "féministes", "otages", "juristes", "condamnés"}
        | {"professionnels", "professionnelles", "soignants", "soignantes", "employés"}
    ),
    people_endings=(
        "ants",
        "antes",
        "istes",
        "eurs",
        "euses",
        "iens",
        "iennes",
        "és",
        "ées",
        "us",
        "ues",
        "ais",
        "aises",
    ),
    event_nouns=frozenset(
        {"mort", "décès", "meurtre", "assassinat", "arrestation", "détention", "libération"}
        | {"exécution", "disparition", "enlèvement", "torture", "condamnation", "procès"}
        | {"interpellation", "incarcération", "emprisonnement", "kidnapping", "séquestration"}
        | {"inculpation", "jugement", "transfert", "extradition", "expulsion", "renvoi"}
        | {"acquittement", "grâce", "poursuites", "harcèlement", "agression", "homicide"}
        | {"arrestations", "exécutions", "disparitions", "sort", "santé", "vie", "cas"}
        # "la mise en liberté de X"; "la disparition forcée de X", "la détention arbitraire de X"
        | {"liberté", "forcée", "arbitraire"}
        # the same nouns after an elided article, one token with it ("l'arrestation de X")
        | {
            f"{article}{noun}"
            for article in ("l'", "l’")
            for noun in (
                "arrestation",
                "exécution",
                "enlèvement",
                "assassinat",
                "incarcération",
                "emprisonnement",
                "interpellation",
                "inculpation",
                "extradition",
                "expulsion",
                "acquittement",
                "agression",
                "homicide",
            )
        }
    ),
    event_followers=frozenset({"en", "à", "au", "aux", "depuis", "jusqu'à"}),
    for_words=("pour", "en faveur de", "au nom de"),
    roll_announcers=frozenset({"suivant", "suivants", "suivante", "suivantes", "ci-dessous"}),
    body_posts=frozenset(
        {"membre", "membres", "fondateur", "fondatrice", "cofondateur", "cofondatrice"}
        | {"co-fondateur", "co-fondatrice", "coordinateur", "coordinatrice", "coordonnateur"}
        | {"coordonnatrice", "directeur", "directrice", "rédacteur", "rédactrice"}
        | {"secrétaire", "président", "présidente", "porte-parole", "dirigeant", "dirigeante"}
        | {"dirigeants", "responsable", "trésorier", "trésorière", "militant", "militants"}
    ),
    role_predicates=("il est un", "elle est une", "il est", "elle est"),
    copulas=("est", "était"),
    back_references=("parmi eux", "parmi elles", "dont"),
    measure_words=frozenset(
        ["ans", "mois", "semaines", "jours", "heures", "fois", "kilomètres", "pour"]
    ),
    group_ends=frozenset(["risquent", "risque", "sont", "est", "ont"]),
    one_of=frozenset({"l'un des", "l'une des"}),
    among=frozenset({"parmi"}),
    existential=("il y a", "il y avait"),
    existential_adverbs=("actuellement", "aujourd'hui", "aujourd’hui"),
    armed_after=frozenset({"armés", "masqués", "cagoulés"}),
    crowd_verbs=frozenset(
        {"assisté", "assistèrent", "rassemblés", "rassemblées", "défilé", "signé", "participé"}
    ),
    casualty_words=frozenset(
        {"morts", "mortes", "tués", "tuées", "décédés", "décédées", "assassinés", "péri"}
    ),
    death_words=frozenset(
        {"morts", "tués", "meurtres", "homicides", "décès", "assassinats", "assassinés"}
    ),
    gathering_verbs=frozenset(
        {"réunir", "rassembler", "réunissant", "rassemblant", "attirer", "attirant"}
    ),
    subset_words=("dont", "parmi eux", "parmi elles", "y compris"),
    tally_nouns=frozenset({"arrestation", "arrestations", "interpellation", "massacre", "meurtre"}),
    one_more=(
        "une autre personne",
        "un autre homme",
        "une autre femme",
        "un troisième homme",
        "une troisième femme",
    ),
    family_groups=(
        "sa famille",
        "leur famille",
        "leurs familles",
        "les familles de ces",
        "les familles des",
    ),
    threatened_words=(
        "menacé",
        "menacée",
        "menacés",
        "menacées",
        "en danger",
    ),
    relative_pronouns=frozenset({"qui", "que", "lesquels"}),
    perfect_auxiliaries=frozenset({"ont", "avaient"}),
    plural_copulas=frozenset({"sont", "étaient"}),
    year_tally=("en", "au cours de l'année", "durant l'année"),
    about_words=("environ", "quelque", "près de", "presque", "jusqu'à"),
    risk_words=frozenset(
        {"risquent", "risque", "risquant", "pourraient", "pourrait", "encourent", "menacés"}
    ),
    role_genders={
        **dict.fromkeys(
            {"avocate", "blogueuse", "défenseure", "militante", "étudiante", "écrivaine"}
            | {"fondatrice", "coordinatrice", "réfugiée", "chercheuse", "défenseuse"}
            | {"manifestante", "opposante", "dissidente", "objectrice", "lanceuse"}
            | {"sympathisante", "partisane", "adhérente", "dirigeante", "cofondatrice"}
            | {"co-fondatrice", "coordonnatrice", "trésorière", "candidate", "politicienne"}
            | {"réalisatrice", "éditrice", "rédactrice", "chroniqueuse"}
            | {"correspondante", "présentatrice", "animatrice", "influenceuse", "youtubeuse"}
            | {"musicienne", "chanteuse", "rappeuse", "poétesse", "auteure", "autrice"}
            | {"romancière", "comédienne", "actrice", "danseuse", "dessinatrice"}
            | {"intellectuelle", "lycéenne", "enseignante", "institutrice", "doctorante"}
            | {"historienne", "infirmière", "chirurgienne", "pharmacienne", "sage-femme"}
            | {"ambulancière", "prédicatrice", "travailleuse", "ouvrière", "employée"}
            | {"salariée", "agricultrice", "paysanne", "cultivatrice", "éleveuse", "pêcheuse"}
            | {"commerçante", "vendeuse", "entrepreneuse", "banquière", "coiffeuse"}
            | {"informaticienne", "programmeuse", "développeuse", "ingénieure", "traductrice"}
            | {"sportive", "footballeuse", "demandeuse", "migrante", "ressortissante"}
            | {"prisonnière", "survivante", "rescapée"}
            | {"retraitée", "citoyenne", "adolescente", "mineure"},
            "female",
        ),
        **dict.fromkeys(
            {"avocat", "blogueur", "défenseur", "militant", "étudiant", "écrivain"}
            | {"fondateur", "coordinateur", "réfugié", "chercheur"}
            | {"manifestant", "opposant", "dissident", "objecteur", "lanceur"}
            | {"sympathisant", "partisan", "adhérent", "dirigeant", "cofondateur"}
            | {"co-fondateur", "coordonnateur", "trésorier", "candidat", "politicien"}
            | {"réalisateur", "éditeur", "rédacteur", "chroniqueur", "correspondant"}
            | {"présentateur", "animateur", "influenceur", "youtubeur", "musicien"}
            | {"chanteur", "rappeur", "romancier", "comédien", "acteur", "danseur"}
            | {"dessinateur", "intellectuel", "lycéen", "enseignant", "instituteur"}
            | {"doctorant", "historien", "infirmier", "chirurgien", "pharmacien"}
            | {"ambulancier", "prédicateur", "imam", "pasteur", "prêtre", "moine", "rabbin"}
            | {"travailleur", "ouvrier", "employé", "salarié", "agriculteur", "paysan"}
            | {"cultivateur", "éleveur", "pêcheur", "commerçant", "vendeur", "entrepreneur"}
            | {"banquier", "chauffeur", "mécanicien", "coiffeur", "informaticien"}
            | {"programmeur", "développeur", "ingénieur", "traducteur", "sportif"}
            | {"footballeur", "demandeur", "migrant", "ressortissant"}
            | {"prisonnier", "survivant", "rescapé", "retraité", "citoyen", "adolescent"}
            | {"mineur"},
            "male",
        ),
    },
    male_articles=frozenset({"le", "un", "du", "au"}),
    female_articles=frozenset({"la", "une"}),
    definite_articles=frozenset({"le", "la", "l'", "l’"}),
    indefinite_articles=frozenset({"un", "une"}),
    one_of_genders={"un des": "male", "une des": "female", "un de": "male", "une de": "female"},
    intention_words=(
        *("doit", "doivent", "devait", "devaient", "risque", "risquent", "va", "vont"),
        "allait",
    ),
    earlier_words=("précédemment", "auparavant"),
    epicene_nouns=frozenset(
        {"personnes", "figures", "personnalités", "victimes", "voix", "vedettes", "recrues"}
    ),
    plural_subjects=frozenset({"ils", "elles"}),
    auxiliaries=("a été", "avait été", "est", "était", "fut", "reste", "demeure"),
    plural_auxiliaries=(
        "ont été",
        "avaient été",
        "auraient été",
        "sont",
        "étaient",
        "furent",
        "restent",
        "demeurent",
    ),
    feminine_plural_endings=("ées", "ies", "ises", "ues", "uites", "ites", "ortes", "ertes"),
    couple_words=("les époux", "des époux", "deux époux", "ces époux"),
    adjective_genders=(
        ("ienne", "female"),
        ("ien", "male"),
        ("aine", "female"),
        ("ain", "male"),
        ("aise", "female"),
        ("ais", "male"),
    ),
    participle_genders=(
        ("ées", ""),
        ("és", ""),
        ("ée", "female"),
        ("ue", "female"),
        ("é", "male"),
        ("ies", ""),
        ("ie", "female"),
        ("ises", ""),
        ("ise", "female"),
    ),
    noun_phrase=NounPhrase(
        relatives=frozenset({"qui", "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels"}),
        conjunctions=frozenset({"mais", "ou", "car", "parce", "lorsque", "quand", "si", "puis"}),
        verbs=frozenset(
            {"est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "été", "sera"}
            | {"seront", "risque", "risquent", "reste", "restent", "fait", "font", "doivent"}
            | {"demeurent", "encourent", "purgent"}
        ),
        clitics=frozenset({"se", "s", "y", "en", "ne", "n"}),
        adjuncts=frozenset(
            {"pour", "à", "au", "aux", "en", "dans", "depuis", "pendant", "après", "avant"}
            | {"par", "sur", "sous", "avec", "sans", "contre", "entre", "lors", "chez", "vers"}
            | {"selon", "malgré", "dès", "jusqu"}
        ),
        complements=frozenset({"de", "du", "des", "d"}),
        articles=frozenset({"le", "la", "les", "l", "un", "une", "ce", "cette", "ces"}),
        participle_endings=("é", "ée", "és", "ées"),
        verb_endings=("aient",),
        participles=frozenset({"mort", "morts", "morte", "mortes", "détenu", "détenus", "tenu"}),
        joins=frozenset({"et"}),
    ),
    only_people=frozenset({"personnes", "gens"}),
    name_unknown=("nom inconnu",),
    roll_others=("autres",),
    roll_and=("et",),
    write_verbs=("écrivez",),
    news_banners=(
        "bonne nouvelle",
        "bonne nouvelles",
        "bonnes nouvelle",
        "bonnes nouvelles",
        "mauvaise nouvelle",
        "mauvaise nouvelles",
        "mauvaises nouvelle",
        "mauvaises nouvelles",
        "dernières nouvelle",
        "dernières nouvelles",
    ),
    possessives=("son", "sa", "ses"),
    possessives_after=("son", "sa", "ses"),
    # tables2 fields
    writer_openings=("Je", "J'", "J’", "Nous", "Le", "Les"),
    salutation_particles=frozenset({"de", "du", "la", "le"}),
    salutation_openings=("Monsieur le", "Monsieur l'", "Madame la", "Madame l'"),
)


_ES_NUMBERS = {
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20,
}  # fmt: skip

_ES_NUMBERS |= _tens(
    {w: n for w, n in _ES_NUMBERS.items() if w != "una"},
    {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
     80: "ochenta", 90: "noventa", 100: "cien"},
    lambda ten, unit, n: [f"{ten} y {w}" for w in ("uno", "una", "un")]
    if n == 1
    else [f"{ten} y {unit}"],
)  # fmt: skip
_ES_NUMBERS |= {
    "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "veintiuna": 21,
}  # fmt: skip

ES = Markers(
    language="es",
    common_words=frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "del",
            "en",
            "que",
            "por",
            "con",
            "para",
            "una",
            "un",
            "se",
            "su",
            "al",
            "es",
            "fue",
            "ha",
            "han",
            "sido",
            "fueron",
            "está",
            "están",
            "desde",
            "tras",
            "sus",
            "le",
            "les",
            "lo",
            "como",
            "pero",
            "sin",
            "sobre",
            "contra",
            "entre",
            "este",
            "esta",
            "porque",
            "cuando",
            "había",
            "era",
        ]
    ),
    ua_number=(
        "au: {ua}",
        "^au {ua}",
        "información complementaria sobre la au {ua}",
        "información complementaria sobre au {ua}",
        "acción complementaria sobre la au {ua}",
        "acción complementaria sobre au {ua}",
        "actualización ... de la au {ua}",
        "actualización núm. {n} de la au {ua}",
        "actualización n.º {n} de la au {ua}",
        "actualización ... sobre la au {ua}",
        # "Más información (actualización núm. 1) sobre AU 116/07 (...)"
        "información ... sobre la au {ua}",
        "información ... sobre au {ua}",
        "(actualización núm. {n}) sobre au {ua}",
        "(au {ua})",
        "au {ua} índice",
        "au {ua} indice",
    ),
    index=(
        "índice: {index}",
        "indice: {index}",
        "índice {index}",
        "índice ai: {index}",
        "indice ai: {index}",
        "^{index}$",
    ),
    issued=(
        "fecha: {date}",
        "^fecha {date} ",
        "^{date}$",
        "fecha de emisión: {date}",
        "fecha de publicación: {date}",
        "actualización del: {date}",
        "actualización del {date}",
        "activa desde el {date}",
        "activa desde: {date}",
        # an action page's run: "Inició el 12/08/2021, Finaliza el 22/09/2021"
        "inició el {date}",
        # the Spanish section's email of a Secretariat text: "Índice AI: MDE 23/030/2007 - 2
        # de agosto de 2007"
        "índice ai: {index} - {date}",
        "índice: {index} - {date}",
        # the older header run on one line: "AU 31/00 Índice AI: AMR 23/05/00/s 9 de febrero
        # del 2000"
        "índice ai: {index} {date}",
    ),
    update=(
        # "INFORMACIÓN COMPLEMENTARIA" alone heads a UA's background, as "ADDITIONAL
        # INFORMATION" does in English: only "... sobre la AU" names a further information
        "información complementaria sobre",
        # a further information's words on persons it has no news of
        "no se dispone de nueva información",
        "no se dispone de más información",
        "^actualización",
        "acción complementaria",
        "más información sobre la au",
        "información adicional sobre la au",
        "más información ... sobre au",
        "más información (actualización",
    ),
    ordinals={
        "primera": 1,
        "primer": 1,  # the masculine before its noun: "un primer detenido"
        "segunda": 2,
        "tercera": 3,
        "tercer": 3,  # "un tercer hombre"
        "cuarta": 4,
        "quinta": 5,
        "sexta": 6,
        "séptima": 7,
        "octava": 8,
        "novena": 9,
        "décima": 10,
    },
    letter_action=("maratón de cartas", "escribe por los derechos"),
    call_to_act=(
        "escriban",
        "envíen",
        "actúa",
        "actúen",
        "firma la petición",
        "participa en esta acción",
        "participen en esta acción",
        "ayúdanos",
        "súmate",
    ),
    action_page=(
        "acción urgente",
        "urgent action",
        "actúa",
        "actúen",
        "escriban",
        "escribe",
        "llamamiento",
        "petición",
        "ciberacción",
        "amnistía",
        "amnesty",
        # a petition's call: "¡Firma y exige a las autoridades ...!"
        "¡firma",
        "firma y exige",
        "firma ahora",
    ),
    action_name=("acción urgente", "acciones urgentes", "urgent action", "urgent actions"),
    other_page=(
        "nota de prensa",
        "comunicado de prensa",
        "haz un donativo",
        "hazte socio",
        "hazte socia",
        "dona ahora",
        "voluntariado",
        "informe anual",
        "cada año",
        "millones de cartas",
        "millones de mensajes",
    ),
    reported=(
        "dijo ai",
        "indicó ai",
        "señaló ai",
        "subrayó amnistía",
        "(ai) pidió",
        "(efe)",
        "con información de efe",
        "según denuncian",
    ),
    deadline=(
        "envíen llamamientos antes del {date}",
        "envía tu llamamiento antes del {date}",
        "después del {date}, consulten",
        "envíen sus llamamientos ... antes del {date}",
        "envíen llamamientos ... antes del {date}",
        "escriban ... antes del {date}",
        "actúa antes del {date}",
        "actúen antes del {date}",
        "participa hasta el {date}",
        "no envíen llamamientos después del {date}",
        "fecha límite: {date}",
        "plazo: {date}",
        "acción urgente hasta el {date}",
        "actúa hasta el {date}",
        "actúen hasta el {date}",
        "escribe antes del {date}",
        "escriban hasta el {date}",
        "escribe hasta el {date}",
        "participa antes del {date}",
        "firma antes del {date}",
        "firma hasta el {date}",
        "la acción termina el {date}",
        "finaliza el {date}",
    ),
    # ("antes del próximo 30 de diciembre": the coming date to act before)
    deadline_loose=("antes del {date}", "hasta el {date}", "antes del próximo {date}"),
    deadline_extended=(
        "se ha prorrogado el plazo hasta el {date}",
        "plazo prorrogado hasta el {date}",
        "se ha ampliado el plazo hasta el {date}",
        "plazo ampliado hasta el {date}",
        "nuevo plazo: {date}",
        "plazo ... prorrogado hasta el {date}",
        "acción prorrogada hasta el {date}",
        "acción ampliada hasta el {date}",
        "hemos ampliado el plazo hasta el {date}",
        "hemos prorrogado el plazo hasta el {date}",
        "hemos extendido el plazo hasta el {date}",
        "plazo extendido hasta el {date}",
        "se ha extendido el plazo hasta el {date}",
        "nueva fecha límite: {date}",
        "se amplía el plazo hasta el {date}",
        "fecha límite ampliada hasta el {date}",
        "se amplía el plazo para enviar llamamientos hasta el {date}",
        "se ha ampliado el plazo para enviar llamamientos hasta el {date}",
        "la acción se ha prorrogado hasta el {date}",
        "esta acción se ha prorrogado hasta el {date}",
        "el plazo se ha prorrogado hasta el {date}",
        "nuevo plazo para enviar llamamientos: {date}",
        "plazo ampliado: {date}",
        "plazo prorrogado: {date}",
    ),
    closed=(
        "no se requieren más acciones",
        "acción finalizada",
        # Amnesty Spain's online action: "Esta ciberacción ha finalizado (2 de abril de 2014)"
        "esta ciberacción ha finalizado",
        "ciberacción finalizada",
        # an action past its date: "La fecha de finalización de esta acción ha pasado."
        "fecha de finalización de esta acción ha pasado",
        "fecha límite de esta acción ha pasado",
        "esta acción ha finalizado",
        "acción cerrada",
        "no es necesario enviar más llamamientos",
        "esta acción urgente ha finalizado",
        "esta acción ha concluido",
        "la acción ha terminado",
        "acción urgente finalizada",
        "ya no es necesario enviar llamamientos",
        "no envíen más llamamientos",
        "no se requiere ninguna otra acción",
        "no se necesitan más llamamientos",
        "no se requiere ninguna acción adicional",
        "no se requieren más llamamientos",
        "no se solicitan más acciones",
        "no es necesario realizar más acciones",
        "ya no es necesario enviar más llamamientos",
        "no envíes más llamamientos",
        "esta acción está cerrada",
        "esta acción urgente está cerrada",
        "la acción urgente ha finalizado",
        "la acción ha finalizado",
        "esta acción ha terminado",
        "esta acción ha sido cerrada",
        "acción urgente cerrada",
        "esta petición ha finalizado",
        "esta petición está cerrada",
        "la petición ha finalizado",
        "esta petición ha sido cerrada",
        "dejen de enviar llamamientos",
        "ya no es necesaria ninguna acción",
        "no se requiere ninguna acción más",
        # "No se requiere ninguna nueva acción de la Red de Acción Urgente."
        "no se requiere ninguna nueva acción",
        "no se requieren nuevas acciones",
        "no se solicita ninguna nueva acción",
    ),
    thanks=(
        "gracias a todas las personas que enviaron llamamientos",
        "gracias a todas las personas que ... enviaron llamamientos",
        "gracias a quienes enviaron llamamientos",
        "gracias a todos los que enviaron llamamientos",
        "nuestro agradecimiento a quienes enviaron llamamientos",
        "nuestro agradecimiento a todas las personas que enviaron llamamientos",
    ),
    reopened=(
        "se reactiva",
        "reactivamos",
        "reactivada",
        "reabierta",
        "reabrimos",
        "reanudamos",
        "se reabre",
    ),
    victory=("^buenas noticias:", "^buenas noticias!", "^¡buenas noticias"),
    # "Actúa" (tú) in Spain, "Actúen" (ustedes) in Latin America's sections' pages.
    action=(
        "actúa:",
        "actúa",
        "actúen:",
        "acción recomendada",
        "escriban inmediatamente",
        # "Pidan a las autoridades:" then the demands as bullets
        "^pidan {text}:$",
        "^pide {text}:$",
    ),
    instructions=(
        "actúa: redacta tu propio llamamiento",
        "redacta tu propio llamamiento",
        "actúen: redacten su propio llamamiento",
        "redacten su propio llamamiento",
        "^envíen sus llamamientos inmediatamente",
        "^envíen los llamamientos inmediatamente",
    ),
    write_in=(
        "escriban inmediatamente en {langs}",
        "escriban en {langs}",
        "escribe en {langs}",
        "idioma preferido: {langs}",
        "idiomas preferidos: {langs}",
        "idioma de preferencia: {langs}",
        "lengua preferida: {langs}",
        "escriban inmediatamente, en {langs}",
        "escriban de inmediato en {langs}",
        "escriban de inmediato, en {langs}",
        "escribe de inmediato en {langs}",
        "escribe inmediatamente en {langs}",
        "escribe inmediatamente, en {langs}",
        "escriba inmediatamente en {langs}",
        "escriba inmediatamente, en {langs}",
        "envíen sus llamamientos en {langs}",
        "idioma preferido : {langs}",
        # "Idioma preferido para redactar los llamamientos: español, inglés"
        "idioma preferido {text}: {langs}",
        "idioma preferido {text} : {langs}",
    ),
    own_language=(
        "o en su propio idioma",
        "o en tu propio idioma",
        "escribir en su propio idioma",
        "escribir en tu propio idioma",
    ),
    targets_start=(
        "^información de contacto$",
        "^información de contacto:$",
        "^datos de contacto$",
        "^datos de contacto:$",
        "^envíen llamamientos a",
        "^escribe a",
        "^escriban a",
        "^actúa:",
        "^actúen:",
        # "Redacta tu propio llamamiento o utiliza esta carta modelo" without "Actúa:"
        "^redacta tu propio llamamiento",
        "^redacten su propio llamamiento",
        "^escribe un llamamiento con tus propias palabras",
        "^envía tu llamamiento a",
        "^envíen sus llamamientos a",
        "^envía tus llamamientos a",
        "^dirige tu llamamiento a",
        "^dirijan sus llamamientos a",
        "^envíe llamamientos a",
        "^envíe sus llamamientos a",
        "^escriban {text} a:$",
        "^escribe {text} a:$",
        "^envíen llamamientos {text} a:$",
        # the request to send, in every person and with its article or possessive, and
        # the deadline between: "Envía los llamamientos antes del 5 de mayo de 2031 a:"
        "^envía los llamamientos a",
        "^envíen los llamamientos a",
        "^envíe los llamamientos a",
        "^envía llamamientos {text} a:$",
        "^envía los llamamientos {text} a:$",
        "^envía tus llamamientos {text} a:$",
        "^envíe llamamientos {text} a:$",
        "^envíe los llamamientos {text} a:$",
        "^envíe sus llamamientos {text} a:$",
        "^envíen los llamamientos {text} a:$",
        "^envíen sus llamamientos {text} a:$",
        "^destinatarios$",
        "^destinatarios:$",
        "^por favor, escriban a",
    ),
    copies_start=(
        "^copias a",
        "^copia a",
        "^y copia a",
        "^envíen copia a",
        "^envíen copias a",
        "^envíe copia a",
        "^envía copia a",
        "^con copia a",
        "^envía una copia a",
        "^envíe una copia a",
        "^envíen una copia a",
        "^con copias a",
        "^y copias a",
        "^copias:$",
        "^copia:$",
        "^envíen también copia a",
        "^envíen también copias a",
        "^envía también una copia a",
        "^envíen copias de sus llamamientos a",
        "^copia de sus llamamientos a",
        "^copias de sus llamamientos a",
        "^y una copia a",
        "^con copia para",
        "^copia para",
        "^copias para",
        "^cc:$",
        "^copia de esta carta a",
        "^copia de su carta a",
        "^copias de esta carta a",
    ),
    own_embassy=(
        "envíen copia a la representación diplomática",
        "representación diplomática de ... en su país",
        "representantes diplomáticos de ... en su país",
        "embajada de ... en su país",
        "embajada de ... en tu país",
        "acreditados en su país",
    ),
    letter_start=("^carta modelo", "^modelo de carta"),
    letter_end=(
        "atentamente",
        "reciba un cordial saludo",
        "le saluda atentamente",
        # the signature's placeholder ends a letter that has no closing formula
        "(su nombre",
        "[su nombre",
        "(tu nombre",
        "[tu nombre",
    ),
    salutation_words=(
        "señor",
        "señora",
        "estimado",
        "estimada",
        "excelentísimo",
        "excelencia",
        "distinguido",
        "distinguida",
        "distinguidos",
        "distinguidas",
        "estimados",
        "estimadas",
        "excelentísima",
        "su majestad",
        "su excelencia",
        "su alteza",
        "respetado",
        "respetada",
        "muy señor mío",
        "muy señora mía",
        "muy señores míos",
    ),
    labels={
        **_LABELS_COMMON,
        "email": ("correo electrónico", "correo-e", "correo", "email", "e-mail"),
        "phone": ("teléfono", "tel", "tel."),
        # the older notices' channels: "Telegramas: Presidente X, Ciudad", "Télex: ..."
        "telegrams": ("telegramas", "telegrams"),
        "telexes": ("télex", "telex", "telexes"),
        "salutation": ("tratamiento", "saludo", "encabezado", "encabezamiento"),
        "subject": ("asunto",),
        "web": ("formulario", "formulario web"),
        "copy": ("copia",),
        "name": ("nombre", "destinatario", "destinataria"),
        "title": ("cargo", "título", "puesto"),
        "organisation": ("institución", "organismo", "organización"),
        "address": ("dirección", "dirección postal", "domicilio"),
    },
    salutation_hint=("empieza con {text}",),
    addressed_to=(
        "escribe a {text}",
        "escriban a {text}",
        "escribe al {text}",
        "escriban al {text}",
        "envía tu carta a {text}",
        "envía tu carta al {text}",
        "dirigidas a {text}",
        "dirigidas al {text}",
        # "Este llamamiento está dirigido al Primer Ministro X a través de la embajada"
        "está dirigido a {text}",
        "está dirigido al {text}",
        "está dirigida a {text}",
        "está dirigida al {text}",
        "va dirigido a {text}",
        "va dirigido al {text}",
        "escribe una carta a {text}",
        "escribe una carta al {text}",
        "envía un correo electrónico a {text}",
        "envía un correo electrónico al {text}",
        "envíen sus llamamientos a {text}",
        "envíen sus llamamientos al {text}",
        "envíen llamamientos a {text}",
        "envíen llamamientos al {text}",
        "dirige tu carta a {text}",
        "dirige tu carta al {text}",
        "dirijan sus cartas a {text}",
        "dirijan sus cartas al {text}",
        "escríbele a {text}",
        "escríbele al {text}",
    ),
    clause_ends=(" y ", " para ", " pidiéndole", " instándole"),
    letter_requests=(
        "nos dirigimos a usted para reclamar",
        # "Me dirijo a usted para pedirle que ...", "Me dirijo a usted para exigir ..."
        "me dirijo a usted para pedir",
        "me dirijo a usted para pedirle",
        "me dirijo a usted para solicitarle",
        "me dirijo a usted para instarle",
        "me dirijo a usted para exigir",
        "me dirijo a usted para solicitar",
        "me dirijo a usted para instar",
        "le pido",
        "le insto",
        "le instamos",
        "le pedimos",
        "pido a usted",
        # a sentence the letter opens with an imperative: "Garantice que ...", "Ponga en
        # libertad a X"
        "^garantice",
        "^ponga en libertad",
        "^asegúrese de",
        "^ordene",
        # "Le escribo para pedirle que ...", "Le escribo para exigir la liberación de X" (not
        # "... para expresar mi preocupación", "... para solicitar su atención": no request)
        "le escribo para pedir",
        "le escribo para pedirle",
        "le escribo para solicitarle que",
        "le escribo para exigir",
        "le escribo para exigirle",
        "le escribo para instar",
        "le escribo para instarle",
        # "X debe ser puesto en libertad", "los cargos deben ser retirados"
        "debe ser",
        "deben ser",
        # "las autoridades deben revelar dónde están recluidos"
        "las autoridades deben",
    ),
    first_person=(
        "le pido",
        "le insto",
        "le instamos",
        "le pedimos",
        "nos dirigimos",
        "pedimos",
        "instamos",
        "exigimos",
        "solicitamos",
    ),
    prose_requests=(
        "pídele que",
        "insta a",
        "pídanle que",
        "instándole a",
        "pidan a las autoridades que",
        "exhorten a las autoridades a",
        "pidan ... que",
        "pide ... que",
        # "Escriban al fiscal general pidiendo la liberación de X."
        "escriban ... pidiendo",
        "escribe ... pidiendo",
        "exhorten ... a",
        "insten ... a",
        "exijan ... que",
        "exige ... que",
        # a petition's call: "¡Firma y exige a las autoridades poner fin a ...!"
        "¡firma y exige",
        "firma y exige a",
        # the section's own request in the first person plural, in the case's summary:
        # "Pedimos al presidente que ...", "Instamos a la Secretaría de Gobernación a ..."
        "pedimos a",
        "pedimos al",
        "instamos a",
        "instamos al",
        "exigimos a",
        "exigimos al",
        "exigimos que",
        "solicitamos a",
        "solicitamos al",
    ),
    opening_requests=(
        "exige la",
        "exige el",
        "exige que",
        "exijan la",
        "exijan el",
        "pide la",
        "pide el",
        "pidan la",
        "pidan el",
        "reclama la",
        "reclamen la",
    ),
    office_words=frozenset(
        [
            # "Responsable del Poder Judicial", "Jefe de la Policía", "Titular de ..."
            "responsable",
            "jefe",
            "jefa",
            "titular",
            "canciller",
            "secretario",
            "secretaria",
            "comisionado",
            "comisionada",
            # "Ministra Consejera X": an embassy's counsellor, the ambassador's deputy
            "consejero",
            "consejera",
            "gobernadora",
            "alcalde",
            "alcaldesa",
            "primer",
            "vicepresidente",
            "vicepresidenta",
            "encargado",
            "encargada",
            "representante",
            "procurador",
            "procuradora",
            "magistrado",
            "magistrada",
            "presidente",
            "presidenta",
            "ministro",
            "ministra",
            "embajador",
            "embajadora",
            "director",
            "directora",
            "fiscal",
            "juez",
            "jueza",
            "rey",
            "reina",
            "gobernador",
            "primera",
            # "Subsecretario Primero X": the office's rank after it
            "primero",
            "viceministro",
            "viceministra",
            "subsecretario",
            "subsecretaria",
            "vicecanciller",
            "vicefiscal",
            "comandante",
            "intendente",
            "intendenta",
            "prefecto",
            "prefecta",
            "cónsul",
            "cónsula",
            "relator",
            "relatora",
            "superintendente",
            "majestad",
            "alteza",
            "excelentísimo",
            "excelentísima",
            "emir",
            "sultán",
            "príncipe",
            "princesa",
            "fiscala",
            "gobernante",
        ]
    ),
    organisation_words=frozenset(
        [
            "fiscalía",
            "procuraduría",
            "defensoría",
            # "Defensor del Pueblo" / "Defensoría del Pueblo": the ombudsman's office
            "pueblo",
            "asamblea",
            "consejo",
            "misión",
            "secretaría",
            "cancillería",
            "servicio",
            "departamento",
            "congreso",
            "parlamento",
            "autoridad",
            "embajada",
            "ministerio",
            "oficina",
            "despacho",
            "presidencia",
            "dirección",
            "tribunal",
            "corte",
            "comisión",
            "prisión",
            "policía",
            "gobierno",
            "senado",
            "cámara",
            "gobernación",
            "alcaldía",
            "intendencia",
            "contraloría",
            "gendarmería",
            "ejército",
            "armada",
            "consulado",
            "comandancia",
            "prefectura",
            "instituto",
            "institución",
            "juzgado",
            "audiencia",
            "representación",
            "delegación",
            "comisaría",
            "organismo",
            "agencia",
            "jefatura",
            "subsecretaría",
            "viceministerio",
            "superintendencia",
            "gabinete",
        ]
    ),
    # Roles of a person at risk, singular (a plural role before a list of names is in
    # `people_nouns` and `role_phrases`): gendered pairs, with their `role_genders` entry,
    # and epicene words. Never an office of a target (those are `office_words`), nor a
    # word that is also a common surname ("Pastor" is kept: the UAs' "pastor evangélico").
    role_words=frozenset(
        # rights, activism, politics
        {"activista", "defensor", "defensora", "sindicalista", "opositor", "opositora"}
        | {"militante", "disidente", "manifestante", "ambientalista", "ecologista"}
        | {"feminista", "pacifista", "objetor", "objetora", "voluntario", "voluntaria"}
        | {"líder", "lideresa", "dirigente", "fundador", "fundadora", "cofundador"}
        | {"cofundadora", "coordinador", "coordinadora", "integrante", "miembro"}
        | {"organizador", "organizadora"}
        | {"promotor", "promotora", "buscadora", "buscador", "político", "política"}
        | {"diputado", "diputada", "exdiputado", "exdiputada", "parlamentario"}
        | {"parlamentaria", "concejal", "concejala", "legislador", "legisladora"}
        | {"congresista", "senador", "senadora", "candidato", "candidata"}
        | {"excandidato", "excandidata", "exalcalde", "exalcaldesa", "asambleísta"}
        # law
        | {"abogado", "abogada", "jurista", "letrado", "letrada"}
        # press, letters, arts
        | {"periodista", "fotoperiodista", "reportero", "reportera", "corresponsal"}
        # a nationality as what the person is ("ciudadano canadiense")
        | {"ciudadano", "ciudadana"}
        | {"fotógrafo", "fotógrafa", "camarógrafo", "camarógrafa", "columnista"}
        | {"editor", "editora", "comunicador", "comunicadora", "locutor", "locutora"}
        | {"bloguero", "bloguera", "tuitero", "tuitera", "youtuber", "escritor"}
        | {"escritora", "poeta", "poetisa", "novelista", "ensayista", "librero"}
        | {"librera", "traductor", "traductora", "artista", "músico"}
        | {"cantante", "cantautor", "cantautora", "rapero", "rapera", "actor", "actriz"}
        | {"cineasta", "documentalista", "dramaturgo", "dramaturga", "pintor", "pintora"}
        | {"escultor", "escultora", "caricaturista", "dibujante", "humorista", "bailarín"}
        | {"bailarina", "deportista", "futbolista", "atleta"}
        # learning, science, health
        | {"estudiante", "universitario", "universitaria", "profesor", "profesora"}
        | {"maestro", "maestra", "docente", "educador", "educadora", "catedrático"}
        | {"catedrática", "académico", "académica", "investigador", "investigadora"}
        | {"científico", "científica", "economista", "sociólogo", "socióloga"}
        | {"antropólogo", "antropóloga", "historiador", "historiadora", "psicólogo"}
        | {"psicóloga", "médico", "médica", "enfermero", "enfermera", "cirujano"}
        | {"cirujana", "dentista", "ingeniero", "ingeniera", "arquitecto", "arquitecta"}
        | {"programador", "programadora", "informático"}
        # work
        | {"trabajador", "trabajadora", "obrero", "obrera", "campesino", "campesina"}
        | {"agricultor", "agricultora", "pescador", "pescadora", "comerciante"}
        | {"vendedor", "vendedora", "empresario", "empresaria", "banquero", "banquera"}
        | {"taxista", "conductor", "conductora", "comunero"}
        | {"comunera"}
        # faith
        | {"sacerdote", "cura", "párroco", "obispo", "pastor", "pastora", "monje"}
        | {"monja", "clérigo", "imán", "rabino", "misionero", "misionera"}
        | {"catequista", "predicador", "predicadora", "seminarista", "bahaí"}
        # a people's noun before the name, the person's role ("el kurdo iraní X")
        | {"kurdo", "kurda", "kurdos", "uigur"}
        # status: what the case makes of a person
        | {"preso", "presa", "prisionero", "prisionera", "recluso", "reclusa"}
        | {"refugiado", "refugiada", "migrante", "solicitante", "exiliado", "exiliada"}
        | {"indígena", "víctima", "superviviente", "sobreviviente", "testigo"}
        | {"denunciante"}
        # age and life stage ("niño", "mujer" are `male_words` and `female_words`: as a
        # role before a name they are more often another phrase's: "el padre del niño, X",
        # the slogan "Mujer, Vida, Libertad")
        | {"joven", "menor", "adolescente"}
    ),
    # Words for a man or a woman (relations, life stages, courtesy titles); plurals only
    # where they name men or women alone ("padres", "hijos" may be both).
    male_words=frozenset(
        {"hombre", "hombres", "niño", "padre", "hijo", "hermano", "esposo", "sr", "señor", "don"}
        | {"marido", "compañero", "novio", "viudo", "abuelo", "nieto", "tío", "sobrino"}
        | {"primo", "suegro", "cuñado", "yerno", "muchacho", "chico", "anciano", "varón"}
    ),
    female_words=frozenset(
        {"mujer", "mujeres", "niña", "madre", "hija", "hermana", "esposa", "sra", "señora", "doña"}
        | {"compañera", "novia", "viuda", "abuela", "nieta", "tía", "sobrina", "suegra", "cuñada"}
        | {"nuera", "muchacha", "chica", "anciana", "srta", "señorita", "niñas", "hijas"}
        | {"hermanas", "madres", "abuelas", "muchachas", "chicas"}
    ),
    male_pronouns=frozenset({"él"}),
    female_pronouns=frozenset({"ella"}),
    # Not the place nouns that are also common surnames ("Sierra", "Plaza", "del Río").
    place_words=frozenset(
        {"prisión", "provincia", "ciudad", "región", "tribunal", "calle", "centro", "universidad"}
        | {"cárcel", "penal", "penitenciaría", "reclusorio", "comisaría", "cuartel"}
        | {"hospital", "aeropuerto", "avenida", "estado", "municipio", "distrito", "aldea"}
        | {"colonia", "vereda", "república"}
    ),
    and_words=frozenset({"y", "e"}),
    list_openers=frozenset({"entre", "encontraban", "incluidos", "incluidas"}),
    former_words=frozenset({"antiguo", "antigua", "antiguos", "antiguas", "ex", "ex-"}),
    authorities=(
        *("autoridades", "autoridades penitenciarias", "autoridades judiciales"),
        *("autoridades locales", "autoridades militares", "autoridades civiles"),
    ),
    authorities_of=("de", "de la", "del", "en"),
    civic_bodies=(
        *("asociación", "fundación", "comité", "sindicato", "colectivo", "coalición"),
        *("federación", "liga", "movimiento", "red", "organización", "ong", "cooperativa"),
        *("alianza", "collectiu"),
    ),
    phone_line_words=frozenset({"línea", "líneas", "centralita", "conmutador", "teléfono"}),
    person_verbs=frozenset(
        {"fue", "fueron", "es", "está", "están", "ha", "han", "sigue", "permanece"}
        # the risk a person faces: "X corre riesgo de ejecución", "X enfrenta cargos"
        | {"corre", "enfrenta", "había", "podría"}
        # auxiliaries and copulas, in the tenses of a report: "X estaba detenido", "X habría
        # sido torturado", "X será juzgado", "X continúa en prisión"
        | {"era", "eran", "estaba", "estaban", "estuvo", "habían", "habría", "habrían"}
        | {"será", "serán", "sería", "podrían", "siguen", "continúa", "continúan"}
        | {"permanecen", "permaneció", "corren", "enfrentan", "afronta", "afrontan"}
        # what a person at risk lives through: "X lleva dos años detenido", "X cumple una
        # condena", "X padece diabetes", "X inició una huelga de hambre", "X murió"
        | {"lleva", "llevan", "cumple", "cumplía", "padece", "sufre", "sufrió", "murió"}
        | {"falleció", "desapareció", "huyó", "inició", "denunció", "relató", "trabaja"}
        | {"trabajaba", "vive", "vivía", "tenía", "recibió", "quedó", "resultó"}
    ),
    not_names=frozenset(
        [
            # quantifiers that open a sentence of names ("Ambos A y B fueron ...")
            "ambos",
            "ambas",
            "amnistía",
            "internacional",
            "acción",
            "urgente",
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "o",
            "un",
            "una",
            "al",
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
            "presidente",
            "república",
            "ong",
            "servicio",
            "bolivariano",
            "inteligencia",
            "nacional",
            "foro",
            "penal",
            "miraflores",
        ]
    ),
    third_party=("su abogado", "el abogado de"),
    groups=(
        "al menos {n} {text}",
        "más de {n} {text}",
        "{n} personas {text}",
        "otros {n} {text}",
        "otras {n} {text}",
        # "otros tres fueron detenidos": the people left unsaid; not before a noun
        "otros {n}",
        "otras {n}",
    ),
    number_words=_ES_NUMBERS,
    approximate_groups=(
        "decenas de",
        "centenares de",
        "cientos de",
        "un centenar de",
        "una docena de",
        # "una veintena de personas", "una treintena de estudiantes"
        *(f"una {tens}ena de" for tens in ("dec", "quinc", "veint", "treint", "cuarent")),
    ),
    household_nouns=frozenset({"familias", "hogares"}),
    released=(
        "fueron puestas en libertad",
        "fue puesto en libertad",
        "fue puesta en libertad",
        "liberadas",
        "liberados",
        "fue liberado",
        "fue liberada",
        "fueron liberados",
        "fueron liberadas",
        "ha sido liberado",
        "ha sido liberada",
        "han sido liberados",
        "han sido liberadas",
        "fueron puestos en libertad",
        "ha sido puesto en libertad",
        "ha sido puesta en libertad",
        "han sido puestos en libertad",
        "han sido puestas en libertad",
        "fue ... puesto en libertad",
        "fue ... puesta en libertad",
        "fue ... liberado",
        "fue ... liberada",
        "quedó en libertad",
        "quedaron en libertad",
        "recuperó la libertad",
        "recuperaron la libertad",
        "fue excarcelado",
        "fue excarcelada",
        "fueron excarcelados",
        "ha sido excarcelado",
        "ya está en libertad",
        "ya se encuentra en libertad",
        # the pluperfect ("A y B habían sido puestos en libertad el 18 de octubre")
        "había sido liberado",
        "había sido liberada",
        "habían sido liberados",
        "habían sido liberadas",
        "había sido puesto en libertad",
        "había sido puesta en libertad",
        "habían sido puestos en libertad",
        "habían sido puestas en libertad",
        "había sido excarcelado",
        "había sido excarcelada",
    ),
    died=(
        "murió",
        "falleció",
        "ha muerto",
        "ha fallecido",
        "murieron",
        "fallecieron",
        "perdió la vida",
        "perdieron la vida",
        # a killing (tenth session)
        "fue asesinado",
        "fue asesinada",
        "fueron asesinados",
        "fue ... asesinado",
        "fue ... asesinada",
        "ha sido asesinado",
        "ha sido asesinada",
        "han sido asesinados",
        "fue hallado muerto",
        "fue hallada muerta",
        "fueron hallados muertos",
        "fue encontrado muerto",
        "fue encontrada muerta",
        "sido hallado muerto",
        "sido hallada muerta",
        "sido hallados muertos",
    ),
    # the heading of a list of tips for the sender, whose bullets are no demands
    closing_for_one=("a favor de él", "a favor de ella", "en favor de él", "en favor de ella"),
    advice_headings=(
        "^consejos para {text}:$",
        "^algunos consejos:$",
        "^consejos:$",
    ),
    closed_loose=(
        "no se requiere",
        "ya no es necesario",
        "finalizada",
        "cerrada",
        "ha concluido",
        "ya no se necesitan",
    ),
    executed=(
        "fue ejecutado",
        "fue ejecutada",
        "fueron ejecutados",
        "fue ... ejecutado",
        "fueron ejecutadas",
        "ha sido ejecutado",
        "ha sido ejecutada",
        "han sido ejecutados",
        "fue ... ejecutada",
        "fueron ... ejecutados",
        "fue ahorcado",
        "fue ahorcada",
        "fueron ahorcados",
        "autoridades ejecutaron",
        "fue fusilado",
        "fueron fusilados",
    ),
    country_words={
        "venezuela": "VE",
        "república democrática del congo": "CD",
        "rdc": "CD",
        "república del congo": "CG",
        "federación rusa": "RU",
        "federación de rusia": "RU",
        "arabia saudita": "SA",
        "birmania": "MM",
        "palestina": "PS",
        "territorios palestinos ocupados": "PS",
        "viet nam": "VN",
        "costa de marfil": "CI",
        "ee. uu.": "US",
        "ee.uu.": "US",
        "república popular china": "CN",
        "república islámica de irán": "IR",
        "reino de arabia saudita": "SA",
        "república socialista de vietnam": "VN",
    },
    commuted=(
        "conmutada",
        "conmutadas",
        "anulada",
        "conmutó",
        "conmutaron",
        "pena de muerte ... revocada",
        "condena a muerte ... revocada",
    ),
    hedges=("según los informes", "según informes", "presuntamente"),
    named_above={
        "hombres mencionados": "male",
        "hombres arriba mencionados": "male",
        "hombres antes mencionados": "male",
        "hombres citados": "male",
        "mujeres mencionadas": "female",
        "mujeres arriba mencionadas": "female",
        "mujeres antes mencionadas": "female",
        "mujeres citadas": "female",
    },
    bail=("bajo fianza", "libertad condicional", "libertad bajo fianza"),
    bail_auxiliaries=frozenset({"fue", "fueron", "ha", "han", "sido"}),
    release_nouns=tuple(
        f"{before} su {noun}"
        for before in ("a pesar de", "pese a", "tras", "desde", "después de")
        for noun in ("liberación", "excarcelación", "puesta en libertad")
    ),
    field_states={
        **dict.fromkeys(
            ["liberado", "liberada", "liberados", "excarcelado", "excarcelada"], "released"
        ),
        **dict.fromkeys(["ejecutado", "ejecutada"], "executed"),
        **dict.fromkeys(["fallecido", "fallecida", "murió"], "dead"),
    },
    done_to={
        # (with the article run into the preposition too: "liberaron al periodista X")
        "released": (
            "liberaron a",
            "liberó a",
            "excarcelaron a",
            "excarceló a",
            "liberaron al",
            "liberó al",
            "excarcelaron al",
            "excarceló al",
        ),
        "executed": ("ejecutaron a", "ejecutó a", "ejecutaron al", "ejecutó al"),
        # a death said before its subject, as Spanish often does ("Durante el ataque
        # murieron dos campesinos, A y B"), or a killing done to the person
        "dead": (
            "murió",
            "murieron",
            "falleció",
            "fallecieron",
            "mataron a",
            "mató a",
            "asesinaron a",
            "asesinó a",
            "mataron al",
            "mató al",
            "asesinaron al",
            "asesinó al",
        ),
        "commuted": (
            "conmutó la pena de muerte de",
            "conmutaron la pena de muerte de",
            "conmutó las condenas a muerte de",
            "conmutaron las condenas a muerte de",
        ),
    },
    negations=frozenset({"no", "nunca", "jamás", "negaron", "negó"}),
    members={
        "miembros del": "miembro del",
        "miembros de la": "miembro de la",
        "miembros de": "miembro de",
        "integrantes de": "integrante de",
    },
    # The longer phrase first: the first that stands before the name is the role.
    role_phrases=(
        "huelguista de hambre",
        "huelguistas de hambre",
        "preso de conciencia",
        "presa de conciencia",
        "prisionero de conciencia",
        "prisionera de conciencia",
        "preso político",
        "presa política",
        "prisionero político",
        "prisionera política",
        "objetor de conciencia",
        "objetora de conciencia",
        "persona defensora de los derechos humanos",
        "persona defensora de derechos humanos",
        "defensor de los derechos humanos",
        "defensora de los derechos humanos",
        "defensor de derechos humanos",
        "defensora de derechos humanos",
        "defensora de los derechos de las mujeres",
        "defensor de los derechos de las mujeres",
        "defensor del medio ambiente",
        "defensora del medio ambiente",
        "defensor del territorio",
        "defensora del territorio",
        "defensor ambiental",
        "defensora ambiental",
        "activista de derechos humanos",
        "activista por los derechos humanos",
        "activista por los derechos de las mujeres",
        "abogado de derechos humanos",
        "abogada de derechos humanos",
        "abogado defensor de los derechos humanos",
        "abogada defensora de los derechos humanos",
        "líder social",
        "lideresa social",
        "líder indígena",
        "lideresa indígena",
        "líder comunitario",
        "lideresa comunitaria",
        "líder estudiantil",
        "líder sindical",
        "dirigente sindical",
        "dirigente estudiantil",
        "dirigente campesino",
        "dirigente campesina",
        "dirigente indígena",
        "periodista independiente",
        "periodista ciudadano",
        "periodista ciudadana",
        "trabajador humanitario",
        "trabajadora humanitaria",
        "trabajadora doméstica",
        "madre buscadora",
        "solicitante de asilo",
        "persona refugiada",
        "menor de edad",
    ),
    thing_words=frozenset(
        {"partido", "movimiento", "sindicato", "frente", "coalición", "red", "fundación"}
        | {"asociación", "organización", "alianza", "federación", "liga", "colectivo"}
        | {"notificación", "ley", "decreto", "código", "convención", "pacto", "declaración"}
        # broadcasters and schools ("Radio Libre X", "la Universidad X")
        | {"escuela", "universidad", "academia", "instituto", "periódico", "televisión"}
        # a university's parts and a body's kinds ("Facultad de X", "Corporación X")
        | {"facultad", "centro", "corporación"}
    ),
    # A person as the object of the demand: "liberar a X", "poner en libertad a X".
    object_verbs=frozenset(
        {"liberar", "libere", "liberen", "liberad", "excarcelar", "libertad"}
        # demands: "excarcelen a X", "protejan a X", "indulten a X", "dejen en libertad a X"
        | {"excarcelen", "excarcele", "protejan", "proteja", "proteger", "indulten", "indultar"}
        # what was done to X, with "a": "detuvieron a X", "la policía secuestró a X"
        | {"detuvieron", "detuvo", "arrestaron", "arrestó", "secuestraron", "secuestró"}
        | {"asesinaron", "asesinó", "mataron", "mató", "ejecutaron", "ejecutó", "torturaron"}
        | {"torturó", "golpearon", "amenazaron", "amenazó", "condenaron", "condenó"}
        | {"encarcelaron", "encarceló", "desaparecieron", "capturaron", "capturó"}
        | {"aprehendieron", "aprehendió", "liberaron", "liberó", "excarcelaron"}
        | {"excarceló", "indultó", "acusan", "acusaron", "acusó", "procesaron", "juzgaron"}
        | {"hostigan", "hostigaron", "interrogaron", "agredieron"}
        # a participle before the subject: "fue detenida Ana X", "fueron condenados X e Y"
        | {"detenido", "detenida", "detenidos", "detenidas", "arrestado", "arrestada"}
        | {"arrestados", "arrestadas", "secuestrado", "secuestrada", "secuestrados"}
        | {"secuestradas", "asesinado", "asesinada", "asesinados", "asesinadas"}
        | {"ejecutado", "ejecutada", "ejecutados", "ejecutadas", "condenado", "condenada"}
        | {"condenados", "condenadas", "encarcelado", "encarcelada", "encarcelados"}
        | {"encarceladas", "torturado", "torturada", "torturados", "torturadas"}
        | {"liberado", "liberada", "liberados", "liberadas", "excarcelado", "excarcelada"}
        | {"excarcelados", "excarceladas", "acusado", "acusada", "acusados", "acusadas"}
        | {"juzgado", "juzgada", "juzgados", "juzgadas", "procesado", "procesada"}
        | {"procesados", "procesadas", "imputado", "imputada", "imputados", "imputadas"}
        | {"capturado", "capturada", "capturados", "capturadas", "indultado", "indultada"}
        | {"absuelto", "absuelta", "absueltos", "absueltas", "amenazado", "amenazada"}
    ),
    people_nouns=frozenset(
        {"personas", "hombres", "mujeres", "niños", "niñas", "menores", "jóvenes"}
        | {"activistas", "defensores", "defensoras", "periodistas", "abogados", "abogadas"}
        | {"estudiantes", "manifestantes", "presos", "presas", "detenidos", "detenidas"}
        | {"integrantes", "miembros", "trabajadores", "refugiados", "migrantes"}
        | {"sindicalistas", "líderes", "lideresas", "opositores", "dirigentes"}
        | {"adolescentes", "indígenas", "campesinos", "campesinas", "maestros", "maestras"}
        | {"docentes", "médicos", "médicas", "enfermeros", "enfermeras", "reclusos"}
        | {"reclusas", "prisioneros", "prisioneras", "solicitantes", "víctimas", "testigos"}
        | {"ciudadanos", "ciudadanas", "civiles", "vecinos", "vecinas", "comuneros"}
        | {"obreros", "obreras", "sacerdotes", "monjes", "monjas", "pastores", "bahaíes"}
        | {"universitarios", "universitarias", "voluntarios", "voluntarias", "exiliados"}
        | {"profesionales", "sanitarios", "sanitarias", "empleados", "empleadas"}
    ),
    people_endings=(
        "istas",
        "ores",
        "oras",
        "anos",
        "anas",
        "antes",
        "entes",
        "ados",
        "adas",
        "idos",
        "idas",
    ),
    event_nouns=frozenset(
        {"muerte", "asesinato", "homicidio", "detención", "arresto", "liberación"}
        | {"ejecución", "desaparición", "secuestro", "tortura", "condena", "juicio"}
        | {"encarcelamiento", "reclusión", "excarcelación", "captura", "aprehensión"}
        | {"procesamiento", "enjuiciamiento", "traslado", "deportación", "extradición"}
        | {"expulsión", "persecución", "criminalización", "hostigamiento", "feminicidio"}
        | {"lapidación", "flagelación", "fallecimiento", "indulto", "absolución"}
        | {"detenciones", "ejecuciones", "muertes", "asesinatos", "desapariciones"}
        # "la libertad de X", "el paradero de X", "la vida de X corre peligro"
        | {"libertad", "paradero", "integridad", "salud", "vida", "familia", "familiares"}
    ),
    event_followers=frozenset({"en", "a", "por", "desde", "hasta"}),
    for_words=("para", "a favor de", "en favor de"),
    roll_announcers=frozenset({"siguiente", "siguientes"}),
    body_posts=frozenset(
        {"miembro", "miembros", "integrante", "integrantes", "fundador", "fundadora"}
        | {"cofundador", "cofundadora", "coordinador", "coordinadora", "director"}
        | {"directora", "secretario", "secretaria", "presidente", "presidenta", "vocero"}
        | {"vocera", "portavoz", "dirigente", "dirigentes", "líder", "lideresa", "tesorero"}
        | {"tesorera", "representante", "representantes"}
    ),
    role_predicates=("es un", "es una", "él es", "ella es"),
    copulas=("es", "era"),
    back_references=("entre ellas", "entre ellos"),
    measure_words=frozenset(
        ["años", "meses", "semanas", "días", "horas", "veces", "kilómetros", "por"]
    ),
    group_ends=frozenset(["corren", "están", "son", "siguen", "permanecen"]),
    one_of=frozenset({"uno de", "una de"}),
    among=frozenset({"entre"}),
    existential=("hay", "había"),
    existential_adverbs=("actualmente", "hoy"),
    armed_after=frozenset({"armados", "armadas", "encapuchados", "enmascarados"}),
    crowd_verbs=frozenset(
        {"asistieron", "asistió", "marcharon", "firmaron", "participaron", "reunieron"}
    ),
    casualty_words=frozenset(
        {"muerto", "muertos", "muertas", "fallecido", "fallecidos", "asesinados", "asesinadas"}
    ),
    death_words=frozenset(
        {"muertos", "muertas", "muertes", "homicidios", "asesinatos", "asesinados", "fallecidos"}
    ),
    gathering_verbs=frozenset(
        {"reunir", "congregar", "reuniendo", "congregando", "atraer", "convocar"}
    ),
    subset_words=("entre ellas", "entre ellos", "incluidos", "incluidas", "incluyendo"),
    tally_nouns=frozenset(
        {"detención", "detenciones", "arresto", "arrestos", "masacre", "asesinato"}
    ),
    one_more=(
        "otra persona",
        "otro hombre",
        "otra mujer",
        "un tercer hombre",
        "una tercera mujer",
        "otra activista",
        "otro activista",
    ),
    family_groups=(
        "su familia",
        "sus familias",
        "las familias de estas",
        "las familias de estos",
        "las familias de los",
        "las familias de las",
    ),
    threatened_words=(
        "amenazado",
        "amenazada",
        "amenazados",
        "amenazadas",
        "en peligro",
    ),
    relative_pronouns=frozenset({"quienes", "que"}),
    perfect_auxiliaries=frozenset({"han", "habían"}),
    plural_copulas=frozenset({"son", "eran"}),
    year_tally=("en", "en el año", "durante"),
    about_words=("unos", "unas", "cerca de", "alrededor de", "aproximadamente", "casi"),
    risk_words=frozenset(
        {"riesgo", "corren", "podrían", "podría", "enfrentan", "amenazados", "amenazadas"}
    ),
    # Not the feminine forms that are also common nouns or adjectives ("la política",
    # "la comunidad científica", "la presa"): "the role said again" would read them.
    role_genders={
        **dict.fromkeys(["abogada", "bloguera", "defensora", "escritora", "médica"], "female"),
        **dict.fromkeys(["abogado", "bloguero", "defensor", "escritor", "médico"], "male"),
        **dict.fromkeys(["ciudadana"], "female"),
        **dict.fromkeys(["ciudadano"], "male"),
        **dict.fromkeys(
            ["fundadora", "coordinadora", "refugiada", "investigadora", "ingeniera"], "female"
        ),
        **dict.fromkeys(
            ["fundador", "coordinador", "refugiado", "investigador", "ingeniero"], "male"
        ),
        **dict.fromkeys(
            {"opositora", "lideresa", "cofundadora", "objetora", "voluntaria", "promotora"}
            | {"buscadora", "diputada", "exdiputada", "parlamentaria", "concejala"}
            | {"legisladora", "senadora", "candidata", "excandidata", "exalcaldesa", "letrada"}
            | {"reportera", "fotógrafa", "camarógrafa", "editora", "comunicadora", "locutora"}
            | {"tuitera", "poetisa", "librera", "traductora", "cantautora", "rapera", "actriz"}
            | {"dramaturga", "pintora", "escultora", "bailarina", "profesora", "maestra"}
            | {"educadora", "catedrática", "socióloga", "antropóloga", "historiadora"}
            | {"psicóloga", "enfermera", "cirujana", "arquitecta", "programadora"}
            | {"trabajadora", "obrera", "campesina", "agricultora", "pescadora", "vendedora"}
            | {"empresaria", "banquera", "conductora", "comunera", "pastora"}
            | {"monja", "misionera", "predicadora", "prisionera", "reclusa", "exiliada"}
            | {"organizadora", "empleada"},
            "female",
        ),
        **dict.fromkeys(
            {"opositor", "cofundador", "objetor", "voluntario", "promotor", "buscador"}
            | {"político", "diputado", "exdiputado", "parlamentario", "legislador", "senador"}
            | {"candidato", "excandidato", "exalcalde", "letrado", "reportero", "fotógrafo"}
            | {"camarógrafo", "editor", "comunicador", "locutor", "tuitero", "librero"}
            | {"traductor", "músico", "cantautor", "rapero", "actor", "dramaturgo", "pintor"}
            | {"escultor", "bailarín", "profesor", "maestro", "educador", "catedrático"}
            | {"académico", "científico", "sociólogo", "antropólogo", "historiador"}
            | {"psicólogo", "enfermero", "cirujano", "arquitecto", "programador"}
            | {"informático", "universitario", "trabajador", "obrero", "campesino"}
            | {"agricultor", "pescador", "vendedor", "empresario", "banquero", "conductor"}
            | {"comunero", "cura", "párroco", "obispo", "pastor", "monje"}
            | {"clérigo", "imán", "rabino", "misionero", "predicador", "seminarista", "preso"}
            | {"prisionero", "recluso", "exiliado", "organizador", "empleado"},
            "male",
        ),
    },
    male_articles=frozenset({"el", "un", "del", "al"}),
    female_articles=frozenset({"la", "una"}),
    definite_articles=frozenset({"el", "la"}),
    indefinite_articles=frozenset({"un", "una"}),
    one_of_genders={"uno de": "male", "una de": "female"},
    intention_words=(
        *("va a", "van a", "iba a", "iban a", "podría", "podrían", "debía", "debían"),
        *("debe", "deben"),
    ),
    earlier_words=("anteriormente", "previamente"),
    epicene_nouns=frozenset(
        {"personas", "víctimas", "voces", "figuras", "personalidades", "caras", "rostros"}
    ),
    plural_subjects=frozenset({"ellos", "ellas"}),
    auxiliaries=(
        "fue",
        "ha sido",
        "había sido",
        "está",
        "estaba",
        "sigue",
        "permanece",
        "continúa",
        "se halla",
        "se encuentra",
        "lleva",
    ),
    participle_genders=(("ada", "female"), ("ida", "female"), ("ado", "male"), ("ido", "male")),
    plural_auxiliaries=(
        "fueron",
        "han sido",
        "habían sido",
        "habrían sido",
        "están",
        "estaban",
        "siguen",
        "permanecen",
        "continúan",
        "se hallan",
        "se encuentran",
    ),
    feminine_plural_endings=("adas", "idas", "uestas", "ertas", "ueltas"),
    noun_phrase=NounPhrase(
        relatives=frozenset({"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas"})
        | frozenset({"donde", "cual", "cuales"}),
        conjunctions=frozenset({"pero", "o", "porque", "cuando", "si", "mientras", "aunque"}),
        verbs=frozenset(
            {"es", "son", "era", "eran", "fue", "fueron", "está", "están", "estaba", "estaban"}
            | {"ha", "han", "había", "habían", "habrían", "sido", "será", "serán", "siguen"}
            | {"sigue", "permanecen", "permanece", "corren", "corre", "enfrentan", "enfrenta"}
            | {"continúan", "continúa", "podrían", "pueden", "deben"}
        ),
        clitics=frozenset({"se", "les", "le", "lo", "la", "los", "las"}),
        adjuncts=frozenset(
            {"desde", "en", "por", "para", "con", "sin", "entre", "tras", "durante", "hasta"}
            | {"contra", "hacia", "según", "a", "al", "ante", "bajo", "sobre"}
        ),
        complements=frozenset({"de", "del"}),
        articles=frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "este"}),
        participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
        participles=frozenset({"puesto", "puestos", "puesta", "puestas", "muerto", "muertos"}),
        verb_endings=("aron", "ieron"),
        joins=frozenset({"y", "e"}),
    ),
    only_people=frozenset({"personas"}),
    name_unknown=("nombre desconocido",),
    roll_others=("otros", "otras"),
    roll_and=("y",),
    write_verbs=("escribe", "escriba", "escriban"),
    news_banners=(
        "buenas noticias",
        "malas noticias",
        "últimas noticias",
    ),
    possessives=("su", "sus"),
    possessives_after=("su", "sus"),
    # tables2 fields
    writer_openings=("Me", "Yo", "Nosotros", "Por"),
    salutation_particles=frozenset({"de", "del", "y"}),
    salutation_openings=("Estimado", "Estimada", "Estimados", "Estimadas"),
)


_JA_NUMBERS: dict[str, int] = {}

JA = Markers(
    language="ja",
    common_words=frozenset(["の", "は", "を", "に", "が", "で", "た", "し", "て", "と"]),
    ua_number=("ua no: {ua}", "ua no：{ua}", "ua no {ua}"),
    index=(),
    issued=("配信日: {date}", "配信日：{date}"),
    update=("最新情報: 続報", "続報"),
    ordinals={},
    letter_action=(),
    action_page=("緊急行動", "アクション", "アムネスティ"),
    deadline=("期限: {date}", "期限：{date}"),
    deadline_loose=(),
    deadline_extended=("期限延長: {date}",),
    closed=("このアクションは終了しました", "アクションは終了"),
    action=("アクションしてください",),
    instructions=("アクションしてください", "英語の要請例文"),
    write_in=("{langs}で当局への", "{langs}で"),
    own_language=("または日本語",),
    targets_start=("宛先:", "宛先：", "送り先:"),
    copies_start=("写し:", "コピー:"),
    own_embassy=("在日大使館",),
    letter_start=("^要請文例", "^英語の要請例文$"),
    letter_end=(),
    salutation_words=(),
    labels={**_LABELS_COMMON, "email": ("メール", "email", "e-mail"), "fax": ("ファックス", "fax")},
    salutation_hint=(),
    letter_requests=(),
    first_person=(),
    prose_requests=(),
    office_words=frozenset(),
    organisation_words=frozenset(),
    # A role stands before the name with の ("人権派弁護士の高智晟さん").
    role_words=frozenset(
        {"弁護士", "活動家", "ジャーナリスト", "記者", "作家", "学生", "教師", "医師", "擁護者"}
        | {"指導者", "詩人", "芸術家", "ブロガー", "研究者", "労働者", "組合員"}
    ),
    name_suffixes=("さん", "さま", "様", "氏", "君"),
    male_words=frozenset({"男性"}),
    female_words=frozenset({"女性"}),
    male_pronouns=frozenset(),
    female_pronouns=frozenset(),
    place_words=frozenset(),
    and_words=frozenset(),
    list_openers=frozenset(),
    person_verbs=frozenset(),
    not_names=frozenset(),
    third_party=(),
    groups=(),
    number_words=_JA_NUMBERS,
    released=("釈放された",),
    died=("死亡した",),
    closed_loose=("終了",),
    executed=("処刑された",),
    country_words={"中国": "CN", "イラン": "IR", "ロシア": "RU"},
)

# Courtesy titles that may stand before a name, in the four languages, folded ("Ms", "Mme",
# "Frau", "Sra.", "D." for Don): a closed class, used by persons and by target blocks alike.
COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "sir", "herr", "herrn", "frau", "m", "mme", "mlle", "madame"}
    | {"monsieur", "sr", "sra", "srta", "señor", "señora", "senor", "senora", "d", "dna"}
    | {"don", "doña", "dona"}
)

TABLES: dict[str, Markers] = {table.language: table for table in (EN, DE, FR, ES, JA)}
"""Every language the importer reads, by its code."""

# Labelled fields in Japanese pages: the label line, then the value on the next line.
JA_FIELDS = {
    "国名": "country",
    "対象者": "persons",
    "期限": "deadline",
    "配信日": "issued",
    "UA No": "ua",
}


_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d,.]*"  # "1 000" (fr) too
# Not the start of a date ("URGENT ACTION\n02/19/2020" is no UA 02/19).
_UA = r"\d{1,4}[./]\d{2,4}(?:-\d{1,2})?(?![./]?\d)"
UA_PATTERN = _UA
# "MDE 11/019/2014", "AMR 41/8936/2018"; older mails print "MDE-13/014/11", documents of the
# 1990s "ASA 28/13/92".
# (an edition's letter after it is part of the index as printed: "ASA 35/26/91/s", Spanish)
_INDEX = r"[A-Z]{3}[\s-]?\d{2}/\d{2,4}/(?:\d{4}|\d{2})(?:/[a-z](?![\w/]))?(?![\d/])"
INDEX_PATTERN = _INDEX


def compile_phrase(phrase: str, table: Markers) -> re.Pattern[str]:
    """Return the regular expression of a table's phrase (see the module's documentation).

    Named groups: `date` (and `date2`, ...), `ua`, `index`, `n`, `langs`, `text`.
    """
    words = _NUMBER_WORDS.get(id(table.number_words))
    if words is None or words[0] is not table.number_words:
        words = _NUMBER_WORDS[id(table.number_words)] = (
            table.number_words,
            tuple(table.number_words),
        )
    return _compile(phrase, table.language, words[1])


# Each table's number words as the tuple `_compile` caches on, made once per table (a phrase is
# compiled ~100,000 times a corpus run; making the tuple each time cost as much as the search).
_NUMBER_WORDS: dict[int, tuple[dict[str, int], tuple[str, ...]]] = {}


@cache
def every_language(field_name: str) -> tuple[str, ...]:
    """Return the words of a table field (`news_banners`, `writer_openings`, ...) in every
    language, in the tables' order, without repeats: for a rule that reads any language's
    words whatever the text's (a page may print a banner or a letter in another language)."""
    return tuple(
        dict.fromkeys(word for table in TABLES.values() for word in getattr(table, field_name))
    )


def words_pattern(words: tuple[str, ...]) -> str:
    """Return a regular expression matching any of `words`, the longest first, as a trie:
    "forty(?:-(?:one|two|...))?" instead of 170 alternatives (compiled ~3 times faster)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return pattern(trie)


@cache
def _compile(phrase: str, language: str, number_words: tuple[str, ...]) -> re.Pattern[str]:
    from .dates import date_expression

    numbers = words_pattern(number_words)
    placeholders = {
        "date": f"(?:{date_expression(language)})",
        "ua": _UA,
        "index": _INDEX,
        "n": _NUMBER + (f"|{numbers}" if numbers else ""),
        "langs": r"[^:.\n]{1,120}",
        "text": r".+?",
    }
    pattern = []
    anchored = phrase.startswith("^")
    body = phrase.removeprefix("^")
    ends = body.endswith("$")
    body = body.removesuffix("$")
    seen: dict[str, int] = {}
    parts = [part for part in re.split(r"(\{\w+\}|\.\.\.)", body) if part]
    for number, part in enumerate(parts):
        if part == "{langs}" and number < len(parts) - 1:
            pattern.append(r"(?P<langs>[^:.\n]{1,120}?)")  # followed by more words: as few as fit
            continue
        if part == "...":
            # Up to six words within the sentence ("was on 1 July 2033 released"), none a
            # negation ("wurde bis heute nicht freigelassen"). German puts the participle at
            # the end of its clause, after all the clause says ("wurde am 18. März nach
            # Verbüßen seiner Haftstrafe freigelassen"): up to ten words, within the clause.
            word = r"(?!(?:not|never|nicht|nie|niemals|kein\w*|pas|jamais|no|nunca|jamás)\b)"
            if language == "de":
                pattern.append(rf"(?:{word}(?:\d{{1,2}}\.|[^\s.,;:!?]+)\s+){{0,10}}?")
            else:
                pattern.append(rf"(?:{word}(?:\d{{1,2}}\.|[^\s.;:!?]+),?\s+){{0,6}}?")
            if number + 1 < len(parts):
                parts[number + 1] = parts[number + 1].lstrip()
        elif part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            seen[name] = seen.get(name, 0) + 1
            group = name if seen[name] == 1 else f"{name}{seen[name]}"
            pattern.append(f"(?P<{group}>{placeholders[name]})")
        elif part:
            literal = re.escape(part)
            literal = re.sub(r"(?:\\ )+", r"\\s+", literal)
            # a dash between spaces is any dash the page printed ("Index: ... – 20 de marzo")
            literal = literal.replace(r"\s+\-\s+", r"\s+[-–—]\s+")
            literal = re.sub(r"['’]", "['’]", literal)
            if parts[number + 1 : number + 2] == ["{ua}"] and literal.endswith(r"\s+"):
                # "UA-123/2019-2" as well as "UA 123/19": the sections' numbers take a hyphen
                literal = literal[: -len(r"\s+")] + r"(?:\s*-\s*|\s+)"
            pattern.append(literal)
    text = "".join(pattern)
    if text.endswith("(?P<text>.+?)"):
        text = text[: -len(".+?)")] + ".+)"
    # Word boundaries for alphabetic scripts; Japanese has no spaces between words.
    if re.match(r"[A-Za-zÀ-ÿ0-9]", body):
        text = r"(?<!\w)" + text
    if re.search(r"[A-Za-zÀ-ÿ0-9]$", body):
        text += r"(?!\w)"

    if anchored and body.startswith("{date}"):
        text = r"^\s*(?:[-•*]\s*)?" + text  # "10. Februar 2031": the day is no list number
    elif anchored:
        text = r"^\s*(?:\d{1,2}[.)]\s*|[-•*]\s*)?" + text
    if ends:
        text += r"\s*$"
    return re.compile(text, re.IGNORECASE | re.MULTILINE)


def search(phrases: tuple[str, ...], text: str, table: Markers) -> re.Match[str] | None:
    """Return the first match in `text` of the first phrase that matches, or None.

    A phrase whose longest plain word is not in the text cannot match, and is not compiled:
    most phrases of most tables never match a given page, and compiling them was half of
    an import's time."""
    lowered = text.lower()
    for phrase in phrases:
        if not may_match(phrase, lowered):
            continue
        match = compile_phrase(phrase, table).search(text)
        if match:
            return match
    return None


def may_match(phrase: str, lowered: str) -> bool:
    """Say whether a phrase may match a text (given in lower case): False when its longest
    plain word is not in it, so that the phrase need not be compiled."""
    key = _key_word(phrase)
    return not key or key in lowered


@cache
def _key_word(phrase: str) -> str | None:
    """Return the longest word of a phrase's plain text that every match contains as it is
    (lower case; not a placeholder, not a word with an apostrophe, which may be printed
    either way), or None."""
    plain = re.sub(r"\{\w+\}|\.\.\.", " ", phrase.removeprefix("^").removesuffix("$"))
    words = [w for w in plain.lower().split() if "'" not in w and "’" not in w]
    return max(words, key=len, default=None)


def matches(phrases: tuple[str, ...], text: str, table: Markers) -> bool:
    """Say whether any of `phrases` occurs in `text`."""
    return search(phrases, text, table) is not None
