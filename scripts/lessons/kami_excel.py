#!/usr/bin/python3
"""Generate the data files of the lesson pack lessons/kami-excel/ (「神エクセルを表に」).

Every start file is a synthetic "grid-paper" sheet of the kind many offices keep: a title block,
merged cells, subtotal rows and footnotes. The target CSV files are the tidy tables the learner
makes from them in the cleaning workbench. All names, places and numbers are invented.

Run with Debian's python3 and python3-openpyxl (apt-get install -y python3-openpyxl):

    /usr/bin/python3 scripts/lessons/kami_excel.py

then `tenarai-cli pack hash lessons/kami-excel` (the XLSX files change on every run because of
their time stamps; the content stays the same).
"""

import csv
import datetime
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
PACK = os.path.normpath(os.path.join(HERE, "..", "..", "lessons", "kami-excel"))
DATA = os.path.join(PACK, "data")
FIXED_TIME = datetime.datetime(2024, 4, 1, 9, 0, 0)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SUB_FILL = PatternFill("solid", fgColor="FFF2CC")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def new_book(sheet_title):
    wb = Workbook()
    wb.properties.creator = "Tenarai"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = sheet_title
    return wb, ws


def title(ws, text, last_col, col=1):
    ws.cell(row=1, column=col, value=text).font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=last_col)
    ws.cell(row=1, column=col).alignment = Alignment(horizontal="center")


def boxed(ws, rows, cols, fill=None, bold=False):
    for r in rows:
        for c in cols:
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            if fill is not None:
                cell.fill = fill
            if bold:
                cell.font = Font(bold=True)


def save(wb, name):
    wb.save(os.path.join(DATA, name))


def write_csv(name, header, rows):
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


# --- 1. Training applications: a title block, grid-paper columns, blank rows --------------------

TRAINING = [
    (1, "市民課", "青木 真由美", "表計算の基礎", datetime.date(2024, 6, 5)),
    (2, "税務課", "石川 健太", "表計算の基礎", datetime.date(2024, 6, 5)),
    (3, "福祉課", "上野 さやか", "接遇研修", datetime.date(2024, 6, 12)),
    (4, "環境課", "岡本 大輔", "文書事務研修", datetime.date(2024, 6, 19)),
    (5, "子育て支援課", "川村 美咲", "表計算の基礎", datetime.date(2024, 6, 5)),
    (6, "建設課", "北原 翔", "個人情報保護研修", datetime.date(2024, 6, 26)),
    (7, "市民課", "小松 由香", "接遇研修", datetime.date(2024, 6, 12)),
    (8, "税務課", "坂口 亮", "文書事務研修", datetime.date(2024, 6, 19)),
    (9, "福祉課", "杉本 千尋", "個人情報保護研修", datetime.date(2024, 6, 26)),
    (10, "環境課", "田島 恭平", "表計算の基礎", datetime.date(2024, 6, 5)),
    (11, "子育て支援課", "永井 里奈", "接遇研修", datetime.date(2024, 6, 12)),
]


def training():
    wb, ws = new_book("申込者一覧")
    # Grid paper: narrow columns; a field spans several of them.
    ws.column_dimensions["A"].width = 2
    for letter in "BCDEFGHI":
        ws.column_dimensions[letter].width = 9
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["I"].width = 12
    title(ws, "令和6年度　職員研修　申込者一覧", 9, col=2)
    ws.cell(row=2, column=9, value="人事課 研修係").alignment = Alignment(horizontal="right")
    # Row 3 is left blank. Row 4: the header; 氏名 spans D:E, 研修名 spans F:H.
    header_row = 4
    for col, text in ((2, "番号"), (3, "所属"), (4, "氏名"), (6, "研修名"), (9, "希望日")):
        ws.cell(row=header_row, column=col, value=text).alignment = CENTER
    ws.merge_cells(start_row=header_row, start_column=4, end_row=header_row, end_column=5)
    ws.merge_cells(start_row=header_row, start_column=6, end_row=header_row, end_column=8)
    boxed(ws, [header_row], range(2, 10), fill=HEAD_FILL, bold=True)
    r = header_row + 1
    for i, (no, dept, name, course, day) in enumerate(TRAINING):
        if i > 0 and i % 4 == 0:
            r += 1  # a blank row "to make it easier to read"
        ws.cell(row=r, column=2, value=no)
        ws.cell(row=r, column=3, value=dept)
        ws.cell(row=r, column=4, value=name)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(row=r, column=6, value=course)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
        c = ws.cell(row=r, column=9, value=day)
        c.number_format = "m月d日"
        boxed(ws, [r], range(2, 10))
        r += 1
    save(wb, "training-start.xlsx")
    write_csv("training-target.csv", ["番号", "所属", "氏名", "研修名", "希望日"],
              [(no, dept, name, course, day.isoformat()) for no, dept, name, course, day in TRAINING])


# --- 2. Shelter stock: vertically merged 地区, 小計 and 合計 rows, footnotes ----------------------

SHELTERS = [
    ("北地区", [("北小学校 体育館", 320, 350, 960),
               ("北部公民館", 80, 90, 240),
               ("旭台コミュニティセンター", 60, 70, 180)]),
    ("中央地区", [("中央中学校 体育館", 400, 420, 1200),
                ("市民会館", 150, 160, 450),
                ("本町集会所", 40, 45, 120),
                ("緑が丘小学校 体育館", 300, 320, 900)]),
    ("南地区", [("南小学校 体育館", 280, 300, 840),
               ("浜町公民館", 70, 80, 210)]),
]


def shelters():
    wb, ws = new_book("備蓄状況")
    for letter, width in zip("ABCDE", (10, 26, 10, 10, 12)):
        ws.column_dimensions[letter].width = width
    title(ws, "地区別　避難所の備蓄状況（令和6年4月1日現在）", 5)
    header = ["地区", "避難所名", "収容人数", "毛布（枚）", "飲料水（本）"]
    for c, text in enumerate(header, start=1):
        ws.cell(row=3, column=c, value=text).alignment = CENTER
    boxed(ws, [3], range(1, 6), fill=HEAD_FILL, bold=True)
    r = 4
    grand = [0, 0, 0]
    target = []
    for district, rows in SHELTERS:
        first = r
        sub = [0, 0, 0]
        for name, people, blankets, water in rows:
            ws.cell(row=r, column=2, value=name)
            for k, v in enumerate((people, blankets, water)):
                ws.cell(row=r, column=3 + k, value=v).number_format = "#,##0"
                sub[k] += v
            boxed(ws, [r], range(1, 6))
            target.append((district, name, people, blankets, water))
            r += 1
        ws.cell(row=r, column=2, value="小計").alignment = Alignment(horizontal="center")
        for k, v in enumerate(sub):
            ws.cell(row=r, column=3 + k, value=v).number_format = "#,##0"
            grand[k] += v
        boxed(ws, [r], range(2, 6), fill=SUB_FILL)
        # 地区 is one merged cell beside its shelters and its 小計 row.
        ws.cell(row=first, column=1, value=district).alignment = CENTER
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        boxed(ws, range(first, r + 1), [1])
        r += 1
    ws.cell(row=r, column=1, value="合計").alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k, v in enumerate(grand):
        ws.cell(row=r, column=3 + k, value=v).number_format = "#,##0"
    boxed(ws, [r], range(1, 6), fill=SUB_FILL, bold=True)
    r += 2  # one blank row before the notes
    for note in ("※収容人数は、1人あたり2平方メートルとして計算しています。",
                 "※飲料水は、500ミリリットル入りの本数です。"):
        ws.cell(row=r, column=1, value=note)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    save(wb, "shelters-start.xlsx")
    write_csv("shelters-target.csv", header, target)


# --- 3. Consultations: a two-row header with a vertically merged 地区 --------------------------

CONSULT = [
    ("北地区", 42, 18, 6),
    ("中央地区", 65, 31, 9),
    ("南地区", 37, 15, 11),
    ("東地区", 28, 12, 4),
    ("西地区", 33, 20, 7),
]


def consultations():
    wb, ws = new_book("相談件数")
    for letter, width in zip("ABCD", (12, 9, 9, 9)):
        ws.column_dimensions[letter].width = width
    title(ws, "令和6年度　地区別　子育て相談件数", 4)
    ws.cell(row=2, column=4, value="単位：件").alignment = Alignment(horizontal="right")
    ws.cell(row=3, column=1, value="地区").alignment = CENTER
    ws.merge_cells("A3:A4")
    ws.cell(row=3, column=2, value="相談件数").alignment = CENTER
    ws.merge_cells("B3:D3")
    for c, text in ((2, "電話"), (3, "来所"), (4, "訪問")):
        ws.cell(row=4, column=c, value=text).alignment = CENTER
    boxed(ws, [3, 4], range(1, 5), fill=HEAD_FILL, bold=True)
    r = 5
    totals = [0, 0, 0]
    for district, *counts in CONSULT:
        ws.cell(row=r, column=1, value=district)
        for k, v in enumerate(counts):
            ws.cell(row=r, column=2 + k, value=v)
            totals[k] += v
        boxed(ws, [r], range(1, 5))
        r += 1
    ws.cell(row=r, column=1, value="合計").alignment = Alignment(horizontal="center")
    for k, v in enumerate(totals):
        ws.cell(row=r, column=2 + k, value=v)
    boxed(ws, [r], range(1, 5), fill=SUB_FILL, bold=True)
    r += 2
    for note in ("※訪問には、保健師による家庭訪問を含みます。",
                 "※同じ方が2回相談した場合は、2件と数えています。"):
        ws.cell(row=r, column=1, value=note)
        r += 1
    save(wb, "consult-start.xlsx")
    write_csv("consult-target.csv", ["地区", "電話相談件数", "来所相談件数", "訪問相談件数"], CONSULT)


# --- 4. Certificates by month: one column per month, a 年間計 column and a 合計 row ------------

MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
CERTS = [
    ("本庁舎", [1820, 1650, 1540, 1490, 1380, 1420, 1510, 1460, 1390, 1600, 1530, 1980]),
    ("北支所", [410, 380, 350, 340, 300, 320, 360, 330, 310, 370, 350, 460]),
    ("南支所", [290, 270, 240, 230, 210, 220, 250, 240, 220, 260, 250, 330]),
]


def certificates():
    wb, ws = new_book("交付件数")
    ws.column_dimensions["A"].width = 10
    title(ws, "令和6年度　窓口別・月別　証明書交付件数", 14)
    ws.cell(row=2, column=14, value="単位：件").alignment = Alignment(horizontal="right")
    for c, text in enumerate(["窓口"] + MONTHS + ["年間計"], start=1):
        ws.cell(row=3, column=c, value=text).alignment = CENTER
    boxed(ws, [3], range(1, 15), fill=HEAD_FILL, bold=True)
    r = 4
    totals = [0] * 12
    for window, counts in CERTS:
        ws.cell(row=r, column=1, value=window)
        for k, v in enumerate(counts):
            ws.cell(row=r, column=2 + k, value=v).number_format = "#,##0"
            totals[k] += v
        ws.cell(row=r, column=14, value=sum(counts)).number_format = "#,##0"
        boxed(ws, [r], range(1, 15))
        r += 1
    ws.cell(row=r, column=1, value="合計").alignment = Alignment(horizontal="center")
    for k, v in enumerate(totals):
        ws.cell(row=r, column=2 + k, value=v).number_format = "#,##0"
    ws.cell(row=r, column=14, value=sum(totals)).number_format = "#,##0"
    boxed(ws, [r], range(1, 15), fill=SUB_FILL, bold=True)
    r += 1
    ws.cell(row=r, column=1, value="※3月の件数は速報値です。")
    save(wb, "certificates-start.xlsx")
    rows = []
    for window, counts in CERTS:
        for month, v in zip(MONTHS, counts):
            rows.append((window, month, v))
    write_csv("certificates-target.csv", ["窓口", "月", "件数"], rows)


if __name__ == "__main__":
    os.makedirs(DATA, exist_ok=True)
    training()
    shelters()
    consultations()
    certificates()
