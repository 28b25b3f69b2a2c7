#!/usr/bin/python3
"""Widens the generator's messy.csv (12 columns of Japanese municipal data) to COLS columns for the
memory check: 1,000,000 rows × 50 columns of Japanese text.

usage: widen_csv.py IN.csv OUT.csv [--cols 50]

Column j of the output is column (j mod 12) of the input, taken from row (r + k × 7919) mod N where
k = j div 12: the same realistic mix of names, kana, addresses, dates, phone numbers, amounts and
notes (multi-line cells included), but no two columns of one output row come from the same input
row, so a reader gains nothing from repeated neighbours. The header names get a suffix (_1, _2…).
Deterministic; UTF-8 with BOM and CRLF like the input. Python standard library only.
"""
import argparse
import csv
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--cols", type=int, default=50)
    a = ap.parse_args()
    with open(a.src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    width = len(header)
    n = len(body)
    # Blank spacer rows are written by the generator as rows of empty cells; short rows are padded.
    body = [r + [""] * (width - len(r)) if len(r) < width else r[:width] for r in body]
    names = [header[j % width] + ("" if j < width else "_%d" % (j // width)) for j in range(a.cols)]
    plan = [(j % width, (j // width) * 7919) for j in range(a.cols)]
    with open(a.dst, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(names)
        for r in range(n):
            w.writerow([body[(r + shift) % n][col] for col, shift in plan])
    print("%s: %d rows × %d columns" % (a.dst, n, a.cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
