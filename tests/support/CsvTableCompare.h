#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Compares two CSV files the way tests/data/corpus/compare_tables.py does, so that the corpus's
// openpyxl references can judge Tenarai's readers and tenarai-cli's output: numbers by value
// (1 = 1.0), dates and date-times by ISO value (a time of 00:00:00 may be dropped), times and
// durations by value (09:05:00 = 9:05:00), TRUE/FALSE case-insensitively, strings exactly;
// trailing empty cells and rows are ignored. It parses CSV itself, independently of the code
// under test.
class CsvTableCompare
{
public:
    // Parses RFC 4180 CSV (UTF-8, an optional BOM, quoted fields with newlines and doubled quotes).
    static QList<QStringList> parse(const QByteArray &utf8);
    // Empty when equal; otherwise a description of the first differences.
    static QString differences(const QList<QStringList> &expected, const QList<QStringList> &actual);
};
