#include "demo/catalogdatagenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>

namespace catalog {

namespace {

// ---- Benchmark profile: unchanged from the original benchmark generator --------------------

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

// ---- Demo profile ---------------------------------------------------------------------------

QStringList split(const QString &list)
{
    return list.split(QLatin1Char('|'));
}

// One trade: what its suppliers are called and what their products look like.
struct Category
{
    QStringList itemsZh;
    QStringList itemsEn;
    QStringList materialsZh; // parallel to materialsEn
    QStringList materialsEn;
    QStringList features; // Chinese selling points used in titles
    QStringList sizes; // values of sizeKey, in the language of the specifications
    QString sizeKeyZh;
    QString sizeKeyEn;
    QString businessZh; // "…有限公司": the tail of the supplier's Chinese name
    QString businessEn;
    qint64 minFen; // price range of the category, in fen (hundredths of a yuan)
    qint64 maxFen;
    QList<int> moqs;
    bool englishSpecs; // cross-border trades describe their goods in English
};

const QList<Category> &categories()
{
    static const QList<Category> list {
        { split(QStringLiteral("保温杯|真空保温杯|保温水壶")), split(QStringLiteral("Vacuum Flask|Insulated Water Bottle")),
          split(QStringLiteral("304不锈钢|316不锈钢")), split(QStringLiteral("304 stainless steel|316 stainless steel")),
          split(QStringLiteral("大容量|便携|商务|学生|车载|防漏")), split(QStringLiteral("350ml|500ml|750ml|1L")),
          QStringLiteral("容量"), QStringLiteral("capacity"), QStringLiteral("不锈钢制品有限公司"),
          QStringLiteral("Stainless Steel Products Co., Ltd."), 850, 4500, { 2, 10, 20, 50, 100 }, false },
        { split(QStringLiteral("蓝牙耳机|无线耳机|运动耳机")), split(QStringLiteral("Bluetooth Earbuds|Wireless Headphones")),
          split(QStringLiteral("ABS|PC")), split(QStringLiteral("ABS|PC")),
          split(QStringLiteral("降噪|超长续航|入耳式|触控|低延迟")), split(QStringLiteral("蓝牙5.0|蓝牙5.2|蓝牙5.3")),
          QStringLiteral("蓝牙版本"), QStringLiteral("bluetooth"), QStringLiteral("电子科技有限公司"),
          QStringLiteral("Electronic Technology Co., Ltd."), 1800, 12000, { 1, 2, 5, 10, 50 }, false },
        { split(QStringLiteral("纯棉T恤|短袖T恤|圆领T恤")), split(QStringLiteral("Cotton T-Shirt|Crew Neck Tee")),
          split(QStringLiteral("纯棉|精梳棉|棉涤混纺")), split(QStringLiteral("cotton|combed cotton|cotton-polyester")),
          split(QStringLiteral("宽松|男女同款|印花|夏季|空白可定制")), split(QStringLiteral("S-XXL|M-3XL|XS-XL")),
          QStringLiteral("尺码"), QStringLiteral("size"), QStringLiteral("服饰有限公司"), QStringLiteral("Garment Co., Ltd."),
          990, 3900, { 2, 3, 10, 50, 100 }, true },
        { split(QStringLiteral("手机壳|手机保护套")), split(QStringLiteral("Phone Case|Protective Cover")),
          split(QStringLiteral("TPU|硅胶|PC")), split(QStringLiteral("TPU|silicone|PC")),
          split(QStringLiteral("防摔|透明|磨砂|卡通|全包")), split(QStringLiteral("iPhone 15|iPhone 15 Pro|华为Mate 60|小米14")),
          QStringLiteral("适用机型"), QStringLiteral("model"), QStringLiteral("数码配件厂"),
          QStringLiteral("Digital Accessories Factory"), 120, 1500, { 5, 10, 50, 100, 200 }, false },
        { split(QStringLiteral("收纳盒|收纳箱|桌面收纳盒")), split(QStringLiteral("Storage Box|Storage Bin")),
          split(QStringLiteral("PP塑料|竹木|布艺")), split(QStringLiteral("PP plastic|bamboo|fabric")),
          split(QStringLiteral("带盖|可叠加|大号|多格|折叠")), split(QStringLiteral("20×15×10cm|30×20×15cm|40×30×25cm")),
          QStringLiteral("尺寸"), QStringLiteral("size"), QStringLiteral("塑料制品有限公司"),
          QStringLiteral("Plastic Products Co., Ltd."), 350, 2800, { 2, 10, 20, 50 }, false },
        { split(QStringLiteral("陶瓷茶具|功夫茶具套装|茶杯")), split(QStringLiteral("Ceramic Tea Set|Kung Fu Tea Set")),
          split(QStringLiteral("陶瓷|骨瓷|紫砂")), split(QStringLiteral("ceramic|bone china|Yixing clay")),
          split(QStringLiteral("家用|礼盒装|手绘|复古|高档")), split(QStringLiteral("4件套|6件套|8件套")),
          QStringLiteral("件数"), QStringLiteral("pieces"), QStringLiteral("陶瓷有限公司"), QStringLiteral("Ceramics Co., Ltd."),
          3500, 26000, { 1, 2, 5, 10 }, false },
        { split(QStringLiteral("瑜伽垫|健身垫")), split(QStringLiteral("Yoga Mat|Exercise Mat")),
          split(QStringLiteral("TPE|NBR|天然橡胶")), split(QStringLiteral("TPE|NBR|natural rubber")),
          split(QStringLiteral("加厚|防滑|双面|初学者|便携")), split(QStringLiteral("183×61cm 6mm|183×61cm 8mm|185×80cm 10mm")),
          QStringLiteral("规格"), QStringLiteral("size"), QStringLiteral("体育用品有限公司"),
          QStringLiteral("Sporting Goods Co., Ltd."), 1200, 6800, { 1, 5, 10, 20, 50 }, true },
        { split(QStringLiteral("LED台灯|护眼台灯|夹子灯")), split(QStringLiteral("LED Desk Lamp|Clip Lamp")),
          split(QStringLiteral("ABS|铝合金")), split(QStringLiteral("ABS|aluminium alloy")),
          split(QStringLiteral("护眼|充电|触控调光|折叠|学生宿舍")), split(QStringLiteral("5W|8W|12W")),
          QStringLiteral("功率"), QStringLiteral("power"), QStringLiteral("照明电器有限公司"),
          QStringLiteral("Lighting Co., Ltd."), 1500, 8900, { 2, 5, 10, 50 }, false },
        { split(QStringLiteral("儿童书包|双肩包|小学生书包")), split(QStringLiteral("Kids Backpack|School Backpack")),
          split(QStringLiteral("牛津布|尼龙|帆布")), split(QStringLiteral("oxford cloth|nylon|canvas")),
          split(QStringLiteral("减负|防水|大容量|卡通|轻便")), split(QStringLiteral("小号|中号|大号")),
          QStringLiteral("规格"), QStringLiteral("size"), QStringLiteral("箱包有限公司"),
          QStringLiteral("Bags & Luggage Co., Ltd."), 1600, 7500, { 2, 5, 10, 30 }, false },
        { split(QStringLiteral("硅胶厨具|硅胶锅铲|厨具套装")), split(QStringLiteral("Silicone Kitchen Utensils|Silicone Spatula Set")),
          split(QStringLiteral("食品级硅胶|硅胶木柄")), split(QStringLiteral("food-grade silicone|wood-handle silicone")),
          split(QStringLiteral("耐高温|不粘锅|家用|易清洗")), split(QStringLiteral("单件|5件套|12件套")),
          QStringLiteral("件数"), QStringLiteral("pieces"), QStringLiteral("家居用品有限公司"),
          QStringLiteral("Household Products Co., Ltd."), 480, 3600, { 10, 20, 50, 100 }, false },
        { split(QStringLiteral("宠物玩具|狗狗玩具|逗猫棒")), split(QStringLiteral("Pet Toy|Dog Chew Toy|Cat Teaser")),
          split(QStringLiteral("天然橡胶|棉绳|毛绒")), split(QStringLiteral("natural rubber|cotton rope|plush")),
          split(QStringLiteral("耐咬|磨牙|发声|互动|解闷")), split(QStringLiteral("S|M|L")),
          QStringLiteral("尺码"), QStringLiteral("size"), QStringLiteral("宠物用品厂"), QStringLiteral("Pet Supplies Factory"),
          250, 1800, { 10, 20, 50, 100, 200 }, true },
        { split(QStringLiteral("毛绒玩具|公仔|抱枕玩偶")), split(QStringLiteral("Plush Toy|Stuffed Animal")),
          split(QStringLiteral("PP棉|短毛绒")), split(QStringLiteral("PP cotton|short plush")),
          split(QStringLiteral("可爱|抓机娃娃|生日礼物|卡通|可定制")), split(QStringLiteral("20cm|30cm|45cm|60cm")),
          QStringLiteral("尺寸"), QStringLiteral("size"), QStringLiteral("玩具厂"), QStringLiteral("Toys Factory"),
          600, 5500, { 10, 20, 50, 100, 500 }, false },
    };
    return list;
}

struct City
{
    QString province;
    QString name;
    QString pinyin;
};

// Sourcing hubs; repeated entries make Yiwu, Guangzhou and Shenzhen the most common.
const QList<City> &cities()
{
    static const QList<City> list {
        { QStringLiteral("浙江"), QStringLiteral("义乌"), QStringLiteral("Yiwu") },
        { QStringLiteral("浙江"), QStringLiteral("义乌"), QStringLiteral("Yiwu") },
        { QStringLiteral("浙江"), QStringLiteral("义乌"), QStringLiteral("Yiwu") },
        { QStringLiteral("广东"), QStringLiteral("广州"), QStringLiteral("Guangzhou") },
        { QStringLiteral("广东"), QStringLiteral("广州"), QStringLiteral("Guangzhou") },
        { QStringLiteral("广东"), QStringLiteral("深圳"), QStringLiteral("Shenzhen") },
        { QStringLiteral("广东"), QStringLiteral("深圳"), QStringLiteral("Shenzhen") },
        { QStringLiteral("广东"), QStringLiteral("东莞"), QStringLiteral("Dongguan") },
        { QStringLiteral("广东"), QStringLiteral("汕头"), QStringLiteral("Shantou") },
        { QStringLiteral("广东"), QStringLiteral("潮州"), QStringLiteral("Chaozhou") },
        { QStringLiteral("福建"), QStringLiteral("泉州"), QStringLiteral("Quanzhou") },
        { QStringLiteral("浙江"), QStringLiteral("宁波"), QStringLiteral("Ningbo") },
        { QStringLiteral("浙江"), QStringLiteral("永康"), QStringLiteral("Yongkang") },
        { QStringLiteral("江苏"), QStringLiteral("苏州"), QStringLiteral("Suzhou") },
        { QStringLiteral("山东"), QStringLiteral("临沂"), QStringLiteral("Linyi") },
    };
    return list;
}

const QStringList kBrandsZh = split(QStringLiteral(
        "好运|宏达|鑫源|佳美|华辰|恒丰|利达|金盛|优品|凯瑞|永盛|伟业|创新|星辰|美达|顺发|嘉诚|瑞丰|百川|锦程|天成|新潮|博远|"
        "汇通|晨曦|万和|立信|众诚|福源|康达"));
const QStringList kBrandsPinyin = split(QStringLiteral(
        "Haoyun|Hongda|Xinyuan|Jiamei|Huachen|Hengfeng|Lida|Jinsheng|Youpin|Kairui|Yongsheng|Weiye|Chuangxin|Xingchen|"
        "Meida|Shunfa|Jiacheng|Ruifeng|Baichuan|Jincheng|Tiancheng|Xinchao|Boyuan|Huitong|Chenxi|Wanhe|Lixin|Zhongcheng|"
        "Fuyuan|Kangda"));
const QStringList kContacts = split(QStringLiteral("王先生|李女士|张经理|陈小姐|刘先生|杨女士|黄经理|周小姐"));
const QStringList kColorsZh = split(QStringLiteral("银色|黑色|白色|粉色|蓝色|灰色|军绿色|卡其色"));
const QStringList kColorsEn = split(QStringLiteral("silver|black|white|pink|blue|grey|army green|khaki"));
const QStringList kPackingZh = split(QStringLiteral("OPP袋|彩盒|白盒|礼盒"));
const QStringList kPackingEn = split(QStringLiteral("OPP bag|color box|white box|gift box"));
const QStringList kTitlePrefixesZh = split(QStringLiteral("2024新款|厂家直销|跨境专供|爆款|工厂现货|新品|批发"));
const QStringList kTitlePrefixesEn = split(QStringLiteral("Wholesale|Hot Sale|Custom Logo|Factory Direct|New Arrival"));
const QStringList kSubtitles = split(QStringLiteral(
        "支持一件代发 · 48小时发货|工厂直供 · 可定制LOGO|亚马逊跨境爆款 · 支持混批|Free samples · OEM/ODM welcome|"
        "源头工厂 · 品质保障|现货速发 · 量大从优"));

template<typename List>
const auto &pick(QRandomGenerator &rng, const List &list)
{
    return list.at(qsizetype(rng.bounded(quint32(list.size()))));
}

qint64 roundToTenFen(qint64 fen)
{
    return qMax<qint64>(10, fen / 10 * 10);
}

int demoCategoryOf(int supplierIndex)
{
    return supplierIndex % int(categories().size());
}

} // namespace

Supplier CatalogDataGenerator::supplier(int index) const
{
    return m_profile == Profile::Demo ? demoSupplier(index) : benchmarkSupplier(index);
}

Product CatalogDataGenerator::product(qint64 index, int supplierCount) const
{
    Q_ASSERT(supplierCount > 0);
    return m_profile == Profile::Demo ? demoProduct(index, supplierCount) : benchmarkProduct(index, supplierCount);
}

QList<Supplier> CatalogDataGenerator::suppliers(int first, int count) const
{
    QList<Supplier> rows;
    rows.reserve(count);
    for (int i = first; i < first + count; ++i)
        rows << supplier(i);
    return rows;
}

QList<Product> CatalogDataGenerator::products(qint64 first, int count, int supplierCount) const
{
    QList<Product> rows;
    rows.reserve(count);
    for (qint64 i = first; i < first + count; ++i)
        rows << product(i, supplierCount);
    return rows;
}

Supplier CatalogDataGenerator::benchmarkSupplier(int index) const
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

Product CatalogDataGenerator::benchmarkProduct(qint64 index, int supplierCount) const
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

Supplier CatalogDataGenerator::demoSupplier(int index) const
{
    QRandomGenerator rng(m_seed ^ quint32(index * 2654435761u) ^ 0x5A17D3EDu);
    const Category &category = categories().at(demoCategoryOf(index));
    // Trade and brand follow the index so that the first 360 suppliers have distinct (brand, trade)
    // pairs: for a fixed trade, 13 * round steps through all 30 brands (13 and 30 are coprime).
    const int round = index / int(categories().size());
    const int brand = (13 * round + demoCategoryOf(index)) % int(kBrandsZh.size());
    const City &city = pick(rng, cities());

    Supplier s;
    s.sourceId = QStringLiteral("b2b-%1").arg(1000000 + index);
    s.name = city.name + QStringLiteral("市") + kBrandsZh.at(brand) + category.businessZh;
    s.companyName = QStringLiteral("%1 %2 %3").arg(city.pinyin, kBrandsPinyin.at(brand), category.businessEn);
    s.location = city.province + QLatin1Char(' ') + city.name;
    s.contactInfo = QJsonObject {
        { QStringLiteral("person"), pick(rng, kContacts) },
        { QStringLiteral("phone"), QStringLiteral("+86 1%1%2 %3 %4")
                                           .arg(3 + rng.bounded(6))
                                           .arg(rng.bounded(10))
                                           .arg(1000 + rng.bounded(9000))
                                           .arg(1000 + rng.bounded(9000)) },
        { QStringLiteral("wangwang"), kBrandsPinyin.at(brand).toLower() + QString::number(index) },
    };
    // Most marketplace suppliers sit between 4.0 and 5.0; a few are weaker.
    s.rating = Decimal2::fromHundredths(rng.bounded(10) == 0 ? 320 + rng.bounded(80) : 400 + rng.bounded(101));
    return s;
}

Product CatalogDataGenerator::demoProduct(qint64 index, int supplierCount) const
{
    QRandomGenerator rng(m_seed ^ quint32(index * 40503u + 17) ^ 0xC0FFEE11u);
    // A few large suppliers and a long tail of small ones.
    const int supplierIndex = qMin(supplierCount - 1, int(double(supplierCount) * std::pow(rng.generateDouble(), 1.8)));
    const Category &category = categories().at(demoCategoryOf(supplierIndex));
    const qsizetype material = qsizetype(rng.bounded(quint32(category.materialsZh.size())));
    const qsizetype color = qsizetype(rng.bounded(quint32(kColorsZh.size())));
    const QString &size = pick(rng, category.sizes);
    const QString &itemZh = pick(rng, category.itemsZh);

    Product p;
    p.sourceId = QString::number(600000000000 + index);
    if (rng.bounded(10) < 7) {
        p.title = QStringLiteral("%1 %2%3%4 %5 %6")
                          .arg(pick(rng, kTitlePrefixesZh), pick(rng, category.features), category.materialsZh.at(material),
                               itemZh, size, kColorsZh.at(color));
    } else {
        // Cross-border listings carry both languages.
        p.title = QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(itemZh, pick(rng, kTitlePrefixesEn), category.materialsEn.at(material),
                               pick(rng, category.itemsEn), size);
    }
    if (rng.bounded(10) < 6)
        p.subtitle = pick(rng, kSubtitles);

    const qint64 low = roundToTenFen(category.minFen + rng.bounded(category.maxFen - category.minFen));
    p.priceMin = Decimal2::fromHundredths(low);
    // About a third sell at one price; the rest have quantity tiers up to 80 % above the lowest.
    const qint64 high = rng.bounded(3) == 0 ? low : roundToTenFen(low + low * (10 + rng.bounded(71)) / 100);
    p.priceMax = Decimal2::fromHundredths(qMax(low, high));
    p.currency = QStringLiteral("CNY");
    p.moq = pick(rng, category.moqs);

    const QString imageBase = QStringLiteral("https://img.example.com/products/%1/").arg(p.sourceId);
    p.mainImageUrl = imageBase + QStringLiteral("main.jpg");
    for (quint32 i = 1, n = 3 + rng.bounded(6); i <= n; ++i)
        p.detailImages.append(imageBase + QStringLiteral("detail-%1.jpg").arg(i));

    if (category.englishSpecs) {
        p.specifications = QJsonObject {
            { QStringLiteral("material"), category.materialsEn.at(material) },
            { QStringLiteral("color"), kColorsEn.at(color) },
            { category.sizeKeyEn, size },
            { QStringLiteral("packing"), pick(rng, kPackingEn) },
        };
    } else {
        p.specifications = QJsonObject {
            { QStringLiteral("材质"), category.materialsZh.at(material) },
            { QStringLiteral("颜色"), kColorsZh.at(color) },
            { category.sizeKeyZh, size },
            { QStringLiteral("包装"), pick(rng, kPackingZh) },
        };
    }
    p.supplierSourceId = QStringLiteral("b2b-%1").arg(1000000 + supplierIndex);
    // Sales are heavily skewed: most listings sell little, a few sell tens of thousands.
    p.salesCount = int(50000.0 * std::pow(rng.generateDouble(), 3.0));
    p.rating = Decimal2::fromHundredths(rng.bounded(10) == 0 ? 350 + rng.bounded(70) : 420 + rng.bounded(81));
    const quint32 status = rng.bounded(100);
    p.syncStatus = status < 90 ? QStringLiteral("synced") : status < 97 ? QStringLiteral("pending") : QStringLiteral("failed");
    return p;
}

} // namespace catalog
