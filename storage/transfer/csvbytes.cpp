#include "transfer/csvbytes_p.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace catalog::csvbytes {

void appendCell(QByteArray &out, QByteArrayView cell, bool neutralise)
{
    if (cell.isEmpty()) {
        out.append("\"\"", 2); // an empty string, told apart from NULL as COPY does
        return;
    }
    const bool formula = neutralise && looksLikeFormula(cell);
    const char *begin = cell.data();
    const char *end = begin + cell.size();
    bool quote = false;
    for (const char *p = begin; p != end; ++p) {
        const char c = *p;
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            out.append('\'');
        out.append(begin, cell.size());
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    const char *run = begin;
    while (const void *found = std::memchr(run, '"', size_t(end - run))) {
        const char *q = static_cast<const char *>(found);
        out.append(run, q - run + 1);
        out.append('"');
        run = q + 1;
    }
    out.append(run, end - run);
    out.append('"');
}

void appendHundredths(QByteArray &out, double value)
{
    const long long hundredths = std::llround(value * 100.0);
    const unsigned long long absolute = hundredths < 0 ? 0ULL - static_cast<unsigned long long>(hundredths)
                                                       : static_cast<unsigned long long>(hundredths);
    char text[32];
    char *p = text;
    if (hundredths < 0)
        *p++ = '-';
    p = std::to_chars(p, text + sizeof text - 3, absolute / 100).ptr;
    *p++ = '.';
    *p++ = char('0' + (absolute % 100) / 10);
    *p++ = char('0' + absolute % 10);
    out.append(text, p - text);
}

void appendProtectedCopyRow(QByteArray &out, QByteArrayView row)
{
    const char *data = row.data();
    qsizetype size = row.size();
    if (size > 0 && data[size - 1] == '\n')
        --size;
    qsizetype copied = 0;
    qsizetype i = 0;
    for (;;) {
        // At the start of a cell: where its text begins, behind an opening quote.
        const bool quoted = i < size && data[i] == '"';
        const qsizetype text = quoted ? i + 1 : i;
        if (looksLikeFormula(QByteArrayView(data + text, size - text))) {
            out.append(data + copied, text - copied);
            out.append('\'');
            copied = text;
        }
        if (quoted) {
            // A quote inside a quoted cell is doubled; the one not followed by another closes it.
            qsizetype j = text;
            for (;;) {
                const void *found = std::memchr(data + j, '"', size_t(size - j));
                if (!found) {
                    j = size;
                    break;
                }
                j = static_cast<const char *>(found) - data;
                if (j + 1 < size && data[j + 1] == '"') {
                    j += 2;
                    continue;
                }
                ++j;
                break;
            }
            i = j;
        } else {
            const void *comma = std::memchr(data + i, ',', size_t(size - i));
            i = comma ? static_cast<const char *>(comma) - data : size;
        }
        if (i >= size)
            break;
        ++i; // the comma
    }
    out.append(data + copied, size - copied);
    out.append("\r\n", 2);
}

void appendCopyRow(QByteArray &out, QByteArrayView row)
{
    if (!row.isEmpty() && row.back() == '\n')
        row.chop(1);
    out.append(row.data(), row.size());
    out.append("\r\n", 2);
}

} // namespace catalog::csvbytes
