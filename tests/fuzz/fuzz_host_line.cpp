// The farm host protocol's line decoder (engine/farm/HostLine.h), fed the way HostTransport
// frames the host's stdout: lines split at '\n', trimmed, empty ones skipped.
#include "FuzzSupport.h"
#include "farm/HostLine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using s2s::HostLine;
    const QByteArray input = s2s::fuzz::bytes(data, size);
    for (const QByteArray &raw : input.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const HostLine decoded = s2s::decodeHostLine(line);
        if ((decoded.kind == HostLine::Kind::Answer || decoded.kind == HostLine::Kind::FatalReady) &&
            !decoded.answer.ok())
            (void)decoded.answer.error().toText();
    }
    return 0;
}
