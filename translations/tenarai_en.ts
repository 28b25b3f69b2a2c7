<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::AddressSplitter</name>
    <message>
        <source>The address does not start with a prefecture or a municipality that Tenarai knows: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be %2; add the district (郡).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists in %2; add the prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality of %1 starts with &quot;%2&quot;; check the spelling, or the municipality list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CliApp</name>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai&apos;s command-line tools for lesson authors and IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for a command: help COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for a command&apos;s options and arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &apos;%2 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;help&quot; takes one command name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 See &apos;%3 help %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CommandLine</name>
    <message>
        <source>Tenarai: hands-on digital skills training, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bundled lessons from &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local progress in the SQLite &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this run: ja (Japanese) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or XLSX) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one file can be opened at start; %1 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ConvertCommand</name>
    <message>
        <source>The sheet to convert: its name, or its position counted from 0. CSV output takes the first worksheet by default; XLSX output takes every sheet unless this is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of CSV output: utf-8 (default, with a BOM so that Excel opens it correctly) or cp932 (Shift_JIS as Windows uses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write UTF-8 CSV without a BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of a CSV input: utf-8, cp932 or utf-16. By default it is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX output: do not style the first row as a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert an XLSX or CSV file to CSV or XLSX (chosen by the output file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] IN OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx. It is replaced if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one input file and one output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the output format from &quot;%1&quot;; use a .csv or .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding applies to CSV output only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output encoding &quot;%1&quot;; use utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown input encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CsvParser</name>
    <message>
        <source>The quote that opens a cell in row %1 is never closed; the rest of the file was read into that cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted cell that starts here is longer than %1 characters; perhaps its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more than %1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 non-empty cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter; use a comma, tab, semicolon or another ASCII character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid %1 text. Choose its encoding when opening it, or convert it to UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files can be written in UTF-8 or CP932 (Shift_JIS), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; (U+%2) cannot be written in CP932 (Shift_JIS). Save as UTF-8, or replace the character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::DateNormalizer</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era has no year %1; its first year is 元年.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a leap year, so February has no day 29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 明治6年 (1873), when Japan still used the lunisolar calendar; it cannot be converted exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 began on %2; %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended on %2; %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is not an Excel date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is beyond the last Excel date, 9999-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is a time of day or day 0 in Excel, not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel serial 60 is 1900-02-29, a day that exists only in Excel (its 1900 leap-year bug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day; this column takes dates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an era but no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The era year in &quot;%1&quot; has too many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year; write it with the year, such as 2021年4月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has six digits; it could be yymmdd or yyyymm, so it is not read as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year; write it with the year, such as 2021/4/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; in &quot;%2&quot; is ambiguous; write four digits (2021) or an era (R3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes the separators &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unexpected text after the date: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a leap year, so February has no day 29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is neither a yyyymmdd date nor an Excel date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time of day, not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Error</name>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FillDownStep</name>
    <message>
        <source>Fill down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::InfoCommand</name>
    <message>
        <source>Print JSON with stable English keys instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe an XLSX or CSV file: format, encoding, sheets, sizes and merged ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to describe: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot;, %3, %4, %5 rows x %6 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     merged ranges (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells per row (most common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with another cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  row %1: %n cell(s)</source>
        <translation>
            <numerusform>  row %1: %n cell</numerusform>
            <numerusform>  row %1: %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MainWindow</name>
    <message>
        <source>There is not enough memory for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data as CSV or as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or Excel file to look at its data.
You can also drop a file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tab for each sheet of the open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc); the open file stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a different number of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart sheet: it holds a chart and no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is hidden in the workbook; Excel does not show it until it is unhidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells of sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a chart sheet; it holds no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (1904 dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n merged range(s)</source>
        <translation>
            <numerusform>%n merged range</numerusform>
            <numerusform>%n merged ranges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n row(s) with a different number of cells</source>
        <translation>
            <numerusform>⚠ %n row with a different number of cells</numerusform>
            <numerusform>⚠ %n rows with a different number of cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1: %n cell(s)</source>
        <translation>
            <numerusform>row %1: %n cell</numerusform>
            <numerusform>row %1: %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most rows have %n cell(s). These do not:</source>
        <translation>
            <numerusform>Most rows have %n cell. These do not:</numerusform>
            <numerusform>Most rows have %n cells. These do not:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV UTF-8 (Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV Shift_JIS/CP932 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation for “%1” is not available; the interface stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the current task finishes, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a chart sheet and holds no cells; choose a worksheet tab to save as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-on digital skills training, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MunicipalityDirectory</name>
    <message>
        <source>The municipality list is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list must be a JSON object that maps each prefecture to its municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list must name between 1 and 47 prefectures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipalities of %1 must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list names no municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in municipality list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NumberNormalizer</name>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces between digits; it is not read as one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an approximate amount (%2); it is reported, not guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; means free of charge; it becomes 0 only when &quot;free counts as 0&quot; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range, not one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit grouping in &quot;%1&quot; is not in thousands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units in &quot;%1&quot; are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kanji numeral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fractional part; it is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PhoneNormalizer</name>
    <message>
        <source>The phone number contains &quot;%1&quot;, which is not part of a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s); Japanese numbers have 10 or 11.</source>
        <translation>
            <numerusform>The number has %n digit; Japanese numbers have 10 or 11.</numerusform>
            <numerusform>The number has %n digits; Japanese numbers have 10 or 11.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is not a valid phone number for its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not a valid Japanese phone number: no number in use in Japan starts with these digits or has this length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PostalCodeNormalizer</name>
    <message>
        <source>The postal code has more than 7 digits; Japanese postal codes have 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code contains &quot;%1&quot;; it should hold 7 digits and one hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The postal code has %n digit(s); Japanese postal codes have 7 (123-4567).</source>
        <translation>
            <numerusform>The postal code has %n digit; Japanese postal codes have 7 (123-4567).</numerusform>
            <numerusform>The postal code has %n digits; Japanese postal codes have 7 (123-4567).</numerusform>
        </translation>
    </message>
    <message>
        <source>The hyphen is in the wrong place; Japanese postal codes are written 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressReporter</name>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PromoteHeadersStep</name>
    <message numerus="yes">
        <source>The table has only %n row(s).</source>
        <translation>
            <numerusform>The table has only %n row.</numerusform>
            <numerusform>The table has only %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a row as column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“row” must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Recipe</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe was saved by a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“import” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“steps” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has no “type”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“parameters” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai recipe (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveBlankRowsStep</name>
    <message>
        <source>Remove blank rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveColumnsStep</name>
    <message>
        <source>Remove columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveTopRowsStep</name>
    <message>
        <source>Remove top rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“count” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::SheetSelector</name>
    <message>
        <source>There is no sheet named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; sheets are counted from 0 and this file has %n sheet(s).</source>
        <translation>
            <numerusform>There is no sheet %1; sheets are counted from 0 and this file has %n sheet.</numerusform>
            <numerusform>There is no sheet %1; sheets are counted from 0 and this file has %n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 (&quot;%2&quot;) is a chart sheet and holds no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no worksheet to convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Step</name>
    <message>
        <source>step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step “%1”, column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no column with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” must list at least one column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” must list column names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TableIO</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet %1 to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time or duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TrimStep</name>
    <message>
        <source>“collapse” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove spaces before and after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPackage</name>
    <message>
        <source>The workbook is password protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook. Save it as .xlsx in Excel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX file is damaged or incomplete: its ZIP directory cannot be read (was the file truncated while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an XLSX workbook (not a ZIP archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX workbook must be read from a seekable device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has more entries than the limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is encrypted with a ZIP password, which XLSX files never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part inflates to %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part cannot be found in the ZIP directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part cannot be opened: the archive is damaged (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part lists too many relationships.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPartDevice</name>
    <message>
        <source>The part cannot be inflated: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part inflates to more than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook inflates to more than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part inflates more than %1 times its compressed size, as a compression bomb does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is damaged: its checksum does not match (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxReader</name>
    <message>
        <source>The workbook part named by _rels/.rels is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say where its workbook is (_rels/.rels); xl/workbook.xml was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s list of parts (_rels/.rels) is damaged (%1); xl/workbook.xml was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP archive is not an XLSX workbook: it has no workbook part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is not a workbook: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists too many sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has too many cell formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than the limit of %1 shared strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s relationships are missing, so its sheets cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings part is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has no part in the archive (relationship &quot;%2&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of sheet &quot;%1&quot; is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxSheetParser</name>
    <message>
        <source>The sheet has a value in column %1, beyond the limit of %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value at %1 makes the sheet a grid of %2 rows by %3 columns; with the other sheets that is more than the limit of %4 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is not a worksheet: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has too many merged ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has the invalid number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell has the invalid reference &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has more than 16384 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell refers to shared string %1, but the table has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxWriter</name>
    <message>
        <source>The sheet has %1 rows; an Excel worksheet holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has %1 columns; an Excel worksheet holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged range %1 lies outside an Excel worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created in its folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written (error %1); is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than the 32,767 characters an Excel cell can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished file cannot be moved into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxXml</name>
    <message>
        <source>The XML has a tag or a text too large to read (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not encoded in UTF-8 (%1), which Excel always uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends too early (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part contains a document type declaration (DTD), which XLSX files never need; it is refused because it can hide entity-expansion attacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the limit of %1 characters per cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::workshop::FrameCodec</name>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection already sent an invalid message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 bytes long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
