#pragma once

#include <QStringView>

namespace tenarai {

// Decides from an XLSX number format whether a cell's number is a date, a date-time, a time of
// day or a duration. XLSX stores all of these as serial numbers; only the format says which.
class XlsxNumberFormat
{
public:
    enum class Category : quint8 {
        Number,
        Date,      // date tokens only (y, m as month, d, Japanese era g/e)
        DateTime,  // date and time tokens
        Time,      // time tokens only (h, m as minute, s): a time of day
        Duration,  // elapsed time: [h], [m] or [s]
    };

    // The category of a built-in format id (0-163) as Excel shows it, including the CJK
    // built-ins 27-36 and 50-58 that Japanese Excel displays as dates (ggge"年"m"月"d"日" etc).
    static Category builtIn(int id);
    // The category of a format code such as yyyy/mm/dd or [h]:mm:ss. Only the first section
    // (before ';') decides, as in Excel.
    static Category classify(QStringView code);
};

} // namespace tenarai
