#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace s2s::test {

// The whole file; empty when it cannot be read.
QByteArray readFile(const QString &path);

// Replaces the file with `bytes`; false when it cannot be written whole.
bool writeFile(const QString &path, const QByteArray &bytes);

// The transcript entries of the session file at `sessionPath`, read as any tool would: the JSON
// Lines file "<stem>.transcript.jsonl" beside it, one entry per complete line.
QJsonArray sessionTranscript(const QString &sessionPath);

// A lab principal's "servicePrincipalNames" or "keyCredentials" (each by its "key") as strings.
QStringList principalValues(const QJsonObject &principal, const QString &name);

// Nothing lost from the principal: every SPN and key credential of `before` is still there, none
// twice, and at most one of each was added. Fails the current test function (QVERIFY) otherwise.
void verifyNothingLost(const QJsonObject &before, const QJsonObject &after);

} // namespace s2s::test
