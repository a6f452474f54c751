#include "transfer/spreadsheetcells.h"

namespace catalog::spreadsheet {

namespace {

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The position of the first character after the leading quotes, or -1 when there is none.
qsizetype afterQuotes(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() ? i : -1;
}

} // namespace

bool looksLikeFormula(const QString &cell)
{
    const qsizetype i = afterQuotes(cell);
    return i >= 0 && isTrigger(cell.at(i));
}

QString neutralised(const QString &cell)
{
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString restored(const QString &cell)
{
    return cell.startsWith(u'\'') && looksLikeFormula(cell) ? cell.mid(1) : cell;
}

} // namespace catalog::spreadsheet
