#include "TokenEndpoint.h"

namespace s2s::auth {
namespace {

QByteArray encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

QCoro::Task<Result<OAuthReply>> postForm(http::HttpClient &http, QUrl url, Form form, Resend resend)
{
    http::Request request;
    request.carriesGrant = true;
    request.retryThrottled = resend == Resend::OnThrottling;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.body = encodeForm(form);
    const auto response = co_await http.send(request);
    if (!response)
        co_return response.error();
    OAuthReply reply = oauthReply(*response);
    co_return reply; // a named local: core/Coroutines.h
}

} // namespace s2s::auth
