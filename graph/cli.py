"""The ``kg`` command line: one click group whose subcommands load on demand.

Subcommands live next to the code they drive; this file only names them, so
``kg --help`` stays fast and one stage's imports never slow another's.
"""

from __future__ import annotations

import importlib

import click

from . import __version__

# name -> "module:attribute" of a click command or group.
SUBCOMMANDS: dict[str, str] = {
    "extract": "ingest.cli:extract",
    "eval": "ingest.cli:eval_cmd",
    "export": "graph.export_cli:export",
    "viz": "viz.cli:viz",
    "analyze": "graph.analytics.cli:analyze",
    "neo4j": "graph.neo4j.cli:neo4j",
    "doctor": "graph.doctor:doctor",
    "load": "graph.neo4j.load_cli:load",
    "query": "queries.cli:query",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when used."""

    def __init__(self, *args: object, lazy_subcommands: dict[str, str] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy_subcommands = lazy_subcommands or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_subcommands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.lazy_subcommands.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        module_name, attr = target.split(":")
        command = getattr(importlib.import_module(module_name), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(cls=LazyGroup, lazy_subcommands=SUBCOMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Knowledge graph of Russia–North Korea relations from news articles.

    Typical flow: ``kg extract data/articles -o out/graph.json``, then load it
    into Neo4j (``kg load``), export it (``kg export``), draw it (``kg viz``)
    or analyse it (``kg analyze``).
    """


if __name__ == "__main__":
    main()
