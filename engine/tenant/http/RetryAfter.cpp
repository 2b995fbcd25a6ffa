#include "RetryAfter.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace s2s::http {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    // A wait longer than any budget stays one, capped where counting it in milliseconds (and
    // adding it to the time waited so far) cannot overflow.
    constexpr qint64 maxSeconds = std::numeric_limits<qint32>::max();
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(std::min(seconds, maxSeconds) * 1000));
    // IMF-fixdate of RFC 9110; "GMT" is the only zone it allows.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace s2s::http
