#pragma once

#include <QStringList>

class QWidget;

namespace s2s::test {

// Every visible text under `window` that does not fit its widget: labels, buttons, check and
// radio boxes, combo boxes, line-edit placeholders, tab and header captions, and widgets that
// stick out of the window. One line each, naming the widget, its text and the missing pixels.
// Longer German words and Japanese glyphs are what this catches; the translations test cannot.
QStringList clippedTexts(QWidget *window);

} // namespace s2s::test
