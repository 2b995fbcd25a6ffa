#include "SignInSettings.h"

using namespace Qt::StringLiterals;

namespace s2s::auth {

QUrl oauthUrl(const QUrl &login, const QString &tenant, const QString &leaf)
{
    // No tenant yet (a new session without --tenant): any work or school account.
    const QString authority = tenant.isEmpty() ? u"organizations"_s : tenant;
    return QUrl(login.toString(QUrl::StripTrailingSlash) + u'/' +
                QString::fromLatin1(QUrl::toPercentEncoding(authority)) + u"/oauth2/v2.0/"_s + leaf);
}

} // namespace s2s::auth
