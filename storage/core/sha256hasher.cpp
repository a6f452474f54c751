#include "core/sha256hasher_p.h"

#include <QtEndian>

#include <openssl/evp.h>

namespace catalog {

namespace sha256_hasher {

EVP_MD_CTX *contextOf(void *context)
{
    return static_cast<EVP_MD_CTX *>(context);
}

void begin(void *context)
{
    if (EVP_DigestInit_ex(contextOf(context), EVP_sha256(), nullptr) != 1)
        qFatal("Cannot initialise SHA-256 (libcrypto)");
}

} // namespace sha256_hasher

Sha256Hasher::Sha256Hasher()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context)
        qFatal("Cannot allocate a SHA-256 context (libcrypto)");
    sha256_hasher::begin(m_context);
}

Sha256Hasher::~Sha256Hasher()
{
    EVP_MD_CTX_free(sha256_hasher::contextOf(m_context));
}

void Sha256Hasher::addData(QByteArrayView bytes)
{
    addData(bytes.data(), bytes.size());
}

void Sha256Hasher::addData(const void *data, qsizetype size)
{
    if (size > 0 && EVP_DigestUpdate(sha256_hasher::contextOf(m_context), data, size_t(size)) != 1)
        qFatal("SHA-256 update failed (libcrypto)");
}

QString Sha256Hasher::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(sha256_hasher::contextOf(m_context), digest, &length) != 1)
        qFatal("SHA-256 final failed (libcrypto)");
    sha256_hasher::begin(m_context);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex());
}

quint64 Sha256Hasher::prefix64Result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(sha256_hasher::contextOf(m_context), digest, &length) != 1 || length < 8)
        qFatal("SHA-256 final failed (libcrypto)");
    sha256_hasher::begin(m_context);
    return qFromBigEndian<quint64>(digest);
}

} // namespace catalog
