"""Validated, immutable records: a case, its targets and copies, a sender.

Text that differs per language is a `Localized` value: either one string (used for
every language) or a mapping from language tag to string.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from . import l10n


def _country(value: Any) -> str:
    if not isinstance(value, str) or not l10n.is_country(value.strip()):
        raise ValueError(f"{value!r} is not a country code (ISO 3166, e.g. CH, DE, KG)")
    return value.strip().upper()


def _language(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a language code (e.g. de, de-CH, en)")
    return l10n.normalize_tag(value)


def _language_list(value: Any) -> Any:
    if isinstance(value, str):
        return [part for part in re.split(r"[,\s]+", value) if part]
    return value


def _localized_keys(value: Any) -> Any:
    if isinstance(value, dict):
        if not value:
            raise ValueError("give the text, or texts per language such as {en: ..., de: ...}")
        result = {}
        for key, text in value.items():
            try:
                result[_language(key)] = text
            except ValueError as exc:
                # `key` lets the loader point at the key's own line and path.
                raise PydanticCustomError(
                    "language_key", "{reason}", {"key": str(key), "reason": str(exc)}
                ) from None
        return result
    return value


def _postal_code(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        # YAML and TOML read 3011 as a number, and 01234 loses its zero: insist on quotes.
        raise ValueError(f'write the postal code in quotes ("{value}"), so no digit is lost')
    return value


def _email(value: str) -> str:
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s.]+", value):
        raise ValueError(f"'{value}' is not an email address")
    return value


def _bare_salutations(value: dict[str, str]) -> dict[str, str]:
    # Templates add the punctuation each language wants ("Dear President,", Swiss without):
    # a comma written in the case would be doubled.
    return {tag: text.rstrip(" ,;:!") or text for tag, text in value.items()}


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


CountryCode = Annotated[str, BeforeValidator(_country)]
LanguageTag = Annotated[str, BeforeValidator(_language)]
LanguageList = Annotated[list[LanguageTag], BeforeValidator(_language_list)]
Text = Annotated[str, AfterValidator(_not_blank)]
Localized = Annotated[Text | dict[LanguageTag, Text], BeforeValidator(_localized_keys)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
PostalCode = Annotated[str | None, BeforeValidator(_postal_code)]
Email = Annotated[str, AfterValidator(_email)]
Salutations = Annotated[dict[LanguageTag, Text], AfterValidator(_bare_salutations)]


def pick(value: str | dict[str, str] | None, tag: str) -> str | None:
    """Return the text of a `Localized` value for language `tag`, or None if it has none."""
    if value is None or isinstance(value, str):
        return value
    for candidate in l10n.fallback_chain(tag):
        if candidate in value:
            return value[candidate]
    base = l10n.base_language(tag)
    for key, text in value.items():
        if l10n.base_language(key) == base:
            return text
    return None


def languages_of(value: str | dict[str, str] | None) -> set[str] | None:
    """Return the languages a `Localized` value is written in; None means any language."""
    if value is None or isinstance(value, str):
        return None
    return set(value)


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Address(Record):
    """A postal address; lines are formatted per destination country by `addresses`."""

    street: list[Text] = Field(description="street and house number, one item per line")
    postal_code: PostalCode = None
    city: Text
    area: str | None = Field(None, description="state, province or canton, where the post uses it")
    country: CountryCode
    latin: Address | None = Field(
        None, description="the same address in Latin script, for the sending post office"
    )

    @field_validator("street", mode="before")
    @classmethod
    def _street_lines(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [line for line in value.splitlines() if line.strip()]
        return value


class Target(Record):
    """An authority the case asks supporters to write to."""

    id: Slug = Field(description="short name used in file names, e.g. 'president'")
    title: Localized = Field(description="office, e.g. 'President of the Kyrgyz Republic'")
    name: str | None = Field(None, description="the person's name")
    organisation: Localized | None = None
    address: Address
    email: Email | None = None
    salutation: Salutations = Field(
        default_factory=dict, description="salutation per language, without punctuation"
    )
    languages: LanguageList = Field(
        default_factory=list, description="languages this target prefers, best first"
    )

    @field_validator("salutation", mode="before")
    @classmethod
    def _salutation_keys(cls, value: Any) -> Any:
        return _localized_keys(value) if isinstance(value, dict) and value else value


class Copy(Record):
    """A diplomatic representation that receives a copy of the letter."""

    name: Localized = Field(description="e.g. 'Embassy of the Kyrgyz Republic'")
    place: Localized | None = Field(None, description="city as named in the copy line")
    address: Address | None = None
    email: Email | None = None
    salutation: Salutations = Field(default_factory=dict)


class Person(Record):
    """A person the case is about."""

    name: Localized
    pronouns: str | None = None
    gender: Literal["female", "male", "other"] | None = Field(
        None, description="grammatical gender for languages that need it"
    )
    role: Localized | None = None


class Update(Record):
    """A dated development of the case."""

    date: dt.date
    kind: Literal["info", "extended", "closed"]
    deadline: dt.date | None = Field(None, description="the new deadline (kind: extended)")
    reference: str | None = Field(None, description="e.g. 'FI 061/20-1'")
    text: Localized | None = None

    @model_validator(mode="after")
    def _closed_has_reason(self) -> Update:
        if self.kind == "closed" and self.text is None:
            raise ValueError("a closing update needs a 'text' saying why the case was closed")
        if self.deadline is not None and self.kind != "extended":
            # Only an extension moves the deadline; anywhere else it would be ignored.
            raise ValueError("only an update of kind 'extended' can set a new 'deadline'")
        return self


class Case(Record):
    """One Urgent Action: who is at risk, whom to write to, what to ask."""

    ua: Text = Field(description="the UA number, e.g. 'UA 61/20'")
    id: Slug | None = Field(None, description="file-name stem; derived from 'ua' when absent")
    ai_index: str | None = None
    country: CountryCode
    issued: dt.date | None = None
    title: Localized
    persons: list[Person] = Field(min_length=1)
    facts: Localized = Field(description="a short statement of facts with dates")
    demands: list[Localized] = Field(min_length=1)
    targets: list[Target] = Field(min_length=1)
    languages: LanguageList = Field(
        default_factory=list, description="preferred languages to address targets, best first"
    )
    copies: dict[CountryCode, list[Copy]] = Field(
        default_factory=dict, description="copies to diplomatic representatives, by sender country"
    )
    deadline: dt.date | None = None
    updates: list[Update] = Field(default_factory=list)

    @field_validator("copies", mode="before")
    @classmethod
    def _copies_by_country(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: [item] if isinstance(item, dict) else item for key, item in value.items()}
        return value

    @model_validator(mode="after")
    def _unique_targets(self) -> Case:
        seen: set[str] = set()
        for target in self.targets:
            if target.id in seen:
                raise ValueError(f"two targets have the id '{target.id}'")
            seen.add(target.id)
        return self

    @property
    def slug(self) -> str:
        """Return the file-name stem of the case (`UA 61/20` -> `ua-61-20`)."""
        if self.id:
            return self.id
        return re.sub(r"[^a-z0-9]+", "-", self.ua.lower()).strip("-") or "case"

    def closed_on(self, date: dt.date) -> Update | None:
        """Return the update that closed the case on or before `date`, if any."""
        closing = [u for u in self.updates if u.kind == "closed" and u.date <= date]
        return min(closing, key=lambda u: u.date) if closing else None

    def deadline_on(self, date: dt.date) -> dt.date | None:
        """Return the deadline in force on `date`, after any extension made by then."""
        deadline = self.deadline
        for update in sorted(self.updates, key=lambda u: u.date):
            if update.kind == "extended" and update.date <= date and update.deadline:
                deadline = update.deadline
        return deadline

    def text_languages(self) -> set[str] | None:
        """Return the languages the case's own text is complete in; None means any."""
        fields: list[Any] = [self.title, self.facts, *self.demands]
        fields += [p.name for p in self.persons] + [p.role for p in self.persons]
        result: set[str] | None = None
        for value in fields:
            langs = languages_of(value)
            if langs is None:
                continue
            bases = {l10n.base_language(t) for t in langs} | langs
            result = bases if result is None else result & bases
        return result


class Sender(Record):
    """The supporter who signs the letter."""

    name: Text
    street: list[Text] = Field(default_factory=list)
    postal_code: PostalCode = None
    city: Text
    country: CountryCode
    languages: LanguageList = Field(
        default_factory=lambda: ["en"], description="languages the sender writes, best first"
    )
    email: Email | None = None
    note: str | None = Field(None, description="a personal sentence for the letter")
    extra: dict[str, str] = Field(default_factory=dict, description="more fields for templates")

    @field_validator("street", mode="before")
    @classmethod
    def _street_lines(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [line for line in value.splitlines() if line.strip()]
        return value

    @model_validator(mode="before")
    @classmethod
    def _language_alias(cls, data: Any) -> Any:
        if isinstance(data, dict) and "language" in data and "languages" not in data:
            data = dict(data)
            data["languages"] = data.pop("language")
        return data

    @property
    def language(self) -> str:
        """Return the sender's first language."""
        return self.languages[0] if self.languages else "en"
