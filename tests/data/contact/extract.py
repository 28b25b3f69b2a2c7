#!/usr/bin/python3
"""Cuts the contact columns out of gen_messy.py output into the fixture pair used by
ContactColumnsTest (tests/core/AddressSplitterTest.cpp).

usage: extract.py GEN_DIR OUT_DIR
GEN_DIR holds messy.csv and expected.csv from
  gen_messy.py 2000 --seed 20240401 --formats csv,expected
Each expected row is paired with the messy row of the same No. (the messy No. may be
full-width or padded; exact duplicate rows share their No.).
"""
import csv
import os
import sys
import unicodedata


def main():
    src, out = sys.argv[1], sys.argv[2]
    with open(os.path.join(src, "messy.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(head)}
    messy_by_no = {}
    for r in body:
        no = unicodedata.normalize("NFKC", r[col["No."]]).strip()
        if no and no not in messy_by_no:
            messy_by_no[no] = r
    with open(os.path.join(src, "expected.csv"), encoding="utf-8", newline="") as f:
        exp = list(csv.reader(f))
    ecol = {name: i for i, name in enumerate(exp[0])}
    with open(os.path.join(out, "contact_messy.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(out, "contact_expected.csv"), "w", encoding="utf-8", newline="") as fe:
        wm = csv.writer(fm, lineterminator="\n")
        we = csv.writer(fe, lineterminator="\n")
        wm.writerow(["No", "電話番号", "郵便番号", "住所"])
        we.writerow(["No", "電話番号", "郵便番号", "都道府県", "市区町村", "町域以降"])
        for e in exp[1:]:
            m = messy_by_no[e[ecol["No"]]]
            wm.writerow([e[ecol["No"]], m[col["電話番号"]], m[col["郵便番号"]], m[col["住所"]]])
            we.writerow([e[ecol[c]] for c in ["No", "電話番号", "郵便番号", "都道府県", "市区町村", "町域以降"]])


if __name__ == "__main__":
    main()
