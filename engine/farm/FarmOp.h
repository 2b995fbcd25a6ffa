#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

#include "farm/FarmJson.h"
#include "farm/FarmText.h"

namespace s2s {

// One farm operation on its way to a host: the protocol request, and the PowerShell an admin
// reads for it with how its answer prints (the transcript; the host never runs this text).
struct FarmRequest {
    QString op;
    QJsonObject args;
    QString server; // empty: farm-wide, run on the server hosting the wizard
    int timeoutFactor = 1;
    QString command;
    std::function<QString(const QJsonValue &)> describe;
};

namespace farm_op {

// A PowerShell single-quoted string.
QString quote(const QString &value);
QString literal(bool value); // $true / $false

// Reads a request's arguments on a host (as data: nothing here ever becomes code) and notes the
// first required one that is missing.
class ArgReader {
public:
    explicit ArgReader(QJsonObject args)
        : m_args(std::move(args))
    {}

    const QJsonObject &json() const { return m_args; }
    QString text(const QString &name) const { return m_args.value(name).toString(); }
    bool flag(const QString &name) const { return m_args.value(name).toBool(); }
    // A non-empty string.
    QString requiredText(const QString &name);
    // A boolean, true or false but present.
    bool requiredFlag(const QString &name);
    // A boolean that may be left out (false); present, it must be one (as FarmHost.ps1 reads it).
    bool optionalFlag(const QString &name);
    // The first required argument that was missing, or empty.
    QString missing() const { return m_missing; }

private:
    void noteMissing(const QString &name);

    QJsonObject m_args;
    QString m_missing;
};

} // namespace farm_op

struct NoArgs {};
struct ServerArgs {
    QString server;
};

// What a descriptor has unless it says otherwise. A descriptor is a struct with
//   name (the protocol's wire name), Args, Result, writeArgs/readArgs, command(args);
// optionally perServer (Args then starts with `server`: run on that server, through remoting on
// a farm), timeoutFactor, and readResult/writeResult/describe when Result is not in FarmJson.
struct FarmOpDefaults {
    static constexpr bool perServer = false;
    static constexpr int timeoutFactor = 1;
    static QJsonObject writeArgs(const NoArgs &) { return {}; }
    static NoArgs readArgs(farm_op::ArgReader &) { return {}; }
};

struct PerServerOpDefaults : FarmOpDefaults {
    static constexpr bool perServer = true;
    static QJsonObject writeArgs(const ServerArgs &) { return {}; }
    static ServerArgs readArgs(farm_op::ArgReader &) { return {}; }
};

namespace farm_op {

template <typename Op>
typename Op::Result readResult(const QJsonValue &json)
{
    if constexpr (requires { Op::readResult(json); })
        return Op::readResult(json);
    else
        return FarmJson<typename Op::Result>::read(json);
}

// The answer as Op's result, or a protocol error naming the operation and the first required
// field the answer lacks (farm_codec::FieldCheck): never a default in its place.
template <typename Op>
Result<typename Op::Result> decodeResult(const QJsonValue &json)
{
    farm_codec::FieldCheck check;
    typename Op::Result value = readResult<Op>(json);
    if (!check.missing().isEmpty())
        return farm_codec::incompleteAnswer(Op::name.toString(), check.missing());
    return value;
}

template <typename Op>
QJsonValue writeResult(const typename Op::Result &result)
{
    if constexpr (requires { Op::writeResult(result); })
        return Op::writeResult(result);
    else
        return FarmJson<typename Op::Result>::write(result);
}

template <typename Op>
QString describe(const typename Op::Result &result)
{
    if constexpr (requires { Op::describe(result); })
        return Op::describe(result);
    else
        return farmText(result);
}

// The request for `Op` with `args`.
template <typename Op>
FarmRequest request(const typename Op::Args &args)
{
    FarmRequest request;
    request.op = Op::name.toString();
    request.args = Op::writeArgs(args);
    if constexpr (Op::perServer)
        request.server = args.server;
    request.timeoutFactor = Op::timeoutFactor;
    request.command = Op::command(args);
    request.describe = [](const QJsonValue &json) { return describe<Op>(readResult<Op>(json)); };
    return request;
}

} // namespace farm_op

// A list of descriptors: each ops/*.h header lists its own, FarmOps.h joins them.
template <typename... Ops>
struct FarmOpList {
    static QStringList names() { return {Ops::name.toString()...}; }
};

} // namespace s2s
