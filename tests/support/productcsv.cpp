#include "productcsv.h"

#include <QSaveFile>

namespace catalog::test {

bool writeProductCsv(const QString &path, const QString &prefix, int rows, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("source_id,title,price_min,price_max,specifications,supplier_source_id,supplier_name\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("%1-%2,Kettle %2,2.%3,19.99,\"{\"\"w\"\":%3}\",S-%4,Supplier %4\n")
                           .arg(prefix)
                           .arg(i, 6, 10, QLatin1Char('0'))
                           .arg(i % 90 + 10)
                           .arg(i % 25)
                           .toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace catalog::test
