#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace s2s::auth {
namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray randomUrlSafe(int bytes)
{
    std::vector<quint32> words(size_t(bytes + 3) / 4);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray random(reinterpret_cast<const char *>(words.data()), bytes);
    return random.toBase64(base64Url);
}

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64Url);
}

Pkce makePkce()
{
    const QByteArray verifier = randomUrlSafe(32);
    return {verifier, pkceChallenge(verifier)};
}

} // namespace s2s::auth
