"""Letter wording a native reader checks: agreement, lead-ins, places, closings, scripts.

Each test renders letters in the languages it names and asserts the grammatical words an
official reads: "He is"/"Sie ist"/"находятся", the lead-in before the demands, the town in
the letter's language, the closing for the target's rank.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

import ualetters
from ualetters.demands import demand_form, demand_forms
from ualetters.model import pick, pick_name

from .helpers import CASE_FILE, LETTER_DATE, SENDER_FILE

LANGS = ("de", "en", "fr", "it", "es", "ru", "ar")
DATE = dt.date(2034, 3, 10)


def texts(**by_lang: str) -> dict[str, str]:
    return dict(by_lang)


TITLE = texts(
    en="Peaceful protesters detained",
    de="Friedliche Demonstrierende in Haft",
    fr="Des manifestants pacifiques détenus",
    it="Manifestanti pacifici detenuti",
    es="Manifestantes pacíficos detenidos",
    ru="Мирные участники протеста под стражей",
    ar="احتجاز محتجين سلميين",
)
# Facts that do not open with a role, so every role sentence shows.
FACTS = texts(
    en="The arrests took place in Bishkek on 3 March 2034.",
    de="Die Festnahmen erfolgten am 3. März 2034 in Bischkek.",
    fr="Les arrestations ont eu lieu à Bichkek le 3 mars 2034.",
    it="Gli arresti sono avvenuti a Bishkek il 3 marzo 2034.",
    es="Las detenciones tuvieron lugar en Biskek el 3 de marzo de 2034.",
    ru="Задержания произошли в Бишкеке 3 марта 2034 года.",
    ar="جرت الاعتقالات في بيشكيك في 3 مارس 2034.",
)
IMPERATIVES = [
    texts(
        en="Respect the right to peaceful assembly.",
        de="Achten Sie das Recht auf friedliche Versammlung.",
        fr="Respectez le droit de réunion pacifique.",
        it="Rispetti il diritto di riunione pacifica.",
        es="Respete el derecho de reunión pacífica.",
        ru="Уважайте право на мирные собрания.",
        ar="احترموا الحق في التجمع السلمي.",
    )
]
MAN = {
    "name": {"Latn": "Aibek Example", "Cyrl": "Айбек Экзампл"},
    "gender": "male",
    "role": texts(
        en="a teacher",
        de="Lehrer",
        fr="enseignant",
        it="insegnante",
        es="profesor",
        ru="учитель",
        ar="معلم",
    ),
}
WOMAN = {
    "name": {"Latn": "Aigul Example", "Cyrl": "Айгуль Экзампл"},
    "pronouns": "she/her",  # the gender from the pronouns
    "role": texts(
        en="a journalist",
        de="Journalistin",
        fr="journaliste",
        it="giornalista",
        es="periodista",
        ru="журналистка",
        ar="صحفية",
    ),
}
UNKNOWN = {
    "name": {"Latn": "Alex Example", "Cyrl": "Алекс Экзампл"},
    "gender": "unknown",
    "role": texts(
        en="a member of a human rights group",
        de="Mitglied einer Menschenrechtsgruppe",
        fr="membre d'un groupe de défense des droits humains",
        it="membro di un gruppo per i diritti umani",
        es="miembro de un grupo de derechos humanos",
        ru="член правозащитной группы",
        ar="عضو في مجموعة لحقوق الإنسان",
    ),
}
GROUP = {
    "description": texts(
        en="at least 10 other peaceful protesters",
        de="mindestens zehn weitere friedliche Demonstrierende",
        fr="au moins dix autres manifestants pacifiques",
        it="almeno altri dieci manifestanti pacifici",
        es="al menos otros diez manifestantes pacíficos",
        ru="ещё не менее десяти мирных участников протеста",
        ar="ما لا يقل عن عشرة محتجين سلميين آخرين",
    ),
    "count": 10,
}
SALUTATION = texts(
    en="Dear Prosecutor General",
    de="Sehr geehrter Herr Generalstaatsanwalt",
    fr="Monsieur le Procureur général",
    it="Signor Procuratore generale",
    es="Señor Fiscal General",
    ru="Уважаемый господин Генеральный прокурор",
    ar="السيد النائب العام المحترم",
)


def case_of(
    persons: list[dict[str, Any]],
    groups: list[dict[str, Any]] | None = None,
    *,
    demands: list[dict[str, str]] | None = None,
    rank: str | None = None,
    salutation: bool = True,
    **fields: Any,
) -> ualetters.Case:
    """Return a case about `persons` and `groups`, written in every language."""
    target: dict[str, Any] = {
        "id": "prosecutor",
        "title": texts(
            en="Prosecutor General",
            de="Generalstaatsanwalt",
            fr="Procureur général",
            it="Procuratore generale",
            es="Fiscal General",
            ru="Генеральный прокурор",
            ar="النائب العام",
        ),
        "address": {"street": "1 Example Street", "city": "Bishkek", "country": "KG"},
    }
    if salutation:
        target["salutation"] = SALUTATION
    if rank:
        target["rank"] = rank
    data: dict[str, Any] = {
        "ua": "UA 12/34",
        "country": "KG",
        "title": TITLE,
        "persons": persons,
        "facts": FACTS,
        "demands": demands or IMPERATIVES,
        "targets": [target],
        **fields,
    }
    if groups:
        data["groups"] = groups
    return ualetters.load_case(data)


def sender(lang: str, name: str = "Anna Beispiel", **fields: Any) -> ualetters.Sender:
    data = {"name": name, "city": "Bern", "country": "CH", "languages": [lang], **fields}
    return ualetters.load_sender(data)


def letter_of(case: ualetters.Case, lang: str, **fields: Any) -> ualetters.Letter:
    (letter,) = ualetters.letters_for(case, sender(lang, **fields), date=DATE, lang=lang)
    return letter


def bare(text: str) -> str:
    """Return `text` without the bidi isolates Arabic letters put around Latin names."""
    return text.replace("\u2068", "").replace("\u2069", "")


def body(letter: ualetters.Letter) -> str:
    """Return the letter's text from the subject on, isolates removed, on one line each."""
    parts = [letter.subject, *(p.text for p in letter.paragraphs), letter.closing]
    return bare("\n".join(parts))


def bodies(case: ualetters.Case, lang: str) -> list[str]:
    """Return the bodies of letters from six senders: every phrasing `vary` offers shows."""
    names = (
        "Anna Beispiel", "Jo Bloggs", "Max Muster", "Eva Exempel", "Li Wei", "Sam Doe",
        "Ana Ejemplo", "Jean Dupont", "Mario Rossi", "Ivan Petrov", "Hoda Ali", "Kim Lee",
    )  # fmt: skip
    return [body(letter_of(case, lang, name=name)) for name in names]


# --- agreement: 1 man, 1 woman, 1 person of unknown gender, 2 people, a group --------------

# The role sentence each set gets, per language.
ONE_MAN = {
    "en": "He is a teacher.",
    "de": "Er ist Lehrer.",
    "fr": "Il est enseignant.",
    "it": "È insegnante.",
    "es": "Es profesor.",
    "ru": "Он — учитель.",
    "ar": "وهو معلم.",
}
ONE_WOMAN = {
    "en": "She is a journalist.",
    "de": "Sie ist Journalistin.",
    "fr": "Elle est journaliste.",
    "it": "È giornalista.",
    "es": "Es periodista.",
    "ru": "Она — журналистка.",
    "ar": "وهي صحفية.",
}
ONE_UNKNOWN = {
    "en": "Alex Example is a member of a human rights group.",
    "de": "Alex Example ist Mitglied einer Menschenrechtsgruppe.",
    "fr": "Alex Example est membre d'un groupe de défense des droits humains.",
    "it": "Alex Example è membro di un gruppo per i diritti umani.",
    "es": "Alex Example es miembro de un grupo de derechos humanos.",
    "ru": "Алекс Экзампл — член правозащитной группы.",
    "ar": "Alex Example عضو في مجموعة لحقوق الإنسان.",
}
# Words that give a person a gender: never in a letter about someone of unknown gender, nor
# as the subject of a role sentence about several people.
GENDERED = {
    "en": ("He is", "She is"),
    "de": ("Er ist", "Sie ist"),
    "fr": ("Il est", "Elle est"),
    "it": ("È ",),
    "es": ("Es ",),
    "ru": ("Он —", "Она —"),
    "ar": ("وهو ", "وهي "),
}
# The verb that agrees with everyone concerned, where the language's sentences have one.
SINGULAR_VERB = {"fr": "se trouve ", "it": "si trova ", "es": "se encuentra ", "ru": "находится "}
PLURAL_VERB = {
    "fr": "se trouvent ",
    "it": "si trovano ",
    "es": "se encuentran ",
    "ru": "находятся ",
}
AND = {
    "en": " and ",
    "de": " und ",
    "fr": " et ",
    "it": " e ",
    "es": " y ",
    "ru": " и ",
    "ar": " و",
}


@pytest.mark.parametrize("lang", LANGS)
def test_one_man_one_woman_one_person_of_unknown_gender(lang: str) -> None:
    for person, sentence in ((MAN, ONE_MAN), (WOMAN, ONE_WOMAN), (UNKNOWN, ONE_UNKNOWN)):
        for text in bodies(case_of([person]), lang):
            assert sentence[lang] in text, (lang, text)
            if lang in SINGULAR_VERB:
                assert PLURAL_VERB[lang] not in text
    for text in bodies(case_of([UNKNOWN]), lang):
        lines = text.splitlines()[1:]  # the subject aside
        assert not any(line.startswith(GENDERED[lang]) for line in lines), text
        assert not any(f". {word}" in text for word in GENDERED[lang]), text
    if lang in SINGULAR_VERB:
        found = " ".join(bodies(case_of([MAN]), lang))
        assert SINGULAR_VERB[lang] in found


@pytest.mark.parametrize("lang", LANGS)
def test_two_people_are_named_together_and_each_by_name(lang: str) -> None:
    case = case_of([MAN, WOMAN])
    man = pick_name(MAN["name"], lang)
    woman = pick_name(WOMAN["name"], lang)
    for text in bodies(case, lang):
        assert f"{man}{AND[lang]}{woman}" in text
        for line in text.splitlines()[1:]:
            assert not line.startswith(GENDERED[lang])
        if lang in SINGULAR_VERB:
            assert SINGULAR_VERB[lang] not in text
    found = " ".join(bodies(case, lang))
    if lang in PLURAL_VERB:
        assert PLURAL_VERB[lang] in found
    # Each role sentence names its person: no "He is" that could mean either.
    role = {"ru": " — ", "ar": " "}.get(lang, " ")
    assert f"{man}{role}" in found and f"{woman}{role}" in found


@pytest.mark.parametrize("lang", LANGS)
def test_a_group_reads_as_plural(lang: str) -> None:
    description = GROUP["description"][lang]
    case = case_of([MAN], [GROUP])
    man = pick_name(MAN["name"], lang)
    found = bodies(case, lang)
    for text in found:
        assert f"{man}{AND[lang]}{description}" in text
        assert ONE_MAN[lang] not in text  # "He is" would be ambiguous next to a group
        if lang in SINGULAR_VERB:
            assert SINGULAR_VERB[lang] not in text
        # No sentence makes the group one person: "... protesters is", "... ist".
        assert f"{description} is " not in text and f"{description} ist " not in text
    if lang in PLURAL_VERB:
        assert PLURAL_VERB[lang] in " ".join(found)
    only_group = case_of([], [GROUP])
    for text in bodies(only_group, lang):
        assert description in text


def test_a_long_list_is_shortened_in_the_subject_only() -> None:
    four = [
        {"name": name, "gender": "unknown"}
        for name in ("Ahmad Daneshpour Moghadam", "Mohsen Daneshpour Moghadam", "C Person", "D P")
    ]
    case = case_of(four)
    subjects = {lang: letter_of(case, lang).subject for lang in LANGS}
    assert subjects["en"].startswith(
        "Ahmad Daneshpour Moghadam, Mohsen Daneshpour Moghadam and two others: "
    )
    assert subjects["de"].startswith(
        "Ahmad Daneshpour Moghadam, Mohsen Daneshpour Moghadam und zwei weitere: "
    )
    assert "et deux autres personnes – " in subjects["fr"]
    assert "e altre due persone – " in subjects["it"]
    assert "y otras dos personas – " in subjects["es"]
    assert "и ещё два человека. " in subjects["ru"]
    assert "وآخرون" in subjects["ar"]
    full = body(letter_of(case, "en"))
    assert "Ahmad Daneshpour Moghadam, Mohsen Daneshpour Moghadam, C Person and D P" in full
    with_group = case_of(four[:3], [GROUP])
    assert letter_of(with_group, "en").subject.startswith(
        "Ahmad Daneshpour Moghadam, Mohsen Daneshpour Moghadam and others: "
    )
    # Up to three people, the subject names everyone.
    assert letter_of(case_of(four[:3]), "de").subject.startswith(
        "Ahmad Daneshpour Moghadam, Mohsen Daneshpour Moghadam und C Person: "
    )


def test_a_person_released_is_no_longer_named() -> None:
    case = case_of(
        [MAN, WOMAN],
        updates=[
            {"date": "2034-03-05", "kind": "info", "persons": [{"person": 1, "status": "released"}]}
        ],
    )
    text = body(letter_of(case, "en"))
    assert "Aigul Example" not in text.split("\n", 1)[0]  # the subject
    assert "He is a teacher." in text  # one man: singular again


# --- demands as published: the lead-in fits the form -------------------------------------

FIRST_PERSON = [
    texts(
        en="I urge you to release Aibek Example immediately.",
        de="Ich bitte Sie eindringlich, Aibek Example umgehend freizulassen.",
        fr="Je vous demande de libérer Aibek Example immédiatement.",
        it="Le chiedo di rilasciare immediatamente Aibek Example.",
        es="Le pido que ponga en libertad de inmediato a Aibek Example.",
        ru="Я прошу Вас немедленно освободить Айбека Экзампла.",
        ar="أناشدكم الإفراج فورًا عن Aibek Example.",
    )
]
INFINITIVES = [
    texts(
        en="Release Aibek Example immediately.",
        de="Lassen Sie Aibek Example umgehend frei.",
        fr="Libérer Aibek Example immédiatement.",
        it="Rilasciare immediatamente Aibek Example.",
        es="Poner en libertad de inmediato a Aibek Example.",
        ru="Немедленно освободить Айбека Экзампла.",
        ar="الإفراج فورًا عن Aibek Example.",
    )
]
LEAD_INS = {
    "first_person": {lang: () for lang in LANGS},
    "imperative": {
        "en": ("urge you to take the following steps:", "act on the following requests:",
               "to do the following:"),
        "de": ("Ich bitte Sie daher eindringlich:", "Deshalb bitte ich Sie:",
               "Ich appelliere daher an Sie:"),
        "fr": ("demandes suivantes\u00a0:",),
        "it": ("le seguenti richieste:",),
        "es": ("las siguientes peticiones:",),
        "ru": ("со следующими просьбами:", "со следующими настоятельными просьбами:"),
        "ar": ("بالمطالب التالية:", "للمطالب التالية:"),
    },
    "infinitive": {
        "fr": ("de bien vouloir\u00a0:",),
        "it": ("pertanto di:", "con fermezza, di:"),
        "es": ("con todo respeto a:", "que tenga a bien:"),
        "ru": ("Прошу Вас:", "Убедительно прошу Вас:", "Настоятельно призываю Вас:"),
        "ar": ("أناشدكم باحترام:", "أدعوكم باحترام إلى:"),
    },
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_demands_in_every_form_get_a_lead_in_that_fits(lang: str) -> None:
    forms = {"imperative": IMPERATIVES, "first_person": FIRST_PERSON, "infinitive": INFINITIVES}
    for form, demands in forms.items():
        if lang not in LEAD_INS[form]:
            continue
        assert [demand_form(d[lang], lang) for d in demands] == [form]
        case = case_of([MAN], demands=demands)
        for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei"):
            letter = letter_of(case, lang, name=name)
            shown = [bare(p.text) for p in letter.paragraphs]
            kinds = dict(zip(shown, (p.kind for p in letter.paragraphs), strict=True))
            text = demands[0][lang]
            if form == "first_person":
                # A sentence standing on its own: no lead-in, no list.
                assert kinds[text] == "text"
                assert shown[shown.index(text) - 1] == FACTS[lang]
            else:
                assert kinds[text] == "item"
                lead = [t for t, kind in kinds.items() if kind == "text"][-2]
                assert lead.endswith(LEAD_INS[form][lang]), (lang, form, lead)
    # Russian "прошу Вас:" only ever before infinitives.
    if lang == "ru":
        for text in bodies(case_of([MAN]), "ru"):
            assert "прошу Вас:" not in text and "призываю Вас:" not in text


def test_demand_forms_per_language_and_overrides() -> None:
    assert demand_form("Release Azimjan Askarov immediately.", "en") == "imperative"
    assert demand_form("Until his release, ensure he gets care.", "en") == "imperative"
    assert demand_form("I urge you to release him.", "en-GB") == "first_person"
    assert demand_form("Bitte lassen Sie ihn frei.", "de-CH") == "imperative"
    assert demand_form("Jusqu'à sa libération, veillez à ce qu'il soit soigné.", "fr") == (
        "imperative"
    )
    assert demand_form("Veiller à ce qu'il soit soigné.", "fr") == "infinitive"
    assert demand_form("До его освобождения обеспечьте ему помощь.", "ru") == "imperative"
    assert demand_form("Немедленно и безоговорочно освободить его.", "ru") == "infinitive"
    assert demand_form("Fino al suo rilascio, garantisca cure adeguate.", "it") == "imperative"
    assert demand_form("Garantizar que reciba atención médica.", "es") == "infinitive"
    assert demand_form("أفرجوا عنه فورًا.", "ar") == "imperative"
    assert demand_form("الإفراج عنه فورًا.", "ar") == "infinitive"
    assert demand_form("Ein Satz in einer Sprache ohne Tabelle.", "fa") == "imperative"
    demands = ["Освободите его.", "Обеспечьте помощь."]
    assert demand_forms(demands, "ru") == ["imperative", "imperative"]
    assert demand_forms(demands, "ru-RU", {"ru": "infinitive"}) == ["infinitive"] * 2
    # The case's override wins in the letter: "Прошу Вас:" before them.
    case = case_of([MAN], demand_form={"ru": "infinitive"}, demands=IMPERATIVES)
    assert any(p.text.endswith("Вас:") for p in letter_of(case, "ru").paragraphs)


def test_mixed_forms_get_a_lead_in_that_fits_both() -> None:
    case = case_of([MAN], demands=[IMPERATIVES[0], FIRST_PERSON[0]])
    letter = letter_of(case, "de")
    items = [p.text for p in letter.paragraphs if p.kind == "item"]
    assert items == [IMPERATIVES[0]["de"], FIRST_PERSON[0]["de"]]
    lead = [p.text for p in letter.paragraphs if p.kind == "text"][-2]
    assert lead in (
        "Ich trage Ihnen daher die folgenden Anliegen vor:",
        "Daher wende ich mich mit den folgenden Anliegen an Sie:",
    )


# --- role sentences, the personal note ----------------------------------------------------


def test_no_role_sentence_when_the_facts_open_with_the_role() -> None:
    case = ualetters.load_case(CASE_FILE)
    for lang, words in {
        "de": "ist Menschenrechtsverteidiger",
        "en": "is a human rights defender",
        "fr": "est défenseur",
        "it": "è difensore",
        "es": "es defensor",
        "ru": "Он — правозащитник",
    }.items():
        (letter,) = ualetters.letters_for(case, sender(lang), date=LETTER_DATE, lang=lang)
        assert words not in letter.paragraphs[0].text, lang
    # Facts that do not name the role: the sentence stays.
    assert "Er ist Lehrer." in body(letter_of(case_of([MAN]), "de"))


def test_the_note_goes_into_the_introduction_in_its_language_only() -> None:
    case = case_of([MAN])
    note = "Ich habe Kirgisistan 2019 besucht."
    german = letter_of(case, "de", note=note, languages=["de", "en"])
    assert note in german.paragraphs[0].text  # the introduction, before the facts
    english = letter_of(case, "en", note=note, languages=["de", "en"])
    assert note not in ualetters.to_text(english)
    # A courtesy translation says what the letter says: no note the letter leaves out.
    (russian,) = ualetters.letters_for(
        case,
        sender("de", note=note, languages=["de"]),
        date=DATE,
        lang="ru",
        with_translation=True,
    )
    assert russian.translation is not None and russian.translation.language.startswith("de")
    assert note not in ualetters.to_text(russian)
    noted_in_english = letter_of(
        case, "en", note="I visited Kyrgyzstan in 2019.", note_language="en", languages=["de"]
    )
    assert "I visited Kyrgyzstan in 2019." in noted_in_english.paragraphs[0].text


# --- closings by the target's rank --------------------------------------------------------

CLOSINGS = {
    ("de", "head_of_state"): "Hochachtungsvoll",
    ("de", "minister"): "Mit freundlichen Grüßen",
    ("de", None): "Mit freundlichen Grüßen",
    ("de-CH", "head_of_state"): "Hochachtungsvoll",
    ("de-CH", "ambassador"): "Mit freundlichen Grüssen",
    ("de-CH", None): "Freundliche Grüsse",
    ("fr", "head_of_state"): "Je vous prie d'agréer, Monsieur le Procureur général, "
    "l'expression de ma très haute considération.",
    ("fr", "prosecutor"): "Je vous prie d'agréer, Monsieur le Procureur général, "
    "l'expression de ma haute considération.",
    ("fr", None): "Je vous prie d'agréer, Monsieur le Procureur général, "
    "l'expression de ma considération distinguée.",
    ("it", "minister"): "Con osservanza",
    ("it", None): "Distinti saluti",
    ("es", "head_of_state"): "Atentamente,",
    ("ru", "head_of_state"): "С глубоким уважением,",
    ("ru", "prosecutor"): "С уважением,",
    ("en", "head_of_state"): "Yours sincerely,",
    ("ar", "head_of_state"): "وتفضلوا بقبول فائق الاحترام والتقدير",
}


@pytest.mark.parametrize(("lang", "rank"), sorted(CLOSINGS, key=str))
def test_closing_follows_the_targets_rank(lang: str, rank: str | None) -> None:
    case = case_of([MAN], rank=rank)
    country = "CH" if lang == "de-CH" else "FR"
    (letter,) = ualetters.letters_for(
        case, sender(lang.split("-")[0], country=country), date=DATE, lang=lang
    )
    assert letter.closing == CLOSINGS[(lang, rank)]


def test_generic_salutations_take_the_plural_courtesy_forms() -> None:
    case = case_of([MAN], salutation=False)
    ru = [body(letter_of(case, "ru", name=name)) for name in ("Anna Beispiel", "Jo Bloggs")]
    for text in ru:
        assert "Вас" not in text and "Вам" not in text and "Ваш" not in text
        assert re.search(r"\bва[смш]\b", text)
    it = body(letter_of(case, "it"))
    assert "Vi " in it or "Voi" in it
    es = body(letter_of(case, "es"))
    assert re.search(r"\b[Ll]es\b|ustedes", es)


# --- places and scripts -------------------------------------------------------------------


def test_a_german_letter_from_geneva_says_genf() -> None:
    case = ualetters.load_case(CASE_FILE)
    genevan = sender("de", city="Genève", postal_code="1204", country="CH")
    (letter,) = ualetters.letters_for(case, genevan, date=LETTER_DATE)
    assert letter.place_date == "Genf, 23. Juli 2020"
    assert "aus Genf" in letter.paragraphs[0].text
    assert "Genève" not in body(letter)


def test_a_sender_names_the_town_per_language() -> None:
    case = case_of([MAN])
    own = sender("en", city="Kleindorf", country="CH", place={"de": "Kleindorf am See"})
    (letter,) = ualetters.letters_for(case, own, date=DATE, lang="de")
    assert letter.place_date.startswith("Kleindorf am See, ")
    assert "aus Kleindorf am See" in letter.paragraphs[0].text
    (russian,) = ualetters.letters_for(case, own, date=DATE, lang="ru")
    assert russian.place_date == "10 марта 2034\u202fг."  # no Russian name: no town at all
    assert "Kleindorf" not in body(russian)


LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _script_clean(letter: ualetters.Letter, case: ualetters.Case, allowed: list[str]) -> None:
    """Assert the template's words of a Russian or Arabic letter hold no Latin word."""
    tag = letter.language
    own = {pick(case.facts, tag)} | {pick(d, tag) for d in case.demands}
    parts = [letter.place_date, letter.salutation, letter.closing, letter.subject]
    parts += [p.text for p in letter.paragraphs]
    for part in parts:
        text = part.replace("\u2068", "").replace("\u2069", "")
        if text in own:
            continue  # the case's own prose, as the coordinator wrote it
        for name in ["Amnesty International", *allowed]:
            text = text.replace(name, "")
        assert not LATIN.search(text), (tag, part)


@pytest.mark.parametrize("city", ["Bern", "Onex", "Wädenswil", "Cairo", "Genève"])
def test_no_latin_word_in_russian_or_arabic_sentences(city: str) -> None:
    from .test_golden import CASES

    askarov = ualetters.load_case(CASE_FILE)
    protesters = ualetters.load_case(CASES["protesters"].path)
    country = "EG" if city == "Cairo" else "CH"
    writer = sender("ru", city=city, country=country)
    for case, date, lang in (
        (askarov, LETTER_DATE, "ru"),
        (protesters, CASES["protesters"].date, "ru"),
        (protesters, CASES["protesters"].date, "ar"),
    ):
        for letter in ualetters.letters_for(case, writer, date=date, lang=lang):
            latin_only = [
                name
                for name in (pick_name(p.name, lang) for p in case.persons)
                if name and LATIN.search(name)
            ]
            _script_clean(letter, case, latin_only)


def test_russian_addressee_block_is_in_the_dative() -> None:
    case = ualetters.load_case(CASE_FILE)
    (letter,) = ualetters.letters_for(case, sender("ru"), date=LETTER_DATE, lang="ru")
    assert letter.recipient_lines[:2] == ("Президенту Кыргызской Республики", "С. Ш. Жээнбекову")
    assert "Sooronbay Jeenbekov" not in letter.recipient_lines
    assert "Президент Кыргызской Республики" not in letter.recipient_lines
    (german,) = ualetters.letters_for(case, sender("de"), date=LETTER_DATE, lang="de")
    assert german.recipient_lines[:2] == (
        "Sooronbay Jeenbekov",
        "Präsident der Kirgisischen Republik",
    )
    # The body names the country as its authorities do.
    assert "Кыргызстан" in body(letter) and "Киргиз" not in body(letter)


# --- Arabic: date line, isolates, closing, signature --------------------------------------


def arabic_letter() -> ualetters.Letter:
    from .test_golden import CASES

    case = ualetters.load_case(CASES["protesters"].path)
    writer = sender("ar", city="Cairo", country="EG", postal_code="11511")
    return next(
        letter
        for letter in ualetters.letters_for(case, writer, date=CASES["protesters"].date, lang="ar")
        if letter.target_id == "investigative-committee"
    )


def test_arabic_date_line_isolates_and_closing() -> None:
    letter = arabic_letter()
    assert letter.place_date == "القاهرة، 1 سبتمبر 2019"  # the place first, in Arabic
    assert "\u2068Daniil Konon\u2069" in letter.paragraphs[1].text
    assert "\u2068Valery Kostenok\u2069" in letter.subject
    for paragraph in letter.paragraphs:  # every Latin run is isolated
        bare = re.sub("\u2068[^\u2069]*\u2069", "", paragraph.text)
        assert not LATIN.search(bare), paragraph.text
    assert not letter.closing.endswith(("،", ","))


def test_arabic_docx_sets_latin_runs_apart_and_aligns_the_signature() -> None:
    letter = arabic_letter()
    document = docx.Document(io.BytesIO(ualetters.to_docx(letter, "din5008-b")))
    xml = document.element.xml
    assert "\u2068" not in xml and "\u2069" not in xml
    paragraphs = {p.text: p for p in document.paragraphs}
    opening = next(p for text, p in paragraphs.items() if "Daniil Konon" in text and "أكتب" in text)
    runs = {run.text: run for run in opening.runs}
    assert (
        runs["Daniil Konon"]._r.rPr is None or runs["Daniil Konon"]._r.rPr.find(qn("w:rtl")) is None
    )
    assert any(
        r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in opening.runs
    )
    closing = paragraphs[letter.closing]._p.pPr
    signature = paragraphs[letter.signature]._p.pPr
    assert closing.find(qn("w:bidi")) is not None  # starts at the right edge
    jc = signature.find(qn("w:jc"))
    assert jc is not None and jc.get(qn("w:val")) == "right"  # the same edge


# --- the courtesy translation carries every part ------------------------------------------


def test_courtesy_translation_has_the_copies_line_in_every_format() -> None:
    case = ualetters.load_case(CASE_FILE)
    writer = ualetters.load_sender(SENDER_FILE)
    (letter,) = ualetters.letters_for(
        case, writer, date=LETTER_DATE, lang="ru", with_translation=True
    )
    copy_line = "Kopie an: Botschaft der Kirgisischen Republik, Genf"
    assert letter.translation is not None and letter.translation.copies == (copy_line,)
    text = ualetters.to_text(letter)
    assert text.rstrip().endswith(copy_line)
    document = docx.Document(io.BytesIO(ualetters.to_docx(letter, "ch")))
    words = [p.text.replace("\u00a0", " ") for p in document.paragraphs]
    marker = next(i for i, w in enumerate(words) if "Unverbindliche Übersetzung" in w)
    assert copy_line in words[marker:]
    assert words[marker:].index(copy_line) > words[marker:].index("Anna Beispiel")
    record: dict[str, Any] = json.loads(ualetters.to_json(letter))
    assert record["translation"]["copies"] == [copy_line]
    assert record["translation"]["signature"] == "Anna Beispiel"
