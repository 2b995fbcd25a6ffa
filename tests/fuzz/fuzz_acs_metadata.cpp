// The ACS metadata document (engine/tenant/GraphJson.h, acsMetadata), read as
// GraphTenantBackend::acsMetadata reads the answer of the metadata endpoint.
#include <QJsonDocument>

#include "FuzzSupport.h"
#include "tenant/GraphJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(s2s::fuzz::bytes(data, size));
    if (document.isObject())
        (void)s2s::graph_json::acsMetadata(document.object());
    return 0;
}
