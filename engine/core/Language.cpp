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

QString installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const bool chosen = uiLanguages().contains(language);
    const QLocale locale = chosen ? QLocale(language) : QLocale::system();
    if (chosen)
        QLocale::setDefault(locale); // dates and numbers in the pages follow --lang too
    auto *own = new QTranslator(app);
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (ja-JP, ja, ...); English
    // has no file, so an English locale loads nothing and the source texts show.
    if (language == u"en" || !own->load(locale, u"s2s-wizard"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(u'_', 0, 0).section(u'-', 0, 0);
}

} // namespace s2s
