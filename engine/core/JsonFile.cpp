#include "JsonFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace s2s {

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"file.read"_s, u"Cannot read %1."_s.arg(path), file.errorString(),
                     u"Check that the file exists and is readable."_s};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"file.json"_s, u"%1 is not a JSON object."_s.arg(path),
                     u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset),
                     u"Fix the JSON syntax (an editor with JSON validation helps)."_s};
    return document.object();
}

Status writeJsonObject(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
        if (file.commit())
            return success();
    }
    return Error{u"file.write"_s, u"Cannot write %1."_s.arg(path), file.errorString(),
                 u"Free disk space or fix the folder's permissions."_s};
}

} // namespace s2s
