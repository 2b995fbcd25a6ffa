#pragma once

#include <QString>

namespace s2s::lab {

// The farm's display language (farm.json "language", e.g. de-DE): SharePoint returns TypeName and
// display names translated, so nothing may recognise an object by them (POWERSHELL.md). farm.json
// keeps the English names; the lab farm translates what it reports, as the SharePoint simulator
// does. An unknown language or name stays English.
QString translated(const QString &language, const QString &english);

} // namespace s2s::lab
