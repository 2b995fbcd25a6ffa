#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace s2s::auth {

// A "browser" without a user, for the lab: GETs the authorize URL and follows its redirects
// (https to the lab's sign-in, then http to the loopback listener), so the real PKCE path runs
// while the lab's authorize endpoint approves by itself. Nothing it fetches is logged.
class RedirectFollower : public QObject {
    Q_OBJECT
public:
    explicit RedirectFollower(QSslConfiguration tls, QObject *parent = nullptr);

    void open(const QUrl &url);

Q_SIGNALS:
    // The last answer of the chain (the loopback listener's page, or where it stopped).
    void done(int status);

private:
    void follow(const QUrl &url, int hopsLeft);

    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};

} // namespace s2s::auth
