#include "FarmOp.h"

using namespace Qt::StringLiterals;

namespace s2s::farm_op {

QString quote(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

QString literal(bool value)
{
    return value ? u"$true"_s : u"$false"_s;
}

void ArgReader::noteMissing(const QString &name)
{
    if (m_missing.isEmpty())
        m_missing = name;
}

QString ArgReader::requiredText(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty())
        noteMissing(name);
    return value;
}

bool ArgReader::requiredFlag(const QString &name)
{
    if (!m_args.value(name).isBool())
        noteMissing(name);
    return flag(name);
}

bool ArgReader::optionalFlag(const QString &name)
{
    if (m_args.contains(name) && !m_args.value(name).isBool())
        noteMissing(name);
    return flag(name);
}

} // namespace s2s::farm_op
