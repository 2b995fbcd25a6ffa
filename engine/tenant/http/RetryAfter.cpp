#include "RetryAfter.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace s2s::http {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // delta-seconds is 1*DIGIT (RFC 9110): no sign, no space; any count of digits, so a value
    // beyond what a qint64 holds still means "very long", clamped before it is multiplied.
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        constexpr qint64 maxSeconds = std::chrono::duration_cast<std::chrono::seconds>(maxRetryAfter).count();
        bool fits = false;
        const qint64 seconds = trimmed.toLongLong(&fits);
        if (!fits || seconds > maxSeconds)
            return maxRetryAfter;
        return std::chrono::milliseconds(std::chrono::seconds(seconds));
    }
    // IMF-fixdate of RFC 9110; "GMT" is the only zone it allows.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(when), 0, maxRetryAfter.count()));
}

} // namespace s2s::http
