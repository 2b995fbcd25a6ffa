<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcsTokenRefusal</name>
    <message>
        <source>The key the farm signs with has expired: give the farm a new STS certificate in %1, then upload it in %2.</source>
        <translation>La clé avec laquelle la batterie signe a expiré : donnez à la batterie un nouveau certificat STS à l&apos;%1, puis chargez-le à l&apos;%2.</translation>
    </message>
    <message>
        <source>ACS does not accept the key the farm signed with: upload the farm&apos;s current STS certificate to the SharePoint Online principal in %1 (and check in %2 that every server runs it).</source>
        <translation>ACS n&apos;accepte pas la clé avec laquelle la batterie a signé : chargez le certificat STS actuel de la batterie sur le principal SharePoint Online à l&apos;%1 (et vérifiez à l&apos;%2 que chaque serveur l&apos;utilise).</translation>
    </message>
    <message>
        <source>ACS does not know the farm&apos;s realm as this tenant: check the tenant id in %1 and set the farm&apos;s realm to it in %2.</source>
        <translation>ACS ne reconnaît pas le domaine d&apos;authentification de la batterie comme ce locataire : vérifiez l&apos;ID de locataire à l&apos;%1, puis définissez-le comme domaine de la batterie à l&apos;%2.</translation>
    </message>
    <message>
        <source>No service principal name of SharePoint Online covers %1: add the one for its domain in %2.</source>
        <translation>Aucun nom de principal de service de SharePoint Online ne couvre %1 : ajoutez celui de son domaine à l&apos;%2.</translation>
    </message>
    <message>
        <source>ACS found the farm&apos;s assertion outside its validity: set the clock of the SharePoint servers right (time service, NTP) and run this step again.</source>
        <translation>ACS a trouvé l&apos;assertion de la batterie hors de sa période de validité : mettez à l&apos;heure l&apos;horloge des serveurs SharePoint (service de temps, NTP) et exécutez de nouveau cette étape.</translation>
    </message>
    <message>
        <source>ACS refused how the request was encoded; the transcript holds both encodings tried and their answers: send it to Microsoft support.</source>
        <translation>ACS a refusé l&apos;encodage de la requête ; la transcription contient les deux encodages essayés et leurs réponses : envoyez-la au support Microsoft.</translation>
    </message>
    <message>
        <source>ACS refused the token; run the checks of %1 and %2 again and read the service&apos;s answer in the transcript.</source>
        <translation>ACS a refusé le jeton ; réexécutez les vérifications de l&apos;%1 et de l&apos;%2, puis lisez la réponse du service dans la transcription.</translation>
    </message>
</context>
<context>
    <name>AcsTrustStep</name>
    <message>
        <source>Configure the proxy for ACS</source>
        <translation>Configurer le proxy pour ACS</translation>
    </message>
    <message>
        <source>An Azure Access Control Service proxy in the default proxy group and a trusted security token issuer (a trust broker) let the farm accept tokens issued for your tenant. The issuer reads its name from the metadata endpoint, so the farm must reach it over HTTPS. Existing objects are reused, never duplicated.</source>
        <translation>Un proxy Azure Access Control Service dans le groupe de proxys par défaut et un émetteur de jeton de sécurité approuvé (un broker d&apos;approbation) permettent à la batterie d&apos;accepter les jetons émis pour votre locataire. L&apos;émetteur lit son nom sur le point de terminaison de métadonnées : la batterie doit donc l&apos;atteindre en HTTPS. Les objets existants sont réutilisés, jamais dupliqués.</translation>
    </message>
    <message>
        <source>If no ACS proxy exists:</source>
        <translation>S&apos;il n&apos;existe aucun proxy ACS :</translation>
    </message>
    <message>
        <source>If no trusted issuer uses this metadata endpoint:</source>
        <translation>Si aucun émetteur approuvé n&apos;utilise ce point de terminaison de métadonnées :</translation>
    </message>
    <message>
        <source>A trusted security token issuer named &quot;%1&quot; already exists with another metadata endpoint (%2).</source>
        <translation>Un émetteur de jeton de sécurité approuvé nommé « %1 » existe déjà avec un autre point de terminaison de métadonnées (%2).</translation>
    </message>
    <message>
        <source>Run this step to create the ACS proxy.</source>
        <translation>Exécutez cette étape pour créer le proxy ACS.</translation>
    </message>
    <message>
        <source>no ACS proxy</source>
        <translation>aucun proxy ACS</translation>
    </message>
    <message>
        <source>an ACS proxy, Online</source>
        <translation>un proxy ACS, en ligne</translation>
    </message>
    <message>
        <source>in the default group</source>
        <translation>dans le groupe par défaut</translation>
    </message>
    <message>
        <source>not in the default group</source>
        <translation>pas dans le groupe par défaut</translation>
    </message>
    <message>
        <source>Add it: Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup -Default) -Member &lt;proxy&gt;</source>
        <translation>Ajoutez-le : Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup -Default) -Member &lt;proxy&gt;</translation>
    </message>
    <message>
        <source>The proxy points at another tenant&apos;s metadata: remove it and run this step again.</source>
        <translation>Le proxy pointe vers les métadonnées d&apos;un autre locataire : supprimez-le et exécutez de nouveau cette étape.</translation>
    </message>
    <message>
        <source>Run this step to create the trusted issuer.</source>
        <translation>Exécutez cette étape pour créer l&apos;émetteur approuvé.</translation>
    </message>
    <message>
        <source>a trusted issuer named ACS</source>
        <translation>un émetteur approuvé nommé ACS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>an issuer whose name begins with ACS</source>
        <translation>un émetteur dont le nom commence par ACS</translation>
    </message>
    <message>
        <source>The issuer was created for another tenant or realm: remove it (Remove-SPTrustedSecurityTokenIssuer) and run this step again.</source>
        <translation>L&apos;émetteur a été créé pour un autre locataire ou domaine d&apos;authentification : supprimez-le (Remove-SPTrustedSecurityTokenIssuer) et exécutez de nouveau cette étape.</translation>
    </message>
    <message>
        <source>Recreate the issuer with -IsTrustBroker:$true.</source>
        <translation>Recréez l&apos;émetteur avec -IsTrustBroker:$true.</translation>
    </message>
    <message>
        <source>Start the proxy: Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq &apos;%1&apos; } | ForEach-Object { $_.Provision() }</source>
        <translation>Démarrez le proxy : Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq &apos;%1&apos; } | ForEach-Object { $_.Provision() }</translation>
    </message>
    <message>
        <source>It probably belongs to an earlier tenant. Remove it with Remove-SPTrustedSecurityTokenIssuer %1 if nothing uses it, then run this step again.</source>
        <translation>Il appartient probablement à un locataire antérieur. Supprimez-le avec Remove-SPTrustedSecurityTokenIssuer %1 si rien ne l&apos;utilise, puis exécutez de nouveau cette étape.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1 : échec</translation>
    </message>
</context>
<context>
    <name>AddSpnStep</name>
    <message>
        <source>Add the SPN</source>
        <translation>Ajouter le SPN</translation>
    </message>
    <message>
        <source>No valid public domain is set.</source>
        <translation>Aucun domaine public valide n&apos;est défini.</translation>
    </message>
    <message>
        <source>Run this step to add the SPN.</source>
        <translation>Exécutez cette étape pour ajouter le SPN.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Remove the other SPNs for %1 from the SharePoint Online principal: only the wildcard SPN may name the domain.</source>
        <translation>Supprimez les autres SPN pour %1 du principal SharePoint Online : seul le SPN générique peut nommer le domaine.</translation>
    </message>
    <message>
        <source>every SPN listed before this step</source>
        <translation>chaque SPN listé avant cette étape</translation>
    </message>
    <message>
        <source>all %1 still listed</source>
        <translation>tous les %1 sont toujours listés</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>Add the missing SPNs back to the SharePoint Online principal: other hybrid features depend on them.</source>
        <translation>Rajoutez les SPN manquants au principal SharePoint Online : d&apos;autres fonctionnalités hybrides en dépendent.</translation>
    </message>
    <message>
        <source>SPN list</source>
        <translation>liste des SPN</translation>
    </message>
    <message>
        <source>Another service principal in the tenant already lists %1, and an SPN can belong to one principal only. Find it with Microsoft Graph: GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq &apos;%1&apos;) (Graph Explorer works), or in the Microsoft Entra admin center (Enterprise applications). Remove the SPN from that principal if it is left over from an earlier setup, then run this step again.</source>
        <translation>Un autre principal de service du locataire liste déjà %1, et un SPN ne peut appartenir qu&apos;à un seul principal. Trouvez-le avec Microsoft Graph : GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq &apos;%1&apos;) (Graph Explorer convient), ou dans le Centre d&apos;administration Microsoft Entra (Applications d&apos;entreprise). Supprimez le SPN de ce principal s&apos;il provient d&apos;une configuration antérieure, puis exécutez de nouveau cette étape.</translation>
    </message>
    <message>
        <source>SharePoint Online accepts the farm&apos;s tokens for hosts in your public domain when its service principal lists the wildcard SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt;. The wizard reads the list, adds the SPN if it is missing and writes back the whole list: every existing SPN is kept. It reads the list again right before writing and reads it back afterwards, so a change someone else makes meanwhile is merged, not lost.</source>
        <translation>SharePoint Online accepte les jetons de la batterie pour les hôtes de votre domaine public lorsque son principal de service liste le SPN générique 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt;. L&apos;Assistant lit la liste, ajoute le SPN s&apos;il manque et réécrit la liste complète : chaque SPN existant est conservé. Il relit la liste juste avant de l&apos;écrire et la relit ensuite : une modification faite entre-temps par quelqu&apos;un d&apos;autre est ainsi fusionnée, et non perdue.</translation>
    </message>
    <message>
        <source>If %1 is not listed yet, read the list again right before writing it:</source>
        <translation>Si %1 n&apos;est pas encore listé, relire la liste juste avant de l&apos;écrire :</translation>
    </message>
    <message>
        <source>Read it back: every SPN of the read before plus the new one must be listed; if another change raced in, merge again (at most %1 times).</source>
        <translation>Relire la liste : chaque SPN de la lecture précédente ainsi que le nouveau doivent être listés ; si une autre modification s&apos;est intercalée, fusionner de nouveau (au plus %1 fois).</translation>
    </message>
    <message>
        <source>no earlier list recorded: the step has not run in this session, and no earlier session of this farm and tenant recorded one</source>
        <translation>aucune liste antérieure enregistrée : l&apos;étape n&apos;a pas été exécutée dans cette session, et aucune session antérieure de cette batterie et de ce locataire n&apos;en a enregistré</translation>
    </message>
    <message>
        <source>Nothing to compare with: run the step (it records the list first), or validate in the session that set the tenant up (headless: --check --session FILE).</source>
        <translation>Rien à comparer : exécutez l&apos;étape (elle enregistre d&apos;abord la liste), ou validez dans la session qui a configuré le locataire (sans interface : --check --session FILE).</translation>
    </message>
    <message>
        <source>Enter it in the %1.</source>
        <translation>Saisissez-le à l&apos;%1.</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Answers key &quot;%1&quot;: %2</source>
        <translation>Clé de réponse « %1 » : %2</translation>
    </message>
    <message>
        <source>is not a known key.</source>
        <translation>n&apos;est pas une clé connue.</translation>
    </message>
    <message>
        <source>Known keys: %1.</source>
        <translation>Clés connues : %1.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>Write {&quot;realmChange&quot;: true, ...}.</source>
        <translation>Écrivez {&quot;realmChange&quot;: true, ...}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file the wizard can read.</source>
        <translation>« %1 » n&apos;est pas un fichier que l&apos;Assistant peut lire.</translation>
    </message>
    <message>
        <source>Give the path of an existing, readable file.</source>
        <translation>Indiquez le chemin d&apos;un fichier existant et lisible.</translation>
    </message>
    <message>
        <source>Write {&quot;mode&quot;: &quot;generate&quot;}, {&quot;mode&quot;: &quot;import&quot;, &quot;pfx&quot;: ...} or {&quot;mode&quot;: &quot;keep&quot;}.</source>
        <translation>Écrivez {&quot;mode&quot;: &quot;generate&quot;}, {&quot;mode&quot;: &quot;import&quot;, &quot;pfx&quot;: ...} ou {&quot;mode&quot;: &quot;keep&quot;}.</translation>
    </message>
    <message>
        <source>is needed to import a PFX.</source>
        <translation>est nécessaire pour importer un PFX.</translation>
    </message>
    <message>
        <source>Give the path of the PFX file to import.</source>
        <translation>Indiquez le chemin du fichier PFX à importer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http:// or https:// URL.</source>
        <translation>« %1 » n&apos;est pas une URL absolue http:// ou https://.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>doit être une chaîne.</translation>
    </message>
    <message>
        <source>Write it in double quotes.</source>
        <translation>Écrivez-la entre guillemets doubles.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit être true ou false.</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>Écrivez true ou false.</translation>
    </message>
    <message>
        <source>Write the web application URL, e.g. http://sharepoint.</source>
        <translation>Écrivez l&apos;URL de l&apos;application web, par exemple http://sharepoint.</translation>
    </message>
    <message>
        <source>Write an absolute URL, e.g. https://accounts.accesscontrol.windows.net/...</source>
        <translation>Indiquez une URL absolue, par exemple https://accounts.accesscontrol.windows.net/...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone.</source>
        <translation>« %1 » n&apos;est pas une zone.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Utilisez l&apos;une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID.</source>
        <translation>« %1 » n&apos;est pas un GUID.</translation>
    </message>
    <message>
        <source>Write a GUID such as 00000000-0000-0000-0000-000000000000, or start a new setup.</source>
        <translation>Indiquez un GUID tel que 00000000-0000-0000-0000-000000000000, ou démarrez une nouvelle configuration.</translation>
    </message>
    <message>
        <source>must be a path.</source>
        <translation>doit être un chemin.</translation>
    </message>
    <message>
        <source>Write the path in double quotes.</source>
        <translation>Écrivez le chemin entre guillemets doubles.</translation>
    </message>
    <message>
        <source>is not a known confirmation.</source>
        <translation>n&apos;est pas une confirmation connue.</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>Connues : %1.</translation>
    </message>
    <message>
        <source>must be &quot;generate&quot;, &quot;import&quot; or &quot;keep&quot;.</source>
        <translation>doit être &quot;generate&quot;, &quot;import&quot; ou &quot;keep&quot;.</translation>
    </message>
    <message>
        <source>Write one of the three in double quotes.</source>
        <translation>Écrivez l&apos;une des trois valeurs entre guillemets doubles.</translation>
    </message>
    <message>
        <source>must be one of %1 (RSA bits).</source>
        <translation>doit être l&apos;une des valeurs %1 (bits RSA).</translation>
    </message>
    <message>
        <source>Write a number, e.g. 2048.</source>
        <translation>Écrivez un nombre, par exemple 2048.</translation>
    </message>
    <message>
        <source>must be a whole number of years from %1 to %2.</source>
        <translation>doit être un nombre entier d&apos;années de %1 à %2.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 2.</source>
        <translation>Écrivez un nombre, par exemple 2.</translation>
    </message>
    <message>
        <source>is not a known id.</source>
        <translation>n&apos;est pas un identificateur connu.</translation>
    </message>
    <message>
        <source>Ids are lowercase letters, digits and &apos;-&apos;; start a new setup if the file was changed by hand.</source>
        <translation>Les identificateurs sont composés de lettres minuscules, de chiffres et de &apos;-&apos; ; démarrez une nouvelle configuration si le fichier a été modifié à la main.</translation>
    </message>
    <message>
        <source>is not an error code.</source>
        <translation>n&apos;est pas un code d&apos;erreur.</translation>
    </message>
    <message>
        <source>Error codes are letters, digits and &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;,&apos; or &apos;-&apos;; start a new setup if the file was changed by hand.</source>
        <translation>Les codes d&apos;erreur sont composés de lettres, de chiffres et de &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;,&apos; ou &apos;-&apos; ; démarrez une nouvelle configuration si le fichier a été modifié à la main.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate thumbprint (40 hex digits).</source>
        <translation>« %1 » n&apos;est pas une empreinte de certificat (40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Start a new setup if the file was changed by hand.</source>
        <translation>Démarrez une nouvelle configuration si le fichier a été modifié à la main.</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters.</source>
        <translation>doit tenir sur une ligne d&apos;au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>AuthRealmStep</name>
    <message>
        <source>Set the authentication realm</source>
        <translation>Définir le domaine d&apos;authentification</translation>
    </message>
    <message>
        <source>The farm&apos;s authentication realm must be your tenant id, so that SharePoint Online and the farm agree on token audiences. Changing it breaks everything registered on the old realm (provider-hosted add-ins, Workflow Manager) with HTTP 401 until they are registered again: the wizard lists them first.</source>
        <translation>Le domaine d&apos;authentification (realm) de la batterie doit être votre ID de locataire, afin que SharePoint Online et la batterie s&apos;accordent sur les audiences des jetons. Le modifier casse tout ce qui est inscrit sur l&apos;ancien domaine (compléments hébergés par le fournisseur, Workflow Manager) avec une erreur HTTP 401 jusqu&apos;à leur réinscription : l&apos;Assistant les liste d&apos;abord.</translation>
    </message>
    <message>
        <source>Change the farm&apos;s authentication realm to the tenant id, knowing that what depends on the old realm stops working until it is registered again.</source>
        <translation>Remplacer le domaine d&apos;authentification de la batterie par l&apos;ID de locataire, en sachant que ce qui dépend de l&apos;ancien domaine cessera de fonctionner jusqu&apos;à sa réinscription.</translation>
    </message>
    <message>
        <source>If the realm differs, after your confirmation:</source>
        <translation>Si le domaine diffère, après votre confirmation :</translation>
    </message>
    <message>
        <source>The realm will change from %1 to %2.</source>
        <translation>Le domaine passera de %1 à %2.</translation>
    </message>
    <message>
        <source>Depends on the old realm and will fail with HTTP 401: %1</source>
        <translation>Dépend de l&apos;ancien domaine et échouera avec HTTP 401 : %1</translation>
    </message>
    <message>
        <source>Run this step to set the realm to the tenant id.</source>
        <translation>Exécutez cette étape pour définir le domaine sur l&apos;ID de locataire.</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Windows PowerShell with SharePoint Server is not available here.</source>
        <translation>Windows PowerShell avec SharePoint Server n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Run the wizard on a SharePoint server, elevated, as a farm administrator; or try it against the built-in lab with --lab DIR.</source>
        <translation>Exécutez l&apos;Assistant sur un serveur SharePoint, avec élévation de privilèges, en tant qu&apos;administrateur de batterie ; ou essayez-le avec le labo intégré via --lab DIR.</translation>
    </message>
    <message>
        <source>PowerShell 7 (pwsh) was not found.</source>
        <translation>PowerShell 7 (pwsh) est introuvable.</translation>
    </message>
    <message>
        <source>Install it with &quot;dotnet tool update --global PowerShell --version 7.6.9&quot;, or put pwsh on PATH, or set S2S_PWSH to its path; or use --lab-farm host.</source>
        <translation>Installez-le avec « dotnet tool update --global PowerShell --version 7.6.9 », ajoutez pwsh au PATH ou indiquez son chemin dans S2S_PWSH ; ou utilisez --lab-farm host.</translation>
    </message>
    <message>
        <source>The SharePoint simulator module was not found.</source>
        <translation>Le module du simulateur SharePoint est introuvable.</translation>
    </message>
    <message>
        <source>Build the wizard with pwsh installed (the simulator is built from tests/sharepoint), or set S2S_SHAREPOINT_SIMULATOR to its folder; or use --lab-farm host.</source>
        <translation>Compilez l’assistant avec pwsh installé (le simulateur est construit à partir de tests/sharepoint) ou indiquez son dossier dans S2S_SHAREPOINT_SIMULATOR ; ou utilisez --lab-farm host.</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation>étape %1 « %2 »</translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation>Échec à l&apos;%1.</translation>
    </message>
    <message>
        <source>Stopped at %1.</source>
        <translation>Arrêtée à l&apos;%1.</translation>
    </message>
    <message>
        <source>Setup complete: every step is validated or does not apply.</source>
        <translation>Configuration terminée : chaque étape est validée ou ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>Not yet checked: the final validation has not asked ACS for a token signed by this farm.</source>
        <translation>Pas encore vérifiée : la validation finale n&apos;a pas encore demandé à ACS un jeton signé par cette batterie.</translation>
    </message>
    <message>
        <source>Not proven: the check &quot;%1&quot; (%2) fails.</source>
        <translation>Non prouvée : la vérification « %1 » (%2) échoue.</translation>
    </message>
    <message>
        <source>Not proven: the check &quot;%1&quot; (%2) could not be decided.</source>
        <translation>Non prouvée : la vérification « %1 » (%2) n&apos;a pas pu être tranchée.</translation>
    </message>
    <message>
        <source>Not proven: not every trust check ran.</source>
        <translation>Non prouvée : toutes les vérifications de l&apos;approbation n&apos;ont pas été exécutées.</translation>
    </message>
    <message>
        <source>%1, zone %2</source>
        <translation>%1, zone %2</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Exécutée par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>Authentication realm</source>
        <translation>Domaine d&apos;authentification</translation>
    </message>
    <message>
        <source>OAuth over HTTP</source>
        <translation>OAuth sur HTTP</translation>
    </message>
    <message>
        <source>STS certificate (thumbprint)</source>
        <translation>Certificat STS (empreinte)</translation>
    </message>
    <message>
        <source>SPN added</source>
        <translation>SPN ajouté</translation>
    </message>
    <message>
        <source>Key added to SharePoint Online (thumbprint)</source>
        <translation>Clé ajoutée à SharePoint Online (empreinte)</translation>
    </message>
    <message>
        <source>Key removed from SharePoint Online (thumbprint)</source>
        <translation>Clé supprimée de SharePoint Online (empreinte)</translation>
    </message>
    <message>
        <source>ACS proxy created</source>
        <translation>Proxy ACS créé</translation>
    </message>
    <message>
        <source>Trusted token issuer created</source>
        <translation>Émetteur de jetons approuvé créé</translation>
    </message>
    <message>
        <source>App principal registered</source>
        <translation>Principal d&apos;application inscrit</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>found already undone by the removal on %1</source>
        <translation>trouvée déjà annulée par la suppression du %1</translation>
    </message>
    <message>
        <source>undone by the removal on %1</source>
        <translation>annulée par la suppression du %1</translation>
    </message>
    <message>
        <source>The hybrid trust was removed on %1.</source>
        <translation>L&apos;approbation hybride a été supprimée le %1.</translation>
    </message>
    <message>
        <source>A removal began on %1 and did not finish.</source>
        <translation>Une suppression a commencé le %1 et ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Proven: ACS issued tokens to this farm for SharePoint Online and for the farm&apos;s public host.</source>
        <translation>Prouvée : ACS a émis pour cette batterie des jetons pour SharePoint Online et pour l&apos;hôte public de la batterie.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Web application exists</source>
        <translation>L&apos;application web existe</translation>
    </message>
    <message>
        <source>Integrated Windows authentication</source>
        <translation>Authentification Windows intégrée</translation>
    </message>
    <message>
        <source>NTLM (Kerberos disabled)</source>
        <translation>NTLM (Kerberos désactivé)</translation>
    </message>
    <message>
        <source>OAuth over HTTP enabled</source>
        <translation>OAuth sur HTTP activé</translation>
    </message>
    <message>
        <source>STS certificate same on all servers</source>
        <translation>Même certificat STS sur tous les serveurs</translation>
    </message>
    <message>
        <source>STS certificate key strength</source>
        <translation>Longueur de clé du certificat STS</translation>
    </message>
    <message>
        <source>STS certificate validity</source>
        <translation>Validité du certificat STS</translation>
    </message>
    <message>
        <source>SharePoint PowerShell host ready</source>
        <translation>Hôte PowerShell SharePoint prêt</translation>
    </message>
    <message>
        <source>Account is a farm administrator</source>
        <translation>Le compte est administrateur de batterie</translation>
    </message>
    <message>
        <source>PowerShell remoting reaches every server</source>
        <translation>La communication à distance PowerShell atteint chaque serveur</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365</source>
        <translation>Connecté à Microsoft 365</translation>
    </message>
    <message>
        <source>Graph permission granted</source>
        <translation>Autorisation Graph accordée</translation>
    </message>
    <message>
        <source>Farm reaches ACS over HTTPS</source>
        <translation>La batterie atteint ACS en HTTPS</translation>
    </message>
    <message>
        <source>Public domain valid</source>
        <translation>Domaine public valide</translation>
    </message>
    <message>
        <source>Site URL valid</source>
        <translation>URL de site valide</translation>
    </message>
    <message>
        <source>Tenant id known</source>
        <translation>ID de locataire connu</translation>
    </message>
    <message>
        <source>Metadata realm matches tenant</source>
        <translation>Le domaine des métadonnées correspond au locataire</translation>
    </message>
    <message>
        <source>STS certificate on SharePoint Online principal</source>
        <translation>Certificat STS sur le principal SharePoint Online</translation>
    </message>
    <message>
        <source>Key credential dates cover today</source>
        <translation>Les dates des informations d&apos;identification de clé couvrent aujourd&apos;hui</translation>
    </message>
    <message>
        <source>SPN listed</source>
        <translation>SPN listé</translation>
    </message>
    <message>
        <source>Only SPN for the domain</source>
        <translation>Seul SPN pour le domaine</translation>
    </message>
    <message>
        <source>Existing SPNs kept</source>
        <translation>SPN existants conservés</translation>
    </message>
    <message>
        <source>SharePoint Online app principal registered</source>
        <translation>Principal d&apos;application SharePoint Online inscrit</translation>
    </message>
    <message>
        <source>Realm GUIDs match</source>
        <translation>Les GUID de domaine correspondent</translation>
    </message>
    <message>
        <source>ACS proxy present and online</source>
        <translation>Proxy ACS présent et en ligne</translation>
    </message>
    <message>
        <source>ACS proxy in the default proxy group</source>
        <translation>Proxy ACS dans le groupe de proxys par défaut</translation>
    </message>
    <message>
        <source>ACS proxy metadata endpoint matches</source>
        <translation>Le point de terminaison de métadonnées du proxy ACS correspond</translation>
    </message>
    <message>
        <source>Trusted Service Consumer present</source>
        <translation>Trusted Service Consumer présent</translation>
    </message>
    <message>
        <source>Trusted issuer name is the ACS principal</source>
        <translation>Le nom de l&apos;émetteur approuvé est le principal ACS</translation>
    </message>
    <message>
        <source>Trusted issuer is a broker</source>
        <translation>L&apos;émetteur approuvé est un broker</translation>
    </message>
    <message>
        <source>readable state</source>
        <translation>état lisible</translation>
    </message>
    <message>
        <source>Fix the error above, then validate again.</source>
        <translation>Corrigez l&apos;erreur ci-dessus, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Existing keys kept</source>
        <translation>Clés existantes conservées</translation>
    </message>
    <message>
        <source>SharePoint Online announces the farm&apos;s realm</source>
        <translation>SharePoint Online annonce le domaine d&apos;authentification de la batterie</translation>
    </message>
    <message>
        <source>ACS issues a token for SharePoint Online</source>
        <translation>ACS émet un jeton pour SharePoint Online</translation>
    </message>
    <message>
        <source>ACS issues a token for the farm&apos;s public host</source>
        <translation>ACS émet un jeton pour l&apos;hôte public de la batterie</translation>
    </message>
</context>
<context>
    <name>ChecksText</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>%1 (%2)
Status: %3
Expected: %4
Actual: %5</source>
        <translation>%1 (%2)
État : %3
Attendu : %4
Constaté : %5</translation>
    </message>
    <message>
        <source>
Remedy: %1</source>
        <translation>
Solution : %1</translation>
    </message>
    <message>
        <source>%1 of %2 pass</source>
        <translation>%1 réussie(s) sur %2</translation>
    </message>
    <message>
        <source>%1 fail</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 with a warning</source>
        <translation>%1 avec avertissement</translation>
    </message>
    <message>
        <source>%1 undecided</source>
        <translation>%1 indéterminée(s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Trust proven end to end</source>
        <translation>Approbation prouvée de bout en bout</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Autres vérifications</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Détails de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Select a check to read its details.</source>
        <translation>Sélectionnez une vérification pour en lire les détails.</translation>
    </message>
</context>
<context>
    <name>ConnectStep</name>
    <message>
        <source>Prepare tools and sign in</source>
        <translation>Préparer les outils et se connecter</translation>
    </message>
    <message>
        <source>The wizard runs the farm side in Windows PowerShell 5.1 with the SharePoint snap-in and talks to Microsoft Graph itself: no MSOnline or Azure AD module is needed (both are retired). You sign in to Microsoft 365 with an account that may change application registrations.</source>
        <translation>L&apos;Assistant exécute la partie batterie dans Windows PowerShell 5.1 avec le composant logiciel enfichable SharePoint et communique lui-même avec Microsoft Graph : aucun module MSOnline ou Azure AD n&apos;est nécessaire (tous deux sont retirés). Vous vous connectez à Microsoft 365 avec un compte autorisé à modifier les inscriptions d&apos;applications.</translation>
    </message>
    <message>
        <source>Windows PowerShell 5.1 with SharePoint loaded</source>
        <translation>Windows PowerShell 5.1 avec SharePoint chargé</translation>
    </message>
    <message>
        <source>PowerShell %1, SharePoint %2</source>
        <translation>PowerShell %1, SharePoint %2</translation>
    </message>
    <message>
        <source>farm administrator, elevated</source>
        <translation>administrateur de batterie, avec élévation</translation>
    </message>
    <message>
        <source>%1: farm administrator %2, elevated %3</source>
        <translation>%1 : administrateur de batterie %2, élévation %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Run the wizard elevated (Run as administrator) with an account in the Farm Administrators group that has Get-SPShellAdmin rights.</source>
        <translation>Exécutez l&apos;Assistant avec élévation (Exécuter en tant qu&apos;administrateur) avec un compte du groupe Administrateurs de batterie disposant des droits Get-SPShellAdmin.</translation>
    </message>
    <message>
        <source>every SharePoint server</source>
        <translation>chaque serveur SharePoint</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>inaccessible : %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>a Microsoft 365 account</source>
        <translation>un compte Microsoft 365</translation>
    </message>
    <message>
        <source>HTTPS to %1</source>
        <translation>HTTPS vers %1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accessible</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1 (locataire %2)</translation>
    </message>
    <message>
        <source>%1, and the role Global Administrator, Application Administrator or Cloud Application Administrator</source>
        <translation>%1, et le rôle Global Administrator, Application Administrator ou Cloud Application Administrator</translation>
    </message>
    <message>
        <source>Assign %1 the role Application Administrator or Cloud Application Administrator (Entra admin center &gt; Roles &amp; admins; activate it first if it is eligible through Privileged Identity Management), then sign out and sign in again.</source>
        <translation>Attribuez à %1 le rôle Application Administrator ou Cloud Application Administrator (Centre d&apos;administration Microsoft Entra &gt; Rôles et administrateurs ; activez-le d&apos;abord s&apos;il est éligible via Privileged Identity Management), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <source>not consented; granted: %1</source>
        <translation>consentement non donné ; étendues accordées : %1</translation>
    </message>
    <message>
        <source>A Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to the delegated permission %1 for the sign-in client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions), then sign in again.</source>
        <translation>Faites accorder par un Cloud Application Administrator, Application Administrator ou Privileged Role Administrator le consentement administrateur à l&apos;autorisation déléguée %1 pour le client de connexion (Centre d&apos;administration Microsoft Entra &gt; Applications d&apos;entreprise &gt; le client &gt; Autorisations), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 consented; the directory role could not be verified: the sign-in did not include the account&apos;s roles (wids)</source>
        <translation>consentement à %1 donné ; le rôle d&apos;annuaire n&apos;a pas pu être vérifié : la connexion n&apos;incluait pas les rôles du compte (wids)</translation>
    </message>
    <message>
        <source>Make sure %1 holds Global Administrator, Application Administrator or Cloud Application Administrator. To let the wizard verify it, sign in with your own app registration (--client-id) that emits directory roles (Token configuration &gt; groups claim: directory roles).</source>
        <translation>Assurez-vous que %1 détient le rôle Global Administrator, Application Administrator ou Cloud Application Administrator. Pour que l&apos;Assistant puisse le vérifier, connectez-vous avec votre propre inscription d&apos;application (--client-id) qui émet les rôles d&apos;annuaire (Configuration de jetons &gt; revendication groups : rôles d&apos;annuaire).</translation>
    </message>
    <message>
        <source>%1 consented; %2 holds none of these roles</source>
        <translation>consentement à %1 donné ; %2 ne détient aucun de ces rôles</translation>
    </message>
    <message>
        <source>%1 consented; role: %2</source>
        <translation>consentement à %1 donné ; rôle : %2</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Could not set the certificate subject.</source>
        <translation>Impossible de définir l&apos;objet du certificat.</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation>Les données ne sont pas un certificat X.509 encodé en DER.</translation>
    </message>
    <message>
        <source>The file is not an X.509 certificate in DER (.cer) or PEM form.</source>
        <translation>Le fichier n&apos;est pas un certificat X.509 au format DER (.cer) ou PEM.</translation>
    </message>
    <message>
        <source>Export the certificate again as DER encoded binary X.509 (.CER).</source>
        <translation>Exportez de nouveau le certificat au format « X.509 binaire encodé DER (.CER) ».</translation>
    </message>
    <message>
        <source>The certificate or its private key could not be read for the PFX.</source>
        <translation>Impossible de lire le certificat ou sa clé privée pour le fichier PFX.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clé privée n&apos;appartient pas au certificat.</translation>
    </message>
    <message>
        <source>Could not build the PFX file.</source>
        <translation>Impossible de construire le fichier PFX.</translation>
    </message>
    <message>
        <source>Could not encode the PFX file.</source>
        <translation>Impossible d&apos;encoder le fichier PFX.</translation>
    </message>
    <message>
        <source>The file is not a readable PFX (PKCS#12): it is damaged or of another kind.</source>
        <translation>Le fichier n&apos;est pas un PFX (PKCS#12) lisible : il est endommagé ou d&apos;un autre type.</translation>
    </message>
    <message>
        <source>Copy the PFX again from where it was exported, or export it again with its private key.</source>
        <translation>Copiez de nouveau le fichier PFX depuis son emplacement d&apos;exportation, ou exportez-le de nouveau avec sa clé privée.</translation>
    </message>
    <message>
        <source>The password does not open this PFX file.</source>
        <translation>Le mot de passe n&apos;ouvre pas ce fichier PFX.</translation>
    </message>
    <message>
        <source>Type the password the PFX was exported with. If you are sure it is right, the file was altered: copy or export it again.</source>
        <translation>Tapez le mot de passe utilisé lors de l&apos;exportation du PFX. Si vous êtes sûr qu&apos;il est correct, le fichier a été modifié : copiez-le ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>The PFX opens with this password but its content is damaged.</source>
        <translation>Le PFX s&apos;ouvre avec ce mot de passe, mais son contenu est endommagé.</translation>
    </message>
    <message>
        <source>Export the certificate again with its private key.</source>
        <translation>Exportez de nouveau le certificat avec sa clé privée.</translation>
    </message>
    <message>
        <source>The PFX is encrypted with an algorithm OpenSSL 3 no longer offers (such as RC2).</source>
        <translation>Le PFX est chiffré avec un algorithme qu&apos;OpenSSL 3 ne propose plus (tel que RC2).</translation>
    </message>
    <message>
        <source>Export it again choosing TripleDES-SHA1 or AES256-SHA256 encryption.</source>
        <translation>Exportez-le de nouveau en choisissant le chiffrement TripleDES-SHA1 ou AES256-SHA256.</translation>
    </message>
    <message>
        <source>The PFX holds no certificate.</source>
        <translation>Le PFX ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>Export the certificate together with its private key.</source>
        <translation>Exportez le certificat avec sa clé privée.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Check the path and that the wizard&apos;s account may read the file.</source>
        <translation>Vérifiez le chemin et que le compte de l&apos;Assistant peut lire le fichier.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Choose a folder the wizard&apos;s account may write to, with free space.</source>
        <translation>Choisissez un dossier où le compte de l&apos;Assistant peut écrire et qui dispose d&apos;espace libre.</translation>
    </message>
    <message>
        <source>Could not generate an RSA key of %1 bits.</source>
        <translation>Impossible de générer une clé RSA de %1 bits.</translation>
    </message>
    <message>
        <source>Could not fill in the certificate.</source>
        <translation>Impossible de renseigner le certificat.</translation>
    </message>
    <message>
        <source>Could not add certificate extensions.</source>
        <translation>Impossible d&apos;ajouter les extensions du certificat.</translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation>Impossible de signer le certificat.</translation>
    </message>
    <message>
        <source>Could not encode the certificate.</source>
        <translation>Impossible d&apos;encoder le certificat.</translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation>Impossible d&apos;encoder la clé privée.</translation>
    </message>
    <message>
        <source>An RSA key of %1 bits is not offered for the STS certificate.</source>
        <translation>Une clé RSA de %1 bits n&apos;est pas proposée pour le certificat STS.</translation>
    </message>
    <message>
        <source>Choose 2048, 3072 or 4096 bits (2048 is what SharePoint and Microsoft Entra expect at least).</source>
        <translation>Choisissez 2048, 3072 ou 4096 bits (SharePoint et Microsoft Entra attendent au moins 2048).</translation>
    </message>
    <message>
        <source>A validity of %1 years is not offered for the STS certificate.</source>
        <translation>Une validité de %1 ans n&apos;est pas proposée pour le certificat STS.</translation>
    </message>
    <message>
        <source>Choose between 1 and 10 years, and note the expiry date: hybrid stops working the day the certificate expires.</source>
        <translation>Choisissez entre 1 et 10 ans, et notez la date d&apos;expiration : l&apos;hybride cesse de fonctionner le jour où le certificat expire.</translation>
    </message>
    <message>
        <source>The certificate subject &quot;%1&quot; is not valid: %2</source>
        <translation>L&apos;objet du certificat « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>Write it as CN=name, optionally followed by O=organization, OU=unit, C=country.</source>
        <translation>Écrivez-le sous la forme CN=nom, éventuellement suivi de O=organisation, OU=unité, C=pays.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>OpenSSL refuses %1 (too long, or wrong format).</source>
        <translation>OpenSSL refuse %1 (trop long ou format incorrect).</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>Impossible de rendre %1 lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>Choose a folder on a local disk the wizard&apos;s account owns (NTFS on Windows).</source>
        <translation>Choisissez un dossier sur un disque local appartenant au compte de l&apos;Assistant (NTFS sous Windows).</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Un fichier existe déjà à %1.</translation>
    </message>
    <message>
        <source>Move that file away or choose another path: the wizard never overwrites a file.</source>
        <translation>Déplacez ce fichier ou choisissez un autre chemin : l&apos;Assistant n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Could not generate an elliptic curve key (P-256).</source>
        <translation>Impossible de générer une clé à courbe elliptique (P-256).</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>Enter the public DNS domain only, such as contoso.com (no https://, no path).</source>
        <translation>Saisissez uniquement le domaine DNS public, par exemple contoso.com (sans https://, sans chemin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain name.</source>
        <translation>« %1 » est une URL, pas un nom de domaine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wildcard other than a leading &quot;*.&quot;.</source>
        <translation>« %1 » contient un caractère générique autre qu&apos;un « *. » initial.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name with at least two labels.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine d&apos;au moins deux étiquettes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid label &quot;%2&quot;: use letters, digits and inner hyphens.</source>
        <translation>« %1 » contient une étiquette non valide « %2 » : utilisez des lettres, des chiffres et des traits d&apos;union intérieurs.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Endpoint &quot;%1&quot; is not an absolute https:// URL.</source>
        <translation>Le point de terminaison « %1 » n&apos;est pas une URL https:// absolue.</translation>
    </message>
    <message>
        <source>Write it as https://host[:port] in the endpoints file.</source>
        <translation>Écrivez-le sous la forme https://hôte[:port] dans le fichier des points de terminaison.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>Clé inconnue « %1 » dans %2.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; URL.</source>
        <translation>%1 n&apos;a pas d&apos;URL « %2 ».</translation>
    </message>
    <message>
        <source>The endpoints file holds only &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; and &quot;sharepoint&quot;.</source>
        <translation>Le fichier des points de terminaison contient uniquement &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; et &quot;sharepoint&quot;.</translation>
    </message>
    <message>
        <source>Give all four: &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; and &quot;sharepoint&quot;.</source>
        <translation>Indiquez les quatre : &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; et &quot;sharepoint&quot;.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Remedy: %1</source>
        <translation>Solution : %1</translation>
    </message>
</context>
<context>
    <name>FarmCodec</name>
    <message>
        <source>The farm host&apos;s answer to %1 has no valid %2; it is refused rather than read as a default.</source>
        <translation>La réponse de l&apos;hôte de batterie à %1 n&apos;a pas de %2 valide ; elle est refusée plutôt que lue comme une valeur par défaut.</translation>
    </message>
    <message>
        <source>The host script does not match this wizard or has a defect: use the FarmHost.ps1 shipped with this version of the wizard.</source>
        <translation>Le script hôte ne correspond pas à cet Assistant ou présente un défaut : utilisez le FarmHost.ps1 fourni avec cette version de l&apos;Assistant.</translation>
    </message>
</context>
<context>
    <name>FarmLock</name>
    <message>
        <source>The farm is locked by %1 on %2 since %3 (session %4).</source>
        <translation>La batterie est verrouillée par %1 sur %2 depuis %3 (session %4).</translation>
    </message>
    <message>
        <source>Process %1; last renewed %2.</source>
        <translation>Processus %1 ; dernier renouvellement %2.</translation>
    </message>
    <message>
        <source>Wait for that run to finish, or after %1 minutes without renewal the lock counts as stale.</source>
        <translation>Attendez la fin de cette exécution ; après %1 minutes sans renouvellement, le verrou est considéré comme périmé.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the farm lock.</source>
        <translation>Annulé pendant l&apos;attente du verrou de la batterie.</translation>
    </message>
    <message>
        <source>Run the step again when you are ready.</source>
        <translation>Exécutez de nouveau l&apos;étape lorsque vous êtes prêt.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Fix the JSON syntax (an editor with JSON validation helps).</source>
        <translation>Corrigez la syntaxe JSON (un éditeur avec validation JSON vous aidera).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Free disk space or fix the folder&apos;s permissions.</source>
        <translation>Libérez de l&apos;espace disque ou corrigez les autorisations du dossier.</translation>
    </message>
</context>
<context>
    <name>FinalValidationStep</name>
    <message>
        <source>Validation and next steps</source>
        <translation>Validation et étapes suivantes</translation>
    </message>
    <message>
        <source>Re-run the checks of steps 1 to 10 (read-only).</source>
        <translation>Réexécuter les vérifications des étapes 1 à 10 (lecture seule).</translation>
    </message>
    <message>
        <source>Every check of every step runs again, read-only, and the results are summed up here. Then the trust is proven with real tokens: SharePoint Online must announce your tenant as its realm, and ACS must issue tokens to an assertion the farm signs with its own STS key, for SharePoint Online and for the farm&apos;s public host. Export the transcript for your change record. Next on the hybrid roadmap: single sign-on and directory synchronization.</source>
        <translation>Chaque vérification de chaque étape est réexécutée, en lecture seule, et les résultats sont récapitulés ici. L&apos;approbation est ensuite prouvée avec de vrais jetons : SharePoint Online doit annoncer votre locataire comme son domaine d&apos;authentification, et ACS doit émettre des jetons en réponse à une assertion que la batterie signe avec sa propre clé STS, pour SharePoint Online et pour l&apos;hôte public de la batterie. Exportez la transcription pour votre dossier de modification. Prochaines étapes de la feuille de route hybride : l&apos;authentification unique et la synchronisation d&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Microsoft Graph sent an answer that is not a JSON object.</source>
        <translation>Microsoft Graph a envoyé une réponse qui n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Check the tenant and the application id: the object does not exist there.</source>
        <translation>Vérifiez le locataire et l&apos;ID d&apos;application : l&apos;objet n&apos;y existe pas.</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling or unavailable; try again in a few minutes.</source>
        <translation>Microsoft Graph limite les requêtes ou est indisponible ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts and %2 s of waiting.</source>
        <translation>Abandon après %1 tentatives et %2 s d&apos;attente.</translation>
    </message>
    <message>
        <source>Microsoft Graph listed no organization.</source>
        <translation>Microsoft Graph n&apos;a listé aucune organisation.</translation>
    </message>
    <message>
        <source>Check the tenant id in the metadata endpoint.</source>
        <translation>Vérifiez l&apos;ID de locataire dans le point de terminaison de métadonnées.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON metadata document.</source>
        <translation>%1 n&apos;a pas répondu avec un document de métadonnées JSON.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The signed-in account lacks consent or a directory role for %1. Consent: a Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to the delegated permission %1 for the sign-in client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions). Role: to change the SharePoint Online principal, sign in with an account that holds Global Administrator, Application Administrator or Cloud Application Administrator (activated, if assigned through Privileged Identity Management).</source>
        <translation>Le compte connecté n&apos;a pas le consentement ou le rôle d&apos;annuaire requis pour %1. Consentement : un Cloud Application Administrator, Application Administrator ou Privileged Role Administrator accorde le consentement administrateur à l&apos;autorisation déléguée %1 pour le client de connexion (Centre d&apos;administration Microsoft Entra &gt; Applications d&apos;entreprise &gt; le client &gt; Autorisations). Rôle : pour modifier le principal SharePoint Online, connectez-vous avec un compte qui détient le rôle Global Administrator, Application Administrator ou Cloud Application Administrator (activé, s&apos;il est attribué via Privileged Identity Management).</translation>
    </message>
    <message>
        <source>Another service principal in the tenant already holds this service principal name. Find it (Entra admin center &gt; Enterprise applications, or GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq &apos;&lt;the SPN&gt;&apos;)&amp;$select=id,appId,displayName) and remove the name there, or choose another public domain.</source>
        <translation>Un autre principal de service du locataire détient déjà ce nom de principal de service. Trouvez-le (Centre d&apos;administration Microsoft Entra &gt; Applications d&apos;entreprise, ou GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq &apos;&lt;le SPN&gt;&apos;)&amp;$select=id,appId,displayName) et supprimez-y ce nom, ou choisissez un autre domaine public.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered HTTP %1 %2: %3 (request-id %4, client-request-id %5, date %6).</source>
        <translation>Microsoft Graph a répondu HTTP %1 %2 : %3 (request-id %4, client-request-id %5, date %6).</translation>
    </message>
    <message>
        <source>Sign in again: the token expired or was revoked.</source>
        <translation>Reconnectez-vous : le jeton a expiré ou a été révoqué.</translation>
    </message>
</context>
<context>
    <name>GraphRequests</name>
    <message>
        <source>Sign in to Microsoft 365 (authorization code + PKCE; scopes: %1)</source>
        <translation>Se connecter à Microsoft 365 (code d&apos;autorisation + PKCE ; étendues : %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing key(s) re-sent as {key,type,usage}</source>
        <translation>
            <numerusform>%n clé existante renvoyée comme {key,type,usage}</numerusform>
            <numerusform>%n clés existantes renvoyées comme {key,type,usage}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>error: [%1] %2</source>
        <translation>erreur : [%1] %2</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, actual %4</source>
        <translation>%1 %2 : attendu %3, constaté %4</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transcription écrite dans %1</translation>
    </message>
    <message>
        <source>The answers file must give &quot;%1&quot; for a run on a real farm.</source>
        <translation>Le fichier de réponses doit indiquer « %1 » pour une exécution sur une vraie batterie.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session : %1</translation>
    </message>
    <message>
        <source>Result: no check fails.</source>
        <translation>Résultat : aucune vérification n&apos;échoue.</translation>
    </message>
    <message>
        <source>Result: exit code %1.</source>
        <translation>Résultat : code de sortie %1.</translation>
    </message>
    <message>
        <source>Open this address in a browser on this machine to sign in:
</source>
        <translation>Ouvrez cette adresse dans un navigateur sur cet ordinateur pour vous connecter :
</translation>
    </message>
    <message>
        <source>none (no earlier session of this farm and tenant recorded one): the check is unknown</source>
        <translation>aucune (aucune session antérieure de cette batterie et de ce locataire n&apos;en a enregistré) : le résultat de la vérification est inconnu</translation>
    </message>
    <message>
        <source>Baseline of existing-spns-kept: %1</source>
        <translation>Base de comparaison de existing-spns-kept : %1</translation>
    </message>
    <message>
        <source>Baseline of spo-keys-kept: %1</source>
        <translation>Base de comparaison de spo-keys-kept : %1</translation>
    </message>
    <message>
        <source>STS certificate %1</source>
        <translation>Certificat STS %1</translation>
    </message>
    <message>
        <source>Key of that certificate in SharePoint Online</source>
        <translation>Clé de ce certificat dans SharePoint Online</translation>
    </message>
    <message>
        <source>SharePoint Online key %1</source>
        <translation>Clé SharePoint Online %1</translation>
    </message>
    <message>
        <source>%1: %2 days left (until %3)</source>
        <translation>%1 : %2 jours restants (jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation>%1 : expiré le %2</translation>
    </message>
    <message>
        <source>Result: no check fails, but a warning stands (exit code %1).</source>
        <translation>Résultat : aucune vérification n&apos;échoue, mais un avertissement subsiste (code de sortie %1).</translation>
    </message>
    <message>
        <source>Renewed the STS certificate: %1 -&gt; %2</source>
        <translation>Certificat STS renouvelé : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>every SharePoint server serves %1 (valid to %2)</source>
        <translation>chaque serveur SharePoint utilise %1 (valide jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>PFX: %1</source>
        <translation>PFX : %1</translation>
    </message>
    <message>
        <source>SharePoint Online keys: added %1, removed %2; every other key kept</source>
        <translation>Clés SharePoint Online : %1 ajoutée, %2 supprimée ; toutes les autres clés conservées</translation>
    </message>
    <message>
        <source>Removed: %1 %2 (%3)</source>
        <translation>Supprimé : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Already gone: %1 %2 (%3)</source>
        <translation>Déjà supprimé : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation>Conservé : %1</translation>
    </message>
    <message>
        <source>The session file %1 does not exist.</source>
        <translation>Le fichier de session %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Name the session file of the setup (the wizard lists its sessions in %1).</source>
        <translation>Indiquez le fichier de session de la configuration (l&apos;Assistant répertorie ses sessions dans %1).</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>Fix or delete the lab file; a deleted file is seeded again on the next start.</source>
        <translation>Corrigez ou supprimez le fichier du labo ; un fichier supprimé est recréé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Cannot create the lab folder %1.</source>
        <translation>Impossible de créer le dossier du labo %1.</translation>
    </message>
    <message>
        <source>Choose a writable folder for --lab.</source>
        <translation>Choisissez un dossier accessible en écriture pour --lab.</translation>
    </message>
    <message>
        <source>tenant.json has no port for the lab tenant.</source>
        <translation>tenant.json n&apos;indique aucun port pour le locataire du labo.</translation>
    </message>
    <message>
        <source>Set &quot;port&quot; in tenant.json to a free TCP port (1024-65535).</source>
        <translation>Définissez &quot;port&quot; dans tenant.json sur un port TCP libre (1024-65535).</translation>
    </message>
    <message>
        <source>The lab tenant&apos;s TLS certificate could not be loaded.</source>
        <translation>Impossible de charger le certificat TLS du locataire du labo.</translation>
    </message>
    <message>
        <source>Check that Qt Network has its OpenSSL TLS backend.</source>
        <translation>Vérifiez que Qt Network dispose de son backend TLS OpenSSL.</translation>
    </message>
    <message>
        <source>The lab tenant cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Le locataire du labo ne peut pas écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
    <message>
        <source>Another program uses port %1, perhaps another wizard on the same lab folder: close it. Or set a free port as &quot;port&quot; in tenant.json; the farm then needs the ACS step again, as its ACS proxy and issuer keep the old URL.</source>
        <translation>Un autre programme utilise le port %1, peut-être un autre Assistant sur le même dossier de labo : fermez-le. Ou indiquez un port libre dans &quot;port&quot; de tenant.json ; la batterie a alors de nouveau besoin de l&apos;étape ACS, car son proxy ACS et son émetteur conservent l&apos;ancienne URL.</translation>
    </message>
    <message>
        <source>The lab tenant has no certificate before it starts.</source>
        <translation>Le locataire du labo n&apos;a pas de certificat avant son démarrage.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Choose a writable lab folder.</source>
        <translation>Choisissez un dossier de labo accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the lab tenant&apos;s certificate to %1.</source>
        <translation>Impossible d&apos;écrire le certificat du locataire du labo dans %1.</translation>
    </message>
    <message>
        <source>tenant.json signIn.deviceCode is &quot;%1&quot;.</source>
        <translation>signIn.deviceCode vaut &quot;%1&quot; dans tenant.json.</translation>
    </message>
    <message>
        <source>Use &quot;approve&quot;, &quot;decline&quot;, &quot;expire&quot; or &quot;mistype&quot;.</source>
        <translation>Utilisez &quot;approve&quot;, &quot;decline&quot;, &quot;expire&quot; ou &quot;mistype&quot;.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Aucune réponse de %1 : %2</translation>
    </message>
    <message>
        <source>Check that this machine reaches %1 over HTTPS (proxy, firewall, TLS inspection: add its CA with --ca-file).</source>
        <translation>Vérifiez que cet ordinateur atteint %1 en HTTPS (proxy, pare-feu, inspection TLS : ajoutez son autorité de certification avec --ca-file).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Give a file with -----BEGIN CERTIFICATE----- blocks.</source>
        <translation>Indiquez un fichier contenant des blocs -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <source>Check --endpoints and any proxy or TLS inspection between this machine and %1: Microsoft Graph and the sign-in endpoints do not redirect.</source>
        <translation>Vérifiez --endpoints ainsi que tout proxy ou toute inspection TLS entre cet ordinateur et %1 : Microsoft Graph et les points de terminaison de connexion ne redirigent pas.</translation>
    </message>
    <message>
        <source>the request carries a token</source>
        <translation>la requête contient un jeton</translation>
    </message>
    <message>
        <source>it would leave HTTPS</source>
        <translation>elle quitterait HTTPS</translation>
    </message>
    <message>
        <source>%1 redirected to %2; the wizard did not follow, because %3.</source>
        <translation>%1 a redirigé vers %2 ; l&apos;Assistant n&apos;a pas suivi la redirection, car %3.</translation>
    </message>
    <message>
        <source>%1 was cancelled: the wizard is closing.</source>
        <translation>%1 a été annulé : l&apos;Assistant se ferme.</translation>
    </message>
</context>
<context>
    <name>OAuthOverHttpStep</name>
    <message>
        <source>Configure OAuth over HTTP</source>
        <translation>Configurer OAuth sur HTTP</translation>
    </message>
    <message>
        <source>OAuth in SharePoint Server requires HTTPS. When the hybrid web application uses http://, OAuth over HTTP must be allowed. The setting lives in the configuration database, so it is set once for the whole farm.</source>
        <translation>Dans SharePoint Server, OAuth exige HTTPS. Lorsque l&apos;application web hybride utilise http://, OAuth sur HTTP doit être autorisé. Ce paramètre se trouve dans la base de données de configuration : il est donc défini une seule fois pour toute la batterie.</translation>
    </message>
    <message>
        <source>Not required: the web application uses SSL.</source>
        <translation>Non nécessaire : l&apos;application web utilise SSL.</translation>
    </message>
    <message>
        <source>OAuth over HTTP sends tokens unencrypted on the network. Allow it (you can turn it off again once the web application uses SSL).</source>
        <translation>OAuth sur HTTP transmet les jetons en clair sur le réseau. Autorisez-le (vous pourrez le désactiver dès que l&apos;application web utilisera SSL).</translation>
    </message>
    <message>
        <source>To turn it off later: %1</source>
        <translation>Pour le désactiver plus tard : %1</translation>
    </message>
    <message>
        <source>Run this step (it sets AllowOAuthOverHttp), or move the web application to https://.</source>
        <translation>Exécutez cette étape (elle définit AllowOAuthOverHttp), ou passez l&apos;application web en https://.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Configures the SharePoint hybrid server-to-server trust between a SharePoint Server farm and SharePoint Online.</source>
        <translation>Configure l&apos;approbation hybride de serveur à serveur entre une batterie SharePoint Server et SharePoint Online.</translation>
    </message>
    <message>
        <source>Run against the built-in lab kept in DIR.</source>
        <translation>Exécuter sur le labo intégré conservé dans DIR.</translation>
    </message>
    <message>
        <source>Headless: apply and validate every step.</source>
        <translation>Sans interface : appliquer et valider chaque étape.</translation>
    </message>
    <message>
        <source>Headless: validate every step, change nothing.</source>
        <translation>Sans interface : valider chaque étape, sans rien modifier.</translation>
    </message>
    <message>
        <source>Answers file (JSON) for --auto.</source>
        <translation>Fichier de réponses (JSON) pour --auto.</translation>
    </message>
    <message>
        <source>Write a JSON report to FILE.</source>
        <translation>Écrire un rapport JSON dans FILE.</translation>
    </message>
    <message>
        <source>Create or resume this session file.</source>
        <translation>Créer ou reprendre ce fichier de session.</translation>
    </message>
    <message>
        <source>Stop --auto after step STEP (an id).</source>
        <translation>Arrêter --auto après l&apos;étape STEP (un identifiant).</translation>
    </message>
    <message>
        <source>Export the transcript of --session to FILE.</source>
        <translation>Exporter la transcription de --session dans FILE.</translation>
    </message>
    <message>
        <source>Transcript format: txt, html or json.</source>
        <translation>Format de la transcription : txt, html ou json.</translation>
    </message>
    <message>
        <source>Per-operation timeout of the farm host, in seconds.</source>
        <translation>Délai d&apos;expiration par opération de l&apos;hôte de batterie, en secondes.</translation>
    </message>
    <message>
        <source>Language of the wizard: %1 (default: the system&apos;s).</source>
        <translation>Langue de l&apos;Assistant : %1 (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Run s2s-wizard --help for the options.</source>
        <translation>Lancez s2s-wizard --help pour voir les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>Choisissez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>--export-transcript needs --session FILE.</source>
        <translation>--export-transcript nécessite --session FILE.</translation>
    </message>
    <message>
        <source>Name the session whose transcript to export.</source>
        <translation>Indiquez la session dont la transcription doit être exportée.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; for --stop-after.</source>
        <translation>Étape inconnue « %1 » pour --stop-after.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Utilisez l&apos;une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang.</source>
        <translation>Langue inconnue « %1 » pour --lang.</translation>
    </message>
    <message>
        <source>--op-timeout must be a positive number of seconds.</source>
        <translation>--op-timeout doit être un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>For example --op-timeout 300.</source>
        <translation>Par exemple --op-timeout 300.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give a PEM file with the CA certificate to trust.</source>
        <translation>Indiquez un fichier PEM contenant le certificat de l&apos;autorité de certification à approuver.</translation>
    </message>
    <message>
        <source>unknown flow &quot;%1&quot;.</source>
        <translation>flux inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Use browser or device-code.</source>
        <translation>Utilisez browser ou device-code.</translation>
    </message>
    <message>
        <source>Tenant endpoints file (JSON with login, graph and acs URLs).</source>
        <translation>Fichier des points de terminaison du locataire (JSON avec les URL login, graph et acs).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for HTTPS.</source>
        <translation>Approuver aussi les autorités de certification de FILE (PEM) pour HTTPS.</translation>
    </message>
    <message>
        <source>Sign-in flow: browser (GUI default) or device-code (headless default).</source>
        <translation>Flux de connexion : browser (par défaut avec interface) ou device-code (par défaut sans interface).</translation>
    </message>
    <message>
        <source>Application (client) id used to sign in.</source>
        <translation>ID d&apos;application (client) utilisé pour la connexion.</translation>
    </message>
    <message>
        <source>--client-id and --tenant cannot be empty.</source>
        <translation>--client-id et --tenant ne peuvent pas être vides.</translation>
    </message>
    <message>
        <source>Leave them out for the defaults.</source>
        <translation>Omettez-les pour utiliser les valeurs par défaut.</translation>
    </message>
    <message>
        <source>What serves the lab farm: host (s2s-lab-host, default) or powershell (the farm script under pwsh with the SharePoint simulator).</source>
        <translation>Ce qui sert la batterie du labo : host (s2s-lab-host, par défaut) ou powershell (le script de batterie sous pwsh avec le simulateur SharePoint).</translation>
    </message>
    <message>
        <source>Unknown lab farm &quot;%1&quot; for --lab-farm.</source>
        <translation>Batterie de labo « %1 » inconnue pour --lab-farm.</translation>
    </message>
    <message>
        <source>Use host or powershell.</source>
        <translation>Utilisez host ou powershell.</translation>
    </message>
    <message>
        <source>--lab-farm needs --lab DIR.</source>
        <translation>--lab-farm nécessite --lab DIR.</translation>
    </message>
    <message>
        <source>Name the lab folder with --lab.</source>
        <translation>Indiquez le dossier du labo avec --lab.</translation>
    </message>
    <message>
        <source>Tenant to sign in to: id, domain or organizations (default: the session&apos;s tenant, or organizations for a new session).</source>
        <translation>Locataire auquel se connecter : ID, domaine ou organizations (par défaut : le locataire de la session, ou organizations pour une nouvelle session).</translation>
    </message>
    <message>
        <source>--warn-days must be a number of days from 0 to 3650.</source>
        <translation>--warn-days doit être un nombre de jours compris entre 0 et 3650.</translation>
    </message>
    <message>
        <source>For example --warn-days 30.</source>
        <translation>Par exemple --warn-days 30.</translation>
    </message>
    <message>
        <source>--renew-certificate and --remove need --session FILE.</source>
        <translation>--renew-certificate et --remove nécessitent --session FILE.</translation>
    </message>
    <message>
        <source>Name the session that set the trust up.</source>
        <translation>Indiquez la session qui a configuré l&apos;approbation.</translation>
    </message>
    <message>
        <source>Headless: renew the STS certificate of --session without an outage of the trust.</source>
        <translation>Sans interface : renouveler le certificat STS de --session sans interruption de l&apos;approbation.</translation>
    </message>
    <message>
        <source>Headless: remove what --session added or changed, in reverse step order.</source>
        <translation>Sans interface : supprimer ce que --session a ajouté ou modifié, dans l&apos;ordre inverse des étapes.</translation>
    </message>
    <message>
        <source>Warn when the STS certificate or its key in SharePoint Online expires within DAYS days.</source>
        <translation>Avertir lorsque le certificat STS ou sa clé dans SharePoint Online expire dans les DAYS jours.</translation>
    </message>
    <message>
        <source>%1 cannot be combined.</source>
        <translation>%1 ne peuvent pas être combinés.</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>LAB MODE — simulated farm and tenant in %1; nothing real is changed</source>
        <translation>MODE LABO — batterie et locataire simulés dans %1 ; rien de réel n&apos;est modifié</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>applied, not validated</source>
        <translation>appliquée, non validée</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>ProtocolFarmBackend</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Farm host ready: PowerShell %1, SharePoint %2, farm administrator: %3</source>
        <translation>Hôte de batterie prêt : PowerShell %1, SharePoint %2, administrateur de batterie : %3</translation>
    </message>
    <message>
        <source>Starting the farm host %1 and loading SharePoint…</source>
        <translation>Démarrage de l&apos;hôte de batterie %1 et chargement de SharePoint…</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>In step %1: %2</source>
        <translation>À l&apos;étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>RegisterAppPrincipalStep</name>
    <message>
        <source>Register the SharePoint Online app principal</source>
        <translation>Inscrire le principal d&apos;application SharePoint Online</translation>
    </message>
    <message>
        <source>The farm must know SharePoint Online as an app principal, identified by &lt;service principal object id&gt;@&lt;tenant id&gt;, to accept its OAuth requests. It is registered on the root web of the hybrid web application, once.</source>
        <translation>La batterie doit connaître SharePoint Online en tant que principal d&apos;application, identifié par &lt;ID d&apos;objet du principal de service&gt;@&lt;ID de locataire&gt;, pour accepter ses requêtes OAuth. Il est inscrit une seule fois sur le site web racine de l&apos;application web hybride.</translation>
    </message>
    <message>
        <source>If it is not registered yet:</source>
        <translation>S&apos;il n&apos;est pas encore inscrit :</translation>
    </message>
    <message>
        <source>not registered on %1</source>
        <translation>non inscrit sur %1</translation>
    </message>
    <message>
        <source>Run this step to register the app principal.</source>
        <translation>Exécutez cette étape pour inscrire le principal d&apos;application.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Turn OAuth over HTTP off again on the farm (AllowOAuthOverHttp back to False)</source>
        <translation>Désactiver de nouveau OAuth sur HTTP dans la batterie (AllowOAuthOverHttp rétabli à False)</translation>
    </message>
    <message>
        <source>The key credential the wizard uploaded to the SharePoint Online principal (certificate %1); every other key stays</source>
        <translation>Les informations d&apos;identification de clé que l&apos;Assistant a chargées sur le principal SharePoint Online (certificat %1) ; toutes les autres clés sont conservées</translation>
    </message>
    <message>
        <source>The SPN %1 on the SharePoint Online principal; every other SPN stays</source>
        <translation>Le SPN %1 du principal SharePoint Online ; tous les autres SPN sont conservés</translation>
    </message>
    <message>
        <source>The app principal %1 registered on %2</source>
        <translation>Le principal d&apos;application %1 inscrit sur %2</translation>
    </message>
    <message>
        <source>The farm&apos;s authentication realm back from %1 to %2 (what was registered on %2 works again; what was registered since on %1 stops)</source>
        <translation>Le domaine d&apos;authentification de la batterie ramené de %1 à %2 (ce qui était inscrit sur %2 fonctionne de nouveau ; ce qui a été inscrit depuis sur %1 cesse de fonctionner)</translation>
    </message>
    <message>
        <source>The ACS proxy &quot;%1&quot; the wizard created (metadata endpoint %2)</source>
        <translation>Le proxy ACS « %1 » créé par l&apos;Assistant (point de terminaison de métadonnées %2)</translation>
    </message>
    <message>
        <source>The trusted security token issuer &quot;%1&quot; the wizard created</source>
        <translation>L&apos;émetteur de jeton de sécurité approuvé « %1 » créé par l&apos;Assistant</translation>
    </message>
    <message>
        <source>every other key re-sent as {key,type,usage}; not the key of %1</source>
        <translation>toutes les autres clés renvoyées sous la forme {key,type,usage} ; pas la clé de %1</translation>
    </message>
    <message>
        <source>every other SPN; not %1</source>
        <translation>tous les autres SPN ; pas %1</translation>
    </message>
    <message>
        <source>The farm&apos;s realm is %1 now, neither the %2 the wizard set nor the %3 it replaced: it was changed since and stays as it is.</source>
        <translation>Le domaine d&apos;authentification de la batterie est maintenant %1, ni le %2 défini par l&apos;Assistant ni le %3 qu&apos;il a remplacé : il a été modifié depuis et reste tel quel.</translation>
    </message>
    <message>
        <source>The trusted issuer &quot;%1&quot; now reads its metadata from %2, not from the %3 the wizard set: it is not the one the wizard created and stays.</source>
        <translation>L&apos;émetteur approuvé « %1 » lit désormais ses métadonnées sur %2, et non sur le %3 défini par l&apos;Assistant : ce n&apos;est pas celui que l&apos;Assistant a créé, il est conservé.</translation>
    </message>
    <message>
        <source>This session was written by a wizard version that did not record its changes: what it added to the farm and the tenant, and which values it replaced, is unknown. Removing by guess could delete an ACS proxy, a trusted issuer, an SPN or a key that existed before it, and break whatever else depends on them.</source>
        <translation>Cette session a été écrite par une version de l&apos;Assistant qui n&apos;enregistrait pas ses modifications : ce qu&apos;elle a ajouté à la batterie et au locataire, et les valeurs qu&apos;elle a remplacées, sont inconnus. Une suppression au jugé pourrait effacer un proxy ACS, un émetteur approuvé, un SPN ou une clé qui existait auparavant, et casser tout ce qui en dépend.</translation>
    </message>
    <message>
        <source>Remove the trust by hand after checking what existed before (PROCEDURE.md, &quot;Lifecycle after setup&quot;): the SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; and the farm&apos;s key on the SharePoint Online principal, the app principal (SPAppPrincipalManager.DeleteAppPrincipal), the trusted issuer (Remove-SPTrustedSecurityTokenIssuer), the ACS proxy (Remove-SPServiceApplicationProxy) and, if the wizard changed them, the realm (Set-SPAuthenticationRealm) and AllowOAuthOverHttp.</source>
        <translation>Supprimez l&apos;approbation manuellement après avoir vérifié ce qui existait auparavant (PROCEDURE.md, &quot;Lifecycle after setup&quot;) : le SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; et la clé de la batterie sur le principal SharePoint Online, le principal d&apos;application (SPAppPrincipalManager.DeleteAppPrincipal), l&apos;émetteur approuvé (Remove-SPTrustedSecurityTokenIssuer), le proxy ACS (Remove-SPServiceApplicationProxy) et, si l&apos;Assistant les a modifiés, le domaine d&apos;authentification (Set-SPAuthenticationRealm) et AllowOAuthOverHttp.</translation>
    </message>
    <message>
        <source>A renewal of the STS certificate is in progress in this session (stage %1).</source>
        <translation>Un renouvellement du certificat STS est en cours dans cette session (phase %1).</translation>
    </message>
    <message>
        <source>Finish it first with --renew-certificate --session and the same session file, then run --remove again.</source>
        <translation>Terminez-le d&apos;abord avec --renew-certificate --session et le même fichier de session, puis exécutez de nouveau --remove.</translation>
    </message>
    <message>
        <source>The farm&apos;s STS signing certificate %1 stays, and so does its copy in the SharePoint servers&apos; trusted root stores: the farm signs with it, and this session did not put it there as a replacement it could undo.</source>
        <translation>Le certificat de signature STS %1 de la batterie est conservé, de même que sa copie dans les magasins racine approuvés des serveurs SharePoint : la batterie signe avec lui, et cette session ne l&apos;y a pas placé comme un remplacement qu&apos;elle pourrait annuler.</translation>
    </message>
    <message>
        <source>The farm&apos;s STS signing certificate %1 stays: the certificate it replaced (%2) cannot be put back, because its private key cannot be recovered from the farm. It also stays in the SharePoint servers&apos; trusted root stores. Replace it with Set-SPSecurityTokenServiceConfig if you want another one.</source>
        <translation>Le certificat de signature STS %1 de la batterie est conservé : le certificat qu&apos;il a remplacé (%2) ne peut pas être rétabli, car sa clé privée ne peut pas être récupérée depuis la batterie. Il reste également dans les magasins racine approuvés des serveurs SharePoint. Remplacez-le avec Set-SPSecurityTokenServiceConfig si vous en voulez un autre.</translation>
    </message>
    <message>
        <source>Remove what this session set up (the SPN, key, ACS proxy, trusted issuer, app principal, realm and OAuth over HTTP it added or changed); the hybrid features stop working.</source>
        <translation>Supprimer ce que cette session a configuré (le SPN, la clé, le proxy ACS, l&apos;émetteur approuvé, le principal d&apos;application, le domaine d&apos;authentification et OAuth sur HTTP qu&apos;elle a ajoutés ou modifiés) ; les fonctionnalités hybrides cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Nothing to remove: every change this session recorded is undone.</source>
        <translation>Rien à supprimer : chaque modification enregistrée par cette session est annulée.</translation>
    </message>
    <message>
        <source>Already gone (undone by someone else): %1</source>
        <translation>Déjà supprimé (annulé par quelqu&apos;un d&apos;autre) : %1</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>Replacing the certificate resets IIS and restarts the SharePoint Timer Service on every server, one server at a time: each server is out of service for a minute or two while the others keep serving.</source>
        <translation>Le remplacement du certificat réinitialise IIS et redémarre le service Minuteur SharePoint sur chaque serveur, un serveur à la fois : chaque serveur est hors service une ou deux minutes pendant que les autres continuent de répondre.</translation>
    </message>
    <message>
        <source>The PFX %1 holds the certificate the farm signs with now (%2): a renewal needs a new certificate.</source>
        <translation>Le PFX %1 contient le certificat avec lequel la batterie signe actuellement (%2) : un renouvellement nécessite un nouveau certificat.</translation>
    </message>
    <message>
        <source>Choose the PFX of the new certificate (certificate.pfx in the answers file), or let the wizard generate one (certificate.mode &quot;generate&quot;).</source>
        <translation>Choisissez le PFX du nouveau certificat (certificate.pfx dans le fichier de réponses), ou laissez l&apos;Assistant en générer un (certificate.mode &quot;generate&quot;).</translation>
    </message>
    <message>
        <source>The PFX %1 of this renewal now holds the certificate %2 instead of %3.</source>
        <translation>Le PFX %1 de ce renouvellement contient maintenant le certificat %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Put the PFX of certificate %1 back at that path (the wizard never overwrites it), then run the renewal again.</source>
        <translation>Replacez le PFX du certificat %1 à cet emplacement (l&apos;Assistant ne l&apos;écrase jamais), puis exécutez de nouveau le renouvellement.</translation>
    </message>
    <message>
        <source>Adding the key of %1 to SharePoint Online…</source>
        <translation>Ajout de la clé de %1 à SharePoint Online…</translation>
    </message>
    <message>
        <source>Not every SharePoint server serves the new STS certificate %1 yet.</source>
        <translation>Les serveurs SharePoint n&apos;utilisent pas encore tous le nouveau certificat STS %1.</translation>
    </message>
    <message>
        <source>Run the renewal again: it sets what is missing and resets the servers that still serve the old certificate. The old key stays in SharePoint Online until then, so the trust keeps working.</source>
        <translation>Exécutez de nouveau le renouvellement : il définit ce qui manque et réinitialise les serveurs qui utilisent encore l&apos;ancien certificat. L&apos;ancienne clé reste dans SharePoint Online jusque-là, de sorte que l&apos;approbation continue de fonctionner.</translation>
    </message>
    <message>
        <source>The trust does not work with the new STS certificate %1: %2</source>
        <translation>L&apos;approbation ne fonctionne pas avec le nouveau certificat STS %1 : %2</translation>
    </message>
    <message>
        <source>%1 The old key (%2) stays in SharePoint Online until the trust works; run the renewal again once this is fixed.</source>
        <translation>%1 L&apos;ancienne clé (%2) reste dans SharePoint Online jusqu&apos;à ce que l&apos;approbation fonctionne ; exécutez de nouveau le renouvellement une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Removing the old key %1 from SharePoint Online…</source>
        <translation>Suppression de l&apos;ancienne clé %1 de SharePoint Online…</translation>
    </message>
    <message>
        <source>The hybrid trust of this session was removed (%1): there is no trust to renew.</source>
        <translation>L&apos;approbation hybride de cette session a été supprimée (%1) : il n&apos;y a aucune approbation à renouveler.</translation>
    </message>
    <message>
        <source>Set the trust up again in a new session (--auto), then renew its certificate there.</source>
        <translation>Configurez de nouveau l&apos;approbation dans une nouvelle session (--auto), puis renouvelez-y son certificat.</translation>
    </message>
    <message>
        <source>The setup of this session is not finished (%1 is not done): only a finished trust can have its certificate renewed.</source>
        <translation>La configuration de cette session n&apos;est pas terminée (%1 n&apos;est pas effectuée) : seul le certificat d&apos;une approbation terminée peut être renouvelé.</translation>
    </message>
    <message>
        <source>Finish the setup first (--auto --session FILE, or the wizard), then renew the certificate.</source>
        <translation>Terminez d&apos;abord la configuration (--auto --session FILE, ou l&apos;Assistant), puis renouvelez le certificat.</translation>
    </message>
    <message>
        <source>&lt;new PFX beside %1&gt;</source>
        <translation>&lt;nouveau PFX à côté de %1&gt;</translation>
    </message>
    <message>
        <source>1. Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 years; write its PFX and CER (%3) owner-only, never over an existing file; the password stays in the credential store.</source>
        <translation>1. Générer une clé RSA de %1 bits et un certificat SHA-256 auto-signé valide %2 ans ; écrire son PFX et son CER (%3), accessibles au seul propriétaire, sans jamais écraser un fichier existant ; le mot de passe reste dans le magasin d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <source>1. Open the PFX %1 with its password; it must hold a private key and another certificate than the farm&apos;s current one.</source>
        <translation>1. Ouvrir le PFX %1 avec son mot de passe ; il doit contenir une clé privée et un certificat différent du certificat actuel de la batterie.</translation>
    </message>
    <message>
        <source>Renew the STS certificate without an outage of the trust; every stage is recorded in the session, so a stopped renewal resumes where it stopped.</source>
        <translation>Renouveler le certificat STS sans interruption de l&apos;approbation ; chaque phase est enregistrée dans la session, de sorte qu&apos;un renouvellement interrompu reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>2. Add the new certificate&apos;s key to SharePoint Online next to the old one (read again right before the write; every key is re-sent):</source>
        <translation>2. Ajouter la clé du nouveau certificat à SharePoint Online à côté de l&apos;ancienne (relue juste avant l&apos;écriture ; chaque clé est renvoyée) :</translation>
    </message>
    <message>
        <source>3. Replace the certificate on the farm as step 3 does: on each server whose root store lacks it,</source>
        <translation>3. Remplacer le certificat dans la batterie comme le fait l&apos;étape 3 : sur chaque serveur dont le magasin racine ne le contient pas,</translation>
    </message>
    <message>
        <source>once:</source>
        <translation>une fois :</translation>
    </message>
    <message>
        <source>then, after you confirm the outage, one server at a time:</source>
        <translation>puis, après votre confirmation de l&apos;interruption, un serveur à la fois :</translation>
    </message>
    <message>
        <source>4. Check that every server serves the new certificate, and prove the trust:</source>
        <translation>4. Vérifier que chaque serveur utilise le nouveau certificat, et prouver l&apos;approbation :</translation>
    </message>
    <message>
        <source>5. Remove the old farm certificate&apos;s key (%1) from SharePoint Online, and only that key:</source>
        <translation>5. Supprimer la clé de l&apos;ancien certificat de la batterie (%1) de SharePoint Online, et uniquement cette clé :</translation>
    </message>
    <message>
        <source>the farm&apos;s current certificate</source>
        <translation>le certificat actuel de la batterie</translation>
    </message>
    <message>
        <source>New STS certificate</source>
        <translation>Nouveau certificat STS</translation>
    </message>
    <message>
        <source>Installing the STS certificate %1</source>
        <translation>Installation du certificat STS %1</translation>
    </message>
    <message>
        <source>STS certificate renewed</source>
        <translation>Certificat STS renouvelé</translation>
    </message>
    <message>
        <source>%1 → %2; SharePoint Online holds the new key, the old farm key is removed.</source>
        <translation>%1 → %2 ; SharePoint Online contient la nouvelle clé, l&apos;ancienne clé de la batterie est supprimée.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No credential store is available (%1). The sign-in is kept in memory for this run only: the next run asks you to sign in again.</source>
        <translation>Aucun magasin d&apos;informations d&apos;identification n&apos;est disponible (%1). La connexion est conservée en mémoire pour cette exécution uniquement : la prochaine exécution vous demandera de vous reconnecter.</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s (%2).</source>
        <translation>Le magasin d&apos;informations d&apos;identification n&apos;a pas répondu dans les %1 s (%2).</translation>
    </message>
    <message>
        <source>Unlock the login keyring, or go on: the sign-in stays in memory.</source>
        <translation>Déverrouillez le trousseau de connexion, ou continuez : la connexion reste en mémoire.</translation>
    </message>
    <message>
        <source>The credential store refused to %1: %2</source>
        <translation>Le magasin d&apos;informations d&apos;identification a refusé de %1 : %2</translation>
    </message>
    <message>
        <source>Check the OS credential store (Credential Manager, Secret Service).</source>
        <translation>Vérifiez le magasin d&apos;informations d&apos;identification du système (Gestionnaire d&apos;identification, Secret Service).</translation>
    </message>
    <message>
        <source>read a secret</source>
        <translation>lire un secret</translation>
    </message>
    <message>
        <source>store a secret</source>
        <translation>stocker un secret</translation>
    </message>
    <message>
        <source>remove a secret</source>
        <translation>supprimer un secret</translation>
    </message>
    <message>
        <source>The credential store holds only part of the secret %1.</source>
        <translation>Le magasin d&apos;informations d&apos;identification ne contient qu&apos;une partie du secret %1.</translation>
    </message>
    <message>
        <source>Sign in again, or give the PFX password again: the wizard then stores it anew.</source>
        <translation>Reconnectez-vous ou saisissez à nouveau le mot de passe du PFX : l&apos;assistant l&apos;enregistre alors de nouveau.</translation>
    </message>
    <message>
        <source>The secret %1 is too long for the credential store.</source>
        <translation>Le secret %1 est trop long pour le magasin d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <source>No credential store keeps secrets here: it would hold the secret in memory for this run only.</source>
        <translation>Aucun magasin d&apos;informations d&apos;identification ne conserve de secrets ici : le secret ne serait gardé en mémoire que pour cette exécution.</translation>
    </message>
    <message>
        <source>Make the OS credential store work (on Windows the Credential Manager; on Linux a Secret Service such as gnome-keyring, unlocked).</source>
        <translation>Rendez fonctionnel le magasin d&apos;informations d&apos;identification du système (sous Windows le Gestionnaire d&apos;identification ; sous Linux un Secret Service tel que gnome-keyring, déverrouillé).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session file has schema version %1; this wizard reads version %2.</source>
        <translation>Le fichier de session a la version de schéma %1 ; cet Assistant lit la version %2.</translation>
    </message>
    <message>
        <source>Open it with the wizard version that wrote it, or start a new setup.</source>
        <translation>Ouvrez-le avec la version de l&apos;Assistant qui l&apos;a écrit, ou démarrez une nouvelle configuration.</translation>
    </message>
    <message>
        <source>Cannot create the session folder %1.</source>
        <translation>Impossible de créer le dossier de session %1.</translation>
    </message>
    <message>
        <source>Choose a writable location.</source>
        <translation>Choisissez un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>The session %1 is open in another wizard (process %2 on %3).</source>
        <translation>La session %1 est ouverte dans un autre Assistant (processus %2 sur %3).</translation>
    </message>
    <message>
        <source>Close the other wizard first, or start a new setup.</source>
        <translation>Fermez d&apos;abord l&apos;autre Assistant, ou démarrez une nouvelle configuration.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>Start a new setup if the file was changed by hand.</source>
        <translation>Démarrez une nouvelle configuration si le fichier a été modifié à la main.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>doit être une liste.</translation>
    </message>
    <message>
        <source>is not a step of this wizard.</source>
        <translation>n&apos;est pas une étape de cet Assistant.</translation>
    </message>
    <message>
        <source>Session key &quot;%1&quot;: %2</source>
        <translation>Clé de session « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot save the session to %1.</source>
        <translation>Impossible d&apos;enregistrer la session dans %1.</translation>
    </message>
    <message>
        <source>Free disk space, or close the program that holds the file; the wizard keeps the session and saves it again at the next change.</source>
        <translation>Libérez de l&apos;espace disque ou fermez le programme qui utilise le fichier ; l&apos;Assistant conserve la session et l&apos;enregistre de nouveau à la prochaine modification.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries failed.</source>
        <translation>
            <numerusform>%n tentative a échoué.</numerusform>
            <numerusform>%n tentatives ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transcript %1 has no session file beside it.</source>
        <translation>La transcription %1 n’a pas de fichier de session à côté d’elle.</translation>
    </message>
    <message>
        <source>Put the session file back, or move the transcript away.</source>
        <translation>Remettez le fichier de session en place, ou déplacez la transcription.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the session file as %1.</source>
        <translation>Impossible de conserver une copie du fichier de session sous %1.</translation>
    </message>
    <message>
        <source>Cannot repair the transcript %1.</source>
        <translation>Impossible de réparer la transcription %1.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>The last transcript record was cut short (the wizard stopped while writing it) and was left out.</source>
        <translation>Le dernier enregistrement de la transcription était tronqué (l’assistant s’est arrêté pendant son écriture) et a été omis.</translation>
    </message>
    <message>
        <source>Transcript line %1: %2</source>
        <translation>Ligne %1 de la transcription : %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Cannot read the transcript %1.</source>
        <translation>Impossible de lire la transcription %1.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>No browser is available to sign in.</source>
        <translation>Aucun navigateur n&apos;est disponible pour la connexion.</translation>
    </message>
    <message>
        <source>Use --sign-in device-code.</source>
        <translation>Utilisez --sign-in device-code.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 in the browser window that opened.</source>
        <translation>Connectez-vous à Microsoft 365 dans la fenêtre de navigateur qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation>Connexion par code d&apos;appareil</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 et entrez le code %2.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was finished.</source>
        <translation>Le code d&apos;appareil a expiré avant la fin de la connexion.</translation>
    </message>
    <message>
        <source>Run the step again and enter the new code within the time shown.</source>
        <translation>Exécutez de nouveau l&apos;étape et entrez le nouveau code dans le délai indiqué.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 pour la redirection de connexion : %1</translation>
    </message>
    <message>
        <source>The browser sign-in did not come back within %1 minutes.</source>
        <translation>La connexion dans le navigateur n&apos;est pas revenue dans les %1 minutes.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window, or use --sign-in device-code.</source>
        <translation>Terminez la connexion dans la fenêtre du navigateur, ou utilisez --sign-in device-code.</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Requête trop volumineuse.</translation>
    </message>
    <message>
        <source>Unexpected request.</source>
        <translation>Requête inattendue.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the wizard&apos;s sign-in.</source>
        <translation>Cette réponse de connexion n&apos;appartient pas à la connexion de l&apos;Assistant.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You can close this window.</source>
        <translation>Échec de la connexion : %1. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 (%2)</source>
        <translation>Connexion refusée : %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant that may consent to the scopes.</source>
        <translation>Connectez-vous avec un compte du locataire autorisé à consentir aux étendues.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no code.</source>
        <translation>La réponse de connexion ne contient aucun code.</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and go back to the wizard.</source>
        <translation>Connecté. Vous pouvez fermer cette fenêtre et revenir à l&apos;Assistant.</translation>
    </message>
    <message>
        <source>Token refresh</source>
        <translation>Actualisation du jeton</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft 365.</source>
        <translation>Non connecté à Microsoft 365.</translation>
    </message>
    <message>
        <source>The Microsoft 365 sign-in expired and cannot be renewed.</source>
        <translation>La connexion Microsoft 365 a expiré et ne peut pas être renouvelée.</translation>
    </message>
    <message>
        <source>The token endpoint granted no access token.</source>
        <translation>Le point de terminaison de jeton n&apos;a accordé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Check that --endpoints points at a Microsoft identity platform endpoint.</source>
        <translation>Vérifiez que --endpoints pointe vers un point de terminaison de la plateforme d&apos;identités Microsoft.</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the client id (--client-id), the tenant (--tenant) and that public client flows are enabled for the client.</source>
        <translation>Reconnectez-vous ; si l&apos;échec persiste, vérifiez l&apos;ID client (--client-id), le locataire (--tenant) et que les flux de client public sont activés pour le client.</translation>
    </message>
    <message>
        <source>%1 refused: %2 (%3)</source>
        <translation>%1 refusée : %2 (%3)</translation>
    </message>
    <message>
        <source>The sign-in returned no usable id_token: %1</source>
        <translation>La connexion n&apos;a renvoyé aucun id_token utilisable : %1</translation>
    </message>
    <message>
        <source>Check that --endpoints points at a Microsoft identity platform endpoint and that the sign-in asked for the openid scope.</source>
        <translation>Vérifiez que --endpoints pointe vers un point de terminaison de la plateforme d&apos;identités Microsoft et que la connexion a demandé l&apos;étendue openid.</translation>
    </message>
    <message>
        <source>it is not a JSON Web Token.</source>
        <translation>ce n&apos;est pas un JSON Web Token.</translation>
    </message>
    <message>
        <source>its claims are not JSON.</source>
        <translation>ses revendications ne sont pas du JSON.</translation>
    </message>
    <message>
        <source>it was issued to %1, not to the sign-in client %2.</source>
        <translation>il a été émis pour %1, et non pour le client de connexion %2.</translation>
    </message>
    <message>
        <source>it names no tenant (tid).</source>
        <translation>il n&apos;indique aucun locataire (tid).</translation>
    </message>
    <message>
        <source>The sign-in returned no id_token, so the account and its tenant are unknown.</source>
        <translation>La connexion n&apos;a renvoyé aucun id_token : le compte et son locataire sont donc inconnus.</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, but %2 signed in to the tenant %3. Nothing was read from or written to either tenant.</source>
        <translation>Cette session appartient au locataire Microsoft 365 %1, mais %2 s&apos;est connecté au locataire %3. Rien n&apos;a été lu ni écrit dans l&apos;un ou l&apos;autre locataire.</translation>
    </message>
    <message>
        <source>Sign out, then sign in with an account of the tenant %1 (in the browser, pick that account or use a private window). To set up the tenant %2 instead, start a new session.</source>
        <translation>Déconnectez-vous, puis connectez-vous avec un compte du locataire %1 (dans le navigateur, choisissez ce compte ou utilisez une fenêtre de navigation privée). Pour configurer plutôt le locataire %2, démarrez une nouvelle session.</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, and Microsoft Entra ID refused the sign-in to it: %2</source>
        <translation>Cette session appartient au locataire Microsoft 365 %1, et Microsoft Entra ID a refusé la connexion à ce locataire : %2</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant %1 (check --endpoints and --tenant). To set up another tenant, start a new session.</source>
        <translation>Connectez-vous avec un compte du locataire %1 (vérifiez --endpoints et --tenant). Pour configurer un autre locataire, démarrez une nouvelle session.</translation>
    </message>
    <message>
        <source>Conditional Access blocked this sign-in. Sign in with the browser (--sign-in browser) on a device that meets your organization&apos;s policies; device code sign-in is often blocked on purpose. Your Entra administrator finds the policy in the sign-in logs by the correlation id above.</source>
        <translation>L&apos;accès conditionnel a bloqué cette connexion. Connectez-vous avec le navigateur (--sign-in browser) sur un appareil conforme aux stratégies de votre organisation ; la connexion par code d&apos;appareil est souvent bloquée volontairement. Votre administrateur Entra trouve la stratégie dans les journaux de connexion grâce à l&apos;ID de corrélation ci-dessus.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID needs you to sign in interactively (multi-factor authentication or another prompt). Run the sign-in step again and finish the prompt in the browser, with the account that administers the tenant; on a server without a browser use --sign-in device-code and complete it on another device.</source>
        <translation>Microsoft Entra ID exige une connexion interactive (authentification multifacteur ou autre invite). Exécutez de nouveau l&apos;étape de connexion et terminez l&apos;invite dans le navigateur, avec le compte qui administre le locataire ; sur un serveur sans navigateur, utilisez --sign-in device-code et terminez la connexion sur un autre appareil.</translation>
    </message>
    <message>
        <source>The stored sign-in expired or was revoked (password change, revoked sessions, or a new policy): sign in again. To use another account, sign out first.</source>
        <translation>La connexion enregistrée a expiré ou a été révoquée (changement de mot de passe, sessions révoquées ou nouvelle stratégie) : reconnectez-vous. Pour utiliser un autre compte, déconnectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Run the step again and approve it with the account that administers the tenant.</source>
        <translation>La connexion a été refusée sur la page de connexion. Exécutez de nouveau l&apos;étape et approuvez-la avec le compte qui administre le locataire.</translation>
    </message>
    <message>
        <source>The sign-in client (--client-id) is not a public client: in its app registration, turn on Authentication &gt; Allow public client flows, or use the default client.</source>
        <translation>Le client de connexion (--client-id) n&apos;est pas un client public : dans son inscription d&apos;application, activez Authentification &gt; Autoriser les flux de clients publics, ou utilisez le client par défaut.</translation>
    </message>
    <message>
        <source>it has expired (check this machine&apos;s clock).</source>
        <translation>il a expiré (vérifiez l&apos;horloge de cet ordinateur).</translation>
    </message>
    <message>
        <source>an answer without an id_token</source>
        <translation>une réponse sans id_token</translation>
    </message>
    <message>
        <source>The sign-in client lacks consent for the permissions the wizard asks for. A Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to them for the client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions), then sign in again.</source>
        <translation>Le client de connexion n&apos;a pas le consentement pour les autorisations que l&apos;Assistant demande. Un Cloud Application Administrator, Application Administrator ou Privileged Role Administrator accorde le consentement administrateur à ces autorisations pour le client (Centre d&apos;administration Microsoft Entra &gt; Applications d&apos;entreprise &gt; le client &gt; Autorisations) ; reconnectez-vous ensuite.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The desktop shell could not open the browser.</source>
        <translation>Le shell du bureau n&apos;a pas pu ouvrir le navigateur.</translation>
    </message>
    <message>
        <source>Open the address from the log in a browser, or use --sign-in device-code.</source>
        <translation>Ouvrez l&apos;adresse indiquée dans le journal dans un navigateur, ou utilisez --sign-in device-code.</translation>
    </message>
    <message>
        <source>No browser could be started.</source>
        <translation>Aucun navigateur n&apos;a pu être démarré.</translation>
    </message>
</context>
<context>
    <name>StepId</name>
    <message>
        <source>step &quot;%1&quot;</source>
        <translation>étape « %1 »</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>This step needs your confirmation: %1</source>
        <translation>Cette étape nécessite votre confirmation : %1</translation>
    </message>
    <message>
        <source>Tick the confirmation on this page, or set &quot;confirm&quot;: {&quot;%1&quot;: true} in the answers file.</source>
        <translation>Cochez la confirmation sur cette page, ou indiquez &quot;confirm&quot;: {&quot;%1&quot;: true} dans le fichier de réponses.</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, but %2 is signed in to the tenant %3. Nothing was written to either tenant.</source>
        <translation>Cette session appartient au locataire Microsoft 365 %1, mais %2 est connecté au locataire %3. Rien n&apos;a été écrit dans l&apos;un ou l&apos;autre locataire.</translation>
    </message>
    <message>
        <source>Sign out, then sign in with an account of the tenant %1. To set up the tenant %2 instead, start a new session.</source>
        <translation>Déconnectez-vous, puis connectez-vous avec un compte du locataire %1. Pour configurer plutôt le locataire %2, démarrez une nouvelle session.</translation>
    </message>
    <message>
        <source>Sign in first (%1).</source>
        <translation>Connectez-vous d&apos;abord (%1).</translation>
    </message>
    <message>
        <source>Sign in again (%1).</source>
        <translation>Reconnectez-vous (%1).</translation>
    </message>
    <message>
        <source>Sign in again (%1): the token expired or was revoked.</source>
        <translation>Reconnectez-vous (%1) : le jeton a expiré ou a été révoqué.</translation>
    </message>
</context>
<context>
    <name>StsCertificate</name>
    <message>
        <source>to import</source>
        <translation>à importer</translation>
    </message>
    <message>
        <source>already in the root store</source>
        <translation>déjà dans le magasin racine</translation>
    </message>
    <message>
        <source>to reset (serves %1)</source>
        <translation>à réinitialiser (utilise %1)</translation>
    </message>
    <message>
        <source>already serves it</source>
        <translation>l&apos;utilise déjà</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>iisreset and SharePoint Timer restart: the server is out of service briefly</source>
        <translation>iisreset et redémarrage du Minuteur SharePoint : le serveur est brièvement hors service</translation>
    </message>
    <message>
        <source>After the reset, %1 still serves the certificate %2 instead of %3.</source>
        <translation>Après la réinitialisation, %1 utilise toujours le certificat %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Check the server&apos;s event log (SharePoint Foundation, Security Token Service), then run the step again: servers already updated are not reset twice.</source>
        <translation>Consultez le journal des événements du serveur (SharePoint Foundation, Security Token Service), puis exécutez de nouveau l&apos;étape : les serveurs déjà mis à jour ne sont pas réinitialisés une deuxième fois.</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>utilise %1</translation>
    </message>
    <message>
        <source>Import-PfxCertificate into LocalMachine\Root</source>
        <translation>Import-PfxCertificate dans LocalMachine\Root</translation>
    </message>
    <message>
        <source>in the root store</source>
        <translation>dans le magasin racine</translation>
    </message>
    <message>
        <source>Setting the farm&apos;s STS signing certificate…</source>
        <translation>Définition du certificat de signature STS de la batterie…</translation>
    </message>
    <message>
        <source>serves %1; not reset</source>
        <translation>utilise %1 ; non réinitialisé</translation>
    </message>
    <message>
        <source>Cannot read the PFX password file %1.</source>
        <translation>Impossible de lire le fichier de mot de passe du PFX %1.</translation>
    </message>
    <message>
        <source>Check certificate.passwordFile in the answers file.</source>
        <translation>Vérifiez certificate.passwordFile dans le fichier de réponses.</translation>
    </message>
    <message>
        <source>The PFX password file %1 is empty.</source>
        <translation>Le fichier de mot de passe du PFX %1 est vide.</translation>
    </message>
    <message>
        <source>Write the password on the first line of the file.</source>
        <translation>Écrivez le mot de passe sur la première ligne du fichier.</translation>
    </message>
    <message>
        <source>The password of the PFX %1 is needed.</source>
        <translation>Le mot de passe du PFX %1 est nécessaire.</translation>
    </message>
    <message>
        <source>Type it on the page, or set certificate.passwordFile in the answers file.</source>
        <translation>Tapez-le sur la page, ou indiquez certificate.passwordFile dans le fichier de réponses.</translation>
    </message>
    <message>
        <source>Cannot read the PFX %1.</source>
        <translation>Impossible de lire le PFX %1.</translation>
    </message>
    <message>
        <source>Check the path and that the wizard&apos;s account may read the file.</source>
        <translation>Vérifiez le chemin et que le compte de l&apos;Assistant peut lire le fichier.</translation>
    </message>
    <message>
        <source>The PFX %1 holds no private key for its certificate.</source>
        <translation>Le PFX %1 ne contient pas de clé privée pour son certificat.</translation>
    </message>
    <message>
        <source>Export the certificate again together with its private key.</source>
        <translation>Exportez de nouveau le certificat avec sa clé privée.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the PFX.</source>
        <translation>Impossible de créer le dossier %1 pour le PFX.</translation>
    </message>
    <message>
        <source>Choose a folder the wizard&apos;s account may write to (certificate.pfx).</source>
        <translation>Choisissez un dossier où le compte de l&apos;Assistant peut écrire (certificate.pfx).</translation>
    </message>
    <message>
        <source>A file already exists at %1, and it is not a PFX of the chosen key size and validity that the password opens.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1, et ce n&apos;est pas un PFX de la taille de clé et de la validité choisies que le mot de passe ouvre.</translation>
    </message>
    <message>
        <source>Choose another path for the new PFX (certificate.pfx) or move that file away: the wizard never overwrites a file.</source>
        <translation>Choisissez un autre chemin pour le nouveau PFX (certificate.pfx) ou déplacez ce fichier : l&apos;Assistant n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Generating an RSA %1-bit key…</source>
        <translation>Génération d&apos;une clé RSA de %1 bits…</translation>
    </message>
    <message>
        <source>No PFX file to import was chosen.</source>
        <translation>Aucun fichier PFX à importer n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>Choose the PFX on the page, or set certificate.pfx in the answers file.</source>
        <translation>Choisissez le PFX sur la page, ou indiquez certificate.pfx dans le fichier de réponses.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Thumbprint: %1</source>
        <translation>Empreinte numérique : %1</translation>
    </message>
    <message>
        <source>Key: %1 %2 bits%3</source>
        <translation>Clé : %1 %2 bits%3</translation>
    </message>
    <message>
        <source>Valid: %1 to %2 (%3 days left)</source>
        <translation>Valide : du %1 au %2 (%3 jours restants)</translation>
    </message>
    <message>
        <source>PFX: %1</source>
        <translation>PFX : %1</translation>
    </message>
    <message>
        <source>CER: %1</source>
        <translation>CER : %1</translation>
    </message>
    <message>
        <source>The password generated for the new PFX %1 cannot be kept: no credential store keeps it, and a PFX whose password is lost cannot be opened. Nothing was written and the farm was not changed.</source>
        <translation>Le mot de passe généré pour le nouveau PFX %1 ne peut pas être conservé : aucun magasin d&apos;informations d&apos;identification ne le conserve, et un PFX dont le mot de passe est perdu ne peut pas être ouvert. Rien n&apos;a été écrit et la batterie n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Write a password on the first line of a file only you can read and name it in certificate.passwordFile in the answers file (or type a password on the page); or make the OS credential store work: on Windows the Credential Manager, on Linux a Secret Service such as gnome-keyring, unlocked.</source>
        <translation>Écrivez un mot de passe sur la première ligne d&apos;un fichier que vous seul pouvez lire et indiquez-le dans certificate.passwordFile du fichier de réponses (ou saisissez un mot de passe sur la page) ; ou rendez fonctionnel le magasin d&apos;informations d&apos;identification du système : sous Windows le Gestionnaire d&apos;identification, sous Linux un Secret Service tel que gnome-keyring, déverrouillé.</translation>
    </message>
    <message>
        <source>Cannot create the lab&apos;s password folder %1.</source>
        <translation>Impossible de créer le dossier de mots de passe du laboratoire %1.</translation>
    </message>
    <message>
        <source>Check that the wizard&apos;s account may write to the lab folder.</source>
        <translation>Vérifiez que le compte de l&apos;Assistant peut écrire dans le dossier du laboratoire.</translation>
    </message>
    <message>
        <source>A file already exists at %1, where the certificate (CER) of the new PFX goes.</source>
        <translation>Un fichier existe déjà à %1, où doit aller le certificat (CER) du nouveau PFX.</translation>
    </message>
    <message>
        <source>Move that file away, or choose another path for the new PFX (certificate.pfx): the wizard never overwrites a file.</source>
        <translation>Déplacez ce fichier, ou choisissez un autre chemin pour le nouveau PFX (certificate.pfx) : l&apos;Assistant n&apos;écrase jamais un fichier.</translation>
    </message>
</context>
<context>
    <name>StsCertificateStep</name>
    <message>
        <source>Configure the STS certificate</source>
        <translation>Configurer le certificat STS</translation>
    </message>
    <message>
        <source>SharePoint Online trusts tokens signed by the farm&apos;s Security Token Service certificate. Every SharePoint server must run the same certificate, with an RSA key of at least 2048 bits, valid long enough. Keeping the current certificate works if it meets these checks, but a dedicated certificate you can renew is recommended.</source>
        <translation>SharePoint Online approuve les jetons signés par le certificat du service d&apos;émission de jeton de sécurité (STS) de la batterie. Chaque serveur SharePoint doit utiliser le même certificat, avec une clé RSA d&apos;au moins 2048 bits, valide suffisamment longtemps. Conserver le certificat actuel fonctionne s&apos;il réussit ces vérifications, mais un certificat dédié que vous pouvez renouveler est recommandé.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>RSA, %1 bits or more</source>
        <translation>RSA, %1 bits ou plus</translation>
    </message>
    <message>
        <source>Replace the STS certificate with one whose RSA key has at least 2048 bits.</source>
        <translation>Remplacez le certificat STS par un certificat dont la clé RSA compte au moins 2048 bits.</translation>
    </message>
    <message>
        <source>valid now, more than %1 days left</source>
        <translation>valide maintenant, plus de %1 jours restants</translation>
    </message>
    <message>
        <source>valid %1 to %2 (%3 days left)</source>
        <translation>valide du %1 au %2 (%3 jours restants)</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Replacing the certificate resets IIS and restarts the SharePoint Timer Service on every server, one server at a time: each server is out of service for a minute or two while the others keep serving.</source>
        <translation>Le remplacement du certificat réinitialise IIS et redémarre le service Minuteur SharePoint sur chaque serveur, un serveur à la fois : chaque serveur est hors service une ou deux minutes pendant que les autres continuent de répondre.</translation>
    </message>
    <message>
        <source>Keep the current STS certificate: nothing is replaced; the checks tell whether it is good enough.</source>
        <translation>Conserver le certificat STS actuel : rien n&apos;est remplacé ; les vérifications indiquent s&apos;il convient.</translation>
    </message>
    <message>
        <source>&lt;new PFX in %1&gt;</source>
        <translation>&lt;nouveau PFX dans %1&gt;</translation>
    </message>
    <message>
        <source>Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 years; write the PFX (%3) and the CER beside it, owner-only; the password stays in the credential store.</source>
        <translation>Générer une clé RSA de %1 bits et un certificat SHA-256 auto-signé valide %2 ans ; écrire le PFX (%3) et le CER à côté, accessibles au seul propriétaire ; le mot de passe reste dans le magasin d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <source>3DES, for Windows Server 2016 and older</source>
        <translation>3DES, pour Windows Server 2016 et antérieur</translation>
    </message>
    <message>
        <source>AES-256</source>
        <translation>AES-256</translation>
    </message>
    <message>
        <source>Open the PFX with its password and check it holds the private key.</source>
        <translation>Ouvrir le PFX avec son mot de passe et vérifier qu&apos;il contient la clé privée.</translation>
    </message>
    <message>
        <source>(a) On each server whose root store lacks it:</source>
        <translation>(a) Sur chaque serveur dont le magasin racine ne le contient pas :</translation>
    </message>
    <message>
        <source>(b) Once, when the farm signs with another certificate:</source>
        <translation>(b) Une fois, lorsque la batterie signe avec un autre certificat :</translation>
    </message>
    <message>
        <source>(c) After you confirm the outage, one server at a time, only where the running STS serves another certificate; then check it before the next:</source>
        <translation>(c) Après votre confirmation de l&apos;interruption, un serveur à la fois, uniquement là où le STS en cours utilise un autre certificat ; puis vérification avant le suivant :</translation>
    </message>
    <message>
        <source>STS certificate to install</source>
        <translation>Certificat STS à installer</translation>
    </message>
    <message>
        <source>Installing the STS certificate %1</source>
        <translation>Installation du certificat STS %1</translation>
    </message>
    <message>
        <source>the new certificate on every server</source>
        <translation>le nouveau certificat sur chaque serveur</translation>
    </message>
    <message>
        <source>not made or opened yet; the farm signs with %1</source>
        <translation>pas encore créé ni ouvert ; la batterie signe avec %1</translation>
    </message>
    <message>
        <source>Run this step.</source>
        <translation>Exécutez cette étape.</translation>
    </message>
    <message>
        <source>farm signing certificate: %1</source>
        <translation>certificat de signature de la batterie : %1</translation>
    </message>
    <message>
        <source>Run this step: it sets what is missing and resets the servers listed one at a time, so that they load the farm&apos;s signing certificate. Make sure each server is reachable.</source>
        <translation>Exécutez cette étape : elle définit ce qui manque et réinitialise les serveurs listés un par un, afin qu&apos;ils chargent le certificat de signature de la batterie. Vérifiez que chaque serveur est accessible.</translation>
    </message>
    <message>
        <source>no SharePoint server found in the farm</source>
        <translation>aucun serveur SharePoint trouvé dans la batterie</translation>
    </message>
    <message>
        <source>Renew the STS certificate, then upload the new one to SharePoint Online (%1).</source>
        <translation>Renouvelez le certificat STS, puis chargez le nouveau dans SharePoint Online (%1).</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Unknown transcript format &quot;%1&quot;.</source>
        <translation>Format de transcription inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Use --format txt, html or json, or a file name ending in .txt, .html or .json.</source>
        <translation>Utilisez --format txt, html ou json, ou un nom de fichier se terminant par .txt, .html ou .json.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>TranscriptHtml</name>
    <message>
        <source>Session %1, started %2 by %3 on %4 (%5)</source>
        <translation>Session %1, commencée le %2 par %3 sur %4 (%5)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Renewal of the STS certificate</source>
        <translation>Renouvellement du certificat STS</translation>
    </message>
    <message>
        <source>Removal of the hybrid trust</source>
        <translation>Suppression de l&apos;approbation hybride</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Not recorded: this session was written before the wizard recorded its changes.</source>
        <translation>Non enregistré : cette session a été écrite avant que l&apos;assistant n&apos;enregistre ses modifications.</translation>
    </message>
    <message>
        <source>Nothing: this session changed nothing on the farm or in the tenant.</source>
        <translation>Rien : cette session n&apos;a rien modifié dans la batterie ni dans le locataire.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>By step</source>
        <translation>Par l&apos;étape</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>S2S Wizard change record</source>
        <translation>Assistant S2S – registre des modifications</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Approbation :</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Ce qui a changé :</translation>
    </message>
</context>
<context>
    <name>TrustProof</name>
    <message>
        <source>HTTP 401 naming realm %1 (the tenant id, and the farm&apos;s realm) and client_id %2</source>
        <translation>HTTP 401 indiquant le domaine %1 (l&apos;ID de locataire, et le domaine de la batterie) et client_id %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a realm</source>
        <translation>HTTP %1 sans domaine</translation>
    </message>
    <message>
        <source>HTTP %1, realm %2, client_id %3; the farm&apos;s realm is %4</source>
        <translation>HTTP %1, domaine %2, client_id %3 ; le domaine de la batterie est %4</translation>
    </message>
    <message>
        <source>%1 did not announce a realm: make sure it is this tenant&apos;s SharePoint Online root and that this machine reaches it over HTTPS.</source>
        <translation>%1 n&apos;a annoncé aucun domaine : assurez-vous qu&apos;il s&apos;agit de la racine SharePoint Online de ce locataire et que cet ordinateur l&apos;atteint en HTTPS.</translation>
    </message>
    <message>
        <source>%1 belongs to another tenant: sign in to the tenant whose SharePoint Online you connect, or check the tenant id in %2.</source>
        <translation>%1 appartient à un autre locataire : connectez-vous au locataire dont vous reliez SharePoint Online, ou vérifiez l&apos;ID de locataire à l&apos;%2.</translation>
    </message>
    <message>
        <source>The farm&apos;s realm is not the tenant id: set it in %1.</source>
        <translation>Le domaine d&apos;authentification de la batterie n&apos;est pas l&apos;ID de locataire : définissez-le à l&apos;%1.</translation>
    </message>
    <message>
        <source>%1 answered as another service than SharePoint Online: check the SharePoint Online address (the &quot;sharepoint&quot; entry of the endpoints file).</source>
        <translation>%1 a répondu en tant qu&apos;autre service que SharePoint Online : vérifiez l&apos;adresse de SharePoint Online (l&apos;entrée &quot;sharepoint&quot; du fichier des points de terminaison).</translation>
    </message>
    <message>
        <source>ACS issues a token for %1 to the farm&apos;s signed assertion</source>
        <translation>ACS émet un jeton pour %1 en réponse à l&apos;assertion signée de la batterie</translation>
    </message>
    <message>
        <source> (also accepted as %1)</source>
        <translation> (également accepté en %1)</translation>
    </message>
    <message>
        <source> (%1 refused: %2)</source>
        <translation> (%1 refusé : %2)</translation>
    </message>
    <message>
        <source>token issued (grant %1): aud %2, iss %3, expires %4</source>
        <translation>jeton émis (octroi %1) : aud %2, iss %3, expire le %4</translation>
    </message>
    <message>
        <source>ACS issued a token for another audience or from another issuer than its principal: check the ACS endpoints in use.</source>
        <translation>ACS a émis un jeton pour une autre audience ou depuis un autre émetteur que son principal : vérifiez les points de terminaison ACS utilisés.</translation>
    </message>
    <message>
        <source>an alternate URL of %1 under %2</source>
        <translation>une URL de substitution de %1 sous %2</translation>
    </message>
    <message>
        <source>no zone URL</source>
        <translation>aucune URL de zone</translation>
    </message>
    <message>
        <source>zone URLs: %1</source>
        <translation>URL de zone : %1</translation>
    </message>
    <message>
        <source>SharePoint Online reaches the farm at its public URL: add one under %1 to the web application&apos;s alternate access mappings (Central Administration, e.g. the Internet zone https://sharepoint.%1), or choose the public domain of its public URL in %2.</source>
        <translation>SharePoint Online atteint la batterie par son URL publique : ajoutez-en une sous %1 aux mappages des accès de substitution de l&apos;application web (Administration centrale, par exemple la zone Internet https://sharepoint.%1), ou choisissez à l&apos;%2 le domaine public de son URL publique.</translation>
    </message>
    <message>
        <source>The tenant lists no initial domain (*.onmicrosoft.com), which names its SharePoint Online host.</source>
        <translation>Le locataire ne liste aucun domaine initial (*.onmicrosoft.com), qui donne son nom à l&apos;hôte SharePoint Online.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s verified domains in the Microsoft 365 admin center.</source>
        <translation>Vérifiez les domaines vérifiés du locataire dans le Centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Proving the trust with real tokens…</source>
        <translation>Preuve de l&apos;approbation avec de vrais jetons…</translation>
    </message>
    <message>
        <source>The ACS metadata document lists no OAuth2 endpoint.</source>
        <translation>Le document de métadonnées ACS ne liste aucun point de terminaison OAuth2.</translation>
    </message>
    <message>
        <source>Check the metadata endpoint in %1.</source>
        <translation>Vérifiez le point de terminaison de métadonnées à l&apos;%1.</translation>
    </message>
    <message>
        <source>Prove the trust, read-only:</source>
        <translation>Prouver l&apos;approbation, en lecture seule :</translation>
    </message>
</context>
<context>
    <name>TrustVerdict</name>
    <message>
        <source>The trust does not work: SharePoint Online does not know the farm&apos;s realm.</source>
        <translation>L&apos;approbation ne fonctionne pas : SharePoint Online ne connaît pas le domaine d&apos;authentification de la batterie.</translation>
    </message>
    <message>
        <source>The trust does not work: SharePoint Online refused the farm&apos;s token.</source>
        <translation>L&apos;approbation ne fonctionne pas : SharePoint Online a refusé le jeton de la batterie.</translation>
    </message>
    <message>
        <source>The trust does not work: ACS does not issue tokens for the farm&apos;s public host.</source>
        <translation>L&apos;approbation ne fonctionne pas : ACS n&apos;émet pas de jetons pour l&apos;hôte public de la batterie.</translation>
    </message>
    <message>
        <source>Setup is not complete: %1 of the checks fail.</source>
        <translation>La configuration n&apos;est pas terminée (vérifications en échec : %1).</translation>
    </message>
    <message>
        <source>Setup is not complete: 1 check fails, in step %1 &quot;%2&quot;.</source>
        <translation>La configuration n&apos;est pas terminée : 1 vérification échoue, à l&apos;étape %1 « %2 ».</translation>
    </message>
    <message>
        <source>Setup is not complete: %1 checks fail, the first in step %2 &quot;%3&quot;.</source>
        <translation>La configuration n&apos;est pas terminée : %1 vérifications échouent, la première à l&apos;étape %2 « %3 ».</translation>
    </message>
    <message>
        <source>Step %1 fails too: %2</source>
        <translation>L&apos;étape %1 échoue aussi : %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation>%1 vérification(s) réussie(s) sur %2.</translation>
    </message>
    <message>
        <source>Warnings: %1 (see their remedies below).</source>
        <translation>Avertissements : %1 (voir leurs solutions ci-dessous).</translation>
    </message>
    <message>
        <source>Could not be decided: %1.</source>
        <translation>Indéterminées : %1.</translation>
    </message>
    <message>
        <source>Not proven yet: &quot;%1&quot; could not be decided.</source>
        <translation>Pas encore prouvée : « %1 » n&apos;a pas pu être déterminé.</translation>
    </message>
    <message>
        <source>Not proven yet: no token was requested from ACS.</source>
        <translation>Pas encore prouvée : aucun jeton n&apos;a été demandé à ACS.</translation>
    </message>
    <message>
        <source>Run this step: it checks every step once more and asks ACS for tokens signed by this farm.</source>
        <translation>Exécutez cette étape : elle vérifie de nouveau chaque étape et demande à ACS des jetons signés par cette batterie.</translation>
    </message>
    <message>
        <source>Run this step again to ask ACS for tokens signed by this farm.</source>
        <translation>Exécutez de nouveau cette étape pour demander à ACS des jetons signés par cette batterie.</translation>
    </message>
    <message>
        <source>The trust works: SharePoint Online accepted a token signed by this farm.</source>
        <translation>L&apos;approbation fonctionne : SharePoint Online a accepté un jeton signé par cette batterie.</translation>
    </message>
</context>
<context>
    <name>UploadCertificateStep</name>
    <message>
        <source>Upload the STS certificate to SharePoint Online</source>
        <translation>Charger le certificat STS dans SharePoint Online</translation>
    </message>
    <message>
        <source>SharePoint Online verifies the farm&apos;s tokens with the public key of the STS certificate, stored as a key credential of the SharePoint Online service principal. Graph replaces the whole key list on every change, so the wizard re-sends every existing key with the new one: no key is ever dropped. A key already uploaded is not added twice.</source>
        <translation>SharePoint Online vérifie les jetons de la batterie avec la clé publique du certificat STS, stockée comme information d&apos;identification de clé du principal de service SharePoint Online. Graph remplace toute la liste des clés à chaque modification : l&apos;Assistant renvoie donc chaque clé existante avec la nouvelle, aucune clé n&apos;est jamais perdue. Une clé déjà chargée n&apos;est pas ajoutée deux fois.</translation>
    </message>
    <message>
        <source>dates that cover today</source>
        <translation>des dates qui couvrent aujourd&apos;hui</translation>
    </message>
    <message>
        <source>no key for this certificate</source>
        <translation>aucune clé pour ce certificat</translation>
    </message>
    <message>
        <source>Renew the STS certificate and upload the new one.</source>
        <translation>Renouvelez le certificat STS et chargez le nouveau.</translation>
    </message>
    <message>
        <source>key present</source>
        <translation>clé présente</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>Run this step to upload the farm&apos;s STS certificate; if a server still runs an older certificate, finish the STS certificate step first.</source>
        <translation>Exécutez cette étape pour charger le certificat STS de la batterie ; si un serveur utilise encore un ancien certificat, terminez d&apos;abord l&apos;étape du certificat STS.</translation>
    </message>
    <message>
        <source>key credentials</source>
        <translation>informations d&apos;identification de clé</translation>
    </message>
    <message>
        <source>Microsoft Graph returned the existing key credential %1 (%2) of the SharePoint Online principal without its key. Graph replaces the whole key list on every change, so writing now would delete that key: the wizard writes nothing.</source>
        <translation>Microsoft Graph a renvoyé l&apos;information d&apos;identification de clé existante %1 (%2) du principal SharePoint Online sans sa clé. Graph remplace toute la liste des clés à chaque modification : écrire maintenant supprimerait cette clé, l&apos;Assistant n&apos;écrit donc rien.</translation>
    </message>
    <message>
        <source>no display name</source>
        <translation>aucun nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Read the principal with GET /v1.0/servicePrincipals(appId=&apos;00000003-0000-0ff1-ce00-000000000000&apos;)?$select=keyCredentials (only this single-object read returns each key) and check that key %1 comes back with its key. If it still does not, ask whoever added that key for its certificate and add the farm&apos;s by hand, re-sending both; never PATCH keyCredentials without it.</source>
        <translation>Lisez le principal avec GET /v1.0/servicePrincipals(appId=&apos;00000003-0000-0ff1-ce00-000000000000&apos;)?$select=keyCredentials (seule cette lecture d&apos;un objet unique renvoie chaque clé) et vérifiez que l&apos;information d&apos;identification de clé %1 revient avec sa clé. Si ce n&apos;est toujours pas le cas, demandez le certificat correspondant à la personne qui a ajouté cette clé et ajoutez manuellement celui de la batterie, en renvoyant les deux ; n&apos;envoyez jamais de PATCH sur keyCredentials sans ce certificat.</translation>
    </message>
    <message>
        <source>If no key credential holds this certificate (compared by SHA-1 of the key itself), read the keys again right before writing them (a key without its value stops the step):</source>
        <translation>Si aucune information d&apos;identification de clé ne contient ce certificat (comparaison par le SHA-1 de la clé elle-même), relire les clés juste avant de les écrire (une clé sans sa valeur arrête l&apos;étape) :</translation>
    </message>
    <message>
        <source>Read them back: every key of the read before plus the new one must be there; if another change raced in, merge again (at most %1 times).</source>
        <translation>Relire les clés : chaque clé de la lecture précédente ainsi que la nouvelle doivent être présentes ; si une autre modification s&apos;est intercalée, fusionner de nouveau (au plus %1 fois).</translation>
    </message>
    <message>
        <source>every key present before this step</source>
        <translation>chaque clé présente avant cette étape</translation>
    </message>
    <message>
        <source>no earlier key list recorded: the step has not run in this session, and no earlier session of this farm and tenant recorded one</source>
        <translation>aucune liste de clés antérieure enregistrée : l&apos;étape n&apos;a pas été exécutée dans cette session, et aucune session antérieure de cette batterie et de ce locataire n&apos;en a enregistré</translation>
    </message>
    <message>
        <source>Nothing to compare with: run the step (it records the keys first), or validate in the session that set the tenant up (headless: --check --session FILE).</source>
        <translation>Rien à comparer : exécutez l&apos;étape (elle enregistre d&apos;abord les clés), ou validez dans la session qui a configuré le locataire (sans interface : --check --session FILE).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>a key came back without its value: %1</source>
        <translation>une clé a été renvoyée sans sa valeur : %1</translation>
    </message>
    <message>
        <source>Read the principal with a single-object GET that selects keyCredentials and validate again.</source>
        <translation>Lisez le principal avec un GET d&apos;objet unique qui sélectionne keyCredentials, puis validez de nouveau.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquantes : %1</translation>
    </message>
    <message>
        <source>Add the missing keys back to the SharePoint Online principal (their certificates, as key credentials): whatever trusted them, such as another SharePoint farm or Workflow Manager, fails to sign in to SharePoint Online until then.</source>
        <translation>Rajoutez les clés manquantes au principal SharePoint Online (leurs certificats, comme informations d&apos;identification de clé) : tout ce qui s&apos;appuyait sur elles, comme une autre batterie SharePoint ou Workflow Manager, ne peut pas se connecter à SharePoint Online d&apos;ici là.</translation>
    </message>
    <message>
        <source>The existing key credential %1 (%2) of the SharePoint Online principal expired on %3. Graph replaces the whole key list on every change and refuses an expired certificate in it, so the wizard cannot add the farm&apos;s key while it is there, and it does not remove a key on its own.</source>
        <translation>L&apos;information d&apos;identification de clé existante %1 (%2) du principal SharePoint Online a expiré le %3. Graph remplace toute la liste des clés à chaque modification et y refuse un certificat expiré : l&apos;Assistant ne peut donc pas ajouter la clé de la batterie tant qu&apos;elle s&apos;y trouve, et il ne supprime pas de clé de lui-même.</translation>
    </message>
    <message>
        <source>If nothing uses that key any more (an expired key signs nothing), remove it from the SharePoint Online principal (Microsoft Graph: PATCH keyCredentials without it, re-sending every other key), then run this step again.</source>
        <translation>Si plus rien n&apos;utilise cette clé (une clé expirée ne signe rien), supprimez-la du principal SharePoint Online (Microsoft Graph : PATCH sur keyCredentials sans elle, en renvoyant chaque autre clé), puis exécutez de nouveau cette étape.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>du %1 au %2 (%3 jours restants)</translation>
    </message>
    <message>
        <source>dates that cover today, more than %1 days left</source>
        <translation>dates couvrant aujourd&apos;hui, plus de %1 jours restants</translation>
    </message>
</context>
<context>
    <name>VariablesStep</name>
    <message>
        <source>Set variables</source>
        <translation>Définir les variables</translation>
    </message>
    <message>
        <source>The metadata endpoint %1 belongs to another tenant: sign in to the tenant you are connecting.</source>
        <translation>Le point de terminaison de métadonnées %1 appartient à un autre locataire : connectez-vous au locataire que vous reliez.</translation>
    </message>
    <message>
        <source>a DNS domain such as contoso.com</source>
        <translation>un domaine DNS tel que contoso.com</translation>
    </message>
    <message>
        <source>none entered</source>
        <translation>aucun saisi</translation>
    </message>
    <message>
        <source>an http(s) URL of a farm web application with a root site</source>
        <translation>une URL http(s) d&apos;une application web de la batterie avec un site racine</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <source>%1 has no root site</source>
        <translation>%1 n&apos;a pas de site racine</translation>
    </message>
    <message>
        <source>%1 is not a web application of the farm</source>
        <translation>%1 n&apos;est pas une application web de la batterie</translation>
    </message>
    <message>
        <source>The values every later step uses: your public DNS domain ($spcn), the web application URL ($spsite), the SharePoint Online app id ($spoappid), your tenant id ($spocontextID, the tenant you signed in to, confirmed by Microsoft Graph) and the ACS metadata endpoint derived from it ($metadataEndpoint).</source>
        <translation>Les valeurs utilisées par toutes les étapes suivantes : votre domaine DNS public ($spcn), l&apos;URL de l&apos;application web ($spsite), l&apos;ID d&apos;application de SharePoint Online ($spoappid), votre ID de locataire ($spocontextID, le locataire auquel vous vous êtes connecté, confirmé par Microsoft Graph) et le point de terminaison de métadonnées ACS qui en découle ($metadataEndpoint).</translation>
    </message>
    <message>
        <source>a GUID, the tenant of the sign-in: %1</source>
        <translation>un GUID, le locataire de la connexion : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to the tenant of this session; GET /organization must return its id.</source>
        <translation>Connectez-vous au locataire de cette session ; GET /organization doit renvoyer son ID.</translation>
    </message>
    <message>
        <source>Choose the web application in the %1; it needs a site collection at its root.</source>
        <translation>Choisissez l&apos;application web à l&apos;%1 ; elle doit avoir une collection de sites à sa racine.</translation>
    </message>
</context>
<context>
    <name>VerifiedWrite</name>
    <message>
        <source>added by someone else: %1</source>
        <translation>ajouté par quelqu&apos;un d&apos;autre : %1</translation>
    </message>
    <message>
        <source>removed by someone else: %1</source>
        <translation>supprimé par quelqu&apos;un d&apos;autre : %1</translation>
    </message>
    <message>
        <source>The %1 changed since the last read: merging with the current one.</source>
        <translation>Modification depuis la dernière lecture (%1) : fusion avec l&apos;état actuel.</translation>
    </message>
    <message>
        <source>After the PATCH the %1 lacks what was written (another change raced in): merging again (round %2 of %3).</source>
        <translation>Après le PATCH, une partie de ce qui a été écrit manque (%1 ; une autre modification s&apos;est intercalée) : nouvelle fusion (passe %2 sur %3).</translation>
    </message>
    <message>
        <source>The %1 of the SharePoint Online principal kept changing while the wizard wrote it: after %2 attempts these are still missing: %3.</source>
        <translation>Le principal SharePoint Online n&apos;a cessé de changer pendant que l&apos;Assistant l&apos;écrivait (%1) : après %2 tentatives, il manque toujours : %3.</translation>
    </message>
    <message>
        <source>Another tool or administrator changes the SharePoint Online principal at the same time. Wait until it is done (or stop it), then run this step again: it keeps every existing entry.</source>
        <translation>Un autre outil ou administrateur modifie le principal SharePoint Online en même temps. Attendez la fin de l&apos;opération (ou arrêtez-la), puis exécutez de nouveau cette étape : elle conserve chaque entrée existante.</translation>
    </message>
    <message>
        <source>After the PATCH, entries of the %1 that were there before it are gone: %2.</source>
        <translation>Après le PATCH, des entrées présentes auparavant ont disparu (%1) : %2.</translation>
    </message>
    <message>
        <source>Another tool or administrator changed the SharePoint Online principal right after the wizard wrote it. Find out who removed these entries and whether they are still needed (Entra admin center &gt; Enterprise applications &gt; Office 365 SharePoint Online); put them back if so, then run this step again.</source>
        <translation>Un autre outil ou administrateur a modifié le principal SharePoint Online juste après l&apos;écriture de l&apos;Assistant. Déterminez qui a supprimé ces entrées et si elles sont encore nécessaires (Centre d&apos;administration Microsoft Entra &gt; Applications d&apos;entreprise &gt; Office 365 SharePoint Online) ; le cas échéant, rajoutez-les, puis exécutez de nouveau cette étape.</translation>
    </message>
</context>
<context>
    <name>WebAppAuthStep</name>
    <message>
        <source>Verify web application settings</source>
        <translation>Vérifier les paramètres de l&apos;application web</translation>
    </message>
    <message>
        <source>Hybrid requests from SharePoint Server reach SharePoint Online only from a web application zone that uses Integrated Windows authentication with NTLM. This step reads the authentication provider of the zone you choose; it changes nothing.</source>
        <translation>Les requêtes hybrides de SharePoint Server n&apos;atteignent SharePoint Online qu&apos;à partir d&apos;une zone d&apos;application web utilisant l&apos;authentification Windows intégrée avec NTLM. Cette étape lit le fournisseur d&apos;authentification de la zone choisie ; elle ne modifie rien.</translation>
    </message>
    <message>
        <source>In Central Administration open Application Management &gt; Manage web applications, select %1, click Authentication Providers, open the %2 zone and select Integrated Windows authentication with NTLM.</source>
        <translation>Dans l&apos;Administration centrale, ouvrez Gestion des applications &gt; Gérer les applications web, sélectionnez %1, cliquez sur Fournisseurs d&apos;authentification, ouvrez la zone %2 et sélectionnez l&apos;authentification Windows intégrée avec NTLM.</translation>
    </message>
    <message>
        <source>a web application and zone</source>
        <translation>une application web et une zone</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <source>Choose the web application and zone above.</source>
        <translation>Choisissez l&apos;application web et la zone ci-dessus.</translation>
    </message>
    <message>
        <source>not found in the farm</source>
        <translation>introuvable dans la batterie</translation>
    </message>
    <message>
        <source>Pick a web application from the farm&apos;s list.</source>
        <translation>Choisissez une application web dans la liste de la batterie.</translation>
    </message>
    <message>
        <source>Integrated Windows authentication enabled</source>
        <translation>Authentification Windows intégrée activée</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos)</source>
        <translation>Négociation (Kerberos)</translation>
    </message>
</context>
<context>
    <name>s2s::AboutDialog</name>
    <message>
        <source>About S2S Wizard</source>
        <translation>À propos de l&apos;Assistant S2S</translation>
    </message>
    <message>
        <source>S2S Wizard</source>
        <translation>Assistant S2S</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Sets up the server-to-server trust between a SharePoint Server farm and SharePoint Online, one documented step at a time.</source>
        <translation>Configure l&apos;approbation de serveur à serveur entre une batterie SharePoint Server et SharePoint Online, une étape documentée à la fois.</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux :</translation>
    </message>
    <message>
        <source>Session folder:</source>
        <translation>Dossier des sessions :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
</context>
<context>
    <name>s2s::ActivityList</name>
    <message>
        <source>Farm host</source>
        <translation>Hôte de batterie</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>s2s::AfterSetupActions</name>
    <message>
        <source>After setup</source>
        <translation>Après la configuration</translation>
    </message>
    <message>
        <source>The trust lives for years: renew its STS certificate before it expires (without an outage), or take the trust down.</source>
        <translation>L&apos;approbation dure des années : renouvelez son certificat STS avant son expiration (sans interruption), ou supprimez l&apos;approbation.</translation>
    </message>
    <message>
        <source>Rene&amp;w the STS certificate…</source>
        <translation>&amp;Renouveler le certificat STS…</translation>
    </message>
    <message>
        <source>Remove the h&amp;ybrid trust…</source>
        <translation>Supprimer l&apos;approbation h&amp;ybride…</translation>
    </message>
</context>
<context>
    <name>s2s::AfterSetupDialog</name>
    <message>
        <source>I &amp;confirm this change</source>
        <translation>Je &amp;confirme cette modification</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
</context>
<context>
    <name>s2s::CertificateInputs</name>
    <message>
        <source>&amp;Keep the current certificate (not recommended)</source>
        <translation>&amp;Garder le certificat actuel (déconseillé)</translation>
    </message>
    <message>
        <source>&amp;Generate a new certificate</source>
        <translation>Générer un &amp;nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Import a PFX</source>
        <translation>&amp;Importer un PFX</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Legacy 3DES PFX (Windows Server 2016 and older)</source>
        <translation>PFX 3DES hérité (Windows Server 2016 et antérieur)</translation>
    </message>
    <message>
        <source>Validit&amp;y:</source>
        <translation>&amp;Durée de validité :</translation>
    </message>
    <message>
        <source>Key si&amp;ze:</source>
        <translation>&amp;Taille de clé :</translation>
    </message>
    <message>
        <source>P&amp;FX file:</source>
        <translation>&amp;Fichier PFX :</translation>
    </message>
    <message>
        <source>PFX passwor&amp;d:</source>
        <translation>&amp;Mot de passe du PFX :</translation>
    </message>
    <message>
        <source>PFX files (*.pfx *.p12)</source>
        <translation>Fichiers PFX (*.pfx *.p12)</translation>
    </message>
    <message>
        <source>PFX to import</source>
        <translation>PFX à importer</translation>
    </message>
    <message>
        <source>Save the new PFX as</source>
        <translation>Enregistrer le nouveau PFX sous</translation>
    </message>
    <message>
        <source>empty: a new file in %1</source>
        <translation>vide : un nouveau fichier dans %1</translation>
    </message>
    <message>
        <source>the PFX file to import</source>
        <translation>le fichier PFX à importer</translation>
    </message>
    <message>
        <source>empty: generated, kept in the credential store</source>
        <translation>vide : généré et gardé en lieu sûr</translation>
    </message>
    <message>
        <source>the password the PFX was exported with</source>
        <translation>le mot de passe utilisé lors de l&apos;exportation du PFX</translation>
    </message>
    <message>
        <source>Generate the cer&amp;tificate</source>
        <translation>Générer &amp;le certificat</translation>
    </message>
    <message>
        <source>&amp;Open the PFX</source>
        <translation>O&amp;uvrir le PFX</translation>
    </message>
    <message>
        <source>S&amp;how the current certificate</source>
        <translation>Affic&amp;her le certificat actuel</translation>
    </message>
    <message>
        <source>Keeping the farm&apos;s current STS certificate is not recommended: a dedicated certificate that you renew on your own schedule is safer. The checks below tell whether it is good enough.</source>
        <translation>Conserver le certificat STS actuel de la batterie n&apos;est pas recommandé : un certificat dédié, que vous renouvelez selon votre propre calendrier, est plus sûr. Les vérifications ci-dessous indiquent s&apos;il convient.</translation>
    </message>
    <message>
        <source>Leave it empty: the wizard generates a strong password and keeps it in the credential store, never in the session file.</source>
        <translation>Laissez vide : l&apos;assistant génère un mot de passe robuste et le conserve dans le magasin d&apos;informations d&apos;identification, jamais dans le fichier de session.</translation>
    </message>
    <message>
        <source>The farm already signs with a dedicated STS certificate that passes every check of this step: keeping it is preselected.</source>
        <translation>La batterie signe déjà avec un certificat STS dédié qui réussit toutes les vérifications de cette étape : le conserver est présélectionné.</translation>
    </message>
    <message>
        <source>empty: a new file</source>
        <translation>vide : un nouveau fichier</translation>
    </message>
</context>
<context>
    <name>s2s::CertificatePreview</name>
    <message>
        <source>Copy the PFX p&amp;assword</source>
        <translation>Copier le mot de p&amp;asse du PFX</translation>
    </message>
    <message>
        <source>Put the PFX password on the clipboard for %1 seconds, to keep it with the PFX in your password vault</source>
        <translation>Place le mot de passe du PFX dans le presse-papiers pendant %1 secondes, pour le conserver avec le PFX dans votre coffre de mots de passe</translation>
    </message>
    <message>
        <source>The farm&apos;s current STS certificate:</source>
        <translation>Le certificat STS actuel de la batterie :</translation>
    </message>
    <message>
        <source>The certificate this step installs on every server:</source>
        <translation>Le certificat que cette étape installe sur chaque serveur :</translation>
    </message>
    <message>
        <source>On the clipboard for %1 seconds.</source>
        <translation>Dans le presse-papiers pendant %1 secondes.</translation>
    </message>
    <message>
        <source>Neither a password file nor the credential store holds the password of this PFX.</source>
        <translation>Ni un fichier de mot de passe ni le magasin d&apos;informations d&apos;identification ne contient le mot de passe de ce PFX.</translation>
    </message>
</context>
<context>
    <name>s2s::DomainInputs</name>
    <message>
        <source>contoso.com</source>
        <translation>contoso.com</translation>
    </message>
    <message>
        <source>The DNS domain of your public SharePoint URLs, e.g. contoso.com or *.contoso.com</source>
        <translation>Le domaine DNS de vos URL SharePoint publiques, par exemple contoso.com ou *.contoso.com</translation>
    </message>
    <message>
        <source>Public &amp;domain:</source>
        <translation>&amp;Domaine public :</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
</context>
<context>
    <name>s2s::FarmStatusView</name>
    <message>
        <source>The farm at a glance</source>
        <translation>La batterie en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>SharePoint:</source>
        <translation>SharePoint :</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Farm administrator:</source>
        <translation>Administrateur de batterie :</translation>
    </message>
    <message>
        <source>Elevated:</source>
        <translation>Avec élévation :</translation>
    </message>
    <message>
        <source>What the setup needs</source>
        <translation>Ce dont la configuration a besoin</translation>
    </message>
    <message>
        <source>A farm administrator account on this server, running the wizard elevated (Run as administrator).</source>
        <translation>Un compte administrateur de batterie sur ce serveur, qui exécute l&apos;assistant avec élévation (Exécuter en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>A Microsoft 365 administrator who can consent to Application.ReadWrite.All (Global Administrator or Privileged Role Administrator).</source>
        <translation>Un administrateur Microsoft 365 qui peut consentir à Application.ReadWrite.All (Administrateur général ou Administrateur de rôle privilégié).</translation>
    </message>
    <message>
        <source>Outbound HTTPS from the farm to %1, %2 and %3.</source>
        <translation>HTTPS sortant de la batterie vers %1, %2 et %3.</translation>
    </message>
    <message>
        <source>The public DNS domain of your sites, such as contoso.com.</source>
        <translation>Le domaine DNS public de vos sites, par exemple contoso.com.</translation>
    </message>
    <message>
        <source>The farm is read once the wizard works on it.</source>
        <translation>La batterie est lue dès que l&apos;assistant travaille avec elle.</translation>
    </message>
    <message>
        <source>Reading the farm…</source>
        <translation>Lecture de la batterie…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>build %1</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (build %2)</translation>
    </message>
    <message>
        <source>no: the setup needs a farm administrator (step 4 checks it)</source>
        <translation>non : la configuration exige un administrateur de batterie (l&apos;étape 4 le vérifie)</translation>
    </message>
    <message>
        <source>no: run the wizard as administrator</source>
        <translation>non : exécutez l&apos;assistant en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <source>Not SharePoint servers, left alone: %1</source>
        <translation>Serveurs non SharePoint, laissés tels quels : %1</translation>
    </message>
    <message>
        <source>The farm could not be read: %1</source>
        <translation>Impossible de lire la batterie : %1</translation>
    </message>
    <message>
        <source>The farm could not be read.</source>
        <translation>Impossible de lire la batterie.</translation>
    </message>
</context>
<context>
    <name>s2s::FinalSummary</name>
    <message>
        <source>Export transcript…</source>
        <translation>Exporter la transcription…</translation>
    </message>
    <message>
        <source>&amp;Go to step %1</source>
        <translation>&amp;Aller à l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>s2s::HostTransport</name>
    <message>
        <source>The farm host was closed.</source>
        <translation>L&apos;hôte de batterie a été fermé.</translation>
    </message>
    <message>
        <source>The farm host went away while running %1.</source>
        <translation>L&apos;hôte de batterie a disparu pendant l&apos;exécution de %1.</translation>
    </message>
    <message>
        <source>Cancelled: the farm host was stopped.</source>
        <translation>Annulé : l&apos;hôte de batterie a été arrêté.</translation>
    </message>
    <message>
        <source>Run the step again when you are ready.</source>
        <translation>Exécutez de nouveau l&apos;étape quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The farm host %1 could not start: %2</source>
        <translation>L&apos;hôte de batterie %1 n&apos;a pas pu démarrer : %2</translation>
    </message>
    <message>
        <source>Check that the program exists and may run.</source>
        <translation>Vérifiez que le programme existe et peut être exécuté.</translation>
    </message>
    <message>
        <source>The farm host sent a line longer than %1 bytes.</source>
        <translation>L&apos;hôte de batterie a envoyé une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>s&apos;est arrêté brutalement</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>The farm host %1.</source>
        <translation>L&apos;hôte de batterie %1.</translation>
    </message>
    <message>
        <source>The farm host %1 while running %2.</source>
        <translation>L&apos;hôte de batterie %1 pendant l&apos;exécution de %2.</translation>
    </message>
    <message>
        <source>Run the step again: the host restarts. If it keeps failing, the log has the host&apos;s error output.</source>
        <translation>Exécutez de nouveau l&apos;étape : l&apos;hôte redémarre. Si l&apos;échec persiste, le journal contient la sortie d&apos;erreur de l&apos;hôte.</translation>
    </message>
    <message>
        <source>The farm host did not get ready within %1 s (loading the SharePoint snap-in).</source>
        <translation>L&apos;hôte de batterie n&apos;a pas été prêt dans les %1 s (chargement du composant logiciel enfichable SharePoint).</translation>
    </message>
    <message>
        <source>Check that SharePoint Server is installed on this server and that Windows PowerShell starts.</source>
        <translation>Vérifiez que SharePoint Server est installé sur ce serveur et que Windows PowerShell démarre.</translation>
    </message>
    <message>
        <source>The farm operation %1 did not finish within %2 s.</source>
        <translation>L&apos;opération de batterie %1 ne s&apos;est pas terminée dans les %2 s.</translation>
    </message>
    <message>
        <source>The host was stopped and restarts on the next call. Raise --op-timeout if the farm is slow.</source>
        <translation>L&apos;hôte a été arrêté et redémarrera au prochain appel. Augmentez --op-timeout si la batterie est lente.</translation>
    </message>
    <message>
        <source>%1 (while running %2)</source>
        <translation>%1 (pendant l&apos;exécution de %2)</translation>
    </message>
    <message>
        <source>The host was stopped and restarts on the next call. This is a defect of the host script or of something writing to its output; the log has the line.</source>
        <translation>L&apos;hôte a été arrêté et redémarre au prochain appel. Il s&apos;agit d&apos;un défaut du script hôte ou de quelque chose qui écrit dans sa sortie ; le journal contient la ligne.</translation>
    </message>
    <message>
        <source>The farm host sent a line that is not a protocol message: %1.</source>
        <translation>L&apos;hôte de batterie a envoyé une ligne qui n&apos;est pas un message du protocole : %1.</translation>
    </message>
    <message>
        <source>%1 was not run: the wizard is closing.</source>
        <translation>%1 n&apos;a pas été exécuté : l&apos;Assistant se ferme.</translation>
    </message>
    <message>
        <source>Cancelled: the wizard is closing.</source>
        <translation>Annulé : l&apos;Assistant se ferme.</translation>
    </message>
</context>
<context>
    <name>s2s::MainWizard</name>
    <message>
        <source>S2S Wizard</source>
        <translation>Assistant S2S</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>Exporter la transcription…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>Text transcript (*.txt);;HTML report (*.html);;JSON (*.json)</source>
        <translation>Transcription texte (*.txt);;Rapport HTML (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transcription écrite dans %1</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>À propos…</translation>
    </message>
</context>
<context>
    <name>s2s::OpeningIndicator</name>
    <message>
        <source>Opening the lab</source>
        <translation>Ouverture du labo</translation>
    </message>
    <message>
        <source>Opening the lab in %1…</source>
        <translation>Ouverture du labo dans %1…</translation>
    </message>
</context>
<context>
    <name>s2s::PlanView</name>
    <message>
        <source>What this step runs</source>
        <translation>Ce que cette étape exécute</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>Copier les commandes dans le Presse-papiers</translation>
    </message>
</context>
<context>
    <name>s2s::RemovalDialog</name>
    <message>
        <source>Remove the hybrid trust</source>
        <translation>Supprimer l&apos;approbation hybride</translation>
    </message>
    <message>
        <source>This takes the server-to-server trust down: it undoes what this session added or changed, in reverse step order, and nothing else. An SPN, key or farm object that existed before the setup stays. Afterwards SharePoint Online no longer accepts the farm&apos;s tokens (hybrid search and the other hybrid features stop).</source>
        <translation>Cette opération supprime l&apos;approbation de serveur à serveur : elle annule ce que cette session a ajouté ou modifié, dans l&apos;ordre inverse des étapes, et rien d&apos;autre. Un SPN, une clé ou un objet de batterie qui existait avant la configuration est conservé. Ensuite, SharePoint Online n&apos;accepte plus les jetons de la batterie (la recherche hybride et les autres fonctionnalités hybrides cessent de fonctionner).</translation>
    </message>
    <message>
        <source>Removes exactly what is listed above, and nothing else. It cannot be undone, but the wizard can set the trust up again.</source>
        <translation>Supprime exactement ce qui est listé ci-dessus, et rien d&apos;autre. Cette opération est irréversible, mais l&apos;Assistant peut configurer de nouveau l&apos;approbation.</translation>
    </message>
    <message>
        <source>Nothing to remove: this session changed nothing that is still there.</source>
        <translation>Rien à supprimer : cette session n&apos;a rien modifié qui soit encore présent.</translation>
    </message>
    <message>
        <source>Will be removed or set back, in this order:</source>
        <translation>Sera supprimé ou rétabli, dans cet ordre :</translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>Conservé :</translation>
    </message>
    <message>
        <source>The hybrid trust is removed: everything listed is undone. Validate any step to see the trust gone; the session can set it up again.</source>
        <translation>L&apos;approbation hybride est supprimée : tout ce qui est listé est annulé. Validez n&apos;importe quelle étape pour constater que l&apos;approbation n&apos;existe plus ; la session peut la configurer de nouveau.</translation>
    </message>
</context>
<context>
    <name>s2s::RenewalDialog</name>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>%1, RSA %2 bits, valid until %3</source>
        <translation>%1, RSA %2 bits, valide jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>ouvert depuis %1</translation>
    </message>
    <message>
        <source>generated: RSA %1 bits, valid %2 years</source>
        <translation>généré : RSA %1 bits, valide %2 ans</translation>
    </message>
    <message>
        <source>Renew the STS certificate</source>
        <translation>Renouveler le certificat STS</translation>
    </message>
    <message>
        <source>A new STS certificate replaces the one the farm signs with, without an outage of the trust: SharePoint Online first gets the new certificate&apos;s key next to the old one, then the farm switches server by server, and the old key is removed only once every server runs the new certificate and SharePoint Online accepts its tokens. If it stops anywhere, run it again: it goes on where it stopped, with the same new certificate.</source>
        <translation>Un nouveau certificat STS remplace celui avec lequel la batterie signe, sans interruption de l&apos;approbation : SharePoint Online reçoit d&apos;abord la clé du nouveau certificat à côté de l&apos;ancienne, puis la batterie bascule serveur par serveur, et l&apos;ancienne clé n&apos;est supprimée qu&apos;une fois que chaque serveur utilise le nouveau certificat et que SharePoint Online accepte ses jetons. Si l&apos;opération s&apos;arrête en cours de route, exécutez-la de nouveau : elle reprend là où elle s&apos;est arrêtée, avec le même nouveau certificat.</translation>
    </message>
    <message>
        <source>A renewal started %1 and stopped at &quot;%2&quot;: Run goes on from there.</source>
        <translation>Un renouvellement démarré le %1 s&apos;est arrêté à « %2 » : Exécuter reprend à partir de là.</translation>
    </message>
    <message>
        <source>Old certificate: %1</source>
        <translation>Ancien certificat : %1</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>Nouveau certificat : %1</translation>
    </message>
    <message>
        <source>Current certificate: %1</source>
        <translation>Certificat actuel : %1</translation>
    </message>
    <message>
        <source>Renewed: the farm signs with %1 on every server, SharePoint Online holds its key and no longer the key of %2, and the trust worked throughout.</source>
        <translation>Renouvelé : la batterie signe avec %1 sur chaque serveur, SharePoint Online contient sa clé et plus celle de %2, et l&apos;approbation a fonctionné tout du long.</translation>
    </message>
</context>
<context>
    <name>s2s::ServerProgressList</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>importation…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>resetting…</source>
        <translation>réinitialisation…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Progress on each server</source>
        <translation>Progression sur chaque serveur</translation>
    </message>
</context>
<context>
    <name>s2s::SetupRunner</name>
    <message>
        <source>Step &quot;%1&quot; stopped</source>
        <translation>Étape « %1 » arrêtée</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>Validate &quot;%1&quot;</source>
        <translation>Valider « %1 »</translation>
    </message>
    <message>
        <source>Another operation is running.</source>
        <translation>Une autre opération est en cours.</translation>
    </message>
    <message>
        <source>Wait until it ends.</source>
        <translation>Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped</source>
        <translation>« %1 » arrêté</translation>
    </message>
    <message>
        <source>Renew the STS certificate</source>
        <translation>Renouveler le certificat STS</translation>
    </message>
    <message>
        <source>Remove the hybrid trust</source>
        <translation>Supprimer l&apos;approbation hybride</translation>
    </message>
    <message>
        <source>The farm lock was lost</source>
        <translation>Le verrou de la batterie a été perdu</translation>
    </message>
    <message>
        <source>Waiting for the farm lock: %1</source>
        <translation>En attente du verrou de la batterie : %1</translation>
    </message>
    <message>
        <source>Wait for the farm lock</source>
        <translation>Attendre le verrou de la batterie</translation>
    </message>
    <message>
        <source>Take over the farm lock</source>
        <translation>Reprendre le verrou de la batterie</translation>
    </message>
    <message>
        <source>Take the farm lock</source>
        <translation>Prendre le verrou de la batterie</translation>
    </message>
    <message>
        <source>Took the farm lock over from %1 on %2 (process %3, session %4), last renewed %5: stale, or that run&apos;s process has ended.</source>
        <translation>Verrou de la batterie repris de %1 sur %2 (processus %3, session %4), dernier renouvellement %5 : périmé, ou le processus de cette exécution est terminé.</translation>
    </message>
    <message>
        <source>This run holds the farm lock (%1 on %2, process %3).</source>
        <translation>Cette exécution détient le verrou de la batterie (%1 sur %2, processus %3).</translation>
    </message>
</context>
<context>
    <name>s2s::SignInInputs</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget this account and the sign-in stored in the credential store</source>
        <translation>Oublier ce compte et la connexion enregistrée dans le magasin d&apos;informations d&apos;identification</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365 as %1.</source>
        <translation>Connecté à Microsoft 365 en tant que %1.</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft 365. Run signs in.</source>
        <translation>Non connecté à Microsoft 365. Exécuter vous connecte.</translation>
    </message>
    <message>
        <source>Signed out: the next run asks you to sign in again.</source>
        <translation>Déconnecté : la prochaine exécution vous demandera de vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>s2s::StepListPanel</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>s2s::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>I &amp;confirm this change</source>
        <translation>Je &amp;confirme cette modification</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Apply what is missing, then validate</source>
        <translation>Appliquer ce qui manque, puis valider</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Check only; changes nothing</source>
        <translation>Vérifier uniquement ; ne modifie rien</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>Not run yet. Run applies what is missing, then validates; Validate only checks.</source>
        <translation>Pas encore exécutée. Exécuter applique ce qui manque, puis valide ; Valider ne fait que vérifier.</translation>
    </message>
    <message>
        <source>Applied (%1), not validated yet.</source>
        <translation>Appliquée (%1), pas encore validée.</translation>
    </message>
    <message>
        <source>Validated (%1): no check fails.</source>
        <translation>Validée (%1) : aucune vérification n&apos;échoue.</translation>
    </message>
    <message>
        <source>Some checks fail (%1): see the remedies below.</source>
        <translation>Certaines vérifications échouent (%1) : voir les solutions ci-dessous.</translation>
    </message>
    <message>
        <source>Stopped (%1): see the message below.</source>
        <translation>Arrêtée (%1) : voir le message ci-dessous.</translation>
    </message>
    <message>
        <source>Not applicable: nothing to do.</source>
        <translation>Non applicable : rien à faire.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the running farm operation; the step can be run again</source>
        <translation>Arrêter l&apos;opération de batterie en cours ; l&apos;étape pourra être exécutée de nouveau</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>s2s::WebAppInputs</name>
    <message>
        <source>&amp;Web application:</source>
        <translation>Application &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>Reading the farm&apos;s web applications…</source>
        <translation>Lecture des applications web de la batterie…</translation>
    </message>
    <message>
        <source>Cannot read the farm&apos;s web applications: %1</source>
        <translation>Impossible de lire les applications web de la batterie : %1</translation>
    </message>
    <message>
        <source>The farm has no web application.</source>
        <translation>La batterie n&apos;a aucune application web.</translation>
    </message>
</context>
<context>
    <name>s2s::WelcomePage</name>
    <message>
        <source>Welcome to the S2S Wizard</source>
        <translation>Bienvenue dans l&apos;Assistant S2S</translation>
    </message>
    <message>
        <source>This wizard sets up the server-to-server trust between your SharePoint Server farm and SharePoint Online, one documented step at a time. Each step shows what it will run, runs it when you click Run and validates the result before you can go on. Your progress is saved, so you can close the wizard and resume later, and the transcript can be exported for your change record.</source>
        <translation>Cet Assistant configure l&apos;approbation de serveur à serveur entre votre batterie SharePoint Server et SharePoint Online, une étape documentée à la fois. Chaque étape montre ce qu&apos;elle va exécuter, l&apos;exécute lorsque vous cliquez sur Exécuter et valide le résultat avant que vous puissiez continuer. Votre progression est enregistrée : vous pouvez fermer l&apos;Assistant et reprendre plus tard, et la transcription peut être exportée pour votre dossier de modification.</translation>
    </message>
    <message>
        <source>Open the lab in %1</source>
        <translation>Ouvrir le labo dans %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Start a new setup</source>
        <translation>Démarrer une &amp;nouvelle configuration</translation>
    </message>
    <message>
        <source>&amp;Resume the setup %1</source>
        <translation>&amp;Reprendre la configuration %1</translation>
    </message>
    <message>
        <source>Session file: %1</source>
        <translation>Fichier de session : %1</translation>
    </message>
    <message>
        <source>Resumes the setup %1.</source>
        <translation>Reprend la configuration %1.</translation>
    </message>
    <message>
        <source>A new setup starts in this file.</source>
        <translation>Une nouvelle configuration démarre dans ce fichier.</translation>
    </message>
    <message>
        <source>started %1; every step is done</source>
        <translation>démarrée le %1 ; toutes les étapes sont terminées</translation>
    </message>
    <message>
        <source>started %1; next: step %2, %3</source>
        <translation>démarrée le %1 ; suivante : étape %2, %3</translation>
    </message>
    <message>
        <source>Validating the finished steps again…</source>
        <translation>Nouvelle validation des étapes terminées…</translation>
    </message>
    <message>
        <source>&amp;Open the finished setup %1</source>
        <translation>&amp;Ouvrir la configuration terminée %1</translation>
    </message>
    <message>
        <source>The trust was set up by the session started %1 (%2). It lives for years: renew its STS certificate before it expires (without an outage), or take the trust down.</source>
        <translation>L&apos;approbation a été configurée par la session démarrée le %1 (%2). Elle dure des années : renouvelez son certificat STS avant son expiration (sans interruption), ou supprimez l&apos;approbation.</translation>
    </message>
    <message numerus="yes">
        <source>Not offered: %n session file(s) in %1 that cannot be opened.</source>
        <translation>
            <numerusform>Non proposé : %n fichier de session dans %1 qui ne peut pas être ouvert.</numerusform>
            <numerusform>Non proposés : %n fichiers de session dans %1 qui ne peuvent pas être ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: fix the file from a copy you trust, or move it out of the folder. The wizard never resumes a session file it cannot check.</source>
        <translation>Que faire : restaurez le fichier à partir d&apos;une copie fiable, ou déplacez-le hors du dossier. L&apos;Assistant ne reprend jamais un fichier de session qu&apos;il ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>Ouverture de la session…</translation>
    </message>
</context>
<context>
    <name>s2s::WizardContext</name>
    <message>
        <source>A session is already open.</source>
        <translation>Une session est déjà ouverte.</translation>
    </message>
</context>
</TS>
