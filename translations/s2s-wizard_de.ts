<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcsTokenRefusal</name>
    <message>
        <source>The key the farm signs with has expired: give the farm a new STS certificate in %1, then upload it in %2.</source>
        <translation>Der Schlüssel, mit dem die Farm signiert, ist abgelaufen: Geben Sie der Farm im %1 ein neues STS-Zertifikat, und laden Sie es dann im %2 hoch.</translation>
    </message>
    <message>
        <source>ACS does not accept the key the farm signed with: upload the farm&apos;s current STS certificate to the SharePoint Online principal in %1 (and check in %2 that every server runs it).</source>
        <translation>ACS akzeptiert den Schlüssel nicht, mit dem die Farm signiert hat: Laden Sie im %1 das aktuelle STS-Zertifikat der Farm in den SharePoint Online-Prinzipal hoch (und prüfen Sie im %2, ob jeder Server es verwendet).</translation>
    </message>
    <message>
        <source>ACS does not know the farm&apos;s realm as this tenant: check the tenant id in %1 and set the farm&apos;s realm to it in %2.</source>
        <translation>ACS kennt den Bereich der Farm nicht als diesen Mandanten: Prüfen Sie die Mandanten-ID im %1, und legen Sie den Bereich der Farm im %2 darauf fest.</translation>
    </message>
    <message>
        <source>No service principal name of SharePoint Online covers %1: add the one for its domain in %2.</source>
        <translation>Kein Dienstprinzipalname von SharePoint Online deckt %1 ab: Fügen Sie im %2 den Namen für die zugehörige Domäne hinzu.</translation>
    </message>
    <message>
        <source>ACS found the farm&apos;s assertion outside its validity: set the clock of the SharePoint servers right (time service, NTP) and run this step again.</source>
        <translation>ACS hat die Assertion der Farm außerhalb ihres Gültigkeitszeitraums vorgefunden: Stellen Sie die Uhr der SharePoint-Server richtig (Zeitdienst, NTP), und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>ACS refused how the request was encoded; the transcript holds both encodings tried and their answers: send it to Microsoft support.</source>
        <translation>ACS hat die Codierung der Anforderung abgelehnt; das Transkript enthält beide versuchten Codierungen und deren Antworten: Senden Sie es an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>ACS refused the token; run the checks of %1 and %2 again and read the service&apos;s answer in the transcript.</source>
        <translation>ACS hat das Token abgelehnt; führen Sie die Prüfungen von %1 und %2 erneut aus, und lesen Sie die Antwort des Diensts im Transkript.</translation>
    </message>
</context>
<context>
    <name>AcsTrustStep</name>
    <message>
        <source>Configure the proxy for ACS</source>
        <translation>Proxy für ACS konfigurieren</translation>
    </message>
    <message>
        <source>An Azure Access Control Service proxy in the default proxy group and a trusted security token issuer (a trust broker) let the farm accept tokens issued for your tenant. The issuer reads its name from the metadata endpoint, so the farm must reach it over HTTPS. Existing objects are reused, never duplicated.</source>
        <translation>Ein Azure Access Control Service-Proxy in der Standardproxygruppe und ein vertrauenswürdiger Sicherheitstokenaussteller (ein Vertrauensbroker) sorgen dafür, dass die Farm Token für Ihren Mandanten akzeptiert. Der Aussteller liest seinen Namen vom Metadatenendpunkt, daher muss die Farm diesen über HTTPS erreichen. Vorhandene Objekte werden wiederverwendet, nie doppelt angelegt.</translation>
    </message>
    <message>
        <source>If no ACS proxy exists:</source>
        <translation>Falls kein ACS-Proxy vorhanden ist:</translation>
    </message>
    <message>
        <source>If no trusted issuer uses this metadata endpoint:</source>
        <translation>Falls kein vertrauenswürdiger Aussteller diesen Metadatenendpunkt verwendet:</translation>
    </message>
    <message>
        <source>A trusted security token issuer named &quot;%1&quot; already exists with another metadata endpoint (%2).</source>
        <translation>Ein vertrauenswürdiger Sicherheitstokenaussteller namens „%1“ ist bereits mit einem anderen Metadatenendpunkt (%2) vorhanden.</translation>
    </message>
    <message>
        <source>Run this step to create the ACS proxy.</source>
        <translation>Führen Sie diesen Schritt aus, um den ACS-Proxy zu erstellen.</translation>
    </message>
    <message>
        <source>no ACS proxy</source>
        <translation>kein ACS-Proxy</translation>
    </message>
    <message>
        <source>an ACS proxy, Online</source>
        <translation>ein ACS-Proxy, Status „Online“</translation>
    </message>
    <message>
        <source>in the default group</source>
        <translation>in der Standardgruppe</translation>
    </message>
    <message>
        <source>not in the default group</source>
        <translation>nicht in der Standardgruppe</translation>
    </message>
    <message>
        <source>Add it: Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup -Default) -Member &lt;proxy&gt;</source>
        <translation>Fügen Sie ihn hinzu: Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup -Default) -Member &lt;proxy&gt;</translation>
    </message>
    <message>
        <source>The proxy points at another tenant&apos;s metadata: remove it and run this step again.</source>
        <translation>Der Proxy verweist auf die Metadaten eines anderen Mandanten: Entfernen Sie ihn und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Run this step to create the trusted issuer.</source>
        <translation>Führen Sie diesen Schritt aus, um den vertrauenswürdigen Aussteller zu erstellen.</translation>
    </message>
    <message>
        <source>a trusted issuer named ACS</source>
        <translation>ein vertrauenswürdiger Aussteller namens ACS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>an issuer whose name begins with ACS</source>
        <translation>ein Aussteller, dessen Name mit ACS beginnt</translation>
    </message>
    <message>
        <source>The issuer was created for another tenant or realm: remove it (Remove-SPTrustedSecurityTokenIssuer) and run this step again.</source>
        <translation>Der Aussteller wurde für einen anderen Mandanten oder Bereich erstellt: Entfernen Sie ihn (Remove-SPTrustedSecurityTokenIssuer) und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Recreate the issuer with -IsTrustBroker:$true.</source>
        <translation>Erstellen Sie den Aussteller mit -IsTrustBroker:$true neu.</translation>
    </message>
    <message>
        <source>Start the proxy: Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq &apos;%1&apos; } | ForEach-Object { $_.Provision() }</source>
        <translation>Starten Sie den Proxy: Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq &apos;%1&apos; } | ForEach-Object { $_.Provision() }</translation>
    </message>
    <message>
        <source>It probably belongs to an earlier tenant. Remove it with Remove-SPTrustedSecurityTokenIssuer %1 if nothing uses it, then run this step again.</source>
        <translation>Er gehört wahrscheinlich zu einem früheren Mandanten. Entfernen Sie ihn mit Remove-SPTrustedSecurityTokenIssuer %1, wenn ihn nichts verwendet, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AddSpnStep</name>
    <message>
        <source>Add the SPN</source>
        <translation>SPN hinzufügen</translation>
    </message>
    <message>
        <source>No valid public domain is set.</source>
        <translation>Es ist keine gültige öffentliche Domäne festgelegt.</translation>
    </message>
    <message>
        <source>Run this step to add the SPN.</source>
        <translation>Führen Sie diesen Schritt aus, um den SPN hinzuzufügen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Remove the other SPNs for %1 from the SharePoint Online principal: only the wildcard SPN may name the domain.</source>
        <translation>Entfernen Sie die anderen SPNs für %1 aus dem SharePoint Online-Prinzipal: Nur der Platzhalter-SPN darf die Domäne nennen.</translation>
    </message>
    <message>
        <source>every SPN listed before this step</source>
        <translation>jeder vor diesem Schritt aufgeführte SPN</translation>
    </message>
    <message>
        <source>all %1 still listed</source>
        <translation>alle %1 weiterhin aufgeführt</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>Add the missing SPNs back to the SharePoint Online principal: other hybrid features depend on them.</source>
        <translation>Fügen Sie die fehlenden SPNs wieder zum SharePoint Online-Prinzipal hinzu: Andere Hybridfunktionen sind auf sie angewiesen.</translation>
    </message>
    <message>
        <source>SPN list</source>
        <translation>SPN-Liste</translation>
    </message>
    <message>
        <source>Another service principal in the tenant already lists %1, and an SPN can belong to one principal only. Find it with Microsoft Graph: GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq &apos;%1&apos;) (Graph Explorer works), or in the Microsoft Entra admin center (Enterprise applications). Remove the SPN from that principal if it is left over from an earlier setup, then run this step again.</source>
        <translation>Ein anderer Dienstprinzipal im Mandanten führt %1 bereits auf, und ein SPN kann nur zu einem Prinzipal gehören. Sie finden ihn mit Microsoft Graph: GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq &apos;%1&apos;) (Graph Explorer eignet sich dafür), oder im Microsoft Entra Admin Center (Unternehmensanwendungen). Entfernen Sie den SPN aus diesem Prinzipal, wenn er von einer früheren Einrichtung übrig geblieben ist, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>SharePoint Online accepts the farm&apos;s tokens for hosts in your public domain when its service principal lists the wildcard SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt;. The wizard reads the list, adds the SPN if it is missing and writes back the whole list: every existing SPN is kept. It reads the list again right before writing and reads it back afterwards, so a change someone else makes meanwhile is merged, not lost.</source>
        <translation>SharePoint Online akzeptiert die Token der Farm für Hosts in Ihrer öffentlichen Domäne, wenn sein Dienstprinzipal den Platzhalter-SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; enthält. Der Assistent liest die Liste, ergänzt den SPN, falls er fehlt, und schreibt die gesamte Liste zurück: Jeder vorhandene SPN bleibt erhalten. Unmittelbar vor dem Schreiben liest er die Liste erneut und liest sie danach zurück, sodass eine zwischenzeitliche Änderung durch andere zusammengeführt wird und nicht verloren geht.</translation>
    </message>
    <message>
        <source>If %1 is not listed yet, read the list again right before writing it:</source>
        <translation>Falls %1 noch nicht aufgeführt ist, die Liste unmittelbar vor dem Schreiben erneut lesen:</translation>
    </message>
    <message>
        <source>Read it back: every SPN of the read before plus the new one must be listed; if another change raced in, merge again (at most %1 times).</source>
        <translation>Zurücklesen: Jeder SPN des vorherigen Lesevorgangs und der neue müssen aufgeführt sein; kam eine andere Änderung dazwischen, erneut zusammenführen (höchstens %1-mal).</translation>
    </message>
    <message>
        <source>no earlier list recorded: the step has not run in this session, and no earlier session of this farm and tenant recorded one</source>
        <translation>keine frühere Liste gespeichert: Der Schritt wurde in dieser Sitzung noch nicht ausgeführt, und keine frühere Sitzung dieser Farm und dieses Mandanten hat eine gespeichert</translation>
    </message>
    <message>
        <source>Nothing to compare with: run the step (it records the list first), or validate in the session that set the tenant up (headless: --check --session FILE).</source>
        <translation>Nichts zum Vergleichen: Führen Sie den Schritt aus (er speichert zuerst die Liste), oder prüfen Sie in der Sitzung, die den Mandanten eingerichtet hat (ohne Oberfläche: --check --session FILE).</translation>
    </message>
    <message>
        <source>Enter it in the %1.</source>
        <translation>Geben Sie sie im %1 ein.</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Answers key &quot;%1&quot;: %2</source>
        <translation>Antwortschlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>is not a known key.</source>
        <translation>ist kein bekannter Schlüssel.</translation>
    </message>
    <message>
        <source>Known keys: %1.</source>
        <translation>Bekannte Schlüssel: %1.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Write {&quot;realmChange&quot;: true, ...}.</source>
        <translation>Schreiben Sie {&quot;realmChange&quot;: true, ...}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file the wizard can read.</source>
        <translation>„%1“ ist keine Datei, die der Assistent lesen kann.</translation>
    </message>
    <message>
        <source>Give the path of an existing, readable file.</source>
        <translation>Geben Sie den Pfad einer vorhandenen, lesbaren Datei an.</translation>
    </message>
    <message>
        <source>Write {&quot;mode&quot;: &quot;generate&quot;}, {&quot;mode&quot;: &quot;import&quot;, &quot;pfx&quot;: ...} or {&quot;mode&quot;: &quot;keep&quot;}.</source>
        <translation>Schreiben Sie {&quot;mode&quot;: &quot;generate&quot;}, {&quot;mode&quot;: &quot;import&quot;, &quot;pfx&quot;: ...} oder {&quot;mode&quot;: &quot;keep&quot;}.</translation>
    </message>
    <message>
        <source>is needed to import a PFX.</source>
        <translation>wird zum Importieren einer PFX-Datei benötigt.</translation>
    </message>
    <message>
        <source>Give the path of the PFX file to import.</source>
        <translation>Geben Sie den Pfad der zu importierenden PFX-Datei an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http:// or https:// URL.</source>
        <translation>„%1“ ist keine absolute http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>Write it in double quotes.</source>
        <translation>Schreiben Sie den Wert in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>Schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>Write the web application URL, e.g. http://sharepoint.</source>
        <translation>Geben Sie die URL der Webanwendung an, z. B. http://sharepoint.</translation>
    </message>
    <message>
        <source>Write an absolute URL, e.g. https://accounts.accesscontrol.windows.net/...</source>
        <translation>Geben Sie eine absolute URL an, z. B. https://accounts.accesscontrol.windows.net/...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone.</source>
        <translation>„%1“ ist keine Zone.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen der Werte: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID.</source>
        <translation>„%1“ ist keine GUID.</translation>
    </message>
    <message>
        <source>Write a GUID such as 00000000-0000-0000-0000-000000000000, or start a new setup.</source>
        <translation>Geben Sie eine GUID wie 00000000-0000-0000-0000-000000000000 an oder starten Sie eine neue Einrichtung.</translation>
    </message>
    <message>
        <source>must be a path.</source>
        <translation>muss ein Pfad sein.</translation>
    </message>
    <message>
        <source>Write the path in double quotes.</source>
        <translation>Schreiben Sie den Pfad in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>is not a known confirmation.</source>
        <translation>ist keine bekannte Bestätigung.</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>Bekannt: %1.</translation>
    </message>
    <message>
        <source>must be &quot;generate&quot;, &quot;import&quot; or &quot;keep&quot;.</source>
        <translation>muss &quot;generate&quot;, &quot;import&quot; oder &quot;keep&quot; sein.</translation>
    </message>
    <message>
        <source>Write one of the three in double quotes.</source>
        <translation>Schreiben Sie einen der drei Werte in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>must be one of %1 (RSA bits).</source>
        <translation>muss einer der Werte %1 sein (RSA-Bit).</translation>
    </message>
    <message>
        <source>Write a number, e.g. 2048.</source>
        <translation>Schreiben Sie eine Zahl, z. B. 2048.</translation>
    </message>
    <message>
        <source>must be a whole number of years from %1 to %2.</source>
        <translation>muss eine ganze Zahl von Jahren zwischen %1 und %2 sein.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 2.</source>
        <translation>Schreiben Sie eine Zahl, z. B. 2.</translation>
    </message>
    <message>
        <source>is not a known id.</source>
        <translation>ist keine bekannte ID.</translation>
    </message>
    <message>
        <source>Ids are lowercase letters, digits and &apos;-&apos;; start a new setup if the file was changed by hand.</source>
        <translation>IDs bestehen aus Kleinbuchstaben, Ziffern und &apos;-&apos;; starten Sie eine neue Einrichtung, wenn die Datei manuell geändert wurde.</translation>
    </message>
    <message>
        <source>is not an error code.</source>
        <translation>ist kein Fehlercode.</translation>
    </message>
    <message>
        <source>Error codes are letters, digits and &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;,&apos; or &apos;-&apos;; start a new setup if the file was changed by hand.</source>
        <translation>Fehlercodes bestehen aus Buchstaben, Ziffern und &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;,&apos; oder &apos;-&apos;; starten Sie eine neue Einrichtung, wenn die Datei manuell geändert wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate thumbprint (40 hex digits).</source>
        <translation>„%1“ ist kein Zertifikatfingerabdruck (40 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Start a new setup if the file was changed by hand.</source>
        <translation>Starten Sie eine neue Einrichtung, wenn die Datei manuell geändert wurde.</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters.</source>
        <translation>muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
</context>
<context>
    <name>AuthRealmStep</name>
    <message>
        <source>Set the authentication realm</source>
        <translation>Authentifizierungsbereich festlegen</translation>
    </message>
    <message>
        <source>The farm&apos;s authentication realm must be your tenant id, so that SharePoint Online and the farm agree on token audiences. Changing it breaks everything registered on the old realm (provider-hosted add-ins, Workflow Manager) with HTTP 401 until they are registered again: the wizard lists them first.</source>
        <translation>Der Authentifizierungsbereich (Realm) der Farm muss Ihre Mandanten-ID sein, damit SharePoint Online und die Farm dieselben Tokenzielgruppen verwenden. Eine Änderung unterbricht alles, was im alten Bereich registriert ist (vom Anbieter gehostete Add-Ins, Workflow Manager), mit HTTP 401, bis es erneut registriert wird: Der Assistent listet diese Objekte vorher auf.</translation>
    </message>
    <message>
        <source>Change the farm&apos;s authentication realm to the tenant id, knowing that what depends on the old realm stops working until it is registered again.</source>
        <translation>Authentifizierungsbereich der Farm auf die Mandanten-ID ändern, im Wissen, dass alles, was vom alten Bereich abhängt, bis zur erneuten Registrierung nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>If the realm differs, after your confirmation:</source>
        <translation>Falls der Bereich abweicht, nach Ihrer Bestätigung:</translation>
    </message>
    <message>
        <source>The realm will change from %1 to %2.</source>
        <translation>Der Bereich wird von %1 in %2 geändert.</translation>
    </message>
    <message>
        <source>Depends on the old realm and will fail with HTTP 401: %1</source>
        <translation>Hängt vom alten Bereich ab und schlägt mit HTTP 401 fehl: %1</translation>
    </message>
    <message>
        <source>Run this step to set the realm to the tenant id.</source>
        <translation>Führen Sie diesen Schritt aus, um den Bereich auf die Mandanten-ID festzulegen.</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Windows PowerShell with SharePoint Server is not available here.</source>
        <translation>Windows PowerShell mit SharePoint Server ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Run the wizard on a SharePoint server, elevated, as a farm administrator; or try it against the built-in lab with --lab DIR.</source>
        <translation>Führen Sie den Assistenten auf einem SharePoint-Server mit erhöhten Rechten als Farmadministrator aus, oder testen Sie ihn mit --lab DIR in der integrierten Lab-Umgebung.</translation>
    </message>
    <message>
        <source>PowerShell 7 (pwsh) was not found.</source>
        <translation>PowerShell 7 (pwsh) wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install it with &quot;dotnet tool update --global PowerShell --version 7.6.9&quot;, or put pwsh on PATH, or set S2S_PWSH to its path; or use --lab-farm host.</source>
        <translation>Installieren Sie es mit &quot;dotnet tool update --global PowerShell --version 7.6.9&quot;, nehmen Sie pwsh in PATH auf oder setzen Sie S2S_PWSH auf seinen Pfad; oder verwenden Sie --lab-farm host.</translation>
    </message>
    <message>
        <source>The SharePoint simulator module was not found.</source>
        <translation>Das Modul des SharePoint-Simulators wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Build the wizard with pwsh installed (the simulator is built from tests/sharepoint), or set S2S_SHAREPOINT_SIMULATOR to its folder; or use --lab-farm host.</source>
        <translation>Erstellen Sie den Assistenten mit installiertem pwsh (der Simulator wird aus tests/sharepoint erstellt) oder setzen Sie S2S_SHAREPOINT_SIMULATOR auf seinen Ordner; oder verwenden Sie --lab-farm host.</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation>Schritt %1 „%2“</translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation>Fehlgeschlagen bei %1.</translation>
    </message>
    <message>
        <source>Stopped at %1.</source>
        <translation>Angehalten bei %1.</translation>
    </message>
    <message>
        <source>Setup complete: every step is validated or does not apply.</source>
        <translation>Einrichtung abgeschlossen: Jeder Schritt ist validiert oder trifft nicht zu.</translation>
    </message>
    <message>
        <source>Not yet checked: the final validation has not asked ACS for a token signed by this farm.</source>
        <translation>Noch nicht geprüft: Die abschließende Validierung hat bei ACS noch kein von dieser Farm signiertes Token angefordert.</translation>
    </message>
    <message>
        <source>Not proven: the check &quot;%1&quot; (%2) fails.</source>
        <translation>Nicht nachgewiesen: Die Prüfung „%1“ (%2) schlägt fehl.</translation>
    </message>
    <message>
        <source>Not proven: the check &quot;%1&quot; (%2) could not be decided.</source>
        <translation>Nicht nachgewiesen: Die Prüfung „%1“ (%2) konnte nicht entschieden werden.</translation>
    </message>
    <message>
        <source>Not proven: not every trust check ran.</source>
        <translation>Nicht nachgewiesen: Nicht jede Vertrauensprüfung wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1, zone %2</source>
        <translation>%1, Zone %2</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Farm</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>Authentication realm</source>
        <translation>Authentifizierungsbereich</translation>
    </message>
    <message>
        <source>OAuth over HTTP</source>
        <translation>OAuth über HTTP</translation>
    </message>
    <message>
        <source>STS certificate (thumbprint)</source>
        <translation>STS-Zertifikat (Fingerabdruck)</translation>
    </message>
    <message>
        <source>SPN added</source>
        <translation>SPN hinzugefügt</translation>
    </message>
    <message>
        <source>Key added to SharePoint Online (thumbprint)</source>
        <translation>Schlüssel zu SharePoint Online hinzugefügt (Fingerabdruck)</translation>
    </message>
    <message>
        <source>Key removed from SharePoint Online (thumbprint)</source>
        <translation>Schlüssel aus SharePoint Online entfernt (Fingerabdruck)</translation>
    </message>
    <message>
        <source>ACS proxy created</source>
        <translation>ACS-Proxy erstellt</translation>
    </message>
    <message>
        <source>Trusted token issuer created</source>
        <translation>Vertrauenswürdiger Tokenaussteller erstellt</translation>
    </message>
    <message>
        <source>App principal registered</source>
        <translation>App-Prinzipal registriert</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>found already undone by the removal on %1</source>
        <translation>beim Entfernen am %1 bereits rückgängig gemacht vorgefunden</translation>
    </message>
    <message>
        <source>undone by the removal on %1</source>
        <translation>beim Entfernen am %1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>The hybrid trust was removed on %1.</source>
        <translation>Die Hybridvertrauensstellung wurde am %1 entfernt.</translation>
    </message>
    <message>
        <source>A removal began on %1 and did not finish.</source>
        <translation>Ein Entfernen begann am %1 und wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>Proven: ACS issued tokens to this farm for SharePoint Online and for the farm&apos;s public host.</source>
        <translation>Nachgewiesen: ACS hat dieser Farm Token für SharePoint Online und für den öffentlichen Host der Farm ausgestellt.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Web application exists</source>
        <translation>Webanwendung vorhanden</translation>
    </message>
    <message>
        <source>Integrated Windows authentication</source>
        <translation>Integrierte Windows-Authentifizierung</translation>
    </message>
    <message>
        <source>NTLM (Kerberos disabled)</source>
        <translation>NTLM (Kerberos deaktiviert)</translation>
    </message>
    <message>
        <source>OAuth over HTTP enabled</source>
        <translation>OAuth über HTTP aktiviert</translation>
    </message>
    <message>
        <source>STS certificate same on all servers</source>
        <translation>STS-Zertifikat auf allen Servern gleich</translation>
    </message>
    <message>
        <source>STS certificate key strength</source>
        <translation>Schlüssellänge des STS-Zertifikats</translation>
    </message>
    <message>
        <source>STS certificate validity</source>
        <translation>Gültigkeit des STS-Zertifikats</translation>
    </message>
    <message>
        <source>SharePoint PowerShell host ready</source>
        <translation>SharePoint-PowerShell-Host bereit</translation>
    </message>
    <message>
        <source>Account is a farm administrator</source>
        <translation>Konto ist Farmadministrator</translation>
    </message>
    <message>
        <source>PowerShell remoting reaches every server</source>
        <translation>PowerShell-Remoting erreicht jeden Server</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365</source>
        <translation>Bei Microsoft 365 angemeldet</translation>
    </message>
    <message>
        <source>Graph permission granted</source>
        <translation>Graph-Berechtigung erteilt</translation>
    </message>
    <message>
        <source>Farm reaches ACS over HTTPS</source>
        <translation>Farm erreicht ACS über HTTPS</translation>
    </message>
    <message>
        <source>Public domain valid</source>
        <translation>Öffentliche Domäne gültig</translation>
    </message>
    <message>
        <source>Site URL valid</source>
        <translation>Website-URL gültig</translation>
    </message>
    <message>
        <source>Tenant id known</source>
        <translation>Mandanten-ID bekannt</translation>
    </message>
    <message>
        <source>Metadata realm matches tenant</source>
        <translation>Metadatenbereich entspricht dem Mandanten</translation>
    </message>
    <message>
        <source>STS certificate on SharePoint Online principal</source>
        <translation>STS-Zertifikat am SharePoint Online-Prinzipal</translation>
    </message>
    <message>
        <source>Key credential dates cover today</source>
        <translation>Gültigkeitszeitraum der Schlüsselanmeldeinformation umfasst heute</translation>
    </message>
    <message>
        <source>SPN listed</source>
        <translation>SPN aufgeführt</translation>
    </message>
    <message>
        <source>Only SPN for the domain</source>
        <translation>Einziger SPN für die Domäne</translation>
    </message>
    <message>
        <source>Existing SPNs kept</source>
        <translation>Vorhandene SPNs erhalten</translation>
    </message>
    <message>
        <source>SharePoint Online app principal registered</source>
        <translation>SharePoint Online-App-Prinzipal registriert</translation>
    </message>
    <message>
        <source>Realm GUIDs match</source>
        <translation>Bereichs-GUIDs stimmen überein</translation>
    </message>
    <message>
        <source>ACS proxy present and online</source>
        <translation>ACS-Proxy vorhanden und online</translation>
    </message>
    <message>
        <source>ACS proxy in the default proxy group</source>
        <translation>ACS-Proxy in der Standardproxygruppe</translation>
    </message>
    <message>
        <source>ACS proxy metadata endpoint matches</source>
        <translation>Metadatenendpunkt des ACS-Proxys stimmt überein</translation>
    </message>
    <message>
        <source>Trusted Service Consumer present</source>
        <translation>Trusted Service Consumer vorhanden</translation>
    </message>
    <message>
        <source>Trusted issuer name is the ACS principal</source>
        <translation>Name des vertrauenswürdigen Ausstellers ist der ACS-Prinzipal</translation>
    </message>
    <message>
        <source>Trusted issuer is a broker</source>
        <translation>Vertrauenswürdiger Aussteller ist ein Broker</translation>
    </message>
    <message>
        <source>readable state</source>
        <translation>lesbarer Zustand</translation>
    </message>
    <message>
        <source>Fix the error above, then validate again.</source>
        <translation>Beheben Sie den obigen Fehler und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Existing keys kept</source>
        <translation>Vorhandene Schlüssel erhalten</translation>
    </message>
    <message>
        <source>SharePoint Online announces the farm&apos;s realm</source>
        <translation>SharePoint Online gibt den Bereich der Farm bekannt</translation>
    </message>
    <message>
        <source>ACS issues a token for SharePoint Online</source>
        <translation>ACS stellt ein Token für SharePoint Online aus</translation>
    </message>
    <message>
        <source>ACS issues a token for the farm&apos;s public host</source>
        <translation>ACS stellt ein Token für den öffentlichen Host der Farm aus</translation>
    </message>
</context>
<context>
    <name>ChecksText</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>%1 (%2)
Status: %3
Expected: %4
Actual: %5</source>
        <translation>%1 (%2)
Status: %3
Erwartet: %4
Tatsächlich: %5</translation>
    </message>
    <message>
        <source>
Remedy: %1</source>
        <translation>
Abhilfe: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pass</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>%1 fail</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 with a warning</source>
        <translation>%1 mit Warnung</translation>
    </message>
    <message>
        <source>%1 undecided</source>
        <translation>%1 unbestimmt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trust proven end to end</source>
        <translation>Vertrauensstellung durchgängig nachgewiesen</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Select a check to read its details.</source>
        <translation>Wählen Sie eine Prüfung aus, um ihre Details zu lesen.</translation>
    </message>
</context>
<context>
    <name>ConnectStep</name>
    <message>
        <source>Prepare tools and sign in</source>
        <translation>Tools vorbereiten und anmelden</translation>
    </message>
    <message>
        <source>The wizard runs the farm side in Windows PowerShell 5.1 with the SharePoint snap-in and talks to Microsoft Graph itself: no MSOnline or Azure AD module is needed (both are retired). You sign in to Microsoft 365 with an account that may change application registrations.</source>
        <translation>Der Assistent führt die Farmseite in Windows PowerShell 5.1 mit dem SharePoint-Snap-In aus und spricht selbst mit Microsoft Graph: Weder das MSOnline- noch das Azure AD-Modul wird benötigt (beide sind eingestellt). Sie melden sich bei Microsoft 365 mit einem Konto an, das Anwendungsregistrierungen ändern darf.</translation>
    </message>
    <message>
        <source>Windows PowerShell 5.1 with SharePoint loaded</source>
        <translation>Windows PowerShell 5.1 mit geladenem SharePoint</translation>
    </message>
    <message>
        <source>PowerShell %1, SharePoint %2</source>
        <translation>PowerShell %1, SharePoint %2</translation>
    </message>
    <message>
        <source>farm administrator, elevated</source>
        <translation>Farmadministrator, erhöhte Rechte</translation>
    </message>
    <message>
        <source>%1: farm administrator %2, elevated %3</source>
        <translation>%1: Farmadministrator %2, erhöhte Rechte %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Run the wizard elevated (Run as administrator) with an account in the Farm Administrators group that has Get-SPShellAdmin rights.</source>
        <translation>Führen Sie den Assistenten mit erhöhten Rechten aus (Als Administrator ausführen), mit einem Konto der Gruppe „Farmadministratoren“, das Get-SPShellAdmin-Rechte besitzt.</translation>
    </message>
    <message>
        <source>every SharePoint server</source>
        <translation>jeder SharePoint-Server</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>a Microsoft 365 account</source>
        <translation>ein Microsoft 365-Konto</translation>
    </message>
    <message>
        <source>HTTPS to %1</source>
        <translation>HTTPS zu %1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1 (Mandant %2)</translation>
    </message>
    <message>
        <source>%1, and the role Global Administrator, Application Administrator or Cloud Application Administrator</source>
        <translation>%1 und die Rolle Global Administrator, Application Administrator oder Cloud Application Administrator</translation>
    </message>
    <message>
        <source>Assign %1 the role Application Administrator or Cloud Application Administrator (Entra admin center &gt; Roles &amp; admins; activate it first if it is eligible through Privileged Identity Management), then sign out and sign in again.</source>
        <translation>Weisen Sie %1 die Rolle Application Administrator oder Cloud Application Administrator zu (Microsoft Entra Admin Center &gt; Rollen und Administratoren; aktivieren Sie die Rolle zuerst, wenn sie über Privileged Identity Management als berechtigt zugewiesen ist), und melden Sie sich dann ab und erneut an.</translation>
    </message>
    <message>
        <source>not consented; granted: %1</source>
        <translation>nicht zugestimmt; erteilt: %1</translation>
    </message>
    <message>
        <source>A Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to the delegated permission %1 for the sign-in client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions), then sign in again.</source>
        <translation>Lassen Sie einen Cloud Application Administrator, Application Administrator oder Privileged Role Administrator dem Anmeldeclient die Administratoreinwilligung für die delegierte Berechtigung %1 erteilen (Microsoft Entra Admin Center &gt; Unternehmensanwendungen &gt; der Client &gt; Berechtigungen), und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>%1 consented; the directory role could not be verified: the sign-in did not include the account&apos;s roles (wids)</source>
        <translation>%1 zugestimmt; die Verzeichnisrolle konnte nicht überprüft werden: Die Anmeldung enthielt die Rollen des Kontos (wids) nicht</translation>
    </message>
    <message>
        <source>Make sure %1 holds Global Administrator, Application Administrator or Cloud Application Administrator. To let the wizard verify it, sign in with your own app registration (--client-id) that emits directory roles (Token configuration &gt; groups claim: directory roles).</source>
        <translation>Stellen Sie sicher, dass %1 die Rolle Global Administrator, Application Administrator oder Cloud Application Administrator innehat. Damit der Assistent dies prüfen kann, melden Sie sich mit Ihrer eigenen Anwendungsregistrierung (--client-id) an, die Verzeichnisrollen ausgibt (Tokenkonfiguration &gt; groups-Anspruch: Verzeichnisrollen).</translation>
    </message>
    <message>
        <source>%1 consented; %2 holds none of these roles</source>
        <translation>%1 zugestimmt; %2 hat keine dieser Rollen inne</translation>
    </message>
    <message>
        <source>%1 consented; role: %2</source>
        <translation>%1 zugestimmt; Rolle: %2</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Could not set the certificate subject.</source>
        <translation>Der Zertifikatantragsteller konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation>Die Daten sind kein DER-codiertes X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The file is not an X.509 certificate in DER (.cer) or PEM form.</source>
        <translation>Die Datei ist kein X.509-Zertifikat im DER- (.cer) oder PEM-Format.</translation>
    </message>
    <message>
        <source>Export the certificate again as DER encoded binary X.509 (.CER).</source>
        <translation>Exportieren Sie das Zertifikat erneut als „DER-codiert-binär X.509 (.CER)“.</translation>
    </message>
    <message>
        <source>The certificate or its private key could not be read for the PFX.</source>
        <translation>Das Zertifikat oder sein privater Schlüssel konnte für die PFX-Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>Could not build the PFX file.</source>
        <translation>Die PFX-Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not encode the PFX file.</source>
        <translation>Die PFX-Datei konnte nicht codiert werden.</translation>
    </message>
    <message>
        <source>The file is not a readable PFX (PKCS#12): it is damaged or of another kind.</source>
        <translation>Die Datei ist keine lesbare PFX-Datei (PKCS#12): Sie ist beschädigt oder von anderem Typ.</translation>
    </message>
    <message>
        <source>Copy the PFX again from where it was exported, or export it again with its private key.</source>
        <translation>Kopieren Sie die PFX-Datei erneut vom Ort des Exports, oder exportieren Sie sie erneut mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>The password does not open this PFX file.</source>
        <translation>Das Kennwort öffnet diese PFX-Datei nicht.</translation>
    </message>
    <message>
        <source>Type the password the PFX was exported with. If you are sure it is right, the file was altered: copy or export it again.</source>
        <translation>Geben Sie das Kennwort ein, mit dem die PFX-Datei exportiert wurde. Wenn Sie sicher sind, dass es stimmt, wurde die Datei verändert: Kopieren oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The PFX opens with this password but its content is damaged.</source>
        <translation>Die PFX-Datei lässt sich mit diesem Kennwort öffnen, ihr Inhalt ist jedoch beschädigt.</translation>
    </message>
    <message>
        <source>Export the certificate again with its private key.</source>
        <translation>Exportieren Sie das Zertifikat erneut mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PFX is encrypted with an algorithm OpenSSL 3 no longer offers (such as RC2).</source>
        <translation>Die PFX-Datei ist mit einem Algorithmus verschlüsselt, den OpenSSL 3 nicht mehr anbietet (z. B. RC2).</translation>
    </message>
    <message>
        <source>Export it again choosing TripleDES-SHA1 or AES256-SHA256 encryption.</source>
        <translation>Exportieren Sie sie erneut mit der Verschlüsselung TripleDES-SHA1 oder AES256-SHA256.</translation>
    </message>
    <message>
        <source>The PFX holds no certificate.</source>
        <translation>Die PFX-Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Export the certificate together with its private key.</source>
        <translation>Exportieren Sie das Zertifikat zusammen mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path and that the wizard&apos;s account may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob das Konto des Assistenten die Datei lesen darf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder the wizard&apos;s account may write to, with free space.</source>
        <translation>Wählen Sie einen Ordner mit freiem Speicherplatz, in den das Konto des Assistenten schreiben darf.</translation>
    </message>
    <message>
        <source>Could not generate an RSA key of %1 bits.</source>
        <translation>Ein RSA-Schlüssel mit %1 Bit konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Could not fill in the certificate.</source>
        <translation>Die Zertifikatfelder konnten nicht ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Could not add certificate extensions.</source>
        <translation>Die Zertifikaterweiterungen konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation>Das Zertifikat konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>Could not encode the certificate.</source>
        <translation>Das Zertifikat konnte nicht codiert werden.</translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation>Der private Schlüssel konnte nicht codiert werden.</translation>
    </message>
    <message>
        <source>An RSA key of %1 bits is not offered for the STS certificate.</source>
        <translation>Ein RSA-Schlüssel mit %1 Bit wird für das STS-Zertifikat nicht angeboten.</translation>
    </message>
    <message>
        <source>Choose 2048, 3072 or 4096 bits (2048 is what SharePoint and Microsoft Entra expect at least).</source>
        <translation>Wählen Sie 2048, 3072 oder 4096 Bit (SharePoint und Microsoft Entra erwarten mindestens 2048).</translation>
    </message>
    <message>
        <source>A validity of %1 years is not offered for the STS certificate.</source>
        <translation>Eine Gültigkeit von %1 Jahren wird für das STS-Zertifikat nicht angeboten.</translation>
    </message>
    <message>
        <source>Choose between 1 and 10 years, and note the expiry date: hybrid stops working the day the certificate expires.</source>
        <translation>Wählen Sie 1 bis 10 Jahre und notieren Sie das Ablaufdatum: Hybrid funktioniert ab dem Tag nicht mehr, an dem das Zertifikat abläuft.</translation>
    </message>
    <message>
        <source>The certificate subject &quot;%1&quot; is not valid: %2</source>
        <translation>Der Zertifikatantragsteller „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Write it as CN=name, optionally followed by O=organization, OU=unit, C=country.</source>
        <translation>Schreiben Sie ihn als CN=Name, optional gefolgt von O=Organisation, OU=Einheit, C=Land.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>er ist leer.</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>OpenSSL refuses %1 (too long, or wrong format).</source>
        <translation>OpenSSL lehnt %1 ab (zu lang oder falsches Format).</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>%1 konnte nicht nur für den Besitzer lesbar gemacht werden.</translation>
    </message>
    <message>
        <source>Choose a folder on a local disk the wizard&apos;s account owns (NTFS on Windows).</source>
        <translation>Wählen Sie einen Ordner auf einem lokalen Datenträger, der dem Konto des Assistenten gehört (NTFS unter Windows).</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Unter %1 ist bereits eine Datei vorhanden.</translation>
    </message>
    <message>
        <source>Move that file away or choose another path: the wizard never overwrites a file.</source>
        <translation>Verschieben Sie diese Datei oder wählen Sie einen anderen Pfad: Der Assistent überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Could not generate an elliptic curve key (P-256).</source>
        <translation>Es konnte kein Schlüssel auf elliptischer Kurve (P-256) erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>Enter the public DNS domain only, such as contoso.com (no https://, no path).</source>
        <translation>Geben Sie nur die öffentliche DNS-Domäne ein, z. B. contoso.com (ohne https://, ohne Pfad).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain name.</source>
        <translation>„%1“ ist eine URL, kein Domänenname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wildcard other than a leading &quot;*.&quot;.</source>
        <translation>„%1“ enthält einen Platzhalter, der kein führendes „*.“ ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name with at least two labels.</source>
        <translation>„%1“ ist kein Domänenname mit mindestens zwei Bezeichnern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid label &quot;%2&quot;: use letters, digits and inner hyphens.</source>
        <translation>„%1“ hat einen ungültigen Bezeichner „%2“: Verwenden Sie Buchstaben, Ziffern und innere Bindestriche.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Endpoint &quot;%1&quot; is not an absolute https:// URL.</source>
        <translation>Der Endpunkt „%1“ ist keine absolute https://-URL.</translation>
    </message>
    <message>
        <source>Write it as https://host[:port] in the endpoints file.</source>
        <translation>Schreiben Sie ihn in der Endpunktdatei als https://host[:port].</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>Unbekannter Schlüssel „%1“ in %2.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; URL.</source>
        <translation>%1 enthält keine URL für „%2“.</translation>
    </message>
    <message>
        <source>The endpoints file holds only &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; and &quot;sharepoint&quot;.</source>
        <translation>Die Endpunktdatei enthält nur &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; und &quot;sharepoint&quot;.</translation>
    </message>
    <message>
        <source>Give all four: &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; and &quot;sharepoint&quot;.</source>
        <translation>Geben Sie alle vier an: &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; und &quot;sharepoint&quot;.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>FarmCodec</name>
    <message>
        <source>The farm host&apos;s answer to %1 has no valid %2; it is refused rather than read as a default.</source>
        <translation>Die Antwort des Farmhosts auf %1 enthält kein gültiges %2; sie wird abgelehnt, statt als Standardwert gelesen zu werden.</translation>
    </message>
    <message>
        <source>The host script does not match this wizard or has a defect: use the FarmHost.ps1 shipped with this version of the wizard.</source>
        <translation>Das Hostskript passt nicht zu diesem Assistenten oder ist fehlerhaft: Verwenden Sie die FarmHost.ps1, die mit dieser Version des Assistenten geliefert wird.</translation>
    </message>
</context>
<context>
    <name>FarmLock</name>
    <message>
        <source>The farm is locked by %1 on %2 since %3 (session %4).</source>
        <translation>Die Farm ist seit %3 von %1 auf %2 gesperrt (Sitzung %4).</translation>
    </message>
    <message>
        <source>Process %1; last renewed %2.</source>
        <translation>Prozess %1; zuletzt erneuert %2.</translation>
    </message>
    <message>
        <source>Wait for that run to finish, or after %1 minutes without renewal the lock counts as stale.</source>
        <translation>Warten Sie, bis dieser Lauf beendet ist; nach %1 Minuten ohne Erneuerung gilt die Sperre als veraltet.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the farm lock.</source>
        <translation>Beim Warten auf die Farmsperre abgebrochen.</translation>
    </message>
    <message>
        <source>Run the step again when you are ready.</source>
        <translation>Führen Sie den Schritt erneut aus, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei vorhanden und lesbar ist.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Fix the JSON syntax (an editor with JSON validation helps).</source>
        <translation>Korrigieren Sie die JSON-Syntax (ein Editor mit JSON-Validierung hilft).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Free disk space or fix the folder&apos;s permissions.</source>
        <translation>Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>FinalValidationStep</name>
    <message>
        <source>Validation and next steps</source>
        <translation>Überprüfung und nächste Schritte</translation>
    </message>
    <message>
        <source>Re-run the checks of steps 1 to 10 (read-only).</source>
        <translation>Die Prüfungen der Schritte 1 bis 10 erneut ausführen (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Every check of every step runs again, read-only, and the results are summed up here. Then the trust is proven with real tokens: SharePoint Online must announce your tenant as its realm, and ACS must issue tokens to an assertion the farm signs with its own STS key, for SharePoint Online and for the farm&apos;s public host. Export the transcript for your change record. Next on the hybrid roadmap: single sign-on and directory synchronization.</source>
        <translation>Jede Prüfung jedes Schritts wird erneut schreibgeschützt ausgeführt, und die Ergebnisse werden hier zusammengefasst. Anschließend wird die Vertrauensstellung mit echten Token nachgewiesen: SharePoint Online muss Ihren Mandanten als seinen Bereich bekannt geben, und ACS muss für eine Assertion, die die Farm mit ihrem eigenen STS-Schlüssel signiert, Token ausstellen – für SharePoint Online und für den öffentlichen Host der Farm. Exportieren Sie das Transkript für Ihre Änderungsdokumentation. Als Nächstes auf der Hybrid-Roadmap: einmaliges Anmelden und Verzeichnissynchronisierung.</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Microsoft Graph sent an answer that is not a JSON object.</source>
        <translation>Microsoft Graph hat eine Antwort gesendet, die kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>Check the tenant and the application id: the object does not exist there.</source>
        <translation>Prüfen Sie den Mandanten und die Anwendungs-ID: Das Objekt existiert dort nicht.</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling or unavailable; try again in a few minutes.</source>
        <translation>Microsoft Graph drosselt oder ist nicht verfügbar; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts and %2 s of waiting.</source>
        <translation>Nach %1 Versuchen und %2 s Wartezeit aufgegeben.</translation>
    </message>
    <message>
        <source>Microsoft Graph listed no organization.</source>
        <translation>Microsoft Graph hat keine Organisation aufgeführt.</translation>
    </message>
    <message>
        <source>Check the tenant id in the metadata endpoint.</source>
        <translation>Prüfen Sie die Mandanten-ID im Metadatenendpunkt.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON metadata document.</source>
        <translation>%1 hat nicht mit einem JSON-Metadatendokument geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The signed-in account lacks consent or a directory role for %1. Consent: a Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to the delegated permission %1 for the sign-in client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions). Role: to change the SharePoint Online principal, sign in with an account that holds Global Administrator, Application Administrator or Cloud Application Administrator (activated, if assigned through Privileged Identity Management).</source>
        <translation>Dem angemeldeten Konto fehlt die Einwilligung oder eine Verzeichnisrolle für %1. Einwilligung: Ein Cloud Application Administrator, Application Administrator oder Privileged Role Administrator erteilt dem Anmeldeclient die Administratoreinwilligung für die delegierte Berechtigung %1 (Microsoft Entra Admin Center &gt; Unternehmensanwendungen &gt; der Client &gt; Berechtigungen). Rolle: Um den SharePoint Online-Prinzipal zu ändern, melden Sie sich mit einem Konto an, das die Rolle Global Administrator, Application Administrator oder Cloud Application Administrator innehat (aktiviert, falls über Privileged Identity Management zugewiesen).</translation>
    </message>
    <message>
        <source>Another service principal in the tenant already holds this service principal name. Find it (Entra admin center &gt; Enterprise applications, or GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq &apos;&lt;the SPN&gt;&apos;)&amp;$select=id,appId,displayName) and remove the name there, or choose another public domain.</source>
        <translation>Ein anderer Dienstprinzipal im Mandanten besitzt diesen Dienstprinzipalnamen bereits. Suchen Sie ihn (Microsoft Entra Admin Center &gt; Unternehmensanwendungen, oder GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq &apos;&lt;der SPN&gt;&apos;)&amp;$select=id,appId,displayName) und entfernen Sie den Namen dort, oder wählen Sie eine andere öffentliche Domäne.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered HTTP %1 %2: %3 (request-id %4, client-request-id %5, date %6).</source>
        <translation>Microsoft Graph hat mit HTTP %1 %2 geantwortet: %3 (request-id %4, client-request-id %5, Datum %6).</translation>
    </message>
    <message>
        <source>Sign in again: the token expired or was revoked.</source>
        <translation>Melden Sie sich erneut an: Das Token ist abgelaufen oder wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>GraphRequests</name>
    <message>
        <source>Sign in to Microsoft 365 (authorization code + PKCE; scopes: %1)</source>
        <translation>Bei Microsoft 365 anmelden (Autorisierungscode + PKCE; Bereiche: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing key(s) re-sent as {key,type,usage}</source>
        <translation>
            <numerusform>%n vorhandener Schlüssel, erneut gesendet als {key,type,usage}</numerusform>
            <numerusform>%n vorhandene Schlüssel, erneut gesendet als {key,type,usage}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>error: [%1] %2</source>
        <translation>Fehler: [%1] %2</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, actual %4</source>
        <translation>%1 %2: erwartet %3, tatsächlich %4</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transkript geschrieben nach %1</translation>
    </message>
    <message>
        <source>The answers file must give &quot;%1&quot; for a run on a real farm.</source>
        <translation>Die Antwortdatei muss „%1“ für eine Ausführung auf einer echten Farm angeben.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Result: no check fails.</source>
        <translation>Ergebnis: Keine Prüfung schlägt fehl.</translation>
    </message>
    <message>
        <source>Result: exit code %1.</source>
        <translation>Ergebnis: Exitcode %1.</translation>
    </message>
    <message>
        <source>Open this address in a browser on this machine to sign in:
</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf diesem Computer, um sich anzumelden:
</translation>
    </message>
    <message>
        <source>none (no earlier session of this farm and tenant recorded one): the check is unknown</source>
        <translation>keine (keine frühere Sitzung dieser Farm und dieses Mandanten hat eine gespeichert): Das Ergebnis der Prüfung ist unbekannt</translation>
    </message>
    <message>
        <source>Baseline of existing-spns-kept: %1</source>
        <translation>Vergleichsbasis für existing-spns-kept: %1</translation>
    </message>
    <message>
        <source>Baseline of spo-keys-kept: %1</source>
        <translation>Vergleichsbasis für spo-keys-kept: %1</translation>
    </message>
    <message>
        <source>STS certificate %1</source>
        <translation>STS-Zertifikat %1</translation>
    </message>
    <message>
        <source>Key of that certificate in SharePoint Online</source>
        <translation>Schlüssel dieses Zertifikats in SharePoint Online</translation>
    </message>
    <message>
        <source>SharePoint Online key %1</source>
        <translation>SharePoint Online-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1: %2 days left (until %3)</source>
        <translation>%1: noch %2 Tage (bis %3)</translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation>%1: abgelaufen am %2</translation>
    </message>
    <message>
        <source>Result: no check fails, but a warning stands (exit code %1).</source>
        <translation>Ergebnis: Keine Prüfung schlägt fehl, aber eine Warnung besteht (Exitcode %1).</translation>
    </message>
    <message>
        <source>Renewed the STS certificate: %1 -&gt; %2</source>
        <translation>STS-Zertifikat erneuert: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>every SharePoint server serves %1 (valid to %2)</source>
        <translation>jeder SharePoint-Server verwendet %1 (gültig bis %2)</translation>
    </message>
    <message>
        <source>PFX: %1</source>
        <translation>PFX: %1</translation>
    </message>
    <message>
        <source>SharePoint Online keys: added %1, removed %2; every other key kept</source>
        <translation>SharePoint Online-Schlüssel: %1 hinzugefügt, %2 entfernt; alle anderen Schlüssel beibehalten</translation>
    </message>
    <message>
        <source>Removed: %1 %2 (%3)</source>
        <translation>Entfernt: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Already gone: %1 %2 (%3)</source>
        <translation>Bereits entfernt: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation>Bleibt: %1</translation>
    </message>
    <message>
        <source>The session file %1 does not exist.</source>
        <translation>Die Sitzungsdatei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Name the session file of the setup (the wizard lists its sessions in %1).</source>
        <translation>Geben Sie die Sitzungsdatei der Einrichtung an (der Assistent listet seine Sitzungen in %1 auf).</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>Fix or delete the lab file; a deleted file is seeded again on the next start.</source>
        <translation>Korrigieren oder löschen Sie die Lab-Datei; eine gelöschte Datei wird beim nächsten Start neu angelegt.</translation>
    </message>
    <message>
        <source>Cannot create the lab folder %1.</source>
        <translation>Der Lab-Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Choose a writable folder for --lab.</source>
        <translation>Wählen Sie für --lab einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>tenant.json has no port for the lab tenant.</source>
        <translation>tenant.json enthält keinen Port für den Lab-Mandanten.</translation>
    </message>
    <message>
        <source>Set &quot;port&quot; in tenant.json to a free TCP port (1024-65535).</source>
        <translation>Setzen Sie &quot;port&quot; in tenant.json auf einen freien TCP-Port (1024–65535).</translation>
    </message>
    <message>
        <source>The lab tenant&apos;s TLS certificate could not be loaded.</source>
        <translation>Das TLS-Zertifikat des Lab-Mandanten konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Check that Qt Network has its OpenSSL TLS backend.</source>
        <translation>Prüfen Sie, ob Qt Network sein OpenSSL-TLS-Backend hat.</translation>
    </message>
    <message>
        <source>The lab tenant cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Der Lab-Mandant kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Another program uses port %1, perhaps another wizard on the same lab folder: close it. Or set a free port as &quot;port&quot; in tenant.json; the farm then needs the ACS step again, as its ACS proxy and issuer keep the old URL.</source>
        <translation>Ein anderes Programm verwendet Port %1, vielleicht ein anderer Assistent mit demselben Lab-Ordner: Schließen Sie ihn. Oder tragen Sie in tenant.json einen freien Port als &quot;port&quot; ein; die Farm benötigt dann den ACS-Schritt erneut, da ihr ACS-Proxy und Aussteller die alte URL behalten.</translation>
    </message>
    <message>
        <source>The lab tenant has no certificate before it starts.</source>
        <translation>Der Lab-Mandant hat vor dem Start kein Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Choose a writable lab folder.</source>
        <translation>Wählen Sie einen beschreibbaren Lab-Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the lab tenant&apos;s certificate to %1.</source>
        <translation>Das Zertifikat des Lab-Mandanten kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>tenant.json signIn.deviceCode is &quot;%1&quot;.</source>
        <translation>signIn.deviceCode in tenant.json ist &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;approve&quot;, &quot;decline&quot;, &quot;expire&quot; or &quot;mistype&quot;.</source>
        <translation>Verwenden Sie &quot;approve&quot;, &quot;decline&quot;, &quot;expire&quot; oder &quot;mistype&quot;.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Check that this machine reaches %1 over HTTPS (proxy, firewall, TLS inspection: add its CA with --ca-file).</source>
        <translation>Prüfen Sie, ob dieser Computer %1 über HTTPS erreicht (Proxy, Firewall, TLS-Prüfung: Fügen Sie deren Zertifizierungsstelle mit --ca-file hinzu).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Give a file with -----BEGIN CERTIFICATE----- blocks.</source>
        <translation>Geben Sie eine Datei mit -----BEGIN CERTIFICATE-----Blöcken an.</translation>
    </message>
    <message>
        <source>Check --endpoints and any proxy or TLS inspection between this machine and %1: Microsoft Graph and the sign-in endpoints do not redirect.</source>
        <translation>Prüfen Sie --endpoints sowie alle Proxys und TLS-Prüfungen zwischen diesem Computer und %1: Microsoft Graph und die Anmeldeendpunkte leiten nicht um.</translation>
    </message>
    <message>
        <source>the request carries a token</source>
        <translation>die Anforderung ein Token enthält</translation>
    </message>
    <message>
        <source>it would leave HTTPS</source>
        <translation>sie HTTPS verlassen würde</translation>
    </message>
    <message>
        <source>%1 redirected to %2; the wizard did not follow, because %3.</source>
        <translation>%1 hat auf %2 umgeleitet; der Assistent ist der Umleitung nicht gefolgt, da %3.</translation>
    </message>
    <message>
        <source>%1 was cancelled: the wizard is closing.</source>
        <translation>%1 wurde abgebrochen: Der Assistent wird geschlossen.</translation>
    </message>
</context>
<context>
    <name>OAuthOverHttpStep</name>
    <message>
        <source>Configure OAuth over HTTP</source>
        <translation>OAuth über HTTP konfigurieren</translation>
    </message>
    <message>
        <source>OAuth in SharePoint Server requires HTTPS. When the hybrid web application uses http://, OAuth over HTTP must be allowed. The setting lives in the configuration database, so it is set once for the whole farm.</source>
        <translation>OAuth erfordert in SharePoint Server HTTPS. Wenn die Hybrid-Webanwendung http:// verwendet, muss OAuth über HTTP zugelassen werden. Die Einstellung liegt in der Konfigurationsdatenbank und gilt daher einmal für die gesamte Farm.</translation>
    </message>
    <message>
        <source>Not required: the web application uses SSL.</source>
        <translation>Nicht erforderlich: Die Webanwendung verwendet SSL.</translation>
    </message>
    <message>
        <source>OAuth over HTTP sends tokens unencrypted on the network. Allow it (you can turn it off again once the web application uses SSL).</source>
        <translation>OAuth über HTTP überträgt Token unverschlüsselt im Netzwerk. Lassen Sie es zu (Sie können es wieder deaktivieren, sobald die Webanwendung SSL verwendet).</translation>
    </message>
    <message>
        <source>To turn it off later: %1</source>
        <translation>Zum späteren Deaktivieren: %1</translation>
    </message>
    <message>
        <source>Run this step (it sets AllowOAuthOverHttp), or move the web application to https://.</source>
        <translation>Führen Sie diesen Schritt aus (er setzt AllowOAuthOverHttp), oder stellen Sie die Webanwendung auf https:// um.</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Configures the SharePoint hybrid server-to-server trust between a SharePoint Server farm and SharePoint Online.</source>
        <translation>Konfiguriert die hybride Server-zu-Server-Vertrauensstellung zwischen einer SharePoint Server-Farm und SharePoint Online.</translation>
    </message>
    <message>
        <source>Run against the built-in lab kept in DIR.</source>
        <translation>Mit der integrierten Lab-Umgebung in DIR ausführen.</translation>
    </message>
    <message>
        <source>Headless: apply and validate every step.</source>
        <translation>Ohne Oberfläche: jeden Schritt anwenden und überprüfen.</translation>
    </message>
    <message>
        <source>Headless: validate every step, change nothing.</source>
        <translation>Ohne Oberfläche: jeden Schritt überprüfen, nichts ändern.</translation>
    </message>
    <message>
        <source>Answers file (JSON) for --auto.</source>
        <translation>Antwortdatei (JSON) für --auto.</translation>
    </message>
    <message>
        <source>Write a JSON report to FILE.</source>
        <translation>Einen JSON-Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <source>Create or resume this session file.</source>
        <translation>Diese Sitzungsdatei erstellen oder fortsetzen.</translation>
    </message>
    <message>
        <source>Stop --auto after step STEP (an id).</source>
        <translation>--auto nach dem Schritt STEP (einer ID) beenden.</translation>
    </message>
    <message>
        <source>Export the transcript of --session to FILE.</source>
        <translation>Das Transkript von --session in FILE exportieren.</translation>
    </message>
    <message>
        <source>Transcript format: txt, html or json.</source>
        <translation>Transkriptformat: txt, html oder json.</translation>
    </message>
    <message>
        <source>Per-operation timeout of the farm host, in seconds.</source>
        <translation>Zeitlimit je Vorgang des Farmhosts, in Sekunden.</translation>
    </message>
    <message>
        <source>Language of the wizard: %1 (default: the system&apos;s).</source>
        <translation>Sprache des Assistenten: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Run s2s-wizard --help for the options.</source>
        <translation>s2s-wizard --help zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>Wählen Sie eine der beiden Optionen.</translation>
    </message>
    <message>
        <source>--export-transcript needs --session FILE.</source>
        <translation>--export-transcript erfordert --session FILE.</translation>
    </message>
    <message>
        <source>Name the session whose transcript to export.</source>
        <translation>Geben Sie die Sitzung an, deren Transkript exportiert werden soll.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; for --stop-after.</source>
        <translation>Unbekannter Schritt „%1“ für --stop-after.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen der Werte: %1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang.</source>
        <translation>Unbekannte Sprache „%1“ für --lang.</translation>
    </message>
    <message>
        <source>--op-timeout must be a positive number of seconds.</source>
        <translation>--op-timeout muss eine positive Anzahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>For example --op-timeout 300.</source>
        <translation>Zum Beispiel --op-timeout 300.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Give a PEM file with the CA certificate to trust.</source>
        <translation>Geben Sie eine PEM-Datei mit dem Zertifikat der vertrauenswürdigen Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <source>unknown flow &quot;%1&quot;.</source>
        <translation>unbekannter Ablauf „%1“.</translation>
    </message>
    <message>
        <source>Use browser or device-code.</source>
        <translation>Verwenden Sie browser oder device-code.</translation>
    </message>
    <message>
        <source>Tenant endpoints file (JSON with login, graph and acs URLs).</source>
        <translation>Endpunktdatei des Mandanten (JSON mit den URLs login, graph und acs).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for HTTPS.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in FILE (PEM) für HTTPS vertrauen.</translation>
    </message>
    <message>
        <source>Sign-in flow: browser (GUI default) or device-code (headless default).</source>
        <translation>Anmeldeablauf: browser (Standard mit Oberfläche) oder device-code (Standard ohne Oberfläche).</translation>
    </message>
    <message>
        <source>Application (client) id used to sign in.</source>
        <translation>Anwendungs-ID (Client-ID) für die Anmeldung.</translation>
    </message>
    <message>
        <source>--client-id and --tenant cannot be empty.</source>
        <translation>--client-id und --tenant dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Leave them out for the defaults.</source>
        <translation>Lassen Sie sie für die Standardwerte weg.</translation>
    </message>
    <message>
        <source>What serves the lab farm: host (s2s-lab-host, default) or powershell (the farm script under pwsh with the SharePoint simulator).</source>
        <translation>Was die Labor-Farm bereitstellt: host (s2s-lab-host, Standard) oder powershell (das Farmskript unter pwsh mit dem SharePoint-Simulator).</translation>
    </message>
    <message>
        <source>Unknown lab farm &quot;%1&quot; for --lab-farm.</source>
        <translation>Unbekannte Labor-Farm &quot;%1&quot; für --lab-farm.</translation>
    </message>
    <message>
        <source>Use host or powershell.</source>
        <translation>Verwenden Sie host oder powershell.</translation>
    </message>
    <message>
        <source>--lab-farm needs --lab DIR.</source>
        <translation>--lab-farm erfordert --lab DIR.</translation>
    </message>
    <message>
        <source>Name the lab folder with --lab.</source>
        <translation>Geben Sie den Laborordner mit --lab an.</translation>
    </message>
    <message>
        <source>Tenant to sign in to: id, domain or organizations (default: the session&apos;s tenant, or organizations for a new session).</source>
        <translation>Mandant für die Anmeldung: ID, Domäne oder organizations (Standard: der Mandant der Sitzung bzw. organizations für eine neue Sitzung).</translation>
    </message>
    <message>
        <source>--warn-days must be a number of days from 0 to 3650.</source>
        <translation>--warn-days muss eine Anzahl von Tagen zwischen 0 und 3650 sein.</translation>
    </message>
    <message>
        <source>For example --warn-days 30.</source>
        <translation>Beispiel: --warn-days 30.</translation>
    </message>
    <message>
        <source>--renew-certificate and --remove need --session FILE.</source>
        <translation>--renew-certificate und --remove erfordern --session FILE.</translation>
    </message>
    <message>
        <source>Name the session that set the trust up.</source>
        <translation>Geben Sie die Sitzung an, die die Vertrauensstellung eingerichtet hat.</translation>
    </message>
    <message>
        <source>Headless: renew the STS certificate of --session without an outage of the trust.</source>
        <translation>Ohne Oberfläche: das STS-Zertifikat von --session ohne Unterbrechung der Vertrauensstellung erneuern.</translation>
    </message>
    <message>
        <source>Headless: remove what --session added or changed, in reverse step order.</source>
        <translation>Ohne Oberfläche: entfernen, was --session hinzugefügt oder geändert hat, in umgekehrter Schrittreihenfolge.</translation>
    </message>
    <message>
        <source>Warn when the STS certificate or its key in SharePoint Online expires within DAYS days.</source>
        <translation>Warnen, wenn das STS-Zertifikat oder sein Schlüssel in SharePoint Online innerhalb von DAYS Tagen abläuft.</translation>
    </message>
    <message>
        <source>%1 cannot be combined.</source>
        <translation>%1 können nicht kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>LAB MODE — simulated farm and tenant in %1; nothing real is changed</source>
        <translation>LAB-MODUS – simulierte Farm und simulierter Mandant in %1; es wird nichts Echtes geändert</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applied, not validated</source>
        <translation>angewendet, nicht überprüft</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ProtocolFarmBackend</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Farm host ready: PowerShell %1, SharePoint %2, farm administrator: %3</source>
        <translation>Farmhost bereit: PowerShell %1, SharePoint %2, Farmadministrator: %3</translation>
    </message>
    <message>
        <source>Starting the farm host %1 and loading SharePoint…</source>
        <translation>Farmhost %1 wird gestartet und SharePoint geladen…</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>In step %1: %2</source>
        <translation>In Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterAppPrincipalStep</name>
    <message>
        <source>Register the SharePoint Online app principal</source>
        <translation>SharePoint Online-App-Prinzipal registrieren</translation>
    </message>
    <message>
        <source>The farm must know SharePoint Online as an app principal, identified by &lt;service principal object id&gt;@&lt;tenant id&gt;, to accept its OAuth requests. It is registered on the root web of the hybrid web application, once.</source>
        <translation>Die Farm muss SharePoint Online als App-Prinzipal kennen, identifiziert durch &lt;Objekt-ID des Dienstprinzipals&gt;@&lt;Mandanten-ID&gt;, um seine OAuth-Anforderungen anzunehmen. Er wird einmal im Stammweb der Hybrid-Webanwendung registriert.</translation>
    </message>
    <message>
        <source>If it is not registered yet:</source>
        <translation>Falls er noch nicht registriert ist:</translation>
    </message>
    <message>
        <source>not registered on %1</source>
        <translation>nicht registriert auf %1</translation>
    </message>
    <message>
        <source>Run this step to register the app principal.</source>
        <translation>Führen Sie diesen Schritt aus, um den App-Prinzipal zu registrieren.</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Turn OAuth over HTTP off again on the farm (AllowOAuthOverHttp back to False)</source>
        <translation>OAuth über HTTP in der Farm wieder deaktivieren (AllowOAuthOverHttp zurück auf False)</translation>
    </message>
    <message>
        <source>The key credential the wizard uploaded to the SharePoint Online principal (certificate %1); every other key stays</source>
        <translation>Die Schlüsselanmeldeinformation, die der Assistent in den SharePoint Online-Prinzipal hochgeladen hat (Zertifikat %1); alle anderen Schlüssel bleiben</translation>
    </message>
    <message>
        <source>The SPN %1 on the SharePoint Online principal; every other SPN stays</source>
        <translation>Der SPN %1 im SharePoint Online-Prinzipal; alle anderen SPNs bleiben</translation>
    </message>
    <message>
        <source>The app principal %1 registered on %2</source>
        <translation>Der in %2 registrierte App-Prinzipal %1</translation>
    </message>
    <message>
        <source>The farm&apos;s authentication realm back from %1 to %2 (what was registered on %2 works again; what was registered since on %1 stops)</source>
        <translation>Der Authentifizierungsbereich der Farm zurück von %1 auf %2 (was in %2 registriert war, funktioniert wieder; was seitdem in %1 registriert wurde, funktioniert nicht mehr)</translation>
    </message>
    <message>
        <source>The ACS proxy &quot;%1&quot; the wizard created (metadata endpoint %2)</source>
        <translation>Der vom Assistenten erstellte ACS-Proxy „%1“ (Metadatenendpunkt %2)</translation>
    </message>
    <message>
        <source>The trusted security token issuer &quot;%1&quot; the wizard created</source>
        <translation>Der vom Assistenten erstellte vertrauenswürdige Sicherheitstokenaussteller „%1“</translation>
    </message>
    <message>
        <source>every other key re-sent as {key,type,usage}; not the key of %1</source>
        <translation>alle anderen Schlüssel erneut gesendet als {key,type,usage}; nicht der Schlüssel von %1</translation>
    </message>
    <message>
        <source>every other SPN; not %1</source>
        <translation>alle anderen SPNs; nicht %1</translation>
    </message>
    <message>
        <source>The farm&apos;s realm is %1 now, neither the %2 the wizard set nor the %3 it replaced: it was changed since and stays as it is.</source>
        <translation>Der Bereich der Farm ist jetzt %1, weder der vom Assistenten festgelegte %2 noch der von ihm ersetzte %3: Er wurde seitdem geändert und bleibt unverändert.</translation>
    </message>
    <message>
        <source>The trusted issuer &quot;%1&quot; now reads its metadata from %2, not from the %3 the wizard set: it is not the one the wizard created and stays.</source>
        <translation>Der vertrauenswürdige Aussteller „%1“ liest seine Metadaten jetzt von %2, nicht von dem vom Assistenten festgelegten %3: Er ist nicht der vom Assistenten erstellte und bleibt.</translation>
    </message>
    <message>
        <source>This session was written by a wizard version that did not record its changes: what it added to the farm and the tenant, and which values it replaced, is unknown. Removing by guess could delete an ACS proxy, a trusted issuer, an SPN or a key that existed before it, and break whatever else depends on them.</source>
        <translation>Diese Sitzung wurde von einer Version des Assistenten geschrieben, die ihre Änderungen nicht aufgezeichnet hat: Was sie der Farm und dem Mandanten hinzugefügt hat und welche Werte sie ersetzt hat, ist unbekannt. Ein Entfernen auf Verdacht könnte einen ACS-Proxy, einen vertrauenswürdigen Aussteller, einen SPN oder einen Schlüssel löschen, der schon vorher vorhanden war, und alles andere beschädigen, was davon abhängt.</translation>
    </message>
    <message>
        <source>Remove the trust by hand after checking what existed before (PROCEDURE.md, &quot;Lifecycle after setup&quot;): the SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; and the farm&apos;s key on the SharePoint Online principal, the app principal (SPAppPrincipalManager.DeleteAppPrincipal), the trusted issuer (Remove-SPTrustedSecurityTokenIssuer), the ACS proxy (Remove-SPServiceApplicationProxy) and, if the wizard changed them, the realm (Set-SPAuthenticationRealm) and AllowOAuthOverHttp.</source>
        <translation>Entfernen Sie die Vertrauensstellung manuell, nachdem Sie geprüft haben, was vorher vorhanden war (PROCEDURE.md, &quot;Lifecycle after setup&quot;): den SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; und den Schlüssel der Farm im SharePoint Online-Prinzipal, den App-Prinzipal (SPAppPrincipalManager.DeleteAppPrincipal), den vertrauenswürdigen Aussteller (Remove-SPTrustedSecurityTokenIssuer), den ACS-Proxy (Remove-SPServiceApplicationProxy) und, falls der Assistent sie geändert hat, den Bereich (Set-SPAuthenticationRealm) und AllowOAuthOverHttp.</translation>
    </message>
    <message>
        <source>A renewal of the STS certificate is in progress in this session (stage %1).</source>
        <translation>In dieser Sitzung läuft eine Erneuerung des STS-Zertifikats (Phase %1).</translation>
    </message>
    <message>
        <source>Finish it first with --renew-certificate --session and the same session file, then run --remove again.</source>
        <translation>Schließen Sie sie zuerst mit --renew-certificate --session und derselben Sitzungsdatei ab, und führen Sie dann --remove erneut aus.</translation>
    </message>
    <message>
        <source>The farm&apos;s STS signing certificate %1 stays, and so does its copy in the SharePoint servers&apos; trusted root stores: the farm signs with it, and this session did not put it there as a replacement it could undo.</source>
        <translation>Das STS-Signaturzertifikat %1 der Farm bleibt, ebenso seine Kopie in den Stammzertifikatspeichern der SharePoint-Server: Die Farm signiert damit, und diese Sitzung hat es nicht als rückgängig zu machenden Ersatz dort abgelegt.</translation>
    </message>
    <message>
        <source>The farm&apos;s STS signing certificate %1 stays: the certificate it replaced (%2) cannot be put back, because its private key cannot be recovered from the farm. It also stays in the SharePoint servers&apos; trusted root stores. Replace it with Set-SPSecurityTokenServiceConfig if you want another one.</source>
        <translation>Das STS-Signaturzertifikat %1 der Farm bleibt: Das ersetzte Zertifikat (%2) kann nicht zurückgesetzt werden, da sein privater Schlüssel nicht aus der Farm wiederhergestellt werden kann. Es bleibt auch in den Stammzertifikatspeichern der SharePoint-Server. Ersetzen Sie es mit Set-SPSecurityTokenServiceConfig, wenn Sie ein anderes verwenden möchten.</translation>
    </message>
    <message>
        <source>Remove what this session set up (the SPN, key, ACS proxy, trusted issuer, app principal, realm and OAuth over HTTP it added or changed); the hybrid features stop working.</source>
        <translation>Entfernen, was diese Sitzung eingerichtet hat (den SPN, Schlüssel, ACS-Proxy, vertrauenswürdigen Aussteller, App-Prinzipal, Bereich und OAuth über HTTP, die sie hinzugefügt oder geändert hat); die Hybridfeatures funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing to remove: every change this session recorded is undone.</source>
        <translation>Nichts zu entfernen: Jede von dieser Sitzung aufgezeichnete Änderung ist rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Already gone (undone by someone else): %1</source>
        <translation>Bereits entfernt (von jemand anderem rückgängig gemacht): %1</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>Replacing the certificate resets IIS and restarts the SharePoint Timer Service on every server, one server at a time: each server is out of service for a minute or two while the others keep serving.</source>
        <translation>Das Ersetzen des Zertifikats setzt IIS zurück und startet den SharePoint-Timerdienst auf jedem Server neu, einen Server nach dem anderen: Jeder Server ist ein bis zwei Minuten außer Betrieb, während die anderen weiter bedienen.</translation>
    </message>
    <message>
        <source>The PFX %1 holds the certificate the farm signs with now (%2): a renewal needs a new certificate.</source>
        <translation>Die PFX-Datei %1 enthält das Zertifikat, mit dem die Farm derzeit signiert (%2): Eine Erneuerung erfordert ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>Choose the PFX of the new certificate (certificate.pfx in the answers file), or let the wizard generate one (certificate.mode &quot;generate&quot;).</source>
        <translation>Wählen Sie die PFX-Datei des neuen Zertifikats (certificate.pfx in der Antwortdatei), oder lassen Sie den Assistenten eines erzeugen (certificate.mode &quot;generate&quot;).</translation>
    </message>
    <message>
        <source>The PFX %1 of this renewal now holds the certificate %2 instead of %3.</source>
        <translation>Die PFX-Datei %1 dieser Erneuerung enthält jetzt das Zertifikat %2 statt %3.</translation>
    </message>
    <message>
        <source>Put the PFX of certificate %1 back at that path (the wizard never overwrites it), then run the renewal again.</source>
        <translation>Legen Sie die PFX-Datei von Zertifikat %1 wieder unter diesem Pfad ab (der Assistent überschreibt sie nie), und führen Sie die Erneuerung dann erneut aus.</translation>
    </message>
    <message>
        <source>Adding the key of %1 to SharePoint Online…</source>
        <translation>Schlüssel von %1 wird zu SharePoint Online hinzugefügt…</translation>
    </message>
    <message>
        <source>Not every SharePoint server serves the new STS certificate %1 yet.</source>
        <translation>Noch nicht jeder SharePoint-Server verwendet das neue STS-Zertifikat %1.</translation>
    </message>
    <message>
        <source>Run the renewal again: it sets what is missing and resets the servers that still serve the old certificate. The old key stays in SharePoint Online until then, so the trust keeps working.</source>
        <translation>Führen Sie die Erneuerung erneut aus: Sie legt fest, was fehlt, und setzt die Server zurück, die noch das alte Zertifikat verwenden. Der alte Schlüssel bleibt bis dahin in SharePoint Online, sodass die Vertrauensstellung weiter funktioniert.</translation>
    </message>
    <message>
        <source>The trust does not work with the new STS certificate %1: %2</source>
        <translation>Die Vertrauensstellung funktioniert mit dem neuen STS-Zertifikat %1 nicht: %2</translation>
    </message>
    <message>
        <source>%1 The old key (%2) stays in SharePoint Online until the trust works; run the renewal again once this is fixed.</source>
        <translation>%1 Der alte Schlüssel (%2) bleibt in SharePoint Online, bis die Vertrauensstellung funktioniert; führen Sie die Erneuerung erneut aus, sobald dies behoben ist.</translation>
    </message>
    <message>
        <source>Removing the old key %1 from SharePoint Online…</source>
        <translation>Alter Schlüssel %1 wird aus SharePoint Online entfernt…</translation>
    </message>
    <message>
        <source>The hybrid trust of this session was removed (%1): there is no trust to renew.</source>
        <translation>Die Hybridvertrauensstellung dieser Sitzung wurde entfernt (%1): Es gibt keine Vertrauensstellung zu erneuern.</translation>
    </message>
    <message>
        <source>Set the trust up again in a new session (--auto), then renew its certificate there.</source>
        <translation>Richten Sie die Vertrauensstellung in einer neuen Sitzung erneut ein (--auto), und erneuern Sie dann dort ihr Zertifikat.</translation>
    </message>
    <message>
        <source>The setup of this session is not finished (%1 is not done): only a finished trust can have its certificate renewed.</source>
        <translation>Die Einrichtung dieser Sitzung ist nicht abgeschlossen (%1 ist nicht erledigt): Nur bei einer fertig eingerichteten Vertrauensstellung kann das Zertifikat erneuert werden.</translation>
    </message>
    <message>
        <source>Finish the setup first (--auto --session FILE, or the wizard), then renew the certificate.</source>
        <translation>Schließen Sie zuerst die Einrichtung ab (--auto --session FILE oder der Assistent), und erneuern Sie dann das Zertifikat.</translation>
    </message>
    <message>
        <source>&lt;new PFX beside %1&gt;</source>
        <translation>&lt;neue PFX-Datei neben %1&gt;</translation>
    </message>
    <message>
        <source>1. Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 years; write its PFX and CER (%3) owner-only, never over an existing file; the password stays in the credential store.</source>
        <translation>1. Einen RSA-Schlüssel mit %1 Bit und ein selbstsigniertes SHA-256-Zertifikat mit %2 Jahren Gültigkeit erzeugen; seine PFX- und CER-Datei (%3) nur für den Besitzer lesbar schreiben, nie über eine vorhandene Datei; das Kennwort bleibt im Anmeldeinformationsspeicher.</translation>
    </message>
    <message>
        <source>1. Open the PFX %1 with its password; it must hold a private key and another certificate than the farm&apos;s current one.</source>
        <translation>1. Die PFX-Datei %1 mit ihrem Kennwort öffnen; sie muss einen privaten Schlüssel und ein anderes Zertifikat als das aktuelle der Farm enthalten.</translation>
    </message>
    <message>
        <source>Renew the STS certificate without an outage of the trust; every stage is recorded in the session, so a stopped renewal resumes where it stopped.</source>
        <translation>Das STS-Zertifikat ohne Unterbrechung der Vertrauensstellung erneuern; jede Phase wird in der Sitzung aufgezeichnet, sodass eine angehaltene Erneuerung dort fortgesetzt wird, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>2. Add the new certificate&apos;s key to SharePoint Online next to the old one (read again right before the write; every key is re-sent):</source>
        <translation>2. Den Schlüssel des neuen Zertifikats neben dem alten zu SharePoint Online hinzufügen (unmittelbar vor dem Schreiben erneut gelesen; jeder Schlüssel wird erneut gesendet):</translation>
    </message>
    <message>
        <source>3. Replace the certificate on the farm as step 3 does: on each server whose root store lacks it,</source>
        <translation>3. Das Zertifikat in der Farm wie in Schritt 3 ersetzen: auf jedem Server, in dessen Stammzertifikatspeicher es fehlt,</translation>
    </message>
    <message>
        <source>once:</source>
        <translation>einmal:</translation>
    </message>
    <message>
        <source>then, after you confirm the outage, one server at a time:</source>
        <translation>dann, nach Ihrer Bestätigung der Ausfallzeit, ein Server nach dem anderen:</translation>
    </message>
    <message>
        <source>4. Check that every server serves the new certificate, and prove the trust:</source>
        <translation>4. Prüfen, ob jeder Server das neue Zertifikat verwendet, und die Vertrauensstellung nachweisen:</translation>
    </message>
    <message>
        <source>5. Remove the old farm certificate&apos;s key (%1) from SharePoint Online, and only that key:</source>
        <translation>5. Den Schlüssel des alten Farmzertifikats (%1) aus SharePoint Online entfernen, und nur diesen Schlüssel:</translation>
    </message>
    <message>
        <source>the farm&apos;s current certificate</source>
        <translation>das aktuelle Zertifikat der Farm</translation>
    </message>
    <message>
        <source>New STS certificate</source>
        <translation>Neues STS-Zertifikat</translation>
    </message>
    <message>
        <source>Installing the STS certificate %1</source>
        <translation>STS-Zertifikat %1 wird installiert</translation>
    </message>
    <message>
        <source>STS certificate renewed</source>
        <translation>STS-Zertifikat erneuert</translation>
    </message>
    <message>
        <source>%1 → %2; SharePoint Online holds the new key, the old farm key is removed.</source>
        <translation>%1 → %2; SharePoint Online enthält den neuen Schlüssel, der alte Farmschlüssel ist entfernt.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No credential store is available (%1). The sign-in is kept in memory for this run only: the next run asks you to sign in again.</source>
        <translation>Kein Anmeldeinformationsspeicher verfügbar (%1). Die Anmeldung wird nur für diese Ausführung im Arbeitsspeicher gehalten: Beim nächsten Start müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s (%2).</source>
        <translation>Der Anmeldeinformationsspeicher hat nicht innerhalb von %1 s geantwortet (%2).</translation>
    </message>
    <message>
        <source>Unlock the login keyring, or go on: the sign-in stays in memory.</source>
        <translation>Entsperren Sie den Anmeldeschlüsselbund, oder fahren Sie fort: Die Anmeldung bleibt im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The credential store refused to %1: %2</source>
        <translation>Der Anmeldeinformationsspeicher hat abgelehnt, %1: %2</translation>
    </message>
    <message>
        <source>Check the OS credential store (Credential Manager, Secret Service).</source>
        <translation>Prüfen Sie den Anmeldeinformationsspeicher des Betriebssystems (Anmeldeinformationsverwaltung, Secret Service).</translation>
    </message>
    <message>
        <source>read a secret</source>
        <translation>ein Geheimnis zu lesen</translation>
    </message>
    <message>
        <source>store a secret</source>
        <translation>ein Geheimnis zu speichern</translation>
    </message>
    <message>
        <source>remove a secret</source>
        <translation>ein Geheimnis zu entfernen</translation>
    </message>
    <message>
        <source>The credential store holds only part of the secret %1.</source>
        <translation>Der Anmeldeinformationsspeicher enthält nur einen Teil des Geheimnisses %1.</translation>
    </message>
    <message>
        <source>Sign in again, or give the PFX password again: the wizard then stores it anew.</source>
        <translation>Melden Sie sich erneut an oder geben Sie das PFX-Kennwort erneut ein: Der Assistent speichert es dann neu.</translation>
    </message>
    <message>
        <source>The secret %1 is too long for the credential store.</source>
        <translation>Das Geheimnis %1 ist zu lang für den Anmeldeinformationsspeicher.</translation>
    </message>
    <message>
        <source>No credential store keeps secrets here: it would hold the secret in memory for this run only.</source>
        <translation>Hier bewahrt kein Anmeldeinformationsspeicher Geheimnisse auf: Das Geheimnis würde nur für diesen Lauf im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Make the OS credential store work (on Windows the Credential Manager; on Linux a Secret Service such as gnome-keyring, unlocked).</source>
        <translation>Stellen Sie den Anmeldeinformationsspeicher des Betriebssystems bereit (unter Windows die Anmeldeinformationsverwaltung; unter Linux einen entsperrten Secret Service wie gnome-keyring).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session file has schema version %1; this wizard reads version %2.</source>
        <translation>Die Sitzungsdatei hat die Schemaversion %1; dieser Assistent liest Version %2.</translation>
    </message>
    <message>
        <source>Open it with the wizard version that wrote it, or start a new setup.</source>
        <translation>Öffnen Sie sie mit der Assistentenversion, die sie geschrieben hat, oder beginnen Sie eine neue Einrichtung.</translation>
    </message>
    <message>
        <source>Cannot create the session folder %1.</source>
        <translation>Der Sitzungsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Choose a writable location.</source>
        <translation>Wählen Sie einen beschreibbaren Speicherort.</translation>
    </message>
    <message>
        <source>The session %1 is open in another wizard (process %2 on %3).</source>
        <translation>Die Sitzung %1 ist in einem anderen Assistenten geöffnet (Prozess %2 auf %3).</translation>
    </message>
    <message>
        <source>Close the other wizard first, or start a new setup.</source>
        <translation>Schließen Sie zuerst den anderen Assistenten, oder beginnen Sie eine neue Einrichtung.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Start a new setup if the file was changed by hand.</source>
        <translation>Starten Sie eine neue Einrichtung, wenn die Datei manuell geändert wurde.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <source>is not a step of this wizard.</source>
        <translation>ist kein Schritt dieses Assistenten.</translation>
    </message>
    <message>
        <source>Session key &quot;%1&quot;: %2</source>
        <translation>Sitzungsschlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>Cannot save the session to %1.</source>
        <translation>Die Sitzung kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Free disk space, or close the program that holds the file; the wizard keeps the session and saves it again at the next change.</source>
        <translation>Geben Sie Speicherplatz frei oder schließen Sie das Programm, das die Datei belegt; der Assistent behält die Sitzung und speichert sie bei der nächsten Änderung erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries failed.</source>
        <translation>
            <numerusform>%n Versuch ist fehlgeschlagen.</numerusform>
            <numerusform>%n Versuche sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transcript %1 has no session file beside it.</source>
        <translation>Neben dem Transkript %1 liegt keine Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Put the session file back, or move the transcript away.</source>
        <translation>Legen Sie die Sitzungsdatei zurück oder verschieben Sie das Transkript.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the session file as %1.</source>
        <translation>Eine Kopie der Sitzungsdatei kann nicht als %1 aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Cannot repair the transcript %1.</source>
        <translation>Das Transkript %1 kann nicht repariert werden.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The last transcript record was cut short (the wizard stopped while writing it) and was left out.</source>
        <translation>Der letzte Transkripteintrag war abgeschnitten (der Assistent wurde beim Schreiben beendet) und wurde weggelassen.</translation>
    </message>
    <message>
        <source>Transcript line %1: %2</source>
        <translation>Transkriptzeile %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot read the transcript %1.</source>
        <translation>Das Transkript %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>No browser is available to sign in.</source>
        <translation>Für die Anmeldung ist kein Browser verfügbar.</translation>
    </message>
    <message>
        <source>Use --sign-in device-code.</source>
        <translation>Verwenden Sie --sign-in device-code.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 in the browser window that opened.</source>
        <translation>Melden Sie sich im geöffneten Browserfenster bei Microsoft 365 an.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation>Anmeldung per Gerätecode</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was finished.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anmeldung abgeschlossen war.</translation>
    </message>
    <message>
        <source>Run the step again and enter the new code within the time shown.</source>
        <translation>Führen Sie den Schritt erneut aus und geben Sie den neuen Code innerhalb der angezeigten Zeit ein.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Anmeldeumleitung gewartet werden: %1</translation>
    </message>
    <message>
        <source>The browser sign-in did not come back within %1 minutes.</source>
        <translation>Die Anmeldung im Browser ist nicht innerhalb von %1 Minuten zurückgekehrt.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window, or use --sign-in device-code.</source>
        <translation>Schließen Sie die Anmeldung im Browserfenster ab, oder verwenden Sie --sign-in device-code.</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Anforderung zu groß.</translation>
    </message>
    <message>
        <source>Unexpected request.</source>
        <translation>Unerwartete Anforderung.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the wizard&apos;s sign-in.</source>
        <translation>Diese Anmeldeantwort gehört nicht zur Anmeldung des Assistenten.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You can close this window.</source>
        <translation>Anmeldung fehlgeschlagen: %1. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 (%2)</source>
        <translation>Anmeldung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant that may consent to the scopes.</source>
        <translation>Melden Sie sich mit einem Konto des Mandanten an, das den Bereichen zustimmen darf.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no code.</source>
        <translation>Die Anmeldeantwort enthält keinen Code.</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and go back to the wizard.</source>
        <translation>Angemeldet. Sie können dieses Fenster schließen und zum Assistenten zurückkehren.</translation>
    </message>
    <message>
        <source>Token refresh</source>
        <translation>Tokenaktualisierung</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft 365.</source>
        <translation>Nicht bei Microsoft 365 angemeldet.</translation>
    </message>
    <message>
        <source>The Microsoft 365 sign-in expired and cannot be renewed.</source>
        <translation>Die Microsoft 365-Anmeldung ist abgelaufen und kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>The token endpoint granted no access token.</source>
        <translation>Der Tokenendpunkt hat kein Zugriffstoken ausgestellt.</translation>
    </message>
    <message>
        <source>Check that --endpoints points at a Microsoft identity platform endpoint.</source>
        <translation>Prüfen Sie, ob --endpoints auf einen Endpunkt der Microsoft Identity Platform zeigt.</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the client id (--client-id), the tenant (--tenant) and that public client flows are enabled for the client.</source>
        <translation>Melden Sie sich erneut an; schlägt es weiterhin fehl, prüfen Sie die Client-ID (--client-id), den Mandanten (--tenant) und ob öffentliche Clientflows für den Client aktiviert sind.</translation>
    </message>
    <message>
        <source>%1 refused: %2 (%3)</source>
        <translation>%1 abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <source>The sign-in returned no usable id_token: %1</source>
        <translation>Die Anmeldung hat kein verwendbares id_token zurückgegeben: %1</translation>
    </message>
    <message>
        <source>Check that --endpoints points at a Microsoft identity platform endpoint and that the sign-in asked for the openid scope.</source>
        <translation>Prüfen Sie, ob --endpoints auf einen Endpunkt der Microsoft Identity Platform zeigt und ob die Anmeldung den Bereich openid angefordert hat.</translation>
    </message>
    <message>
        <source>it is not a JSON Web Token.</source>
        <translation>Es ist kein JSON Web Token.</translation>
    </message>
    <message>
        <source>its claims are not JSON.</source>
        <translation>Seine Ansprüche sind kein JSON.</translation>
    </message>
    <message>
        <source>it was issued to %1, not to the sign-in client %2.</source>
        <translation>Es wurde für %1 ausgestellt, nicht für den Anmeldeclient %2.</translation>
    </message>
    <message>
        <source>it names no tenant (tid).</source>
        <translation>Es nennt keinen Mandanten (tid).</translation>
    </message>
    <message>
        <source>The sign-in returned no id_token, so the account and its tenant are unknown.</source>
        <translation>Die Anmeldung hat kein id_token zurückgegeben, daher sind das Konto und sein Mandant unbekannt.</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, but %2 signed in to the tenant %3. Nothing was read from or written to either tenant.</source>
        <translation>Diese Sitzung gehört zum Microsoft 365-Mandanten %1, aber %2 hat sich beim Mandanten %3 angemeldet. In keinem der beiden Mandanten wurde etwas gelesen oder geschrieben.</translation>
    </message>
    <message>
        <source>Sign out, then sign in with an account of the tenant %1 (in the browser, pick that account or use a private window). To set up the tenant %2 instead, start a new session.</source>
        <translation>Melden Sie sich ab, und melden Sie sich dann mit einem Konto des Mandanten %1 an (wählen Sie im Browser dieses Konto aus, oder verwenden Sie ein privates Fenster). Um stattdessen den Mandanten %2 einzurichten, beginnen Sie eine neue Sitzung.</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, and Microsoft Entra ID refused the sign-in to it: %2</source>
        <translation>Diese Sitzung gehört zum Microsoft 365-Mandanten %1, und Microsoft Entra ID hat die Anmeldung bei diesem Mandanten abgelehnt: %2</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant %1 (check --endpoints and --tenant). To set up another tenant, start a new session.</source>
        <translation>Melden Sie sich mit einem Konto des Mandanten %1 an (prüfen Sie --endpoints und --tenant). Um einen anderen Mandanten einzurichten, beginnen Sie eine neue Sitzung.</translation>
    </message>
    <message>
        <source>Conditional Access blocked this sign-in. Sign in with the browser (--sign-in browser) on a device that meets your organization&apos;s policies; device code sign-in is often blocked on purpose. Your Entra administrator finds the policy in the sign-in logs by the correlation id above.</source>
        <translation>Der bedingte Zugriff hat diese Anmeldung blockiert. Melden Sie sich mit dem Browser (--sign-in browser) auf einem Gerät an, das die Richtlinien Ihrer Organisation erfüllt; die Anmeldung per Gerätecode wird oft absichtlich blockiert. Ihr Entra-Administrator findet die Richtlinie in den Anmeldeprotokollen anhand der obigen Korrelations-ID.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID needs you to sign in interactively (multi-factor authentication or another prompt). Run the sign-in step again and finish the prompt in the browser, with the account that administers the tenant; on a server without a browser use --sign-in device-code and complete it on another device.</source>
        <translation>Microsoft Entra ID erfordert eine interaktive Anmeldung (mehrstufige Authentifizierung oder eine andere Eingabeaufforderung). Führen Sie den Anmeldeschritt erneut aus und schließen Sie die Eingabeaufforderung im Browser mit dem Konto ab, das den Mandanten verwaltet; verwenden Sie auf einem Server ohne Browser --sign-in device-code und schließen Sie die Anmeldung auf einem anderen Gerät ab.</translation>
    </message>
    <message>
        <source>The stored sign-in expired or was revoked (password change, revoked sessions, or a new policy): sign in again. To use another account, sign out first.</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen oder wurde widerrufen (Kennwortänderung, widerrufene Sitzungen oder eine neue Richtlinie): Melden Sie sich erneut an. Um ein anderes Konto zu verwenden, melden Sie sich zuerst ab.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Run the step again and approve it with the account that administers the tenant.</source>
        <translation>Die Anmeldung wurde auf der Anmeldeseite abgelehnt. Führen Sie den Schritt erneut aus und bestätigen Sie die Anmeldung mit dem Konto, das den Mandanten verwaltet.</translation>
    </message>
    <message>
        <source>The sign-in client (--client-id) is not a public client: in its app registration, turn on Authentication &gt; Allow public client flows, or use the default client.</source>
        <translation>Der Anmeldeclient (--client-id) ist kein öffentlicher Client: Aktivieren Sie in seiner Anwendungsregistrierung „Authentifizierung“ &gt; „Öffentliche Clientflows zulassen“, oder verwenden Sie den Standardclient.</translation>
    </message>
    <message>
        <source>it has expired (check this machine&apos;s clock).</source>
        <translation>Es ist abgelaufen (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>an answer without an id_token</source>
        <translation>eine Antwort ohne id_token</translation>
    </message>
    <message>
        <source>The sign-in client lacks consent for the permissions the wizard asks for. A Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to them for the client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions), then sign in again.</source>
        <translation>Dem Anmeldeclient fehlt die Einwilligung für die Berechtigungen, die der Assistent anfordert. Ein Cloud Application Administrator, Application Administrator oder Privileged Role Administrator erteilt dem Client die Administratoreinwilligung dafür (Microsoft Entra Admin Center &gt; Unternehmensanwendungen &gt; der Client &gt; Berechtigungen); melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The desktop shell could not open the browser.</source>
        <translation>Die Desktopshell konnte den Browser nicht öffnen.</translation>
    </message>
    <message>
        <source>Open the address from the log in a browser, or use --sign-in device-code.</source>
        <translation>Öffnen Sie die Adresse aus dem Protokoll in einem Browser oder verwenden Sie --sign-in device-code.</translation>
    </message>
    <message>
        <source>No browser could be started.</source>
        <translation>Es konnte kein Browser gestartet werden.</translation>
    </message>
</context>
<context>
    <name>StepId</name>
    <message>
        <source>step &quot;%1&quot;</source>
        <translation>Schritt „%1“</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>This step needs your confirmation: %1</source>
        <translation>Dieser Schritt erfordert Ihre Bestätigung: %1</translation>
    </message>
    <message>
        <source>Tick the confirmation on this page, or set &quot;confirm&quot;: {&quot;%1&quot;: true} in the answers file.</source>
        <translation>Setzen Sie auf dieser Seite das Häkchen zur Bestätigung, oder legen Sie in der Antwortdatei &quot;confirm&quot;: {&quot;%1&quot;: true} fest.</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, but %2 is signed in to the tenant %3. Nothing was written to either tenant.</source>
        <translation>Diese Sitzung gehört zum Microsoft 365-Mandanten %1, aber %2 ist beim Mandanten %3 angemeldet. In keinen der beiden Mandanten wurde etwas geschrieben.</translation>
    </message>
    <message>
        <source>Sign out, then sign in with an account of the tenant %1. To set up the tenant %2 instead, start a new session.</source>
        <translation>Melden Sie sich ab, und melden Sie sich dann mit einem Konto des Mandanten %1 an. Um stattdessen den Mandanten %2 einzurichten, beginnen Sie eine neue Sitzung.</translation>
    </message>
    <message>
        <source>Sign in first (%1).</source>
        <translation>Melden Sie sich zuerst an (%1).</translation>
    </message>
    <message>
        <source>Sign in again (%1).</source>
        <translation>Melden Sie sich erneut an (%1).</translation>
    </message>
    <message>
        <source>Sign in again (%1): the token expired or was revoked.</source>
        <translation>Melden Sie sich erneut an (%1): Das Token ist abgelaufen oder wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>StsCertificate</name>
    <message>
        <source>to import</source>
        <translation>zu importieren</translation>
    </message>
    <message>
        <source>already in the root store</source>
        <translation>bereits im Stammzertifikatspeicher</translation>
    </message>
    <message>
        <source>to reset (serves %1)</source>
        <translation>zurückzusetzen (verwendet %1)</translation>
    </message>
    <message>
        <source>already serves it</source>
        <translation>verwendet es bereits</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>iisreset and SharePoint Timer restart: the server is out of service briefly</source>
        <translation>iisreset und Neustart des SharePoint-Timerdiensts: Der Server ist kurz außer Betrieb</translation>
    </message>
    <message>
        <source>After the reset, %1 still serves the certificate %2 instead of %3.</source>
        <translation>Nach dem Zurücksetzen verwendet %1 weiterhin das Zertifikat %2 statt %3.</translation>
    </message>
    <message>
        <source>Check the server&apos;s event log (SharePoint Foundation, Security Token Service), then run the step again: servers already updated are not reset twice.</source>
        <translation>Prüfen Sie das Ereignisprotokoll des Servers (SharePoint Foundation, Security Token Service) und führen Sie den Schritt dann erneut aus: Bereits aktualisierte Server werden nicht erneut zurückgesetzt.</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>verwendet %1</translation>
    </message>
    <message>
        <source>Import-PfxCertificate into LocalMachine\Root</source>
        <translation>Import-PfxCertificate in LocalMachine\Root</translation>
    </message>
    <message>
        <source>in the root store</source>
        <translation>im Stammzertifikatspeicher</translation>
    </message>
    <message>
        <source>Setting the farm&apos;s STS signing certificate…</source>
        <translation>Das STS-Signaturzertifikat der Farm wird festgelegt…</translation>
    </message>
    <message>
        <source>serves %1; not reset</source>
        <translation>verwendet %1; nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>Cannot read the PFX password file %1.</source>
        <translation>Die PFX-Kennwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check certificate.passwordFile in the answers file.</source>
        <translation>Prüfen Sie certificate.passwordFile in der Antwortdatei.</translation>
    </message>
    <message>
        <source>The PFX password file %1 is empty.</source>
        <translation>Die PFX-Kennwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>Write the password on the first line of the file.</source>
        <translation>Schreiben Sie das Kennwort in die erste Zeile der Datei.</translation>
    </message>
    <message>
        <source>The password of the PFX %1 is needed.</source>
        <translation>Das Kennwort der PFX-Datei %1 wird benötigt.</translation>
    </message>
    <message>
        <source>Type it on the page, or set certificate.passwordFile in the answers file.</source>
        <translation>Geben Sie es auf der Seite ein, oder legen Sie certificate.passwordFile in der Antwortdatei fest.</translation>
    </message>
    <message>
        <source>Cannot read the PFX %1.</source>
        <translation>Die PFX-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path and that the wizard&apos;s account may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob das Konto des Assistenten die Datei lesen darf.</translation>
    </message>
    <message>
        <source>The PFX %1 holds no private key for its certificate.</source>
        <translation>Die PFX-Datei %1 enthält keinen privaten Schlüssel für ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Export the certificate again together with its private key.</source>
        <translation>Exportieren Sie das Zertifikat erneut zusammen mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the PFX.</source>
        <translation>Der Ordner %1 für die PFX-Datei kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Choose a folder the wizard&apos;s account may write to (certificate.pfx).</source>
        <translation>Wählen Sie einen Ordner, in den das Konto des Assistenten schreiben darf (certificate.pfx).</translation>
    </message>
    <message>
        <source>A file already exists at %1, and it is not a PFX of the chosen key size and validity that the password opens.</source>
        <translation>Unter %1 ist bereits eine Datei vorhanden, und sie ist keine PFX-Datei mit der gewählten Schlüssellänge und Gültigkeit, die sich mit dem Kennwort öffnen lässt.</translation>
    </message>
    <message>
        <source>Choose another path for the new PFX (certificate.pfx) or move that file away: the wizard never overwrites a file.</source>
        <translation>Wählen Sie einen anderen Pfad für die neue PFX-Datei (certificate.pfx), oder verschieben Sie die Datei: Der Assistent überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Generating an RSA %1-bit key…</source>
        <translation>RSA-Schlüssel mit %1 Bit wird erzeugt…</translation>
    </message>
    <message>
        <source>No PFX file to import was chosen.</source>
        <translation>Es wurde keine zu importierende PFX-Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Choose the PFX on the page, or set certificate.pfx in the answers file.</source>
        <translation>Wählen Sie die PFX-Datei auf der Seite aus, oder legen Sie certificate.pfx in der Antwortdatei fest.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>Thumbprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Key: %1 %2 bits%3</source>
        <translation>Schlüssel: %1 %2 Bit%3</translation>
    </message>
    <message>
        <source>Valid: %1 to %2 (%3 days left)</source>
        <translation>Gültig: %1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <source>PFX: %1</source>
        <translation>PFX: %1</translation>
    </message>
    <message>
        <source>CER: %1</source>
        <translation>CER: %1</translation>
    </message>
    <message>
        <source>The password generated for the new PFX %1 cannot be kept: no credential store keeps it, and a PFX whose password is lost cannot be opened. Nothing was written and the farm was not changed.</source>
        <translation>Das für die neue PFX %1 generierte Kennwort kann nicht aufbewahrt werden: Kein Anmeldeinformationsspeicher bewahrt es auf, und eine PFX, deren Kennwort verloren ist, lässt sich nicht öffnen. Es wurde nichts geschrieben und die Farm nicht geändert.</translation>
    </message>
    <message>
        <source>Write a password on the first line of a file only you can read and name it in certificate.passwordFile in the answers file (or type a password on the page); or make the OS credential store work: on Windows the Credential Manager, on Linux a Secret Service such as gnome-keyring, unlocked.</source>
        <translation>Schreiben Sie ein Kennwort in die erste Zeile einer Datei, die nur Sie lesen können, und geben Sie sie in der Antwortdatei unter certificate.passwordFile an (oder geben Sie auf der Seite ein Kennwort ein); oder stellen Sie den Anmeldeinformationsspeicher des Betriebssystems bereit: unter Windows die Anmeldeinformationsverwaltung, unter Linux einen entsperrten Secret Service wie gnome-keyring.</translation>
    </message>
    <message>
        <source>Cannot create the lab&apos;s password folder %1.</source>
        <translation>Der Kennwortordner %1 des Labors kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that the wizard&apos;s account may write to the lab folder.</source>
        <translation>Prüfen Sie, ob das Konto des Assistenten in den Laborordner schreiben darf.</translation>
    </message>
    <message>
        <source>A file already exists at %1, where the certificate (CER) of the new PFX goes.</source>
        <translation>Unter %1, wo das Zertifikat (CER) der neuen PFX abgelegt wird, ist bereits eine Datei vorhanden.</translation>
    </message>
    <message>
        <source>Move that file away, or choose another path for the new PFX (certificate.pfx): the wizard never overwrites a file.</source>
        <translation>Verschieben Sie diese Datei oder wählen Sie einen anderen Pfad für die neue PFX (certificate.pfx): Der Assistent überschreibt nie eine Datei.</translation>
    </message>
</context>
<context>
    <name>StsCertificateStep</name>
    <message>
        <source>Configure the STS certificate</source>
        <translation>STS-Zertifikat konfigurieren</translation>
    </message>
    <message>
        <source>SharePoint Online trusts tokens signed by the farm&apos;s Security Token Service certificate. Every SharePoint server must run the same certificate, with an RSA key of at least 2048 bits, valid long enough. Keeping the current certificate works if it meets these checks, but a dedicated certificate you can renew is recommended.</source>
        <translation>SharePoint Online vertraut Token, die mit dem Zertifikat des Sicherheitstokendiensts (STS) der Farm signiert sind. Jeder SharePoint-Server muss dasselbe Zertifikat verwenden, mit einem RSA-Schlüssel von mindestens 2048 Bit und ausreichend lange gültig. Das aktuelle Zertifikat beizubehalten funktioniert, wenn es diese Prüfungen besteht; empfohlen wird jedoch ein eigenes Zertifikat, das Sie erneuern können.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>RSA, %1 bits or more</source>
        <translation>RSA, mindestens %1 Bit</translation>
    </message>
    <message>
        <source>Replace the STS certificate with one whose RSA key has at least 2048 bits.</source>
        <translation>Ersetzen Sie das STS-Zertifikat durch eines mit einem RSA-Schlüssel von mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>valid now, more than %1 days left</source>
        <translation>jetzt gültig, noch mehr als %1 Tage</translation>
    </message>
    <message>
        <source>valid %1 to %2 (%3 days left)</source>
        <translation>gültig von %1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Replacing the certificate resets IIS and restarts the SharePoint Timer Service on every server, one server at a time: each server is out of service for a minute or two while the others keep serving.</source>
        <translation>Das Ersetzen des Zertifikats setzt IIS zurück und startet den SharePoint-Timerdienst auf jedem Server neu, einen Server nach dem anderen: Jeder Server ist ein bis zwei Minuten außer Betrieb, während die anderen weiter bedienen.</translation>
    </message>
    <message>
        <source>Keep the current STS certificate: nothing is replaced; the checks tell whether it is good enough.</source>
        <translation>Aktuelles STS-Zertifikat beibehalten: Nichts wird ersetzt; die Prüfungen zeigen, ob es ausreicht.</translation>
    </message>
    <message>
        <source>&lt;new PFX in %1&gt;</source>
        <translation>&lt;neue PFX-Datei in %1&gt;</translation>
    </message>
    <message>
        <source>Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 years; write the PFX (%3) and the CER beside it, owner-only; the password stays in the credential store.</source>
        <translation>Einen RSA-Schlüssel mit %1 Bit und ein selbstsigniertes SHA-256-Zertifikat mit %2 Jahren Gültigkeit erzeugen; die PFX-Datei (%3) und daneben die CER-Datei schreiben, nur für den Besitzer lesbar; das Kennwort bleibt im Anmeldeinformationsspeicher.</translation>
    </message>
    <message>
        <source>3DES, for Windows Server 2016 and older</source>
        <translation>3DES, für Windows Server 2016 und älter</translation>
    </message>
    <message>
        <source>AES-256</source>
        <translation>AES-256</translation>
    </message>
    <message>
        <source>Open the PFX with its password and check it holds the private key.</source>
        <translation>Die PFX-Datei mit ihrem Kennwort öffnen und prüfen, ob sie den privaten Schlüssel enthält.</translation>
    </message>
    <message>
        <source>(a) On each server whose root store lacks it:</source>
        <translation>(a) Auf jedem Server, in dessen Stammzertifikatspeicher es fehlt:</translation>
    </message>
    <message>
        <source>(b) Once, when the farm signs with another certificate:</source>
        <translation>(b) Einmal, wenn die Farm mit einem anderen Zertifikat signiert:</translation>
    </message>
    <message>
        <source>(c) After you confirm the outage, one server at a time, only where the running STS serves another certificate; then check it before the next:</source>
        <translation>(c) Nach Ihrer Bestätigung der Ausfallzeit, ein Server nach dem anderen, nur wo der laufende STS ein anderes Zertifikat verwendet; danach Prüfung vor dem nächsten:</translation>
    </message>
    <message>
        <source>STS certificate to install</source>
        <translation>Zu installierendes STS-Zertifikat</translation>
    </message>
    <message>
        <source>Installing the STS certificate %1</source>
        <translation>STS-Zertifikat %1 wird installiert</translation>
    </message>
    <message>
        <source>the new certificate on every server</source>
        <translation>das neue Zertifikat auf jedem Server</translation>
    </message>
    <message>
        <source>not made or opened yet; the farm signs with %1</source>
        <translation>noch nicht erzeugt oder geöffnet; die Farm signiert mit %1</translation>
    </message>
    <message>
        <source>Run this step.</source>
        <translation>Führen Sie diesen Schritt aus.</translation>
    </message>
    <message>
        <source>farm signing certificate: %1</source>
        <translation>Signaturzertifikat der Farm: %1</translation>
    </message>
    <message>
        <source>Run this step: it sets what is missing and resets the servers listed one at a time, so that they load the farm&apos;s signing certificate. Make sure each server is reachable.</source>
        <translation>Führen Sie diesen Schritt aus: Er legt Fehlendes fest und setzt die aufgeführten Server nacheinander zurück, damit sie das Signaturzertifikat der Farm laden. Stellen Sie sicher, dass jeder Server erreichbar ist.</translation>
    </message>
    <message>
        <source>no SharePoint server found in the farm</source>
        <translation>kein SharePoint-Server in der Farm gefunden</translation>
    </message>
    <message>
        <source>Renew the STS certificate, then upload the new one to SharePoint Online (%1).</source>
        <translation>Erneuern Sie das STS-Zertifikat und laden Sie das neue dann in SharePoint Online hoch (%1).</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Unknown transcript format &quot;%1&quot;.</source>
        <translation>Unbekanntes Transkriptformat „%1“.</translation>
    </message>
    <message>
        <source>Use --format txt, html or json, or a file name ending in .txt, .html or .json.</source>
        <translation>Verwenden Sie --format txt, html oder json, oder einen Dateinamen mit der Endung .txt, .html oder .json.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>TranscriptHtml</name>
    <message>
        <source>Session %1, started %2 by %3 on %4 (%5)</source>
        <translation>Sitzung %1, begonnen %2 von %3 auf %4 (%5)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Renewal of the STS certificate</source>
        <translation>Erneuerung des STS-Zertifikats</translation>
    </message>
    <message>
        <source>Removal of the hybrid trust</source>
        <translation>Entfernen der Hybridvertrauensstellung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Not recorded: this session was written before the wizard recorded its changes.</source>
        <translation>Nicht aufgezeichnet: Diese Sitzung wurde geschrieben, bevor der Assistent seine Änderungen aufzeichnete.</translation>
    </message>
    <message>
        <source>Nothing: this session changed nothing on the farm or in the tenant.</source>
        <translation>Nichts: Diese Sitzung hat weder an der Farm noch im Mandanten etwas geändert.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>By step</source>
        <translation>Durch Schritt</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>S2S Wizard change record</source>
        <translation>S2S-Assistent – Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Vertrauensstellung:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Was geändert wurde:</translation>
    </message>
</context>
<context>
    <name>TrustProof</name>
    <message>
        <source>HTTP 401 naming realm %1 (the tenant id, and the farm&apos;s realm) and client_id %2</source>
        <translation>HTTP 401 mit Bereich %1 (die Mandanten-ID und der Bereich der Farm) und client_id %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a realm</source>
        <translation>HTTP %1 ohne Bereich</translation>
    </message>
    <message>
        <source>HTTP %1, realm %2, client_id %3; the farm&apos;s realm is %4</source>
        <translation>HTTP %1, Bereich %2, client_id %3; der Bereich der Farm ist %4</translation>
    </message>
    <message>
        <source>%1 did not announce a realm: make sure it is this tenant&apos;s SharePoint Online root and that this machine reaches it over HTTPS.</source>
        <translation>%1 hat keinen Bereich bekannt gegeben: Stellen Sie sicher, dass es sich um den SharePoint Online-Stamm dieses Mandanten handelt und dass dieser Computer ihn über HTTPS erreicht.</translation>
    </message>
    <message>
        <source>%1 belongs to another tenant: sign in to the tenant whose SharePoint Online you connect, or check the tenant id in %2.</source>
        <translation>%1 gehört zu einem anderen Mandanten: Melden Sie sich bei dem Mandanten an, dessen SharePoint Online Sie verbinden, oder prüfen Sie die Mandanten-ID im %2.</translation>
    </message>
    <message>
        <source>The farm&apos;s realm is not the tenant id: set it in %1.</source>
        <translation>Der Bereich der Farm ist nicht die Mandanten-ID: Legen Sie ihn im %1 fest.</translation>
    </message>
    <message>
        <source>%1 answered as another service than SharePoint Online: check the SharePoint Online address (the &quot;sharepoint&quot; entry of the endpoints file).</source>
        <translation>%1 hat als ein anderer Dienst als SharePoint Online geantwortet: Prüfen Sie die SharePoint Online-Adresse (den Eintrag &quot;sharepoint&quot; der Endpunktdatei).</translation>
    </message>
    <message>
        <source>ACS issues a token for %1 to the farm&apos;s signed assertion</source>
        <translation>ACS stellt für die signierte Assertion der Farm ein Token für %1 aus</translation>
    </message>
    <message>
        <source> (also accepted as %1)</source>
        <translation> (auch als %1 akzeptiert)</translation>
    </message>
    <message>
        <source> (%1 refused: %2)</source>
        <translation> (%1 abgelehnt: %2)</translation>
    </message>
    <message>
        <source>token issued (grant %1): aud %2, iss %3, expires %4</source>
        <translation>Token ausgestellt (Grant %1): aud %2, iss %3, gültig bis %4</translation>
    </message>
    <message>
        <source>ACS issued a token for another audience or from another issuer than its principal: check the ACS endpoints in use.</source>
        <translation>ACS hat ein Token für eine andere Zielgruppe oder von einem anderen Aussteller als seinem Prinzipal ausgestellt: Prüfen Sie die verwendeten ACS-Endpunkte.</translation>
    </message>
    <message>
        <source>an alternate URL of %1 under %2</source>
        <translation>eine alternative URL von %1 unter %2</translation>
    </message>
    <message>
        <source>no zone URL</source>
        <translation>keine Zonen-URL</translation>
    </message>
    <message>
        <source>zone URLs: %1</source>
        <translation>Zonen-URLs: %1</translation>
    </message>
    <message>
        <source>SharePoint Online reaches the farm at its public URL: add one under %1 to the web application&apos;s alternate access mappings (Central Administration, e.g. the Internet zone https://sharepoint.%1), or choose the public domain of its public URL in %2.</source>
        <translation>SharePoint Online erreicht die Farm über ihre öffentliche URL: Fügen Sie den alternativen Zugriffszuordnungen der Webanwendung eine URL unter %1 hinzu (Zentraladministration, z. B. die Zone „Internet“ mit https://sharepoint.%1), oder wählen Sie im %2 die öffentliche Domäne ihrer öffentlichen URL.</translation>
    </message>
    <message>
        <source>The tenant lists no initial domain (*.onmicrosoft.com), which names its SharePoint Online host.</source>
        <translation>Der Mandant führt keine ursprüngliche Domäne (*.onmicrosoft.com) auf, die den Namen seines SharePoint Online-Hosts bestimmt.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s verified domains in the Microsoft 365 admin center.</source>
        <translation>Prüfen Sie die überprüften Domänen des Mandanten im Microsoft 365 Admin Center.</translation>
    </message>
    <message>
        <source>Proving the trust with real tokens…</source>
        <translation>Vertrauensstellung wird mit echten Token nachgewiesen…</translation>
    </message>
    <message>
        <source>The ACS metadata document lists no OAuth2 endpoint.</source>
        <translation>Das ACS-Metadatendokument enthält keinen OAuth2-Endpunkt.</translation>
    </message>
    <message>
        <source>Check the metadata endpoint in %1.</source>
        <translation>Prüfen Sie den Metadatenendpunkt im %1.</translation>
    </message>
    <message>
        <source>Prove the trust, read-only:</source>
        <translation>Vertrauensstellung nachweisen, schreibgeschützt:</translation>
    </message>
</context>
<context>
    <name>TrustVerdict</name>
    <message>
        <source>The trust does not work: SharePoint Online does not know the farm&apos;s realm.</source>
        <translation>Die Vertrauensstellung funktioniert nicht: SharePoint Online kennt den Bereich der Farm nicht.</translation>
    </message>
    <message>
        <source>The trust does not work: SharePoint Online refused the farm&apos;s token.</source>
        <translation>Die Vertrauensstellung funktioniert nicht: SharePoint Online hat das Token der Farm abgelehnt.</translation>
    </message>
    <message>
        <source>The trust does not work: ACS does not issue tokens for the farm&apos;s public host.</source>
        <translation>Die Vertrauensstellung funktioniert nicht: ACS stellt keine Token für den öffentlichen Host der Farm aus.</translation>
    </message>
    <message>
        <source>Setup is not complete: %1 of the checks fail.</source>
        <translation>Die Einrichtung ist nicht abgeschlossen (fehlgeschlagene Prüfungen: %1).</translation>
    </message>
    <message>
        <source>Setup is not complete: 1 check fails, in step %1 &quot;%2&quot;.</source>
        <translation>Die Einrichtung ist nicht abgeschlossen: 1 Prüfung schlägt fehl, in Schritt %1 „%2“.</translation>
    </message>
    <message>
        <source>Setup is not complete: %1 checks fail, the first in step %2 &quot;%3&quot;.</source>
        <translation>Die Einrichtung ist nicht abgeschlossen: %1 Prüfungen schlagen fehl, die erste in Schritt %2 „%3“.</translation>
    </message>
    <message>
        <source>Step %1 fails too: %2</source>
        <translation>Auch Schritt %1 schlägt fehl: %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation>%1 von %2 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Warnings: %1 (see their remedies below).</source>
        <translation>Warnungen: %1 (siehe die Abhilfen unten).</translation>
    </message>
    <message>
        <source>Could not be decided: %1.</source>
        <translation>Nicht bestimmbar: %1.</translation>
    </message>
    <message>
        <source>Not proven yet: &quot;%1&quot; could not be decided.</source>
        <translation>Noch nicht nachgewiesen: „%1“ konnte nicht bestimmt werden.</translation>
    </message>
    <message>
        <source>Not proven yet: no token was requested from ACS.</source>
        <translation>Noch nicht nachgewiesen: Bei ACS wurde kein Token angefordert.</translation>
    </message>
    <message>
        <source>Run this step: it checks every step once more and asks ACS for tokens signed by this farm.</source>
        <translation>Führen Sie diesen Schritt aus: Er prüft jeden Schritt noch einmal und fordert bei ACS Token an, die von dieser Farm signiert sind.</translation>
    </message>
    <message>
        <source>Run this step again to ask ACS for tokens signed by this farm.</source>
        <translation>Führen Sie diesen Schritt erneut aus, um bei ACS Token anzufordern, die von dieser Farm signiert sind.</translation>
    </message>
    <message>
        <source>The trust works: SharePoint Online accepted a token signed by this farm.</source>
        <translation>Die Vertrauensstellung funktioniert: SharePoint Online hat ein von dieser Farm signiertes Token akzeptiert.</translation>
    </message>
</context>
<context>
    <name>UploadCertificateStep</name>
    <message>
        <source>Upload the STS certificate to SharePoint Online</source>
        <translation>STS-Zertifikat in SharePoint Online hochladen</translation>
    </message>
    <message>
        <source>SharePoint Online verifies the farm&apos;s tokens with the public key of the STS certificate, stored as a key credential of the SharePoint Online service principal. Graph replaces the whole key list on every change, so the wizard re-sends every existing key with the new one: no key is ever dropped. A key already uploaded is not added twice.</source>
        <translation>SharePoint Online prüft die Token der Farm mit dem öffentlichen Schlüssel des STS-Zertifikats, der als Schlüsselanmeldeinformation des SharePoint Online-Dienstprinzipals gespeichert ist. Graph ersetzt bei jeder Änderung die gesamte Schlüsselliste, daher sendet der Assistent alle vorhandenen Schlüssel zusammen mit dem neuen: Kein Schlüssel geht verloren. Ein bereits hochgeladener Schlüssel wird nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>dates that cover today</source>
        <translation>Gültigkeitszeitraum, der heute umfasst</translation>
    </message>
    <message>
        <source>no key for this certificate</source>
        <translation>kein Schlüssel für dieses Zertifikat</translation>
    </message>
    <message>
        <source>Renew the STS certificate and upload the new one.</source>
        <translation>Erneuern Sie das STS-Zertifikat und laden Sie das neue hoch.</translation>
    </message>
    <message>
        <source>key present</source>
        <translation>Schlüssel vorhanden</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>Run this step to upload the farm&apos;s STS certificate; if a server still runs an older certificate, finish the STS certificate step first.</source>
        <translation>Führen Sie diesen Schritt aus, um das STS-Zertifikat der Farm hochzuladen; verwendet ein Server noch ein älteres Zertifikat, schließen Sie zuerst den Schritt zum STS-Zertifikat ab.</translation>
    </message>
    <message>
        <source>key credentials</source>
        <translation>Schlüsselanmeldeinformationen</translation>
    </message>
    <message>
        <source>Microsoft Graph returned the existing key credential %1 (%2) of the SharePoint Online principal without its key. Graph replaces the whole key list on every change, so writing now would delete that key: the wizard writes nothing.</source>
        <translation>Microsoft Graph hat die vorhandene Schlüsselanmeldeinformation %1 (%2) des SharePoint Online-Prinzipals ohne ihren Schlüssel zurückgegeben. Graph ersetzt bei jeder Änderung die gesamte Schlüsselliste, daher würde ein Schreiben jetzt diesen Schlüssel löschen: Der Assistent schreibt nichts.</translation>
    </message>
    <message>
        <source>no display name</source>
        <translation>kein Anzeigename</translation>
    </message>
    <message>
        <source>Read the principal with GET /v1.0/servicePrincipals(appId=&apos;00000003-0000-0ff1-ce00-000000000000&apos;)?$select=keyCredentials (only this single-object read returns each key) and check that key %1 comes back with its key. If it still does not, ask whoever added that key for its certificate and add the farm&apos;s by hand, re-sending both; never PATCH keyCredentials without it.</source>
        <translation>Lesen Sie den Prinzipal mit GET /v1.0/servicePrincipals(appId=&apos;00000003-0000-0ff1-ce00-000000000000&apos;)?$select=keyCredentials (nur dieses Lesen eines einzelnen Objekts gibt jeden Schlüssel zurück), und prüfen Sie, ob die Schlüsselanmeldeinformation %1 mit ihrem Schlüssel zurückkommt. Ist das weiterhin nicht der Fall, bitten Sie die Person, die diesen Schlüssel hinzugefügt hat, um das zugehörige Zertifikat, und fügen Sie das Zertifikat der Farm manuell hinzu, wobei Sie beide erneut senden; führen Sie PATCH auf keyCredentials nie ohne dieses Zertifikat aus.</translation>
    </message>
    <message>
        <source>If no key credential holds this certificate (compared by SHA-1 of the key itself), read the keys again right before writing them (a key without its value stops the step):</source>
        <translation>Falls keine Schlüsselanmeldeinformation dieses Zertifikat enthält (verglichen über den SHA-1 des Schlüssels selbst), die Schlüssel unmittelbar vor dem Schreiben erneut lesen (ein Schlüssel ohne Wert beendet den Schritt):</translation>
    </message>
    <message>
        <source>Read them back: every key of the read before plus the new one must be there; if another change raced in, merge again (at most %1 times).</source>
        <translation>Zurücklesen: Jeder Schlüssel des vorherigen Lesevorgangs und der neue müssen vorhanden sein; kam eine andere Änderung dazwischen, erneut zusammenführen (höchstens %1-mal).</translation>
    </message>
    <message>
        <source>every key present before this step</source>
        <translation>jeder vor diesem Schritt vorhandene Schlüssel</translation>
    </message>
    <message>
        <source>no earlier key list recorded: the step has not run in this session, and no earlier session of this farm and tenant recorded one</source>
        <translation>keine frühere Schlüsselliste gespeichert: Der Schritt wurde in dieser Sitzung noch nicht ausgeführt, und keine frühere Sitzung dieser Farm und dieses Mandanten hat eine gespeichert</translation>
    </message>
    <message>
        <source>Nothing to compare with: run the step (it records the keys first), or validate in the session that set the tenant up (headless: --check --session FILE).</source>
        <translation>Nichts zum Vergleichen: Führen Sie den Schritt aus (er speichert zuerst die Schlüssel), oder prüfen Sie in der Sitzung, die den Mandanten eingerichtet hat (ohne Oberfläche: --check --session FILE).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a key came back without its value: %1</source>
        <translation>ein Schlüssel wurde ohne seinen Wert zurückgegeben: %1</translation>
    </message>
    <message>
        <source>Read the principal with a single-object GET that selects keyCredentials and validate again.</source>
        <translation>Lesen Sie den Prinzipal mit einem GET für ein einzelnes Objekt, das keyCredentials auswählt, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>Add the missing keys back to the SharePoint Online principal (their certificates, as key credentials): whatever trusted them, such as another SharePoint farm or Workflow Manager, fails to sign in to SharePoint Online until then.</source>
        <translation>Fügen Sie die fehlenden Schlüssel wieder zum SharePoint Online-Prinzipal hinzu (ihre Zertifikate, als Schlüsselanmeldeinformationen): Alles, was sich auf sie verlassen hat, etwa eine andere SharePoint-Farm oder Workflow Manager, kann sich bis dahin nicht bei SharePoint Online anmelden.</translation>
    </message>
    <message>
        <source>The existing key credential %1 (%2) of the SharePoint Online principal expired on %3. Graph replaces the whole key list on every change and refuses an expired certificate in it, so the wizard cannot add the farm&apos;s key while it is there, and it does not remove a key on its own.</source>
        <translation>Die vorhandene Schlüsselanmeldeinformation %1 (%2) des SharePoint Online-Prinzipals ist am %3 abgelaufen. Graph ersetzt bei jeder Änderung die gesamte Schlüsselliste und lehnt ein darin enthaltenes abgelaufenes Zertifikat ab, daher kann der Assistent den Schlüssel der Farm nicht hinzufügen, solange sie vorhanden ist, und er entfernt keinen Schlüssel von sich aus.</translation>
    </message>
    <message>
        <source>If nothing uses that key any more (an expired key signs nothing), remove it from the SharePoint Online principal (Microsoft Graph: PATCH keyCredentials without it, re-sending every other key), then run this step again.</source>
        <translation>Wenn nichts diesen Schlüssel mehr verwendet (ein abgelaufener Schlüssel signiert nichts), entfernen Sie ihn aus dem SharePoint Online-Prinzipal (Microsoft Graph: PATCH auf keyCredentials ohne ihn, wobei Sie jeden anderen Schlüssel erneut senden), und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <source>dates that cover today, more than %1 days left</source>
        <translation>Gültigkeitszeitraum umfasst heute, noch mehr als %1 Tage</translation>
    </message>
</context>
<context>
    <name>VariablesStep</name>
    <message>
        <source>Set variables</source>
        <translation>Variablen festlegen</translation>
    </message>
    <message>
        <source>The metadata endpoint %1 belongs to another tenant: sign in to the tenant you are connecting.</source>
        <translation>Der Metadatenendpunkt %1 gehört zu einem anderen Mandanten: Melden Sie sich bei dem Mandanten an, den Sie verbinden.</translation>
    </message>
    <message>
        <source>a DNS domain such as contoso.com</source>
        <translation>eine DNS-Domäne wie contoso.com</translation>
    </message>
    <message>
        <source>none entered</source>
        <translation>keine eingegeben</translation>
    </message>
    <message>
        <source>an http(s) URL of a farm web application with a root site</source>
        <translation>eine http(s)-URL einer Farm-Webanwendung mit Stammwebsite</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <source>%1 has no root site</source>
        <translation>%1 hat keine Stammwebsite</translation>
    </message>
    <message>
        <source>%1 is not a web application of the farm</source>
        <translation>%1 ist keine Webanwendung der Farm</translation>
    </message>
    <message>
        <source>The values every later step uses: your public DNS domain ($spcn), the web application URL ($spsite), the SharePoint Online app id ($spoappid), your tenant id ($spocontextID, the tenant you signed in to, confirmed by Microsoft Graph) and the ACS metadata endpoint derived from it ($metadataEndpoint).</source>
        <translation>Die Werte, die alle folgenden Schritte verwenden: Ihre öffentliche DNS-Domäne ($spcn), die URL der Webanwendung ($spsite), die App-ID von SharePoint Online ($spoappid), Ihre Mandanten-ID ($spocontextID, der Mandant, bei dem Sie sich angemeldet haben, von Microsoft Graph bestätigt) und der daraus abgeleitete ACS-Metadatenendpunkt ($metadataEndpoint).</translation>
    </message>
    <message>
        <source>a GUID, the tenant of the sign-in: %1</source>
        <translation>eine GUID, der Mandant der Anmeldung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to the tenant of this session; GET /organization must return its id.</source>
        <translation>Melden Sie sich beim Mandanten dieser Sitzung an; GET /organization muss dessen ID zurückgeben.</translation>
    </message>
    <message>
        <source>Choose the web application in the %1; it needs a site collection at its root.</source>
        <translation>Wählen Sie die Webanwendung im %1; sie benötigt eine Websitesammlung im Stamm.</translation>
    </message>
</context>
<context>
    <name>VerifiedWrite</name>
    <message>
        <source>added by someone else: %1</source>
        <translation>von einer anderen Stelle hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed by someone else: %1</source>
        <translation>von einer anderen Stelle entfernt: %1</translation>
    </message>
    <message>
        <source>The %1 changed since the last read: merging with the current one.</source>
        <translation>Änderung seit dem letzten Lesen (%1): Zusammenführung mit dem aktuellen Stand.</translation>
    </message>
    <message>
        <source>After the PATCH the %1 lacks what was written (another change raced in): merging again (round %2 of %3).</source>
        <translation>Nach dem PATCH fehlt ein Teil des Geschriebenen (%1; eine andere Änderung kam dazwischen): erneute Zusammenführung (Durchgang %2 von %3).</translation>
    </message>
    <message>
        <source>The %1 of the SharePoint Online principal kept changing while the wizard wrote it: after %2 attempts these are still missing: %3.</source>
        <translation>Der SharePoint Online-Prinzipal wurde während des Schreibens durch den Assistenten fortlaufend geändert (%1): Nach %2 Versuchen fehlen weiterhin: %3.</translation>
    </message>
    <message>
        <source>Another tool or administrator changes the SharePoint Online principal at the same time. Wait until it is done (or stop it), then run this step again: it keeps every existing entry.</source>
        <translation>Ein anderes Tool oder ein anderer Administrator ändert gleichzeitig den SharePoint Online-Prinzipal. Warten Sie, bis dies abgeschlossen ist (oder beenden Sie es), und führen Sie diesen Schritt dann erneut aus: Er behält jeden vorhandenen Eintrag bei.</translation>
    </message>
    <message>
        <source>After the PATCH, entries of the %1 that were there before it are gone: %2.</source>
        <translation>Nach dem PATCH fehlen Einträge, die vorher vorhanden waren (%1): %2.</translation>
    </message>
    <message>
        <source>Another tool or administrator changed the SharePoint Online principal right after the wizard wrote it. Find out who removed these entries and whether they are still needed (Entra admin center &gt; Enterprise applications &gt; Office 365 SharePoint Online); put them back if so, then run this step again.</source>
        <translation>Ein anderes Tool oder ein anderer Administrator hat den SharePoint Online-Prinzipal unmittelbar nach dem Schreiben durch den Assistenten geändert. Finden Sie heraus, wer diese Einträge entfernt hat und ob sie noch benötigt werden (Microsoft Entra Admin Center &gt; Unternehmensanwendungen &gt; Office 365 SharePoint Online); fügen Sie sie gegebenenfalls wieder hinzu, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>WebAppAuthStep</name>
    <message>
        <source>Verify web application settings</source>
        <translation>Einstellungen der Webanwendung überprüfen</translation>
    </message>
    <message>
        <source>Hybrid requests from SharePoint Server reach SharePoint Online only from a web application zone that uses Integrated Windows authentication with NTLM. This step reads the authentication provider of the zone you choose; it changes nothing.</source>
        <translation>Hybridanforderungen von SharePoint Server erreichen SharePoint Online nur aus einer Zone einer Webanwendung, die die integrierte Windows-Authentifizierung mit NTLM verwendet. Dieser Schritt liest den Authentifizierungsanbieter der gewählten Zone; er ändert nichts.</translation>
    </message>
    <message>
        <source>In Central Administration open Application Management &gt; Manage web applications, select %1, click Authentication Providers, open the %2 zone and select Integrated Windows authentication with NTLM.</source>
        <translation>Öffnen Sie in der Zentraladministration „Anwendungsverwaltung“ &gt; „Webanwendungen verwalten“, wählen Sie %1, klicken Sie auf „Authentifizierungsanbieter“, öffnen Sie die Zone %2 und wählen Sie „Integrierte Windows-Authentifizierung“ mit NTLM.</translation>
    </message>
    <message>
        <source>a web application and zone</source>
        <translation>eine Webanwendung und Zone</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <source>Choose the web application and zone above.</source>
        <translation>Wählen Sie oben die Webanwendung und die Zone.</translation>
    </message>
    <message>
        <source>not found in the farm</source>
        <translation>nicht in der Farm gefunden</translation>
    </message>
    <message>
        <source>Pick a web application from the farm&apos;s list.</source>
        <translation>Wählen Sie eine Webanwendung aus der Liste der Farm.</translation>
    </message>
    <message>
        <source>Integrated Windows authentication enabled</source>
        <translation>Integrierte Windows-Authentifizierung aktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos)</source>
        <translation>Aushandeln (Kerberos)</translation>
    </message>
</context>
<context>
    <name>s2s::AboutDialog</name>
    <message>
        <source>About S2S Wizard</source>
        <translation>Über den S2S-Assistenten</translation>
    </message>
    <message>
        <source>S2S Wizard</source>
        <translation>S2S-Assistent</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Sets up the server-to-server trust between a SharePoint Server farm and SharePoint Online, one documented step at a time.</source>
        <translation>Richtet die Server-zu-Server-Vertrauensstellung zwischen einer SharePoint Server-Farm und SharePoint Online ein, Schritt für Schritt nach der Dokumentation.</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Session folder:</source>
        <translation>Sitzungsordner:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
</context>
<context>
    <name>s2s::ActivityList</name>
    <message>
        <source>Farm host</source>
        <translation>Farmhost</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Farm</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>s2s::AfterSetupActions</name>
    <message>
        <source>After setup</source>
        <translation>Nach der Einrichtung</translation>
    </message>
    <message>
        <source>The trust lives for years: renew its STS certificate before it expires (without an outage), or take the trust down.</source>
        <translation>Die Vertrauensstellung besteht jahrelang: Erneuern Sie ihr STS-Zertifikat vor dem Ablauf (ohne Unterbrechung), oder entfernen Sie die Vertrauensstellung.</translation>
    </message>
    <message>
        <source>Rene&amp;w the STS certificate…</source>
        <translation>STS-Zertifikat &amp;erneuern…</translation>
    </message>
    <message>
        <source>Remove the h&amp;ybrid trust…</source>
        <translation>H&amp;ybridvertrauensstellung entfernen…</translation>
    </message>
</context>
<context>
    <name>s2s::AfterSetupDialog</name>
    <message>
        <source>I &amp;confirm this change</source>
        <translation>Ich &amp;bestätige diese Änderung</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>s2s::CertificateInputs</name>
    <message>
        <source>&amp;Keep the current certificate (not recommended)</source>
        <translation>Aktuelles Zertifikat be&amp;halten (nicht empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Generate a new certificate</source>
        <translation>&amp;Neues Zertifikat erzeugen</translation>
    </message>
    <message>
        <source>&amp;Import a PFX</source>
        <translation>PFX-Datei &amp;importieren</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Legacy 3DES PFX (Windows Server 2016 and older)</source>
        <translation>Ältere 3DES-PFX-Datei (Windows Server 2016 und älter)</translation>
    </message>
    <message>
        <source>Validit&amp;y:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>Key si&amp;ze:</source>
        <translation>Schlüssel&amp;länge:</translation>
    </message>
    <message>
        <source>P&amp;FX file:</source>
        <translation>P&amp;FX-Datei:</translation>
    </message>
    <message>
        <source>PFX passwor&amp;d:</source>
        <translation>PFX-Kennw&amp;ort:</translation>
    </message>
    <message>
        <source>PFX files (*.pfx *.p12)</source>
        <translation>PFX-Dateien (*.pfx *.p12)</translation>
    </message>
    <message>
        <source>PFX to import</source>
        <translation>Zu importierende PFX-Datei</translation>
    </message>
    <message>
        <source>Save the new PFX as</source>
        <translation>Neue PFX-Datei speichern unter</translation>
    </message>
    <message>
        <source>empty: a new file in %1</source>
        <translation>leer: eine neue Datei in %1</translation>
    </message>
    <message>
        <source>the PFX file to import</source>
        <translation>die zu importierende PFX-Datei</translation>
    </message>
    <message>
        <source>empty: generated, kept in the credential store</source>
        <translation>leer: wird erzeugt und sicher gespeichert</translation>
    </message>
    <message>
        <source>the password the PFX was exported with</source>
        <translation>das Kennwort, mit dem die PFX-Datei exportiert wurde</translation>
    </message>
    <message>
        <source>Generate the cer&amp;tificate</source>
        <translation>Zertifikat &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Open the PFX</source>
        <translation>PFX-Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>S&amp;how the current certificate</source>
        <translation>Akt&amp;uelles Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>Keeping the farm&apos;s current STS certificate is not recommended: a dedicated certificate that you renew on your own schedule is safer. The checks below tell whether it is good enough.</source>
        <translation>Das aktuelle STS-Zertifikat der Farm beizubehalten wird nicht empfohlen: Ein eigenes Zertifikat, das Sie nach Ihrem eigenen Zeitplan erneuern, ist sicherer. Die Prüfungen unten zeigen, ob es ausreicht.</translation>
    </message>
    <message>
        <source>Leave it empty: the wizard generates a strong password and keeps it in the credential store, never in the session file.</source>
        <translation>Leer lassen: Der Assistent erzeugt ein starkes Kennwort und bewahrt es im Anmeldeinformationsspeicher auf, niemals in der Sitzungsdatei.</translation>
    </message>
    <message>
        <source>The farm already signs with a dedicated STS certificate that passes every check of this step: keeping it is preselected.</source>
        <translation>Die Farm signiert bereits mit einem eigenen STS-Zertifikat, das jede Prüfung dieses Schritts besteht: Es beizubehalten ist vorausgewählt.</translation>
    </message>
    <message>
        <source>empty: a new file</source>
        <translation>leer: eine neue Datei</translation>
    </message>
</context>
<context>
    <name>s2s::CertificatePreview</name>
    <message>
        <source>Copy the PFX p&amp;assword</source>
        <translation>PFX-Kennwort kopie&amp;ren</translation>
    </message>
    <message>
        <source>Put the PFX password on the clipboard for %1 seconds, to keep it with the PFX in your password vault</source>
        <translation>Legt das PFX-Kennwort für %1 Sekunden in die Zwischenablage, damit Sie es zusammen mit der PFX-Datei in Ihrem Kennworttresor ablegen können</translation>
    </message>
    <message>
        <source>The farm&apos;s current STS certificate:</source>
        <translation>Das aktuelle STS-Zertifikat der Farm:</translation>
    </message>
    <message>
        <source>The certificate this step installs on every server:</source>
        <translation>Das Zertifikat, das dieser Schritt auf jedem Server installiert:</translation>
    </message>
    <message>
        <source>On the clipboard for %1 seconds.</source>
        <translation>%1 Sekunden lang in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Neither a password file nor the credential store holds the password of this PFX.</source>
        <translation>Weder eine Kennwortdatei noch der Anmeldeinformationsspeicher enthält das Kennwort dieser PFX.</translation>
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
        <translation>Die DNS-Domäne Ihrer öffentlichen SharePoint-URLs, z. B. contoso.com oder *.contoso.com</translation>
    </message>
    <message>
        <source>Public &amp;domain:</source>
        <translation>Ö&amp;ffentliche Domäne:</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Öffentliche Domäne</translation>
    </message>
</context>
<context>
    <name>s2s::FarmStatusView</name>
    <message>
        <source>The farm at a glance</source>
        <translation>Die Farm auf einen Blick</translation>
    </message>
    <message>
        <source>SharePoint:</source>
        <translation>SharePoint:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Farm administrator:</source>
        <translation>Farmadministrator:</translation>
    </message>
    <message>
        <source>Elevated:</source>
        <translation>Erhöhte Rechte:</translation>
    </message>
    <message>
        <source>What the setup needs</source>
        <translation>Was die Einrichtung benötigt</translation>
    </message>
    <message>
        <source>A farm administrator account on this server, running the wizard elevated (Run as administrator).</source>
        <translation>Ein Farmadministratorkonto auf diesem Server, das den Assistenten mit erhöhten Rechten ausführt (Als Administrator ausführen).</translation>
    </message>
    <message>
        <source>A Microsoft 365 administrator who can consent to Application.ReadWrite.All (Global Administrator or Privileged Role Administrator).</source>
        <translation>Ein Microsoft 365-Administrator, der Application.ReadWrite.All zustimmen kann (Globaler Administrator oder Administrator für privilegierte Rollen).</translation>
    </message>
    <message>
        <source>Outbound HTTPS from the farm to %1, %2 and %3.</source>
        <translation>Ausgehendes HTTPS von der Farm zu %1, %2 und %3.</translation>
    </message>
    <message>
        <source>The public DNS domain of your sites, such as contoso.com.</source>
        <translation>Die öffentliche DNS-Domäne Ihrer Websites, z. B. contoso.com.</translation>
    </message>
    <message>
        <source>The farm is read once the wizard works on it.</source>
        <translation>Die Farm wird gelesen, sobald der Assistent mit ihr arbeitet.</translation>
    </message>
    <message>
        <source>Reading the farm…</source>
        <translation>Farm wird gelesen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
    <message>
        <source>no: the setup needs a farm administrator (step 4 checks it)</source>
        <translation>nein: Die Einrichtung benötigt einen Farmadministrator (Schritt 4 prüft es)</translation>
    </message>
    <message>
        <source>no: run the wizard as administrator</source>
        <translation>nein: Führen Sie den Assistenten als Administrator aus</translation>
    </message>
    <message>
        <source>Not SharePoint servers, left alone: %1</source>
        <translation>Keine SharePoint-Server, bleiben unverändert: %1</translation>
    </message>
    <message>
        <source>The farm could not be read: %1</source>
        <translation>Die Farm konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The farm could not be read.</source>
        <translation>Die Farm konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>s2s::FinalSummary</name>
    <message>
        <source>Export transcript…</source>
        <translation>Transkript exportieren…</translation>
    </message>
    <message>
        <source>&amp;Go to step %1</source>
        <translation>Zu &amp;Schritt %1 wechseln</translation>
    </message>
</context>
<context>
    <name>s2s::HostTransport</name>
    <message>
        <source>The farm host was closed.</source>
        <translation>Der Farmhost wurde geschlossen.</translation>
    </message>
    <message>
        <source>The farm host went away while running %1.</source>
        <translation>Der Farmhost wurde während der Ausführung von %1 beendet.</translation>
    </message>
    <message>
        <source>Cancelled: the farm host was stopped.</source>
        <translation>Abgebrochen: Der Farmhost wurde angehalten.</translation>
    </message>
    <message>
        <source>Run the step again when you are ready.</source>
        <translation>Führen Sie den Schritt erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The farm host %1 could not start: %2</source>
        <translation>Der Farmhost %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>Check that the program exists and may run.</source>
        <translation>Prüfen Sie, ob das Programm vorhanden ist und ausgeführt werden darf.</translation>
    </message>
    <message>
        <source>The farm host sent a line longer than %1 bytes.</source>
        <translation>Der Farmhost hat eine Zeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The farm host %1.</source>
        <translation>Der Farmhost %1.</translation>
    </message>
    <message>
        <source>The farm host %1 while running %2.</source>
        <translation>Der Farmhost %1 (bei der Ausführung von %2).</translation>
    </message>
    <message>
        <source>Run the step again: the host restarts. If it keeps failing, the log has the host&apos;s error output.</source>
        <translation>Führen Sie den Schritt erneut aus: Der Host startet neu. Schlägt es weiterhin fehl, enthält das Protokoll die Fehlerausgabe des Hosts.</translation>
    </message>
    <message>
        <source>The farm host did not get ready within %1 s (loading the SharePoint snap-in).</source>
        <translation>Der Farmhost war nicht innerhalb von %1 s bereit (Laden des SharePoint-Snap-Ins).</translation>
    </message>
    <message>
        <source>Check that SharePoint Server is installed on this server and that Windows PowerShell starts.</source>
        <translation>Prüfen Sie, ob SharePoint Server auf diesem Server installiert ist und Windows PowerShell startet.</translation>
    </message>
    <message>
        <source>The farm operation %1 did not finish within %2 s.</source>
        <translation>Der Farmvorgang %1 wurde nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The host was stopped and restarts on the next call. Raise --op-timeout if the farm is slow.</source>
        <translation>Der Host wurde angehalten und startet beim nächsten Aufruf neu. Erhöhen Sie --op-timeout, wenn die Farm langsam ist.</translation>
    </message>
    <message>
        <source>%1 (while running %2)</source>
        <translation>%1 (während %2 ausgeführt wurde)</translation>
    </message>
    <message>
        <source>The host was stopped and restarts on the next call. This is a defect of the host script or of something writing to its output; the log has the line.</source>
        <translation>Der Host wurde beendet und startet beim nächsten Aufruf neu. Dies ist ein Fehler des Hostskripts oder von etwas, das in seine Ausgabe schreibt; das Protokoll enthält die Zeile.</translation>
    </message>
    <message>
        <source>The farm host sent a line that is not a protocol message: %1.</source>
        <translation>Der Farmhost hat eine Zeile gesendet, die keine Protokollnachricht ist: %1.</translation>
    </message>
    <message>
        <source>%1 was not run: the wizard is closing.</source>
        <translation>%1 wurde nicht ausgeführt: Der Assistent wird geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled: the wizard is closing.</source>
        <translation>Abgebrochen: Der Assistent wird geschlossen.</translation>
    </message>
</context>
<context>
    <name>s2s::MainWizard</name>
    <message>
        <source>S2S Wizard</source>
        <translation>S2S-Assistent</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>Transkript exportieren…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Text transcript (*.txt);;HTML report (*.html);;JSON (*.json)</source>
        <translation>Texttranskript (*.txt);;HTML-Bericht (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>Transkript geschrieben nach %1</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Info…</translation>
    </message>
</context>
<context>
    <name>s2s::OpeningIndicator</name>
    <message>
        <source>Opening the lab</source>
        <translation>Lab-Umgebung wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the lab in %1…</source>
        <translation>Die Lab-Umgebung in %1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>s2s::PlanView</name>
    <message>
        <source>What this step runs</source>
        <translation>Was dieser Schritt ausführt</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>Befehle in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>s2s::RemovalDialog</name>
    <message>
        <source>Remove the hybrid trust</source>
        <translation>Hybridvertrauensstellung entfernen</translation>
    </message>
    <message>
        <source>This takes the server-to-server trust down: it undoes what this session added or changed, in reverse step order, and nothing else. An SPN, key or farm object that existed before the setup stays. Afterwards SharePoint Online no longer accepts the farm&apos;s tokens (hybrid search and the other hybrid features stop).</source>
        <translation>Dadurch wird die Server-zu-Server-Vertrauensstellung entfernt: Es wird in umgekehrter Schrittreihenfolge rückgängig gemacht, was diese Sitzung hinzugefügt oder geändert hat, und nichts anderes. Ein SPN, Schlüssel oder Farmobjekt, das vor der Einrichtung vorhanden war, bleibt. Danach akzeptiert SharePoint Online die Token der Farm nicht mehr (die Hybridsuche und die anderen Hybridfeatures funktionieren nicht mehr).</translation>
    </message>
    <message>
        <source>Removes exactly what is listed above, and nothing else. It cannot be undone, but the wizard can set the trust up again.</source>
        <translation>Entfernt genau das oben Aufgeführte und nichts anderes. Dies kann nicht rückgängig gemacht werden, aber der Assistent kann die Vertrauensstellung erneut einrichten.</translation>
    </message>
    <message>
        <source>Nothing to remove: this session changed nothing that is still there.</source>
        <translation>Nichts zu entfernen: Diese Sitzung hat nichts geändert, was noch vorhanden ist.</translation>
    </message>
    <message>
        <source>Will be removed or set back, in this order:</source>
        <translation>Wird in dieser Reihenfolge entfernt oder zurückgesetzt:</translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>Bleibt:</translation>
    </message>
    <message>
        <source>The hybrid trust is removed: everything listed is undone. Validate any step to see the trust gone; the session can set it up again.</source>
        <translation>Die Hybridvertrauensstellung ist entfernt: Alles Aufgeführte ist rückgängig gemacht. Überprüfen Sie einen beliebigen Schritt, um zu sehen, dass die Vertrauensstellung nicht mehr besteht; die Sitzung kann sie erneut einrichten.</translation>
    </message>
</context>
<context>
    <name>s2s::RenewalDialog</name>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1, RSA %2 bits, valid until %3</source>
        <translation>%1, RSA %2 Bit, gültig bis %3</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>geöffnet aus %1</translation>
    </message>
    <message>
        <source>generated: RSA %1 bits, valid %2 years</source>
        <translation>erzeugt: RSA %1 Bit, %2 Jahre gültig</translation>
    </message>
    <message>
        <source>Renew the STS certificate</source>
        <translation>STS-Zertifikat erneuern</translation>
    </message>
    <message>
        <source>A new STS certificate replaces the one the farm signs with, without an outage of the trust: SharePoint Online first gets the new certificate&apos;s key next to the old one, then the farm switches server by server, and the old key is removed only once every server runs the new certificate and SharePoint Online accepts its tokens. If it stops anywhere, run it again: it goes on where it stopped, with the same new certificate.</source>
        <translation>Ein neues STS-Zertifikat ersetzt das, mit dem die Farm signiert, ohne Unterbrechung der Vertrauensstellung: SharePoint Online erhält zuerst den Schlüssel des neuen Zertifikats neben dem alten, dann wechselt die Farm Server für Server, und der alte Schlüssel wird erst entfernt, wenn jeder Server das neue Zertifikat verwendet und SharePoint Online dessen Token akzeptiert. Wenn der Vorgang irgendwo anhält, führen Sie ihn erneut aus: Er wird dort fortgesetzt, wo er angehalten hat, mit demselben neuen Zertifikat.</translation>
    </message>
    <message>
        <source>A renewal started %1 and stopped at &quot;%2&quot;: Run goes on from there.</source>
        <translation>Eine Erneuerung wurde am %1 begonnen und bei „%2“ angehalten: „Ausführen“ setzt sie dort fort.</translation>
    </message>
    <message>
        <source>Old certificate: %1</source>
        <translation>Altes Zertifikat: %1</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>Neues Zertifikat: %1</translation>
    </message>
    <message>
        <source>Current certificate: %1</source>
        <translation>Aktuelles Zertifikat: %1</translation>
    </message>
    <message>
        <source>Renewed: the farm signs with %1 on every server, SharePoint Online holds its key and no longer the key of %2, and the trust worked throughout.</source>
        <translation>Erneuert: Die Farm signiert auf jedem Server mit %1, SharePoint Online enthält dessen Schlüssel und nicht mehr den Schlüssel von %2, und die Vertrauensstellung hat durchgehend funktioniert.</translation>
    </message>
</context>
<context>
    <name>s2s::ServerProgressList</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>wird importiert…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>resetting…</source>
        <translation>wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Progress on each server</source>
        <translation>Fortschritt auf jedem Server</translation>
    </message>
</context>
<context>
    <name>s2s::SetupRunner</name>
    <message>
        <source>Step &quot;%1&quot; stopped</source>
        <translation>Schritt „%1“ angehalten</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird überprüft…</translation>
    </message>
    <message>
        <source>Validate &quot;%1&quot;</source>
        <translation>„%1“ überprüfen</translation>
    </message>
    <message>
        <source>Another operation is running.</source>
        <translation>Ein anderer Vorgang läuft.</translation>
    </message>
    <message>
        <source>Wait until it ends.</source>
        <translation>Warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped</source>
        <translation>„%1“ angehalten</translation>
    </message>
    <message>
        <source>Renew the STS certificate</source>
        <translation>STS-Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Remove the hybrid trust</source>
        <translation>Hybridvertrauensstellung entfernen</translation>
    </message>
    <message>
        <source>The farm lock was lost</source>
        <translation>Die Farmsperre ging verloren</translation>
    </message>
    <message>
        <source>Waiting for the farm lock: %1</source>
        <translation>Warten auf die Farmsperre: %1</translation>
    </message>
    <message>
        <source>Wait for the farm lock</source>
        <translation>Auf die Farmsperre warten</translation>
    </message>
    <message>
        <source>Take over the farm lock</source>
        <translation>Die Farmsperre übernehmen</translation>
    </message>
    <message>
        <source>Take the farm lock</source>
        <translation>Die Farmsperre setzen</translation>
    </message>
    <message>
        <source>Took the farm lock over from %1 on %2 (process %3, session %4), last renewed %5: stale, or that run&apos;s process has ended.</source>
        <translation>Farmsperre von %1 auf %2 übernommen (Prozess %3, Sitzung %4), zuletzt erneuert %5: veraltet, oder der Prozess dieses Laufs ist beendet.</translation>
    </message>
    <message>
        <source>This run holds the farm lock (%1 on %2, process %3).</source>
        <translation>Dieser Lauf hält die Farmsperre (%1 auf %2, Prozess %3).</translation>
    </message>
</context>
<context>
    <name>s2s::SignInInputs</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget this account and the sign-in stored in the credential store</source>
        <translation>Dieses Konto und die im Anmeldeinformationsspeicher gespeicherte Anmeldung vergessen</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365 as %1.</source>
        <translation>Bei Microsoft 365 angemeldet als %1.</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft 365. Run signs in.</source>
        <translation>Nicht bei Microsoft 365 angemeldet. „Ausführen“ meldet an.</translation>
    </message>
    <message>
        <source>Signed out: the next run asks you to sign in again.</source>
        <translation>Abgemeldet: Beim nächsten Ausführen müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>s2s::StepListPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>s2s::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>I &amp;confirm this change</source>
        <translation>Ich &amp;bestätige diese Änderung</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Apply what is missing, then validate</source>
        <translation>Fehlendes anwenden, dann überprüfen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check only; changes nothing</source>
        <translation>Nur prüfen; ändert nichts</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird überprüft…</translation>
    </message>
    <message>
        <source>Not run yet. Run applies what is missing, then validates; Validate only checks.</source>
        <translation>Noch nicht ausgeführt. „Ausführen“ wendet Fehlendes an und überprüft dann; „Prüfen“ prüft nur.</translation>
    </message>
    <message>
        <source>Applied (%1), not validated yet.</source>
        <translation>Angewendet (%1), noch nicht überprüft.</translation>
    </message>
    <message>
        <source>Validated (%1): no check fails.</source>
        <translation>Überprüft (%1): Keine Prüfung schlägt fehl.</translation>
    </message>
    <message>
        <source>Some checks fail (%1): see the remedies below.</source>
        <translation>Einige Prüfungen schlagen fehl (%1): Siehe die Abhilfen unten.</translation>
    </message>
    <message>
        <source>Stopped (%1): see the message below.</source>
        <translation>Angehalten (%1): Siehe die Meldung unten.</translation>
    </message>
    <message>
        <source>Not applicable: nothing to do.</source>
        <translation>Nicht zutreffend: Nichts zu tun.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop the running farm operation; the step can be run again</source>
        <translation>Den laufenden Farmvorgang anhalten; der Schritt kann erneut ausgeführt werden</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>s2s::WebAppInputs</name>
    <message>
        <source>&amp;Web application:</source>
        <translation>Webanwe&amp;ndung:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>Z&amp;one:</translation>
    </message>
    <message>
        <source>Reading the farm&apos;s web applications…</source>
        <translation>Webanwendungen der Farm werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the farm&apos;s web applications: %1</source>
        <translation>Die Webanwendungen der Farm können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The farm has no web application.</source>
        <translation>Die Farm hat keine Webanwendung.</translation>
    </message>
</context>
<context>
    <name>s2s::WelcomePage</name>
    <message>
        <source>Welcome to the S2S Wizard</source>
        <translation>Willkommen beim S2S-Assistenten</translation>
    </message>
    <message>
        <source>This wizard sets up the server-to-server trust between your SharePoint Server farm and SharePoint Online, one documented step at a time. Each step shows what it will run, runs it when you click Run and validates the result before you can go on. Your progress is saved, so you can close the wizard and resume later, and the transcript can be exported for your change record.</source>
        <translation>Dieser Assistent richtet die Server-zu-Server-Vertrauensstellung zwischen Ihrer SharePoint Server-Farm und SharePoint Online ein, Schritt für Schritt nach der Dokumentation. Jeder Schritt zeigt, was er ausführen wird, führt es aus, wenn Sie auf „Ausführen“ klicken, und überprüft das Ergebnis, bevor Sie fortfahren können. Ihr Fortschritt wird gespeichert: Sie können den Assistenten schließen und später fortsetzen, und das Transkript lässt sich für Ihre Änderungsdokumentation exportieren.</translation>
    </message>
    <message>
        <source>Open the lab in %1</source>
        <translation>Lab-Umgebung in %1 öffnen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>&amp;Start a new setup</source>
        <translation>&amp;Neue Einrichtung beginnen</translation>
    </message>
    <message>
        <source>&amp;Resume the setup %1</source>
        <translation>Einrichtung %1 &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Session file: %1</source>
        <translation>Sitzungsdatei: %1</translation>
    </message>
    <message>
        <source>Resumes the setup %1.</source>
        <translation>Setzt die Einrichtung %1 fort.</translation>
    </message>
    <message>
        <source>A new setup starts in this file.</source>
        <translation>Eine neue Einrichtung beginnt in dieser Datei.</translation>
    </message>
    <message>
        <source>started %1; every step is done</source>
        <translation>begonnen %1; alle Schritte sind erledigt</translation>
    </message>
    <message>
        <source>started %1; next: step %2, %3</source>
        <translation>begonnen %1; als Nächstes: Schritt %2, %3</translation>
    </message>
    <message>
        <source>Validating the finished steps again…</source>
        <translation>Die abgeschlossenen Schritte werden erneut überprüft…</translation>
    </message>
    <message>
        <source>&amp;Open the finished setup %1</source>
        <translation>Abgeschlossene Einrichtung %1 &amp;öffnen</translation>
    </message>
    <message>
        <source>The trust was set up by the session started %1 (%2). It lives for years: renew its STS certificate before it expires (without an outage), or take the trust down.</source>
        <translation>Die Vertrauensstellung wurde von der Sitzung eingerichtet, die am %1 begonnen wurde (%2). Sie besteht jahrelang: Erneuern Sie ihr STS-Zertifikat vor dem Ablauf (ohne Unterbrechung), oder entfernen Sie die Vertrauensstellung.</translation>
    </message>
    <message numerus="yes">
        <source>Not offered: %n session file(s) in %1 that cannot be opened.</source>
        <translation>
            <numerusform>Nicht angeboten: %n Sitzungsdatei in %1, die nicht geöffnet werden kann.</numerusform>
            <numerusform>Nicht angeboten: %n Sitzungsdateien in %1, die nicht geöffnet werden können.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: fix the file from a copy you trust, or move it out of the folder. The wizard never resumes a session file it cannot check.</source>
        <translation>Was zu tun ist: Stellen Sie die Datei aus einer vertrauenswürdigen Kopie wieder her oder verschieben Sie sie aus dem Ordner. Der Assistent setzt nie eine Sitzungsdatei fort, die er nicht prüfen kann.</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>Die Sitzung wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>s2s::WizardContext</name>
    <message>
        <source>A session is already open.</source>
        <translation>Es ist bereits eine Sitzung geöffnet.</translation>
    </message>
</context>
</TS>
