"""Command-line edge: `storyline analyze`, `serve`, `export`, `timeml` and `bench ecbplus`.

Exit codes (all commands):
  0  everything read and analyzed
  1  the run finished, but some inputs could not be read (each named on stderr)
  2  usage error (bad option, missing argument)
  3  nothing could be analyzed (no readable input, or the output could not be written)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from tqdm import tqdm

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storyline")
def main() -> None:
    """Storyline: many news articles about one story in, one sourced account out.

    \b
    Examples:
      storyline analyze examples/kuzminov -o out/kuzminov
      storyline analyze a.html b.txt feeds/ -o out/ --db archive.db
      storyline export --db archive.db --format csv -o tables/
      storyline timeml tempeval/*.tml -o tagged/
      storyline bench ecbplus ../shared/benchmarks/ecbplus --kind entity -o out/ecb

    \b
    Exit codes: 0 all inputs analyzed; 1 some inputs unreadable or stories failed (named on stderr);
    2 usage error; 3 nothing could be analyzed.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for report.json and report.html (created if missing).")
@click.option("--db", default="storyline.db", show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite file that keeps everything learned, for `serve` and later runs.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--no-embeddings", is_flag=True,
              help="Group facts on words and shared figures/entities only: fewer paraphrases joined.")
@click.option("--encoder", type=click.Choice(["static", "minilm"]), default=None,
              help="Sentence encoder for grouping facts: static (default; fast) or minilm (the full "
                   "all-MiniLM-L6-v2: joins more paraphrases, about twice the run time).")
def analyze(paths: tuple[Path, ...], outdir: Path, db: Path, quiet: bool, no_embeddings: bool,
            encoder: str | None) -> None:
    """Analyze article files and folders (recursively): .txt, .html, .json, .jsonl.

    \b
    Writes OUTDIR/report.json and OUTDIR/report.html, and stores documents and
    results in the SQLite file given by --db.

    \b
    Example:
      storyline analyze examples/kuzminov -o out/kuzminov
    """
    from storyline.pipeline import analyze as run
    from storyline.report.html import render_html
    from storyline.store import Store

    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if quiet:
            return
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=f"{stage:>9}", unit="doc" if stage == "annotate" else "story",
                                     file=sys.stderr, leave=False, disable=None)  # None: no bar off a terminal
        bar.update(done - bar.n)

    try:
        store = Store(db)
    except Exception as exc:  # an unwritable or corrupt database file
        click.echo(f"error: {db}: cannot open the database ({exc})", err=True)
        sys.exit(EXIT_NOTHING)
    try:
        result = run(paths, store=store, progress=progress, embeddings=not no_embeddings, encoder=encoder)
    finally:
        for bar in bars.values():
            bar.close()
        store.close()
    for err in result.errors:
        click.echo(f"error: {err}", err=True)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        report = result.to_dict()
        (outdir / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (outdir / "report.html").write_text(render_html(result, report["summary"]), encoding="utf-8")
    except OSError as exc:
        click.echo(f"error: {outdir}: cannot write the report ({exc.strerror or exc})", err=True)
        sys.exit(EXIT_NOTHING)
    if not quiet:
        s = report["summary"]
        f = s["facts"]
        click.echo(
            f"{s['documents']} documents ({s['duplicates_folded']} duplicates folded), {s['stories']} "
            f"{'story' if s['stories'] == 1 else 'stories'}, "
            f"facts: {f['corroborated']} corroborated, {f['single_source']} single-source, {f['contested']} contested; "
            f"{s['conflicts']} conflicts, {s['updates']} updates; "
            + (f"{s['errors']} errors (inputs or stories, named above)" if s["errors"] else "no errors")
        )
        click.echo(f"report: {outdir / 'report.json'}\nreport: {outdir / 'report.html'}\ndatabase: {db}")
    if not result.stories:
        sys.exit(EXIT_NOTHING)
    sys.exit(EXIT_PARTIAL if result.errors else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the tagged files (same file names).")
def timeml(paths: tuple[Path, ...], outdir: Path) -> None:
    """Add TIMEX3 tags to TimeML documents (TempEval-3 input: DCT and TEXT).

    \b
    Each file is written under the same name in OUTDIR with TIMEX3 tags (tid, type, value)
    inside TEXT, for the standard TempEval-3 scorer.

    \b
    Example:
      storyline timeml ../shared/benchmarks/tempeval3/TBAQ-cleaned/TimeBank -o tagged/
    """
    from storyline.timex.timeml import timeml_files

    files = [f for p in paths for f in (sorted(p.rglob("*.tml")) if p.is_dir() else [p])]
    written, errors = timeml_files(files, outdir)
    for err in errors:
        click.echo(f"error: {err}", err=True)
    click.echo(f"{written} files tagged into {outdir}")
    if not written:
        sys.exit(EXIT_NOTHING)
    sys.exit(EXIT_PARTIAL if errors else EXIT_OK)


@main.command()
@click.option("--db", default="storyline.db", show_default=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path), help="SQLite file written by `analyze`.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="json: the report, as `analyze` writes it; csv: one table per record type.")
@click.option("--story", "story_ids", multiple=True, help="Only this story (repeatable); default every story.")
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path),
              help="A file for json, a folder for csv.")
def export(db: Path, fmt: str, story_ids: tuple[str, ...], out: Path) -> None:
    """Export stories from the database: the JSON report or CSV tables.

    \b
    Examples:
      storyline export --db storyline.db -o report.json
      storyline export --db storyline.db --format csv -o tables/
    """
    from storyline.export import export_csv, export_json
    from storyline.store import Store

    store = Store(db)
    try:
        wanted = list(story_ids) or store.story_ids()
        stories = [store.load_story(sid) for sid in wanted]
    finally:
        store.close()
    missing = [sid for sid, s in zip(wanted, stories, strict=True) if s is None]
    if missing:
        click.echo(f"error: {db}: no story {', '.join(missing)}", err=True)
        sys.exit(EXIT_USAGE)
    found = [s for s in stories if s is not None]
    try:
        if fmt == "json":
            out.parent.mkdir(parents=True, exist_ok=True)
            export_json(found, out)
            click.echo(f"{len(found)} stories written to {out}")
        else:
            paths = export_csv(found, out)
            click.echo(f"{len(found)} stories written to {', '.join(str(p) for p in paths)}")
    except OSError as exc:
        click.echo(f"error: {out}: cannot write ({exc.strerror or exc})", err=True)
        sys.exit(EXIT_NOTHING)


@main.group()
def bench() -> None:
    """Benchmarks on standard data sets (they print their scores)."""


@bench.command("ecbplus")
@click.argument("data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["entity", "event"]), default="entity", show_default=True,
              help="Entity markables (HUMAN, NON_HUMAN, LOC, TIME) or event markables (ACTION).")
@click.option("-o", "--out", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for key.conll and response.conll.")
@click.option("--topics", default="", help="Comma-separated topic numbers (default: the dev topics 2,5,12,18,21,23,34,35).")
def bench_ecbplus(data_dir: Path, kind: str, outdir: Path, topics: str) -> None:
    """Cross-document coreference on ECB+ from gold mentions: MUC, B-cubed, CEAF-e, CoNLL F1.

    \b
    Example:
      storyline bench ecbplus ../shared/benchmarks/ecbplus --kind entity -o out/ecb
    """
    from storyline.bench.ecbplus import format_scores, run_ecbplus

    try:
        chosen = [int(t) for t in topics.split(",") if t.strip()] or None
    except ValueError:
        click.echo(f"error: --topics {topics!r}: give comma-separated numbers", err=True)
        sys.exit(EXIT_USAGE)
    try:
        result = run_ecbplus(data_dir, kind, outdir, chosen)
    except (OSError, ValueError) as exc:
        click.echo(f"error: {data_dir}: {exc}", err=True)
        sys.exit(EXIT_NOTHING)
    click.echo(format_scores(result))
    click.echo(f"written: {outdir / 'key.conll'}, {outdir / 'response.conll'}")


@main.command()
@click.option("--db", default="storyline.db", show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite file written by `storyline analyze` (created if missing).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; beyond loopback needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="STORYLINE_TOKEN", help="Require this token (Authorization: Bearer or ?token=); "
              "also read from STORYLINE_TOKEN.")
def serve(db: Path, host: str, port: int, token: str | None) -> None:
    """Serve the stories in a database as web pages and a JSON API (spec at /openapi.json).

    \b
    Example:
      storyline serve --db archive.db            # http://127.0.0.1:8000/
    """
    from storyline.web import serve as run

    try:
        run(str(db), host=host, port=port, token=token)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
