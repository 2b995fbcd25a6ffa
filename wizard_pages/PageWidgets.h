#pragma once

#include <QIcon>
#include <QString>

#include "core/Check.h"
#include "core/Error.h"
#include "session/Session.h"

class QLabel;
class QWidget;

namespace s2s {

class WizardContext;

// Inline message strips: the wizard never interrupts work with a message box.
enum class StripKind {
    Error,
    Warning,
    Info,
    Success // a result that is good news (the trust works)
};
QLabel *makeMessageStrip(StripKind kind, const QString &objectName, QWidget *parent);
// Shows `text` in the strip, or hides the strip when `text` is empty.
void showInStrip(QLabel *strip, const QString &text);

// The yellow "lab mode" strip of every page; follows the context when the lab opens later.
QLabel *makeLabBanner(WizardContext &context, QWidget *parent);

// What sign-in asks the admin to read (the device code, the browser prompt, a missing credential
// store): on every page, since any step may need to sign in. Hidden while there is nothing.
QLabel *makeTenantMessageStrip(WizardContext &context, QWidget *parent);

// Why the session file could not be saved (the file keeps its last saved state), on every page;
// hidden again once a save succeeds.
QLabel *makeSaveErrorStrip(WizardContext &context, QWidget *parent);

// An engine error as the admin reads it: the message, then the detail and the remedy.
QString errorText(const Error &error);

// Small word-wrapped label for running text.
QLabel *makeTextLabel(const QString &objectName, QWidget *parent);

// State icons, as the step list and the check table show them (the words: stepStateText and
// checkStatusText of the engine).
QIcon stepStateIcon(StepState state);
QIcon checkStatusIcon(CheckStatus status);

} // namespace s2s
