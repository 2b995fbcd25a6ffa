#pragma once

#include "farm/FarmBackend.h"
#include "farm/HostTransport.h"

namespace s2s {

// The farm backend over a host process speaking the JSON Lines protocol: Windows PowerShell with
// the SharePoint snap-in on a farm, or s2s-lab-host for the lab. Arguments travel as JSON data.
class ProtocolFarmBackend final : public FarmBackend {
public:
    explicit ProtocolFarmBackend(HostTransport::Config config);

    QString kind() const override { return QStringLiteral("powershell-protocol"); }
    HostTransport &transport() { return m_transport; }
    QJsonObject reportInfo() const override;
    // Kills the host (a PowerShell runspace cannot be interrupted); the next call restarts it.
    void cancel() override { m_transport.cancel(); }
    void abandonRequests() override { m_transport.abandonCalls(); }

    QCoro::Task<Result<QJsonValue>> send(FarmRequest request) override
    {
        return m_transport.call(std::move(request.op), std::move(request.args), std::move(request.server),
                                request.timeoutFactor);
    }

private:
    HostTransport m_transport;
};

} // namespace s2s
