#include "LabFarmLanguage.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace s2s::lab {

QString translated(const QString &language, const QString &english)
{
    // The names the lab farm reports, in the SharePoint simulator's words (SharePointSimulator.cs).
    static const QHash<QString, QHash<QString, QString>> tables{
        {u"de-DE"_s,
         {{u"Azure Access Control Service Application Proxy"_s,
           u"Azure Access Control Service-Anwendungsproxy"_s},
          {u"Managed Metadata Service Connection"_s, u"Verbindung für Verwaltete Metadatendienste"_s},
          {u"Windows Authentication"_s, u"Windows-Authentifizierung"_s}}},
        {u"fr-FR"_s,
         {{u"Azure Access Control Service Application Proxy"_s,
           u"Proxy d’application Azure Access Control Service"_s},
          {u"Managed Metadata Service Connection"_s, u"Connexion au service de métadonnées gérées"_s},
          {u"Windows Authentication"_s, u"Authentification Windows"_s}}},
    };
    for (auto table = tables.begin(); table != tables.end(); ++table)
        if (table.key().compare(language, Qt::CaseInsensitive) == 0)
            return table->value(english, english);
    return english;
}

} // namespace s2s::lab
