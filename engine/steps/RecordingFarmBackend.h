#pragma once

#include "farm/FarmBackend.h"
#include "session/Recorder.h"

namespace s2s {

// Puts every farm operation in the transcript as the PowerShell an admin would read, with what
// the host returned (nothing else), then forwards to the real backend. Steps only ever see this
// wrapper. The arguments (a PFX and its password among them) go to the inner backend only.
class RecordingFarmBackend final : public FarmBackend {
public:
    RecordingFarmBackend(FarmBackend &inner, Recorder &recorder)
        : m_inner(inner)
        , m_recorder(recorder)
    {}

    QString kind() const override { return m_inner.kind(); }
    QJsonObject reportInfo() const override { return m_inner.reportInfo(); }
    void cancel() override { m_inner.cancel(); }
    void abandonRequests() override { m_inner.abandonRequests(); }

    QCoro::Task<Result<QJsonValue>> send(FarmRequest request) override
    {
        QString server = request.server;
        QString command = request.command;
        auto describe = request.describe;
        return m_recorder.record(TranscriptEntry::Kind::Farm, std::move(server), std::move(command),
                                 m_inner.send(std::move(request)), std::move(describe));
    }

private:
    FarmBackend &m_inner;
    Recorder &m_recorder;
};

} // namespace s2s
