#pragma once

#include "core/decimal2.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace catalog {

// One row of `suppliers`. productCount is maintained by the database (triggers), never written.
struct Supplier
{
    qint64 id = 0;
    QString sourceId;
    QString name;
    QString companyName;
    std::optional<QJsonObject> contactInfo;
    QString location;
    std::optional<Decimal2> rating;
    int productCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    int version = 0;
    QString updatedBy;

    bool isDeleted() const { return deletedAt.isValid(); }
};

} // namespace catalog
