#pragma once

#include <QString>
#include <QStringList>

#include "session/ChangeSummary.h"

namespace s2s {

// The change summary as the HTML transcript opens with it: facts, result, trust verdict and the
// "What changed" table (a fragment for the <body>; its classes are styled by TranscriptExport).
QString changeSummaryHtml(const ChangeSummary &summary);
// The same as the comment lines the text transcript opens with ("# Result: ...").
QStringList changeSummaryComment(const ChangeSummary &summary);

// `text` escaped, each run of non-blank characters in a span that never wraps (class "token"):
// a GUID, a thumbprint or a host name never breaks (a browser breaks a GUID at its hyphens). A long
// SPN, URL or name identifier may break only after its "/" and "@" separators (<wbr>), so that two of
// them in one table row still fit the page.
QString htmlTokens(const QString &text);

// The HTML export's heading and the text export's first line, in the admin's language.
QString changeRecordHeading();

} // namespace s2s
