// The wizard's language, through the executable: --lang picks one of the embedded translations
// (Qt's own included), the system locale is followed without it, an unknown --lang is an input
// error. Expected texts come from the same .qm files the executable embeds (:/i18n/).
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "ProgramRun.h"
#include "cli/Options.h"

using namespace Qt::StringLiterals;
using namespace s2s;

using Run = test::ProgramRun;

class TestLanguage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

    // The wizard under `locale` (LC_ALL), as a script on a server in that locale runs it;
    // `uiLanguages` is the user's ordered list of display languages (LANGUAGE, "en_US:fr_FR").
    Run wizard(const QStringList &arguments, const QString &locale = u"C.UTF-8"_s,
               const QString &uiLanguages = QString())
    {
        return test::runProgram(QStringLiteral(S2S_WIZARD_EXE), arguments,
                                {{u"XDG_DATA_HOME"_s, m_home.path()},
                                 {u"HOME"_s, m_home.path()},
                                 {u"LC_ALL"_s, locale},
                                 {u"LANGUAGE"_s, uiLanguages}});
    }

    // `source` in `language`, from the embedded translation; fails the test when untranslated.
    static QString translated(const QString &language, const char *context, const char *source)
    {
        QTranslator translator;
        if (!translator.load(u":/i18n/s2s-wizard_%1.qm"_s.arg(language)))
            return {};
        return translator.translate(context, source);
    }

private Q_SLOTS:
    void lang_translatesHelpAndQtsOwnTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("qtOptionsHeading");
        QTest::newRow("de") << u"de"_s << u"Optionen:"_s;
        QTest::newRow("fr") << u"fr"_s << u"Options :"_s;
        QTest::newRow("ja") << u"ja"_s << u"オプション:"_s;
    }
    void lang_translatesHelpAndQtsOwnTexts()
    {
        QFETCH(QString, language);
        QFETCH(QString, qtOptionsHeading);
        const QString description = translated(
            language, "Options",
            "Configures the SharePoint hybrid server-to-server trust between a SharePoint Server "
            "farm and SharePoint Online.");
        QVERIFY(!description.isEmpty());
        QVERIFY(!description.contains(u"Configures"_s));
        const Run run = wizard({u"--lang"_s, language, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(description), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"--lang <LANG>"_s), qPrintable(run.out));
        // Qt's own translation (qtbase_<lang>.qm) titles QCommandLineParser's option list.
        QVERIFY2(run.out.contains(qtOptionsHeading), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"Options:"_s));
    }

    void systemLocale_isFollowedWithoutLang_andLangOverridesIt()
    {
        const QString french =
            translated(u"fr"_s, "Options", "Unknown step \"%1\" for --stop-after.").arg(u"nope"_s);
        QVERIFY(!french.isEmpty());
        const Run followed = wizard({u"--stop-after"_s, u"nope"_s}, u"fr_FR.UTF-8"_s);
        QCOMPARE(followed.exitCode, int(ExitUsage));
        QVERIFY2(followed.err.contains(french), qPrintable(followed.err));

        const Run english = wizard({u"--lang"_s, u"en"_s, u"--stop-after"_s, u"nope"_s}, u"fr_FR.UTF-8"_s);
        QCOMPARE(english.exitCode, int(ExitUsage));
        QVERIFY2(english.err.contains(u"Unknown step \"nope\" for --stop-after."_s), qPrintable(english.err));

        const QString japanese =
            translated(u"ja"_s, "Options", "Unknown step \"%1\" for --stop-after.").arg(u"nope"_s);
        QVERIFY(!japanese.isEmpty());
        const Run overridden = wizard({u"--lang=ja"_s, u"--stop-after"_s, u"nope"_s}, u"fr_FR.UTF-8"_s);
        QCOMPARE(overridden.exitCode, int(ExitUsage));
        QVERIFY2(overridden.err.contains(japanese), qPrintable(overridden.err));
    }

    void systemLanguages_theFirstOneTheWizardHasWins_englishIncluded()
    {
        // English first, French second (common on Windows and macOS): English, although English
        // has no translation file and French has one.
        const Run english = wizard({u"--stop-after"_s, u"nope"_s}, u"fr_FR.UTF-8"_s, u"en_US:fr_FR"_s);
        QCOMPARE(english.exitCode, int(ExitUsage));
        QVERIFY2(english.err.contains(u"Unknown step \"nope\" for --stop-after."_s), qPrintable(english.err));
        // A language the wizard lacks first: the next one it has.
        const QString german =
            translated(u"de"_s, "Options", "Unknown step \"%1\" for --stop-after.").arg(u"nope"_s);
        QVERIFY(!german.isEmpty());
        const Run skipped = wizard({u"--stop-after"_s, u"nope"_s}, u"de_DE.UTF-8"_s, u"nl_NL:de_DE"_s);
        QCOMPARE(skipped.exitCode, int(ExitUsage));
        QVERIFY2(skipped.err.contains(german), qPrintable(skipped.err));
    }

    void unknownLang_isAnInputError()
    {
        const Run run = wizard({u"--lang"_s, u"xx"_s, u"--check"_s});
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"Unknown language \"xx\" for --lang."_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"en, de, fr, ja"_s), qPrintable(run.err));
    }

    void headlessOutput_isTranslated()
    {
        QTemporaryDir lab;
        const Run run = wizard({u"--lang"_s, u"de"_s, u"--lab"_s, lab.path(), u"--check"_s});
        const QString result = translated(u"de"_s, "Headless", "Result: exit code %1.").arg(run.exitCode);
        QVERIFY(!result.isEmpty());
        QVERIFY2(run.out.contains(result), qPrintable(run.summary()));
    }

    void htmlTranscript_isInTheAdminsLanguage_idsAndCommandsAsTheyRan()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath(u"s.json"_s);
        const QString html = dir.filePath(u"t.html"_s);
        QCOMPARE(wizard({u"--lang"_s, u"ja"_s, u"--lab"_s, dir.filePath(u"lab"_s), u"--auto"_s,
                         u"--session"_s, session})
                     .exitCode,
                 0);
        QCOMPARE(
            wizard({u"--lang"_s, u"ja"_s, u"--session"_s, session, u"--export-transcript"_s, html}).exitCode,
            0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QString heading = translated(u"ja"_s, "TranscriptHtml", "S2S Wizard change record");
        const QString pass = translated(u"ja"_s, "PageText", "pass");
        QVERIFY(!heading.isEmpty() && !pass.isEmpty());
        QVERIFY2(text.contains(u"<h1>%1</h1>"_s.arg(heading)), qPrintable(text.left(600)));
        QVERIFY(text.contains(u"<td class=\"pass\">%1</td>"_s.arg(pass)));
        QVERIFY(text.contains(u"<td>realm-matches-tenant</td>"_s)); // ids stay as they are
        QVERIFY(text.contains(u"Get-SPAuthenticationRealm"_s));     // and so do commands
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
