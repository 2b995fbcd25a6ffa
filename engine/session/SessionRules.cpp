#include "SessionRules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

#include "core/Check.h"
#include "core/InputRules.h"
#include "core/StepId.h"
#include "session/ChangeLog.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct SessionRulesText {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

// The first problem found, with the key it is at ("inputs.webApplication").
struct KeyProblem {
    QString key;
    InputProblem problem;
};
using KeyCheck = std::optional<KeyProblem>;

KeyCheck at(const QString &key, const InputCheck &check)
{
    if (check)
        return KeyProblem{key, *check};
    return std::nullopt;
}

// `rule` on the string at `key`, unless it is absent or empty (a new session has it empty).
KeyCheck optionalText(const QJsonObject &json, const QString &key, const QString &name,
                      const std::function<InputCheck(const QString &)> &rule)
{
    if (!json.contains(key))
        return std::nullopt;
    if (const InputCheck bad = input_rules::string(json.value(key)))
        return at(name, bad);
    const QString value = json.value(key).toString();
    return value.isEmpty() ? std::nullopt : at(name, rule(value));
}

KeyCheck optionalPath(const QJsonObject &json, const QString &key, const QString &name)
{
    if (!json.contains(key) || json.value(key) == QJsonValue(QString()))
        return std::nullopt;
    return at(name, input_rules::path(json.value(key)));
}

KeyCheck object(const QJsonObject &json, const QString &key, const QString &name)
{
    if (json.contains(key) && !json.value(key).isObject())
        return KeyProblem{name,
                          {SessionRulesText::tr("must be an object."),
                           SessionRulesText::tr("Start a new setup if the file was changed by hand.")}};
    return std::nullopt;
}

KeyCheck array(const QJsonObject &json, const QString &key, const QString &name)
{
    if (json.contains(key) && !json.value(key).isArray())
        return KeyProblem{name,
                          {SessionRulesText::tr("must be a list."),
                           SessionRulesText::tr("Start a new setup if the file was changed by hand.")}};
    return std::nullopt;
}

KeyCheck firstOf(std::initializer_list<std::function<KeyCheck()>> checks)
{
    for (const auto &check : checks)
        if (KeyCheck bad = check())
            return bad;
    return std::nullopt;
}

auto plain(qsizetype maxLength = 1024)
{
    return [maxLength](const QString &value) { return input_rules::plainText(value, maxLength); };
}

KeyCheck certificateChoice(const QJsonObject &json, const QString &prefix)
{
    static const std::pair<QString, InputCheck (*)(const QJsonValue &)> rules[]{
        {u"mode"_s, input_rules::certificateMode},
        {u"keySize"_s, input_rules::keySize},
        {u"validityYears"_s, input_rules::validityYears},
        {u"legacyPfx"_s, input_rules::boolean}};
    for (const auto &[key, rule] : rules)
        if (json.contains(key))
            if (KeyCheck bad = at(prefix + key, rule(json.value(key))))
                return bad;
    return firstOf({[&] { return optionalPath(json, u"pfx"_s, prefix + u"pfx"_s); },
                    [&] { return optionalPath(json, u"passwordFile"_s, prefix + u"passwordFile"_s); }});
}

KeyCheck inputs(const QJsonObject &json)
{
    const QJsonObject confirm = json.value(u"confirm").toObject();
    for (auto it = confirm.begin(); it != confirm.end(); ++it)
        if (KeyCheck bad = at(u"inputs.confirm."_s + it.key(),
                              input_rules::confirmation(it.key(), it.value())))
            return bad;
    return firstOf(
        {[&] {
             return optionalText(json, u"webApplication"_s, u"inputs.webApplication"_s,
                                 input_rules::webApplicationUrl);
         },
         [&] { return optionalText(json, u"zone"_s, u"inputs.zone"_s, input_rules::zone); },
         [&] {
             return optionalText(json, u"publicDomain"_s, u"inputs.publicDomain"_s,
                                 input_rules::publicDomain);
         },
         [&] { return object(json, u"certificate"_s, u"inputs.certificate"_s); },
         [&] { return certificateChoice(json.value(u"certificate").toObject(), u"inputs.certificate."_s); },
         [&] { return object(json, u"confirm"_s, u"inputs.confirm"_s); }});
}

KeyCheck certificateRecord(const QJsonObject &json, const QString &prefix)
{
    return firstOf({[&] { return optionalText(json, u"source"_s, prefix + u"source"_s, plain(20)); },
                    [&] {
                        return optionalText(json, u"thumbprint"_s, prefix + u"thumbprint"_s,
                                            input_rules::thumbprint);
                    },
                    [&] { return optionalText(json, u"subject"_s, prefix + u"subject"_s, plain()); },
                    [&] { return optionalPath(json, u"pfx"_s, prefix + u"pfx"_s); },
                    [&] { return optionalPath(json, u"cer"_s, prefix + u"cer"_s); }});
}

KeyCheck stringList(const QJsonObject &json, const QString &key, const QString &name,
                    const std::function<InputCheck(const QString &)> &rule)
{
    if (KeyCheck bad = array(json, key, name))
        return bad;
    const QJsonArray list = json.value(key).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString each = u"%1[%2]"_s.arg(name).arg(i);
        if (KeyCheck bad = at(each, input_rules::string(list.at(i))))
            return bad;
        if (KeyCheck bad = at(each, rule(list.at(i).toString())))
            return bad;
    }
    return std::nullopt;
}

KeyCheck variables(const QJsonObject &json)
{
    return firstOf(
        {[&] { return optionalText(json, u"tenantId"_s, u"variables.tenantId"_s, input_rules::guid); },
         [&] {
             return optionalText(json, u"spoPrincipalId"_s, u"variables.spoPrincipalId"_s, input_rules::guid);
         },
         [&] {
             return optionalText(json, u"metadataEndpoint"_s, u"variables.metadataEndpoint"_s,
                                 input_rules::url);
         },
         [&] { return optionalText(json, u"realmBefore"_s, u"variables.realmBefore"_s, plain(256)); },
         [&] { return stringList(json, u"spnsBefore"_s, u"variables.spnsBefore"_s, plain()); },
         [&] { return stringList(json, u"keysBefore"_s, u"variables.keysBefore"_s, plain(256)); },
         [&] { return object(json, u"stsCertificate"_s, u"variables.stsCertificate"_s); },
         [&] {
             return certificateRecord(json.value(u"stsCertificate").toObject(),
                                      u"variables.stsCertificate."_s);
         }});
}

KeyCheck unknownStep(const QString &key)
{
    return KeyProblem{key,
                      {SessionRulesText::tr("is not a step of this wizard."),
                       SessionRulesText::tr("Start a new setup if the file was changed by hand.")}};
}

KeyCheck stepRecord(const QJsonObject &record, const QString &prefix)
{
    static const QStringList states{u"pending"_s, u"applied"_s, u"validated"_s, u"failed"_s,
                                    u"not-applicable"_s};
    if (record.contains(u"state") && !states.contains(record.value(u"state").toString()))
        return unknownStep(prefix + u"state"_s);
    if (KeyCheck bad = object(record, u"error"_s, prefix + u"error"_s))
        return bad;
    if (KeyCheck bad = optionalText(record.value(u"error").toObject(), u"code"_s, prefix + u"error.code"_s,
                                    input_rules::errorCode))
        return bad;
    const QJsonArray checks = record.value(u"report").toObject().value(u"checks").toArray();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject check = checks.at(i).toObject();
        const QString name = prefix + u"report.checks[%1].id"_s.arg(i);
        if (KeyCheck bad = at(name, input_rules::string(check.value(u"id"))))
            return bad;
        if (KeyCheck bad = at(name, input_rules::stableId(check.value(u"id").toString())))
            return bad;
    }
    return std::nullopt;
}

KeyCheck steps(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString prefix = u"steps."_s + it.key();
        if (!stepFromKey(it.key()) || !it.value().isObject())
            return unknownStep(prefix);
        if (KeyCheck bad = stepRecord(it.value().toObject(), prefix + u"."_s))
            return bad;
    }
    return std::nullopt;
}

KeyCheck changeLog(const QJsonObject &json)
{
    const QJsonArray changes = json.value(u"changes").toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const QString prefix = u"changeLog.changes[%1]."_s.arg(i);
        if (!changeKindFromName(change.value(u"kind").toString()))
            return unknownStep(prefix + u"kind"_s);
        if (KeyCheck bad = firstOf(
                {[&] { return optionalText(change, u"step"_s, prefix + u"step"_s, input_rules::stableId); },
                 [&] {
                     return optionalText(change, u"site"_s, prefix + u"site"_s,
                                         input_rules::webApplicationUrl);
                 },
                 [&] { return optionalText(change, u"before"_s, prefix + u"before"_s, plain()); },
                 [&] { return optionalText(change, u"after"_s, prefix + u"after"_s, plain()); }}))
            return bad;
    }
    return std::nullopt;
}

KeyCheck transcriptEntry(const QJsonObject &entry, const QString &prefix)
{
    return firstOf({[&] { return optionalText(entry, u"step"_s, prefix + u"step"_s, input_rules::stableId); },
                    [&] { return optionalText(entry, u"server"_s, prefix + u"server"_s, plain(255)); }});
}

// Schema 1 kept the transcript in the session file.
KeyCheck transcript(const QJsonArray &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (KeyCheck bad = transcriptEntry(entries.at(i).toObject(), u"transcript[%1]."_s.arg(i)))
            return bad;
    return std::nullopt;
}

KeyCheck session(const QJsonObject &json)
{
    const QJsonObject origin = json.value(u"origin").toObject();
    const QJsonObject renewal = json.value(u"renewal").toObject();
    return firstOf({[&] { return optionalText(json, u"id"_s, u"id"_s, input_rules::guid); },
                    [&] { return object(json, u"origin"_s, u"origin"_s); },
                    [&] { return optionalText(origin, u"user"_s, u"origin.user"_s, plain(256)); },
                    [&] { return optionalText(origin, u"machine"_s, u"origin.machine"_s, plain(256)); },
                    [&] { return optionalText(origin, u"target"_s, u"origin.target"_s, plain()); },
                    [&] { return object(json, u"inputs"_s, u"inputs"_s); },
                    [&] { return inputs(json.value(u"inputs").toObject()); },
                    [&] { return object(json, u"variables"_s, u"variables"_s); },
                    [&] { return variables(json.value(u"variables").toObject()); },
                    [&] { return object(json, u"steps"_s, u"steps"_s); },
                    [&] { return steps(json.value(u"steps").toObject()); },
                    [&] { return changeLog(json.value(u"changeLog").toObject()); },
                    [&] {
                        return certificateRecord(renewal.value(u"oldCertificate").toObject(),
                                                 u"renewal.oldCertificate."_s);
                    },
                    [&] {
                        return certificateRecord(renewal.value(u"newCertificate").toObject(),
                                                 u"renewal.newCertificate."_s);
                    },
                    [&] { return array(json, u"transcript"_s, u"transcript"_s); },
                    [&] { return transcript(json.value(u"transcript").toArray()); }});
}

Status problemAt(const KeyCheck &bad)
{
    if (!bad)
        return success();
    return Error{u"input.session"_s,
                 SessionRulesText::tr("Session key \"%1\": %2").arg(bad->key, bad->problem.message),
                 {},
                 bad->problem.remedy,
                 ErrorKind::Input};
}

} // namespace

Status checkSessionJson(const QJsonObject &json)
{
    return problemAt(session(json));
}

Status checkTranscriptEntryJson(const QJsonObject &entry)
{
    return problemAt(transcriptEntry(entry, {}));
}

} // namespace s2s
