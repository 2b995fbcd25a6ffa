#include "SignInSettings.h"

using namespace Qt::StringLiterals;

namespace s2s::auth {

QUrl oauthUrl(const QUrl &login, const QString &tenant, const QString &leaf)
{
    return QUrl(login.toString(QUrl::StripTrailingSlash) + u'/'
                + QString::fromLatin1(QUrl::toPercentEncoding(tenant)) + u"/oauth2/v2.0/"_s + leaf);
}

} // namespace s2s::auth
