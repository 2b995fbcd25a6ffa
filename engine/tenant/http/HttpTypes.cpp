#include "HttpTypes.h"

namespace s2s::http {

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace s2s::http
