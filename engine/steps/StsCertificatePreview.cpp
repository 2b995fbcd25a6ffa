#include "StsCertificatePreview.h"

#include "steps/StsCertificateSource.h"

namespace s2s {

StsCertificatePreview stsCertificatePreview(const CertificateChoice &choice,
                                            const StsCertificateRecord &prepared)
{
    const bool keeping = choice.mode == CertificateMode::Keep;
    // A generated or imported certificate left from an earlier choice is not the farm's current
    // one: keeping shows only a certificate read from the farm.
    const bool fits = !prepared.isEmpty() && isPreparedFor(prepared, choice) &&
                      (!keeping || prepared.source == StsCertificateRecord::current);
    StsCertificatePreview preview;
    if (!fits)
        return preview;
    preview.kind = keeping ? StsCertificatePreview::Kind::Current : StsCertificatePreview::Kind::ToInstall;
    preview.record = prepared;
    preview.offersPfxPassword = !keeping && !prepared.pfxPath.isEmpty();
    return preview;
}

} // namespace s2s
