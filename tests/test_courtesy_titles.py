"""How a letter names and greets a dignitary: address block, copy marker, salutation, closing.

The fifth native reviews (docs/reviews/it.md, ar.md): an Italian block says "S.E." before an
ambassador's name in a copy letter too, and the copy marker says what the block says;
monarchs are "S.M." / "Maestà," and princes "S.A." / "Altezza,"; a name with a title of
courtesy gets no second one. An Arabic block names the recipient with the dignity its
salutation gives, and the closing after "صاحب الجلالة" / "صاحب السمو" names it again.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

import ualetters

from .helpers import CASE_FILE, DATA, LETTER_DATE
from .test_letter_wording import MAN, body, case_of, letter_of

PROTESTERS = "tests/data/letters/russia-protesters.yaml"
# Senders whose letters, between them, draw every opening a template's `vary` offers.
NAMES = ("Anna Rossi", "Jo Bloggs", "Max Muster", "Eva Exempel", "Li Wei", "Sam Doe")


def _without(localized: Any, lang: str) -> dict[str, str]:
    return {key: text for key, text in (localized or {}).items() if key != lang}


def _target_as(lang: str, rank: str, title: str, name: Any, **address: str) -> ualetters.Case:
    """Return the wording fixture's case with one target: `title` and `name` in `lang`."""
    case = case_of([MAN], rank=rank, salutation=False)
    target = case.targets[0]
    changes: dict[str, Any] = {"title": {**target.title, lang: title}, "name": name}
    if address:
        changes["address"] = dataclasses.replace(target.address, **address)
    return dataclasses.replace(case, targets=[dataclasses.replace(target, **changes)])


def _letters(case: ualetters.Case, lang: str, city: str, postal_code: str, country: str) -> list:
    sender = {"name": "Anna Rossi", "street": ["Via Nassa 1"], "city": city,
              "postal_code": postal_code, "country": country, "languages": [lang]}  # fmt: skip
    return ualetters.letters_for(case, sender, date=LETTER_DATE, lang=lang, copies=True)


# --- Italian ---------------------------------------------------------------------------------


def test_an_italian_copy_marker_names_the_target_as_its_block_does() -> None:
    """Block "S.E. Sooronbay Jeenbekov": the copy's marker "a S.E. Sooronbay Jeenbekov, …"."""
    case = ualetters.load_case(CASE_FILE)
    president = case.targets[0]
    assert president.rank == "head_of_state" and "it" in president.addressee
    president = dataclasses.replace(president, addressee=_without(president.addressee, "it"))
    case = dataclasses.replace(case, targets=[president, *case.targets[1:]])
    letter, copy = _letters(case, "it", "Lugano", "6900", "CH")
    assert letter.recipient_lines[0] == "S.E. Sooronbay Jeenbekov"
    assert copy.copy_of == (
        "Copia della mia lettera a S.E. Sooronbay Jeenbekov, Presidente della Repubblica del "
        "Kirghizistan, Amministrazione presidenziale"
    )
    # Other languages name him bare, in the block and in the marker.
    letter, copy = _letters(case, "es", "Lugano", "6900", "CH")
    assert letter.recipient_lines[0] == "Sooronbay Jeenbekov"
    assert copy.copy_of is not None and copy.copy_of.startswith("Copia de mi carta a Sooronbay")


def test_an_italian_copy_to_an_ambassador_names_an_excellency() -> None:
    """The London copy without Italian lines: "S.E." before the ambassador's name."""
    case = ualetters.load_case(PROTESTERS)
    (embassy,) = case.copies["GB"]
    embassy = dataclasses.replace(embassy, addressee=_without(embassy.addressee, "it"))
    case = dataclasses.replace(case, copies={**case.copies, "GB": [embassy]})
    letters = _letters(case, "it", "London", "SW1A 1AA", "GB")
    (copy,) = [letter for letter in letters if letter.copy_of]
    assert copy.recipient_lines[:2] == (
        "S.E. Alexander V. Yakovenko",
        "Ambasciata della Federazione Russa",
    )
    # A copy to an organisation alone, or to a person who is no ambassador, stays as it is.
    official = dataclasses.replace(embassy, title={"en": "Consul"})
    case = dataclasses.replace(case, copies={**case.copies, "GB": [official]})
    (copy,) = [item for item in _letters(case, "it", "London", "SW1A 1AA", "GB") if item.copy_of]
    assert copy.recipient_lines[0] == "Alexander V. Yakovenko"


@pytest.mark.parametrize(
    ("rank", "title", "name", "line", "salutation"),
    [
        ("head_of_state", "Re del Marocco", "Mohammed VI", "S.M. Mohammed VI", "Maestà,"),
        ("head_of_state", "Regina di Danimarca", "Margrethe II", "S.M. Margrethe II", "Maestà,"),
        ("head_of_state", "Sultano dell'Oman", "Haitham bin Tariq", "S.M. Haitham bin Tariq",
         "Maestà,"),
        ("head_of_state", "Emiro dello Stato del Qatar", "Tamim bin Hamad Al Thani",
         "S.A. Tamim bin Hamad Al Thani", "Altezza,"),
        ("head_of_government", "Principe ereditario e Primo ministro", "Salman bin Hamad",
         "S.A. Salman bin Hamad", "Altezza,"),
        ("head_of_state", "Presidente della Repubblica araba d'Egitto",
         "Dr. Abdel Fattah al-Sisi", "Dr. Abdel Fattah al-Sisi", "Eccellenza,"),
        ("minister", "Ministra della giustizia", "Sig.ra Maria Example", "Sig.ra Maria Example",
         "Eccellenza,"),
        ("minister", "Ministro della giustizia", "S.E. Mario Example", "S.E. Mario Example",
         "Eccellenza,"),
    ],
)  # fmt: skip
def test_an_italian_letter_names_monarchs_and_titled_names_by_protocol(
    rank: str, title: str, name: str, line: str, salutation: str
) -> None:
    """ "S.M." / "Maestà" for a king, "S.A." / "Altezza" for an emir, never "S.E. Dr. …"."""
    letter = letter_of(_target_as("it", rank, title, name), "it")
    assert letter.recipient_lines[:2] == (line, title)
    assert letter.salutation == salutation
    assert letter.closing == "Con osservanza"


@pytest.mark.parametrize(
    ("rank", "title", "addressed"),
    [
        ("head_of_state", "Re del Marocco", "Mi rivolgo a Vostra Maestà da Lugano perché"),
        ("head_of_state", "Emiro dello Stato del Qatar",
         "Mi rivolgo a Vostra Altezza da Lugano perché"),
        ("minister", "Ministro della giustizia", "Mi rivolgo a Lei da Lugano perché"),
    ],
)  # fmt: skip
def test_an_italian_opening_names_a_sovereign_as_vostra_maesta(
    rank: str, title: str, addressed: str
) -> None:
    """Ninth Italian review: straight after "Altezza," the opening says "Mi rivolgo a Vostra
    Altezza", not "a Lei"; the other openings ("Le scrivo …") stay."""
    case = _target_as("it", rank, title, "Tamim Example")
    openings = [
        body(letter_of(case, "it", name=name, city="Lugano")).splitlines()[1] for name in NAMES
    ]
    stressed = [opening for opening in openings if opening.startswith("Mi rivolgo")]
    assert stressed and all(opening.startswith(addressed) for opening in stressed)
    assert any(opening.startswith("Le scrivo") for opening in openings)


def test_an_italian_copy_marker_gives_a_doctor_his_article() -> None:
    from ualetters.render import _italian_to

    assert _italian_to("Dr. Abdel Fattah al-Sisi") == "al "
    assert _italian_to("S.M. Mohammed VI") == "a "


def test_an_italian_block_names_an_excellency_with_se_where_the_case_gives_no_lines() -> None:
    """The fallback itself (fifth review: the old test used the case's own "S.E." lines)."""
    case = ualetters.load_case(CASE_FILE)
    president = case.targets[0]
    president = dataclasses.replace(president, addressee=_without(president.addressee, "it"))
    case = dataclasses.replace(case, targets=[president, *case.targets[1:]])
    (letter,) = ualetters.letters_for(
        case,
        {"name": "A B", "city": "Lugano", "postal_code": "6900", "country": "CH"},
        date=LETTER_DATE,
        lang="it",
    )
    assert letter.recipient_lines[:2] == (
        "S.E. Sooronbay Jeenbekov",
        "Presidente della Repubblica del Kirghizistan",
    )


# --- German ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rank", "title", "name", "lines", "salutation"),
    [
        ("head_of_state", "König von Marokko", "Mohammed VI", ("S. M. König Mohammed VI.",),
         "Eure Majestät,"),
        ("head_of_state", "Königin von Dänemark", "Margrethe II", ("I. M. Königin Margrethe II.",),
         "Eure Majestät,"),
        ("head_of_state", "Sultan von Oman", "Haitham bin Tariq",
         ("S. M. Sultan Haitham bin Tariq",), "Eure Majestät,"),
        ("head_of_state", "Emir des Staates Katar", "Scheich Tamim bin Hamad Al Thani",
         ("S. H. Scheich Tamim bin Hamad Al Thani", "Emir des Staates Katar"), "Eure Hoheit,"),
        ("head_of_government", "Kronprinz und Premierminister des Königreichs Saudi-Arabien",
         "Mohammed bin Salman",
         ("S. K. H. Mohammed bin Salman",
          "Kronprinz und Premierminister des Königreichs Saudi-Arabien"),
         "Eure Königliche Hoheit,"),
        ("head_of_state", "Präsident der Arabischen Republik Ägypten", "Abdel Fattah al-Sisi",
         ("Abdel Fattah al-Sisi", "Präsident der Arabischen Republik Ägypten"), "Exzellenz,"),
    ],
)  # fmt: skip
def test_a_german_letter_addresses_a_monarch_as_majestaet_and_a_prince_as_hoheit(
    rank: str, title: str, name: str, lines: tuple[str, ...], salutation: str
) -> None:
    """Ninth German review (must): a king is "Eure Majestät", never "Exzellenz"; his block
    names him "S. M. König Mohammed VI.", the regnal number an ordinal with its full stop."""
    letter = letter_of(_target_as("de", rank, title, name), "de", city="Berlin", country="DE")
    assert letter.recipient_lines[: len(lines)] == lines
    assert letter.recipient_lines.count(title) == (title in lines)
    assert letter.salutation == salutation
    assert letter.closing == "Mit vorzüglicher Hochachtung"


BERLIN = {"name": "Jonas Weber", "street": "Torstraße 5", "city": "Berlin",
          "postal_code": "10119", "country": "DE"}  # fmt: skip


def test_the_german_letters_to_the_king_and_the_emir_of_the_native_review_cases() -> None:
    """The King: "S. M. König Mohammed VI." without a second "König", "Eure Majestät"; the
    Emir: "S. H. Scheich …", "Eure Hoheit"; in Switzerland without the comma."""
    king = _native(MOROCCO, "de", "king", BERLIN)
    assert king.recipient_lines[:2] == ("S. M. König Mohammed VI.", "Königliches Kabinett")
    assert king.salutation == "Eure Majestät,"
    bern = {**BERLIN, "city": "Bern", "postal_code": "3011", "country": "CH"}
    swiss = _native(MOROCCO, "de-CH", "king", bern)
    assert (swiss.salutation, swiss.closing) == ("Eure Majestät", "Hochachtungsvoll")
    emir = _native(QATAR, "de", "emir", BERLIN)
    assert emir.recipient_lines[:3] == (
        "S. H. Scheich Tamim bin Hamad Al Thani",
        "Emir des Staates Katar",
        "Amiri Diwan",
    )
    assert emir.salutation == "Eure Hoheit,"
    assert "Exzellenz" not in ualetters.to_text(king) + ualetters.to_text(emir)


# --- Arabic ----------------------------------------------------------------------------------

RIYADH = {"street": ["الديوان الملكي"], "city": "Riyadh", "postal_code": "11111", "country": "SA"}


@pytest.mark.parametrize(
    ("title", "closing"),
    [
        ("ملك المملكة العربية السعودية", "وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير"),
        ("ملكة الدنمارك", "وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير"),
        ("سلطان عُمان", "وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير"),
        ("أمير دولة قطر", "وتفضلوا سموكم بقبول فائق الاحترام والتقدير"),
        ("ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية",
         "وتفضلوا سموكم بقبول فائق الاحترام والتقدير"),
        ("رئيس جمهورية مصر العربية", "وتفضلوا بقبول فائق الاحترام والتقدير"),
    ],
)  # fmt: skip
def test_an_arabic_closing_names_the_dignity_of_a_royal_salutation(
    title: str, closing: str
) -> None:
    """After "صاحب الجلالة،" the closing says "جلالتكم", after "صاحب السمو،" "سموكم"; no comma."""
    letter = letter_of(_target_as("ar", "head_of_state", title, None), "ar")
    assert letter.closing == closing


@pytest.mark.parametrize(
    ("rank", "title", "name", "line"),
    [
        ("head_of_state", "ملك المملكة العربية السعودية", "سلمان بن عبد العزيز آل سعود",
         "صاحب الجلالة الملك سلمان بن عبد العزيز آل سعود"),
        ("head_of_state", "خادم الحرمين الشريفين", "الملك سلمان بن عبد العزيز آل سعود",
         "صاحب الجلالة الملك سلمان بن عبد العزيز آل سعود"),
        ("head_of_state", "أمير دولة قطر", "الشيخ تميم بن حمد آل ثاني",
         "صاحب السمو الشيخ تميم بن حمد آل ثاني"),
        ("head_of_government", "ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية",
         "الأمير محمد بن سلمان",
         "صاحب السمو الملكي الأمير محمد بن سلمان"),
        ("head_of_state", "رئيس جمهورية مصر العربية", "عبد الفتاح السيسي",
         "فخامة الرئيس عبد الفتاح السيسي"),
        ("head_of_government", "رئيس مجلس الوزراء", "مصطفى مدبولي", "دولة السيد مصطفى مدبولي"),
        ("minister", "وزير العدل", "محمد مثال", "معالي السيد محمد مثال"),
        ("minister", "وزيرة العدل", "مريم مثال", "معالي السيدة مريم مثال"),
        ("minister", "وزير الداخلية", "الدكتور محمد مثال", "معالي الدكتور محمد مثال"),
        ("ambassador", "سفير المملكة العربية السعودية", "محمد مثال", "سعادة السفير محمد مثال"),
        ("prosecutor", "النائب العام", "محمد مثال", "السيد محمد مثال"),
        ("prosecutor", "النائب العام", "معالي الشيخ سعود المعجب", "معالي الشيخ سعود المعجب"),
    ],
)  # fmt: skip
def test_an_arabic_block_names_the_recipient_with_the_dignity_of_its_salutation(
    rank: str, title: str, name: str, line: str
) -> None:
    """ "صاحب الجلالة الملك …", "معالي السيد …": an Arabic block never names a dignitary bare."""
    case = _target_as("ar", rank, title, {"Arab": name, "Latn": "Example"}, **_address(RIYADH))
    letter = letter_of(case, "ar")
    assert letter.recipient_lines[:2] == (line, title)


def test_an_arabic_block_in_latin_script_and_a_latin_name_stay_bare() -> None:
    """To a post that reads no Arabic the block is the case's Latin lines, without honorifics;
    a name the case gives only in Latin gets no Arabic dignity before it."""
    latin = _target_as("ar", "minister", "وزير العدل", "Mohamed Example", **_address(RIYADH))
    assert letter_of(latin, "ar").recipient_lines[0] == "Mohamed Example"
    bishkek = _target_as(
        "ar", "minister", "وزير العدل", {"Arab": "محمد مثال", "Latn": "M. Example"}
    )
    assert letter_of(bishkek, "ar").recipient_lines[0] == "M. Example"


def _address(sender_like: dict[str, Any]) -> dict[str, Any]:
    return {
        "street": sender_like["street"],
        "city": sender_like["city"],
        "postal_code": sender_like["postal_code"],
        "country": sender_like["country"],
    }


MOROCCO = "tests/data/native/morocco-journalist.yaml"
QATAR = "tests/data/native/qatar-workers.yaml"


def _native(path: str, lang: str, target: str, sender: dict[str, str], copy: bool = False) -> Any:
    letters = ualetters.letters_for(
        path, {**sender, "languages": [lang]}, date=LETTER_DATE, lang=lang, copies=copy
    )
    (letter,) = [
        item for item in letters if item.target_id == target and bool(item.copy_of) == copy
    ]
    return letter


def test_the_native_review_cases_address_a_king_an_emir_and_an_ambassador_by_protocol() -> None:
    """The letters written for the native reviewers (tests/data/native/)."""
    cairo = {"name": "Leila Haddad", "city": "Cairo", "postal_code": "11511", "country": "EG"}
    rome = {"name": "Marco Bianchi", "street": "Via del Corso 100", "city": "Roma",
            "postal_code": "00186", "area": "RM", "country": "IT"}  # fmt: skip
    king = _native(MOROCCO, "ar", "king", cairo)
    assert king.recipient_lines[:2] == ("صاحب الجلالة الملك محمد السادس", "ملك المملكة المغربية")
    assert (king.salutation, king.closing) == (
        "صاحب الجلالة،",
        "وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير",
    )
    emir = _native(QATAR, "ar", "emir", cairo)
    assert emir.recipient_lines[0] == "صاحب السمو الشيخ تميم بن حمد آل ثاني"
    assert emir.closing == "وتفضلوا سموكم بقبول فائق الاحترام والتقدير"
    minister = _native(MOROCCO, "ar", "minister", cairo)
    assert minister.recipient_lines[0] == "معالي السيد يوسف بناني"
    copy = _native(MOROCCO, "it", "king", rome, copy=True)
    assert copy.recipient_lines[0] == "S.E. Karim Tazi"
    assert (
        copy.copy_of
        == "Copia della mia lettera a S.M. Mohammed VI, Re del Marocco, Gabinetto reale"
    )
    assert copy.salutation == "Maestà,"
    assert _native(MOROCCO, "it", "minister", rome).recipient_lines[0] == "Dott. Youssef Bennani"


def test_the_native_review_cases_read_as_the_ninth_reviewers_asked() -> None:
    """Case data (tests/data/native/): the reviewers' own words in the blocks and facts."""
    lugano = {"name": "Chiara Bernasconi", "city": "Lugano", "postal_code": "6900",
              "country": "CH"}  # fmt: skip
    cairo = {"name": "Leila Haddad", "city": "Cairo", "postal_code": "11511", "country": "EG"}
    lyon = {"name": "Julien Martin", "city": "Lyon", "postal_code": "69002", "country": "FR"}
    geneva = {"name": "Claire Dubois", "city": "Genève", "postal_code": "1201", "country": "CH"}
    bern = {"name": "Regula Meier", "city": "Bern", "postal_code": "3011", "country": "CH"}
    emir = _native(QATAR, "it-CH", "emir", lugano)
    assert emir.recipient_lines[:2] == (
        "S.A. lo Sceicco Tamim bin Hamad Al Thani",
        "Emiro dello Stato del Qatar",
    )
    assert "dopo uno sciopero per il mancato pagamento di quattro mesi di salario." in " ".join(
        p.text for p in emir.paragraphs
    )
    arabic = " ".join(p.text for p in _native(QATAR, "ar", "emir", cairo).paragraphs)
    assert "مع نحو 40 من زملائهما،" in arabic
    minister = _native(MOROCCO, "fr", "minister", lyon)
    assert minister.recipient_lines[:3] == (
        "Monsieur Youssef Bennani",
        "Ministre de la Justice",
        "Ministère de la Justice",
    )
    ambassador = _native(MOROCCO, "fr-CH", "ambassador", geneva)
    assert ambassador.recipient_lines[:3] == (
        "Ambassade du Royaume du Maroc",
        "Son Excellence Monsieur Hassan Amrani",
        "Ambassadeur du Royaume du Maroc",
    )
    ambassador = _native(MOROCCO, "de-CH", "ambassador", bern)
    assert ambassador.recipient_lines == (
        "Botschaft des Königreichs Marokko",
        "S. E. Herr Hassan Amrani",
        "Botschafter",
        "Helvetiastrasse 42",
        "3005 Bern",
    )


# --- A title that opens with an article or says the dignity itself (audit F16) ----------------


@pytest.mark.parametrize(
    ("lang", "title", "name", "lines", "salutation", "closing"),
    [
        ("de", "Der König von Marokko", "Mohammed VI", ("S. M. König Mohammed VI.",),
         "Eure Majestät,", "Mit vorzüglicher Hochachtung"),
        ("de", "Seine Majestät der König von Marokko", "Mohammed VI",
         ("S. M. König Mohammed VI.", "1 Example Street"), "Eure Majestät,",
         "Mit vorzüglicher Hochachtung"),
        ("de", "Die Königin der Niederlande", "Máxima", ("I. M. Königin Máxima",),
         "Eure Majestät,", "Mit vorzüglicher Hochachtung"),
        ("de", "Seine Hoheit der Emir des Staates Katar", "Tamim bin Hamad Al Thani",
         ("S. H. Tamim bin Hamad Al Thani", "Emir des Staates Katar"),
         "Eure Hoheit,", "Mit vorzüglicher Hochachtung"),
        ("it", "Il Re del Marocco", "Mohammed VI", ("S.M. Mohammed VI", "Re del Marocco"),
         "Maestà,", "Con osservanza"),
        ("it", "Sua Maestà il Re del Marocco", "Mohammed VI",
         ("S.M. Mohammed VI", "Re del Marocco"), "Maestà,", "Con osservanza"),
        ("it", "L'Emiro dello Stato del Qatar", "Tamim bin Hamad Al Thani",
         ("S.A. Tamim bin Hamad Al Thani", "Emiro dello Stato del Qatar"), "Altezza,",
         "Con osservanza"),
        ("ar", "جلالة الملك", {"Arab": "محمد السادس", "Latn": "Mohammed VI"},
         ("جلالة الملك محمد السادس", "الديوان الملكي"), "صاحب الجلالة،",
         "وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير"),
        ("ar", "صاحب الجلالة الملك", "Mohammed VI",
         ("صاحب الجلالة الملك \u2068Mohammed VI\u2069", "الديوان الملكي"),
         "صاحب الجلالة،", "وتفضلوا جلالتكم بقبول فائق الاحترام والتقدير"),
        ("ar", "صاحب السمو أمير دولة قطر", {"Arab": "الشيخ تميم بن حمد آل ثاني", "Latn": "T"},
         ("صاحب السمو الشيخ تميم بن حمد آل ثاني", "أمير دولة قطر"), "صاحب السمو،",
         "وتفضلوا سموكم بقبول فائق الاحترام والتقدير"),
    ],
)  # fmt: skip
def test_a_monarch_is_recognised_by_a_title_with_an_article_or_its_own_dignity(
    lang: str, title: str, name: Any, lines: tuple[str, ...], salutation: str, closing: str
) -> None:
    """ "Der König …", "Il Re …", "Seine Majestät der König …", "جلالة الملك" name a king: never
    "Exzellenz", "Eccellenza", "S.E." or "فخامة"; the dignity opens the name line, said once,
    whether the title says it or not ("S. M. König Mohammed VI.", "S.M. Mohammed VI" / "Re del
    Marocco", "صاحب الجلالة الملك محمد السادس"; round 13)."""
    address = _address(RIYADH) if lang == "ar" else {}
    case = _target_as(lang, "head_of_state", title, name, **address)
    letter = letter_of(case, lang, city="Berlin", country="DE") if lang == "de" else None
    letter = letter or letter_of(case, lang)
    assert letter.recipient_lines[: len(lines)] == lines
    assert letter.salutation == salutation
    assert letter.closing == closing
    text = ualetters.to_text(letter)
    for president in ("Exzellenz", "Eccellenza", "S.E.", "فخامة", "المحترمة"):
        assert president not in text
    block = " ".join(letter.recipient_lines)
    assert sum(block.count(word) for word in ("Majestät", "Maestà", "S. M.", "S.M.", "جلالة")) <= 1


@pytest.mark.parametrize(
    ("tag", "title", "expected"),
    [
        ("en", {"en": "King of Morocco"}, "Your Majesty"),
        ("en-US", {"en": "His Majesty the King of Morocco"}, "Your Majesty"),
        ("en", {"en": "Emir of the State of Qatar"}, "Your Highness"),
        ("fr", {"fr": "Roi du Maroc"}, "Sire"),
        ("fr", {"fr": "Émir de l'État du Qatar"}, "Altesse"),
        ("es", {"es": "Rey de Marruecos"}, "Majestad"),
        ("es", {"en": "King of Morocco"}, "Majestad"),  # no Spanish title: its English
        ("ru", {"en": "King of Morocco"}, "Ваше Величество"),
        ("ru", {"ru": "Эмир Государства Катар"}, "Ваше Высочество"),
        ("en", {"en": "President of the Republic"}, None),
    ],
)
def test_a_monarch_is_addressed_as_majesty_or_highness_in_every_language(
    tag: str, title: dict[str, str], expected: str | None
) -> None:
    """Round 14 (en must): a king was "Your Excellency" in English, French, Spanish, Russian."""
    from ualetters.render import salutation_of

    case = ualetters.load_case(DATA / "native" / "morocco-journalist.yaml")
    king = next(target for target in case.targets if target.rank == "head_of_state")
    target = dataclasses.replace(king, title=title, salutation={})
    salutation, whence = salutation_of(target, tag)
    if expected is None:
        assert salutation not in ("Your Majesty", "Your Highness")
    else:
        assert (salutation, whence) == (expected, "rank")


MOROCCO = DATA / "native" / "morocco-journalist.yaml"
LYON = {"name": "Julien Martin", "street": ["12 rue Mercière"], "postal_code": "69002",
        "city": "Lyon", "country": "FR", "languages": ["fr"]}  # fmt: skip
LONDON = {"name": "Jo Bloggs", "street": ["1 High Street"], "postal_code": "SW1A 1AA",
          "city": "London", "country": "GB", "languages": ["en"]}  # fmt: skip


def letter_to_the_king(sender: dict[str, Any], lang: str) -> ualetters.Letter:
    """Return the letter from `sender` to the King of Morocco (the native review case)."""
    letters = ualetters.letters_for(MOROCCO, sender, lang=lang, date=LETTER_DATE)
    (king,) = (letter for letter in letters if letter.target_id == "king")
    return king


def test_a_french_letter_to_a_king_names_his_majesty_and_closes_with_respect() -> None:
    """Round 15 (fr, two musts): "Mohammed VI / Roi du Maroc" and "très haute considération"."""
    king = letter_to_the_king(LYON, "fr")
    assert king.recipient_lines[:2] == ("Sa Majesté le Roi Mohammed VI", "Cabinet royal")
    assert king.salutation == "Sire,"
    assert king.closing == (
        "Je vous prie d'agréer, Sire, l'expression de mon très profond respect."
    )


def test_an_english_block_names_a_monarch_by_his_style() -> None:
    """Round 15 (en, must): "Mohammed VI / King of Morocco" under "Your Majesty"."""
    king = letter_to_the_king(LONDON, "en")
    assert king.recipient_lines[:2] == ("His Majesty Mohammed VI", "King of Morocco")
    assert king.salutation == "Your Majesty,"
