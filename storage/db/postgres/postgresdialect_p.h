#pragma once

#include "db/sqldialect.h"

namespace catalog {

class PostgresDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::PostgreSQL; }
    QString nowExpression() const override;
    QString caseInsensitiveLike() const override;
    QString beginWriteTransaction() const override;
    QString analyzeStatement(const QString &table) const override;
    QString jsonShapeInvalid(const QString &column, const QString &type) const override;
    QString driverConnectOptions(const ConnectionConfig &config) const override;
    QStringList sessionSetup(const ConnectionConfig &config) const override;
    ErrorKind classify(const QSqlError &error) const override;
    bool isConnectionLost(const QSqlDatabase &db, const QSqlError &error) const override;
    QVariant bindDecimal(const std::optional<Decimal2> &value) const override;
};

} // namespace catalog
