#pragma once

#include <QString>

#include <QCoro/QCoroTask>

#include "core/Error.h"

namespace s2s::auth {

// Where the Graph client takes its bearer token from; the sign-in session implements it.
class AccessTokenSource {
public:
    virtual ~AccessTokenSource() = default;
    // The current access token (renewed when it has expired); an error when nobody signed in.
    virtual QCoro::Task<Result<QString>> accessToken() = 0;
    // A new access token from the refresh token, after Graph answered 401 to the current one.
    virtual QCoro::Task<Result<QString>> renewAccessToken() = 0;
};

} // namespace s2s::auth
