"""Letter wording a native reader checks: agreement, lead-ins, places, closings, scripts.

Each test renders letters in the languages it names and asserts the grammatical words an
official reads: "He is"/"Sie ist"/"находятся", the lead-in before the demands, the town in
the letter's language, the closing for the target's rank.
"""

from __future__ import annotations

import dataclasses
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

# The role sentence each set gets, per language; a tuple: one of these, by the opening the
# letter draws. Italian and Spanish "È"/"Es" carry no gender (the role comes from the case);
# Spanish says it only right after a sentence that ends with the name, so that it cannot be
# read as "usted es". A person of unknown gender has the role next to the name in the
# opening (English, German, French after it, Russian before it), so the name is not said
# twice in a row.
ONE_MAN = {
    "en": "He is a teacher.",
    "de": "Er ist Lehrer.",
    "fr": "Il est enseignant.",
    "it": "È insegnante.",
    "es": ("Aibek Example. Es profesor.", "Aibek Example es profesor."),
    "ru": "Он — учитель.",
    "ar": "وهو معلم.",
}
ONE_WOMAN = {
    "en": "She is a journalist.",
    "de": "Sie ist Journalistin.",
    "fr": "Elle est journaliste.",
    "it": "È giornalista.",
    "es": ("Aigul Example. Es periodista.", "Aigul Example es periodista."),
    "ru": "Она — журналистка.",
    "ar": "وهي صحفية.",
}
ONE_UNKNOWN = {
    "en": "Alex Example, a member of a human rights group",
    "de": "Alex Example, Mitglied einer Menschenrechtsgruppe",
    "fr": "Alex Example, membre d'un groupe de défense des droits humains",
    "it": "È membro di un gruppo per i diritti umani.",
    "es": (
        "Alex Example. Es miembro de un grupo de derechos humanos.",
        "Alex Example es miembro de un grupo de derechos humanos.",
    ),
    "ru": "член правозащитной группы Алекс Экзампл.",
    "ar": "وAlex Example عضو في مجموعة لحقوق الإنسان.",
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


# Words that give one person a gender where the language's grammar needs one (Italian "È"
# and Spanish "Es" do not: the role noun comes from the case).
GIVES_GENDER = {lang: words for lang, words in GENDERED.items() if lang not in ("it", "es")}


@pytest.mark.parametrize("lang", LANGS)
def test_one_man_one_woman_one_person_of_unknown_gender(lang: str) -> None:
    for person, sentence in ((MAN, ONE_MAN), (WOMAN, ONE_WOMAN), (UNKNOWN, ONE_UNKNOWN)):
        wanted = sentence[lang] if isinstance(sentence[lang], tuple) else (sentence[lang],)
        for text in bodies(case_of([person]), lang):
            assert any(one in text for one in wanted), (lang, text)
            if lang in SINGULAR_VERB:
                assert PLURAL_VERB[lang] not in text
    name = pick_name(UNKNOWN["name"], lang)
    for text in bodies(case_of([UNKNOWN]), lang):
        lines = text.splitlines()[1:]  # the subject aside
        if lang in GIVES_GENDER:
            assert not any(line.startswith(GIVES_GENDER[lang]) for line in lines), text
            assert not any(f". {word}" in text for word in GIVES_GENDER[lang]), text
        assert f"{name}. {name}" not in text  # never the name twice in a row
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
        # "He is" would be ambiguous next to a group (Spanish: "Es profesor.").
        alone = ONE_MAN[lang]
        assert (alone[0] if isinstance(alone, tuple) else alone) not in text
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
# The lead-ins before one demand: a single request is "the following request", not "the
# following requests".
LEAD_INS = {
    "first_person": {lang: () for lang in LANGS},
    "imperative": {
        "en": ("urge you to take the following step:", "act on the following request:",
               "to do the following:"),
        "de": ("Ich bitte Sie daher eindringlich:",
               "Deshalb richte ich die folgende dringende Bitte an Sie:",
               "Daher bitte ich Sie dringend:"),
        "fr": ("la demande suivante\u00a0:",),
        "it": ("la seguente richiesta:",),
        "es": ("la siguiente petición:",),
        "ru": ("со следующей просьбой:", "со следующей настоятельной просьбой:"),
        "ar": ("المطلب التالي:", "للمطلب التالي:", "بالمطلب التالي:"),
    },
    "infinitive": {
        "fr": ("de bien vouloir\u00a0:",),
        "it": ("pertanto di:", "con fermezza, di:", "con rispetto, a:"),
        "es": ("con todo respeto a:", "que tenga a bien:", "respetuosamente a:"),
        "ru": ("Прошу Вас:", "Убедительно прошу Вас:", "Настоятельно призываю Вас:"),
        "ar": ("أناشدكم باحترام:", "أدعوكم باحترام إلى:", "أحثكم باحترام على:"),
    },
}  # fmt: skip


def lead_of_request(shown: list[str], text: str, form: str = "imperative") -> tuple[int, str]:
    """Return where a single request stands among the paragraphs, and its lead-in.

    One request stands in no list: a paragraph after its lead-in, or running on from it
    ("Ich bitte Sie daher eindringlich: Achten Sie …", "… de bien vouloir libérer …").
    """
    if text in shown:
        at = shown.index(text)
        return at, shown[at - 1]
    run_in = text if form == "imperative" else text[0].lower() + text[1:]
    (at,) = [index for index, paragraph in enumerate(shown) if paragraph.endswith(run_in)]
    return at, shown[at][: -len(run_in)].rstrip()


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
                # One request stands in no list (a one-item list reads like a form): a
                # paragraph after its lead-in, or running on from it ("Ich bitte Sie daher
                # eindringlich: Achten Sie …", "… de bien vouloir libérer …").
                assert "item" not in kinds.values(), (lang, form, shown)
                _at, lead = lead_of_request(shown, text, form)
                leads = LEAD_INS[form][lang]
                bare_leads = tuple(end.rstrip(":").rstrip("\u00a0") for end in leads)
                assert lead.endswith(leads) or lead.endswith(bare_leads), (lang, form, lead)
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
    case = case_of([MAN], demand_form={"ru": "infinitive"}, demands=IMPERATIVES * 2)
    assert any(p.text.endswith("Вас:") for p in letter_of(case, "ru").paragraphs)


@pytest.mark.parametrize("lang", LANGS)
def test_mixed_forms_list_the_requests_and_add_the_sentences(lang: str) -> None:
    """Requests after the usual lead-in; first-person sentences after the list, no lead-in."""
    case = case_of([MAN], demands=[FIRST_PERSON[0], IMPERATIVES[0]])
    for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei"):
        letter = letter_of(case, lang, name=name)
        shown = [bare(p.text) for p in letter.paragraphs]
        assert all(p.kind == "text" for p in letter.paragraphs)  # one request: no list
        at, lead = lead_of_request(shown, IMPERATIVES[0][lang])
        assert shown[at + 1] == FIRST_PERSON[0][lang]  # the sentence after the request
        # German: the "Ich bitte Sie …" of the sentence after the request does not make the
        # bare imperative polite; its lead-in asks, but does not open as the sentence does
        # ("Ich bitte Sie daher eindringlich: …" / "Ich bitte Sie eindringlich, …").
        expected = MIXED_LEAD_INS.get(lang, LEAD_INS["imperative"][lang])
        assert lead in expected or lead.endswith(expected), (lang, lead)


MIXED_LEAD_INS = {"de": ("Deshalb richte ich die folgende dringende Bitte an Sie:",)}


# German lead-ins before demands that say "bitte" themselves (one demand).
COURTEOUS_LEAD_INS = (
    "Ich appelliere daher an Sie:",
    "Ich erlaube mir daher, Ihnen folgendes Anliegen vorzutragen:",
    "Ich richte daher das folgende dringende Anliegen an Sie:",
)


def test_no_doubled_bitte_before_demands_that_say_it() -> None:
    polite = [
        texts(**{**IMPERATIVES[0], "de": "Bitte achten Sie das Recht auf friedliche Versammlung."})
    ]
    assert demand_form(polite[0]["de"], "de") == "imperative"
    for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei", "Sam Doe", "Kim Lee"):
        letter = letter_of(case_of([MAN], demands=polite), "de", name=name)
        shown = [p.text for p in letter.paragraphs]
        _at, lead = lead_of_request(shown, polite[0]["de"])
        assert lead in COURTEOUS_LEAD_INS, lead
        assert body(letter).lower().count("bitte") == 1, body(letter)
        # Bare imperatives get a "bitte" in the lead-in, never the bare "Ich appelliere …".
        bare_letter = letter_of(case_of([MAN]), "de", name=name)
        shown = [p.text for p in bare_letter.paragraphs]
        assert "bitte" in lead_of_request(shown, IMPERATIVES[0]["de"])[1].lower()


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
    # Germany and Austria's high register; Switzerland keeps "Hochachtungsvoll".
    ("de", "head_of_state"): "Mit vorzüglicher Hochachtung",
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


def test_generic_salutations_agree_with_the_demands() -> None:
    """Russian speaks to "дамы и господа" in the plural; Italian and Spanish, whose demands
    address one person ("Disponga …", "Ponga …"), greet one person of either gender."""
    case = case_of([MAN], salutation=False)
    ru = [body(letter_of(case, "ru", name=name)) for name in ("Anna Beispiel", "Jo Bloggs")]
    for text in ru:
        assert "Вас" not in text and "Вам" not in text and "Ваш" not in text
        assert re.search(r"\bва[смш]\b", text)
    for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei"):
        it = letter_of(case, "it", name=name)
        assert it.salutation == "Egregio Signore, gentile Signora,"
        assert not re.search(r"\b(Vi|Voi|Vostr[ao])\b", body(it)), body(it)
        es = letter_of(case, "es", name=name)
        assert es.salutation == "Estimado señor, estimada señora:"
        assert not re.search(r"\b[Ll]es\b|ustedes", body(es)), body(es)


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
    # Names in Arabic script; the facts give the Latin form once, isolated.
    assert "دانييل كونون" in letter.paragraphs[1].text
    assert "(\u2068Daniil Konon\u2069)" in letter.paragraphs[2].text
    assert letter.subject.startswith("الموضوع: وقف الملاحقة القضائية")
    assert "فاليري كوستينوك" in letter.subject
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
    opening = next(p for text, p in paragraphs.items() if "Daniil Konon" in text)
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


# --- review of issue #13, round 2: what the native reviewers asked for ---------------------

ONLY_GROUP = {
    "description": texts(
        en="members of the Kylym Shamy association",
        de="Mitglieder des Vereins Kylym Shamy",
        fr="les membres de l'association Kylym Shamy",
        it="gli studenti dell'Università di Bishkek",
        es="el grupo de estudiantes de Biskek",
        ru="члены ассоциации «Кылым Шамы»",
        ar="أعضاء جمعية كيليم شامي",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_subject_starts_with_a_capital_when_a_group_stands_first(lang: str) -> None:
    case = case_of([], [ONLY_GROUP])
    description = ONLY_GROUP["description"][lang]
    label = {"fr": "Objet\u00a0: ", "it": "Oggetto: ", "es": "Asunto: "}.get(lang, "")
    for name in ("Anna Beispiel", "Jo Bloggs"):
        subject = letter_of(case, lang, name=name).subject
        if lang == "ar":  # the title first, the names in parentheses: no capitals in Arabic
            assert subject.startswith("الموضوع: ") and f"({description})" in subject
            continue
        assert subject.startswith(label + description[0].upper() + description[1:]), subject


@pytest.mark.parametrize(
    ("lang", "preposition", "contracted"),
    [
        ("fr", "réservé à les", "réservé aux membres de l'association"),
        ("fr", "situation de les", "situation des membres de l'association"),
        ("it", "situazione di gli", "situazione degli studenti"),
        ("es", "situación de el", "situación del grupo de estudiantes"),
    ],
)
def test_a_preposition_contracts_with_a_groups_article(
    lang: str, preposition: str, contracted: str
) -> None:
    case = case_of([], [ONLY_GROUP])
    found = " ".join(bodies(case, lang))
    assert preposition not in found
    assert contracted in found, found
    # Names keep their own article: "a La Paz", not "alla Paz".
    from ualetters.render import with_preposition

    assert with_preposition("di", "La Paz", "it") == "di La Paz"
    assert with_preposition("à", "Azimjan Askarov", "fr") == "à Azimjan Askarov"
    assert with_preposition("de", "Azimjan Askarov", "fr") == "d'Azimjan Askarov"


def test_spanish_joins_with_e_before_the_sound_i() -> None:
    ilse = {"name": "Ilse Ramírez", "gender": "female"}
    hilda = {"name": "Hilda Sol", "gender": "female"}
    hielo = {"name": "Hierro Duro", "gender": "male"}
    iowa = {"name": "Iowa Ruiz", "gender": "female"}
    for persons, joined in (
        ([MAN, ilse], "Aibek Example e Ilse Ramírez"),
        ([MAN, WOMAN, hilda], "Aibek Example, Aigul Example e Hilda Sol"),
        ([MAN, hielo], "Aibek Example y Hierro Duro"),  # "hie-": a diphthong, "y" stays
        ([MAN, iowa], "Aibek Example y Iowa Ruiz"),
    ):
        for text in bodies(case_of(persons), "es")[:4]:
            assert joined in text, text
    # Other languages join as before.
    assert "Aibek Example and Ilse Ramírez" in body(letter_of(case_of([MAN, ilse]), "en"))


def test_english_lists_have_no_serial_comma_in_any_region() -> None:
    three = case_of([MAN, WOMAN, UNKNOWN])
    for lang in ("en", "en-US", "en-GB"):
        text = body(letter_of(three, lang))
        assert "Aibek Example, Aigul Example and Alex Example" in text, text
        assert "Aigul Example, and" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_opening_names_the_short_form_when_the_facts_name_everyone(lang: str) -> None:
    from .test_golden import CASES

    case = ualetters.load_case(CASES["protesters"].path)
    writer = sender(lang)
    (letter,) = [
        letter
        for letter in ualetters.letters_for(case, writer, date=CASES["protesters"].date, lang=lang)
        if letter.target_id == "investigative-committee"
    ]
    third = pick_name(case.persons[2].name, letter.language)
    opening = letter.paragraphs[1 if lang == "ar" else 0].text  # Arabic: after "تحية طيبة"
    facts = pick(case.facts, letter.language) or ""
    assert third and third in facts
    assert third not in bare(opening), opening  # named once, in the facts
    assert pick_name(case.persons[0].name, letter.language) in bare(opening)


@pytest.mark.parametrize("lang", LANGS)
def test_a_single_demand_and_the_thanks_agree_in_number(lang: str) -> None:
    many = [*IMPERATIVES, IMPERATIVES[0]]
    plural = {"en": "my requests", "fr": "mes demandes", "es": "mis peticiones", "ar": "طلباتي"}
    singular = {"en": "my request.", "fr": "ma demande.", "es": "mi petición ", "ar": "طلبي،"}
    one = " ".join(bodies(case_of([MAN]), lang))
    two = " ".join(bodies(case_of([MAN], demands=many), lang))
    for text, wanted, unwanted in ((one, singular, plural), (two, plural, singular)):
        if lang in wanted:
            assert wanted[lang] in text and unwanted[lang] not in text, (lang, text)
    leads = {
        "en": ("following requests", "following request:"),
        "fr": ("les demandes suivantes", "la demande suivante"),
        "it": ("le seguenti richieste", "la seguente richiesta"),
        "es": ("las siguientes peticiones", "la siguiente petición"),
        "ru": ("следующими", "следующей"),
        "ar": ("المطالب التالية", "المطلب التالي"),
    }
    if lang in leads:
        assert leads[lang][0] not in one and leads[lang][1] not in two


@pytest.mark.parametrize(
    ("lang", "lead", "items"),
    [
        ("fr", "de bien vouloir\u00a0:", ["libérer Aibek Example immédiatement\u202f;", "l"]),
        ("it", "di:", ["rilasciare immediatamente Aibek Example;", "r"]),
        ("ru", "Вас:", ["немедленно освободить Айбека Экзампла;", "н"]),
    ],
)
def test_an_infinitive_list_continues_the_lead_in(lang: str, lead: str, items: list[str]) -> None:
    """Lower case, ";" between the items, "." after the last (fr, it, ru)."""
    case = case_of([MAN], demands=[INFINITIVES[0], INFINITIVES[0]])
    letter = letter_of(case, lang)
    listed = [p.text for p in letter.paragraphs if p.kind == "item"]
    assert listed[0] == items[0]
    assert listed[1].startswith(items[1]) and listed[1].endswith(".")
    # Imperatives stay sentences.
    two = case_of([MAN], demands=[IMPERATIVES[0], IMPERATIVES[0]])
    imperative = [p.text for p in letter_of(two, lang).paragraphs if p.kind == "item"]
    assert imperative == [IMPERATIVES[0][lang]] * 2


def test_no_repeated_lead_in_in_russian_german_and_arabic() -> None:
    """ "Обращаюсь к Вам" and "wende ich mich … an Sie" at most once in a letter."""
    for lang, phrase in (("ru", "обращаюсь к"), ("de", "wende"), ("ar", "أتوجه إليكم")):
        for text in bodies(case_of([MAN]), lang):
            assert text.lower().count(phrase) <= 1, (lang, text)
    for text in bodies(case_of([MAN]), "ru"):
        assert "обращаюсь" not in text.lower().split("\n")[1]  # not in the opening


# A target of each rank with no salutation in any language: the address of its rank.
RANKED = {
    ("en", "ambassador"): ("Dear Ambassador,", "Yours sincerely,"),
    ("en-US", "ambassador"): ("Dear Ambassador:", "Sincerely,"),
    ("en", "head_of_state"): ("Your Excellency,", "Yours sincerely,"),
    ("en", "minister"): ("Dear Minister,", "Yours sincerely,"),
    ("en", "prosecutor"): ("Dear Sir or Madam,", "Yours faithfully,"),
    ("de", "ambassador"): ("Exzellenz,", "Mit freundlichen Grüßen"),
    ("fr", "ambassador"): (
        "Excellence,",
        "Je vous prie d'agréer, Excellence, l'expression de ma haute considération.",
    ),
    ("it", "ambassador"): ("Eccellenza,", "Con osservanza"),
    ("es", "ambassador"): ("Excelencia:", "Atentamente,"),
    ("es", "prosecutor"): ("Estimado señor, estimada señora:", "Atentamente,"),
    ("ru", "ambassador"): ("Ваше Превосходительство!", "С уважением,"),
    ("ar", "ambassador"): ("سعادة السفير المحترم،", "وتفضلوا بقبول فائق الاحترام والتقدير"),
    # Arabic: "فخامة" for a head of state, "معالي" for a minister, and no "السيد" that a
    # feminine title would contradict; a prosecutor by the title, not "ladies and gentlemen".
    ("ar", "minister"): ("معالي النائب العام المحترم،", None),
    ("ar", "head_of_state"): ("فخامة النائب العام المحترم،", None),
    ("ar", "head_of_government"): ("دولة النائب العام المحترم،", None),
    ("ar", "prosecutor"): ("السيد النائب العام المحترم،", None),
    ("ru", "prosecutor"): ("Уважаемые дамы и господа!", "С уважением,"),
}


@pytest.mark.parametrize(("lang", "rank"), sorted(RANKED, key=str))
def test_a_target_without_salutation_is_addressed_by_its_rank(lang: str, rank: str) -> None:
    case = case_of([MAN], rank=rank, salutation=False)
    country = "US" if lang == "en-US" else "FR"
    (letter,) = ualetters.letters_for(
        case, sender(lang.split("-")[0], country=country), date=DATE, lang=lang
    )
    salutation, closing = RANKED[(lang, rank)]
    assert letter.salutation == salutation
    if closing is not None:
        assert letter.closing == closing
    if lang == "ru" and rank != "prosecutor":  # one person: the capital courtesy pronoun
        assert "Вас" in body(letter) and "вас" not in body(letter)


# --- the country lines: a language the posts on the way read ------------------------------


def _askarov(lang: str, **where: Any) -> ualetters.Letter:
    case = ualetters.load_case(CASE_FILE)
    (letter,) = ualetters.letters_for(case, sender(lang, **where), date=LETTER_DATE, lang=lang)
    return letter


def test_the_destination_country_is_written_for_the_posting_countrys_post() -> None:
    """UPU: a language of the posting country, or English or French; never Cyrillic from CH."""
    onex = {"city": "Onex", "country": "CH", "postal_code": "1213"}
    assert _askarov("ru", **onex).recipient_lines[-1] == "KIRGISISTAN"  # Swiss: German
    assert _askarov("en", **onex).recipient_lines[-1] == "KYRGYZSTAN"  # English: every post
    assert _askarov("fr", **onex).recipient_lines[-1] == "KIRGHIZSTAN"
    assert _askarov("it", **onex).recipient_lines[-1] == "KIRGHIZISTAN"
    berlin = {"city": "Berlin", "country": "DE", "postal_code": "10115"}
    assert _askarov("ru", **berlin).recipient_lines[-1] == "KIRGISISTAN"
    assert _askarov("es", **berlin).recipient_lines[-1] == "KIRGISISTAN"
    paris = {"city": "Paris", "country": "FR", "postal_code": "75001"}
    assert _askarov("es", **paris).recipient_lines[-1] == "KIRGHIZSTAN"
    # A Russian speaker in Geneva who also writes French: their French.
    both = _askarov("ru", city="Onex", country="CH", postal_code="1213", languages=["ru", "fr"])
    assert both.recipient_lines[-1] == "KIRGHIZSTAN"
    # From Moscow, Russian is read on the whole way: the Kyrgyz Republic's own usage.
    moscow = {"city": "Москва", "country": "RU", "postal_code": "101000"}
    assert _askarov("ru", **moscow).recipient_lines[-1] == "КЫРГЫЗСТАН"


def test_arabic_letters_write_both_countries_for_the_posts_on_the_way() -> None:
    from .test_golden import CASES

    case = ualetters.load_case(CASES["protesters"].path)
    for city, country, code, recipient, own in (
        ("Cairo", "EG", "11511", "RUSSIA", "EGYPT"),  # Arabic is not read in Moscow
        ("Paris", "FR", "75001", "RUSSIE", "FRANCE"),
        ("Wädenswil", "CH", "8820", "RUSSLAND", "SWITZERLAND"),
    ):
        writer = sender("ar", city=city, country=country, postal_code=code)
        letter = next(
            letter
            for letter in ualetters.letters_for(
                case, writer, date=CASES["protesters"].date, lang="ar"
            )
            if letter.target_id == "investigative-committee"
        )
        assert letter.recipient_lines[-1] == recipient, city
        assert letter.sender_lines[-1] == own, city


def test_the_copy_line_follows_the_language() -> None:
    ru = _askarov("ru")  # Bern: a copy to the embassy in Geneva, named by its host country
    assert ru.copies == ("Копия: Посольству Кыргызской Республики в Швейцарии",)
    de = _askarov("de", city="Berlin", country="DE", postal_code="10115")
    assert de.copies == ("Kopie an: Botschaft der Kirgisischen Republik, Berlin",)
    from .test_golden import CASES

    case = ualetters.load_case(CASES["protesters"].path)
    london = sender("ar", city="London", country="GB", postal_code="N1 9GU")
    letter = next(
        letter
        for letter in ualetters.letters_for(case, london, date=CASES["protesters"].date, lang="ar")
        if letter.target_id == "investigative-committee"
    )
    assert bare(letter.copies[0]) == "نسخة إلى: سفارة الاتحاد الروسي، لندن"  # Arabic comma


@pytest.mark.parametrize(
    ("city", "country", "town"),
    [
        ("Praha", "CZ", "Prag"),
        ("Warszawa", "PL", "Warschau"),
        ("København", "DK", "Kopenhagen"),
        ("București", "RO", "Bukarest"),
        ("Beograd", "RS", "Belgrad"),
        ("Αθήνα", "GR", "Athen"),
        ("東京", "JP", "Tokio"),
    ],
)
def test_a_german_letter_names_the_town_as_german_does(city: str, country: str, town: str) -> None:
    letter = _askarov("de", city=city, country=country)
    assert letter.place_date.startswith(f"{town}, ")
    assert f"aus {town}" in letter.paragraphs[0].text


def test_a_town_in_another_script_never_stands_in_a_latin_sentence() -> None:
    for lang in ("de", "en", "fr", "it", "es"):
        letter = _askarov(lang, city="Καλαμάτα", country="GR")  # no name in the tables
        assert not re.search("[\u0370-\u03ff]", body(letter) + letter.place_date), lang
        assert letter.place_date[0].isdigit(), letter.place_date  # the date alone


def test_italian_writes_the_first_of_the_month_with_a_degree_sign() -> None:
    letter = _askarov("it")
    first = ualetters.letters_for(
        ualetters.load_case(CASE_FILE), sender("it"), date=dt.date(2020, 7, 1), lang="it",
        allow_closed=True,
    )[0]  # fmt: skip
    assert first.place_date == "Berna, 1° luglio 2020"
    assert letter.place_date == "Berna, 23 luglio 2020"


def test_vary_options_mean_the_same_in_every_language() -> None:
    """Option n of a key is the same sentence in every template: the courtesy translation of
    a letter (same supporter, case, target: the same choice) says what the letter says."""
    from jinja2 import nodes

    from ualetters.render import Renderer, bundled_templates

    renderer = Renderer()
    counts: dict[str, set[int]] = {}
    for path in sorted(bundled_templates().glob("*.j2")):
        tree = renderer.env.parse(path.read_text(encoding="utf-8"))
        for call in tree.find_all(nodes.Call):
            if isinstance(call.node, nodes.Name) and call.node.name == "vary":
                key = call.args[0]
                assert isinstance(key, nodes.Const)
                counts.setdefault(key.value, set()).add(len(call.args) - 1)
    assert counts.keys() >= {"opening", "network", "ask", "ask-infinitive", "thanks"}
    assert all(len(found) == 1 for found in counts.values()), counts
    # The Bern letter's German translation: the same opening and lead-in as the Russian.
    case = ualetters.load_case(CASE_FILE)
    (letter,) = ualetters.letters_for(
        case, ualetters.load_sender(SENDER_FILE), date=LETTER_DATE, lang="ru",
        with_translation=True,
    )  # fmt: skip
    assert letter.translation is not None
    pairs = {
        "потому что меня глубоко беспокоит": "weil ich mir große Sorgen",
        "чтобы выразить глубокую обеспокоенность": "um meine tiefe Sorge",
        "меня серьёзно тревожит положение": "weil mich die Lage",
    }
    russian, german = letter.paragraphs[0].text, letter.translation.paragraphs[0].text
    matched = [ru for ru in pairs if ru in russian]
    assert len(matched) == 1 and pairs[matched[0]].replace("ß", "ss") in german


SAME_ROLE = texts(
    en="a journalist",
    de="Journalist",
    fr="journaliste",
    it="giornalista",
    es="periodista",
    ru="журналист",
    ar="صحفي",
)


@pytest.mark.parametrize("lang", LANGS)
def test_people_who_share_a_role_share_its_sentence(lang: str) -> None:
    alex = {"name": {"Latn": "Alex Moreno", "Cyrl": "Алекс Морено"}, "role": SAME_ROLE}
    ilse = {"name": {"Latn": "Ilse Ramírez", "Cyrl": "Ильзе Рамирес"}, "role": SAME_ROLE}
    for text in bodies(case_of([alex, ilse]), lang)[:6]:
        if lang == "ar":  # one sentence joined to the names before it: "فـA صحفي، وB صحفي."
            assert ". فـAlex Moreno صحفي، وIlse Ramírez صحفي." in text, text
        else:
            assert text.count(SAME_ROLE[lang]) == 1, text
    if lang == "es":
        assert "Alex Moreno es periodista, y también lo es Ilse Ramírez." in text


def test_print_keeps_russian_days_with_their_months_and_italian_first_days() -> None:
    from ualetters.typography import NBSP, typeset

    facts = "в протестах 27 июля, 3 и 10 августа 2019 года."
    assert typeset(facts, "ru") == (
        f"в{NBSP}протестах 27{NBSP}июля, 3{NBSP}и{NBSP}10{NBSP}августа{NBSP}2019{NBSP}года."
    )
    assert typeset("Roma, 1° settembre 2019", "it") == f"Roma, 1°{NBSP}settembre{NBSP}2019"


# A line of a Russian letter ends on none of these (Мильчин), nor splits the organisation.
_RUSSIAN_LEANING_WORDS = frozenset(["в", "к", "с", "о", "у", "и", "а", "я", "не"])


def test_russian_lines_keep_one_letter_words_and_ne_with_the_next_word() -> None:
    """Round 18: no "арестован в / Рабате", "он не / подвергался", "Amnesty / International"."""
    from ualetters.typography import NBSP, typeset

    from .helpers import GOLDEN

    assert typeset("Он был арестован в Рабате, и он не подвергался", "ru") == (
        f"Он был арестован в{NBSP}Рабате, и{NBSP}он не{NBSP}подвергался"
    )
    assert typeset("В связи с этим. А также", "ru") == f"В{NBSP}связи с{NBSP}этим. А{NBSP}также"
    assert typeset("сторонниками Amnesty International", "ru").endswith(
        f"Amnesty{NBSP}International"
    )
    # Only Russian: a French "à Rabat" breaks as before.
    assert typeset("arrêté à Rabat", "fr") == "arrêté à Rabat"
    russian = [
        path
        for path in sorted(GOLDEN.rglob("*.txt"))
        if any(part.split("+")[0].split("-")[0] == "ru" for part in path.stem.split("_"))
    ]
    assert len(russian) > 20
    for path in russian:
        text = path.read_text(encoding="utf-8")
        text = text.split("-" * 72)[0]  # a courtesy translation is in another language
        assert "\ue000" not in text and f"в{NBSP}" not in text, path
        for line in text.splitlines():
            words = line.split()
            assert not words or words[-1] not in _RUSSIAN_LEANING_WORDS, (path, line)
            assert not line.endswith("Amnesty"), (path, line)


# --- the second native review: ambassadors, single requests, no phrase twice ----------------

# What every lead-in before the requests to an ambassador asks: to pass them on to the
# government (an ambassador cannot release anyone), per language and form.
TO_THE_GOVERNMENT = {
    "en": ("your government", "the authorities of your country"),
    "de": ("Ihre Regierung", "Ihrer Regierung"),
    "fr": ("votre gouvernement",),
    "it": ("Suo governo",),
    "es": ("su gobierno",),
    "ru": ("правительств",),
    "ar": ("حكومتكم",),
}


def lead_in_of(letter: ualetters.Letter, request: str) -> str:
    """Return the lead-in before `request` (in a list, running on, or a paragraph)."""
    shown = [bare(p.text) for p in letter.paragraphs]
    lowered = request[0].lower() + request[1:-1]
    at = next(i for i, text in enumerate(shown) if request[1:-1] in text or lowered in text)
    if letter.paragraphs[at].kind == "item" or shown[at].startswith((request, lowered)):
        return shown[at - 1]
    return shown[at]  # "… de bien vouloir libérer …": the lead-in runs on into the request


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_to_an_ambassador_asks_to_pass_the_requests_on(lang: str) -> None:
    for demands in (IMPERATIVES, IMPERATIVES * 2, INFINITIVES, INFINITIVES * 2):
        if lang in ("en", "de") and demands[0] is INFINITIVES[0]:
            continue  # no infinitive demands in English and German
        case = case_of([MAN], demands=demands, rank="ambassador", salutation=False)
        for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei", "Sam Doe", "Kim Lee"):
            lead = lead_in_of(letter_of(case, lang, name=name), demands[0][lang])
            assert any(words in lead for words in TO_THE_GOVERNMENT[lang]), (lang, lead)
    # Not to a prosecutor.
    for text in bodies(case_of([MAN]), lang):
        assert not any(words in text for words in TO_THE_GOVERNMENT[lang]), (lang, text)


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("fr", "Je vous prie donc instamment de bien vouloir libérer Aibek Example"),
        ("it", "La esorto pertanto, con rispetto, a rilasciare immediatamente"),
        ("ru", "Прошу Вас немедленно освободить Айбека Экзампла."),
        ("es", "le insto con todo respeto a poner en libertad de inmediato"),
    ],
)
def test_a_single_infinitive_runs_on_from_its_lead_in(lang: str, lead: str) -> None:
    """ "Je vous prie … de bien vouloir libérer …": no colon, no one-item list."""
    case = case_of([MAN], demands=INFINITIVES)
    texts_ = bodies(case, lang)
    assert any(lead in text for text in texts_), (lang, texts_)
    for text in texts_:
        assert "\n- " not in text and f"{INFINITIVES[0][lang][1:]}" in text
    # "ad" before "a" in Italian: "a" + "adottare" is "ad adottare".
    adopt = [texts(**{**INFINITIVES[0], "it": "Adottare misure immediate."})]
    italian = bodies(case_of([MAN], demands=adopt), "it")
    assert any("con rispetto, ad adottare misure immediate." in text for text in italian)
    assert not any(" a adottare" in text for text in italian)


def test_no_phrase_twice_in_french_and_russian_letters() -> None:
    """ "de bien vouloir", "adresser" once in a French letter; no "настоятельно обращаюсь"."""
    for demands in (IMPERATIVES, INFINITIVES * 2):
        for text in bodies(case_of([MAN], demands=demands), "fr"):
            assert text.count("bien vouloir") <= 1, text
            assert text.count("adress") <= 1, text  # "je m'adresse", "je vous adresse"
    for text in bodies(case_of([MAN], demands=IMPERATIVES * 2), "ru"):
        assert "настоятельно обращаюсь" not in text.lower(), text
    for text in bodies(case_of([MAN], demands=IMPERATIVES * 2), "de"):
        assert "Folgendes vor" not in text, text
    # Italian: "persone" never ends one sentence and opens the next.
    group_only = case_of([], [GROUP])
    for text in bodies(group_only, "it"):
        assert "Come molte persone" not in text, text


def test_the_role_in_the_second_sentence_or_declined_needs_no_sentence() -> None:
    from ualetters.render import role_opens

    facts = (
        "Zhen Jianghua reportedly stood trial on 10 August. With no access to lawyers, "
        "the human rights defender is at risk of torture."
    )
    assert role_opens("a human rights defender", facts)
    assert role_opens(
        "адвокат-правозащитник и один из основателей группы",
        "Египетские власти удерживают под стражей Ибрахима Метвалли — "
        "адвоката-правозащитника и одного из основателей группы.",
    )
    assert role_opens("журналистка", "Власти задержали журналистку Айгуль Экзампл.")
    assert not role_opens("a teacher", "He was teaching in Bishkek. He was arrested.")
    # Beyond the second sentence it is said too late: the sentence stays.
    late = "The arrests took place in March. Nobody was charged. The teacher is held."
    assert not role_opens("a teacher", late)


def test_an_excellency_in_another_language_is_one_in_every_language() -> None:
    """The UA's "korrekte Anrede: Your Excellency / Exzellenz" for a head of the judiciary."""
    data_target = {
        "id": "judiciary",
        "title": texts(en="Head of the Judiciary", fr="Chef du pouvoir judiciaire",
                       ru="Глава судебной власти"),
        "address": {"street": "1 Example Street", "city": "Bishkek", "country": "KG"},
        "salutation": {"en": "Your Excellency", "de": "Exzellenz"},
    }  # fmt: skip
    case = case_of([MAN], demands=[FIRST_PERSON[0]], targets=[data_target])
    fr = letter_of(case, "fr")
    assert fr.salutation == "Excellence,"
    assert fr.closing == (
        "Je vous prie d'agréer, Excellence, l'expression de ma haute considération."
    )
    ru = letter_of(case, "ru")
    assert ru.salutation == "Ваше Превосходительство!"
    assert "Вас" in body(ru) and not re.search(r"\bвас\b|\bвам\b|\bваш", body(ru))


def test_after_a_generic_russian_greeting_every_you_is_plural() -> None:
    """ "Уважаемые дамы и господа!" and then "вас", also in the case's own demand."""
    case = case_of([MAN], demands=[FIRST_PERSON[0]], salutation=False)
    for text in bodies(case, "ru"):
        assert "Уважаемые дамы и господа" not in text  # the salutation is not in the body
        assert "прошу вас немедленно" in text.lower() and "Вас" not in text, text
        assert "Вам" not in text and "Ваш" not in text, text


@pytest.mark.parametrize("rank", ["prosecutor", "judge", "minister"])
def test_a_french_letter_closes_by_rank_without_a_salutation(rank: str) -> None:
    """A Procureur général gets "haute considération", never "salutations distinguées"."""
    letter = letter_of(case_of([MAN], rank=rank, salutation=False), "fr")
    assert letter.closing.endswith("l'expression de ma haute considération."), letter.closing
    official = letter_of(case_of([MAN], salutation=False), "fr")
    assert official.closing.endswith("mes salutations distinguées.")


@pytest.mark.parametrize("rank", ["minister", "head_of_state", "prosecutor"])
def test_an_arabic_rank_salutation_without_a_title_has_no_double_space(rank: str) -> None:
    from ualetters.render import salutation_of

    case = case_of([MAN], rank=rank, salutation=False)
    untitled = dataclasses.replace(case.targets[0], title={"en": "Minister"})
    salutation, source = salutation_of(untitled, "ar")
    assert source == "rank" and "  " not in salutation and salutation.endswith(" المحترم")


# --- the address blocks and the text form (second native review) -----------------------------

REAL_CASES = CASE_FILE.parent.parent / "tests" / "data" / "real"


def _real(name: str, lang: str, target: str, sender: dict[str, Any], date: dt.date) -> Any:
    case = ualetters.load_case(REAL_CASES / f"{name}.yaml")
    writer = ualetters.load_sender({"name": "Sam Example", **sender, "languages": [lang]})
    letters = ualetters.letters_for(case, writer, date=date, lang=lang)
    return next(letter for letter in letters if letter.target_id == target)


BOSTON = {"street": ["1 Beacon Street"], "postal_code": "02108", "city": "Boston", "area": "MA",
          "country": "US"}  # fmt: skip
LONDON = {"street": ["1 High St"], "postal_code": "SW1A 1AA", "city": "London", "country": "GB"}


def test_the_return_country_line_is_in_a_language_the_destination_reads() -> None:
    """English or French (UPU) unless the letter's language is official at the destination;
    a Latin-script letter may name the sender's own country in its own language."""
    from ualetters.render import return_line_language

    assert return_line_language("de", "RU", "US") == "en"  # not "VEREINIGTE STAATEN"
    assert return_line_language("de", "RU", "GB") == "en"
    assert return_line_language("de", "KG", "DE") == "de"  # "DEUTSCHLAND" from Berlin
    assert return_line_language("de", "AT", "US") == "de"
    assert return_line_language("fr", "CN", "US") == "fr"  # a UPU language
    assert return_line_language("ru", "RU", "US") == "ru"  # "США" where Russian is read
    assert return_line_language("ru", "EG", "US") == "en"
    assert return_line_language("ru", "EG", "RU") == "en"  # no Cyrillic for Egypt Post
    assert return_line_language("ar", "RU", "EG") == "en"
    chairman = _real("ua-112-19-moscow-protesters", "de", "chairman", BOSTON, dt.date(2019, 8, 26))
    assert chairman.sender_lines[-1] == "UNITED STATES"
    russian = _real("ua-112-19-moscow-protesters", "ru", "chairman", BOSTON, dt.date(2019, 8, 26))
    assert russian.sender_lines[-1] == "США"  # not CLDR's "СОЕДИНЕННЫЕ ШТАТЫ"


def test_the_name_lines_are_in_a_script_the_destination_reads() -> None:
    """No Cyrillic-only recipient in Cairo, no Arabic title in Moscow; Cyrillic in Moscow."""
    cairo = _real("ua-80-23-ibrahim-metwaly", "ru", "prosecutor", BOSTON, dt.date(2023, 9, 25))
    assert cairo.recipient_lines == (
        "Hamada al-Sawi", "Public Prosecutor", "Office of the Public Prosecutor", "CAIRO", "EGYPT",
    )  # fmt: skip
    assert cairo.salutation == "Уважаемый господин Генеральный прокурор!"  # still Russian
    # China reads neither Cyrillic nor the Cyrillic-led Chinese format: the Latin one.
    zhuhai = _real("ua-235-17-zhen-jianghua", "ru", "procurator", LONDON, dt.date(2018, 9, 20))
    assert zhuhai.recipient_lines[0] == "Huang Weiyu" and zhuhai.recipient_lines[-1] == "CHINA"
    assert all(fits_latin(line) for line in zhuhai.recipient_lines)
    from .test_golden import CASES

    protesters = ualetters.load_case(CASES["protesters"].path)
    paris = ualetters.load_sender(
        {"name": "A B", "city": "Paris", "postal_code": "75001", "country": "FR",
         "languages": ["ar"]}
    )  # fmt: skip
    (arabic,) = [
        letter
        for letter in ualetters.letters_for(protesters, paris, date=CASES["protesters"].date)
        if letter.target_id == "investigative-committee"
    ]
    assert arabic.recipient_lines[1] == (
        "Chairman of the Investigative Committee of the Russian Federation"
    )
    # Russia reads Cyrillic: the case's own dative addressee.
    (moscow,) = [
        letter
        for letter in ualetters.letters_for(
            protesters, sender("ru"), date=CASES["protesters"].date, lang="ru"
        )
        if letter.target_id == "investigative-committee"
    ]
    assert moscow.recipient_lines[:3] == (
        "Председателю Следственного комитета", "Российской Федерации", "А. И. Бастрыкину",
    )  # fmt: skip


def fits_latin(line: str) -> bool:
    return not re.search("[\u0400-\u04ff\u0600-\u06ff]", line)


def test_a_russian_address_line_never_starts_in_lower_case() -> None:
    """ "аятолла Садег Лариджани" starts its address line with a capital."""
    from ualetters.planning import PlannedLetter
    from ualetters.render import recipient_name_lines

    case = ualetters.load_case(REAL_CASES / "ua-102-2010-daneshpour-moghadam.yaml")
    judiciary = next(target for target in case.targets if target.id == "judiciary")
    moved = dataclasses.replace(
        judiciary, address=dataclasses.replace(judiciary.address, country="RU"), addressee={}
    )  # a destination that reads Cyrillic; no dative lines of the case's own
    writer = ualetters.load_sender({"name": "A B", "city": "Berlin", "country": "DE",
                                    "languages": ["ru"]})  # fmt: skip
    planned = PlannedLetter(case=case, target=moved, sender=writer, language="ru",
                            date=dt.date(2013, 12, 2), copies=())  # fmt: skip
    lines = recipient_name_lines(planned, "Глава судебной власти")
    assert lines[0] == "Аятолла Садег Лариджани"


def test_a_french_text_letter_keeps_guillemets_with_their_words() -> None:
    nkina = _real(
        "tony-germain-nkina", "fr", "president",
        {"street": ["Rue Haute 1"], "postal_code": "1000", "city": "Bruxelles", "country": "BE"},
        dt.date(2022, 10, 3),
    )  # fmt: skip
    text = ualetters.to_text(nkina)
    assert "«\u00a0collaboration" in text and "« " not in text and " »" not in text
    assert "Burundi\u00a0»" in text


def test_a_letter_writes_one_kind_of_apostrophe() -> None:
    """The case's typographic prose: "People’s" in the copy line and "International’s"."""
    letter = _real("ua-235-17-zhen-jianghua", "en", "procurator", LONDON, dt.date(2018, 9, 20))
    text = ualetters.to_text(letter)
    assert "People’s Republic of China" in text
    assert not re.search(r"(?<=\w)'(?=\w)", text), text
    # Straight prose keeps the templates' straight apostrophe everywhere.
    straight = bodies(case_of([MAN]), "fr")
    assert all("’" not in text and "'" in text for text in straight)


# --- the third native review: who the address block names ------------------------------------


def test_a_target_reached_without_the_post_is_named_in_the_letters_language() -> None:
    """Burundi's president by email only: no post reads the block, the reader reads Russian."""
    belgium = {"street": ["Rue Haute 1"], "postal_code": "1000", "city": "Bruxelles",
               "country": "BE"}  # fmt: skip
    nkina = _real("tony-germain-nkina", "ru", "president", belgium, dt.date(2022, 10, 3))
    assert nkina.recipient_lines == ("Президенту Республики Бурунди",)
    assert nkina.recipient_name_lines == ("Президенту Республики Бурунди",)


def test_the_ambassador_of_the_case_country_is_named_in_its_language() -> None:
    """The Russian ambassador in Washington reads Russian; USPS reads the delivery lines."""
    embassy = _real("ua-112-19-moscow-protesters", "ru", "embassy", BOSTON, dt.date(2019, 8, 26))
    assert embassy.recipient_lines == (
        "Послу Российской Федерации в США",
        "Анатолию Антонову",  # no patronymic in the UA: the first name in full
        "Посольство Российской Федерации",
        "2650 Wisconsin Ave. NW",
        "WASHINGTON DC 20007",
    )
    # Not the ambassador of another country: the Egyptian ambassador gets Latin lines.
    egypt = _real("ua-80-23-ibrahim-metwaly", "ru", "embassy", BOSTON, dt.date(2023, 9, 25))
    assert all(fits_latin(line) for line in egypt.recipient_lines)


def test_a_german_ambassador_is_asked_to_pass_requests_on_unambiguously() -> None:
    """ "durch Ihre Vermittlung", never "Anliegen über Sie" (read first as "about you")."""
    polite = [texts(**{**IMPERATIVES[0], "de": "Bitte achten Sie das Recht auf Versammlung."})]
    case = case_of([MAN], demands=polite, rank="ambassador", salutation=False)
    texts_ = bodies(case, "de")
    assert not any("über Sie" in text for text in texts_)
    assert any(
        "Ich richte daher das folgende dringende Anliegen durch Ihre Vermittlung an Ihre "
        "Regierung: Bitte achten Sie" in text
        for text in texts_
    ), texts_


def test_no_russian_lead_in_calls_with_a_call() -> None:
    """ "Настоятельно прошу Вас обратиться … с призывом", not "призываю … с призывом"."""
    for demands in (INFINITIVES, INFINITIVES * 2):
        case = case_of([MAN], demands=demands, rank="ambassador", salutation=False)
        texts_ = bodies(case, "ru")
        assert any("прошу Вас обратиться к Вашему правительству с призывом" in t for t in texts_)
        for text in texts_:
            assert not ("призываю" in text and "призывом" in text), text


@pytest.mark.parametrize(
    ("lang", "demand", "run_on", "never"),
    [
        ("fr", "Libérer Aibek Example immédiatement et abandonner les charges.",
         "bien vouloir libérer Aibek Example",
         ("gouvernement à libérer", "gouvernement de libérer")),
        ("it", "Rilasciare immediatamente Aibek Example e ritirare le accuse.",
         "voler rilasciare immediatamente", ("governo di rilasciare", "governo a rilasciare")),
    ],
)  # fmt: skip
def test_an_ambassadors_single_infinitive_runs_on_after_a_verb_that_takes_it_bare(
    lang: str, demand: str, run_on: str, never: tuple[str, ...]
) -> None:
    """ "… de bien vouloir libérer … et abandonner …": no "à" owed to the second infinitive."""
    demands = [texts(**{**INFINITIVES[0], lang: demand})]
    case = case_of([MAN], demands=demands, rank="ambassador", salutation=False)
    for text in bodies(case, lang):
        assert run_on in text, text
        assert not any(words in text for words in never), text


def test_a_french_letter_says_je_me_permets_once() -> None:
    """Opening 1 says "Je me permets de vous écrire": no lead-in says it again."""
    for rank in (None, "ambassador"):
        for demands in (IMPERATIVES, IMPERATIVES * 2):
            case = case_of([MAN], demands=demands, rank=rank, salutation=False)
            for text in bodies(case, "fr"):
                assert text.count("me permets") <= 1, text


# What the sentence after an ambassador's first-person requests (and, in Spanish and Italian,
# after requests in the courtesy form) asks: to pass them on to the government.
CONVEYED = {
    "en": "bring my appeal to the attention of your government",
    "de": "Ihre Regierung davon in Kenntnis setzen",
    "fr": "à la connaissance de votre gouvernement",
    "it": "presso le autorità del Suo Paese",
    "es": "a las autoridades de su país",
    "ru": "ознакомите Ваше правительство с моим обращением",
    "ar": "بإطلاع حكومتكم على مناشدتي",
}

# The same after a request list to an ambassador, whose lead-in already asked to pass the list
# on: it names only the first-person sentences ("également cette demande", "и эту просьбу").
CONVEYED_AFTER_A_LIST = {
    "fr": "porter également cette demande à la connaissance de votre gouvernement",
    "ru": "передадите Вашему правительству и эту просьбу",
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_ambassador_asked_in_the_first_person_is_asked_to_pass_it_on(lang: str) -> None:
    """ "I urge you to release …" asks the ambassador himself: a sentence after it asks him to
    bring it to his government, in letters of first-person and of mixed demands."""
    sentence = FIRST_PERSON[0][lang]
    mixed = [IMPERATIVES[0], FIRST_PERSON[0]]
    for demands in (FIRST_PERSON, mixed, FIRST_PERSON * 2):
        # After a list whose lead-in asked to pass it on, the sentence adds only the rest.
        conveyed = (
            CONVEYED_AFTER_A_LIST.get(lang, CONVEYED[lang]) if demands is mixed else CONVEYED[lang]
        )
        case = case_of([MAN], demands=demands, rank="ambassador", salutation=False)
        for text in bodies(case, lang):
            assert conveyed in text.split(sentence)[-1], (lang, text)
            assert text.count(conveyed) == 1
    # Not to a prosecutor, and not after a list the lead-in already asks to pass on.
    said = {CONVEYED[lang], CONVEYED_AFTER_A_LIST.get(lang, CONVEYED[lang])}
    for demands in (FIRST_PERSON, INFINITIVES if lang not in ("en", "de") else IMPERATIVES):
        for text in bodies(case_of([MAN], demands=demands), lang):
            assert not any(conveyed in text for conveyed in said), text
    if lang not in ("es", "it"):
        infinitives = INFINITIVES if lang not in ("en", "de") else IMPERATIVES
        ambassador = case_of([MAN], demands=infinitives, rank="ambassador", salutation=False)
        for text in bodies(ambassador, lang):
            assert not any(conveyed in text for conveyed in said), text


@pytest.mark.parametrize(
    ("lang", "representative"),
    [("es", "como representante de su gobierno"), ("it", "rappresentante del Suo governo")],
)
def test_requests_in_the_courtesy_form_go_to_the_ambassador_as_representative(
    lang: str, representative: str
) -> None:
    """ "Ponga en libertad …", "Disponga …" speak to the reader: the lead-in addresses the
    ambassador as the government's representative, and the sentence after the requests asks
    that they be passed on (never "transmita a su gobierno: – Ponga en libertad …")."""
    request = IMPERATIVES[0][lang]
    for demands in (IMPERATIVES, IMPERATIVES * 2):
        case = case_of([MAN], demands=demands, rank="ambassador", salutation=False)
        for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei", "Sam Doe", "Kim Lee"):
            shown = [bare(p.text) for p in letter_of(case, lang, name=name).paragraphs]
            first = next(i for i, text in enumerate(shown) if text == request)
            last = max(i for i, text in enumerate(shown) if text == request)
            assert representative in shown[first - 1], shown[first - 1]
            assert CONVEYED[lang] in shown[last + 1], shown[last + 1]
            assert not any("transmita" in text or "trasmettere" in text for text in shown)


@pytest.mark.parametrize(
    ("rank", "title", "salutation"),
    [
        ("minister", "وزيرة العدل", "معالي وزيرة العدل المحترمة،"),
        ("prosecutor", "النائبة العامة", "السيدة النائبة العامة المحترمة،"),
        ("ambassador", "سفيرة الاتحاد الروسي", "سعادة السفيرة المحترمة،"),
        ("head_of_state", "رئيسة الجمهورية", "فخامة رئيسة الجمهورية المحترمة،"),
        ("minister", "وزير العدل", "معالي وزير العدل المحترم،"),
        ("ambassador", "سفير الاتحاد الروسي", "سعادة السفير المحترم،"),
    ],
)
def test_an_arabic_rank_salutation_agrees_with_a_title_that_names_a_woman(
    rank: str, title: str, salutation: str
) -> None:
    """The Arabic title shows the office-holder's gender (ة): the salutation agrees."""
    case = case_of([MAN], rank=rank, salutation=False)
    target = dataclasses.replace(case.targets[0], title={**case.targets[0].title, "ar": title})
    letter = letter_of(dataclasses.replace(case, targets=[target]), "ar")
    assert letter.salutation == salutation
    # Other languages keep their gender-neutral rank address.
    assert letter_of(dataclasses.replace(case, targets=[target]), "fr").salutation in (
        "Excellence,", "Madame, Monsieur,",
    )  # fmt: skip


def test_one_arabic_verbal_noun_runs_on_from_its_lead_in() -> None:
    """ "لذا، أناشدكم باحترام الإفراج …": no colon before a lone verbal noun."""
    demand = INFINITIVES[0]["ar"]
    for rank in (None, "ambassador"):
        case = case_of([MAN], demands=INFINITIVES, rank=rank, salutation=False)
        for text in bodies(case, "ar"):
            (line,) = [line for line in text.split("\n") if demand in line]
            assert line != demand and line.endswith(demand), line
            assert ":" not in line, line
    # Two of them stay a list after a colon.
    for text in bodies(case_of([MAN], demands=INFINITIVES * 2), "ar"):
        assert text.count(demand) == 2 and ":\n" in text


def test_an_arabic_lead_in_repeats_no_verb_of_the_sentences_after_it() -> None:
    """ "أناشدكم" opens the sentence after the list: the lead-in asks with another verb."""
    invites = texts(**{**FIRST_PERSON[0], "ar": "أدعوكم إلى ضمان سلامته."})
    urges = texts(**{**FIRST_PERSON[0], "ar": "وأحثكم على حمايته."})
    for demands, verbs in (
        ([INFINITIVES[0], FIRST_PERSON[0]], ("أناشدكم باحترام",)),
        ([INFINITIVES[0], FIRST_PERSON[0], invites], ("أناشدكم باحترام", "أدعوكم باحترام")),
    ):
        for rank in (None, "ambassador"):
            case = case_of([MAN], demands=demands, rank=rank, salutation=False)
            for text in bodies(case, "ar"):
                lead = text.split(INFINITIVES[0]["ar"])[0].split("\n")[-1]
                assert lead and not any(verb in lead for verb in verbs), lead
    # All three verbs taken: a lead-in with another verb, and one verbal noun runs on from it
    # (no "بما يلي:" over a single item, fourth native review).
    demands = [INFINITIVES[0], FIRST_PERSON[0], invites, urges]
    for rank, lead in (
        (None, "وعليه، أرجو منكم باحترام "),
        ("ambassador", "وعليه، أرجو منكم باحترام أن تطلبوا من حكومتكم "),
    ):
        for text in bodies(case_of([MAN], demands=demands, rank=rank), "ar"):
            assert lead + INFINITIVES[0]["ar"] in text, text
    safety = texts(**{**INFINITIVES[0], "ar": "ضمان سلامته."})
    two = [INFINITIVES[0], safety, FIRST_PERSON[0], invites, urges]
    for text in bodies(case_of([MAN], demands=two), "ar"):
        assert "وعليه، أطالب باحترام بما يلي:" in text, text


def test_german_zu_infinitives_continue_the_lead_in() -> None:
    """ "Ich bitte Sie daher eindringlich, Aibek Example umgehend freizulassen.": no bare
    infinitive as a paragraph of its own, no "Schritte zu unternehmen: … zu …"."""
    release = texts(**{**INFINITIVES[0], "de": "Aibek Example umgehend freizulassen."})
    ensure = texts(**{**INFINITIVES[0], "de": "sicherzustellen, dass er nicht gefoltert wird."})
    infinitive = {"de": "infinitive"}
    one = letter_of(case_of([MAN], demands=[release], demand_form=infinitive), "de")
    assert "Ich bitte Sie daher eindringlich, Aibek Example umgehend freizulassen." in body(one)
    two = letter_of(case_of([MAN], demands=[release, ensure], demand_form=infinitive), "de")
    shown = [p.text for p in two.paragraphs]
    at = shown.index("Aibek Example umgehend freizulassen,")  # the capital of a name stays
    assert shown[at - 1] == "Ich bitte Sie daher eindringlich,"
    assert shown[at + 1] == "sicherzustellen, dass er nicht gefoltert wird."
    assert "zu unternehmen" not in body(two)
    ambassador = case_of([MAN], demands=[release], demand_form=infinitive, rank="ambassador")
    assert "eindringlich, Ihre Regierung aufzufordern, Aibek Example umgehend freizulassen." in (
        body(letter_of(ambassador, "de"))
    )


def test_an_italian_block_names_an_excellency_with_se() -> None:
    """Italian writes "S.E." before the name of a head of state, where the case gives no lines."""
    assert _askarov("it").recipient_lines[:2] == (
        "S.E. Sooronbay Jeenbekov",
        "Presidente della Repubblica del Kirghizistan",
    )
    # Other languages name him bare.
    assert _askarov("de").recipient_lines[0] == "Sooronbay Jeenbekov"


# The verb a language's first-person demands open with (FIRST_PERSON), in the form a lead-in
# would repeat it.
REPEATED_VERB = {"de": ("ich bitte", "bitte ich"), "ru": ("прошу",)}


@pytest.mark.parametrize("lang", sorted(REPEATED_VERB))
def test_a_lead_in_does_not_open_like_the_first_person_sentence_after_it(lang: str) -> None:
    """ "Ich bitte Sie daher eindringlich: …" / "Ich bitte Sie eindringlich, …" reads as a slip."""
    verbs = REPEATED_VERB[lang]
    assert verbs[0] in FIRST_PERSON[0][lang].lower()
    for rank in (None, "ambassador"):
        for demands in ([IMPERATIVES[0], FIRST_PERSON[0]], [INFINITIVES[0], FIRST_PERSON[0]]):
            case = case_of([MAN], demands=demands, rank=rank, salutation=rank is None)
            for text in bodies(case, lang):
                before = text.split(FIRST_PERSON[0][lang])[0].split(FACTS[lang])[-1]
                assert not any(verb in before.lower() for verb in verbs), (lang, rank, before)


@pytest.mark.parametrize(
    ("title", "salutation"),
    [
        ("ملك المملكة العربية السعودية", "صاحب الجلالة،"),
        ("سلطان عُمان", "صاحب الجلالة،"),
        ("أمير دولة قطر", "صاحب السمو،"),
        ("ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية", "صاحب السمو الملكي،"),
        ("رئيس جمهورية مصر العربية", "فخامة رئيس جمهورية مصر العربية المحترم،"),
    ],
)
def test_an_arabic_letter_addresses_a_monarch_by_his_dignity(title: str, salutation: str) -> None:
    """ "فخامة" is for presidents: a king is "صاحب الجلالة", an emir "صاحب السمو"."""
    case = case_of([MAN], rank="head_of_state", salutation=False)
    target = dataclasses.replace(case.targets[0], title={**case.targets[0].title, "ar": title})
    assert letter_of(dataclasses.replace(case, targets=[target]), "ar").salutation == salutation


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("كما أناشدكم السماح له بمقابلة محاميه.", "first_person"),
        ("كما أدعوكم إلى ضمان سلامته.", "first_person"),
        ("أهيب بكم الإفراج عنه.", "first_person"),
        ("وإنني أطالب بالإفراج عنه.", "first_person"),
        # Marks on the verb ("كفّوا", "أفرِجوا") leave it an imperative.
        ("كفّوا عن مضايقة الصحفيين.", "imperative"),
        ("أفرِجوا فورًا عنه.", "imperative"),
        ("الإفراج فورًا عنه.", "infinitive"),
    ],
)
def test_arabic_demand_forms_read_second_appeals_and_marked_verbs(text: str, form: str) -> None:
    assert demand_form(text, "ar") == form


def test_an_arabic_role_clause_joins_the_name_with_a_comma() -> None:
    """ "… على ⁨Aibek Example⁩، وهو معلم.": a circumstantial clause, not a sentence of its own."""
    for text in bodies(case_of([MAN]), "ar"):
        assert "، وهو " in text and ". وهو " not in text and "\nوهو " not in text, text


def test_arabic_openings_commas_and_royal_titles_of_the_fifth_review() -> None:
    """ "كذلك نحثكم", "نطلب", "آمل أن", "يرجى" open first-person sentences; the Arabic comma
    ends a leading phrase; "عاهل" is a king and a shadda hides no crown prince."""
    from ualetters.demands import demand_form
    from ualetters.render import _royal_salutation

    for text in ("كذلك نحثكم على الإفراج عنه.", "نطلب منكم الإفراج عنه.",
                 "آمل أن تفرجوا عنه.", "يرجى الإفراج عنه."):  # fmt: skip
        assert demand_form(text, "ar") == "first_person", text
    assert demand_form("إلى حين الإفراج عنه، وفّروا له الرعاية الطبية.", "ar") == "imperative"
    assert _royal_salutation("وليّ العهد", "ar") == "صاحب السمو"
    assert _royal_salutation("عاهل المملكة الأردنية الهاشمية", "ar") == "صاحب الجلالة"
    assert _royal_salutation("ولي عهد مملكة البحرين", "ar") == "صاحب السمو الملكي"
    assert _royal_salutation("رئيس الجمهورية", "ar") is None


def test_a_french_lead_in_does_not_say_je_vous_demande_before_the_cases_own() -> None:
    """Fifth review: "C'est pourquoi je vous demande … de bien vouloir : - libérer …" then
    the case's "Je vous demande de libérer …" said it twice in a row."""
    case = case_of([MAN], demands=[*INFINITIVES * 2, FIRST_PERSON[0]])
    for name in ("Anna Beispiel", "Jo Bloggs", "Max Muster", "Li Wei", "Sam Doe", "Kim Lee"):
        letter = letter_of(case, "fr", name=name)
        shown = [bare(p.text) for p in letter.paragraphs]
        at = shown.index(FIRST_PERSON[0]["fr"])
        lead = next(t for t in reversed(shown[:at]) if t.endswith(":"))
        assert "je vous demande" not in lead.lower(), (name, lead)
