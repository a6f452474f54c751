#pragma once

#include <QString>

namespace catalog::test {

// Writes an import file of `rows` products "<prefix>-000000", ... with a price range, a
// specification and one of 25 suppliers ("S-0" .. "S-24"): the load of the fault suites'
// import jobs. False (and `error` set, when given) if the file cannot be written.
bool writeProductCsv(const QString &path, const QString &prefix, int rows, QString *error = nullptr);

} // namespace catalog::test
