"""Project settings: `discrepancy.toml`, or `[tool.discrepancy]` in `pyproject.toml`.

Found from the working directory upward, so a person and CI run the same command with no
flags. Paths in it are relative to the file that holds them; flags on the command line win.

    sources = ["sources"]
    rules = ["rules", "packs/elections"]
    disable = ["lukashenko-tenure"]      # or: enable = ["russians-detained", ...]
    fail_on = "disagreement"             # never, uncorroborated, disagreement
    format = "terminal"                  # terminal, markdown, json, github
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .sources import decode, display_path
from .tomlfile import Locator, parse

FIELDS = {"sources", "rules", "enable", "disable", "fail_on", "format"}
CHOICES = {"fail_on": ("never", "uncorroborated", "disagreement"),
           "format": ("terminal", "markdown", "json", "github")}


@dataclass(frozen=True)
class Settings:
    sources: list[Path] = field(default_factory=list)
    rules: list[Path] = field(default_factory=list)
    enable: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    fail_on: str | None = None
    format: str | None = None
    path: str | None = None  # the file they came from


def find_settings(start: Path | None = None) -> Settings:
    """The nearest settings file from `start` (the working directory) upward, or defaults."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "discrepancy.toml"
        if own.is_file():
            return read_settings(own, table=None)
        project = candidate / "pyproject.toml"
        if project.is_file() and "[tool.discrepancy]" in project.read_text(encoding="utf-8", errors="replace"):
            return read_settings(project, table=("tool", "discrepancy"))
    return Settings()


def read_settings(path: Path, table: tuple[str, ...] | None) -> Settings:
    shown = display_path(path)
    raw = decode(path.read_bytes(), shown)
    data = parse(raw, shown)
    for key in table or ():
        data = data.get(key, {})
    where = Locator(raw)
    for key, value in data.items():
        line = where.key(key)
        if key not in FIELDS:
            raise InputError(f"unknown setting {key!r}", shown, line, hint=f"known settings: {', '.join(sorted(FIELDS))}")
        if key in CHOICES and value not in CHOICES[key]:
            raise InputError(f"{key} = {value!r} is not one of {', '.join(CHOICES[key])}", shown, line)
        if key in ("sources", "rules", "enable", "disable") and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise InputError(f"{key} must be a list of texts, e.g. {key} = [\"...\"]", shown, line)
    base = path.parent
    relative = [Path(display_path(base / p)) for p in data.get("sources", [])]
    return Settings(
        sources=relative, rules=[Path(display_path(base / p)) for p in data.get("rules", [])],
        enable=data.get("enable"), disable=data.get("disable", []), fail_on=data.get("fail_on"),
        format=data.get("format"), path=shown)
