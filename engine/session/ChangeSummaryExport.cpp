#include "ChangeSummaryExport.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// Shares its context with the HTML export: one translation for each heading both show.
struct TranscriptHtml {
    Q_DECLARE_TR_FUNCTIONS(TranscriptHtml)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The style class of the verdict: the same names as the check tables' statuses.
QString outcomeClass(ChangeSummary::Outcome outcome)
{
    switch (outcome) {
    case ChangeSummary::Outcome::Complete: return u"pass"_s;
    case ChangeSummary::Outcome::Stopped: return u"warn"_s;
    case ChangeSummary::Outcome::Failed: return u"fail"_s;
    }
    return {};
}

QString trustClass(const ChangeSummary &summary)
{
    if (summary.trust == ChangeSummary::Trust::Proven)
        return u"pass"_s;
    return summary.trust == ChangeSummary::Trust::NotChecked || summary.trustCheck.isEmpty() ? u"unknown"_s
                                                                                             : u"fail"_s;
}

// How a change row names its step: "9. Set the authentication realm", or the renewal's title.
QString stepCell(const ChangeSummary::Change &change)
{
    return change.stepNumber > 0 ? u"%1. %2"_s.arg(change.stepNumber).arg(change.step) : change.step;
}

QString changesHtml(const ChangeSummary &summary)
{
    QString html = u"<h2>%1</h2>\n"_s.arg(esc(TranscriptHtml::tr("What changed")));
    if (!summary.changesKnown)
        return html + u"<p class=\"unknown\">%1</p>\n"_s.arg(esc(TranscriptHtml::tr(
                          "Not recorded: this session was written before the wizard recorded its changes.")));
    if (summary.changes.isEmpty())
        return html + u"<p>%1</p>\n"_s.arg(esc(TranscriptHtml::tr(
                          "Nothing: this session changed nothing on the farm or in the tenant.")));
    html += u"<table class=\"changes\">\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n"_s.arg(
        esc(TranscriptHtml::tr("Change")), esc(TranscriptHtml::tr("Before")),
        esc(TranscriptHtml::tr("After")), esc(TranscriptHtml::tr("By step")));
    const QString none = u"<span class=\"none\">—</span>"_s;
    for (const ChangeSummary::Change &change : summary.changes) {
        const QString undone = change.undone.isEmpty()
                                   ? QString()
                                   : u"<br><small class=\"undone\">%1</small>"_s.arg(esc(change.undone));
        html += u"<tr><td>%1%2</td><td class=\"value\">%3</td><td class=\"value\">%4</td><td>%5</td></tr>\n"_s
                    .arg(esc(change.change), undone,
                         change.before.isEmpty() ? none : htmlTokens(change.before),
                         change.after.isEmpty() ? none : htmlTokens(change.after), esc(stepCell(change)));
    }
    return html + u"</table>\n"_s;
}

// One change as a comment line: "Authentication realm: a → b (step 9)".
QString changeLine(const ChangeSummary::Change &change)
{
    QStringList values;
    for (const QString &value : {change.before, change.after})
        if (!value.isEmpty())
            values.append(value);
    const QString by = change.stepNumber > 0 ? TranscriptHtml::tr("step %1").arg(change.stepNumber)
                                             : change.step;
    QString line = u"#   %1: %2 (%3)"_s.arg(change.change, values.join(u" → "_s), by);
    if (!change.undone.isEmpty())
        line += u"; "_s + change.undone;
    return line;
}

} // namespace

QString changeRecordHeading()
{
    return TranscriptHtml::tr("S2S Wizard change record");
}

QString htmlTokens(const QString &text)
{
    static const QRegularExpression word(u"\\S+"_s);
    // After a "/" (not the first of "//") or an "@": the seams of an SPN, a URL or a name identifier.
    static const QRegularExpression seam(u"(?<=[/@])(?!/)"_s);
    QString html;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : word.globalMatch(text)) {
        html += esc(text.mid(at, match.capturedStart() - at));
        QStringList parts;
        for (const QString &part : match.captured().split(seam, Qt::SkipEmptyParts))
            parts.append(u"<span class=\"token\">%1</span>"_s.arg(esc(part)));
        html += parts.join(u"<wbr>"_s);
        at = match.capturedEnd();
    }
    return html + esc(text.mid(at));
}

QString changeSummaryHtml(const ChangeSummary &summary)
{
    QString html = u"<table class=\"facts\">\n"_s;
    for (const ChangeSummary::Fact &fact : summary.facts)
        html += u"<tr><th>%1</th><td class=\"value\">%2</td></tr>\n"_s.arg(esc(fact.label),
                                                                           htmlTokens(fact.value));
    html += u"</table>\n"_s;
    html += u"<p class=\"verdict\"><b>%1</b> <span class=\"%2\">%3</span></p>\n"_s.arg(
        esc(TranscriptHtml::tr("Result:")), outcomeClass(summary.outcome), esc(summary.result));
    html += u"<p class=\"verdict\"><b>%1</b> <span class=\"%2\">%3</span></p>\n"_s.arg(
        esc(TranscriptHtml::tr("Trust:")), trustClass(summary), esc(summary.trustText));
    if (!summary.removal.isEmpty())
        html += u"<p class=\"verdict\">%1</p>\n"_s.arg(esc(summary.removal));
    return html + changesHtml(summary);
}

QStringList changeSummaryComment(const ChangeSummary &summary)
{
    QStringList lines{u"# "_s + changeRecordHeading()};
    for (const ChangeSummary::Fact &fact : summary.facts)
        lines.append(u"# %1: %2"_s.arg(fact.label, fact.value));
    lines.append(u"# %1 %2"_s.arg(TranscriptHtml::tr("Result:"), summary.result));
    lines.append(u"# %1 %2"_s.arg(TranscriptHtml::tr("Trust:"), summary.trustText));
    if (!summary.removal.isEmpty())
        lines.append(u"# "_s + summary.removal);
    lines.append(u"# %1"_s.arg(TranscriptHtml::tr("What changed:")));
    if (!summary.changesKnown)
        lines.append(u"#   "_s +
                     TranscriptHtml::tr("Not recorded: this session was written before the wizard "
                                        "recorded its changes."));
    else if (summary.changes.isEmpty())
        lines.append(u"#   "_s + TranscriptHtml::tr("Nothing: this session changed nothing on the farm or in "
                                                    "the tenant."));
    for (const ChangeSummary::Change &change : summary.changes)
        lines.append(changeLine(change));
    // A value never ends the comment early: a line break inside one would start an uncommented line.
    for (QString &line : lines)
        line.replace(u'\n', u' ').remove(u'\r');
    return lines;
}

} // namespace s2s
