"""Build quotex/data/first_names.tsv: given names with a clear gender, for pronoun resolution.

Source: the name data of the nomquamgender package (Van Buskirk, Clauset and Larremore,
MIT licence; https://github.com/ianvanbuskirk/nomquamgender), which pools dozens of public
name-gender data sets. Kept: names of letters only, seen at least MIN_COUNTS times in at
least MIN_SOURCES sources, with a probability of being a woman's name of at least
FEMALE or at most MALE. Run: pip download --no-deps nomquamgender, unzip the wheel, then
python scripts/build_first_names.py path/to/nomquamgender/name_data.json
"""
import json
import re
import sys
from pathlib import Path

MIN_COUNTS = 2000
MIN_SOURCES = 8
FEMALE = 0.9
MALE = 0.15
LETTERS = re.compile(r"[a-z]+(?:-[a-z]+)?")

HEADER = """\
# Given names with a clear gender, for resolving he and she: name<TAB>f or m.
# Built by scripts/build_first_names.py from the name data of nomquamgender
# (https://github.com/ianvanbuskirk/nomquamgender), used under its MIT licence:
#
# Copyright (c) 2022 Ian Van Buskirk
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def main(source: str) -> None:
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    rows = []
    for name, values in data.items():
        sources, counts, female = values[0], values[1], values[2]
        if not LETTERS.fullmatch(name) or sources < MIN_SOURCES or counts < MIN_COUNTS or female is None:
            continue
        if female >= FEMALE:
            rows.append(f"{name}\tf")
        elif female <= MALE:
            rows.append(f"{name}\tm")
    out = Path(__file__).resolve().parent.parent / "quotex" / "data" / "first_names.tsv"
    out.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
