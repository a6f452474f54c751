#include "datagenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace catalog::bench {

namespace {

const QStringList kChineseItems { QStringLiteral("保温杯"), QStringLiteral("不锈钢水壶"), QStringLiteral("儿童书包"),
                                  QStringLiteral("蓝牙耳机"), QStringLiteral("手机壳"), QStringLiteral("收纳盒"),
                                  QStringLiteral("陶瓷茶具"), QStringLiteral("瑜伽垫"), QStringLiteral("LED台灯"),
                                  QStringLiteral("纯棉T恤"), QStringLiteral("硅胶厨具"), QStringLiteral("宠物玩具") };
const QStringList kEnglishItems { QStringLiteral("Vacuum Flask"), QStringLiteral("Kettle"), QStringLiteral("School Backpack"),
                                  QStringLiteral("Bluetooth Earbuds"), QStringLiteral("Phone Case"), QStringLiteral("Storage Box"),
                                  QStringLiteral("Tea Set"), QStringLiteral("Yoga Mat"), QStringLiteral("Desk Lamp"),
                                  QStringLiteral("Cotton T-Shirt"), QStringLiteral("Silicone Utensils"), QStringLiteral("Pet Toy") };
const QStringList kAdjectives { QStringLiteral("2024新款"), QStringLiteral("跨境专供"), QStringLiteral("厂家直销"),
                                QStringLiteral("Wholesale"), QStringLiteral("Premium"), QStringLiteral("Eco-friendly") };
const QStringList kColors { QStringLiteral("红色"), QStringLiteral("黑色"), QStringLiteral("白色"), QStringLiteral("Blue"),
                            QStringLiteral("Pink"), QStringLiteral("Grey") };
const QStringList kMaterials { QStringLiteral("304不锈钢"), QStringLiteral("ABS"), QStringLiteral("硅胶"),
                               QStringLiteral("Cotton"), QStringLiteral("Ceramic"), QStringLiteral("Bamboo") };
const QStringList kCities { QStringLiteral("浙江 义乌"), QStringLiteral("广东 深圳"), QStringLiteral("广东 广州"),
                            QStringLiteral("福建 泉州"), QStringLiteral("江苏 苏州"), QStringLiteral("山东 临沂") };
const QStringList kStatuses { QStringLiteral("pending"), QStringLiteral("synced"), QStringLiteral("synced"),
                              QStringLiteral("synced"), QStringLiteral("failed"), QStringLiteral("syncing") };
const QStringList kCurrencies { QStringLiteral("CNY"), QStringLiteral("CNY"), QStringLiteral("CNY"),
                                QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR") };

} // namespace

Supplier DataGenerator::supplier(int index) const
{
    QRandomGenerator rng(m_seed ^ quint32(index * 2654435761u));
    Supplier s;
    s.sourceId = QStringLiteral("b2b-%1").arg(1000000 + index);
    s.name = QStringLiteral("%1%2商行 %3").arg(kCities.at(index % kCities.size()).section(QLatin1Char(' '), 1),
                                           kChineseItems.at(index % kChineseItems.size()))
                     .arg(index);
    s.companyName = QStringLiteral("%1 Trading Co., Ltd. #%2").arg(kEnglishItems.at(index % kEnglishItems.size())).arg(index);
    s.contactInfo = QJsonObject { { QStringLiteral("phone"), QStringLiteral("+86 138 %1").arg(10000000 + index) },
                                  { QStringLiteral("wangwang"), QStringLiteral("seller_%1").arg(index) } };
    s.location = kCities.at(int(rng.bounded(kCities.size())));
    s.rating = Decimal2::fromHundredths(300 + rng.bounded(201));
    return s;
}

Product DataGenerator::product(qint64 index, int supplierCount) const
{
    QRandomGenerator rng(m_seed ^ quint32(index * 40503u + 17));
    const int item = int(rng.bounded(kChineseItems.size()));
    Product p;
    p.sourceId = QStringLiteral("%1").arg(600000000000 + index);
    p.title = QStringLiteral("%1 %2 %3 %4 型号%5")
                      .arg(kAdjectives.at(int(rng.bounded(kAdjectives.size()))), kChineseItems.at(item),
                           kEnglishItems.at(item), kColors.at(int(rng.bounded(kColors.size()))))
                      .arg(index % 9973);
    if (rng.bounded(3) == 0)
        p.subtitle = QStringLiteral("支持一件代发 · Dropshipping supported · MOQ %1").arg(1 + rng.bounded(50));
    const qint64 low = 50 + rng.bounded(20000);
    p.priceMin = Decimal2::fromHundredths(low);
    p.priceMax = Decimal2::fromHundredths(low + rng.bounded(5000));
    p.currency = kCurrencies.at(int(rng.bounded(kCurrencies.size())));
    p.moq = 1 + int(rng.bounded(500));
    p.mainImageUrl = QStringLiteral("https://cbu01.example-img.com/img/ibank/%1/main.jpg").arg(p.sourceId);
    for (quint32 i = 0, n = 1 + rng.bounded(5); i < n; ++i)
        p.detailImages.append(QStringLiteral("https://cbu01.example-img.com/img/ibank/%1/detail_%2.jpg").arg(p.sourceId).arg(i));
    p.specifications = QJsonObject {
        { QStringLiteral("材质"), kMaterials.at(int(rng.bounded(kMaterials.size()))) },
        { QStringLiteral("颜色"), kColors.at(int(rng.bounded(kColors.size()))) },
        { QStringLiteral("weight_g"), int(50 + rng.bounded(2000)) },
        { QStringLiteral("packing"), QStringLiteral("OPP bag, %1 pcs/carton").arg(10 * (1 + rng.bounded(20))) },
    };
    p.supplierSourceId = QStringLiteral("b2b-%1").arg(1000000 + int(index % supplierCount));
    p.salesCount = int(rng.bounded(100000));
    p.rating = Decimal2::fromHundredths(250 + rng.bounded(251));
    p.syncStatus = kStatuses.at(int(rng.bounded(kStatuses.size())));
    return p;
}

QList<Product> DataGenerator::products(qint64 first, int count, int supplierCount) const
{
    QList<Product> rows;
    rows.reserve(count);
    for (qint64 i = first; i < first + count; ++i)
        rows << product(i, supplierCount);
    return rows;
}

} // namespace catalog::bench
