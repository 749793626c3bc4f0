"""What the importer read from a UA: the neutral record, with what to check and where it came from.

The neutral record has the shape of `tests/data/ua-texts/README.md` (`ua`, `index`,
`issued`, `status`, `persons`, `targets` with `address_lines`, ...): it says what the text
says, before any decision of the case format. `emit.py` turns it into a case record of
format 2; what format 2 has no field for becomes a comment for the reviewer there.

Every value names the rule that found it (`evidence.py`); a value found by a weak rule, or
one the parser is unsure of, carries a `todo`: the reviewer's task, which the case file
shows as a `# TODO(ualetters): ...` comment. A `todo` (or a rule) on a list or a mapping
covers everything inside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .evidence import rule as find_rule

Path = tuple[str | int, ...]


@dataclass
class Draft:
    """A UA as read by the importer: values, the reviewer's tasks, and source excerpts."""

    language: str
    source: str
    record: dict[str, Any] = field(default_factory=dict)
    todos: dict[Path, str] = field(default_factory=dict)
    notes: dict[Path, str] = field(default_factory=dict)
    rules: dict[Path, str] = field(default_factory=dict)
    # Text the case record needs but the neutral record does not score: the facts.
    facts: str | None = None
    facts_todo: str | None = None

    def put(
        self,
        path: Path,
        value: Any,
        *,
        rule: str,
        todo: str | None = None,
        note: str | None = None,
    ) -> None:
        """Set the value at `path` found by `rule` (creating mappings on the way).

        A weak rule's value gets the rule's task unless `todo` says more precisely what to
        check.
        """
        found_by = find_rule(rule)
        if not found_by.strong:
            todo = todo or found_by.task
        *parents, last = path
        holder: Any = self.record
        for part, following in zip(parents, [*parents[1:], last][: len(parents)], strict=True):
            empty: Any = [] if isinstance(following, int) else {}
            if isinstance(part, int):
                while len(holder) <= part:
                    holder.append(None)
                if holder[part] is None:
                    holder[part] = empty
                holder = holder[part]
            else:
                holder = holder.setdefault(part, empty)
        if isinstance(last, int):
            while len(holder) <= last:
                holder.append(None)
        holder[last] = value
        self.rules[path] = rule
        if todo:
            self.todos[path] = todo
        if note:
            self.notes[path] = note

    def drop(self, path: Path) -> None:
        """Remove the value at `path` (a field, or the last item of a list) with its rule,
        tasks and notes, and those of everything it holds."""
        *parents, last = path
        holder = self.get(tuple(parents))
        if isinstance(last, int):
            if not isinstance(holder, list) or last != len(holder) - 1:
                raise ValueError(f"only a list's last item can be dropped: {path}")
            holder.pop()
        elif isinstance(holder, dict):
            holder.pop(last, None)
        for kept in (self.rules, self.todos, self.notes):
            for key in [k for k in kept if k[: len(path)] == path]:
                del kept[key]

    def rule_of(self, path: Path) -> str | None:
        """Return the name of the rule that found the value at `path` (or what holds it)."""
        for depth in range(len(path), -1, -1):
            if path[:depth] in self.rules:
                return self.rules[path[:depth]]
        return None

    def get(self, path: Path, default: Any = None) -> Any:
        """Return the value at `path`, or `default`."""
        holder: Any = self.record
        for part in path:
            try:
                holder = holder[part]
            except (KeyError, IndexError, TypeError):
                return default
        return holder

    def todo(self, path: Path, task: str) -> None:
        """Mark the value at `path` (and all it holds) as one for the reviewer to check.

        A second task on the same value is added to the first: each says what to check.
        """
        if path in self.todos and task not in self.todos[path]:
            self.todos[path] += "; " + task
        else:
            self.todos.setdefault(path, task)

    def marked(self, path: Path) -> bool:
        """Say whether the value at `path` carries a task, itself or through what holds it."""
        return any(path[:depth] in self.todos for depth in range(len(path) + 1))

    def todo_for(self, path: Path) -> str | None:
        """Return the task that covers `path`, the nearest first, or None."""
        for depth in range(len(path), -1, -1):
            if path[:depth] in self.todos:
                return self.todos[path[:depth]]
        return None
