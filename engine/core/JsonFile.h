#pragma once

#include <QJsonObject>
#include <QString>

#include "core/Error.h"

namespace s2s {

// Reads a JSON object from a file, with an error that names the file and the parse problem.
Result<QJsonObject> readJsonObject(const QString &path);
// Writes atomically (QSaveFile): readers see the old or the new file, never half of one.
Status writeJsonObject(const QString &path, const QJsonObject &object);

} // namespace s2s
