#pragma once

#include "core/storageerror.h"

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace catalog {

// "<path>: <why>", a file-level problem of an import file (ErrorKind::Validation).
StorageError importFileError(const QString &path, const QString &why);
// The file could not be opened for reading (ErrorKind::NotFound).
StorageError cannotOpen(const QString &path, const QIODevice &device);

// Import files read a piece at a time, so that a file of any size needs memory for one piece and
// one record, not for the whole file.
//
// TextReader decodes a device in pieces of kPieceBytes. The readers below hand out one record at a
// time from it (CSV rows, JSON lines, the elements of a JSON array) and forget the text behind them.
// File-level problems (NUL bytes, text that is not valid in the encoding, an unterminated quote, a
// JSON array that is never closed) end the reading with error(), naming the line.
class TextReader
{
public:
    static constexpr qint64 kPieceBytes = 1 << 20;

    // encoding: "UTF-8", "UTF-16" (byte order from the BOM, else little endian) or any name
    // QStringDecoder knows ("GB18030" needs ICU). A byte order mark is dropped. byteLimit >= 0
    // stops after that many bytes as if the file ended there (cut() then says so).
    TextReader(QIODevice &device, const QString &path, const QString &encoding, qint64 byteLimit = -1);

    bool isValid() const { return m_decoder.isValid(); }
    // Appends the next piece of the file to text(). False at the end of the file (or the limit) and
    // on an error.
    bool more();
    // True when text() holds index, reading more pieces as needed.
    bool ensure(qsizetype index)
    {
        while (index >= m_text.size()) {
            if (!more())
                return false;
        }
        return true;
    }
    const QString &text() const { return m_text; }
    // Forgets the first n characters of text().
    void discard(qsizetype n) { m_text.remove(0, n); }
    bool atEnd() const { return m_end; }
    bool cut() const { return m_cut; } // stopped at byteLimit before the end of the file
    // The bytes are not text in this encoding (another encoding may fit): error() says where.
    bool badText() const { return m_badText; }
    qint64 bytesRead() const { return m_bytes; }
    const StorageError &error() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    QIODevice &m_device;
    QString m_path;
    QString m_encoding;
    QStringDecoder m_decoder;
    QString m_text;
    qint64 m_bytes = 0;
    qint64 m_limit = -1;
    bool m_utf16 = false;
    bool m_end = false;
    bool m_cut = false;
    bool m_badText = false;
    StorageError m_error;
};

// RFC 4180: fields separated by the delimiter, records by CRLF, LF or CR, quoted fields may hold
// delimiters, line breaks and a doubled quote for a quote. Blank lines are skipped. Text after a
// closing quote is kept as it is ("ab"c reads abc).
class CsvReader
{
public:
    CsvReader(TextReader &in, QChar delimiter, QChar quote);
    // The next row that is not blank, and the physical line (1-based) where it starts. False at the
    // end of the file and on an error (error() is then set; a cut file ends without one).
    bool next(QStringList &cells, qint64 &line);
    const StorageError &error() const { return m_error; }

private:
    bool endsWhole(qint64 openQuoteLine);

    TextReader &m_in;
    QChar m_delimiter;
    QChar m_quote;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    StorageError m_error;
};

// JSON Lines: one record per line; blank lines are skipped.
class JsonLinesReader
{
public:
    explicit JsonLinesReader(TextReader &in);
    // The next non-blank line, trimmed, and its line number. False at the end and on an error.
    bool next(QString &record, qint64 &line);
    const StorageError &error() const { return m_error; }

private:
    TextReader &m_in;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    StorageError m_error;
};

// A JSON array split into its top-level elements (not parsed), so that each one can be parsed and
// rejected on its own and carries the line it starts on.
class JsonArrayReader
{
public:
    explicit JsonArrayReader(TextReader &in);
    // The next element's text and the line it starts on. False at the end (after checking that only
    // white space follows the array) and on an error.
    bool next(QString &element, qint64 &line);
    const StorageError &error() const { return m_error; }

private:
    bool fail(const QString &why);
    bool inputStopped();
    bool openArray(qsizetype &i);
    void checkTheEnd(qsizetype i);

    TextReader &m_in;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_closed = false;
    StorageError m_error;
};

} // namespace catalog
