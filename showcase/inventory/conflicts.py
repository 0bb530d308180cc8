"""What an editor shows of an EditConflict (showcase.inventory.edit_versions): the record's values
now as the editor's input, and each field where they differ from the person's edit, in words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from typing import Any, TypeVar

from showcase.inventory.edit_versions import EditConflict
from showcase.inventory.history.log import field_label, value_text
from showcase.inventory.money import AmountError, parse_rupiah
from showcase.inventory.numbers import parse_whole_number

InputT = TypeVar("InputT")
# Fields that hold another record's id: named as the history names them (Category, Producer).
_LINKS = ("category_id", "producer_id")


def current_input(conflict: EditConflict, kind: type[InputT]) -> InputT:
    """The record's values now as the input dataclass `kind` of its editor (ProductInput,
    ProducerInput, CategoryInput: their fields are the record's columns)."""
    names = [f.name for f in dataclasses.fields(kind)]  # type: ignore[arg-type]
    return kind(**{name: conflict.current[name] for name in names if name in conflict.current})


@dataclasses.dataclass(frozen=True)
class Difference:
    """One field where the record now differs from the person's edit, as staff read it."""

    field: str
    label: str
    theirs: str
    mine: str


def _comparable(field: str, mine: Any, theirs: Any) -> Any:
    """The person's typed value as the stored one is (`25.000` → 25000), where it reads so."""
    if isinstance(mine, str) and isinstance(theirs, int) and not isinstance(theirs, bool):
        try:
            return parse_rupiah(mine) if field == "price" else parse_whole_number(mine)
        except (AmountError, ValueError):
            return mine
    if isinstance(mine, str) and isinstance(theirs, str):
        return " ".join(mine.split()) if "\n" not in mine else mine.strip()
    return mine


def differences(
    conflict: EditConflict,
    mine: object,
    describe: Callable[[str, Any], str | None] | None = None,
    *,
    only: Collection[str] | None = None,
) -> list[Difference]:
    """Each field of the person's edit `mine` (an input dataclass) that differs from the record
    now (`only` these fields, when the editor shows only some). `describe(field, value)` may
    word a value itself (a category's name for its id)."""
    theirs = current_input(conflict, type(mine))

    def words(field: str, value: Any) -> str:
        described = describe(field, value) if describe is not None else None
        return described if described is not None else value_text(value, field, conflict.entity)

    found: list[Difference] = []
    for item in dataclasses.fields(mine):  # type: ignore[arg-type]
        name = item.name
        if name not in conflict.current or (only is not None and name not in only):
            continue
        now = getattr(theirs, name)
        typed = _comparable(name, getattr(mine, name), now)
        if typed == now:
            continue
        label = field_label(name.removesuffix("_id") if name in _LINKS else name)
        found.append(Difference(name, label, words(name, now), words(name, typed)))
    return found
