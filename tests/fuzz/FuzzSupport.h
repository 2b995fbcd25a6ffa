#pragma once

// What the fuzzers share: the input as Qt bytes, and as a file for the parsers that read one.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace s2s::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input written to a file in a private temporary folder (removed when the fuzzer exits), for
// the loaders that take a path: they are fuzzed with the file reading they do in the product.
inline QString file(const QByteArray &contents, const QString &name = QStringLiteral("input.json"))
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(contents) != contents.size())
        qFatal("fuzz: cannot write %s", qPrintable(path));
    return path;
}

} // namespace s2s::fuzz
