#pragma once

#include <QString>

namespace catalog::spreadsheet {

// A CSV cell that starts with = + - @ (or a tab or carriage return) is run as a formula by
// spreadsheet programs: an imported "=HYPERLINK(...)" or "+cmd|..." would execute when an operator
// opens the export. The export writes such a cell behind a single quote, which spreadsheets show
// as text; the import removes that quote again, so a file goes round unchanged. A value that
// already starts with quotes before such a character gets one more, so the rule is reversible.
QString neutralised(const QString &cell);
// The inverse: one leading quote removed from a cell that neutralised() would have produced.
QString restored(const QString &cell);
bool looksLikeFormula(const QString &cell);

} // namespace catalog::spreadsheet
