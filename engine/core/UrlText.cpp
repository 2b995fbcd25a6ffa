#include "UrlText.h"

namespace s2s {

QString withoutTrailingSlash(QString url)
{
    url = url.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

bool sameUrl(const QString &a, const QString &b)
{
    return withoutTrailingSlash(a).compare(withoutTrailingSlash(b), Qt::CaseInsensitive) == 0;
}

} // namespace s2s
