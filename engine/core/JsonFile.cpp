#include "JsonFile.h"

#include <QCoreApplication>

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace s2s {

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"file.read"_s, QCoreApplication::translate("Files", "Cannot read %1.").arg(path),
                     file.errorString(),
                     QCoreApplication::translate("Files", "Check that the file exists and is "
                                                          "readable.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"file.json"_s,
                     QCoreApplication::translate("Files", "%1 is not a JSON object.").arg(path),
                     u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset),
                     QCoreApplication::translate("Files", "Fix the JSON syntax (an editor with "
                                                          "JSON validation helps).")};
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
    return Error{u"file.write"_s, QCoreApplication::translate("Files", "Cannot write %1.").arg(path),
                 file.errorString(),
                 QCoreApplication::translate("Files", "Free disk space or fix the folder's "
                                                      "permissions.")};
}

} // namespace s2s
