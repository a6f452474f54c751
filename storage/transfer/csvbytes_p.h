#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace catalog::csvbytes {

// The export's CSV written as bytes, without a QString per cell. The rules are those of
// PostgreSQL's COPY ... (FORMAT csv), so both engines write the same bytes for the same values: a
// cell is quoted when it holds a comma, a quote or a line break, an empty string is written as ""
// and NULL as nothing (the importer reads both as NULL). Rows end in CR LF.
//
// Spreadsheet protection (spreadsheetcells.h) works on UTF-8 bytes here: the characters it looks at
// (' = + - @ TAB CR) are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII, so the result
// is that of spreadsheet::neutralised() on the decoded text.

// True when spreadsheet::neutralised() would put a quote in front of `cell`.
inline bool looksLikeFormula(QByteArrayView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == '\'')
        ++i;
    if (i == cell.size())
        return false;
    const char c = cell[i];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// Appends one non-NULL cell (no delimiter; a NULL is written as nothing, so the caller skips it);
// `neutralise` applies the spreadsheet protection.
void appendCell(QByteArray &out, QByteArrayView cell, bool neutralise);
// Appends a decimal with two fraction digits ("12.50") from a value stored as a double (SQLite's
// REAL), rounded to hundredths like Decimal2::fromVariant().
void appendHundredths(QByteArray &out, double value);
// Appends one row as PostgreSQL's COPY (FORMAT csv) wrote it (ending in LF) with every cell
// protected as appendCell() would, ending in CR LF.
void appendProtectedCopyRow(QByteArray &out, QByteArrayView row);
// The same row ending in CR LF, cells as they are.
void appendCopyRow(QByteArray &out, QByteArrayView row);

} // namespace catalog::csvbytes
