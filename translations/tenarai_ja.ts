<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot save the picture %1.</source>
        <translation>画像「%1」を保存できません。</translation>
    </message>
</context>
<context>
    <name>tenarai::AddressSplitter</name>
    <message>
        <source>The address does not start with a prefecture or a municipality that Tenarai knows: "%1".</source>
        <translation>住所の先頭が、Tenaraiに登録されている都道府県名・市区町村名のどれにも当てはまりません:「%1」</translation>
    </message>
    <message>
        <source>%1 could be %2; add the district (郡).</source>
        <translation>「%1」は%2のいずれかの可能性があります。郡名も書いてください。</translation>
    </message>
    <message>
        <source>%1 exists in %2; add the prefecture.</source>
        <translation>「%1」は%2にあります。都道府県名も書いてください。</translation>
    </message>
    <message>
        <source>No municipality of %1 starts with "%2"; check the spelling, or the municipality list may be out of date.</source>
        <translation>%1に「%2」で始まる市区町村はありません。表記を確認してください。市区町村の一覧が古い可能性もあります。</translation>
    </message>
</context>
<context>
    <name>tenarai::CliApp</name>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation>使い方: %1 COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <source>Tenarai's command-line tools for lesson authors and IT staff.</source>
        <translation>レッスン作成者と情報システム担当者のための、Tenaraiのコマンドラインツールです。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Show help for a command: help COMMAND</source>
        <translation>コマンドのヘルプを表示します: help COMMAND</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Run '%1 help COMMAND' or '%1 COMMAND --help' for a command's options and arguments.</source>
        <translation>各コマンドのオプションと引数は、'%1 help COMMAND' または '%1 COMMAND --help' で確認できます。</translation>
    </message>
    <message>
        <source>%1 See '%2 --help'.</source>
        <translation>%1詳しくは '%2 --help' を参照してください。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンドです。</translation>
    </message>
    <message>
        <source>"help" takes one command name.</source>
        <translation>help にはコマンド名を1つ指定してください。</translation>
    </message>
    <message>
        <source>"%1" is not a command.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>このコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>使い方: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 See '%3 help %1'.</source>
        <translation>%1: %2詳しくは '%3 help %1' を参照してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::CommandLine</name>
    <message>
        <source>Tenarai: hands-on digital skills training, offline.</source>
        <translation>Tenarai: オフラインで使える、実習形式のデジタルスキル研修</translation>
    </message>
    <message>
        <source>Read the bundled lessons from &lt;folder&gt;.</source>
        <translation>同梱のレッスンを&lt;folder&gt;から読み込みます。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Keep the local progress in the SQLite &lt;file&gt;.</source>
        <translation>このPCでの進捗をSQLiteの&lt;file&gt;に保存します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this run: ja (Japanese) or en (English).</source>
        <translation>今回の起動で使う&lt;language&gt;: ja（日本語）または en（英語）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>ウィンドウの画像を&lt;png&gt;に保存して終了します。</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or XLSX) to open.</source>
        <translation>開く表計算ファイル（CSVまたはXLSX）です。</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation>言語「%1」には対応していません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Only one file can be opened at start; %1 were given.</source>
        <translation>起動時に開けるファイルは1つだけですが、%1個指定されています。</translation>
    </message>
</context>
<context>
    <name>tenarai::ConvertCommand</name>
    <message>
        <source>The sheet to convert: its name, or its position counted from 0. CSV output takes the first worksheet by default; XLSX output takes every sheet unless this is given.</source>
        <translation>変換するシートを、名前または0から数えた位置で指定します。指定しない場合、CSV出力では最初のワークシートを、XLSX出力ではすべてのシートを変換します。</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>Encoding of CSV output: utf-8 (default, with a BOM so that Excel opens it correctly) or cp932 (Shift_JIS as Windows uses it).</source>
        <translation>CSV出力の文字コード: utf-8（既定。Excelで正しく開けるようにBOM付き）または cp932（Windowsで使われるShift_JIS）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>Write UTF-8 CSV without a BOM.</source>
        <translation>CSVをBOMなしのUTF-8で書き出します。</translation>
    </message>
    <message>
        <source>Encoding of a CSV input: utf-8, cp932 or utf-16. By default it is detected.</source>
        <translation>CSV入力の文字コード: utf-8、cp932 または utf-16。指定しない場合は自動で判定します。</translation>
    </message>
    <message>
        <source>XLSX output: do not style the first row as a header.</source>
        <translation>XLSX出力: 1行目を見出し行の書式にしません。</translation>
    </message>
    <message>
        <source>Convert an XLSX or CSV file to CSV or XLSX (chosen by the output file's extension).</source>
        <translation>XLSXファイルまたはCSVファイルを、CSVまたはXLSXに変換します（出力ファイルの拡張子で決まります）。</translation>
    </message>
    <message>
        <source>[options] IN OUT</source>
        <translation>[options] IN OUT</translation>
    </message>
    <message>
        <source>The file to read: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation>読み込むファイル: .xlsx、.xlsm、.csv、.tsv または .txt。</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx. It is replaced if it exists.</source>
        <translation>書き出すファイル: .csv または .xlsx。既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>Give exactly one input file and one output file.</source>
        <translation>入力ファイルと出力ファイルを1つずつ指定してください。</translation>
    </message>
    <message>
        <source>Cannot tell the output format from "%1"; use a .csv or .xlsx file name.</source>
        <translation>「%1」からは出力形式を判断できません。.csv または .xlsx のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>--encoding applies to CSV output only.</source>
        <translation>--encoding はCSV出力でだけ使えます。</translation>
    </message>
    <message>
        <source>Unknown output encoding "%1"; use utf-8 or cp932.</source>
        <translation>出力の文字コード「%1」には対応していません。utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown input encoding "%1"; use utf-8, cp932 or utf-16.</source>
        <translation>入力の文字コード「%1」には対応していません。utf-8、cp932 または utf-16 を指定してください。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>「%1」を書き込み中</translation>
    </message>
</context>
<context>
    <name>tenarai::CsvParser</name>
    <message>
        <source>The quote that opens a cell in row %1 is never closed; the rest of the file was read into that cell.</source>
        <translation>%1行目でセルを始める引用符（"）が閉じられていません。ファイルの残りをすべてそのセルに読み込みました。</translation>
    </message>
    <message>
        <source>The quoted cell that starts here is longer than %1 characters; perhaps its closing quote is missing.</source>
        <translation>ここから始まる引用符付きのセルが%1文字を超えています。閉じる引用符が抜けている可能性があります。</translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters.</source>
        <translation>%1文字を超えるセルがあります。</translation>
    </message>
    <message>
        <source>The row has more than %1 cells.</source>
        <translation>この行のセルが%1個を超えています。</translation>
    </message>
    <message>
        <source>The file has more than %1 non-empty cells.</source>
        <translation>ファイルの空でないセルが%1個を超えています。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>ファイルの行数が%1行を超えています。</translation>
    </message>
</context>
<context>
    <name>tenarai::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a delimiter; use a comma, tab, semicolon or another ASCII character.</source>
        <translation>「%1」は区切り文字に使えません。カンマ、タブ、セミコロンなどのASCII文字を使ってください。</translation>
    </message>
    <message>
        <source>The encoding "%1" is not known.</source>
        <translation>文字コード「%1」には対応していません。</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>ファイルが上限の%1を超えています。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid %1 text. Choose its encoding when opening it, or convert it to UTF-8.</source>
        <translation>ファイルに、%1の文字として正しくないバイトが含まれています。開くときに文字コードを選ぶか、ファイルをUTF-8に変換してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>CSV files can be written in UTF-8 or CP932 (Shift_JIS), not "%1".</source>
        <translation>CSVファイルはUTF-8またはCP932（Shift_JIS）で書き込めます。「%1」では書き込めません。</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a delimiter.</source>
        <translation>「%1」は区切り文字に使えません。</translation>
    </message>
    <message>
        <source>The character "%1" (U+%2) cannot be written in CP932 (Shift_JIS). Save as UTF-8, or replace the character.</source>
        <translation>文字「%1」（U+%2）はCP932（Shift_JIS）で書き込めません。UTF-8で保存するか、この文字を置き換えてください。</translation>
    </message>
    <message>
        <source>Column name %1: %2</source>
        <translation>%1列目の列名: %2</translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation>書き込みをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>tenarai::DateNormalizer</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>An era has no year %1; its first year is 元年.</source>
        <translation>元号に%1年はありません。最初の年は元年です。</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>%1月はありません。</translation>
    </message>
    <message>
        <source>%1 (%2) is not a leap year, so February has no day 29.</source>
        <translation>%1（%2年）はうるう年ではないため、2月29日はありません。</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>%1に%2日はありません。</translation>
    </message>
    <message>
        <source>%1 is before 明治6年 (1873), when Japan still used the lunisolar calendar; it cannot be converted exactly.</source>
        <translation>%1は、日本でまだ旧暦（太陰太陽暦）が使われていた明治6年（1873年）より前の日付のため、正確には変換できません。</translation>
    </message>
    <message>
        <source>%1 began on %2; %3 does not exist.</source>
        <translation>%1は%2に始まりました。%3は存在しません。</translation>
    </message>
    <message>
        <source>%1 ended on %2; %3 does not exist.</source>
        <translation>%1は%2に終わりました。%3は存在しません。</translation>
    </message>
    <message>
        <source>The number %1 is not an Excel date.</source>
        <translation>数値%1はExcelの日付ではありません。</translation>
    </message>
    <message>
        <source>The number %1 is beyond the last Excel date, 9999-12-31.</source>
        <translation>数値%1は、Excelで扱える最後の日付（9999-12-31）を超えています。</translation>
    </message>
    <message>
        <source>The number %1 is a time of day or day 0 in Excel, not a date.</source>
        <translation>数値%1はExcelでは時刻または0日目を表し、日付ではありません。</translation>
    </message>
    <message>
        <source>Excel serial 60 is 1900-02-29, a day that exists only in Excel (its 1900 leap-year bug).</source>
        <translation>Excelのシリアル値60は1900-02-29で、Excelにしか存在しない日付です（Excelの1900年うるう年の不具合）。</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>"%1" has a time of day; this column takes dates only.</source>
        <translation>「%1」には時刻が含まれています。この列に入れられるのは日付だけです。</translation>
    </message>
    <message>
        <source>"%1" has an era but no year.</source>
        <translation>「%1」には元号がありますが、年がありません。</translation>
    </message>
    <message>
        <source>The era year in "%1" has too many digits.</source>
        <translation>「%1」の元号の年の桁数が多すぎます。</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>"%1" has no year; write it with the year, such as 2021年4月1日.</source>
        <translation>「%1」には年がありません。2021年4月1日のように年も書いてください。</translation>
    </message>
    <message>
        <source>"%1" has six digits; it could be yymmdd or yyyymm, so it is not read as a date.</source>
        <translation>「%1」は6桁で、yymmdd（年月日）ともyyyymm（年月）とも読めるため、日付として読み取りません。</translation>
    </message>
    <message>
        <source>"%1" has no year; write it with the year, such as 2021/4/1.</source>
        <translation>「%1」には年がありません。2021/4/1のように年も書いてください。</translation>
    </message>
    <message>
        <source>The year "%1" in "%2" is ambiguous; write four digits (2021) or an era (R3).</source>
        <translation>「%2」の年「%1」があいまいです。4桁の西暦（2021）か和暦（R3）で書いてください。</translation>
    </message>
    <message>
        <source>"%1" has no month and day.</source>
        <translation>「%1」には月と日がありません。</translation>
    </message>
    <message>
        <source>"%1" has no day.</source>
        <translation>「%1」には日がありません。</translation>
    </message>
    <message>
        <source>"%1" mixes the separators "%2" and "%3".</source>
        <translation>「%1」では区切りの「%2」と「%3」が混在しています。</translation>
    </message>
    <message>
        <source>"%1" has unexpected text after the date: "%2".</source>
        <translation>「%1」の日付の後に、余分な文字「%2」があります。</translation>
    </message>
    <message>
        <source>The time "%1" is not valid.</source>
        <translation>時刻「%1」は正しくありません。</translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation>0年はありません。</translation>
    </message>
    <message>
        <source>%1 is not a leap year, so February has no day 29.</source>
        <translation>%1年はうるう年ではないため、2月29日はありません。</translation>
    </message>
    <message>
        <source>%1 is a %2, not %3.</source>
        <translation>%1は%2です（「%3」ではありません）。</translation>
    </message>
    <message>
        <source>The number %1 is neither a yyyymmdd date nor an Excel date.</source>
        <translation>数値%1は、yyyymmdd形式の日付でもExcelの日付でもありません。</translation>
    </message>
    <message>
        <source>"%1" is a time of day, not a date.</source>
        <translation>「%1」は時刻で、日付ではありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::Error</name>
    <message>
        <source>row %1, column %2</source>
        <translation>%1行目、%2列目</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
</context>
<context>
    <name>tenarai::FillDownStep</name>
    <message>
        <source>Fill down</source>
        <translation>空欄を上の値で埋める</translation>
    </message>
</context>
<context>
    <name>tenarai::InfoCommand</name>
    <message>
        <source>Print JSON with stable English keys instead of text.</source>
        <translation>テキストの代わりに、変わらない英語のキーを持つJSONを出力します。</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>very hidden</source>
        <translation>完全に非表示</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Describe an XLSX or CSV file: format, encoding, sheets, sizes and merged ranges.</source>
        <translation>XLSXファイルまたはCSVファイルについて、形式、文字コード、シート、大きさ、結合セルを表示します。</translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation>[options] FILE</translation>
    </message>
    <message>
        <source>The file to describe: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation>調べるファイル: .xlsx、.xlsm、.csv、.tsv または .txt。</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>ファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Date system</source>
        <translation>日付システム</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>chart sheet</source>
        <translation>グラフシート</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>  %1: "%2", %3, %4, %5 rows x %6 columns</source>
        <translation>  %1: 「%2」、%3、%4、%5行 × %6列</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>, ほか%1個</translation>
    </message>
    <message>
        <source>     merged ranges (%1): %2</source>
        <translation>     結合セル（%1個）: %2</translation>
    </message>
    <message>
        <source>Cells per row (most common)</source>
        <translation>1行あたりのセル数（最も多いもの）</translation>
    </message>
    <message>
        <source>Rows with another cell count</source>
        <translation>セル数が異なる行</translation>
    </message>
    <message numerus="yes">
        <source>  row %1: %n cell(s)</source>
        <translation>
            <numerusform>  %1行目: セル%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 more</source>
        <translation>  ほか%1行</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
</context>
<context>
    <name>tenarai::MainWindow</name>
    <message>
        <source>There is not enough memory for this file.</source>
        <translation>このファイルを扱うにはメモリが足りません。</translation>
    </message>
    <message>
        <source>Unexpected internal error: %1</source>
        <translation>予期しない内部エラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Unexpected internal error.</source>
        <translation>予期しない内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file</source>
        <translation>CSVファイルまたはExcelファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the data as CSV or as an Excel workbook</source>
        <translation>データをCSVまたはExcelブックとして保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tenarai</source>
        <translation>Tenarai について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file to look at its data.
You can also drop a file onto this window.</source>
        <translation>CSVファイルまたはExcelファイルを開くと、中のデータを確認できます。
このウィンドウにファイルをドロップしても開けます。</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>One tab for each sheet of the open file</source>
        <translation>開いているファイルのシートごとのタブ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Stop (Esc); the open file stays as it is</source>
        <translation>処理を中止します（Esc）。開いているファイルはそのままです。</translation>
    </message>
    <message>
        <source>Size of the sheet</source>
        <translation>シートの大きさ</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Merged cells</source>
        <translation>結合セル</translation>
    </message>
    <message>
        <source>Rows with a different number of cells</source>
        <translation>セル数が異なる行</translation>
    </message>
    <message>
        <source>Warnings about the file</source>
        <translation>ファイルについての警告</translation>
    </message>
    <message>
        <source>Tenarai</source>
        <translation>Tenarai</translation>
    </message>
    <message>
        <source>%1 — Tenarai</source>
        <translation>%1 — Tenarai</translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <translation>%1（グラフ）</translation>
    </message>
    <message>
        <source>A chart sheet: it holds a chart and no cells.</source>
        <translation>グラフシートです。グラフだけがあり、セルはありません。</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（非表示）</translation>
    </message>
    <message>
        <source>This sheet is hidden in the workbook; Excel does not show it until it is unhidden.</source>
        <translation>このシートはブック内で非表示になっています。再表示するまでExcelには表示されません。</translation>
    </message>
    <message>
        <source>Cells of sheet %1</source>
        <translation>シート「%1」のセル</translation>
    </message>
    <message>
        <source>This is a chart sheet; it holds no cells.</source>
        <translation>これはグラフシートで、セルはありません。</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation>%1行 × %2列</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>タブ区切り</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>セミコロン区切り</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>「%1」区切り</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV、%1</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation>CSV、%1、%2</translation>
    </message>
    <message>
        <source>Excel workbook (1904 dates)</source>
        <translation>Excelブック（1904年日付システム）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excelブック</translation>
    </message>
    <message numerus="yes">
        <source>%n merged range(s)</source>
        <translation>
            <numerusform>結合セル: %nか所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n row(s) with a different number of cells</source>
        <translation>
            <numerusform>⚠ セル数が異なる行: %n行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1: %n cell(s)</source>
        <translation>
            <numerusform>%1行目: セル%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most rows have %n cell(s). These do not:</source>
        <translation>
            <numerusform>ほとんどの行はセルが%n個ですが、次の行は違います:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ 警告: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation>表計算ファイル (*.csv *.tsv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>CSV UTF-8 (Excel) (*.csv)</source>
        <translation>CSV UTF-8（Excel向け）(*.csv)</translation>
    </message>
    <message>
        <source>CSV Shift_JIS/CP932 (*.csv)</source>
        <translation>CSV Shift_JIS/CP932 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 (exported)</source>
        <translation>%1（エクスポート）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>The translation for “%1” is not available; the interface stays in %2.</source>
        <translation>「%1」の翻訳がありません。表示は%2のままです。</translation>
    </message>
    <message>
        <source>Please wait until the current task finishes, or cancel it.</source>
        <translation>実行中の処理が終わるまでお待ちいただくか、処理をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>「%1」を開いています…</translation>
    </message>
    <message>
        <source>“%1” is a chart sheet and holds no cells; choose a worksheet tab to save as CSV.</source>
        <translation>「%1」はグラフシートで、セルがありません。CSVとして保存するには、ワークシートのタブを選んでください。</translation>
    </message>
    <message>
        <source>Could not export to “%1”.</source>
        <translation>「%1」にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>「%1」にエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>「%1」を開いています</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>「%1」にエクスポートしています</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みをキャンセルしました</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>「%1」を開きました</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>エクスポートをキャンセルしました</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>「%1」にエクスポートしました</translation>
    </message>
    <message>
        <source>Tenarai %1</source>
        <translation>Tenarai %1</translation>
    </message>
    <message>
        <source>Hands-on digital skills training, offline.</source>
        <translation>オフラインで使える、実習形式のデジタルスキル研修</translation>
    </message>
    <message>
        <source>Lessons folder:</source>
        <translation>レッスンフォルダー:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Progress database:</source>
        <translation>進捗データベース:</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>まだ作成されていません</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Qt %1でビルドされ、Qt %2で動作しています。</translation>
    </message>
    <message>
        <source>About Tenarai</source>
        <translation>Tenarai について</translation>
    </message>
</context>
<context>
    <name>tenarai::MunicipalityDirectory</name>
    <message>
        <source>The municipality list is not valid JSON (%1 at byte %2).</source>
        <translation>市区町村の一覧が正しいJSONではありません（%2バイト目: %1）。</translation>
    </message>
    <message>
        <source>The municipality list must be a JSON object that maps each prefecture to its municipalities.</source>
        <translation>市区町村の一覧は、都道府県ごとにその市区町村を並べたJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The municipality list must name between 1 and 47 prefectures.</source>
        <translation>市区町村の一覧には、1～47の都道府県を記載してください。</translation>
    </message>
    <message>
        <source>"%1" is not the name of a prefecture.</source>
        <translation>「%1」は都道府県名ではありません。</translation>
    </message>
    <message>
        <source>The municipalities of %1 must be a list of names.</source>
        <translation>%1の市区町村は、名前のリストにしてください。</translation>
    </message>
    <message>
        <source>The municipality list names no municipality.</source>
        <translation>市区町村の一覧に市区町村が1つもありません。</translation>
    </message>
    <message>
        <source>The municipality list cannot be opened: %1</source>
        <translation>市区町村の一覧を開けません: %1</translation>
    </message>
    <message>
        <source>The municipality list is larger than %1 MB.</source>
        <translation>市区町村の一覧が%1 MBを超えています。</translation>
    </message>
    <message>
        <source>The built-in municipality list is missing.</source>
        <translation>内蔵の市区町村一覧が見つかりません。</translation>
    </message>
</context>
<context>
    <name>tenarai::NumberNormalizer</name>
    <message>
        <source>The value is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>"%1" has spaces between digits; it is not read as one amount.</source>
        <translation>「%1」は数字の間に空白があるため、1つの金額としては読み取りません。</translation>
    </message>
    <message>
        <source>"%1" is an approximate amount (%2); it is reported, not guessed.</source>
        <translation>「%1」はおおよその金額（%2）です。推測で数値にせず、ここで知らせます。</translation>
    </message>
    <message>
        <source>"%1" means free of charge; it becomes 0 only when "free counts as 0" is on.</source>
        <translation>「%1」は無料を表します。0になるのは「無料を0とする」がオンのときだけです。</translation>
    </message>
    <message>
        <source>"%1" is a range, not one amount.</source>
        <translation>「%1」は範囲で、1つの金額ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>「%1」は金額ではありません。</translation>
    </message>
    <message>
        <source>The digit grouping in "%1" is not in thousands.</source>
        <translation>「%1」の桁区切りが3桁ごとになっていません。</translation>
    </message>
    <message>
        <source>The units in "%1" are out of order.</source>
        <translation>「%1」の単位（万・千など）の順序が正しくありません。</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>「%1」は大きすぎます。</translation>
    </message>
    <message>
        <source>"%1" is not a kanji numeral.</source>
        <translation>「%1」は漢数字ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>"%1" has a fractional part; it is not a whole number.</source>
        <translation>「%1」には小数部分があり、整数ではありません。</translation>
    </message>
    <message>
        <source>"%1" is too large for a whole number.</source>
        <translation>「%1」は整数として扱うには大きすぎます。</translation>
    </message>
</context>
<context>
    <name>tenarai::PhoneNormalizer</name>
    <message>
        <source>The phone number contains "%1", which is not part of a phone number.</source>
        <translation>電話番号に、電話番号には使わない「%1」が含まれています。</translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation>電話番号に数字がありません。</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s); Japanese numbers have 10 or 11.</source>
        <translation>
            <numerusform>番号が%n桁です。日本の電話番号は10桁または11桁です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is not a valid phone number for its country code.</source>
        <translation>国番号に対して正しい電話番号ではありません。</translation>
    </message>
    <message>
        <source>The number is not a valid Japanese phone number: no number in use in Japan starts with these digits or has this length.</source>
        <translation>日本の電話番号として正しくありません。日本で使われている番号に、この数字で始まるもの、またはこの桁数のものはありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::PostalCodeNormalizer</name>
    <message>
        <source>The postal code has more than 7 digits; Japanese postal codes have 7.</source>
        <translation>郵便番号が7桁を超えています。日本の郵便番号は7桁です。</translation>
    </message>
    <message>
        <source>The postal code contains "%1"; it should hold 7 digits and one hyphen.</source>
        <translation>郵便番号に「%1」が含まれています。郵便番号は7桁の数字とハイフン1つで書きます。</translation>
    </message>
    <message numerus="yes">
        <source>The postal code has %n digit(s); Japanese postal codes have 7 (123-4567).</source>
        <translation>
            <numerusform>郵便番号が%n桁です。日本の郵便番号は7桁です（123-4567）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hyphen is in the wrong place; Japanese postal codes are written 123-4567.</source>
        <translation>ハイフンの位置が違います。日本の郵便番号は123-4567の形で書きます。</translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressReporter</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tenarai::PromoteHeadersStep</name>
    <message numerus="yes">
        <source>The table has only %n row(s).</source>
        <translation>
            <numerusform>表には%n行しかありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column%1</source>
        <translation>列%1</translation>
    </message>
    <message>
        <source>Use a row as column names</source>
        <translation>行を列名として使う</translation>
    </message>
    <message>
        <source>“row” must be a whole number, 0 or more.</source>
        <translation>“row”は0以上の整数にしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::Recipe</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The recipe is not valid JSON: %1.</source>
        <translation>レシピが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The recipe must be a JSON object.</source>
        <translation>レシピはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>This recipe was saved by a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation>このレシピは新しいバージョンのTenaraiで保存されています（形式%1）。このバージョンで読めるのは形式%2以前です。使うにはTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>“import” must be an object.</source>
        <translation>“import”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“steps” must be a list.</source>
        <translation>“steps”はリストにしてください。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ%1</translation>
    </message>
    <message>
        <source>A step must be a JSON object.</source>
        <translation>ステップはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The step has no “type”.</source>
        <translation>ステップに“type”がありません。</translation>
    </message>
    <message>
        <source>Unknown step type “%1”.</source>
        <translation>ステップの種類“%1”には対応していません。</translation>
    </message>
    <message>
        <source>“parameters” must be an object.</source>
        <translation>“parameters”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The recipe cannot be opened: %1</source>
        <translation>レシピを開けません: %1</translation>
    </message>
    <message>
        <source>The recipe is larger than %1 MiB.</source>
        <translation>レシピが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>The recipe cannot be saved: %1</source>
        <translation>レシピを保存できません: %1</translation>
    </message>
    <message>
        <source>This is not a Tenarai recipe (“format” must be “%1”).</source>
        <translation>Tenaraiのレシピではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveBlankRowsStep</name>
    <message>
        <source>Remove blank rows</source>
        <translation>空白行を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveColumnsStep</name>
    <message>
        <source>Remove columns</source>
        <translation>列を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveTopRowsStep</name>
    <message>
        <source>Remove top rows</source>
        <translation>先頭の行を削除</translation>
    </message>
    <message>
        <source>“count” must be a whole number, 1 or more.</source>
        <translation>“count”は1以上の整数にしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::SheetSelector</name>
    <message>
        <source>There is no sheet named "%1".</source>
        <translation>「%1」という名前のシートはありません。</translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; sheets are counted from 0 and this file has %n sheet(s).</source>
        <translation>
            <numerusform>シート%1はありません。シートは0から数えます。このファイルのシートは%n個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 ("%2") is a chart sheet and holds no cells.</source>
        <translation>シート%1（「%2」）はグラフシートで、セルがありません。</translation>
    </message>
    <message>
        <source>The file has no worksheet to convert.</source>
        <translation>ファイルに変換できるワークシートがありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::Step</name>
    <message>
        <source>step “%1”</source>
        <translation>ステップ「%1」</translation>
    </message>
    <message>
        <source>step “%1”, column “%2”</source>
        <translation>ステップ「%1」、列「%2」</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The table has no column with this name.</source>
        <translation>表にこの名前の列がありません。</translation>
    </message>
    <message>
        <source>“columns” must list at least one column name.</source>
        <translation>“columns”には列名を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>“columns” must list column names.</source>
        <translation>“columns”には列名を並べてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::TableIO</name>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルがありません。</translation>
    </message>
    <message>
        <source>There is no sheet %1 to write.</source>
        <translation>書き込むシート%1がありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::TableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1列: %2</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>論理値（TRUE/FALSE）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <source>Time or duration</source>
        <translation>時刻または時間</translation>
    </message>
    <message>
        <source>Spreadsheet error</source>
        <translation>エラー値</translation>
    </message>
</context>
<context>
    <name>tenarai::TrimStep</name>
    <message>
        <source>“collapse” must be true or false.</source>
        <translation>“collapse”はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>Remove spaces before and after</source>
        <translation>前後の空白を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPackage</name>
    <message>
        <source>The workbook is password protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>このブックはパスワードで保護されています。Excelで開いてパスワードを解除し（[ファイル] &gt; [情報] &gt; [ブックの保護]）、保存し直してください。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook. Save it as .xlsx in Excel first.</source>
        <translation>これはXLSX形式のブックではなく、Excel 97-2003ブック（.xls）などのOLEファイルです。先にExcelで.xlsx形式で保存してください。</translation>
    </message>
    <message>
        <source>The XLSX file is damaged or incomplete: its ZIP directory cannot be read (was the file truncated while copying?).</source>
        <translation>XLSXファイルが壊れているか、不完全です。ZIPのディレクトリを読み取れません（コピーの途中でファイルが切れた可能性があります）。</translation>
    </message>
    <message>
        <source>This is not an XLSX workbook (not a ZIP archive).</source>
        <translation>XLSX形式のブックではありません（ZIPアーカイブではありません）。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes.</source>
        <translation>ファイルが上限の%1バイトを超えています。</translation>
    </message>
    <message>
        <source>An XLSX workbook must be read from a seekable device.</source>
        <translation>XLSXブックはシーク可能なデバイスから読み込む必要があります。</translation>
    </message>
    <message>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation>アーカイブに%1個のエントリがあり、上限の%2個を超えています。</translation>
    </message>
    <message>
        <source>The archive has more entries than the limit of %1.</source>
        <translation>アーカイブのエントリ数が上限の%1個を超えています。</translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable.</source>
        <translation>XLSXファイルが壊れています。ZIPのディレクトリを読み取れません。</translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable (error %1).</source>
        <translation>XLSXファイルが壊れています。ZIPのディレクトリを読み取れません（エラー %1）。</translation>
    </message>
    <message>
        <source>The part is missing from the archive.</source>
        <translation>このパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>The part is encrypted with a ZIP password, which XLSX files never use.</source>
        <translation>このパーツはZIPのパスワードで暗号化されています。XLSXファイルでこの暗号化が使われることはありません。</translation>
    </message>
    <message>
        <source>The part inflates to %1 bytes, more than the limit of %2.</source>
        <translation>このパーツは展開すると%1バイトになり、上限の%2バイトを超えます。</translation>
    </message>
    <message>
        <source>The part cannot be found in the ZIP directory.</source>
        <translation>このパーツがZIPのディレクトリに見つかりません。</translation>
    </message>
    <message>
        <source>The part cannot be opened: the archive is damaged (error %1).</source>
        <translation>このパーツを開けません。アーカイブが壊れています（エラー %1）。</translation>
    </message>
    <message>
        <source>The part lists too many relationships.</source>
        <translation>このパーツのリレーションシップが多すぎます。</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPartDevice</name>
    <message>
        <source>The part cannot be inflated: the archive is damaged.</source>
        <translation>このパーツを展開できません。アーカイブが壊れています。</translation>
    </message>
    <message>
        <source>The part inflates to more than the limit of %1 bytes.</source>
        <translation>このパーツは展開すると上限の%1バイトを超えます。</translation>
    </message>
    <message>
        <source>The workbook inflates to more than the limit of %1 bytes.</source>
        <translation>ブックは展開すると上限の%1バイトを超えます。</translation>
    </message>
    <message>
        <source>The part inflates more than %1 times its compressed size, as a compression bomb does.</source>
        <translation>このパーツは展開すると圧縮時の%1倍を超える大きさになります。これは圧縮爆弾（ZIP爆弾）の特徴です。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The part is damaged: its checksum does not match (error %1).</source>
        <translation>このパーツは壊れています。チェックサムが一致しません（エラー %1）。</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxReader</name>
    <message>
        <source>The workbook part named by _rels/.rels is missing from the archive.</source>
        <translation>_rels/.rels が指しているブックのパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>The file does not say where its workbook is (_rels/.rels); xl/workbook.xml was read.</source>
        <translation>ファイルにブックの場所の記載（_rels/.rels）がないため、xl/workbook.xml を読み込みました。</translation>
    </message>
    <message>
        <source>The file's list of parts (_rels/.rels) is damaged (%1); xl/workbook.xml was read.</source>
        <translation>ファイルのパーツ一覧（_rels/.rels）が壊れているため（%1）、xl/workbook.xml を読み込みました。</translation>
    </message>
    <message>
        <source>This ZIP archive is not an XLSX workbook: it has no workbook part.</source>
        <translation>このZIPアーカイブはXLSX形式のブックではありません。ブックのパーツがありません。</translation>
    </message>
    <message>
        <source>The part is not a workbook: its root element is &lt;%1&gt;.</source>
        <translation>このパーツはブックではありません（ルート要素が &lt;%1&gt; です）。</translation>
    </message>
    <message>
        <source>The workbook lists too many sheets.</source>
        <translation>ブックのシートが多すぎます。</translation>
    </message>
    <message>
        <source>The part is empty.</source>
        <translation>このパーツは空です。</translation>
    </message>
    <message>
        <source>The workbook has too many cell formats.</source>
        <translation>ブックのセルの書式が多すぎます。</translation>
    </message>
    <message>
        <source>The workbook has more than the limit of %1 shared strings.</source>
        <translation>ブックの共有文字列が上限の%1個を超えています。</translation>
    </message>
    <message>
        <source>The workbook's relationships are missing, so its sheets cannot be found.</source>
        <translation>ブックのリレーションシップがないため、シートが見つかりません。</translation>
    </message>
    <message>
        <source>The shared strings part is missing from the archive.</source>
        <translation>共有文字列のパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>The sheet "%1" has no part in the archive (relationship "%2" is missing).</source>
        <translation>シート「%1」のパーツがアーカイブにありません（リレーションシップ「%2」がありません）。</translation>
    </message>
    <message>
        <source>The part of sheet "%1" is missing from the archive.</source>
        <translation>シート「%1」のパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxSheetParser</name>
    <message>
        <source>The sheet has a value in column %1, beyond the limit of %2 columns.</source>
        <translation>シートの%1列目に値があり、上限の%2列を超えています。</translation>
    </message>
    <message>
        <source>A value at %1 makes the sheet a grid of %2 rows by %3 columns; with the other sheets that is more than the limit of %4 cells.</source>
        <translation>セル%1の値によってシートが%2行 × %3列の大きさになり、ほかのシートと合わせると上限の%4セルを超えます。</translation>
    </message>
    <message>
        <source>The part is not a worksheet: its root element is &lt;%1&gt;.</source>
        <translation>このパーツはワークシートではありません（ルート要素が &lt;%1&gt; です）。</translation>
    </message>
    <message>
        <source>The sheet has too many merged ranges.</source>
        <translation>シートの結合セルが多すぎます。</translation>
    </message>
    <message>
        <source>A row has the invalid number "%1".</source>
        <translation>行番号「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>シートの行数が%1行を超えています。</translation>
    </message>
    <message>
        <source>A cell has the invalid reference "%1".</source>
        <translation>セル参照「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>A row has more than 16384 cells.</source>
        <translation>1つの行のセルが16384個を超えています。</translation>
    </message>
    <message>
        <source>The cell refers to shared string %1, but the table has %2.</source>
        <translation>セルが共有文字列の%1番を参照していますが、共有文字列は%2個しかありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxWriter</name>
    <message>
        <source>The sheet has %1 rows; an Excel worksheet holds at most %2.</source>
        <translation>シートが%1行あります。Excelのワークシートに入るのは最大%2行です。</translation>
    </message>
    <message>
        <source>The sheet has %1 columns; an Excel worksheet holds at most %2.</source>
        <translation>シートが%1列あります。Excelのワークシートに入るのは最大%2列です。</translation>
    </message>
    <message>
        <source>The merged range %1 lies outside an Excel worksheet.</source>
        <translation>結合セル%1が、Excelのワークシートの範囲外にあります。</translation>
    </message>
    <message>
        <source>The file cannot be created in its folder: %1</source>
        <translation>保存先のフォルダーにファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>The file cannot be created (error %1).</source>
        <translation>ファイルを作成できません（エラー %1）。</translation>
    </message>
    <message>
        <source>The file cannot be written (error %1); is the disk full?</source>
        <translation>ファイルに書き込めません（エラー %1）。ディスクの空き容量が足りない可能性があります。</translation>
    </message>
    <message>
        <source>The text is longer than the 32,767 characters an Excel cell can hold.</source>
        <translation>文字列が、Excelのセルに入る上限の32,767文字を超えています。</translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation>書き込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The finished file cannot be moved into place: %1</source>
        <translation>書き終えたファイルを保存先に移動できません: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxXml</name>
    <message>
        <source>The XML has a tag or a text too large to read (line %1, column %2).</source>
        <translation>XMLに、大きすぎて読み込めないタグまたはテキストがあります（%1行目、%2文字目）。</translation>
    </message>
    <message>
        <source>The XML is not encoded in UTF-8 (%1), which Excel always uses.</source>
        <translation>XMLがUTF-8で書かれていません（%1）。ExcelはいつもUTF-8を使います。</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1, column %2).</source>
        <translation>XMLが途中で終わっています（%1行目、%2文字目）。</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>XMLの%1行目、%2文字目に誤りがあります: %3</translation>
    </message>
    <message>
        <source>The part contains a document type declaration (DTD), which XLSX files never need; it is refused because it can hide entity-expansion attacks.</source>
        <translation>このパーツには文書型宣言（DTD）が含まれています。XLSXファイルにDTDは不要で、エンティティ展開攻撃を隠せるため、読み込みを拒否しました。</translation>
    </message>
    <message>
        <source>A text is longer than the limit of %1 characters per cell.</source>
        <translation>セル1つあたりの上限の%1文字を超える文字列があります。</translation>
    </message>
</context>
<context>
    <name>tenarai::workshop::FrameCodec</name>
    <message>
        <source>message %1</source>
        <translation>メッセージ%1</translation>
    </message>
    <message>
        <source>The connection already sent an invalid message.</source>
        <translation>この接続からは既に不正なメッセージが送られています。</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; at most %2 are allowed.</source>
        <translation>メッセージが%1バイトあります。許容されるのは最大%2バイトです。</translation>
    </message>
    <message>
        <source>The message is not valid JSON (%1 at byte %2).</source>
        <translation>メッセージが正しいJSONではありません（%2バイト目: %1）。</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>メッセージがJSONオブジェクトではありません。</translation>
    </message>
</context>
</TS>