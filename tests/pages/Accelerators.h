#pragma once

#include <QStringList>

class QWidget;

namespace s2s::test {

// Alt+letter keys that more than one visible control of `window` claims (buttons, check and radio
// boxes, labels with a buddy, tabs). Qt then only cycles focus between them, so Alt+R would not
// run the step. One line per key, naming the texts that share it.
QStringList sharedAccelerators(QWidget *window);

} // namespace s2s::test
