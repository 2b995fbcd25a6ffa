// Every farm operation's result decoder and its transcript text (engine/farm/FarmOps.h), and the
// protocol's error object. The first byte picks the operation (one past the last: the error
// object), the rest is the JSON value the host answered as "result".
#include <QJsonArray>
#include <QJsonDocument>

#include "FuzzSupport.h"
#include "farm/FarmOps.h"

namespace {

template <typename Op>
void decode(const QJsonValue &json)
{
    const typename Op::Result result = s2s::farm_op::readResult<Op>(json);
    (void)s2s::farm_op::describe<Op>(result);
    (void)s2s::farm_op::writeResult<Op>(result);
}

template <typename... Ops>
void decodeWith(s2s::FarmOpList<Ops...>, size_t index, const QJsonValue &json)
{
    size_t next = 0;
    ((next++ == index ? decode<Ops>(json) : void()), ...);
    if (index >= sizeof...(Ops)) {
        const s2s::Error error = s2s::farm_codec::error(json.toObject());
        (void)error.toText();
        (void)s2s::farm_codec::toJson(error);
    }
}

template <typename... Ops>
constexpr size_t count(s2s::FarmOpList<Ops...>)
{
    return sizeof...(Ops) + 1; // + the error object
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t index = data[0] % count(s2s::AllFarmOps{});
    // Wrapped in an array so that any JSON value (a string, a number, an array) is a result.
    const QByteArray json = "[" + s2s::fuzz::bytes(data + 1, size - 1) + "]";
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        return 0;
    decodeWith(s2s::AllFarmOps{}, index, document.array().at(0));
    return 0;
}
