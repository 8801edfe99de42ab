"""The report of ``gcds check``: readable text, JSON, JUnit XML (for CI)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
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


def junit_report(results: Iterable[PageResult]) -> str:
    """One ``testcase`` per page (its target as the name), each problem a line of its
    ``failure``; a page that could not be loaded is an ``error``."""
    results = list(results)
    suite = ET.Element(
        "testsuite",
        name="gcds check",
        tests=str(len(results)),
        failures=str(sum(1 for r in results if r.findings and r.error is None)),
        errors=str(sum(1 for r in results if r.error is not None)),
    )
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="gcds check", name=result.target)
        if result.error is not None:
            ET.SubElement(case, "error", message=result.error).text = result.error
        elif result.findings:
            lines = [
                f"{f.check}: {f.message}" + (f" (at {f.width} px)" if f.width else "")
                for f in result.findings
            ]
            message = f"{len(lines)} problem(s)"
            ET.SubElement(case, "failure", message=message).text = "\n".join(lines)
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode")
