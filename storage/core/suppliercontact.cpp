#include "core/suppliercontact.h"

#include <QRegularExpression>

namespace catalog::suppliercontact {

namespace {

struct FieldRule
{
    ContactField field;
    const char *key;
    const char *label;
    int maxLength;
};

const QList<FieldRule> &rules()
{
    static const QList<FieldRule> list {
        { ContactField::Person, "person", "Contact person", 100 },
        { ContactField::Phone, "phone", "Phone", 40 },
        { ContactField::Mobile, "mobile", "Mobile", 40 },
        { ContactField::Email, "email", "Email", 254 },
        { ContactField::WeChat, "wechat", "WeChat", 40 },
        { ContactField::QQ, "qq", "QQ", 12 },
        { ContactField::Address, "address", "Address", 300 },
    };
    return list;
}

const FieldRule &ruleOf(ContactField field)
{
    return rules().at(int(field));
}

} // namespace

QString shapeError(ContactField field, const QString &text)
{
    static const QRegularExpression phone(
        QStringLiteral("^\\+?[0-9][0-9 ()./-]{2,}[0-9]( *(ext\\.?|x|转) *[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    static const QRegularExpression qq(QStringLiteral("^[1-9][0-9]{4,11}$"));
    // WeChat IDs: 6–20 letters, digits, _ or -, starting with a letter; a phone number also works as one.
    static const QRegularExpression wechat(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]{5,19}|\\+?[0-9]{6,15})$"));
    switch (field) {
    case ContactField::Phone:
    case ContactField::Mobile:
        if (!phone.match(text).hasMatch())
            return QStringLiteral("\"%1\" is not a phone number (digits, spaces, + ( ) . / - and an optional "
                                  "extension)")
                .arg(text.left(40));
        break;
    case ContactField::Email:
        if (!email.match(text).hasMatch())
            return QStringLiteral("\"%1\" is not an email address").arg(text.left(60));
        break;
    case ContactField::QQ:
        if (!qq.match(text).hasMatch())
            return QStringLiteral("\"%1\" is not a QQ number (5 to 12 digits, not starting with 0)")
                .arg(text.left(20));
        break;
    case ContactField::WeChat:
        if (!wechat.match(text).hasMatch())
            return QStringLiteral(
                "\"%1\" is not a WeChat ID (6 to 20 letters, digits, _ or -, starting with a "
                "letter; or a phone number)")
                .arg(text.left(40));
        break;
    case ContactField::Person:
    case ContactField::Address:
        break;
    }
    return {};
}

const QList<ContactField> &fields()
{
    static const QList<ContactField> list = [] {
        QList<ContactField> l;
        for (const FieldRule &r : rules())
            l << r.field;
        return l;
    }();
    return list;
}

QString key(ContactField field)
{
    return QString::fromLatin1(ruleOf(field).key);
}

QString csvColumn(ContactField field)
{
    return QStringLiteral("supplier_contact_") + key(field);
}

QString label(ContactField field)
{
    return QString::fromLatin1(ruleOf(field).label);
}

std::optional<ContactField> fromKey(const QString &name)
{
    for (const FieldRule &r : rules()) {
        if (name == QLatin1String(r.key))
            return r.field;
    }
    return std::nullopt;
}

QString value(const std::optional<QJsonObject> &contact, ContactField field)
{
    if (!contact)
        return {};
    const QJsonValue v = contact->value(key(field));
    if (v.isUndefined() && field == ContactField::Person)
        return contact->value(QStringLiteral("contact")).toVariant().toString();
    return v.toVariant().toString();
}

void setValue(std::optional<QJsonObject> &contact, ContactField field, const QString &text)
{
    QJsonObject o = contact.value_or(QJsonObject {});
    const QString trimmed = text.trimmed();
    if (field == ContactField::Person)
        o.remove(QStringLiteral("contact"));
    if (trimmed.isEmpty())
        o.remove(key(field));
    else
        o.insert(key(field), trimmed);
    contact = o.isEmpty() ? std::nullopt : std::optional<QJsonObject>(o);
}

std::optional<QJsonObject> merged(
    const std::optional<QJsonObject> &stored, const std::optional<QJsonObject> &given)
{
    if (!given || given->isEmpty())
        return stored;
    QJsonObject o = stored.value_or(QJsonObject {});
    for (auto it = given->constBegin(); it != given->constEnd(); ++it) {
        if (it.key() == QLatin1String("person"))
            o.remove(QStringLiteral("contact"));
        o.insert(it.key(), it.value());
    }
    return o;
}

int maxLength(ContactField field)
{
    return ruleOf(field).maxLength;
}

} // namespace catalog::suppliercontact
