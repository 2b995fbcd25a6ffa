#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace s2s::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QJsonArray sessionTranscript(const QString &sessionPath)
{
    const QFileInfo info(sessionPath);
    const QByteArray bytes = readFile(info.dir().filePath(info.completeBaseName() + u".transcript.jsonl"_s));
    QJsonArray entries;
    for (const QByteArray &line : bytes.split('\n'))
        if (!line.isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    return entries;
}

QStringList principalValues(const QJsonObject &principal, const QString &name)
{
    QStringList values;
    for (const QJsonValue &value : principal.value(name).toArray())
        values.append(value.isObject() ? value[u"key"].toString() : value.toString());
    return values;
}

void verifyNothingLost(const QJsonObject &before, const QJsonObject &after)
{
    for (const QString &name : {u"servicePrincipalNames"_s, u"keyCredentials"_s}) {
        const QStringList had = principalValues(before, name);
        QStringList has = principalValues(after, name);
        for (const QString &value : had)
            QVERIFY2(has.contains(value), qPrintable(name + u": lost "_s + value));
        QVERIFY2(has.size() <= had.size() + 1, qPrintable(name + u": "_s + has.join(u", "_s)));
        QCOMPARE(has.removeDuplicates(), qsizetype(0));
    }
}

} // namespace s2s::test
