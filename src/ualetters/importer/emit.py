"""From a `Draft` to a case record of format 2: YAML text with the reviewer's tasks as comments.

`case_data` decides what each value of the neutral record becomes in format 2 (an update
document becomes a dated `updates` entry, a person's release a status change, a printed
address a structured one); `dump` writes format-2 data as YAML with comments attached to
paths: the review comments (what the text printed) and the `TODO(ualetters)` tasks.
`merge.py` uses `dump` too, so a merged file keeps the comments it had.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from .. import l10n
from ..sources import TODO_MARK
from .draft import Draft
from .text import country_code

Path = tuple[str | int, ...]
# The order of a case record's fields, as docs/case-format.md lists them.
CASE_ORDER = (
    "format", "ua", "id", "ai_index", "country", "issued", "title", "persons", "groups", "facts",
    "demands", "demand_form", "targets", "languages", "copies", "email_subject", "deadline",
    "updates",
)  # fmt: skip
TARGET_ORDER = (
    "id", "title", "name", "organisation", "person", "addressee", "rank", "place", "address",
    "email", "email_subject", "fax", "phone", "web", "social", "salutation", "languages",
    "only_for",
)  # fmt: skip
ADDRESS_ORDER = ("street", "postal_code", "city", "area", "country", "latin")
WIDTH = 92


# A headline written for the section's readers, not for the authorities the letters go to.
_READERS_HEADLINE = re.compile(
    r"\s*(?:urgent\s+action|UA)(?:\s+(?:update|follow[- ]up|further\s+information))?\s*[:\-–—]"
    # the UA's number in brackets after the headline: "... (China: UA 222.17)"
    r"|.*\([^()]*\bUA\s*\d{1,4}[./]\d{2}\)\s*$",
    re.IGNORECASE,
)


class Kept(str):
    """A comment read from the user's file: written back as it was, never re-wrapped."""


@dataclass
class Notes:
    """Comments to write with the data: before a path's line, after it, and the tasks."""

    before: dict[Path, list[str]] = field(default_factory=dict)
    after: dict[Path, str] = field(default_factory=dict)
    todos: dict[Path, str] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    # {path: (value, its YAML source)}: a value the file had, written back as it was written
    # (its quotes, its folded lines) while it is unchanged (`import --into`).
    sources: dict[Path, tuple[Any, str]] = field(default_factory=dict)
    keys: dict[Path, str] = field(default_factory=dict)  # a key as the file wrote it ("*")

    def comment(self, path: Path, text: str) -> None:
        """Add a review comment on the lines before `path`."""
        self.before.setdefault(path, []).append(text)

    def todo(self, path: Path, task: str) -> None:
        """Add a task for the reviewer at `path` (several tasks at one path are joined)."""
        task = " ".join(task.split())
        if path in self.todos and task not in self.todos[path]:
            self.todos[path] += "; " + task
        else:
            self.todos.setdefault(path, task)


# -- the neutral record in format 2 ----------------------------------------------------


def case_data(draft: Draft) -> tuple[dict[str, Any], Notes]:
    """Return the case record (format 2) a draft makes, and its comments and tasks."""
    record = draft.record
    lang = draft.language
    notes = Notes()
    data: dict[str, Any] = {"format": 2}
    _number(draft, data, notes)
    if record.get("index"):
        data["ai_index"] = record["index"]
    _country(draft, data, notes)
    _issued(draft, data, notes)
    title = record.get("title")
    data["title"] = {lang: title} if title else ""
    _task(draft, notes, ("title",), ("title",))
    if title and _READERS_HEADLINE.match(str(title)):
        notes.todo(
            ("title",),
            "a headline for Amnesty's readers: the letters use the title as their subject; "
            "write what is at stake (e.g. 'Rights defender faces 15 years in jail')",
        )
    if not title:
        notes.todo(("title",), "no headline found: write one line saying what is at stake")
    _persons(draft, data, notes)
    _groups(draft, data, notes)
    facts = draft.facts
    data["facts"] = {lang: facts} if facts else ""
    notes.todo(
        ("facts",),
        "the UA's first paragraph: shorten it to the facts the letters should state"
        if facts
        else "no paragraph of facts found: write a short statement of facts",
    )
    _demands(draft, data, notes)
    _targets(draft, data, notes)
    if record.get("languages"):
        data["languages"] = [
            *record["languages"],
            *(["own"] if record.get("own_language_allowed") else []),
        ]
        _task(draft, notes, ("languages",), ("languages",))
    _copies(draft, data, notes)
    _deadline(draft, data, notes)
    _updates(draft, data, notes)
    _other_tasks(draft, data, notes)
    return {key: data[key] for key in CASE_ORDER if key in data}, notes


# Where a task on a value format 2 has no field for is shown: the nearest field it has.
_TASK_HOMES: dict[str, tuple[str, ...]] = {
    "index": ("ai_index",),
    "ua_issued": ("issued",),
    "update_no": ("updates",),
    "status": ("updates",),
    "status_text": ("updates",),
    "deadline_text": ("deadline",),
    "demand_form": ("demand_form", "demands"),
    "own_language_allowed": ("languages",),
    "kind": ("id",),
}


def _other_tasks(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    """Show every task of the draft that no field above carried: beside the nearest field
    format 2 has for it, else at the end of the file (the language, a status without updates).
    """
    shown = " ".join([*notes.todos.values(), *notes.footer])
    for path, task in draft.todos.items():
        if path and path[0] in ("targets", "copies"):
            continue  # `_recipient` said each of these in its own words
        if " ".join(task.split()) in shown:
            continue
        home = next(
            (key for key in _TASK_HOMES.get(str(path[0]), ()) if data.get(key) not in (None, "")),
            None,
        )
        if home:
            notes.todo((home,), task)
        else:
            what = ".".join(map(str, path))
            notes.footer.append(f"{TODO_MARK}: {what}: {task}")
        shown += " " + task


def _task(draft: Draft, notes: Notes, neutral: Path, path: Path) -> None:
    """Carry the draft's task on `neutral` (itself, not what holds it) to `path`."""
    if neutral in draft.todos:
        notes.todo(path, draft.todos[neutral])


def _tasks_under(draft: Draft, notes: Notes, neutral: Path, path: Path) -> None:
    """Carry every task on `neutral` and inside it to `path` (one comment for the block)."""
    for where, task in draft.todos.items():
        if where[: len(neutral)] == neutral:
            notes.todo(path, task)


def _number(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    ua = draft.record.get("ua")
    if ua:
        reference = re.match(r"^FI\s+(\d+[/.]\d+)(-\d+)$", ua)
        data["ua"] = f"UA {reference.group(1)}" if reference else re.sub(r"-\d+$", "", ua)
        _task(draft, notes, ("ua",), ("ua",))
        return
    data["id"] = slug(draft.record.get("title") or "") or "case"
    if draft.record.get("kind") != "letter_action":
        notes.todo(
            ("id",),
            "no UA number found: give it as 'ua: UA 12/34' (and delete this id), or keep this "
            "id for an action without a number",
        )


def _country(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    country = draft.record.get("country")
    data["country"] = country or ""
    _task(draft, notes, ("country",), ("country",))
    if not country:
        notes.todo(
            ("country",), "the country the case is about was not found: give its code (IR, CN, ...)"
        )


def _issued(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    record = draft.record
    if record.get("status") in ("update", "closed") or record.get("update_no"):
        if record.get("ua_issued"):
            data["issued"] = record["ua_issued"]
        return
    if record.get("issued"):
        data["issued"] = record["issued"]
        _task(draft, notes, ("issued",), ("issued",))


def _name(value: str, others: list[str] | None) -> str | dict[str, str]:
    """Return a name, with its forms in other scripts as a Names mapping."""
    forms: dict[str, str] = {}
    for name in [value, *(others or [])]:
        script = _script(name)
        forms.setdefault(script, name)
    return value if len(forms) == 1 else forms


def _script(text: str) -> str:
    for char in text:
        if "\u3040" <= char <= "\u30ff":
            return "Jpan"
        if "\u3400" <= char <= "\u9fff":
            return "Hani"
        if "\u0400" <= char <= "\u04ff":
            return "Cyrl"
        if "\u0600" <= char <= "\u06ff":
            return "Arab"
    return "Latn"


def _persons(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    lang = draft.language
    persons = []
    for number, person in enumerate(draft.record.get("persons") or []):
        entry: dict[str, Any] = {"name": _name(person["name"], person.get("other_names"))}
        same_script = [
            other
            for other in person.get("other_names") or []
            if _script(other) == _script(person["name"]) and other != person["name"]
        ]
        if same_script:
            notes.comment(("persons", number), "also spelled: " + ", ".join(same_script))
        entry["gender"] = person.get("gender") or "unknown"
        if person.get("role"):
            entry["role"] = {lang: person["role"]}
        if person.get("note"):
            notes.comment(("persons", number), "the text says: " + person["note"])
        _tasks_under(draft, notes, ("persons", number), ("persons", number))
        persons.append(entry)
    data["persons"] = persons
    _task(draft, notes, ("persons",), ("persons",))
    if not persons and not draft.record.get("groups"):
        notes.todo(("persons",), "no person or group found: add who the case is about")


def _groups(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    groups = []
    for group in draft.record.get("groups") or []:
        entry: dict[str, Any] = {"description": {draft.language: group["description"]}}
        if isinstance(group.get("count"), int) and group["count"] >= 2:
            entry["count"] = group["count"]
        groups.append(entry)
    if groups:
        data["groups"] = groups
        _tasks_under(draft, notes, ("groups",), ("groups",))


def _demands(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    lang = draft.language
    demands = draft.record.get("demands") or []
    data["demands"] = [{lang: demand} for demand in demands]
    _tasks_under(draft, notes, ("demands",), ("demands",))
    form = draft.record.get("demand_form")
    if form == "first_person":
        data["demand_form"] = {lang: "first_person"}
    elif form == "model_letter_only" and demands:
        data["demand_form"] = {lang: "first_person"}
        notes.todo(
            ("demand_form",), "the model letter's sentences are first-person requests; check"
        )


def _targets(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    targets = []
    used: set[str] = set()
    for number, target in enumerate(draft.record.get("targets") or []):
        path: Path = ("targets", number)
        entry = _recipient(draft, target, path, notes, used, target=True)
        targets.append(entry)
    data["targets"] = targets
    _task(draft, notes, ("targets",), ("targets",))


def _recipient(
    draft: Draft, block: dict[str, Any], path: Path, notes: Notes, used: set[str], *, target: bool
) -> dict[str, Any]:
    """Return a target (or a copy) in format 2, with the printed lines as a comment."""
    lang = draft.language
    entry: dict[str, Any] = {}
    neutral = path
    printed = draft.notes.get(neutral)
    if printed:
        notes.comment(path, "as printed: " + printed)
    if target:
        entry["id"] = _unique(slug(block.get("title") or block.get("name") or "") or "target", used)
        entry["title"] = {lang: block["title"]} if block.get("title") else ""
        if not block.get("title"):
            notes.todo((*path, "title"), "no title found: write the office ('President of ...')")
        if block.get("name"):
            entry["name"] = block["name"]
    else:
        if block.get("organisation"):
            entry["organisation"] = {lang: block["organisation"]}
        if block.get("name"):
            entry["person"] = block["name"]
        if block.get("title"):
            entry["title"] = {lang: block["title"]}
        if not block.get("organisation") and not block.get("name"):
            entry["organisation"] = ""
            notes.todo((*path, "organisation"), "name the recipient of this copy")
    if target and block.get("organisation"):
        entry["organisation"] = {lang: block["organisation"]}
    if block.get("address_lines"):
        country = block.get("country") or draft.record.get("country")
        entry["address"] = structure_address(block["address_lines"], country, lang)
        notes.todo(
            (*path, "address"),
            "check how the printed address was cut into street, postal code and city",
        )
    emails = [e for e in block.get("emails") or [] if "protected" not in e]
    hidden = len(block.get("emails") or []) - len(emails)
    if emails:
        entry["email"] = emails
    if hidden:
        notes.todo(
            (*path, "email" if emails else "id" if target else "organisation"),
            f"the page hid {hidden} email address(es) ('[email protected]'); add them from the "
            "UA's PDF or the section's page",
        )
    if block.get("email_subject"):
        entry["email_subject"] = {lang: block["email_subject"]}
    if block.get("fax"):
        entry["fax"] = block["fax"]
    if block.get("phones"):
        entry["phone"] = [
            {"number": p["number"], "note": p["note"]} if p.get("note") else p["number"]
            for p in block["phones"]
        ]
    if block.get("web_forms"):
        entry["web"] = [form["url"] for form in block["web_forms"]]
    if block.get("social"):
        entry["social"] = [
            {"platform": s["platform"], "handle": s["handle"]} for s in block["social"]
        ]
        for account in block["social"]:
            if account.get("note"):
                notes.comment((*path, "social"), f"{account['handle']}: {account['note']}")
    salutation = block.get("salutation")
    if salutation:
        entry["salutation"] = salutation if isinstance(salutation, dict) else {lang: salutation}
    if block.get("only_for"):
        entry["only_for"] = block["only_for"]
        notes.comment(
            (*path, "only_for"),
            "an address in the section's own country: only its supporters write here",
        )
    if block.get("note"):
        notes.comment(path, "the text says: " + block["note"])
    channels = ("address", "email", "fax", "phone", "web", "social")
    if target and not any(key in entry for key in channels) and not hidden:
        notes.todo(
            (*path, "id"), "no way to reach this target was found: add an address, email, fax, ..."
        )
    for where, task in draft.todos.items():
        if where[: len(neutral)] != neutral:
            continue
        field_name = where[len(neutral)] if len(where) > len(neutral) else None
        target_field = {
            "emails": "email",
            "address_lines": "address",
            "phones": "phone",
            "web_forms": "web",
            "country": "address",
            "name": "person" if not target else "name",
        }.get(str(field_name), str(field_name))
        if field_name is None or target_field not in entry:
            if not target:
                notes.todo(path, task)  # on the copy itself: "- " and its fields
                continue
            target_field = "id"
        if field_name == "emails" and "protected" in task:
            continue  # said above, once per block
        notes.todo((*path, target_field), task)
    return {key: entry[key] for key in TARGET_ORDER if key in entry}


def _copies(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    copies: dict[str, list[dict[str, Any]]] = {}
    for number, copy in enumerate(draft.record.get("copies") or []):
        who = copy.get("for") or "*"
        if who == "own country's embassy":
            country = draft.record.get("country")
            notes.footer.append(
                f"{TODO_MARK}: the UA asks you to send copies to the diplomatic representatives "
                f"of {country or 'the country'} accredited to your country: add your country's "
                "embassy under 'copies' with your country's code (CH: ...)"
            )
            continue
        key = who if who == "*" else who.upper()
        position = len(copies.setdefault(key, []))
        path: Path = ("copies", key, position)
        entry = _recipient(draft, copy, ("copies", number), notes, set(), target=False)
        _move_notes(notes, ("copies", number), path)
        copies[key].append(entry)
    if copies:
        data["copies"] = copies


def _move_notes(notes: Notes, old: Path, new: Path) -> None:
    """Move the comments written for a neutral path to the path in the case record."""

    def moved(key: Path) -> Path:
        return (*new, *key[len(old) :])

    for key in [k for k in notes.before if k[: len(old)] == old]:
        notes.before[moved(key)] = notes.before.pop(key)
    for key in [k for k in notes.after if k[: len(old)] == old]:
        notes.after[moved(key)] = notes.after.pop(key)
    for key in [k for k in notes.todos if k[: len(old)] == old]:
        notes.todos[moved(key)] = notes.todos.pop(key)


def _deadline(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    record = draft.record
    extended = any(u.get("kind") == "extended" for u in record.get("updates") or [])
    if record.get("deadline") and not extended:
        # A deadline without its day ("2021-12") is no date the case format takes: the
        # reviewer writes it whole, as the task says.
        data["deadline"] = record["deadline"] if len(record["deadline"]) == 10 else ""
        _task(draft, notes, ("deadline",), ("deadline",))
    elif record.get("deadline_text") and not extended:
        data["deadline"] = ""
        notes.todo(
            ("deadline",),
            f"the text gives the deadline without its year ('{record['deadline_text']}'): "
            "write it as YYYY-MM-DD",
        )


def _updates(draft: Draft, data: dict[str, Any], notes: Notes) -> None:
    record = draft.record
    lang = draft.language
    updates: list[dict[str, Any]] = []
    reference = record.get("ua") if str(record.get("ua", "")).startswith("FI") else None
    document_update = record.get("status") == "update" and not any(
        u.get("kind") == "extended" for u in record.get("updates") or []
    )
    if document_update:
        update: dict[str, Any] = {"date": record.get("issued") or "", "kind": "info"}
        if reference:
            update["reference"] = reference
        elif record.get("update_no"):
            update["reference"] = f"update {record['update_no']}"
        if draft.facts:
            update["text"] = {lang: draft.facts}
        updates.append(update)
        dated = bool(record.get("issued")) and len(record["issued"]) == 10
        notes.todo(
            ("updates", 0) if dated else ("updates", 0, "date"),
            "this text is a further-information update of the UA: check its date and text"
            + ("" if dated else "; give its date as YYYY-MM-DD"),
        )

    for number, update in enumerate(record.get("updates") or []):
        entry: dict[str, Any] = {"date": update.get("date") or "", "kind": update["kind"]}
        whole = len(record.get("deadline") or "") == 10
        if update["kind"] == "extended":
            entry["deadline"] = record["deadline"] if whole else ""
            if reference:
                entry["reference"] = reference
        if update.get("text"):
            entry["text"] = {lang: update["text"]}
        position = len(updates)
        updates.append(entry)
        _tasks_under(draft, notes, ("updates", number), ("updates", position))
        if not update.get("date"):
            notes.todo(
                ("updates", position, "date"),
                "the date of this update was not found: write it as YYYY-MM-DD",
            )
        if update["kind"] == "extended" and not whole:
            lacks = "day" if record.get("deadline") else "year"
            notes.todo(
                ("updates", position, "deadline"),
                f"the new deadline is printed without its {lacks} "
                f"('{update.get('date_text', '')}'): write it as YYYY-MM-DD",
            )
    for person in record.get("persons") or []:
        status = person.get("status") or {}
        state = {"released": "released", "dead": "dead", "executed": "dead"}.get(
            status.get("state", "")
        )
        if not state:
            continue
        change = {"person": person["name"], "status": state}
        home = next(
            (u for u in updates if u["kind"] == "closed" and u.get("date") == status.get("date")),
            None,
        )
        if home is None and not status.get("date") and document_update:
            home = updates[0]  # reported by this update, whose date the reviewer gives
        if home is None:
            home = {"date": status.get("date") or "", "kind": "info", "persons": []}
            updates.append(home)
            if not status.get("date"):
                said = f" (the text says: {status['date_text']})" if status.get("date_text") else ""
                notes.todo(
                    ("updates", len(updates) - 1, "date"),
                    f"when was {person['name']} {state}?{said} write the date",
                )
        home.setdefault("persons", []).append(change)
        notes.todo(
            ("updates", updates.index(home), "persons"), "read from the text: check who and what"
        )
    if updates:
        data["updates"] = updates


# -- names and addresses ---------------------------------------------------------------


def slug(text: str, limit: int = 40) -> str:
    """Return a file-name stem of a text: lower-case ASCII letters, digits and '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:
        if len(result) + len(word) + 1 > limit:
            break
        result = f"{result}-{word}" if result else word
    return result


_SLUG_SKIP = frozenset(
    "of the for de la del du der die das des le les el y and und et".split()  # noqa: SIM905
)


def _unique(candidate: str, used: set[str]) -> str:
    short = "-".join([word for word in candidate.split("-") if word not in _SLUG_SKIP][:3])

    name, number = short, 2
    while name in used:
        name, number = f"{short}-{number}", number + 1
    used.add(name)
    return name


_US = re.compile(
    r"^(?P<city>[A-Za-z .'-]+?),?\s+(?P<area>[A-Z]{2})\.?\s+(?P<code>\d{5}(?:-\d{4})?)$"
)
_POSTAL = re.compile(
    r"(?<![\w-])(\d{4,6}|\d{3}-\d{4}|\d{3} \d{2}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w-])"
)


def structure_address(printed: list[str], country: str | None, language: str) -> dict[str, Any]:
    """Return the fields of a printed address: street lines, postal code, city, area, country."""
    lines = [line.strip().rstrip(",").strip() for line in printed if line.strip()]
    if lines and country_code(lines[-1], language):
        country = country or country_code(lines[-1], language)
        lines = lines[:-1]
    elif lines and "," in lines[-1] and country_code(lines[-1].rsplit(",", 1)[1], language):
        lines[-1] = lines[-1].rsplit(",", 1)[0].strip()
    elif lines:
        words = lines[-1].split()
        for count in range(min(5, len(words) - 1), 0, -1):
            if country_code(" ".join(words[-count:]), language):
                lines[-1] = " ".join(words[:-count])
                break
    address: dict[str, Any] = {"street": [], "city": ""}
    if not lines:
        address["country"] = country or ""
        return address
    last = lines[-1]
    us = _US.match(last.rsplit(",", 1)[-1].strip()) if "," in last else _US.match(last)
    if us:
        street_part = (
            last.rsplit(",", 1)[0].strip()
            if "," in last and _US.match(last.rsplit(",", 1)[-1].strip())
            else ""
        )
        street = [*lines[:-1], *([street_part] if street_part else [])]
        address.update(
            {
                "street": street,
                "postal_code": us.group("code"),
                "city": us.group("city").strip(),
                "area": us.group("area"),
            }
        )
    else:
        code = None
        found = list(_POSTAL.finditer(last))
        if found:
            code = found[-1].group(1)
            rest = (last[: found[-1].start()] + " " + last[found[-1].end() :]).strip(" ,")
        else:
            rest = last
        parts = [part.strip() for part in rest.split(",") if part.strip()]
        street = list(lines[:-1])
        if len(parts) > 1 and any(ch.isdigit() for ch in parts[0]):
            street.append(", ".join(parts[:-1]))
            parts = parts[-1:]
        city = parts[0] if parts else ""
        if city and any(ch.isdigit() for ch in city) and code is not None and not street:
            street, city = [city], ""  # "49-51 Portland Place W1B 1JL": a street, no town

        if len(parts) > 1:
            address["area"] = ", ".join(parts[1:])
        if code and not street and " " in city and any(ch.isdigit() for ch in city) is False:
            pass
        address.update({"street": street, "city": city})
        if code:
            address["postal_code"] = code
    address["country"] = country or ""
    if not address["street"]:
        address["street"] = []
    return {key: address[key] for key in ADDRESS_ORDER if key in address and address[key] != []} | (
        {"street": address["street"]} if not address["street"] else {}
    )


# -- YAML with comments ----------------------------------------------------------------


def scalar(value: Any) -> str:
    """Return one value as a YAML scalar on one line (quoted where YAML needs it)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", text):
        return text  # a date: the loaders read it as text and check it
    dumped = yaml.safe_dump(text, allow_unicode=True, width=10**9, default_flow_style=True)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def _text_block(value: str, indent: int) -> list[str]:
    """Return the lines of a block scalar's text: folded text wrapped by words, or literal lines."""
    pad = " " * indent
    if "\n" in value:
        return [pad + line if line else "" for line in value.split("\n")]
    width = max(40, WIDTH - indent)
    return [
        pad + line
        for line in textwrap.wrap(value, width, break_long_words=False, break_on_hyphens=False)
    ]


def _block_style(value: Any) -> str | None:
    """Return how a text is best written: folded (`>-`), literal (`|-`), or None (one line)."""
    if not isinstance(value, str) or value != value.strip() or not value:
        return None
    if "\n" in value:
        lines = value.split("\n")
        if all(line == line.rstrip() and line.isprintable() for line in lines) and not lines[
            0
        ].startswith(" "):
            return "|-"
        return None
    if len(value) > 70 and value.isprintable() and "  " not in value:
        return ">-"
    return None


def _is_block_text(value: Any) -> bool:
    return _block_style(value) is not None


def dump(data: dict[str, Any], notes: Notes) -> str:
    """Return format-2 data as YAML text, with the notes as comments (tasks as TODO marks)."""
    out: list[str] = [*(f"# {line}" if line else "#" for line in notes.header)]
    used_todos: set[Path] = set()

    def trailing(path: Path, flow: bool = False) -> str:
        # A value written on one line in flow style ({en: ...}) carries the comments and
        # tasks of the values inside it as well: none is lost.
        paths = [path]
        if flow:
            paths += [p for p in (*notes.after, *notes.todos) if p[: len(path)] == path != p]
        parts: list[str] = []
        for where in dict.fromkeys(paths):
            if where in notes.after and notes.after[where] not in parts:
                parts.append(notes.after[where])
            if where in notes.todos and where not in used_todos:
                used_todos.add(where)
                parts.append(f"{TODO_MARK}: {notes.todos[where]}")
        return ("  # " + "  # ".join(parts)) if parts else ""

    def before(path: Path, indent: int) -> None:
        for text in notes.before.get(path, []):
            out.extend(_comment_lines(text, indent))

    def mapping(value: dict[str, Any], path: Path, indent: int, first_prefix: str = "") -> None:
        pad = " " * indent
        for number, (key, item) in enumerate(value.items()):
            here = (*path, key)
            if number == 0 and first_prefix:
                lead = first_prefix
            else:
                before(here, indent)
                lead = pad
            write(key, item, here, indent, lead)

    def as_written(here: Path, item: Any) -> list[str] | None:
        kept = notes.sources.get(here)
        if kept is None or type(kept[0]) is not type(item) or kept[0] != item:
            return None
        return kept[1].split("\n")

    def write(key: str, item: Any, here: Path, indent: int, lead: str) -> None:
        name = scalar(key) if not re.fullmatch(r"[A-Za-z_][\w-]*", str(key)) else str(key)
        name = notes.keys.get(here, name)
        written = as_written(here, item)
        if written:
            out.append(f"{lead}{name}: {written[0]}{trailing(here, flow=True)}")
            out.extend(written[1:])
        elif isinstance(item, dict) and item and _flow_ok(item):
            out.append(f"{lead}{name}: {_flow(item)}{trailing(here, flow=True)}")
        elif isinstance(item, dict) and item:
            out.append(f"{lead}{name}:{trailing(here)}")
            mapping(item, here, indent + 2)
        elif (
            isinstance(item, list)
            and item
            and all(not isinstance(v, (dict, list)) for v in item)
            and len(_flow(item)) < 70
        ):
            out.append(f"{lead}{name}: {_flow(item)}{trailing(here, flow=True)}")
        elif isinstance(item, list) and item:
            out.append(f"{lead}{name}:{trailing(here)}")
            sequence(item, here, indent + 2)
        elif isinstance(item, (dict, list)):
            out.append(f"{lead}{name}: {'{}' if isinstance(item, dict) else '[]'}{trailing(here)}")
        elif _is_block_text(item):
            out.append(f"{lead}{name}: {_block_style(item)}{trailing(here)}")
            out.extend(_text_block(item, indent + 2))
        else:
            out.append(f"{lead}{name}: {scalar(item)}{trailing(here)}")

    def sequence(value: list[Any], path: Path, indent: int) -> None:
        pad = " " * indent
        for number, item in enumerate(value):
            here = (*path, number)
            before(here, indent)
            written = as_written(here, item)
            if written:
                out.append(f"{pad}- {written[0]}{trailing(here, flow=True)}")
                out.extend(written[1:])
            elif isinstance(item, dict) and item:
                if _flow_ok(item) and len(item) == 1:
                    out.append(f"{pad}- {_flow(item)}{trailing(here, flow=True)}")
                    continue
                first_key = next(iter(item))
                before((*here, first_key), indent + 2)
                tail = trailing(here)
                if tail:
                    out.append(f"{pad}-{tail}")
                    mapping(item, here, indent + 2)
                else:
                    mapping(item, here, indent + 2, first_prefix=f"{pad}- ")
            elif _is_block_text(item):
                out.append(f"{pad}- {_block_style(item)}{trailing(here)}")
                out.extend(_text_block(item, indent + 2))
            else:
                out.append(f"{pad}- {scalar(item)}{trailing(here)}")

    mapping(data, (), 0)
    for path, task in notes.todos.items():
        if path not in used_todos:
            out.append(f"# {TODO_MARK}: {'.'.join(map(str, path))}: {task}")
    out += [f"# {line}" for line in notes.footer]
    return "\n".join(out) + "\n"


def _comment_lines(text: str, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(text, Kept):  # the user's own line, as it was
        return [f"{pad}# {text}" if text else f"{pad}#"]
    width = max(40, WIDTH - indent - 2)
    wrapped = textwrap.wrap(
        " ".join(text.split()), width, break_long_words=False, break_on_hyphens=False
    )
    return [f"{pad}# {line}" for line in wrapped]


def _flow_ok(value: dict[str, Any]) -> bool:
    """Say whether a small mapping reads well on one line ({en: Dear Director})."""
    return (
        all(isinstance(v, str) and len(v) <= 60 and not _is_block_text(v) for v in value.values())
        and len(_flow(value)) <= 70
    )


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow_scalar(v)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(_flow_scalar(v) for v in value) + "]"


def _flow_scalar(value: Any) -> str:
    text = scalar(value)
    if isinstance(value, str) and re.search(r"[,\[\]{}]", text) and not text.startswith(("'", '"')):
        return yaml.safe_dump(value, allow_unicode=True, width=10**9, default_style='"').strip()
    return text


def header(draft: Draft) -> list[str]:
    """Return the comment lines that open a draft case file."""
    language = l10n.language_name(draft.language, "en") if draft.language else "?"
    source = " ".join(draft.source.split()) or "the text given"
    return [
        f"A draft case record made by 'ualetters import' from {source} ({language}).",
        f'Read it against the UA. Each "{TODO_MARK}" comment is something to check or fill',
        "in: do it, then delete the comment. 'ualetters check FILE' lists what is left, and",
        "'ualetters generate' refuses the file until nothing is.",
    ]


def draft_yaml(draft: Draft) -> str:
    """Return the draft case file (YAML, format 2) a draft makes."""
    data, notes = case_data(draft)
    notes.header = header(draft)
    return dump(data, notes)
