#include "transfer/textreader.h"

#include <QCoreApplication>

namespace catalog {

namespace {

// Text consumed by a reader is dropped from the buffer once this much has gathered (dropping it
// after every record would move the rest of the piece each time).
constexpr qsizetype kDiscardAt = 1 << 18;

QStringDecoder decoderFor(const QString &encoding)
{
    if (encoding == QLatin1String("UTF-8"))
        return QStringDecoder(QStringDecoder::Utf8);
    if (encoding == QLatin1String("UTF-16"))
        return QStringDecoder(QStringDecoder::Utf16);
    return QStringDecoder(encoding.toLatin1().constData());
}

} // namespace

StorageError importFileError(const QString &path, const QString &why)
{
    return StorageError::make(ErrorKind::Validation, QStringLiteral("%1: %2").arg(path, why));
}

StorageError cannotOpen(const QString &path, const QIODevice &device)
{
    return StorageError::make(ErrorKind::NotFound,
        QCoreApplication::translate("TextReader", "Cannot read %1: %2").arg(path, device.errorString()));
}

TextReader::TextReader(QIODevice &device, const QString &path, const QString &encoding, qint64 byteLimit)
    : m_device(device)
    , m_path(path)
    , m_encoding(encoding)
    , m_decoder(decoderFor(encoding))
    , m_limit(byteLimit)
    , m_utf16(encoding == QLatin1String("UTF-16"))
{
}

bool TextReader::more()
{
    if (m_end || !m_error.ok())
        return false;
    qint64 want = kPieceBytes;
    if (m_limit >= 0)
        want = qMin(want, m_limit - m_bytes);
    const QByteArray bytes = want > 0 ? m_device.read(want) : QByteArray();
    if (bytes.isEmpty()) {
        m_end = true;
        if (!m_device.atEnd() && m_device.bytesAvailable() != 0 && want > 0)
            m_error = importFileError(m_path,
                QCoreApplication::translate("TextReader", "cannot read: %1").arg(m_device.errorString()));
        else if (m_limit >= 0 && m_bytes >= m_limit && !m_device.atEnd())
            m_cut = true;
        return false;
    }
    if (!m_utf16) {
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
            m_error = importFileError(m_path,
                QCoreApplication::translate("TextReader",
                    "this looks like a binary file (it contains NUL bytes at offset %1), not CSV or "
                    "JSON text")
                    .arg(m_bytes + nul));
            return false;
        }
    }
    QString piece = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        m_badText = true;
        m_error = importFileError(m_path,
            QCoreApplication::translate("TextReader", "the file is not valid %1 text (near byte %2)")
                .arg(m_encoding)
                .arg(m_bytes));
        return false;
    }
    if (m_bytes == 0 && piece.startsWith(QChar(0xFEFF)))
        piece.remove(0, 1);
    if (m_utf16 && piece.contains(QChar(0))) {
        m_error = importFileError(m_path,
            QCoreApplication::translate(
                "TextReader", "this looks like a binary file (it contains NUL characters), not text"));
        return false;
    }
    m_bytes += bytes.size();
    m_text += piece;
    return true;
}

// --- CSV ---------------------------------------------------------------------------------------

CsvReader::CsvReader(TextReader &in, QChar delimiter, QChar quote)
    : m_in(in)
    , m_delimiter(delimiter)
    , m_quote(quote)
{
}

// The text ended inside a row: false when that is an error (error() says which), or a preview's
// cut; openQuoteLine > 0: a quoted field starting on that line is still open.
bool CsvReader::endsWhole(qint64 openQuoteLine)
{
    if (!m_in.error().ok()) {
        m_error = m_in.error();
        return false;
    }
    if (m_in.cut()) // a preview of the beginning: the row in progress is not whole
        return false;
    if (openQuoteLine > 0) {
        m_error = importFileError(m_in.path(),
            QCoreApplication::translate(
                "TextReader", "line %1: a quoted field starts here and is never closed (missing %2)")
                .arg(openQuoteLine)
                .arg(m_quote));
        return false;
    }
    return true;
}

bool CsvReader::next(QStringList &cells, qint64 &line)
{
    if (m_pos >= kDiscardAt) {
        m_in.discard(m_pos);
        m_pos = 0;
    }
    const QChar lf = QLatin1Char('\n');
    const QChar cr = QLatin1Char('\r');
    cells.clear();
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    qint64 quoteLine = 0;
    qsizetype i = m_pos;
    qsizetype run = i; // start of the field's text not yet copied into `field`
    line = m_line;
    const auto take = [&](qsizetype to) { field += QStringView(m_in.text()).mid(run, to - run); };
    for (;;) {
        if (!m_in.ensure(i)) {
            if (!endsWhole(quoted ? quoteLine : 0))
                return false;
            take(i);
            m_pos = i;
            if (cells.isEmpty() && field.isEmpty() && !fieldWasQuoted)
                return false; // nothing after the last line break
            cells << field;
            return true;
        }
        const QChar c = m_in.text().at(i);
        if (quoted) {
            if (c == m_quote) {
                if (m_in.ensure(i + 1) && m_in.text().at(i + 1) == m_quote) {
                    take(i + 1); // one quote of the two
                    i += 2;
                    run = i;
                    continue;
                }
                take(i);
                quoted = false;
                run = ++i;
                continue;
            }
            if (c == lf)
                ++m_line;
            ++i;
            continue;
        }
        if (c == m_quote && i == run && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = m_line;
            run = ++i;
        } else if (c == m_delimiter) {
            take(i);
            cells << field;
            field.clear();
            fieldWasQuoted = false;
            run = ++i;
        } else if (c == cr || c == lf) {
            take(i);
            ++i;
            if (c == cr && m_in.ensure(i) && m_in.text().at(i) == lf)
                ++i;
            ++m_line;
            m_pos = i;
            cells << field;
            if (!(cells.size() == 1 && cells.front().isEmpty() && !fieldWasQuoted))
                return true;
            // A blank line: the next row starts after it.
            cells.clear();
            field.clear();
            fieldWasQuoted = false;
            run = i;
            line = m_line;
        } else {
            ++i;
        }
    }
}

// --- JSON Lines ----------------------------------------------------------------------------------

JsonLinesReader::JsonLinesReader(TextReader &in)
    : m_in(in)
{
}

bool JsonLinesReader::next(QString &record, qint64 &line)
{
    for (;;) {
        if (m_pos >= kDiscardAt) {
            m_in.discard(m_pos);
            m_pos = 0;
        }
        qsizetype from = m_pos;
        qsizetype end = -1;
        for (;;) {
            end = m_in.text().indexOf(QLatin1Char('\n'), from);
            if (end >= 0)
                break;
            from = m_in.text().size();
            if (!m_in.more())
                break;
        }
        if (!m_in.error().ok()) {
            m_error = m_in.error();
            return false;
        }
        if (end < 0 && m_in.cut())
            return false;
        const qsizetype stop = end < 0 ? m_in.text().size() : end;
        const QStringView slice = QStringView(m_in.text()).mid(m_pos, stop - m_pos).trimmed();
        line = m_line++;
        m_pos = end < 0 ? stop : end + 1;
        if (!slice.isEmpty()) {
            record = slice.toString();
            return true;
        }
        if (end < 0)
            return false;
    }
}

// --- JSON arrays ---------------------------------------------------------------------------------

JsonArrayReader::JsonArrayReader(TextReader &in)
    : m_in(in)
{
}

bool JsonArrayReader::fail(const QString &why)
{
    m_error = importFileError(m_in.path(), why);
    return false;
}

// The input stopped: an error of its own (kept as ours), a cut preview, or else the end.
bool JsonArrayReader::inputStopped()
{
    if (!m_in.error().ok()) {
        m_error = m_in.error();
        return true;
    }
    return m_in.cut();
}

// Skips the white space before the array and its "[" (i: where to start, then after the "[").
bool JsonArrayReader::openArray(qsizetype &i)
{
    while (m_in.ensure(i) && m_in.text().at(i).isSpace()) {
        if (m_in.text().at(i) == QLatin1Char('\n'))
            ++m_line;
        ++i;
    }
    if (inputStopped())
        return false;
    if (!m_in.ensure(i) || m_in.text().at(i) != QLatin1Char('['))
        return fail(QCoreApplication::translate("TextReader", "a JSON array import must start with \"[\""));
    m_started = true;
    m_pos = ++i;
    return true;
}

// After the closing "]" only white space may follow, up to the end of the file.
void JsonArrayReader::checkTheEnd(qsizetype i)
{
    for (; m_in.ensure(i); ++i) {
        if (!m_in.text().at(i).isSpace()) {
            fail(QCoreApplication::translate("TextReader", "line %1: text after the end of the JSON array")
                     .arg(m_line));
            return;
        }
        if (m_in.text().at(i) == QLatin1Char('\n'))
            ++m_line;
    }
    m_pos = i;
    inputStopped();
}

bool JsonArrayReader::next(QString &element, qint64 &line)
{
    if (!m_error.ok())
        return false;
    if (m_pos >= kDiscardAt) {
        m_in.discard(m_pos);
        m_pos = 0;
    }
    qsizetype i = m_pos;
    if (!m_started && !openArray(i))
        return false;
    if (m_closed) {
        checkTheEnd(i);
        return false;
    }
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (;; ++i) {
        if (!m_in.ensure(i)) {
            if (inputStopped())
                return false;
            if (inString)
                return fail(QCoreApplication::translate(
                    "TextReader", "line %1: a JSON string starts here and is never closed")
                                .arg(line));
            return fail(
                QCoreApplication::translate("TextReader", "the JSON array is never closed (missing \"]\")"));
        }
        const QChar c = m_in.text().at(i);
        if (c == QLatin1Char('\n'))
            ++m_line;
        if (inString) {
            if (c == QLatin1Char('\\')) {
                if (m_in.ensure(i + 1) && m_in.text().at(i + 1) == QLatin1Char('\n'))
                    ++m_line;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inString = false;
            }
            continue;
        }
        if (start < 0 && !c.isSpace() && c != QLatin1Char(',') && c != QLatin1Char(']')) {
            start = i;
            line = m_line;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && depth > 0) {
            --depth;
        } else if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(']'))) {
            m_pos = i + 1;
            if (c == QLatin1Char(']'))
                m_closed = true;
            if (start >= 0) {
                element = QStringView(m_in.text()).mid(start, i - start).trimmed().toString();
                return true;
            }
            if (m_closed)
                return next(element, line); // checks what follows the array
            start = -1;
        }
    }
}

} // namespace catalog
