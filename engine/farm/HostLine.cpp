#include "HostLine.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include "farm/FarmCodec.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// What makes `message` something else than one of the protocol's messages (DESIGN.md, "Farm
// backend"): the ready announcement, an event or an answer of a request. Empty when it is one.
QString notAMessage(const QJsonObject &message)
{
    const QString event = message.value(u"event").toString();
    if (event == u"ready")
        return {};
    const QJsonValue id = message.value(u"id");
    if (event == u"verbose" || event == u"warning" || event == u"progress")
        return id.isDouble() ? QString() : u"an event without a request id"_s;
    if (!event.isEmpty() || message.contains(u"event"_s))
        return u"an unknown event"_s;
    if (!message.value(u"ok").isBool())
        return u"neither an event nor an answer (no \"ok\")"_s;
    if (!message.value(u"ok").toBool() && !message.value(u"error").isObject())
        return u"a failure without an error object"_s;
    // The host's answer to a request line it could not read carries no usable id.
    if (!id.isDouble() && !(id.isNull() && message.value(u"error")[u"code"].toString() == u"farm.protocol"))
        return u"an answer without a request id"_s;
    return {};
}

// Why `line` is no protocol message at all (empty when it is one).
QString faultOf(const QByteArray &line, const QJsonDocument &document, const QJsonParseError &parseError)
{
    if (!isUtf8(line))
        return u"invalid UTF-8"_s;
    if (parseError.error != QJsonParseError::NoError)
        return u"not JSON (%1)"_s.arg(parseError.errorString());
    if (!document.isObject())
        return u"JSON that is not an object"_s;
    return notAMessage(document.object());
}

} // namespace

HostLine decodeHostLine(const QByteArray &line)
{
    HostLine decoded;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    decoded.message = document.object();
    const QJsonObject &message = decoded.message;
    decoded.fault = faultOf(line, document, parseError);
    if (!decoded.fault.isEmpty())
        return decoded;
    decoded.event = message.value(u"event").toString();
    if (decoded.event == u"ready") {
        const bool fatal = message.value(u"fatal").toBool();
        decoded.kind = fatal ? HostLine::Kind::FatalReady : HostLine::Kind::Ready;
        if (fatal)
            decoded.answer = farm_codec::error(message.value(u"error").toObject());
        return decoded;
    }
    decoded.id = message.value(u"id").toInteger();
    decoded.unreadRequest = !message.value(u"id").isDouble() && message.contains(u"ok"_s) &&
                            !message.value(u"ok").toBool() &&
                            message.value(u"error")[u"code"].toString() == u"farm.protocol";
    if (!decoded.event.isEmpty()) {
        decoded.kind = HostLine::Kind::Event;
        decoded.text = message.value(u"text").toString();
        return decoded;
    }
    decoded.kind = HostLine::Kind::Answer;
    if (message.value(u"ok").toBool())
        decoded.answer = message.value(u"result");
    else
        decoded.answer = farm_codec::error(message.value(u"error").toObject());
    return decoded;
}

} // namespace s2s
