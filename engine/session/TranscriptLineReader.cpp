#include "TranscriptLineReader.h"

#include <QUtf8StringView>

#include <array>

namespace s2s {
namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The UTF-16 unit of the escape after a backslash at `at`, which moves past it. A surrogate pairs
// with the next escape in QJsonDocument's own way: left to it.
std::optional<char16_t> escapedUnit(const char *&at, const char *end)
{
    if (at == end)
        return std::nullopt;
    switch (*at++) {
    case '"': return u'"';
    case '\\': return u'\\';
    case '/': return u'/';
    case 'b': return u'\b';
    case 'f': return u'\f';
    case 'n': return u'\n';
    case 'r': return u'\r';
    case 't': return u'\t';
    case 'u': {
        if (end - at < 4)
            return std::nullopt;
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(*at++);
            if (digit < 0)
                return std::nullopt;
            unit = char16_t(unit * 16 + digit);
        }
        if (QChar::isSurrogate(unit))
            return std::nullopt;
        return unit;
    }
    default: return std::nullopt;
    }
}

// A string's bytes between its quotes: UTF-8 without control characters, its escapes well
// formed (`escaped` if it has any).
struct RawString {
    QByteArrayView bytes;
    bool escaped = false;
};

QString decoded(const RawString &value)
{
    if (!value.escaped)
        return QString::fromUtf8(value.bytes);
    QString text;
    text.reserve(value.bytes.size());
    const char *at = value.bytes.data();
    const char *end = at + value.bytes.size();
    const char *run = at;
    while (at != end) {
        if (*at != '\\') {
            ++at;
            continue;
        }
        text += QString::fromUtf8(QByteArrayView(run, at - run));
        ++at;
        text += QChar(escapedUnit(at, end).value_or(u'\uFFFD')); // checked when it was read
        run = at;
    }
    return text + QString::fromUtf8(QByteArrayView(run, end - run));
}

// A flat JSON object's tokens, left to right. Every reader returns std::nullopt (or false) for
// what it does not read exactly as QJsonDocument does.
class FlatJson {
public:
    explicit FlatJson(QByteArrayView line)
        : m_at(line.data())
        , m_end(line.data() + line.size())
    {}

    bool take(char token)
    {
        skipSpace();
        if (m_at == m_end || *m_at != token)
            return false;
        ++m_at;
        return true;
    }
    char next()
    {
        skipSpace();
        return m_at == m_end ? '\0' : *m_at;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }
    std::optional<RawString> string();
    // 0 to 999,999,999,999,999 without a fraction or exponent: exactly what toInteger() gives.
    std::optional<qint64> wholeNumber();
    // An unknown key's value: a string, a whole number, true, false or null.
    bool skipValue();

private:
    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }
    bool literal(QByteArrayView word)
    {
        if (!QByteArrayView(m_at, m_end - m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    const char *m_at;
    const char *m_end;
};

std::optional<RawString> FlatJson::string()
{
    if (!take('"'))
        return std::nullopt;
    const char *start = m_at;
    bool ascii = true;
    bool escaped = false;
    while (m_at != m_end) {
        const auto byte = static_cast<unsigned char>(*m_at);
        if (byte == '"') {
            const RawString value{QByteArrayView(start, m_at - start), escaped};
            ++m_at;
            // Escapes are ASCII: they never split a character, so the whole is checked at once.
            if (!ascii && !value.bytes.isValidUtf8())
                return std::nullopt;
            return value;
        }
        if (byte < 0x20) // a control character must be escaped
            return std::nullopt;
        if (byte == '\\') {
            ++m_at;
            if (!escapedUnit(m_at, m_end))
                return std::nullopt;
            escaped = true;
            continue;
        }
        ascii = ascii && byte < 0x80;
        ++m_at;
    }
    return std::nullopt; // no closing quote
}

std::optional<qint64> FlatJson::wholeNumber()
{
    skipSpace();
    const char *start = m_at;
    qint64 value = 0;
    while (m_at != m_end && *m_at >= '0' && *m_at <= '9' && m_at - start < 15)
        value = value * 10 + (*m_at++ - '0');
    const qsizetype digits = m_at - start;
    if (digits == 0 || (digits > 1 && *start == '0'))
        return std::nullopt;
    if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E' || (*m_at >= '0' && *m_at <= '9')))
        return std::nullopt;
    return value;
}

bool FlatJson::skipValue()
{
    switch (next()) {
    case '"': return string().has_value();
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: return wholeNumber().has_value();
    }
}

// "2026-12-02T18:16:14.874Z", as toJson writes it, read without QDateTime's general parser (a
// tenth of the reading); any other form is read by Qt::ISODateWithMs as fromJson does.
QDateTime entryTime(const RawString &value)
{
    const QByteArrayView text = value.bytes;
    const auto number = [&text](qsizetype from, qsizetype length) {
        int result = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (text.at(i) < '0' || text.at(i) > '9')
                return -1;
            result = result * 10 + (text.at(i) - '0');
        }
        return result;
    };
    if (!value.escaped && text.size() == 24 && text.at(4) == '-' && text.at(7) == '-' && text.at(10) == 'T' &&
        text.at(13) == ':' && text.at(16) == ':' && text.at(19) == '.' && text.at(23) == 'Z') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (number(0, 4) > 0 && date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    return QDateTime::fromString(decoded(value), Qt::ISODateWithMs);
}

} // namespace

std::optional<TranscriptEntry> TranscriptLineReader::read(QByteArrayView line)
{
    FlatJson json(line);
    if (!json.take('{'))
        return std::nullopt;
    // The keys TranscriptEntry::toJson writes, in its order; durationMs is the only number.
    enum Key {
        Time,
        Step,
        Server,
        Kind,
        Command,
        Output,
        Outcome,
        DurationMs,
        Keys
    };
    static constexpr std::array<QUtf8StringView, Keys> names{"time",    "step",   "server",  "kind",
                                                             "command", "output", "outcome", "durationMs"};
    std::array<RawString, DurationMs> texts{};
    qint64 durationMs = 0;
    unsigned seen = 0; // a bit per key: one read twice goes to QJsonDocument
    if (!json.take('}')) {
        do {
            const auto key = json.string();
            if (!key || !json.take(':'))
                return std::nullopt;
            const QUtf8StringView name = key->escaped ? QUtf8StringView() : QUtf8StringView(key->bytes);
            const auto known = std::find(names.cbegin(), names.cend(), name);
            if (key->escaped || known == names.cend()) {
                if (key->escaped || !json.skipValue()) // an escaped key may spell a known one
                    return std::nullopt;
                continue;
            }
            const auto index = std::distance(names.cbegin(), known);
            if ((seen & (1U << index)) != 0)
                return std::nullopt;
            seen |= 1U << index;
            if (index == DurationMs) {
                const auto number = json.wholeNumber();
                if (!number)
                    return std::nullopt;
                durationMs = *number;
            } else {
                auto value = json.next() == '"' ? json.string() : std::nullopt;
                if (!value)
                    return std::nullopt;
                texts.at(index) = *value;
            }
        } while (json.take(','));
        if (!json.take('}'))
            return std::nullopt;
    }
    if (!json.atEnd())
        return std::nullopt;

    const auto shared = [&texts](Previous &previous, Key key) {
        const RawString &value = texts.at(key);
        if (previous.raw.data() == nullptr || previous.raw != value.bytes) {
            previous.raw = value.bytes.data() ? value.bytes : QByteArrayView("", 0);
            previous.text = decoded(value);
        }
        return previous.text;
    };
    TranscriptEntry entry;
    entry.time = entryTime(texts.at(Time));
    entry.step = shared(m_step, Step);
    entry.server = shared(m_server, Server);
    const RawString &kind = texts.at(Kind);
    entry.kind = kind.escaped ? transcriptKindFromName(decoded(kind))
                              : transcriptKindFromName(QUtf8StringView(kind.bytes));
    entry.command = shared(m_command, Command);
    entry.output = shared(m_output, Output);
    const RawString &outcome = texts.at(Outcome);
    entry.ok = outcome.escaped ? decoded(outcome) != u"error" : outcome.bytes != "error";
    entry.durationMs = durationMs;
    return entry;
}

} // namespace s2s
