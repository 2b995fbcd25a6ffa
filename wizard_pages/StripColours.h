#pragma once

#include <QColor>

class QPalette;

namespace s2s {

enum class StripKind;

// The colours of a message strip, taken from the palette around it: the familiar light tints on a
// light palette, darker tints of the same hues on a dark one, and text that always keeps a
// contrast of at least 4.5:1 (WCAG AA) with its background, so high-contrast themes stay readable.
struct StripColours {
    QColor background;
    QColor text;
    QColor border;
};
StripColours stripColours(StripKind kind, const QPalette &palette);

// A word that says good or bad (all checks pass, export failed) in plain text on the window: the
// familiar dark green or red on a light palette, lighter ones on a dark palette, always readable.
QColor outcomeTextColour(bool good, const QPalette &palette);

// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace s2s
