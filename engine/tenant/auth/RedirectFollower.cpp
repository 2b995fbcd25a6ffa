#include "RedirectFollower.h"

#include <QNetworkReply>

namespace s2s::auth {
namespace {

constexpr int maxRedirects = 8;

} // namespace

RedirectFollower::RedirectFollower(QSslConfiguration tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
{}

void RedirectFollower::open(const QUrl &url)
{
    follow(url, maxRedirects);
}

void RedirectFollower::follow(const QUrl &url, int hopsLeft)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    // By hand: Qt does not follow https -> http, and the loopback redirect is http by design.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hopsLeft] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (status >= 300 && status < 400 && location.isValid() && hopsLeft > 0)
            follow(reply->url().resolved(location), hopsLeft - 1);
        else
            Q_EMIT done(status);
    });
}

} // namespace s2s::auth
