#pragma once

#include <QString>

namespace s2s {

// "http://sharepoint/" and "http://sharepoint" name the same web application or endpoint.
QString withoutTrailingSlash(QString url);
bool sameUrl(const QString &a, const QString &b);

} // namespace s2s
