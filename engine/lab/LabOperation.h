#pragma once

#include <QHash>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <type_traits>

#include <QCoro/QCoroTask>

#include "farm/FarmOp.h"
#include "lab/LabFarmModel.h"
#include "lab/LabSharePointLoad.h"

namespace s2s::lab {

// What the lab farm's operations work with.
struct LabFarmContext {
    LabFarmModel model;
    QString tenantCaFile; // the lab tenant's certificate (PEM) of this run, which the farm trusts
    LabSharePointLoad load;
    // What the farm may reach over HTTPS (origins, see originOf); empty: the lab tenant's own.
    QStringList allowedOrigins;
};

// Whether an operation needs SharePoint's farm cmdlets (all but host.info do).
enum class Needs {
    FarmCmdlets,
    Nothing
};

// One operation of the lab host: the request's arguments and server in, the result's JSON out.
using LabOperation =
    std::function<QCoro::Task<Result<QJsonValue>>(const LabFarmContext &, QJsonObject, QString)>;
// Wire name -> operation, built from the descriptors (LabFarmOperations.cpp).
using LabOperations = QHash<QString, LabOperation>;

inline Error missingArgument(const QString &op, const QString &name)
{
    return Error{QStringLiteral("farm.argument"),
                 QStringLiteral("%1: the argument \"%2\" is missing.").arg(op, name),
                 {},
                 {}};
}

// Reads the arguments of `Op` as its descriptor says, runs `handler` (returning Result<Op::Result>
// or a task of one) and writes its result as the descriptor says.
template <typename Op, typename Handler>
QCoro::Task<Result<QJsonValue>> runLabOperation(Handler handler, Needs needs, const LabFarmContext &lab,
                                                QJsonObject json, QString server)
{
    // As FarmHost.ps1: a host without the farm cmdlets fails before it reads the arguments.
    if (needs == Needs::FarmCmdlets && !lab.load.loaded())
        co_return lab.load.operationError();
    const QString op = Op::name.toString();
    farm_op::ArgReader in(std::move(json));
    typename Op::Args args = Op::readArgs(in);
    if constexpr (Op::perServer) {
        if (server.isEmpty())
            co_return missingArgument(op, QStringLiteral("server"));
        args.server = server;
    }
    if (!in.missing().isEmpty())
        co_return missingArgument(op, in.missing());
    using Returned = decltype(handler(lab, args));
    Result<typename Op::Result> result;
    if constexpr (std::is_same_v<Returned, Result<typename Op::Result>>)
        result = handler(lab, args);
    else
        result = co_await handler(lab, args);
    if (!result)
        co_return result.error();
    co_return farm_op::writeResult<Op>(result.value());
}

template <typename Op, typename Handler>
void addLabOperation(LabOperations &table, Handler handler, Needs needs = Needs::FarmCmdlets)
{
    table.insert(Op::name.toString(),
                 [handler, needs](const LabFarmContext &lab, QJsonObject json, QString server) {
                     return runLabOperation<Op>(handler, needs, lab, std::move(json), std::move(server));
                 });
}

} // namespace s2s::lab
