"""The report of ``gcds check``: readable text, JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable

from .page import PageResult


def text_report(results: Iterable[PageResult]) -> str:
    """Grouped by page, then by check; a line per problem; a summary at the end."""
    results = list(results)
    lines: list[str] = []
    for result in results:
        if result.ok:
            lines.append(f"ok    {result.target}")
            continue
        lines.append(f"FAIL  {result.target}")
        if result.error:
            lines.append(f"      error: {result.error}")
        by_check: dict[str, list[str]] = {}
        for finding in result.findings:
            where = f" (at {finding.width} px)" if finding.width else ""
            by_check.setdefault(finding.check, []).append(finding.message + where)
        for check, messages in by_check.items():
            lines.append(f"      {check}:")
            lines.extend(f"        - {m}" for m in messages)
    failed = sum(1 for r in results if not r.ok)
    problems = sum(len(r.findings) + (r.error is not None) for r in results)
    lines.append(
        f"{len(results)} page(s) checked: {failed} with problems ({problems} in all)"
        if failed
        else f"{len(results)} page(s) checked: no problems"
    )
    return "\n".join(lines) + "\n"


def json_report(results: Iterable[PageResult]) -> str:
    results = list(results)
    return json.dumps(
        {"ok": all(r.ok for r in results), "pages": [r.as_dict() for r in results]},
        indent=2,
        ensure_ascii=False,
    )
