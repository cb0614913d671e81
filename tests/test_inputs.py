"""Finding and decoding documents: folders, globs, encodings, BOM, binary files, JSON Lines."""
import codecs
import io
import os

import pytest

from quotex.inputs import (
    STDIN, Document, InputError, ReadOptions, Unreadable, decode, expand, items, load, matches,
    read_jsonl, read_text,
)

ARTICLE = '"The bridge opens in May," said Mayor Ines Farrow.\n'


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


# --- decode -------------------------------------------------------------------------------


@pytest.mark.parametrize("data, encoding, expected", [
    (ARTICLE.encode(), "utf-8", ARTICLE),
    (codecs.BOM_UTF8 + ARTICLE.encode(), "utf-8", ARTICLE),
    (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-8", ARTICLE),
    (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-8", ARTICLE),
    (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-8", ARTICLE),
    (ARTICLE.encode("utf-16"), "utf-16", ARTICLE),
    ("Café «ouvert», dit-il.".encode("latin-1"), "latin-1", "Café «ouvert», dit-il."),
    ("“Yes,” he said.".encode("cp1252"), "cp1252", "“Yes,” he said."),
    # CRLF line ends are kept: offsets index the text as it is.
    (b'"A," she said.\r\n\r\n"B," he said.\r\n', "utf-8", '"A," she said.\r\n\r\n"B," he said.\r\n'),
    # a NUL byte after the first 8 KB is a character of the text, not a binary mark
    (b"x" * 9000 + b"\0 tail", "utf-8", "x" * 9000 + "\0 tail"),
])
def test_decode_reads_text(data, encoding, expected):
    assert decode(data, encoding) == expected


@pytest.mark.parametrize("data, encoding, message", [
    (b"", "utf-8", "empty file"),
    (b" \n\t\r\n", "utf-8", "only white space"),
    (codecs.BOM_UTF8, "utf-8", "only white space"),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "utf-8", "binary file"),
    (b"%PDF-1.4 text\0more", "utf-8", "binary file"),
    (b"caf\xe9 au lait", "utf-8", "not valid utf-8 text (byte 0xe9 at offset 3)"),
    (codecs.BOM_UTF8 + b"caf\xe9", "utf-8", "byte 0xe9 at offset 6"),
])
def test_decode_rejects(data, encoding, message):
    with pytest.raises(Unreadable, match=message.replace("(", r"\(").replace(")", r"\)")):
        decode(data, encoding)


def test_undecodable_message_suggests_the_options():
    with pytest.raises(Unreadable, match="try --encoding or --errors replace"):
        decode(b"\xff\xfe\xfd not text", "ascii")


def test_errors_replace_reads_undecodable_bytes():
    assert decode(b"caf\xe9 au lait", "utf-8", "replace") == "caf\ufffd au lait"


# --- expand: files and folders ------------------------------------------------------------


@pytest.fixture
def tree(tmp_path):
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "A2.TXT", ARTICLE)
    write(tmp_path / "notes.md", ARTICLE)
    write(tmp_path / "sub" / "z.txt", ARTICLE)
    write(tmp_path / "sub" / "deeper" / "c.txt", ARTICLE)
    write(tmp_path / "sub-x" / "d.txt", ARTICLE)
    write(tmp_path / ".hidden" / "e.txt", ARTICLE)
    write(tmp_path / ".f.txt", ARTICLE)
    write(tmp_path / "corpus.jsonl", '{"id": 1, "text": "x"}\n')
    return tmp_path


def relative(found, root):
    return [os.path.relpath(f, root) if isinstance(f, str) and f != STDIN else f for f in found]


def test_folder_walk_is_sorted_recursive_and_skips_hidden(tree):
    found = relative(expand([str(tree)], ("*.txt",)), tree)
    assert found == ["A2.TXT", "a.txt", "b.txt", "sub/deeper/c.txt", "sub/z.txt", "sub-x/d.txt"]


@pytest.mark.parametrize("globs, expected", [
    (("*.md",), ["notes.md"]),
    (("*.md", "b.*"), ["b.txt", "notes.md"]),
    (("sub/deeper/*",), ["sub/deeper/c.txt"]),
    (("sub/*.txt",), ["sub/deeper/c.txt", "sub/z.txt"]),  # as in fnmatch, * also matches /
    (("*.jsonl",), ["corpus.jsonl"]),
])
def test_globs_choose_files(tree, globs, expected):
    assert relative(expand([str(tree)], globs), tree) == expected


def test_paths_keep_command_line_order_and_files_are_read_whatever_their_name(tree):
    found = relative(expand([str(tree / "notes.md"), str(tree / "sub"), STDIN], ("*.txt",)), tree)
    assert found == ["notes.md", "sub/deeper/c.txt", "sub/z.txt", STDIN]


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "only.md", "x")
    found = list(expand([str(tmp_path / "missing.txt"), str(tmp_path / "empty"), str(tmp_path)], ("*.txt",)))
    assert found == [
        InputError(str(tmp_path / "missing.txt"), "No such file or directory"),
        InputError(str(tmp_path / "empty"), "no files matching *.txt"),
        InputError(str(tmp_path), "no files matching *.txt"),
    ]


def test_symlinked_folders_are_not_followed_but_symlinked_files_are(tmp_path):
    write(tmp_path / "real" / "a.txt", ARTICLE)
    (tmp_path / "root").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "root" / "loop")
    os.symlink(tmp_path / "real" / "a.txt", tmp_path / "root" / "link.txt")
    assert relative(expand([str(tmp_path / "root")], ("*.txt",)), tmp_path / "root") == ["link.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_an_error(tmp_path):
    path = write(tmp_path / "locked.txt", ARTICLE)
    os.chmod(path, 0)
    assert read_text(path, ReadOptions()) == InputError(path, "Permission denied")


def test_file_deleted_after_the_walk_is_an_error(tmp_path):
    path = write(tmp_path / "gone.txt", ARTICLE)
    found = list(items([str(tmp_path)], ReadOptions()))
    os.remove(path)
    assert [load(item, ReadOptions()) for item in found] == [InputError(path, "No such file or directory")]


@pytest.mark.parametrize("path, globs, expected", [
    ("/r/a.txt", ("*.txt",), True),
    ("/r/a.TXT", ("*.txt",), True),
    ("/r/a.txt.bak", ("*.txt",), False),
    ("/r/x/a.txt", ("x/*",), True),
    ("/r/y/a.txt", ("x/*",), False),
    ("/r/y/a.txt", ("/y/*.txt",), True),
])
def test_matches(path, globs, expected):
    assert matches(path, "/r", globs) is expected


# --- documents ----------------------------------------------------------------------------


def test_text_file_is_one_document_named_by_its_path(tmp_path):
    path = write(tmp_path / "a.txt", codecs.BOM_UTF8 + ARTICLE.encode())
    assert read_text(path, ReadOptions()) == Document(path, ARTICLE, path)


def test_stdin_is_read_as_one_document():
    found = list(items(["-"], ReadOptions(), io.BytesIO(ARTICLE.encode())))
    assert found == [Document("-", ARTICLE, "<stdin>")]


def test_empty_stdin_is_an_error():
    assert list(items(["-"], ReadOptions(), io.BytesIO(b""))) == [InputError("<stdin>", "empty input")]


def jsonl(lines, **options):
    data = "".join(line + "\n" for line in lines).encode()
    return list(read_jsonl(io.BufferedReader(io.BytesIO(data)), "c.jsonl", ReadOptions(input_format="jsonl", **options)))


def test_jsonl_documents_with_ids_and_line_numbers():
    found = jsonl(['{"id": "a1", "text": "First."}', "", '{"id": 7, "text": "Second."}', '{"text": "Third."}'])
    assert found == [
        Document("a1", "First.", "c.jsonl: line 1"),
        Document("7", "Second.", "c.jsonl: line 3"),
        Document("c.jsonl:4", "Third.", "c.jsonl: line 4"),
    ]


@pytest.mark.parametrize("line, message", [
    ('{"id": 1, "text": "ok"', "line 1: not valid JSON (Expecting ',' delimiter at column 23)"),
    ("not json", "line 1: not valid JSON (Expecting value at column 1)"),
    ('["a list"]', "line 1: not a JSON object"),
    ('{"id": 1}', "line 1: no 'text' field"),
    ('{"id": 1, "text": 42}', "line 1: 'text' is not a string"),
    ('{"id": 1, "text": "  "}', "line 1: no text (only white space)"),
])
def test_jsonl_bad_lines_are_errors_naming_the_line(line, message):
    assert jsonl([line]) == [InputError("c.jsonl", message)]


def test_jsonl_goes_on_after_a_bad_line():
    found = jsonl(['{"id": 1, "text": "One."}', "{broken", '{"id": 3, "text": "Three."}'])
    assert [type(f).__name__ for f in found] == ["Document", "InputError", "Document"]
    assert found[1].message.startswith("line 2: not valid JSON")


def test_jsonl_custom_fields():
    found = jsonl(['{"url": "u1", "body": "Text."}'], text_field="body", id_field="url")
    assert found == [Document("u1", "Text.", "c.jsonl: line 1")]


def test_jsonl_with_a_bom_crlf_and_a_line_separator_inside_a_string():
    data = codecs.BOM_UTF8 + '{"id": "a", "text": "One\u2028two."}\r\n'.encode()
    found = list(read_jsonl(io.BufferedReader(io.BytesIO(data)), "c.jsonl", ReadOptions(input_format="jsonl")))
    assert found == [Document("a", "One\u2028two.", "c.jsonl: line 1")]


def test_jsonl_undecodable_line():
    found = list(read_jsonl(io.BytesIO(b'{"id": 1, "text": "caf\xe9"}\n'), "c.jsonl", ReadOptions(input_format="jsonl")))
    assert found == [InputError("c.jsonl", "line 1: not valid utf-8 (byte 0xe9 at column 23)")]


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"\n\n", "empty file"),
    (b'\0\0{"id": 1}\n', "binary file"),
])
def test_jsonl_file_level_errors(data, message):
    found = list(read_jsonl(io.BufferedReader(io.BytesIO(data)), "c.jsonl", ReadOptions(input_format="jsonl")))
    assert len(found) == 1 and message in found[0].message


def test_items_leave_text_files_as_paths_and_read_jsonl_files(tree):
    text_items = list(items([str(tree / "sub")], ReadOptions()))
    assert text_items == [str(tree / "sub" / "deeper" / "c.txt"), str(tree / "sub" / "z.txt")]
    jsonl_items = list(items([str(tree)], ReadOptions(input_format="jsonl")))
    assert jsonl_items == [Document("1", "x", f"{tree / 'corpus.jsonl'}: line 1")]
