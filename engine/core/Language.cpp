#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace s2s {

const QStringList &uiLanguages()
{
    static const QStringList languages{u"en"_s, u"de"_s, u"fr"_s, u"ja"_s};
    return languages;
}

QString requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (argument.startsWith(u"--lang="))
            language = argument.section(u'=', 1);
    }
    return language;
}

namespace {

// The first of the system's display languages that the wizard has, English included. QTranslator's
// own search through QLocale::uiLanguages() would skip English (it has no file) and take the next
// language in the list: "en-US, de-DE" would show German.
QString systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &name : preferred) {
        const QString language = QLocale(name).name().section(u'_', 0, 0);
        if (uiLanguages().contains(language))
            return language;
    }
    return u"en"_s;
}

// Loads Qt's own texts in `language`: windeployqt ships the combined qt_<lang>.qm, Debian also
// qtbase_<lang>.qm (which qt_<lang>.qm includes there).
void installQtTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(app);
    if (qt->load(u"qt_"_s + language, folder) || qt->load(u"qtbase_"_s + language, folder))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace

QString installTranslations(const QString &language)
{
    const bool chosen = uiLanguages().contains(language);
    const QString resolved = chosen ? language : systemLanguage();
    if (chosen)
        QLocale::setDefault(QLocale(language)); // dates and numbers in the pages follow --lang too
    if (resolved == u"en")
        return resolved; // the source texts
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(u"s2s-wizard_"_s + resolved, u":/i18n"_s)) {
        delete own;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(own);
    installQtTranslations(resolved);
    return resolved;
}

} // namespace s2s
