#include "Error.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString Error::toText() const
{
    QString text = message;
    if (!code.isEmpty())
        text = u"[%1] %2"_s.arg(code, message);
    if (!detail.isEmpty())
        text += u"\n"_s + detail;
    if (!remedy.isEmpty())
        text += u"\nRemedy: "_s + remedy;
    return text;
}

} // namespace s2s
