// Renders resources/s2s-wizard.svg into a Windows .ico holding every size Windows asks for
// (16 px in lists up to 256 px in Explorer), each entry PNG-compressed (Windows Vista and later).
// Built and run by scripts/make-ico.sh; its output is committed, so builds need no SVG renderer.
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: make-ico SVG ICO\n", stderr);
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fputs("not a valid SVG\n", stderr);
        return 1;
    }
    const QList<int> sizes{16, 20, 24, 32, 40, 48, 64, 256};
    QList<QByteArray> pngs;
    for (int size : sizes) {
        QImage image(size, size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        pngs.append(png);
    }
    // ICONDIR, one ICONDIRENTRY per image, then the images (all little-endian).
    QByteArray ico;
    auto put16 = [&ico](quint16 value) {
        value = qToLittleEndian(value);
        ico.append(reinterpret_cast<const char *>(&value), 2);
    };
    auto put32 = [&ico](quint32 value) {
        value = qToLittleEndian(value);
        ico.append(reinterpret_cast<const char *>(&value), 4);
    };
    put16(0);
    put16(1);
    put16(quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const char side = char(sizes[i] >= 256 ? 0 : sizes[i]); // 0 means 256
        ico.append(side).append(side).append('\0').append('\0');
        put16(1);
        put16(32);
        put32(quint32(pngs[i].size()));
        put32(offset);
        offset += quint32(pngs[i].size());
    }
    for (const QByteArray &png : pngs)
        ico.append(png);
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(ico) != ico.size()) {
        std::fputs("cannot write the .ico\n", stderr);
        return 1;
    }
    return 0;
}
