"""``kg doctor``: is everything this tool needs present and working?

Each check prints OK or PROBLEM with what to do; the exit code is the number
of problems (0 when all is well), so scripts can gate on it.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import click

DIST = "rukp-kg"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _requirement_names(extra: str | None) -> list[tuple[str, str]]:
    """(distribution name, specifier) of the package's requirements for ``extra`` (None: the core ones)."""
    out = []
    for req in md.requires(DIST) or []:
        spec, _, marker = req.partition(";")
        wanted = re.search(r'extra\s*==\s*"([^"]+)"', marker)
        if (wanted.group(1) if wanted else None) != extra:
            continue
        m = re.match(r"\s*([A-Za-z0-9_.-]+)(\[[^\]]*\])?\s*(.*)", spec)
        if m:
            out.append((m.group(1), m.group(3).strip()))
    return out


def _version_ok(version: str, spec: str) -> bool:
    try:
        from packaging.specifiers import SpecifierSet
    except ImportError:  # packaging is optional here: presence is then the check
        return True
    return not spec or SpecifierSet(spec).contains(version, prereleases=True)


def check_python_packages() -> list[Check]:
    checks = []
    for label, extra in (("python packages", None), ("python packages [test]", "test")):
        try:
            reqs = _requirement_names(extra)
        except md.PackageNotFoundError:
            return [Check("python packages", False, f"{DIST} is not installed in this environment",
                          "run `make install` (it creates .venv/ and installs the project)")]
        bad = []
        for name, spec in reqs:
            try:
                version = md.version(name)
            except md.PackageNotFoundError:
                bad.append(f"{name} missing")
                continue
            if not _version_ok(version, spec):
                bad.append(f"{name} {version} not in {spec}")
        if bad:
            checks.append(Check(label, False, "; ".join(bad), "run `make install` (pip install -e '.[test,bench]')"))
        else:
            checks.append(Check(label, True, f"{len(reqs)} requirements satisfied"))
    return checks


def check_java() -> Check:
    from .neo4j import server

    try:
        java, major = server.find_java()
    except server.ServerError as exc:
        return Check("java", False, str(exc).split(". ")[0], "install openjdk-17-jre-headless, or set RUKP_NEO4J_JAVA")
    return Check("java", True, f"Java {major} at {java}")


def check_maven_cache() -> Check:
    from .neo4j import server

    cfg = server.config()
    if server.jars_ready(cfg):
        n = sum(1 for _ in cfg.lib.glob("*.jar"))
        return Check("neo4j jars", True, f"Neo4j {cfg.version}: {n} jars cached in {cfg.lib} (starts offline)")
    if shutil.which("mvn") is None:
        return Check("neo4j jars", False, f"not cached in {cfg.lib}, and Maven is not installed",
                     "install Maven (apt-get install maven), then `kg neo4j start` fetches the jars once")
    return Check("neo4j jars", False, f"not cached yet in {cfg.lib} (Maven is installed)",
                 "run `kg neo4j start` once (it fetches the jars from Maven Central)")


def check_neo4j() -> Check:
    from .neo4j.connection import status

    st = status()
    if not st.reachable:
        return Check("neo4j", False, f"{st.target.uri} does not answer",
                     "run `kg neo4j start`" if st.target.managed else "check NEO4J_URI / NEO4J_PASSWORD")
    ok = st.version is not None and (not st.target.managed or st.version.startswith("5.26"))
    return Check("neo4j", ok, f"Neo4j {st.version} {st.edition} at {st.target.describe()}: "
                              f"{st.nodes} nodes, {st.relationships} relationships",
                 "" if ok else "the managed server should be 5.26.x: remove .neo4j/lib and start again")


def check_chromium() -> Check:
    exe = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
    if exe is None:
        return Check("chromium", True, "not installed: only the page tests need it (`make browser` installs it)")
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("chromium", False, f"{exe} does not run ({exc})", "reinstall it: apt-get install chromium")
    if out.returncode != 0:
        return Check("chromium", False, f"{exe} --version failed: {out.stderr.strip()[:200]}",
                     "reinstall it: apt-get install chromium")
    return Check("chromium", True, f"{out.stdout.strip()} at {exe}")


CHECKS: list[Callable[[], Check | list[Check]]] = [check_python_packages, check_java, check_maven_cache,
                                                   check_neo4j, check_chromium]


def run_checks() -> list[Check]:
    results: list[Check] = []
    for fn in CHECKS:
        r = fn()
        results.extend(r if isinstance(r, list) else [r])
    return results


@click.command("doctor")
def doctor() -> None:
    """Check Python packages, Java, the cached Neo4j jars, the Neo4j connection and Chromium.

    Prints OK or PROBLEM for each, with what to do; exits with the number of problems.
    """
    results = run_checks()
    width = max(len(c.name) for c in results)
    for c in results:
        status = click.style("OK     ", fg="green") if c.ok else click.style("PROBLEM", fg="red")
        click.echo(f"{status} {c.name.ljust(width)}  {c.detail}")
        if not c.ok and c.fix:
            click.echo(f"        {' ' * width}  → {c.fix}")
    problems = sum(not c.ok for c in results)
    if problems:
        raise SystemExit(problems)
