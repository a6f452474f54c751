#pragma once

#include "core/imagerecord.h"
#include "core/product.h"
#include "core/supplier.h"
#include "core/syncrecord.h"

#include <QHash>
#include <QMetaType>
#include <QString>

// Records travel through the models' RecordRole and between threads inside QVariants.
Q_DECLARE_METATYPE(catalog::Product)
Q_DECLARE_METATYPE(catalog::Supplier)
Q_DECLARE_METATYPE(catalog::ImageRecord)
Q_DECLARE_METATYPE(catalog::SyncRecord)

namespace catalog {

// The record inside a RecordRole value, without copying it. The variant must hold a T.
template <typename T> const T &recordOf(const QVariant &value)
{
    Q_ASSERT(value.metaType() == QMetaType::fromType<T>());
    return *static_cast<const T *>(value.constData());
}

using NameMap = QHash<qint64, QString>;

} // namespace catalog
