#pragma once

#include <QList>
#include <QPair>

#include "tenant/auth/OAuthReply.h"
#include "tenant/http/HttpClient.h"

namespace s2s::auth {

using Form = QList<QPair<QString, QString>>;

// Whether a failed POST may be sent again: an authorization code is single-use, so its redemption
// is never retried, even after 503/504 (the code may already be spent).
enum class Resend {
    OnThrottling,
    Never
};

// POSTs an application/x-www-form-urlencoded form; an Error only when no usable answer came.
// The form carries a grant (code, refresh token, device code): it never follows a redirect to
// another origin.
QCoro::Task<Result<OAuthReply>> postForm(http::HttpClient &http, QUrl url, Form form,
                                         Resend resend = Resend::OnThrottling);

} // namespace s2s::auth
