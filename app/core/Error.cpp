#include "Error.h"

#include <QStringList>

namespace tenarai {

QString Error::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (!part.isEmpty())
        where << part;
    if (row >= 0 && column >= 0)
        where << QCoreApplication::translate("tenarai::Error", "row %1, column %2").arg(row + 1).arg(column + 1);
    else if (row >= 0)
        where << QCoreApplication::translate("tenarai::Error", "row %1").arg(row + 1);
    if (where.isEmpty())
        return message;
    return where.join(QStringLiteral(": ")) + QStringLiteral(": ") + message;
}

} // namespace tenarai
