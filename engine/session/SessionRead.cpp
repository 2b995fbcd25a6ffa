#include "SessionRead.h"

#include <QDir>
#include <QFileInfo>

#include "core/JsonFile.h"
#include "session/TranscriptLines.h"

namespace s2s {

Result<std::unique_ptr<Session>> sessionFromFileJson(const QString &path, const QJsonObject &json)
{
    auto session = Session::fromJson(json);
    if (!session) {
        Error error = session.error();
        error.detail = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        return error;
    }
    return session;
}

Result<std::unique_ptr<Session>> readSessionFile(const QString &path, SessionParts parts)
{
    const auto json = readJsonObject(path);
    if (!json)
        return json.error();
    auto session = sessionFromFileJson(path, *json);
    if (!session)
        return session;
    const bool ownFile = json->value(QStringLiteral("schema")).toInt() != Session::transcriptInFileSchema;
    if (parts == SessionParts::StateAndTranscript && ownFile) {
        auto read = readTranscriptFile(transcriptPathFor(path));
        if (!read)
            return read.error();
        session.value()->restoreTranscript(std::move(read.value().transcript));
    }
    return session;
}

} // namespace s2s
