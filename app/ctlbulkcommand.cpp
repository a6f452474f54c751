#include "ctlbulkcommand.h"

#include "bulk/bulkupdatejob.h"
#include "ctlcontext.h"
#include "ctloptions.h"
#include "ctlfilter.h"
#include "repositories/supplierrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace catalog {

namespace ctlbulkcommand {
namespace {

using namespace Qt::StringLiterals;

const QString kSet = u"set"_s;
const QString kPriceAdjust = u"price-adjust"_s;
const QString kSpecSet = u"spec-set"_s;
const QString kSpecRename = u"spec-rename"_s;
const QString kSpecRemove = u"spec-remove"_s;
const QString kDelete = u"delete"_s;
const QString kRestore = u"restore"_s;
const QString kDryRun = u"dry-run"_s;
const QString kFilter = u"filter"_s;

StorageError usage(const QString &message)
{
    return StorageError::make(ErrorKind::Validation, message);
}

// "NAME=VALUE" split at the first '='; nullopt without one or with an empty name.
std::optional<std::pair<QString, QString>> pairOf(const QString &item)
{
    const qsizetype eq = item.indexOf(u'=');
    if (eq <= 0)
        return std::nullopt;
    return std::pair { item.left(eq).trimmed(), item.mid(eq + 1) };
}

StorageError applySet(BulkUpdateArguments &args, const QString &item)
{
    const auto kv = pairOf(item);
    if (!kv)
        return usage(
            u"--set takes field=value (sync_status, supplier, currency, moq), got \"%1\""_s.arg(item));
    const auto &[field, value] = *kv;
    if (field == u"sync_status"_s || field == u"status"_s) {
        args.edit.syncStatus = value;
    } else if (field == u"supplier"_s) {
        if (value.trimmed().isEmpty())
            return usage(u"--set supplier= takes a supplier's source_id"_s);
        args.supplierSourceId = value.trimmed();
    } else if (field == u"currency"_s) {
        args.edit.currency = value.trimmed().toUpper();
    } else if (field == u"moq"_s) {
        bool ok = false;
        const int moq = value.trimmed().toInt(&ok);
        if (!ok)
            return usage(u"--set moq= takes a whole number, got \"%1\""_s.arg(value));
        args.edit.moq = moq;
    } else {
        return usage(u"--set: unknown field \"%1\" (sync_status, supplier, currency, moq)"_s.arg(field));
    }
    return {};
}

StorageError applyPriceAdjust(BulkEdit &edit, const QString &text)
{
    QString number = text.trimmed();
    const bool percent = number.endsWith(u'%');
    if (percent)
        number.chop(1);
    const std::optional<Decimal2> value = Decimal2::parse(number);
    if (!value)
        return usage(
            u"--price-adjust takes +N%, -N%, +AMOUNT or -AMOUNT with at most two decimals, got \"%1\""_s.arg(
                text));
    edit.priceMode = percent ? BulkEdit::PriceMode::Percent : BulkEdit::PriceMode::Amount;
    edit.priceValue = *value;
    return {};
}

StorageError applySpecOptions(BulkEdit &edit, const QCommandLineParser &parser)
{
    const int given
        = int(parser.isSet(kSpecSet)) + int(parser.isSet(kSpecRename)) + int(parser.isSet(kSpecRemove));
    if (given > 1 || parser.values(kSpecSet).size() > 1 || parser.values(kSpecRename).size() > 1
        || parser.values(kSpecRemove).size() > 1)
        return usage(u"give one of --spec-set, --spec-rename, --spec-remove, once"_s);
    if (parser.isSet(kSpecSet)) {
        const auto kv = pairOf(parser.value(kSpecSet));
        if (!kv)
            return usage(u"--spec-set takes NAME=VALUE, got \"%1\""_s.arg(parser.value(kSpecSet)));
        edit.specMode = BulkEdit::SpecMode::Set;
        std::tie(edit.specKey, edit.specValue) = *kv;
    } else if (parser.isSet(kSpecRename)) {
        const auto kv = pairOf(parser.value(kSpecRename));
        if (!kv)
            return usage(u"--spec-rename takes OLD=NEW, got \"%1\""_s.arg(parser.value(kSpecRename)));
        edit.specMode = BulkEdit::SpecMode::Rename;
        std::tie(edit.specKey, edit.specValue) = *kv;
        edit.specValue = edit.specValue.trimmed();
    } else if (parser.isSet(kSpecRemove)) {
        edit.specMode = BulkEdit::SpecMode::Remove;
        edit.specKey = parser.value(kSpecRemove).trimmed();
    }
    return {};
}

// Lists each refused product and the totals.
void printText(const BulkUpdateReport &r)
{
    for (const BulkRefusal &refusal : r.refused)
        CtlContext::out() << "refused " << refusal.id << " (" << refusal.sourceId << "): " << refusal.reason
                          << Qt::endl;
    if (r.refusedCount > r.refused.size())
        CtlContext::out() << "... and " << (r.refusedCount - r.refused.size()) << " more refused" << Qt::endl;
    CtlContext::out() << (r.dryRun ? "Dry run, nothing written: " : "Bulk update: ") << r.matched
                      << " matched, " << r.changed << (r.dryRun ? " would change, " : " changed, ")
                      << r.unchanged << " unchanged, " << r.refusedCount
                      << (r.dryRun ? " would be refused" : " refused")
                      << (r.cancelled ? ", cancelled (the batches written before stay)" : "") << "."
                      << Qt::endl;
}

} // namespace
} // namespace ctlbulkcommand

using namespace Qt::StringLiterals;

void addBulkUpdateOptions(QCommandLineParser &parser)
{
    using namespace ctlbulkcommand;
    parser.addOption(
        { kSet, u"bulk-update: set sync_status, supplier (a SOURCE_ID), currency or moq (repeatable)."_s,
            u"field=value"_s });
    parser.addOption({ kPriceAdjust,
        u"bulk-update: change both prices by +N% / -N% (rounded to cents) or by +AMOUNT / -AMOUNT."_s,
        u"change"_s });
    parser.addOption({ kSpecSet, u"bulk-update: set a specification."_s, u"name=value"_s });
    parser.addOption({ kSpecRename, u"bulk-update: rename a specification."_s, u"old=new"_s });
    parser.addOption({ kSpecRemove, u"bulk-update: remove a specification."_s, u"name"_s });
    parser.addOption({ kDelete, u"bulk-update: soft-delete the products."_s });
    parser.addOption(
        { kRestore, u"bulk-update: restore soft-deleted products (with --filter deleted=only)."_s });
}

Result<BulkUpdateArguments> bulkUpdateArguments(const QCommandLineParser &parser)
{
    using namespace ctlbulkcommand;
    BulkUpdateArguments args;
    for (const QString &item : parser.values(kSet)) {
        if (StorageError e = applySet(args, item); !e.ok())
            return e;
    }
    if (parser.values(kPriceAdjust).size() > 1)
        return usage(u"give --price-adjust once"_s);
    if (parser.isSet(kPriceAdjust)) {
        if (StorageError e = applyPriceAdjust(args.edit, parser.value(kPriceAdjust)); !e.ok())
            return e;
    }
    if (StorageError e = applySpecOptions(args.edit, parser); !e.ok())
        return e;
    if (parser.isSet(kDelete) && parser.isSet(kRestore))
        return usage(u"--delete and --restore exclude each other"_s);
    args.edit.state = parser.isSet(kDelete) ? BulkEdit::State::Delete
        : parser.isSet(kRestore)            ? BulkEdit::State::Restore
                                            : BulkEdit::State::Keep;
    // The supplier is checked once its id is known; validate the rest now.
    BulkEdit check = args.edit;
    if (!args.supplierSourceId.isEmpty())
        check.supplierId = 1;
    if (StorageError e = check.validate(); !e.ok()) {
        if (check.isEmpty())
            e.message
                = u"say what to change: --set, --price-adjust, --spec-set, --spec-rename, --spec-remove, "
                  "--delete or --restore"_s;
        return e;
    }
    return args;
}

int checkBulkUpdateUsage(const CtlContext &context)
{
    const Result<BulkUpdateArguments> args = bulkUpdateArguments(context.parser());
    return args ? int(CtlSuccess) : context.fail(args.error(), CtlUsageOrConnection);
}

int runBulkUpdate(CtlContext &context)
{
    Result<BulkUpdateArguments> args = bulkUpdateArguments(context.parser());
    if (!args)
        return context.fail(args.error(), CtlUsageOrConnection);
    BulkEdit edit = args->edit;
    if (!args->supplierSourceId.isEmpty()) {
        const Result<Supplier> supplier
            = SupplierRepository(context.connections()).findBySourceId(args->supplierSourceId);
        if (!supplier)
            return context.fail(supplier.error(),
                supplier.error().kind == ErrorKind::NotFound ? CtlUsageOrConnection
                                                             : CtlContext::exitCodeFor(supplier.error()));
        edit.supplierId = supplier->id;
    }
    // The same filter keys as export (ctlfilter.h).
    const Result<ProductFilter> filter
        = parseProductFilter(context.connections(), context.parser().values(ctlbulkcommand::kFilter));
    if (!filter)
        return context.fail(filter.error(),
            filter.error().kind == ErrorKind::Validation ? CtlUsageOrConnection
                                                         : CtlContext::exitCodeFor(filter.error()));
    BulkUpdateJob::Options options;
    options.dryRun = context.parser().isSet(ctlbulkcommand::kDryRun);
    options.batchSize = context.settings().batchSize();
    const Result<BulkUpdateReport> report
        = BulkUpdateJob(context.connections()).run(BulkScope { filter.value(), std::nullopt }, edit, options);
    if (!report)
        return context.fail(report.error(),
            report.error().kind == ErrorKind::Validation ? CtlUsageOrConnection
                                                         : CtlContext::exitCodeFor(report.error()));
    const int code = report->refusedCount == 0 ? CtlSuccess : CtlJobErrors;
    if (context.json()) {
        QJsonObject object = report->toJson();
        object.insert(u"ok"_s, code == CtlSuccess);
        context.printJson(object);
    } else {
        ctlbulkcommand::printText(report.value());
    }
    return code;
}

} // namespace catalog
