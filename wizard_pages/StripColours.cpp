#include "StripColours.h"

#include <QPalette>

#include <cmath>

#include "PageWidgets.h"

namespace s2s {
namespace {

constexpr double readableContrast = 4.5;

// One kind's hue, and the tints the light theme has always shown.
struct Tint {
    QColor accent;
    StripColours light;
};

Tint tint(StripKind kind)
{
    switch (kind) {
    case StripKind::Error:
        return {QColor(0xd9, 0x3f, 0x35),
                {QColor(0xfd, 0xec, 0xea), QColor(0x7a, 0x1c, 0x12), QColor(0xe3, 0xa2, 0x9a)}};
    case StripKind::Warning:
        return {QColor(0xe0, 0xa8, 0x1b),
                {QColor(0xff, 0xf6, 0xd6), QColor(0x4d, 0x3b, 0x00), QColor(0xe6, 0xcf, 0x7a)}};
    case StripKind::Info:
        return {QColor(0x4a, 0x90, 0xd9),
                {QColor(0xe8, 0xf1, 0xfb), QColor(0x17, 0x3a, 0x5e), QColor(0xa9, 0xc8, 0xe8)}};
    case StripKind::Success:
        return {QColor(0x3c, 0xa5, 0x5c),
                {QColor(0xe9, 0xf6, 0xec), QColor(0x1d, 0x5e, 0x2f), QColor(0x9f, 0xd2, 0xab)}};
    }
    return {};
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// `share` of `b` in `a`.
QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

// `wanted`, or else the palette's text, or else black or white: the first that reads on `background`.
QColor readableOn(const QColor &wanted, const QColor &background, const QPalette &palette)
{
    if (contrastRatio(wanted, background) >= readableContrast)
        return wanted;
    const QColor text = palette.color(QPalette::WindowText);
    if (contrastRatio(text, background) >= readableContrast)
        return text;
    return contrastRatio(Qt::black, background) > contrastRatio(Qt::white, background) ? QColor(Qt::black)
                                                                                       : QColor(Qt::white);
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor outcomeTextColour(bool good, const QPalette &palette)
{
    const QColor light = good ? QColor(0x1d, 0x6b, 0x34) : QColor(0xa3, 0x27, 0x1b);
    const QColor accent = good ? QColor(0x3c, 0xa5, 0x5c) : QColor(0xd9, 0x3f, 0x35);
    const QColor wanted = isDark(palette) ? mix(palette.color(QPalette::WindowText), accent, 0.5) : light;
    return readableOn(wanted, palette.color(QPalette::Window), palette);
}

StripColours stripColours(StripKind kind, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const Tint hue = tint(kind);
    // Dark and dark high-contrast themes: a dark tint of the hue, light text.
    StripColours colours = hue.light;
    if (isDark(palette))
        colours = {mix(window, hue.accent, 0.25), mix(text, hue.accent, 0.2), mix(window, hue.accent, 0.6)};
    colours.text = readableOn(colours.text, colours.background, palette);
    return colours;
}

} // namespace s2s
