"""Write docs/cli.md from the commands' own --help, so the reference cannot drift.

    python docs/cli_reference.py > docs/cli.md
"""
from __future__ import annotations

import click
import typer
import typer.core

from dateline.cli import app

typer.core.HAS_RICH = False  # plain click help: the same text on every terminal


def reference() -> str:
    command = typer.main.get_command(app)
    ctx = click.Context(command, info_name="dateline", terminal_width=88, max_content_width=88)
    parts = ["# dateline command reference", "",
             "Generated from `--help` by `python docs/cli_reference.py > docs/cli.md`.", "",
             "```", command.get_help(ctx).rstrip(), "```", ""]
    for name in sorted(command.list_commands(ctx)):
        sub = command.get_command(ctx, name)
        sub_ctx = click.Context(sub, info_name=name, parent=ctx, terminal_width=88, max_content_width=88)
        parts += [f"## dateline {name}", "", "```", sub.get_help(sub_ctx).rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(reference())
