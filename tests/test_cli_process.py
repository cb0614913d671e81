"""quotex as a real process: closed pipes, Ctrl-C, standard streams."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from cli_support import FERRY, SAMPLES

QUOTEX = [sys.executable, "-m", "quotex"]


def start(*args, **kwargs):
    env = {**os.environ, "PYTHONUNBUFFERED": "", "NO_COLOR": "1"}
    env.pop("PYTHONUNBUFFERED")
    return subprocess.Popen([*QUOTEX, *map(str, args)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


@pytest.fixture
def many_articles(tmp_path):
    """Enough output to fill any pipe buffer several times over."""
    text = (SAMPLES / "tass-aleppo-peskov.txt").read_text(encoding="utf-8")
    for i in range(300):
        (tmp_path / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_module_entry_point_runs_the_command(tmp_path):
    (tmp_path / "a.txt").write_text(FERRY)
    done = subprocess.run([*QUOTEX, str(tmp_path / "a.txt")], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
    assert [json.loads(line)["speaker"] for line in done.stdout.splitlines()] == [
        "Ines Farrow", "Ines Farrow", "Omar Lindqvist"]


def test_piped_stdin_without_a_path():
    done = subprocess.run(QUOTEX, input=FERRY, capture_output=True, text=True)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_ends_quietly(many_articles, jobs):
    proc = start("--jobs", jobs, many_articles)
    first = proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does
    _, stderr = proc.communicate(timeout=60)
    assert json.loads(first)["doc"].endswith("article-000.txt")
    assert stderr == b""
    assert proc.returncode == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_without_a_traceback_and_with_whole_lines(many_articles, jobs):
    proc = start("--jobs", jobs, many_articles, start_new_session=True)
    first = proc.stdout.readline()  # the batch is under way
    time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal does
    rest = proc.stdout.read()  # not communicate(): it would skip what readline() buffered
    stderr = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"Traceback" not in stderr and stderr == b""
    lines = (first + rest).decode("utf-8").splitlines()
    assert all(json.loads(line) for line in lines)
    if proc.returncode != 0:  # the run may have finished before the signal arrived
        assert proc.returncode == 130
        assert len(lines) < 300 * 21


def test_help_and_version_do_not_load_the_pipeline():
    code = ("import sys; from quotex.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('quotex.pipeline', 'rich', 'multiprocessing', 'regex') if m in sys.modules]\n"
            "print('LOADED', heavy, file=sys.stderr)")
    for flag in ("--version", "--help"):
        done = subprocess.run([sys.executable, "-c", code, flag], capture_output=True, text=True)
        assert done.returncode == 0
        assert done.stderr.strip() == "LOADED []"
