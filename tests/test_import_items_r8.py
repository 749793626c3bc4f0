"""Groups, updates and copies the importer missed on round 8's unseen pages, as families.

Every name, place and fact here is invented. Each family is a way the four languages speak
of the people an action is for, or of the copies a sender is asked to send, that recurs
beyond the page it was seen on:

1. a copy asked for inside a sentence, to an embassy in a named country ("avec copie à
   l'ambassade du Laos en France", "eine Kopie an die laotische Botschaft in Deutschland");
2. a copy printed on one line, the embassy and its place after commas ("Ambassade de X,
   Paris, France."), and a copies heading that names the letter ("Copy of this letter to:",
   "Copie de cette lettre à :") below a model letter;
3. a counted group the demands speak for, pointed back to ("the 105 men", "les 14 hommes");
4. a group's gender said by another mention of the same count ("14 personnes" ... "les 14
   hommes");
5. a risk is no status: "au moins 10 personnes risquent d'être exécutées" are not executed.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def record(text: str, language: str, url: str | None = None) -> dict[str, Any]:
    return parse_text(text, language=language, url=url).record


# -- 1. a copy inside a sentence, to an embassy in a named country ------------------------------

_SENTENCE_COPIES = [
    (
        "URGENT ACTION\nLaos: un militant détenu\n\n"
        "Le militant Ivan Testov a été arrêté le 3 mars à Vientiane.\n\n"
        "Écrivez au Premier ministre du Laos, avec copie à l'ambassade du Laos en France, "
        "en demandant la libération d'Ivan Testov.\n",
        "fr",
        "FR",
        "ambassade du Laos en France",
    ),
    (
        "EILAKTION\nLaos: Aktivist in Haft\n\n"
        "Der Aktivist Ivan Testov wurde am 3. März in Vientiane festgenommen.\n\n"
        "Bitte schreiben Sie an den Premierminister von Laos und senden Sie zusätzlich eine "
        "Kopie per E-Mail an die laotische Botschaft in Österreich unter der Adresse "
        "botschaft@laos-test.example.\n",
        "de",
        "AT",
        "laotische Botschaft in Österreich",
    ),
    (
        "URGENT ACTION\nLaos: activist detained\n\n"
        "The activist Ivan Testov was arrested on 3 March in Vientiane.\n\n"
        "Please write to the Prime Minister of Laos, with a copy to the Embassy of Laos in "
        "Canada, calling for Ivan Testov's release.\n",
        "en",
        "CA",
        "Embassy of Laos in Canada",
    ),
    (
        "ACCIÓN URGENTE\nLaos: activista detenido\n\n"
        "El activista Ivan Testov fue detenido el 3 de marzo en Vientiane.\n\n"
        "Escriban al Primer Ministro de Laos, con copia a la Embajada de Laos en España, "
        "pidiendo la libertad de Ivan Testov.\n",
        "es",
        "ES",
        "Embajada de Laos en España",
    ),
]


@pytest.mark.parametrize(("text", "language", "code", "organisation"), _SENTENCE_COPIES)
def test_a_copy_in_a_sentence_to_an_embassy_in_a_named_country(
    text: str, language: str, code: str, organisation: str
) -> None:
    draft = parse_text(text, language=language)
    copies = draft.record.get("copies") or []
    embassy = [c for c in copies if "organisation" in c and organisation in c["organisation"]]
    assert embassy, copies
    assert embassy[0]["organisation"] == organisation
    assert embassy[0]["for"] == code
    assert embassy[0]["country"] == code
    number = copies.index(embassy[0])
    assert any(path[:2] == ("copies", number) for path in draft.todos)


def test_a_copy_in_a_sentence_keeps_its_fax_and_email() -> None:
    draft = parse_text(_SENTENCE_COPIES[1][0], language="de")
    copy = next(c for c in draft.record["copies"] if "Botschaft" in c.get("organisation", ""))
    assert copy["emails"] == ["botschaft@laos-test.example"]
    text = _SENTENCE_COPIES[1][0].replace(
        "per E-Mail an die laotische Botschaft in Österreich unter der Adresse "
        "botschaft@laos-test.example",
        "per Fax an die laotische Botschaft in Österreich unter der Faxnr. 01 234 5678",
    )
    copy = next(c for c in record(text, "de")["copies"] if "Botschaft" in c.get("organisation", ""))
    assert copy["fax"] == "01 234 5678"


def test_an_embassy_in_the_senders_country_is_no_named_country() -> None:
    text = _SENTENCE_COPIES[2][0].replace(
        "the Embassy of Laos in Canada", "the embassy in your country"
    )
    copies = record(text, "en").get("copies") or []
    assert not [c for c in copies if c.get("for") not in (None, "*", "own country's embassy")]


# -- 2. a copy on one line: the embassy, then its place after commas ---------------------------


@pytest.mark.parametrize(
    ("heading", "language", "embassy", "place"),
    [
        ("Copy of this letter to:", "en", "Embassy of the Republic of Testonia", "Ottawa, Canada"),
        ("Copie à :", "fr", "Ambassade de la République de Testonie", "Bruxelles, Belgique"),
        ("Kopie an:", "de", "Botschaft der Republik Testonien", "Wien, Österreich"),
        ("Copia a:", "es", "Embajada de la República de Testonia", "Madrid, España"),
    ],
)
def test_a_copy_on_one_line_is_an_embassy_and_its_place(
    heading: str, language: str, embassy: str, place: str
) -> None:
    intro = {
        "en": "PLEASE SEND APPEALS BEFORE 3 MAY 2024 TO:",
        "fr": "Écris à :",
        "de": "Bitte richten Sie Ihre Appelle an:",
        "es": "Envíe sus llamamientos a:",
    }[language]
    salutation = {
        "en": "Salutation: Dear President",
        "fr": "Formule d'appel : Monsieur le Président,",
        "de": "Anrede: Sehr geehrter Herr Präsident",
        "es": "Tratamiento: Señor Presidente",
    }[language]
    text = (
        f"{intro}\n\nPresident\nIvan Testov\nPresidential Palace\n1 Main Street\n"
        f"Testville, Testonia\n{salutation}\n\n{heading}\n\n{embassy}, {place}.\n"
    )
    copies = record(text, language).get("copies") or []
    copy = next(c for c in copies if embassy in str(c.get("organisation", "")))
    assert copy["organisation"] == embassy
    assert copy["address_lines"] == [place]


@pytest.mark.parametrize(
    ("language", "heading", "closing", "salutation", "body", "embassy"),
    [
        (
            "en",
            "Copy of this letter to:",
            "Yours sincerely,",
            "Dear President,",
            "I am writing to you about the students detained in Testonia since March. I urge "
            "you to release them immediately and unconditionally.",
            "Embassy of the Republic of Testonia",
        ),
        (
            "fr",
            "Copie de cette lettre à :",
            "Veuillez agréer, Monsieur le Président, l'expression de ma haute considération.",
            "Monsieur le Président,",
            "Je vous écris au sujet des étudiants détenus en Testonie depuis mars. Je vous prie "
            "de les libérer immédiatement et sans condition.",
            "Ambassade de la République de Testonie",
        ),
        (
            "de",
            "Kopie dieses Briefes an:",
            "Mit freundlichen Grüßen",
            "Sehr geehrter Herr Präsident,",
            "Ich schreibe Ihnen wegen der Studierenden, die seit März in Testonien inhaftiert "
            "sind. Ich bitte Sie, sie sofort und bedingungslos freizulassen.",
            "Botschaft der Republik Testonien",
        ),
        (
            "es",
            "Copia de esta carta a:",
            "Atentamente,",
            "Señor Presidente:",
            "Le escribo en relación con los estudiantes detenidos en Testonia desde marzo. Le "
            "pido que los ponga en libertad inmediata e incondicionalmente.",
            "Embajada de la República de Testonia",
        ),
    ],
)
def test_a_copies_heading_that_names_the_letter_after_a_model_letter(
    language: str, heading: str, closing: str, salutation: str, body: str, embassy: str
) -> None:
    text = (
        "President Ivan Testov\n\nPresidential Palace\n\n1 Main Street, Testville\n\n"
        f"Fax: +99 123 456 789\n\n{salutation}\n\n{body}\n\n{closing}\n\n{heading}\n\n"
        f"{embassy}, Testville, Testonia.\n"
    )
    copies = record(text, language).get("copies") or []
    assert [c for c in copies if c.get("organisation") == embassy], copies


# -- 3. a counted group the demands speak for --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "count", "description"),
    [
        (
            "URGENT ACTION\nTestonia: death sentences upheld\n\n"
            "A court in Testonia upheld death sentences after an unfair trial last year.\n\n"
            "Please write immediately in English or your own language:\n"
            "- calling on the authorities not to carry out the death sentences on the 47 men "
            "convicted after the unfair trial;\n"
            "- urging them to retry them in line with international standards.\n",
            "en",
            47,
            "the 47 men",
        ),
        (
            "ACTION URGENTE\nTestonie : condamnations à mort confirmées\n\n"
            "Un tribunal de Testonie a confirmé des condamnations à mort l'an dernier.\n\n"
            "Écrivez immédiatement en français ou dans votre propre langue :\n"
            "- pour demander aux autorités de ne pas exécuter les 23 hommes condamnés à "
            "l'issue d'un procès inique ;\n"
            "- pour les exhorter à les rejuger dans le respect des normes internationales.\n",
            "fr",
            23,
            "les 23 hommes",
        ),
    ],
)
def test_a_counted_group_the_demands_speak_for(
    text: str, language: str, count: int, description: str
) -> None:
    groups = record(text, language).get("groups") or []
    assert [g for g in groups if g.get("count") == count], groups
    group = next(g for g in groups if g.get("count") == count)
    assert group["description"] == description
    assert group.get("gender") == "male"


def test_a_count_in_the_demands_equal_to_the_named_persons_is_no_group() -> None:
    text = (
        "URGENT ACTION\nTestonia: two men at risk\n\n"
        "Ivan Testov and Petr Probov were arrested on 3 March.\n\n"
        "Please write immediately in English or your own language:\n"
        "- calling on the authorities to release the two men immediately.\n"
    )
    groups = record(text, "en").get("groups") or []
    assert not [g for g in groups if g.get("count") == 2]


# -- 4. a group's gender from another mention of the same count ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "gender"),
    [
        (
            "Je vous écris au sujet des 12 personnes condamnées à mort en Testonie le 3 mars. "
            "Les familles craignent une exécution imminente.\n\n"
            "Le 5 avril, les 12 hommes ont été transférés dans une autre prison.\n",
            "fr",
            "male",
        ),
        (
            "I am writing about 12 people sentenced to death in Testonia on 3 March. "
            "Their families fear they may be executed soon.\n\n"
            "On 5 April, the 12 women were moved to another prison.\n",
            "en",
            "female",
        ),
    ],
)
def test_a_groups_gender_from_another_mention_of_its_count(
    text: str, language: str, gender: str
) -> None:
    groups = record(text, language).get("groups") or []
    group = next(g for g in groups if g.get("count") == 12)
    assert group.get("gender") == gender


# -- 5. a risk is no status ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Je suis vivement préoccupé par le fait qu'au moins 11 personnes risquent d'être "
            "exécutées en Testonie en lien avec les manifestations.",
            "fr",
        ),
        (
            "I am deeply concerned that at least 11 people are at risk of being executed in "
            "Testonia in connection with the protests.",
            "en",
        ),
        (
            "Mindestens 11 Personen könnten in Testonien hingerichtet werden.",
            "de",
        ),
        (
            "Al menos 11 personas corren el riesgo de ser ejecutadas en Testonia.",
            "es",
        ),
    ],
)
def test_a_risk_of_execution_is_no_status(text: str, language: str) -> None:
    groups = record(text, language).get("groups") or []
    group = next(g for g in groups if g.get("count") == 11)
    assert "status" not in group


# -- 6. "N others": a count with a word that sets the people apart ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        (
            "Ivan Testov was charged in a case alongside 31 others, all of them students.",
            "en",
            31,
        ),
        (
            "Ivan Testov a été inculpé avec 31 autres étudiants à l'issue de la manifestation.",
            "fr",
            31,
        ),
        (
            "Ivan Testov wurde zusammen mit 31 andere Studierende angeklagt.",
            "de",
            31,
        ),
        (
            "Ivan Testov fue acusado junto con otros 31 estudiantes tras la protesta.",
            "es",
            31,
        ),
    ],
)
def test_a_count_of_others_is_a_group(text: str, language: str, count: int) -> None:
    # Two long paragraphs first: the count is not in the lead, where any count of people
    # already makes a group.
    lead = (
        "Testonia's authorities have arrested students across the country since the protests "
        "against the new education law began in the spring of last year in the capital."
    )
    text = f"{lead}\n\n{lead}\n\n{text} {lead}"
    groups = record(text, language).get("groups") or []
    assert [g for g in groups if g.get("count") == count], groups


def test_others_with_the_same_count_are_another_group() -> None:
    text = (
        "Mindestens sieben Menschen sind in Testonien im Todestrakt. Sieben weitere Personen "
        "sind bereits hingerichtet worden."
    )
    groups = record(text, "de").get("groups") or []
    assert len([g for g in groups if g.get("count") == 7]) == 2, groups
    other = next(g for g in groups if "weitere" in g["description"])
    assert other.get("status") == {"state": "executed"}


# -- 7. a count followed by the names it counts is the named persons ----------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le même jour, au moins deux autres militants, Ivan Testov et Petr Probov, ont "
            "été arrêtés à Testville. Ivan Testov est étudiant.",
            "fr",
        ),
        (
            "On the same day two other activists of the movement, Ivan Testov and Petr Probov, "
            "were arrested in Testville. Ivan Testov is a student.",
            "en",
        ),
    ],
)
def test_a_count_followed_by_the_named_persons_is_no_group(text: str, language: str) -> None:
    found = record(text, language)
    names = [p["name"] for p in found.get("persons") or []]
    assert "Ivan Testov" in names
    assert not [g for g in found.get("groups") or [] if g.get("count") == 2]


# -- 8. a group's status after a relative clause or a participle that describes it --------------


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        (
            "Fünf weitere Männer, die im selben Verfahren verurteilt worden waren, sind "
            "inzwischen hingerichtet worden.",
            "de",
            5,
        ),
        (
            "Sept hommes condamnés à mort ont été exécutés en Testonie depuis le 2 mai.",
            "fr",
            7,
        ),
        (
            "At least seven other men, who were tried with him, were executed in Testonia "
            "last month.",
            "en",
            7,
        ),
    ],
)
def test_a_groups_status_after_what_describes_it(text: str, language: str, count: int) -> None:
    groups = record(text, language).get("groups") or []
    group = next(g for g in groups if g.get("count") == count)
    assert group.get("status") == {"state": "executed"}


def test_a_participle_that_describes_a_group_is_no_status() -> None:
    text = "14 personnes condamnées à mort ont été transférées dans une autre prison en Testonie."
    groups = record(text, "fr").get("groups") or []
    group = next(g for g in groups if g.get("count") == 14)
    assert "status" not in group
