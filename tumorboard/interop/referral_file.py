"""Reading a referral list (CSV or xlsx) into typed cells: headers to fields, encodings, dates, codes.

The column table is resources/referrals/columns.toml (English and Chinese header names; its
README.md documents the file). CSV goes through the standard csv module, xlsx through openpyxl:
no hand-written parser. Nothing here touches the database: the service matches and writes.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from tumorboard.engine.vocabulary import (
    LABELS,
    Ascites,
    Encephalopathy,
    ExtrahepaticDisease,
    Imaging,
    LiverMets,
    PrimarySite,
    Response,
    Timing,
)
from tumorboard.errors import FieldProblem, InvalidInput
from tumorboard.i18n import N_, Code, msg
from tumorboard.resources import read_text

#: encodings the import recognises by itself (anything Python knows may be chosen with --encoding)
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "windows-1252")
DATE_ORDERS = ("dmy", "mdy")
#: the column a refused-rows report adds; ignored when that report is imported again
PROBLEMS_COLUMN = "import_problems"
REQUIRED = ("mrn", "primary_site")

CODE_LISTS: dict[str, type[StrEnum]] = {
    "primary_site": PrimarySite, "liver_mets": LiverMets, "timing": Timing, "confirmed_by": Imaging,
    "extrahepatic_disease": ExtrahepaticDisease, "response_to_systemic_therapy": Response,
    "ascites": Ascites, "encephalopathy": Encephalopathy,
}
TRUE_WORDS = frozenset({"yes", "y", "true", "1", "是", "有", "ja", "oui"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "否", "无", "nein", "non"})
SEX_WORDS = {"female": "female", "f": "female", "w": "female", "女": "female",
             "male": "male", "m": "male", "男": "male", "other": "other", "其他": "other",
             "unknown": "unknown", "u": "unknown", "未知": "unknown"}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    en: str
    zh: str
    kind: str


def columns() -> list[Column]:
    data = tomllib.loads(read_text("referrals", "columns.toml"))
    return [Column(**c) for c in data["columns"]]


def header_key(text: str) -> str:
    """Headers compare without case, spaces, underscores or hyphens."""
    return re.sub(r"[\s_\-]+", "", str(text)).casefold()


@dataclass(frozen=True, slots=True)
class Cell:
    """A refused cell: the spreadsheet row (header = 1), the file's column header, the value, what is allowed."""

    row: int
    column: str
    value: str
    allowed: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column!r}: {self.value!r} is not allowed; {self.allowed}"


# --- files ---------------------------------------------------------------------


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]]
    encoding: str  # "xlsx" for a workbook


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 when the text reads as Chinese, else Windows-1252.

    A Windows-1252 file (accented Latin letters) rarely decodes as GB18030 at all; when it does,
    the result is a scatter of rare ideographs mixed with symbols, so the share of common CJK
    characters decides."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return "windows-1252"
    wide = [c for c in text if ord(c) > 127]
    chinese = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return "gb18030" if chinese >= 0.9 * len(wide) else "windows-1252"


def read_table(path: Path, encoding: str | None = None) -> Table:
    """The header row and the data rows of a CSV or xlsx file."""
    if not path.is_file():
        raise InvalidInput([FieldProblem("file", str(path), N_("an existing CSV or xlsx file"))], "referral list")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    data = path.read_bytes()
    chosen = encoding or detect_encoding(data)
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise InvalidInput([FieldProblem("encoding", chosen, msg("one of {encodings}", encodings=", ".join(ENCODINGS)))], "referral list") from None
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput([FieldProblem("encoding", chosen, msg("an encoding that reads this file (line "
                                                                 "{line} is not {chosen}); choose another: "
                                                                 "{encodings}",
                                                                 line=line, chosen=chosen, encodings=", ".join(ENCODINGS)))], "referral list") from None
    text = text.removeprefix("\ufeff")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    if not rows:
        raise InvalidInput([FieldProblem("file", path.name, N_("a header row and at least one data row"))], "referral list")
    return Table([h.strip() for h in rows[0]], rows[1:], chosen)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - zip/xml errors of a damaged or mislabelled file
        raise InvalidInput([FieldProblem("file", path.name, msg("an Excel workbook (.xlsx) that opens ({error})", error=exc))],
                           "referral list") from None
    try:
        sheet = book.worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    while rows and all(v is None or str(v).strip() == "" for v in rows[-1]):
        rows.pop()
    if not rows:
        raise InvalidInput([FieldProblem("file", path.name, N_("a header row and at least one data row"))], "referral list")
    return Table(["" if h is None else str(h).strip() for h in rows[0]], rows[1:], "xlsx")


def load_mapping(path: Path) -> dict[str, str]:
    """A hospital's header -> the board's column key (TOML: a [columns] table)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInput([FieldProblem("mapping", str(path), msg("a readable TOML file with a [columns] "
                                                                   "table ({error})", error=exc))],
                           "column mapping") from None
    table = data.get("columns")
    keys = {c.key for c in columns()}
    if not isinstance(table, dict):
        raise InvalidInput([FieldProblem("mapping", str(path), N_("a [columns] table: \"their header\" = \"our "
                                                                  "key\""))],
                           "column mapping")
    problems = [FieldProblem(f"mapping {k!r}", v, N_("a column key of resources/referrals/columns.toml"))
                for k, v in table.items() if v not in keys]
    if problems:
        raise InvalidInput(problems, "column mapping")
    return {header_key(k): str(v) for k, v in table.items()}


def resolve_headers(headers: list[str], mapping: dict[str, str] | None = None) -> dict[int, Column]:
    """Column position -> column; an unknown or repeated header refuses the file (a typo must not be ignored)."""
    by_name: dict[str, Column] = {}
    cols = columns()
    by_key = {c.key: c for c in cols}
    for c in cols:
        for name in (c.key, c.en, c.zh):
            by_name[header_key(name)] = c
    for theirs, ours in (mapping or {}).items():
        by_name[theirs] = by_key[ours]
    found: dict[int, Column] = {}
    problems = []
    seen: dict[str, str] = {}
    for i, header in enumerate(headers):
        if header == "" or header_key(header) == header_key(PROBLEMS_COLUMN):
            continue
        col = by_name.get(header_key(header))
        if col is None:
            problems.append(FieldProblem(f"column {header!r}", header, N_("a column of the referral template "
                                                                          "(resources/referrals/README.md) or "
                                                                          "one named in the --mapping file")))
        elif col.key in seen:
            problems.append(FieldProblem(f"column {header!r}", header, msg("each field once ({key!r} is the "
                                                                           "same field, {key2})",
                                                                           key=seen[col.key], key2=col.key)))
        else:
            seen[col.key] = header
            found[i] = col
    for key in REQUIRED:
        if key not in seen:
            c = by_key[key]
            problems.append(FieldProblem(f"column {c.en!r}", None, msg("a column {en!r} / {zh!r} / {key!r} "
                                                                       "(required)", en=c.en, zh=c.zh, key=c.key)))
    if problems:
        raise InvalidInput(problems, "referral list header")
    return found


# --- cells ---------------------------------------------------------------------

Parser = Callable[[Any], Any]


class Refused(ValueError):
    """A cell that cannot be read; the message says what is allowed."""


def _text(limit: int) -> Parser:
    def parse(v: Any) -> str:
        s = _str(v)
        if len(s) > limit:
            raise Refused(msg("at most {limit} characters", limit=limit))
        return s
    return parse


def _str(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _int(v: Any) -> int:
    if isinstance(v, bool):
        raise Refused(N_("a whole number"))
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    try:
        return int(str(v).strip())
    except ValueError:
        raise Refused(N_("a whole number, e.g. 3")) from None


def _number(v: Any) -> float:
    if isinstance(v, bool):
        raise Refused(N_("a number"))
    if isinstance(v, int | float):
        return float(v)
    s = str(v).strip()
    if "," in s and "." not in s and s.count(",") == 1:
        s = s.replace(",", ".")  # a decimal comma (1,5)
    try:
        return float(s)
    except ValueError:
        raise Refused(N_("a number, e.g. 2.5 (or 2,5)")) from None


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    s = _str(v).casefold()
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    raise Refused(N_("yes or no (also true/false, 1/0, 是/否)"))


def _sex(v: Any) -> str:
    s = _str(v).casefold()
    if s in SEX_WORDS:
        return SEX_WORDS[s]
    raise Refused(N_("female, male, other or unknown (also F/M, 女/男)"))


def _code_parser(kind: type[StrEnum]) -> Parser:
    names: dict[str, str] = {}
    for m in kind:
        names[m.value.casefold()] = m.value
        names[m.value.replace("_", " ").casefold()] = m.value
        label = LABELS.get(m.value)
        if label:
            names[label.casefold()] = m.value
    allowed = msg("one of {codes}", codes=[Code(m.value, LABELS.get(m.value) or m.value) for m in kind])

    def parse(v: Any) -> str:
        s = re.sub(r"\s+", " ", _str(v)).casefold()
        if s in names:
            return names[s]
        raise Refused(allowed)
    parse.allowed = allowed  # type: ignore[attr-defined]
    return parse


def _codes_parser(kind: type[StrEnum]) -> Parser:
    one = _code_parser(kind)

    def parse(v: Any) -> list[str]:
        parts = [p for p in re.split(r"[;,、，/+]", _str(v)) if p.strip()]
        try:
            return list(dict.fromkeys(one(p) for p in parts))
        except Refused as exc:
            raise Refused(msg("{allowed}, several separated by ;", allowed=exc.args[0])) from None
    return parse


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_ZH = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_LOCAL = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def _date_parser(order: str) -> Parser:
    allowed = (N_("a date: YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY or YYYY年M月D日") if order == "dmy"
               else N_("a date: YYYY-MM-DD, MM/DD/YYYY or YYYY年M月D日"))

    def parse(v: Any) -> date:
        if isinstance(v, datetime):
            return v.date()
        if isinstance(v, date):
            return v
        s = _str(v)
        s = s.split("T")[0].split(" ")[0] if _ISO.match(s.split("T")[0].split(" ")[0]) else s
        try:
            if m := _ISO.match(s) or _ZH.match(s):
                return date(int(m[1]), int(m[2]), int(m[3]))
            if m := _LOCAL.match(s):
                a, b = int(m[1]), int(m[2])
                day, month = (a, b) if order == "dmy" else (b, a)
                return date(int(m[3]), month, day)
        except ValueError:
            raise Refused(msg("a date that exists ({allowed})", allowed=allowed)) from None
        raise Refused(allowed)
    return parse


def parsers(date_order: str) -> dict[str, Parser]:
    """The reader of each column key."""
    if date_order not in DATE_ORDERS:
        raise InvalidInput([FieldProblem("date order", date_order, msg("one of {date_orders}", date_orders=", ".join(DATE_ORDERS)))], "referral list")
    by_kind: dict[str, Parser] = {"mrn": _text(40), "name": _text(200), "text": _text(200), "notes": _text(10_000),
                                  "int": _int, "number": _number, "bool": _bool, "sex": _sex,
                                  "date": _date_parser(date_order)}
    out: dict[str, Parser] = {}
    for c in columns():
        if c.kind == "code":
            out[c.key] = _code_parser(CODE_LISTS[c.key])
        elif c.kind == "codes":
            out[c.key] = _codes_parser(CODE_LISTS[c.key])
        else:
            out[c.key] = by_kind[c.kind]
    return out


def blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == "")


def as_text(v: Any) -> str:
    """A cell as the user wrote it (for messages and the report)."""
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return _str(v)


def _memo(read: Parser) -> Parser:
    """The reader with its answers remembered: codes, yes/no, numbers and dates repeat down a column
    (100,000 rows hold a few hundred distinct values), so each is parsed once."""
    known: dict[tuple[type, Any], Any] = {}
    missing = object()

    def parse(v: Any) -> Any:
        key = (type(v), v)
        try:
            hit = known.get(key, missing)
        except TypeError:  # an unhashable cell: nothing to remember
            return read(v)
        if hit is missing:
            try:
                hit = read(v)
            except Refused as exc:
                hit = exc
            known[key] = hit
        if isinstance(hit, Refused):
            raise hit
        return list(hit) if isinstance(hit, list) else hit

    return parse


def read_rows(table: Table, found: dict[int, Column], date_order: str) -> Iterator[tuple[int, dict[str, Any], list[Cell]]]:
    """(spreadsheet row, {key: typed value}, refused cells) for each non-empty data row."""
    readers = parsers(date_order)
    plan = [(i, c.key, c.en if c.key == c.en else c.key,
             readers[c.key] if c.kind in ("mrn", "name", "text", "notes") else _memo(readers[c.key]))
            for i, c in sorted(found.items())]
    headers = table.headers
    for n, cells in enumerate(table.rows, start=2):
        if all(blank(v) for v in cells):
            continue
        values: dict[str, Any] = {}
        problems: list[Cell] = []
        width = len(cells)
        for i, key, _name, read in plan:
            v = cells[i] if i < width else None
            if v is None or (type(v) is str and not v.strip()):  # blank(v), inlined: called per cell
                continue
            try:
                values[key] = read(v)
            except Refused as exc:
                problems.append(Cell(n, headers[i], as_text(v), exc.args[0] if exc.args else str(exc)))
        yield n, values, problems
