#include "HostLine.h"

#include <QJsonDocument>

#include "farm/FarmCodec.h"

using namespace Qt::StringLiterals;

namespace s2s {

HostLine decodeHostLine(const QByteArray &line)
{
    HostLine decoded;
    QJsonParseError parseError;
    decoded.message = QJsonDocument::fromJson(line, &parseError).object();
    const QJsonObject &message = decoded.message;
    if (parseError.error != QJsonParseError::NoError || message.isEmpty())
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
