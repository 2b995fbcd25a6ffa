#pragma once

#include <QString>

#include "core/Error.h"
#include "tenant/http/HttpTypes.h"

namespace s2s {

// A failed Graph answer as the admin reads it: Graph's error code and message, request-id,
// the client-request-id we sent and date (what Microsoft support asks for), and a remedy; 403
// names the role and consent missing for `permission` (e.g. Application.ReadWrite.All).
Error graphError(const http::Response &response, const QString &permission,
                 const QString &clientRequestId = {});

} // namespace s2s
