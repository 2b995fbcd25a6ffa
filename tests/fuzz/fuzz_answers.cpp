// The answers file (engine/cli/Answers.h).
#include "FuzzSupport.h"
#include "cli/Answers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto answers = s2s::Answers::fromFile(s2s::fuzz::file(s2s::fuzz::bytes(data, size)));
    if (!answers)
        (void)answers.error().toText();
    return 0;
}
