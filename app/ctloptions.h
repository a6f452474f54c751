#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace catalog {

// catalogctl's options (the fetch-images ones come from fetchimagescommand.h). One instance for
// the process, built before the parser parses and read by the commands through CtlContext.
struct CtlOptions
{
    CtlOptions();
    // Adds the options, --help and --version, and the description with the command list generated
    // from the command table.
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption database;
    QCommandLineOption json;
    QCommandLineOption verbose;
    QCommandLineOption format;
    QCommandLineOption filter;
    QCommandLineOption rawCells;
    QCommandLineOption fix;
    QCommandLineOption mode;
    QCommandLineOption dryRun;
    QCommandLineOption delimiter;
    QCommandLineOption quote;
    QCommandLineOption column;
    QCommandLineOption output;
    QCommandLineOption storage;
    QCommandLineOption images;
    QCommandLineOption incremental;
    QCommandLineOption noImages;
    QCommandLineOption yes;
    QCommandLineOption pgDump;
    QCommandLineOption pgRestore;
    QCommandLineOption keep;
    QCommandLineOption keepDays;
    QCommandLineOption member;
};

} // namespace catalog
