#pragma once

#include <QJsonObject>

#include <functional>

#include <QCoro/QCoroTask>

#include "core/Activity.h"
#include "core/Error.h"
#include "farm/FarmOp.h"

namespace s2s {

// Everything the steps need from the SharePoint farm: operations declared once each as a
// descriptor (farm/ops/*.h), run with call<Op>(arguments). Farm-wide operations run locally on
// the server hosting the wizard; per-server ones act on their server (through remoting on a real
// farm). Implementations: the host protocol (PowerShell or the lab host) and the transcript
// recorder around it.
class FarmBackend {
public:
    virtual ~FarmBackend() = default;

    virtual QString kind() const = 0;
    // How it runs, for the --report "backends" object.
    virtual QJsonObject reportInfo() const { return {{QStringLiteral("kind"), kind()}}; }
    // Receives the host starting and the verbose, warning and progress records of running
    // operations, for live display (the runner installs it).
    void setActivityHandler(std::function<void(const Activity &)> handler)
    {
        m_activity = std::move(handler);
    }
    // Stops what runs now: pending operations fail as cancelled (backend.cancelled).
    virtual void cancel() = 0;
    // The wizard is closing: calls in flight end now with backend.cancelled and later ones fail at
    // once, so no coroutine waits forever on an answer no event loop will deliver.
    virtual void abandonRequests() = 0;

    // Runs one operation and returns what the host answered.
    virtual QCoro::Task<Result<QJsonValue>> send(FarmRequest request) = 0;

    // Runs the operation `Op` with its Args built from `args` (in their order).
    template <typename Op, typename... A>
    QCoro::Task<Result<typename Op::Result>> call(A &&...args)
    {
        // Built here, outside any coroutine frame: core/Coroutines.h.
        return callWith<Op>(farm_op::request<Op>(typename Op::Args{std::forward<A>(args)...}));
    }

protected:
    void reportActivity(const Activity &activity) const
    {
        if (m_activity)
            m_activity(activity);
    }

private:
    template <typename Op>
    QCoro::Task<Result<typename Op::Result>> callWith(FarmRequest request)
    {
        const Result<QJsonValue> answer = co_await send(std::move(request));
        if (!answer)
            co_return answer.error();
        const Result<typename Op::Result> decoded = farm_op::decodeResult<Op>(answer.value());
        co_return decoded; // a named local: core/Coroutines.h
    }

    std::function<void(const Activity &)> m_activity;
};

} // namespace s2s
