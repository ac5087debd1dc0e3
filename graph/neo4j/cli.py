"""``kg neo4j start|stop|status``: the managed local Neo4j server."""

from __future__ import annotations

import sys

import click

from . import server
from .connection import status as server_status
from .connection import target


def _err(msg: str) -> None:
    click.echo(msg, err=True)


@click.group("neo4j")
def neo4j() -> None:
    """Run the managed local Neo4j 5.26 Community server (127.0.0.1 only, password in .neo4j/password).

    The server is assembled from Maven Central jars on the first start (needs Java 17/21 and Maven) and kept in
    .neo4j/ at the repository root. Ports: Bolt 7697 and HTTP 7484 unless RUKP_NEO4J_BOLT_PORT /
    RUKP_NEO4J_HTTP_PORT say otherwise. Other commands use NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE
    when set, and this server otherwise.
    """


@neo4j.command()
def start() -> None:
    """Start the server and wait until Bolt answers (does nothing if it already runs)."""
    try:
        server.start(echo=_err)
    except server.ServerError as exc:
        raise click.ClickException(str(exc)) from None


@neo4j.command()
def stop() -> None:
    """Stop the server cleanly (the data stays in .neo4j/data)."""
    try:
        server.stop(echo=_err)
    except server.ServerError as exc:
        raise click.ClickException(str(exc)) from None


@neo4j.command()
def status() -> None:
    """Print version, URI, whether it answers, and node/relationship counts. Exit code 3 if it does not answer."""
    t = target()
    st = server_status(t)
    click.echo(f"uri:           {t.uri}")
    click.echo(f"target:        {'managed local server' if t.managed else 'NEO4J_URI'}")
    click.echo(f"database:      {t.database or '(server default)'}")
    if t.managed:
        cfg = server.config()
        pid = server.read_pid(cfg)
        click.echo(f"home:          {cfg.home}")
        click.echo(f"process:       {'pid ' + str(pid) if pid else 'not running'}")
    click.echo(f"reachable:     {'yes' if st.reachable else 'no'}")
    if st.reachable:
        click.echo(f"version:       {st.version} ({st.edition})")
        click.echo(f"nodes:         {st.nodes}")
        click.echo(f"relationships: {st.relationships}")
    else:
        click.echo(f"problem:       {st.error}")
        sys.exit(3)
