#pragma once

#include <QString>
#include <QStringList>

namespace s2s {

// The languages of the user interface: English (the source texts) and the Qt Linguist
// translations in translations/ (compiled into the executable as :/i18n/s2s-wizard_<lang>.qm).
const QStringList &uiLanguages();

// The value given to --lang in `arguments` ("--lang de" or "--lang=de"), empty when absent. Read
// before the command line is parsed, because the parser's own texts are translated.
QString requestedLanguage(const QStringList &arguments);

// Installs the translators of `language` (one of uiLanguages()) on the running QCoreApplication,
// the wizard's own and Qt's (qt_<lang>.qm or qtbase_<lang>.qm from QLibraryInfo::TranslationsPath);
// an empty or unknown `language` takes the first of the system's display languages that the wizard
// has (English included). Call it before any translated text is created.
// Returns the language now in use ("en" when no translation applies).
QString installTranslations(const QString &language);

} // namespace s2s
