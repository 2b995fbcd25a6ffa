#pragma once

#include <QJsonObject>

#include "core/Error.h"

namespace s2s {

// Checks a session file's JSON before anything in it is used: the wizard runs elevated and the
// session lives in a folder the admin's unelevated processes can write. Inputs are held to the
// answers file's rules (core/InputRules: GUID tenant, URLs, paths, confirmation booleans); ids
// that reach output (step keys, check ids, error codes) must be known or well-formed. The first
// problem is an input error ("input.session", ErrorKind::Input) naming the key, e.g.
// "variables.tenantId". Empty values are allowed where a new session has them empty.
Status checkSessionJson(const QJsonObject &json);
// The same rules for one transcript entry (a line of the transcript's JSON Lines file).
Status checkTranscriptEntryJson(const QJsonObject &entry);

} // namespace s2s
