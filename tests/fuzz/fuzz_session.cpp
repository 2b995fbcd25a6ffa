// The session loader (engine/session/SessionFile.h, readSessionFile) on a session file; what it
// loads is written back as the session writer would.
#include "FuzzSupport.h"
#include "session/SessionFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto session = s2s::readSessionFile(s2s::fuzz::file(s2s::fuzz::bytes(data, size)));
    if (session)
        (void)session.value()->toJson();
    else
        (void)session.error().toText();
    return 0;
}
