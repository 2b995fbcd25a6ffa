#include "Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Failure: return u"failure"_s;
    case ErrorKind::Input: return u"input"_s;
    case ErrorKind::Confirmation: return u"confirmation"_s;
    case ErrorKind::Backend: return u"backend"_s;
    case ErrorKind::SignIn: return u"sign-in"_s;
    }
    return {};
}

ErrorKind errorKindFromName(const QString &name)
{
    for (ErrorKind kind : {ErrorKind::Input, ErrorKind::Confirmation, ErrorKind::Backend, ErrorKind::SignIn})
        if (errorKindName(kind) == name)
            return kind;
    return ErrorKind::Failure;
}

QString Error::toText() const
{
    QString text = message;
    if (!code.isEmpty())
        text = u"[%1] %2"_s.arg(code, message);
    if (!detail.isEmpty())
        text += u"\n"_s + detail;
    if (!remedy.isEmpty())
        text += u"\n"_s + QCoreApplication::translate("Error", "Remedy: %1").arg(remedy);
    return text;
}

QJsonObject Error::toJson() const
{
    return {{u"code"_s, code}, {u"message"_s, message}, {u"detail"_s, detail}, {u"remedy"_s, remedy}};
}

Error Error::fromJson(const QJsonObject &json)
{
    return {json.value(u"code").toString(), json.value(u"message").toString(),
            json.value(u"detail").toString(), json.value(u"remedy").toString()};
}

} // namespace s2s
