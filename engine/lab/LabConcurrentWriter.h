#pragma once

#include <QJsonObject>

#include "core/Error.h"
#include "lab/LabFolder.h"

namespace s2s::lab {

// Makes a second writer's change to a service principal in tenant.json, as another admin or tool
// would through Graph at the same time as the wizard (faults.json "concurrentWrite", see
// LabFaults.h). `change` holds any of:
//   "addSpn": "<spn>"          appended unless listed (ignoring case)
//   "removeSpn": "<spn>"       removed (ignoring case)
//   "addKey": "<common name>"  a key credential with a new self-signed certificate of that name
//   "removeKey": "<thumbprint>"  the key credential whose key has that SHA-1 (hex, any case)
//   "stripKey": "<thumbprint>" that key credential stays, stored without its `key` value
//   "appId": "<appId>"         the principal to change (default: SharePoint Online's)
// Unknown names are an error, so a mistyped test fails instead of racing nothing.
Status applyConcurrentWrite(const LabFolder &folder, const QJsonObject &change);

} // namespace s2s::lab
