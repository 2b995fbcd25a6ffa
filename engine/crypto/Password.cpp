#include "Password.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace s2s::crypto {

QString generatePfxPassword(int length)
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"_s;
    QString password;
    password.reserve(length);
    // bounded() is uniform (no modulo bias); system() is the OS's cryptographic source.
    for (int i = 0; i < length; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

} // namespace s2s::crypto
