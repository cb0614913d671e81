"""The ``quotex`` command: extract (the default), speakers, show and eval.

A thin click layer over the library. stdout carries records only; each bad input gets one
line on stderr (``quotex: PATH: what is wrong``) and the others are still processed. Only
click is imported at start-up: the pipeline, rich and multiprocessing load when used.
"""
from __future__ import annotations

import functools
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager

import click

from . import __version__

KINDS = ("direct", "mixed", "indirect")  # quotex.KINDS, kept here to not load the library
FORMATS = ("table", "jsonl", "json", "csv")
EXIT_FOUND, EXIT_NONE, EXIT_FAILED = 0, 1, 2
EXIT_INTERRUPTED = 130
PROGRESS_MIN_DOCUMENTS = 20

EXIT_STATUS_HELP = """\b
Exit status:
  0    quotes were found
  1    no quotes were found
  2    an input could not be read, or the command line was wrong
  130  interrupted (Ctrl-C)"""

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class DefaultGroup(click.Group):
    """A group whose default command is ``extract``: ``quotex PATH...`` extracts."""

    default_command = "extract"
    group_options = ("-h", "--help", "-V", "--version")

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in self.group_options):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] [PATH]...")
        formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="       ")


@click.group(cls=DefaultGroup, context_settings=CONTEXT, epilog=EXIT_STATUS_HELP)
@click.version_option(__version__, "-V", "--version", prog_name="quotex", message="%(prog)s %(version)s")
def cli() -> None:
    """Find the quotations in news articles and who said them.

    `quotex PATH...` is short for `quotex extract PATH...`: it prints every quotation in
    the files (folders are searched for *.txt files) with its speaker, as a table on a
    terminal and as JSON Lines otherwise. Run `quotex COMMAND --help` for a command's options.
    """


# --- options shared by the commands -------------------------------------------------------


def _split_kinds(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    kinds = [k.strip() for value in values for k in value.split(",") if k.strip()]
    for kind in kinds:
        if kind not in KINDS:
            raise click.BadParameter(f"{kind!r} is not one of {', '.join(KINDS)}")
    return tuple(dict.fromkeys(kinds)) or KINDS


def _compile_speaker(ctx: click.Context, param: click.Parameter, value: str | None) -> re.Pattern | None:
    if value is None:
        return None
    try:
        return re.compile(value, re.IGNORECASE)
    except re.error as exc:
        raise click.BadParameter(f"not a regular expression: {exc}") from None


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from .inputs import check_encoding

    try:
        check_encoding(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


def input_options(func: Callable) -> Callable:
    """PATH... and the options that say how to read them."""
    options = [
        click.argument("paths", metavar="[PATH]...", nargs=-1, type=click.Path()),
        click.option("--input", "input_format", type=click.Choice(["text", "jsonl"]), default="text",
                     show_default=True,
                     help="text: a file is one article. jsonl: a line is one article (a JSON object)."),
        click.option("--glob", "globs", multiple=True, metavar="PATTERN",
                     help="Files to read in folders (repeatable; case-insensitive). "
                          "Default: *.txt, or *.jsonl with --input jsonl."),
        click.option("--text-field", default="text", show_default=True, metavar="NAME",
                     help="With --input jsonl: the field holding the article text."),
        click.option("--id-field", default="id", show_default=True, metavar="NAME",
                     help="With --input jsonl: the field naming the article (its `doc`)."),
        click.option("--encoding", default="utf-8", show_default=True, callback=_check_encoding, metavar="NAME",
                     help="Text encoding of the inputs (a byte-order mark is honoured)."),
        click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict",
                     show_default=True,
                     help="strict: an undecodable file is an error. replace: read it, bad bytes as U+FFFD."),
        click.option("--kind", "kinds", multiple=True, callback=_split_kinds, metavar="KIND[,KIND]",
                     help="Only these kinds: direct, mixed, indirect (repeatable). Default: all."),
        click.option("--speaker", callback=_compile_speaker, metavar="PATTERN",
                     help="Only quotes whose speaker (or speaker mention) matches this "
                          "case-insensitive regular expression."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True, metavar="X",
                     help="Only quotes with at least this confidence."),
        click.option("--timeout", type=click.FloatRange(min=0.0), default=60.0, show_default=True, metavar="SECONDS",
                     help="Seconds an article may take per started megabyte before it is skipped with an "
                          "error line (0: no limit)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def jobs_option(func: Callable) -> Callable:
    return click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
                        help="Worker processes (0: one per CPU). Output keeps the input order.")(func)


def color_option(func: Callable) -> Callable:
    return click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
                        show_default=True,
                        help="Colours in tables and views; auto: on a terminal unless NO_COLOR is set.")(func)


def cluster_options(func: Callable) -> Callable:
    """Running the batch on a Dask cluster (the optional quotex[dask] extra)."""
    options = [
        click.option("--scheduler", metavar="ADDRESS",
                     help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786), or "
                          "'local' for one on this machine with --jobs workers (default: one per CPU). "
                          "Needs --output and pip install 'quotex[dask]'."),
        click.option("--output", metavar="DIR",
                     help="With --scheduler: the folder (or fsspec URL) that gets one JSON Lines file "
                          "per partition and manifest.json; a re-run skips the partitions written."),
        click.option("--partition-size", metavar="SIZE",
                     help="With --scheduler: input bytes per partition, e.g. 16MiB (default: up to 4MiB)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def format_option(func: Callable) -> Callable:
    return click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format. Default: table on a terminal, jsonl otherwise.")(func)


# --- running a batch ----------------------------------------------------------------------


def is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def report(message: str) -> None:
    """One line on stderr about one input: ``quotex: PATH: what is wrong``."""
    from .render import visible

    if sys.stderr is None:  # started with stderr closed: the exit status still tells
        return
    try:
        sys.stderr.write(f"quotex: {visible(message, newlines=False)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


class Run:
    """The inputs of one command run, read and extracted, with what happened to them."""

    def __init__(self, paths: tuple[str, ...], *, input_format: str, globs: tuple[str, ...],
                 text_field: str, id_field: str, encoding: str, errors: str, kinds: tuple[str, ...],
                 speaker: re.Pattern | None, min_confidence: float, timeout: float = 0.0, jobs: int = 1,
                 jsonl: bool = False):
        from .batch import Settings
        from .inputs import ReadOptions

        self.read = ReadOptions(input_format=input_format, encoding=encoding, errors=errors,
                                text_field=text_field, id_field=id_field, globs=globs)
        self.settings = Settings(read=self.read, kinds=kinds, min_confidence=min_confidence,
                                 speaker=speaker, jsonl=jsonl, timeout=timeout)
        self.paths = paths or _default_paths()
        self.jobs = jobs or os.cpu_count() or 1
        self.documents = self.quotes = self.failures = 0

    def outcomes(self, *, progress: bool = True, keep_text: bool = False) -> Iterator:
        """Each input's outcome in order; bad inputs are reported on stderr as they come."""
        from . import batch, inputs

        stdin = _stdin_bytes()
        items = inputs.items(self.paths, self.read, stdin)
        total = None
        if progress and self.read.input_format == "text" and _wants_progress():
            items = list(items)  # file paths: small, and the bar needs the count
            total = len(items)
        outcomes = batch.run(items, self.settings, self.jobs, keep_text)
        if progress and _wants_progress() and (total is None or total >= PROGRESS_MIN_DOCUMENTS):
            outcomes = _with_progress(outcomes, total)
        with closing(outcomes):
            for outcome in outcomes:
                if outcome.error:
                    self.failures += 1
                    report(outcome.error)
                if outcome.doc is not None:
                    self.documents += 1
                    self.quotes += outcome.count
                yield outcome

    @property
    def status(self) -> int:
        if self.failures:
            return EXIT_FAILED
        return EXIT_FOUND if self.quotes else EXIT_NONE

    def summarise(self) -> None:
        """A closing line on stderr for a person at a terminal."""
        if is_terminal(sys.stderr):
            plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
            click.echo(f"{plural(self.documents, 'document')}, {plural(self.quotes, 'quote')}, "
                       f"{plural(self.failures, 'error')}", err=True)


def _default_paths() -> tuple[str, ...]:
    if is_terminal(sys.stdin):
        raise click.UsageError("no input: give a PATH, or pipe text into quotex (see quotex --help)")
    return ("-",)


def _stdin_bytes():
    stream = sys.stdin
    return getattr(stream, "buffer", None) if stream is not None else None


def _wants_progress() -> bool:
    """A bar only where a person watches stderr and the records are not scrolling by."""
    return is_terminal(sys.stderr) and not is_terminal(sys.stdout)


def _with_progress(outcomes: Iterator, total: int | None) -> Iterator:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .render import make_console

    columns = [TextColumn("quotex"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with closing(outcomes), Progress(
        *columns, console=make_console(sys.stderr), transient=True, redirect_stdout=False
    ) as bar:
        task = bar.add_task("documents", total=total)
        for outcome in outcomes:
            bar.advance(task)
            yield outcome


class OutputError(Exception):
    """The records cannot be written (a full disk, a closed or failing output)."""


class Guard:
    """What a command needs to end well: Ctrl-C waits for a write to finish (so every line on
    stdout is complete), the run's status is known when the reader goes away, and a failing
    output (other than a closed pipe) becomes an :class:`OutputError`."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False
        self.run: Run | None = None

    def _handler(self, signum, frame) -> None:
        if self.writing:
            self.pending = True
        elif _in_finalizer(frame):
            # raised inside a __del__ it would only print `Exception ignored` and be lost
            import threading

            resend = threading.Timer(0.01, os.kill, (os.getpid(), signum))
            resend.daemon = True
            resend.start()
        else:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self):
        try:
            previous = signal.signal(signal.SIGINT, self._handler)
        except ValueError:  # not the main thread: leave Ctrl-C as it is
            yield self
            return
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)

    @contextmanager
    def write(self):
        self.writing = True
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc.strerror or str(exc)) from None
        finally:
            self.writing = False
            if self.pending:
                self.pending = False
                raise KeyboardInterrupt


def _in_finalizer(frame) -> bool:
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def _data_stdout(fmt: str):
    """stdout for records: JSON and CSV are UTF-8 wherever the locale points; tables and
    views keep the terminal's encoding and show what it cannot encode as escapes."""
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        try:
            if fmt == "table":
                out.reconfigure(errors="backslashreplace")
            else:
                out.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (ValueError, OSError):
            pass
    return out


def _silence_stdout() -> None:
    """After a closed pipe: send what is still buffered to /dev/null, not to a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def guarded(command: Callable) -> Callable:
    """End quietly on a closed pipe (`quotex DIR | head -1`) and on Ctrl-C."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        guard = Guard()
        try:
            with guard.installed():
                status = command(*args, guard=guard, **kwargs)
        except BrokenPipeError:
            _silence_stdout()
            status = EXIT_FAILED if guard.run and guard.run.failures else EXIT_FOUND
        except OutputError as exc:
            report(f"cannot write the records: {exc}")
            _silence_stdout()  # what is still buffered would only fail again at exit
            status = EXIT_FAILED
        except KeyboardInterrupt:
            try:
                sys.stdout.flush()
            except (OSError, ValueError):
                _silence_stdout()
            status = EXIT_INTERRUPTED
        ctx.exit(status)

    return wrapper


# --- commands -----------------------------------------------------------------------------


@cli.command(context_settings=CONTEXT, epilog=EXIT_STATUS_HELP,
             short_help="Print every quotation with its speaker (the default command).")
@input_options
@format_option
@jobs_option
@cluster_options
@color_option
@guarded
def extract(fmt, jobs, color, guard, scheduler, output, partition_size, **inputs) -> int:
    """Print every quotation in PATH... with its speaker (the default command).

    PATH is a file, a folder (searched recursively, in sorted order, for *.txt files;
    hidden files are skipped) or - for standard input, which is also read when no PATH is
    given and text is piped in.

    \b
    Each record is flat, with its keys in this order:
      doc, text, start, end, kind, speaker, speaker_mention, speaker_start, speaker_end,
      cue, cue_start, cue_end, rule, confidence, paragraph, resolution
    doc is the path, - for standard input, or the id of a JSON Lines document; offsets are
    character offsets into the document text.

    With --scheduler and --output the batch runs on a Dask cluster and the records go to
    files in DIR, not to stdout (see the README).
    """
    from .records import FIELDS
    from .render import record_writer

    if scheduler or output or partition_size:
        return _extract_on_cluster(scheduler, output, partition_size, fmt, jobs, inputs)
    fmt = fmt or ("table" if is_terminal(sys.stdout) else "jsonl")
    run = guard.run = Run(jobs=jobs, jsonl=fmt == "jsonl", **inputs)
    writer = record_writer(fmt, _data_stdout(fmt), FIELDS, color)
    with guard.write():
        writer.start()
    try:
        for outcome in run.outcomes():
            if outcome.count:
                with guard.write():
                    writer.write(outcome)
    except KeyboardInterrupt:
        with guard.write():
            writer.finish()  # a JSON array is closed: the output stays one whole document
        raise
    with guard.write():
        writer.finish()
    run.summarise()
    return run.status


def _extract_on_cluster(scheduler: str | None, output: str | None, partition_size: str | None,
                        fmt: str | None, jobs: int, inputs: dict) -> int:
    """`quotex extract --scheduler ADDRESS PATH... --output DIR`, through quotex.dask."""
    from .errors import QuotexError

    paths = inputs.pop("paths")
    explicit_jobs = _check_cluster_options(scheduler, output, fmt, paths)
    try:
        from . import dask as on_dask
    except ImportError as exc:
        report(f"--scheduler needs Dask ({exc}): pip install 'quotex[dask]'")
        return EXIT_FAILED
    speaker = inputs.pop("speaker")
    inputs.pop("timeout")  # workers of a cluster are watched by the cluster itself
    extract = {"kinds": inputs.pop("kinds"), "min_confidence": inputs.pop("min_confidence"),
               "speaker": speaker.pattern if speaker else None}
    read = {"input": inputs.pop("input_format"), "glob": inputs.pop("globs"),
            "partition_size": partition_size, **inputs}
    try:
        manifest = on_dask.run_batch(paths, output, scheduler=scheduler, workers=jobs if explicit_jobs else 0,
                                     progress=is_terminal(sys.stderr), read=read, extract=extract)
    except on_dask.SchedulerError as exc:
        report(f"{scheduler}: {exc}")
        return EXIT_FAILED
    except QuotexError as exc:  # a bad --partition-size
        raise click.UsageError(str(exc).replace("partition_size", "--partition-size")) from None
    except OSError as exc:  # DIR cannot be written
        report(f"{output}: {exc.strerror or exc}")
        return EXIT_FAILED
    return _report_cluster_run(manifest, output)


def _check_cluster_options(scheduler: str | None, output: str | None, fmt: str | None, paths: tuple) -> bool:
    """Refuse option combinations a cluster run cannot honour; whether --jobs was given."""
    from click.core import ParameterSource

    if not scheduler or not output:
        raise click.UsageError("--scheduler and --output go together")
    if not paths or "-" in paths:
        raise click.UsageError("--scheduler reads files, folders and URLs, not standard input")
    if fmt not in (None, "jsonl"):
        raise click.UsageError("--output writes JSON Lines; drop --format")
    explicit_jobs = click.get_current_context().get_parameter_source("jobs") is not ParameterSource.DEFAULT
    if explicit_jobs and scheduler != "local":
        raise click.UsageError("--jobs sizes a local cluster; a running cluster has its own workers")
    return explicit_jobs


def _report_cluster_run(manifest: dict, output: str) -> int:
    """One stderr line per failed document, a summary on a terminal, and the exit code."""
    for error in manifest["errors"]:
        report(f"{error['doc']}: {error['error']}")
    totals = manifest["totals"]
    if is_terminal(sys.stderr):
        click.echo(f"{totals['documents']} documents, {totals['records']} quotes, {totals['errors']} errors "
                   f"in {totals['partitions']} partitions ({totals['skipped']} already written) in {output}",
                   err=True)
    if totals["errors"]:
        return EXIT_FAILED
    return EXIT_FOUND if totals["records"] else EXIT_NONE


@cli.command(context_settings=CONTEXT, epilog=EXIT_STATUS_HELP,
             short_help="Who is quoted, and how much.")
@input_options
@format_option
@jobs_option
@color_option
@guarded
def speakers(fmt, jobs, color, guard, **inputs) -> int:
    """Who is quoted in PATH..., and how much.

    One row per speaker, most quoted first: the speaker's name, the quotes, the words
    quoted and the documents quoting them. Names group across documents without titles
    (Mr. Trump, Trump and Donald Trump are one row when the inputs name one Trump).
    """
    from .render import write_speakers
    from .tally import SpeakerTally

    run = guard.run = Run(jobs=jobs, **inputs)
    tally = SpeakerTally()
    for outcome in run.outcomes():
        if outcome.doc is not None:
            tally.add(outcome.records)
    fmt = fmt or ("table" if is_terminal(sys.stdout) else "jsonl")
    with guard.write():
        write_speakers(fmt, tally.rows(), _data_stdout(fmt), color)
    run.summarise()
    return run.status


@cli.command(context_settings=CONTEXT, epilog=EXIT_STATUS_HELP,
             short_help="Show articles with their quotations marked by speaker.")
@input_options
@click.option("--doc", "doc_ids", multiple=True, metavar="ID",
              help="Show only the document with this id (repeatable), e.g. one of a JSON Lines corpus.")
@color_option
@guarded
def show(doc_ids, color, guard, **inputs) -> int:
    """Show each article of PATH... with its quotations marked.

    Each quotation is coloured by its speaker and followed by the speaker's name in
    brackets; direct and partial quotes are bold, reported speech is underlined, the
    speaker mention is reversed and the cue underlined. The article text is shown as it
    is: markup and control characters in it are printed literally, never interpreted.
    """
    from .render import article_view, make_console

    run = guard.run = Run(**inputs)
    console = make_console(_data_stdout("table"), color)
    wanted = set(doc_ids)
    shown: set[str] = set()
    for outcome in run.outcomes(progress=False, keep_text=True):
        if outcome.doc is None or (wanted and outcome.doc not in wanted):
            continue
        shown.add(outcome.doc)
        with guard.write():
            console.print(article_view(outcome.doc, outcome.text, outcome.records),
                          soft_wrap=not console.is_terminal)
            console.file.flush()
    for missing in sorted(wanted - shown):
        report(f"{missing}: no document with this id")
        run.failures += 1
    return run.status


@cli.command("eval", context_settings=CONTEXT, short_help="Score quotex against an annotated corpus.")
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path(dir_okay=False))
@click.option("--kinds", "kinds", multiple=True, callback=_split_kinds, metavar="KIND[,KIND]",
              help="Score only these kinds (e.g. direct,mixed). Default: all.")
@click.option("--canonical", type=click.Path(dir_okay=False), metavar="FILE",
              help="Canonical speaker names (JSON Lines of id, start, end, speaker_canonical): score "
                   "only those quotes, and a speaker only when it is that name.")
@click.option("--misses", type=click.IntRange(min=0), default=0, metavar="N",
              help="List up to N missed quotes, N false quotes and N wrong speakers, with context.")
@click.option("--by-rule", is_flag=True,
              help="Also score each rule's predictions: how many, how many matched, precision.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of the figures.")
@click.option("--predictions", type=click.Path(dir_okay=False), metavar="FILE",
              help="Score these predictions instead of running quotex: JSON Lines of "
                   "{id, quotes} documents, or quotex's own JSON Lines records.")
@jobs_option
@color_option
@guarded
def evaluate(gold, kinds, canonical, misses, by_rule, as_json, predictions, jobs, color, guard) -> int:
    """Score quotex against an annotated corpus GOLD.jsonl.

    GOLD.jsonl holds one article a line: {"id", "text", "quotes": [{"start", "end",
    "kind", "speaker", "speaker_start", "speaker_end"}, ...]}. A predicted quote matches a
    gold one when their spans, trimmed of spaces and edge punctuation, overlap by at least
    half (intersection over union), one to one, best first; a quoted fragment inside a gold
    mixed quote matches it. A matched quote's speaker is right when the names agree on the
    last name (either way round, titles aside), or both are missing, or the speaker
    mentions overlap. End-to-end counts a quote right only when its speaker is right too.

    \b
    Exit status: 0 scored, 2 a file could not be read or the command line was wrong.
    """
    import json

    from . import evaluate as scoring

    try:
        docs = scoring.read_corpus(gold)
        predicted = scoring.read_predictions(predictions) if predictions else None
        if canonical:
            docs = scoring.with_canonical(docs, scoring.read_canonical(canonical))
    except scoring.CorpusError as exc:
        report(str(exc))
        return EXIT_FAILED
    if predicted is None:
        predicted = _predict(docs, jobs)
    scores = scoring.score(docs, predicted, kinds if set(kinds) != set(KINDS) else None)
    figures = scores.figures()
    rules = scores.rule_figures() if by_rule else []
    selected = _misses(scores.misses, misses)
    with guard.write():
        if as_json:
            if by_rule:
                figures = {**figures, "rules": rules}
            if misses:
                figures = {**figures, "misses": [m.to_dict() for m in selected]}
            click.echo(json.dumps(figures, ensure_ascii=False))
        else:
            _print_scores(gold, kinds, canonical, figures, rules, selected, color)
    return EXIT_FOUND


def _predict(docs: list[dict], jobs: int) -> dict[str, list[dict]]:
    from .batch import Settings, run
    from .inputs import Document

    items = (Document(doc["id"], doc["text"], f"{doc['id']}") for doc in docs)
    predicted = {}
    for outcome in run(items, Settings(), jobs or os.cpu_count() or 1):
        if outcome.error:
            report(outcome.error)
        predicted[outcome.doc] = outcome.records
    return predicted


def _misses(misses: list, limit: int) -> list:
    chosen = []
    for kind in ("missed", "false", "speaker"):
        chosen += [m for m in misses if m.type == kind][:limit]
    return chosen


def _print_scores(gold: str, kinds: tuple[str, ...], canonical: str | None, figures: dict,
                  rules: list[dict], misses: list, color: str) -> None:
    from .render import figures_table, make_console, miss_view, plain, rules_table

    console = make_console(_data_stdout("table"), color)
    shown_kinds = "all" if set(kinds) == set(KINDS) else ",".join(kinds)
    heading = f"{gold}  kinds: {shown_kinds}" + (f"  canonical: {canonical}" if canonical else "")
    console.print(plain(heading, "bold"), soft_wrap=True)
    console.print(figures_table(figures))
    if rules:
        console.print(rules_table(rules))
    for miss in misses:
        console.print(miss_view(miss), soft_wrap=not console.is_terminal)


def main(argv: list[str] | None = None) -> None:
    """The console script: run the command line, exit with its status."""
    if sys.stdout is None:  # started with stdout closed (`quotex DIR >&-`)
        report("cannot write the records: standard output is closed")
        sys.exit(EXIT_FAILED)
    try:
        status = cli.main(args=argv, prog_name="quotex", standalone_mode=False)
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        status = EXIT_FAILED
    except click.exceptions.Abort:
        status = EXIT_INTERRUPTED
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        status = EXIT_FOUND
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except (OSError, ValueError):
        pass
    sys.exit(status if isinstance(status, int) else 0)
