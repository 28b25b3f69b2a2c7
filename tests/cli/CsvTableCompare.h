#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Compares two CSV files the way tests/data/corpus/compare_tables.py does, so that the corpus's
// openpyxl references can judge tenarai-cli's output: numbers by value (1 = 1.0), dates and
// date-times by ISO value (a time of 00:00:00 may be dropped), TRUE/FALSE case-insensitively,
// strings exactly; trailing empty cells and rows are ignored.
class CsvTableCompare
{
public:
    // Parses RFC 4180 CSV (UTF-8, an optional BOM, quoted fields with newlines and doubled quotes).
    static QList<QStringList> parse(const QByteArray &utf8);
    // Empty when equal; otherwise a description of the first differences.
    static QString differences(const QList<QStringList> &expected, const QList<QStringList> &actual);
};
