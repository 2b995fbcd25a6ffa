<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AcsTokenRefusal</name>
    <message>
        <source>The key the farm signs with has expired: give the farm a new STS certificate in %1, then upload it in %2.</source>
        <translation>ファームが署名に使用するキーの有効期限が切れています。%1でファームに新しい STS 証明書を設定してから、%2でアップロードしてください。</translation>
    </message>
    <message>
        <source>ACS does not accept the key the farm signed with: upload the farm&apos;s current STS certificate to the SharePoint Online principal in %1 (and check in %2 that every server runs it).</source>
        <translation>ACS は、ファームが署名に使用したキーを受け入れません。%1でファームの現在の STS 証明書を SharePoint Online プリンシパルにアップロードしてください (また、%2ですべてのサーバーがその証明書を使用していることを確認してください)。</translation>
    </message>
    <message>
        <source>ACS does not know the farm&apos;s realm as this tenant: check the tenant id in %1 and set the farm&apos;s realm to it in %2.</source>
        <translation>ACS はファームの領域をこのテナントとして認識していません。%1でテナント ID を確認し、%2でファームの領域をその ID に設定してください。</translation>
    </message>
    <message>
        <source>No service principal name of SharePoint Online covers %1: add the one for its domain in %2.</source>
        <translation>%1 をカバーする SharePoint Online のサービス プリンシパル名がありません。%2でそのドメインのサービス プリンシパル名を追加してください。</translation>
    </message>
    <message>
        <source>ACS found the farm&apos;s assertion outside its validity: set the clock of the SharePoint servers right (time service, NTP) and run this step again.</source>
        <translation>ACS は、ファームのアサーションが有効期間外であると判断しました。SharePoint サーバーの時計を正しく合わせてから (時刻サービス、NTP)、このステップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>ACS refused how the request was encoded; the transcript holds both encodings tried and their answers: send it to Microsoft support.</source>
        <translation>ACS は要求のエンコード方法を拒否しました。トランスクリプトには試行した両方のエンコードとその応答が含まれています。トランスクリプトを Microsoft サポートに送付してください。</translation>
    </message>
    <message>
        <source>ACS refused the token; run the checks of %1 and %2 again and read the service&apos;s answer in the transcript.</source>
        <translation>ACS はトークンを拒否しました。%1と%2のチェックを再実行し、トランスクリプトでサービスの応答を確認してください。</translation>
    </message>
</context>
<context>
    <name>AcsTrustStep</name>
    <message>
        <source>Configure the proxy for ACS</source>
        <translation>ACS のプロキシを構成する</translation>
    </message>
    <message>
        <source>An Azure Access Control Service proxy in the default proxy group and a trusted security token issuer (a trust broker) let the farm accept tokens issued for your tenant. The issuer reads its name from the metadata endpoint, so the farm must reach it over HTTPS. Existing objects are reused, never duplicated.</source>
        <translation>既定のプロキシ グループ内の Azure Access Control Service プロキシと、信頼できるセキュリティ トークン発行者 (信頼ブローカー) により、ファームはテナント向けに発行されたトークンを受け入れます。発行者は名前をメタデータ エンドポイントから読み取るため、ファームは HTTPS でそこに到達できる必要があります。既存のオブジェクトは再利用され、重複して作成されることはありません。</translation>
    </message>
    <message>
        <source>If no ACS proxy exists:</source>
        <translation>ACS プロキシが存在しない場合:</translation>
    </message>
    <message>
        <source>If no trusted issuer uses this metadata endpoint:</source>
        <translation>このメタデータ エンドポイントを使用する信頼できる発行者がない場合:</translation>
    </message>
    <message>
        <source>A trusted security token issuer named &quot;%1&quot; already exists with another metadata endpoint (%2).</source>
        <translation>&quot;%1&quot; という名前の信頼できるセキュリティ トークン発行者が、別のメタデータ エンドポイント (%2) で既に存在します。</translation>
    </message>
    <message>
        <source>Run this step to create the ACS proxy.</source>
        <translation>このステップを実行して ACS プロキシを作成してください。</translation>
    </message>
    <message>
        <source>no ACS proxy</source>
        <translation>ACS プロキシなし</translation>
    </message>
    <message>
        <source>an ACS proxy, Online</source>
        <translation>オンラインの ACS プロキシ</translation>
    </message>
    <message>
        <source>in the default group</source>
        <translation>既定のグループ内</translation>
    </message>
    <message>
        <source>not in the default group</source>
        <translation>既定のグループ外</translation>
    </message>
    <message>
        <source>Add it: Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup -Default) -Member &lt;proxy&gt;</source>
        <translation>追加してください: Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup -Default) -Member &lt;proxy&gt;</translation>
    </message>
    <message>
        <source>The proxy points at another tenant&apos;s metadata: remove it and run this step again.</source>
        <translation>プロキシが別のテナントのメタデータを指しています。削除してから、このステップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Run this step to create the trusted issuer.</source>
        <translation>このステップを実行して信頼できる発行者を作成してください。</translation>
    </message>
    <message>
        <source>a trusted issuer named ACS</source>
        <translation>ACS という名前の信頼できる発行者</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>an issuer whose name begins with ACS</source>
        <translation>名前が ACS で始まる発行者</translation>
    </message>
    <message>
        <source>The issuer was created for another tenant or realm: remove it (Remove-SPTrustedSecurityTokenIssuer) and run this step again.</source>
        <translation>この発行者は別のテナントまたは領域用に作成されています。削除 (Remove-SPTrustedSecurityTokenIssuer) してから、このステップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Recreate the issuer with -IsTrustBroker:$true.</source>
        <translation>-IsTrustBroker:$true を指定して発行者を作成し直してください。</translation>
    </message>
    <message>
        <source>Start the proxy: Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq &apos;%1&apos; } | ForEach-Object { $_.Provision() }</source>
        <translation>プロキシを開始してください: Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq &apos;%1&apos; } | ForEach-Object { $_.Provision() }</translation>
    </message>
    <message>
        <source>It probably belongs to an earlier tenant. Remove it with Remove-SPTrustedSecurityTokenIssuer %1 if nothing uses it, then run this step again.</source>
        <translation>以前のテナントのものである可能性があります。何も使用していない場合は Remove-SPTrustedSecurityTokenIssuer %1 で削除してから、この手順をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: 失敗</translation>
    </message>
</context>
<context>
    <name>AddSpnStep</name>
    <message>
        <source>Add the SPN</source>
        <translation>SPN を追加する</translation>
    </message>
    <message>
        <source>No valid public domain is set.</source>
        <translation>有効な公開ドメインが設定されていません。</translation>
    </message>
    <message>
        <source>Run this step to add the SPN.</source>
        <translation>このステップを実行して SPN を追加してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remove the other SPNs for %1 from the SharePoint Online principal: only the wildcard SPN may name the domain.</source>
        <translation>SharePoint Online プリンシパルから %1 の他の SPN を削除してください。ドメインを指定できるのはワイルドカード SPN だけです。</translation>
    </message>
    <message>
        <source>every SPN listed before this step</source>
        <translation>このステップの前に登録されていたすべての SPN</translation>
    </message>
    <message>
        <source>all %1 still listed</source>
        <translation>%1 件すべてが引き続き登録済み</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>Add the missing SPNs back to the SharePoint Online principal: other hybrid features depend on them.</source>
        <translation>不足している SPN を SharePoint Online プリンシパルに追加し直してください。他のハイブリッド機能がこれらに依存しています。</translation>
    </message>
    <message>
        <source>SPN list</source>
        <translation>SPN の一覧</translation>
    </message>
    <message>
        <source>Another service principal in the tenant already lists %1, and an SPN can belong to one principal only. Find it with Microsoft Graph: GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq &apos;%1&apos;) (Graph Explorer works), or in the Microsoft Entra admin center (Enterprise applications). Remove the SPN from that principal if it is left over from an earlier setup, then run this step again.</source>
        <translation>テナント内の別のサービス プリンシパルに %1 が既に登録されています。SPN は 1 つのプリンシパルにしか属せません。Microsoft Graph で GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq &apos;%1&apos;) を実行するか (Graph Explorer を使用できます)、Microsoft Entra 管理センター (エンタープライズ アプリケーション) でそのプリンシパルを探してください。以前のセットアップで残ったものであればそのプリンシパルから SPN を削除し、このステップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>SharePoint Online accepts the farm&apos;s tokens for hosts in your public domain when its service principal lists the wildcard SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt;. The wizard reads the list, adds the SPN if it is missing and writes back the whole list: every existing SPN is kept. It reads the list again right before writing and reads it back afterwards, so a change someone else makes meanwhile is merged, not lost.</source>
        <translation>SharePoint Online は、サービス プリンシパルにワイルドカード SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; が登録されている場合に、公開ドメイン内のホストに対するファームのトークンを受け入れます。ウィザードは一覧を読み取り、SPN がなければ追加して一覧全体を書き戻します。既存の SPN はすべて保持されます。書き込みの直前に一覧をもう一度読み取り、書き込み後にも読み戻すため、その間に他のユーザーが行った変更は失われずにマージされます。</translation>
    </message>
    <message>
        <source>If %1 is not listed yet, read the list again right before writing it:</source>
        <translation>%1 がまだ一覧にない場合は、書き込む直前に一覧をもう一度読み取ります:</translation>
    </message>
    <message>
        <source>Read it back: every SPN of the read before plus the new one must be listed; if another change raced in, merge again (at most %1 times).</source>
        <translation>読み戻します。前回の読み取りのすべての SPN と新しい SPN が登録されている必要があります。別の変更が競合した場合は、もう一度マージします (最大 %1 回)。</translation>
    </message>
    <message>
        <source>no earlier list recorded: the step has not run in this session, and no earlier session of this farm and tenant recorded one</source>
        <translation>以前の一覧が記録されていません: このセッションでステップがまだ実行されておらず、このファームとテナントの以前のセッションにも記録がありません</translation>
    </message>
    <message>
        <source>Nothing to compare with: run the step (it records the list first), or validate in the session that set the tenant up (headless: --check --session FILE).</source>
        <translation>比較対象がありません。ステップを実行する (最初に一覧を記録します) か、テナントをセットアップしたセッションで検証してください (ヘッドレス: --check --session FILE)。</translation>
    </message>
    <message>
        <source>Enter it in the %1.</source>
        <translation>%1で入力してください。</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Answers key &quot;%1&quot;: %2</source>
        <translation>応答キー &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is not a known key.</source>
        <translation>は既知のキーではありません。</translation>
    </message>
    <message>
        <source>Known keys: %1.</source>
        <translation>既知のキー: %1。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Write {&quot;realmChange&quot;: true, ...}.</source>
        <translation>{&quot;realmChange&quot;: true, ...} と記述してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file the wizard can read.</source>
        <translation>&quot;%1&quot; はウィザードが読み取れるファイルではありません。</translation>
    </message>
    <message>
        <source>Give the path of an existing, readable file.</source>
        <translation>存在する読み取り可能なファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>Write {&quot;mode&quot;: &quot;generate&quot;}, {&quot;mode&quot;: &quot;import&quot;, &quot;pfx&quot;: ...} or {&quot;mode&quot;: &quot;keep&quot;}.</source>
        <translation>{&quot;mode&quot;: &quot;generate&quot;}、{&quot;mode&quot;: &quot;import&quot;, &quot;pfx&quot;: ...}、または {&quot;mode&quot;: &quot;keep&quot;} と記述してください。</translation>
    </message>
    <message>
        <source>is needed to import a PFX.</source>
        <translation>は PFX のインポートに必要です。</translation>
    </message>
    <message>
        <source>Give the path of the PFX file to import.</source>
        <translation>インポートする PFX ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http:// or https:// URL.</source>
        <translation>&quot;%1&quot; は絶対 http:// または https:// URL ではありません。</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>文字列である必要があります。</translation>
    </message>
    <message>
        <source>Write it in double quotes.</source>
        <translation>二重引用符で囲んでください。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>true または false である必要があります。</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>true または false と記述してください。</translation>
    </message>
    <message>
        <source>Write the web application URL, e.g. http://sharepoint.</source>
        <translation>Web アプリケーションの URL を入力してください (例: http://sharepoint)。</translation>
    </message>
    <message>
        <source>Write an absolute URL, e.g. https://accounts.accesscontrol.windows.net/...</source>
        <translation>絶対 URL を指定してください (例: https://accounts.accesscontrol.windows.net/...)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone.</source>
        <translation>&quot;%1&quot; はゾーンではありません。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください: %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID.</source>
        <translation>&quot;%1&quot; は GUID ではありません。</translation>
    </message>
    <message>
        <source>Write a GUID such as 00000000-0000-0000-0000-000000000000, or start a new setup.</source>
        <translation>00000000-0000-0000-0000-000000000000 のような GUID を指定するか、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>must be a path.</source>
        <translation>パスである必要があります。</translation>
    </message>
    <message>
        <source>Write the path in double quotes.</source>
        <translation>パスを二重引用符で囲んで記述してください。</translation>
    </message>
    <message>
        <source>is not a known confirmation.</source>
        <translation>は既知の確認項目ではありません。</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>既知: %1。</translation>
    </message>
    <message>
        <source>must be &quot;generate&quot;, &quot;import&quot; or &quot;keep&quot;.</source>
        <translation>&quot;generate&quot;、&quot;import&quot;、&quot;keep&quot; のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Write one of the three in double quotes.</source>
        <translation>3 つのうちいずれかを二重引用符で囲んで記述してください。</translation>
    </message>
    <message>
        <source>must be one of %1 (RSA bits).</source>
        <translation>%1 のいずれか (RSA のビット数) である必要があります。</translation>
    </message>
    <message>
        <source>Write a number, e.g. 2048.</source>
        <translation>数値を記述してください (例: 2048)。</translation>
    </message>
    <message>
        <source>must be a whole number of years from %1 to %2.</source>
        <translation>%1 ～ %2 の整数の年数である必要があります。</translation>
    </message>
    <message>
        <source>Write a number, e.g. 2.</source>
        <translation>数値を記述してください (例: 2)。</translation>
    </message>
    <message>
        <source>is not a known id.</source>
        <translation>は既知の ID ではありません。</translation>
    </message>
    <message>
        <source>Ids are lowercase letters, digits and &apos;-&apos;; start a new setup if the file was changed by hand.</source>
        <translation>ID は小文字、数字、&apos;-&apos; で構成されます。ファイルが手動で変更された場合は、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>is not an error code.</source>
        <translation>はエラー コードではありません。</translation>
    </message>
    <message>
        <source>Error codes are letters, digits and &apos;.&apos;, &apos;_&apos;, &apos;:&apos;, &apos;,&apos; or &apos;-&apos;; start a new setup if the file was changed by hand.</source>
        <translation>エラー コードは文字、数字、&apos;.&apos;、&apos;_&apos;、&apos;:&apos;、&apos;,&apos;、&apos;-&apos; で構成されます。ファイルが手動で変更された場合は、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate thumbprint (40 hex digits).</source>
        <translation>&quot;%1&quot; は証明書の拇印 (16 進数 40 桁) ではありません。</translation>
    </message>
    <message>
        <source>Start a new setup if the file was changed by hand.</source>
        <translation>ファイルが手動で変更された場合は、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters.</source>
        <translation>は %1 文字以内の 1 行である必要があります。</translation>
    </message>
</context>
<context>
    <name>AuthRealmStep</name>
    <message>
        <source>Set the authentication realm</source>
        <translation>認証領域を設定する</translation>
    </message>
    <message>
        <source>The farm&apos;s authentication realm must be your tenant id, so that SharePoint Online and the farm agree on token audiences. Changing it breaks everything registered on the old realm (provider-hosted add-ins, Workflow Manager) with HTTP 401 until they are registered again: the wizard lists them first.</source>
        <translation>SharePoint Online とファームがトークンの対象ユーザーについて一致するよう、ファームの認証領域 (realm) をテナント ID にする必要があります。変更すると、古い領域に登録されているもの (プロバイダー ホスト型アドイン、Workflow Manager) は、再登録されるまで HTTP 401 で失敗します。ウィザードは事前にそれらを一覧表示します。</translation>
    </message>
    <message>
        <source>Change the farm&apos;s authentication realm to the tenant id, knowing that what depends on the old realm stops working until it is registered again.</source>
        <translation>ファームの認証領域をテナント ID に変更します。古い領域に依存するものは再登録されるまで動作しなくなることを理解しています。</translation>
    </message>
    <message>
        <source>If the realm differs, after your confirmation:</source>
        <translation>領域が異なる場合、確認後に:</translation>
    </message>
    <message>
        <source>The realm will change from %1 to %2.</source>
        <translation>領域は %1 から %2 に変更されます。</translation>
    </message>
    <message>
        <source>Depends on the old realm and will fail with HTTP 401: %1</source>
        <translation>古い領域に依存しており、HTTP 401 で失敗するもの: %1</translation>
    </message>
    <message>
        <source>Run this step to set the realm to the tenant id.</source>
        <translation>このステップを実行して領域をテナント ID に設定してください。</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Windows PowerShell with SharePoint Server is not available here.</source>
        <translation>SharePoint Server を含む Windows PowerShell はここでは使用できません。</translation>
    </message>
    <message>
        <source>Run the wizard on a SharePoint server, elevated, as a farm administrator; or try it against the built-in lab with --lab DIR.</source>
        <translation>SharePoint サーバー上で、ファーム管理者として管理者権限でウィザードを実行してください。または --lab DIR で組み込みのラボを使って試してください。</translation>
    </message>
    <message>
        <source>PowerShell 7 (pwsh) was not found.</source>
        <translation>PowerShell 7 (pwsh) が見つかりません。</translation>
    </message>
    <message>
        <source>Install it with &quot;dotnet tool update --global PowerShell --version 7.6.9&quot;, or put pwsh on PATH, or set S2S_PWSH to its path; or use --lab-farm host.</source>
        <translation>&quot;dotnet tool update --global PowerShell --version 7.6.9&quot; でインストールするか、pwsh を PATH に追加するか、S2S_PWSH にそのパスを設定してください。または --lab-farm host を使用してください。</translation>
    </message>
    <message>
        <source>The SharePoint simulator module was not found.</source>
        <translation>SharePoint シミュレーター モジュールが見つかりません。</translation>
    </message>
    <message>
        <source>Build the wizard with pwsh installed (the simulator is built from tests/sharepoint), or set S2S_SHAREPOINT_SIMULATOR to its folder; or use --lab-farm host.</source>
        <translation>pwsh をインストールした状態でウィザードをビルドするか (シミュレーターは tests/sharepoint からビルドされます)、S2S_SHAREPOINT_SIMULATOR にそのフォルダーを設定してください。または --lab-farm host を使用してください。</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation>ステップ %1「%2」</translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation>%1 で失敗しました。</translation>
    </message>
    <message>
        <source>Stopped at %1.</source>
        <translation>%1 で停止しました。</translation>
    </message>
    <message>
        <source>Setup complete: every step is validated or does not apply.</source>
        <translation>セットアップ完了: すべてのステップが検証済みまたは該当なしです。</translation>
    </message>
    <message>
        <source>Not yet checked: the final validation has not asked ACS for a token signed by this farm.</source>
        <translation>未確認: 最終検証で、このファームが署名したトークンをまだ ACS に要求していません。</translation>
    </message>
    <message>
        <source>Not proven: the check &quot;%1&quot; (%2) fails.</source>
        <translation>証明されていません: チェック「%1」(%2) が失敗しています。</translation>
    </message>
    <message>
        <source>Not proven: the check &quot;%1&quot; (%2) could not be decided.</source>
        <translation>証明されていません: チェック「%1」(%2) を判定できませんでした。</translation>
    </message>
    <message>
        <source>Not proven: not every trust check ran.</source>
        <translation>証明されていません: 実行されていない信頼チェックがあります。</translation>
    </message>
    <message>
        <source>%1, zone %2</source>
        <translation>%1、ゾーン %2</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>ファーム</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>On</source>
        <translation>実行場所</translation>
    </message>
    <message>
        <source>With</source>
        <translation>使用ツール</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不許可</translation>
    </message>
    <message>
        <source>Authentication realm</source>
        <translation>認証領域</translation>
    </message>
    <message>
        <source>OAuth over HTTP</source>
        <translation>OAuth over HTTP</translation>
    </message>
    <message>
        <source>STS certificate (thumbprint)</source>
        <translation>STS 証明書 (拇印)</translation>
    </message>
    <message>
        <source>SPN added</source>
        <translation>SPN を追加</translation>
    </message>
    <message>
        <source>Key added to SharePoint Online (thumbprint)</source>
        <translation>SharePoint Online にキーを追加 (拇印)</translation>
    </message>
    <message>
        <source>Key removed from SharePoint Online (thumbprint)</source>
        <translation>SharePoint Online からキーを削除 (拇印)</translation>
    </message>
    <message>
        <source>ACS proxy created</source>
        <translation>ACS プロキシを作成</translation>
    </message>
    <message>
        <source>Trusted token issuer created</source>
        <translation>信頼できるトークン発行者を作成</translation>
    </message>
    <message>
        <source>App principal registered</source>
        <translation>アプリ プリンシパルを登録</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>found already undone by the removal on %1</source>
        <translation>%1 の削除時には既に元に戻されていました</translation>
    </message>
    <message>
        <source>undone by the removal on %1</source>
        <translation>%1 の削除で元に戻されました</translation>
    </message>
    <message>
        <source>The hybrid trust was removed on %1.</source>
        <translation>ハイブリッド信頼は %1 に削除されました。</translation>
    </message>
    <message>
        <source>A removal began on %1 and did not finish.</source>
        <translation>%1 に削除が開始されましたが、完了していません。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(記録なし)</translation>
    </message>
    <message>
        <source>Proven: ACS issued tokens to this farm for SharePoint Online and for the farm&apos;s public host.</source>
        <translation>証明済み: ACS は、SharePoint Online とファームの公開ホスト用のトークンをこのファームに発行しました。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Web application exists</source>
        <translation>Web アプリケーションが存在する</translation>
    </message>
    <message>
        <source>Integrated Windows authentication</source>
        <translation>統合 Windows 認証</translation>
    </message>
    <message>
        <source>NTLM (Kerberos disabled)</source>
        <translation>NTLM (Kerberos 無効)</translation>
    </message>
    <message>
        <source>OAuth over HTTP enabled</source>
        <translation>OAuth over HTTP が有効</translation>
    </message>
    <message>
        <source>STS certificate same on all servers</source>
        <translation>STS 証明書がすべてのサーバーで同一</translation>
    </message>
    <message>
        <source>STS certificate key strength</source>
        <translation>STS 証明書のキーの強度</translation>
    </message>
    <message>
        <source>STS certificate validity</source>
        <translation>STS 証明書の有効期間</translation>
    </message>
    <message>
        <source>SharePoint PowerShell host ready</source>
        <translation>SharePoint PowerShell ホストの準備完了</translation>
    </message>
    <message>
        <source>Account is a farm administrator</source>
        <translation>アカウントがファーム管理者である</translation>
    </message>
    <message>
        <source>PowerShell remoting reaches every server</source>
        <translation>PowerShell リモート処理がすべてのサーバーに到達する</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365</source>
        <translation>Microsoft 365 にサインイン済み</translation>
    </message>
    <message>
        <source>Graph permission granted</source>
        <translation>Graph のアクセス許可が付与済み</translation>
    </message>
    <message>
        <source>Farm reaches ACS over HTTPS</source>
        <translation>ファームから HTTPS で ACS に到達できる</translation>
    </message>
    <message>
        <source>Public domain valid</source>
        <translation>公開ドメインが有効</translation>
    </message>
    <message>
        <source>Site URL valid</source>
        <translation>サイト URL が有効</translation>
    </message>
    <message>
        <source>Tenant id known</source>
        <translation>テナント ID が判明している</translation>
    </message>
    <message>
        <source>Metadata realm matches tenant</source>
        <translation>メタデータの領域がテナントと一致する</translation>
    </message>
    <message>
        <source>STS certificate on SharePoint Online principal</source>
        <translation>SharePoint Online プリンシパル上の STS 証明書</translation>
    </message>
    <message>
        <source>Key credential dates cover today</source>
        <translation>キー資格情報の期間に今日が含まれる</translation>
    </message>
    <message>
        <source>SPN listed</source>
        <translation>SPN が登録済み</translation>
    </message>
    <message>
        <source>Only SPN for the domain</source>
        <translation>ドメインに対する唯一の SPN</translation>
    </message>
    <message>
        <source>Existing SPNs kept</source>
        <translation>既存の SPN が保持されている</translation>
    </message>
    <message>
        <source>SharePoint Online app principal registered</source>
        <translation>SharePoint Online アプリ プリンシパルが登録済み</translation>
    </message>
    <message>
        <source>Realm GUIDs match</source>
        <translation>領域の GUID が一致する</translation>
    </message>
    <message>
        <source>ACS proxy present and online</source>
        <translation>ACS プロキシが存在しオンライン</translation>
    </message>
    <message>
        <source>ACS proxy in the default proxy group</source>
        <translation>ACS プロキシが既定のプロキシ グループ内にある</translation>
    </message>
    <message>
        <source>ACS proxy metadata endpoint matches</source>
        <translation>ACS プロキシのメタデータ エンドポイントが一致する</translation>
    </message>
    <message>
        <source>Trusted Service Consumer present</source>
        <translation>Trusted Service Consumer が存在する</translation>
    </message>
    <message>
        <source>Trusted issuer name is the ACS principal</source>
        <translation>信頼できる発行者の名前が ACS プリンシパルである</translation>
    </message>
    <message>
        <source>Trusted issuer is a broker</source>
        <translation>信頼できる発行者がブローカーである</translation>
    </message>
    <message>
        <source>readable state</source>
        <translation>読み取り可能な状態</translation>
    </message>
    <message>
        <source>Fix the error above, then validate again.</source>
        <translation>上記のエラーを修正してから、もう一度検証してください。</translation>
    </message>
    <message>
        <source>Existing keys kept</source>
        <translation>既存のキーが保持されている</translation>
    </message>
    <message>
        <source>SharePoint Online announces the farm&apos;s realm</source>
        <translation>SharePoint Online がファームの領域を通知する</translation>
    </message>
    <message>
        <source>ACS issues a token for SharePoint Online</source>
        <translation>ACS が SharePoint Online 用のトークンを発行する</translation>
    </message>
    <message>
        <source>ACS issues a token for the farm&apos;s public host</source>
        <translation>ACS がファームの公開ホスト用のトークンを発行する</translation>
    </message>
</context>
<context>
    <name>ChecksText</name>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実際の値</translation>
    </message>
    <message>
        <source>%1 (%2)
Status: %3
Expected: %4
Actual: %5</source>
        <translation>%1 (%2)
状態: %3
期待値: %4
実際の値: %5</translation>
    </message>
    <message>
        <source>
Remedy: %1</source>
        <translation>
対処法: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pass</source>
        <translation>%2 件中 %1 件成功</translation>
    </message>
    <message>
        <source>%1 fail</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <source>%1 with a warning</source>
        <translation>%1 件警告</translation>
    </message>
    <message>
        <source>%1 undecided</source>
        <translation>%1 件判定不能</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trust proven end to end</source>
        <translation>信頼をエンド ツー エンドで証明</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>その他のチェック</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>選択したチェックの詳細</translation>
    </message>
    <message>
        <source>Select a check to read its details.</source>
        <translation>チェックを選択すると詳細が表示されます。</translation>
    </message>
</context>
<context>
    <name>ConnectStep</name>
    <message>
        <source>Prepare tools and sign in</source>
        <translation>ツールを準備してサインインする</translation>
    </message>
    <message>
        <source>The wizard runs the farm side in Windows PowerShell 5.1 with the SharePoint snap-in and talks to Microsoft Graph itself: no MSOnline or Azure AD module is needed (both are retired). You sign in to Microsoft 365 with an account that may change application registrations.</source>
        <translation>ウィザードはファーム側を SharePoint スナップイン付きの Windows PowerShell 5.1 で実行し、Microsoft Graph とは直接通信します。MSOnline モジュールや Azure AD モジュールは不要です (どちらも廃止済み)。アプリケーションの登録を変更できるアカウントで Microsoft 365 にサインインします。</translation>
    </message>
    <message>
        <source>Windows PowerShell 5.1 with SharePoint loaded</source>
        <translation>SharePoint を読み込んだ Windows PowerShell 5.1</translation>
    </message>
    <message>
        <source>PowerShell %1, SharePoint %2</source>
        <translation>PowerShell %1、SharePoint %2</translation>
    </message>
    <message>
        <source>farm administrator, elevated</source>
        <translation>ファーム管理者、管理者権限で実行</translation>
    </message>
    <message>
        <source>%1: farm administrator %2, elevated %3</source>
        <translation>%1: ファーム管理者 %2、管理者権限 %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Run the wizard elevated (Run as administrator) with an account in the Farm Administrators group that has Get-SPShellAdmin rights.</source>
        <translation>Get-SPShellAdmin 権限を持つ Farm Administrators グループのアカウントで、ウィザードを管理者として実行してください。</translation>
    </message>
    <message>
        <source>every SharePoint server</source>
        <translation>すべての SharePoint サーバー</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>到達不能: %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>a Microsoft 365 account</source>
        <translation>Microsoft 365 アカウント</translation>
    </message>
    <message>
        <source>HTTPS to %1</source>
        <translation>%1 への HTTPS</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1 (テナント %2)</translation>
    </message>
    <message>
        <source>%1, and the role Global Administrator, Application Administrator or Cloud Application Administrator</source>
        <translation>%1、および Global Administrator、Application Administrator、または Cloud Application Administrator ロール</translation>
    </message>
    <message>
        <source>Assign %1 the role Application Administrator or Cloud Application Administrator (Entra admin center &gt; Roles &amp; admins; activate it first if it is eligible through Privileged Identity Management), then sign out and sign in again.</source>
        <translation>%1 に Application Administrator または Cloud Application Administrator ロールを割り当て (Microsoft Entra 管理センター &gt; ロールと管理者。Privileged Identity Management で資格のある割り当ての場合は先にアクティブ化してください)、サインアウトしてからもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>not consented; granted: %1</source>
        <translation>未同意。付与済み: %1</translation>
    </message>
    <message>
        <source>A Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to the delegated permission %1 for the sign-in client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions), then sign in again.</source>
        <translation>Cloud Application Administrator、Application Administrator、または Privileged Role Administrator に、サインイン クライアントに対する委任されたアクセス許可 %1 の管理者の同意を付与してもらい (Microsoft Entra 管理センター &gt; エンタープライズ アプリケーション &gt; 対象のクライアント &gt; アクセス許可)、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 consented; the directory role could not be verified: the sign-in did not include the account&apos;s roles (wids)</source>
        <translation>%1 に同意済み。ディレクトリ ロールを確認できませんでした: サインインにアカウントのロール (wids) が含まれていませんでした</translation>
    </message>
    <message>
        <source>Make sure %1 holds Global Administrator, Application Administrator or Cloud Application Administrator. To let the wizard verify it, sign in with your own app registration (--client-id) that emits directory roles (Token configuration &gt; groups claim: directory roles).</source>
        <translation>%1 が Global Administrator、Application Administrator、または Cloud Application Administrator ロールを保持していることを確認してください。ウィザードで確認できるようにするには、ディレクトリ ロールを発行する独自のアプリケーションの登録 (--client-id) でサインインしてください (トークン構成 &gt; groups クレーム: ディレクトリ ロール)。</translation>
    </message>
    <message>
        <source>%1 consented; %2 holds none of these roles</source>
        <translation>%1 に同意済み。%2 はこれらのロールをいずれも保持していません</translation>
    </message>
    <message>
        <source>%1 consented; role: %2</source>
        <translation>%1 に同意済み。ロール: %2</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Could not set the certificate subject.</source>
        <translation>証明書のサブジェクトを設定できませんでした。</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation>データは DER エンコードの X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>The file is not an X.509 certificate in DER (.cer) or PEM form.</source>
        <translation>ファイルは DER (.cer) 形式または PEM 形式の X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>Export the certificate again as DER encoded binary X.509 (.CER).</source>
        <translation>証明書を「DER encoded binary X.509 (.CER)」形式でもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The certificate or its private key could not be read for the PFX.</source>
        <translation>PFX 用の証明書またはその秘密キーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>秘密キーがこの証明書のものではありません。</translation>
    </message>
    <message>
        <source>Could not build the PFX file.</source>
        <translation>PFX ファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not encode the PFX file.</source>
        <translation>PFX ファイルをエンコードできませんでした。</translation>
    </message>
    <message>
        <source>The file is not a readable PFX (PKCS#12): it is damaged or of another kind.</source>
        <translation>ファイルは読み取り可能な PFX (PKCS#12) ではありません。破損しているか、別の種類のファイルです。</translation>
    </message>
    <message>
        <source>Copy the PFX again from where it was exported, or export it again with its private key.</source>
        <translation>エクスポート元から PFX をもう一度コピーするか、秘密キーと共にもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The password does not open this PFX file.</source>
        <translation>このパスワードでは PFX ファイルを開けません。</translation>
    </message>
    <message>
        <source>Type the password the PFX was exported with. If you are sure it is right, the file was altered: copy or export it again.</source>
        <translation>PFX のエクスポート時に指定したパスワードを入力してください。正しいことが確かな場合、ファイルが改変されています。もう一度コピーまたはエクスポートしてください。</translation>
    </message>
    <message>
        <source>The PFX opens with this password but its content is damaged.</source>
        <translation>PFX はこのパスワードで開けますが、内容が破損しています。</translation>
    </message>
    <message>
        <source>Export the certificate again with its private key.</source>
        <translation>証明書を秘密キーと共にもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The PFX is encrypted with an algorithm OpenSSL 3 no longer offers (such as RC2).</source>
        <translation>PFX は OpenSSL 3 で提供されなくなったアルゴリズム (RC2 など) で暗号化されています。</translation>
    </message>
    <message>
        <source>Export it again choosing TripleDES-SHA1 or AES256-SHA256 encryption.</source>
        <translation>TripleDES-SHA1 または AES256-SHA256 の暗号化を選択してもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The PFX holds no certificate.</source>
        <translation>PFX に証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Export the certificate together with its private key.</source>
        <translation>証明書を秘密キーと共にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check the path and that the wizard&apos;s account may read the file.</source>
        <translation>パスと、ウィザードのアカウントがファイルを読み取れるかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder the wizard&apos;s account may write to, with free space.</source>
        <translation>ウィザードのアカウントが書き込み可能で、空き領域のあるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not generate an RSA key of %1 bits.</source>
        <translation>%1 ビットの RSA キーを生成できませんでした。</translation>
    </message>
    <message>
        <source>Could not fill in the certificate.</source>
        <translation>証明書の内容を設定できませんでした。</translation>
    </message>
    <message>
        <source>Could not add certificate extensions.</source>
        <translation>証明書の拡張機能を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation>証明書に署名できませんでした。</translation>
    </message>
    <message>
        <source>Could not encode the certificate.</source>
        <translation>証明書をエンコードできませんでした。</translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation>秘密キーをエンコードできませんでした。</translation>
    </message>
    <message>
        <source>An RSA key of %1 bits is not offered for the STS certificate.</source>
        <translation>%1 ビットの RSA キーは STS 証明書には使用できません。</translation>
    </message>
    <message>
        <source>Choose 2048, 3072 or 4096 bits (2048 is what SharePoint and Microsoft Entra expect at least).</source>
        <translation>2048、3072、4096 ビットのいずれかを選択してください (SharePoint と Microsoft Entra は 2048 ビット以上を想定しています)。</translation>
    </message>
    <message>
        <source>A validity of %1 years is not offered for the STS certificate.</source>
        <translation>%1 年の有効期間は STS 証明書には使用できません。</translation>
    </message>
    <message>
        <source>Choose between 1 and 10 years, and note the expiry date: hybrid stops working the day the certificate expires.</source>
        <translation>1 ～ 10 年の範囲で選択し、有効期限を控えておいてください。証明書の有効期限が切れた日にハイブリッドは動作しなくなります。</translation>
    </message>
    <message>
        <source>The certificate subject &quot;%1&quot; is not valid: %2</source>
        <translation>証明書のサブジェクト &quot;%1&quot; が無効です: %2</translation>
    </message>
    <message>
        <source>Write it as CN=name, optionally followed by O=organization, OU=unit, C=country.</source>
        <translation>CN=名前 の形式で記述し、必要に応じて O=組織、OU=部署、C=国 を続けてください。</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>空です。</translation>
    </message>
    <message>
        <source>%1 has no value.</source>
        <translation>%1 に値がありません。</translation>
    </message>
    <message>
        <source>OpenSSL refuses %1 (too long, or wrong format).</source>
        <translation>OpenSSL が %1 を拒否しました (長すぎるか、形式が正しくありません)。</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>%1 を所有者のみが読み取れるようにできませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder on a local disk the wizard&apos;s account owns (NTFS on Windows).</source>
        <translation>ウィザードのアカウントが所有するローカル ディスク上のフォルダー (Windows では NTFS) を選択してください。</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>%1 には既にファイルが存在します。</translation>
    </message>
    <message>
        <source>Move that file away or choose another path: the wizard never overwrites a file.</source>
        <translation>そのファイルを移動するか、別のパスを選択してください。ウィザードはファイルを上書きしません。</translation>
    </message>
    <message>
        <source>Could not generate an elliptic curve key (P-256).</source>
        <translation>楕円曲線キー (P-256) を生成できませんでした。</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>Enter the public DNS domain only, such as contoso.com (no https://, no path).</source>
        <translation>公開 DNS ドメインのみを入力してください (例: contoso.com。https:// やパスは不要)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain name.</source>
        <translation>&quot;%1&quot; は URL であり、ドメイン名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a wildcard other than a leading &quot;*.&quot;.</source>
        <translation>&quot;%1&quot; に先頭の &quot;*.&quot; 以外のワイルドカードが含まれています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name with at least two labels.</source>
        <translation>&quot;%1&quot; は 2 つ以上のラベルを持つドメイン名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid label &quot;%2&quot;: use letters, digits and inner hyphens.</source>
        <translation>&quot;%1&quot; に無効なラベル &quot;%2&quot; があります。英字、数字、および途中のハイフンを使用してください。</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Endpoint &quot;%1&quot; is not an absolute https:// URL.</source>
        <translation>エンドポイント &quot;%1&quot; は絶対 https:// URL ではありません。</translation>
    </message>
    <message>
        <source>Write it as https://host[:port] in the endpoints file.</source>
        <translation>エンドポイント ファイルに https://host[:port] の形式で記述してください。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>%2 に不明なキー &quot;%1&quot; があります。</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; URL.</source>
        <translation>%1 に &quot;%2&quot; の URL がありません。</translation>
    </message>
    <message>
        <source>The endpoints file holds only &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; and &quot;sharepoint&quot;.</source>
        <translation>エンドポイント ファイルに含められるのは &quot;login&quot;、&quot;graph&quot;、&quot;acs&quot;、&quot;sharepoint&quot; のみです。</translation>
    </message>
    <message>
        <source>Give all four: &quot;login&quot;, &quot;graph&quot;, &quot;acs&quot; and &quot;sharepoint&quot;.</source>
        <translation>&quot;login&quot;、&quot;graph&quot;、&quot;acs&quot;、&quot;sharepoint&quot; の 4 つすべてを指定してください。</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Remedy: %1</source>
        <translation>対処法: %1</translation>
    </message>
</context>
<context>
    <name>FarmCodec</name>
    <message>
        <source>The farm host&apos;s answer to %1 has no valid %2; it is refused rather than read as a default.</source>
        <translation>%1 に対するファーム ホストの応答に有効な %2 がありません。既定値として読み取らずに拒否します。</translation>
    </message>
    <message>
        <source>The host script does not match this wizard or has a defect: use the FarmHost.ps1 shipped with this version of the wizard.</source>
        <translation>ホスト スクリプトがこのウィザードと一致しないか、不具合があります。このバージョンのウィザードに付属の FarmHost.ps1 を使用してください。</translation>
    </message>
</context>
<context>
    <name>FarmLock</name>
    <message>
        <source>The farm is locked by %1 on %2 since %3 (session %4).</source>
        <translation>ファームは %3 から %2 上の %1 によってロックされています (セッション %4)。</translation>
    </message>
    <message>
        <source>Process %1; last renewed %2.</source>
        <translation>プロセス %1、最終更新 %2。</translation>
    </message>
    <message>
        <source>Wait for that run to finish, or after %1 minutes without renewal the lock counts as stale.</source>
        <translation>その実行が終了するまでお待ちください。%1 分間更新されないと、ロックは古いものと見なされます。</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the farm lock.</source>
        <translation>ファーム ロックの待機中に取り消されました。</translation>
    </message>
    <message>
        <source>Run the step again when you are ready.</source>
        <translation>準備ができたら、この手順をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>ファイルが存在し、読み取り可能であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Fix the JSON syntax (an editor with JSON validation helps).</source>
        <translation>JSON の構文を修正してください (JSON 検証機能付きのエディターが便利です)。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Free disk space or fix the folder&apos;s permissions.</source>
        <translation>ディスクの空き領域を確保するか、フォルダーのアクセス許可を修正してください。</translation>
    </message>
</context>
<context>
    <name>FinalValidationStep</name>
    <message>
        <source>Validation and next steps</source>
        <translation>検証と次のステップ</translation>
    </message>
    <message>
        <source>Re-run the checks of steps 1 to 10 (read-only).</source>
        <translation>ステップ 1 ～ 10 のチェックを再実行します (読み取り専用)。</translation>
    </message>
    <message>
        <source>Every check of every step runs again, read-only, and the results are summed up here. Then the trust is proven with real tokens: SharePoint Online must announce your tenant as its realm, and ACS must issue tokens to an assertion the farm signs with its own STS key, for SharePoint Online and for the farm&apos;s public host. Export the transcript for your change record. Next on the hybrid roadmap: single sign-on and directory synchronization.</source>
        <translation>すべてのステップのすべてのチェックが読み取り専用で再実行され、結果がここにまとめられます。その後、実際のトークンで信頼が証明されます。SharePoint Online がテナントを自身の領域として通知し、ファームが独自の STS キーで署名したアサーションに対して、ACS が SharePoint Online 用とファームの公開ホスト用のトークンを発行する必要があります。変更記録用にトランスクリプトをエクスポートしてください。ハイブリッドのロードマップの次の項目: シングル サインオンとディレクトリ同期。</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Microsoft Graph sent an answer that is not a JSON object.</source>
        <translation>Microsoft Graph から JSON オブジェクトではない応答が返されました。</translation>
    </message>
    <message>
        <source>Check the tenant and the application id: the object does not exist there.</source>
        <translation>テナントとアプリケーション ID を確認してください。オブジェクトがそこに存在しません。</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling or unavailable; try again in a few minutes.</source>
        <translation>Microsoft Graph が調整中 (スロットリング) か利用できません。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts and %2 s of waiting.</source>
        <translation>%1 回試行し、%2 秒待機した後で中止しました。</translation>
    </message>
    <message>
        <source>Microsoft Graph listed no organization.</source>
        <translation>Microsoft Graph から組織が返されませんでした。</translation>
    </message>
    <message>
        <source>Check the tenant id in the metadata endpoint.</source>
        <translation>メタデータ エンドポイントのテナント ID を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON metadata document.</source>
        <translation>%1 から JSON メタデータ ドキュメントが返されませんでした。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 が HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>The signed-in account lacks consent or a directory role for %1. Consent: a Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to the delegated permission %1 for the sign-in client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions). Role: to change the SharePoint Online principal, sign in with an account that holds Global Administrator, Application Administrator or Cloud Application Administrator (activated, if assigned through Privileged Identity Management).</source>
        <translation>サインインしているアカウントには、%1 の同意またはディレクトリ ロールがありません。同意: Cloud Application Administrator、Application Administrator、または Privileged Role Administrator が、サインイン クライアントに対する委任されたアクセス許可 %1 の管理者の同意を付与します (Microsoft Entra 管理センター &gt; エンタープライズ アプリケーション &gt; 対象のクライアント &gt; アクセス許可)。ロール: SharePoint Online プリンシパルを変更するには、Global Administrator、Application Administrator、または Cloud Application Administrator ロールを保持するアカウントでサインインしてください (Privileged Identity Management で割り当てられている場合はアクティブ化が必要です)。</translation>
    </message>
    <message>
        <source>Another service principal in the tenant already holds this service principal name. Find it (Entra admin center &gt; Enterprise applications, or GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq &apos;&lt;the SPN&gt;&apos;)&amp;$select=id,appId,displayName) and remove the name there, or choose another public domain.</source>
        <translation>テナント内の別のサービス プリンシパルが、このサービス プリンシパル名を既に保持しています。そのプリンシパルを探して (Microsoft Entra 管理センター &gt; エンタープライズ アプリケーション、または GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq &apos;&lt;SPN&gt;&apos;)&amp;$select=id,appId,displayName) そこから名前を削除するか、別の公開ドメインを選択してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph answered HTTP %1 %2: %3 (request-id %4, client-request-id %5, date %6).</source>
        <translation>Microsoft Graph が HTTP %1 %2 を返しました: %3 (request-id %4、client-request-id %5、日付 %6)。</translation>
    </message>
    <message>
        <source>Sign in again: the token expired or was revoked.</source>
        <translation>もう一度サインインしてください。トークンの有効期限が切れたか、取り消されました。</translation>
    </message>
</context>
<context>
    <name>GraphRequests</name>
    <message>
        <source>Sign in to Microsoft 365 (authorization code + PKCE; scopes: %1)</source>
        <translation>Microsoft 365 にサインイン (認可コード + PKCE、スコープ: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n existing key(s) re-sent as {key,type,usage}</source>
        <translation>
            <numerusform>既存のキー %n 個を {key,type,usage} として再送信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>error: [%1] %2</source>
        <translation>エラー: [%1] %2</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, actual %4</source>
        <translation>%1 %2: 期待値 %3、実際の値 %4</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>トランスクリプトを %1 に書き込みました</translation>
    </message>
    <message>
        <source>The answers file must give &quot;%1&quot; for a run on a real farm.</source>
        <translation>実際のファームで実行するには、応答ファイルで &quot;%1&quot; を指定する必要があります。</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>セッション: %1</translation>
    </message>
    <message>
        <source>Result: no check fails.</source>
        <translation>結果: 失敗したチェックはありません。</translation>
    </message>
    <message>
        <source>Result: exit code %1.</source>
        <translation>結果: 終了コード %1。</translation>
    </message>
    <message>
        <source>Open this address in a browser on this machine to sign in:
</source>
        <translation>サインインするには、このコンピューターのブラウザーで次のアドレスを開いてください:
</translation>
    </message>
    <message>
        <source>none (no earlier session of this farm and tenant recorded one): the check is unknown</source>
        <translation>なし (このファームとテナントの以前のセッションに記録がありません): チェック結果は不明です</translation>
    </message>
    <message>
        <source>Baseline of existing-spns-kept: %1</source>
        <translation>existing-spns-kept の比較基準: %1</translation>
    </message>
    <message>
        <source>Baseline of spo-keys-kept: %1</source>
        <translation>spo-keys-kept の比較基準: %1</translation>
    </message>
    <message>
        <source>STS certificate %1</source>
        <translation>STS 証明書 %1</translation>
    </message>
    <message>
        <source>Key of that certificate in SharePoint Online</source>
        <translation>SharePoint Online 内のこの証明書のキー</translation>
    </message>
    <message>
        <source>SharePoint Online key %1</source>
        <translation>SharePoint Online キー %1</translation>
    </message>
    <message>
        <source>%1: %2 days left (until %3)</source>
        <translation>%1: 残り %2 日 (%3 まで)</translation>
    </message>
    <message>
        <source>%1: expired on %2</source>
        <translation>%1: %2 に期限切れ</translation>
    </message>
    <message>
        <source>Result: no check fails, but a warning stands (exit code %1).</source>
        <translation>結果: 失敗したチェックはありませんが、警告が残っています (終了コード %1)。</translation>
    </message>
    <message>
        <source>Renewed the STS certificate: %1 -&gt; %2</source>
        <translation>STS 証明書を更新しました: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>every SharePoint server serves %1 (valid to %2)</source>
        <translation>すべての SharePoint サーバーが %1 を使用中 (%2 まで有効)</translation>
    </message>
    <message>
        <source>PFX: %1</source>
        <translation>PFX: %1</translation>
    </message>
    <message>
        <source>SharePoint Online keys: added %1, removed %2; every other key kept</source>
        <translation>SharePoint Online キー: %1 を追加、%2 を削除、他のキーはすべて保持</translation>
    </message>
    <message>
        <source>Removed: %1 %2 (%3)</source>
        <translation>削除済み: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Already gone: %1 %2 (%3)</source>
        <translation>既に削除済み: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Stays: %1</source>
        <translation>保持: %1</translation>
    </message>
    <message>
        <source>The session file %1 does not exist.</source>
        <translation>セッション ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>Name the session file of the setup (the wizard lists its sessions in %1).</source>
        <translation>セットアップのセッション ファイルを指定してください (ウィザードのセッションは %1 に一覧表示されます)。</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>Fix or delete the lab file; a deleted file is seeded again on the next start.</source>
        <translation>ラボ ファイルを修正するか削除してください。削除したファイルは次回の起動時に再作成されます。</translation>
    </message>
    <message>
        <source>Cannot create the lab folder %1.</source>
        <translation>ラボ フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Choose a writable folder for --lab.</source>
        <translation>--lab には書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>tenant.json has no port for the lab tenant.</source>
        <translation>tenant.json にラボ テナントのポートがありません。</translation>
    </message>
    <message>
        <source>Set &quot;port&quot; in tenant.json to a free TCP port (1024-65535).</source>
        <translation>tenant.json の &quot;port&quot; に空いている TCP ポート (1024 ～ 65535) を設定してください。</translation>
    </message>
    <message>
        <source>The lab tenant&apos;s TLS certificate could not be loaded.</source>
        <translation>ラボ テナントの TLS 証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Check that Qt Network has its OpenSSL TLS backend.</source>
        <translation>Qt Network に OpenSSL TLS バックエンドがあることを確認してください。</translation>
    </message>
    <message>
        <source>The lab tenant cannot listen on 127.0.0.1:%1: %2</source>
        <translation>ラボ テナントが 127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>Another program uses port %1, perhaps another wizard on the same lab folder: close it. Or set a free port as &quot;port&quot; in tenant.json; the farm then needs the ACS step again, as its ACS proxy and issuer keep the old URL.</source>
        <translation>ポート %1 を別のプログラムが使用しています。同じラボ フォルダーを使う別のウィザードかもしれません。そのプログラムを閉じてください。または tenant.json の &quot;port&quot; に空いているポートを設定してください。その場合、ファームの ACS プロキシと発行者は古い URL を保持しているため、ACS ステップをもう一度実行する必要があります。</translation>
    </message>
    <message>
        <source>The lab tenant has no certificate before it starts.</source>
        <translation>ラボ テナントには起動前の証明書がありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Choose a writable lab folder.</source>
        <translation>書き込み可能なラボ フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot write the lab tenant&apos;s certificate to %1.</source>
        <translation>ラボ テナントの証明書を %1 に書き込めません。</translation>
    </message>
    <message>
        <source>tenant.json signIn.deviceCode is &quot;%1&quot;.</source>
        <translation>tenant.json の signIn.deviceCode が &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Use &quot;approve&quot;, &quot;decline&quot;, &quot;expire&quot; or &quot;mistype&quot;.</source>
        <translation>&quot;approve&quot;、&quot;decline&quot;、&quot;expire&quot;、&quot;mistype&quot; のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>No answer from %1: %2</source>
        <translation>%1 から応答がありません: %2</translation>
    </message>
    <message>
        <source>Check that this machine reaches %1 over HTTPS (proxy, firewall, TLS inspection: add its CA with --ca-file).</source>
        <translation>このコンピューターから HTTPS で %1 に到達できることを確認してください (プロキシ、ファイアウォール、TLS インスペクション: その CA を --ca-file で追加してください)。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Give a file with -----BEGIN CERTIFICATE----- blocks.</source>
        <translation>-----BEGIN CERTIFICATE----- ブロックを含むファイルを指定してください。</translation>
    </message>
    <message>
        <source>Check --endpoints and any proxy or TLS inspection between this machine and %1: Microsoft Graph and the sign-in endpoints do not redirect.</source>
        <translation>--endpoints と、このコンピューターと %1 の間にあるプロキシや TLS インスペクションを確認してください。Microsoft Graph とサインイン エンドポイントはリダイレクトを行いません。</translation>
    </message>
    <message>
        <source>the request carries a token</source>
        <translation>要求にトークンが含まれている</translation>
    </message>
    <message>
        <source>it would leave HTTPS</source>
        <translation>HTTPS 以外に移動することになる</translation>
    </message>
    <message>
        <source>%1 redirected to %2; the wizard did not follow, because %3.</source>
        <translation>%1 が %2 にリダイレクトしました。%3ため、ウィザードはリダイレクトに従いませんでした。</translation>
    </message>
    <message>
        <source>%1 was cancelled: the wizard is closing.</source>
        <translation>%1 は取り消されました: ウィザードを閉じています。</translation>
    </message>
</context>
<context>
    <name>OAuthOverHttpStep</name>
    <message>
        <source>Configure OAuth over HTTP</source>
        <translation>OAuth over HTTP を構成する</translation>
    </message>
    <message>
        <source>OAuth in SharePoint Server requires HTTPS. When the hybrid web application uses http://, OAuth over HTTP must be allowed. The setting lives in the configuration database, so it is set once for the whole farm.</source>
        <translation>SharePoint Server の OAuth には HTTPS が必要です。ハイブリッド Web アプリケーションが http:// を使用する場合は、OAuth over HTTP を許可する必要があります。この設定は構成データベースにあるため、ファーム全体に対して 1 回だけ設定します。</translation>
    </message>
    <message>
        <source>Not required: the web application uses SSL.</source>
        <translation>不要: Web アプリケーションは SSL を使用しています。</translation>
    </message>
    <message>
        <source>OAuth over HTTP sends tokens unencrypted on the network. Allow it (you can turn it off again once the web application uses SSL).</source>
        <translation>OAuth over HTTP では、トークンが暗号化されずにネットワークを流れます。許可してください (Web アプリケーションが SSL を使用するようになったら、再び無効にできます)。</translation>
    </message>
    <message>
        <source>To turn it off later: %1</source>
        <translation>後で無効にするには: %1</translation>
    </message>
    <message>
        <source>Run this step (it sets AllowOAuthOverHttp), or move the web application to https://.</source>
        <translation>このステップを実行する (AllowOAuthOverHttp が設定されます) か、Web アプリケーションを https:// に移行してください。</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Configures the SharePoint hybrid server-to-server trust between a SharePoint Server farm and SharePoint Online.</source>
        <translation>SharePoint Server ファームと SharePoint Online の間にハイブリッドのサーバー間信頼を構成します。</translation>
    </message>
    <message>
        <source>Run against the built-in lab kept in DIR.</source>
        <translation>DIR に保持される組み込みのラボに対して実行します。</translation>
    </message>
    <message>
        <source>Headless: apply and validate every step.</source>
        <translation>ヘッドレス: すべてのステップを適用して検証します。</translation>
    </message>
    <message>
        <source>Headless: validate every step, change nothing.</source>
        <translation>ヘッドレス: すべてのステップを検証し、何も変更しません。</translation>
    </message>
    <message>
        <source>Answers file (JSON) for --auto.</source>
        <translation>--auto 用の応答ファイル (JSON)。</translation>
    </message>
    <message>
        <source>Write a JSON report to FILE.</source>
        <translation>JSON レポートを FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Create or resume this session file.</source>
        <translation>このセッション ファイルを作成または再開します。</translation>
    </message>
    <message>
        <source>Stop --auto after step STEP (an id).</source>
        <translation>ステップ STEP (ID) の後で --auto を停止します。</translation>
    </message>
    <message>
        <source>Export the transcript of --session to FILE.</source>
        <translation>--session のトランスクリプトを FILE にエクスポートします。</translation>
    </message>
    <message>
        <source>Transcript format: txt, html or json.</source>
        <translation>トランスクリプトの形式: txt、html、json。</translation>
    </message>
    <message>
        <source>Per-operation timeout of the farm host, in seconds.</source>
        <translation>ファーム ホストの操作ごとのタイムアウト (秒)。</translation>
    </message>
    <message>
        <source>Language of the wizard: %1 (default: the system&apos;s).</source>
        <translation>ウィザードの言語: %1 (既定: システムの言語)。</translation>
    </message>
    <message>
        <source>Run s2s-wizard --help for the options.</source>
        <translation>オプションについては s2s-wizard --help を実行してください。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Choose one of them.</source>
        <translation>どちらか一方を選択してください。</translation>
    </message>
    <message>
        <source>--export-transcript needs --session FILE.</source>
        <translation>--export-transcript には --session FILE が必要です。</translation>
    </message>
    <message>
        <source>Name the session whose transcript to export.</source>
        <translation>トランスクリプトをエクスポートするセッションを指定してください。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; for --stop-after.</source>
        <translation>--stop-after のステップ &quot;%1&quot; が不明です。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください: %1。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang.</source>
        <translation>--lang の言語 &quot;%1&quot; が不明です。</translation>
    </message>
    <message>
        <source>--op-timeout must be a positive number of seconds.</source>
        <translation>--op-timeout には正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>For example --op-timeout 300.</source>
        <translation>例: --op-timeout 300。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が存在しません。</translation>
    </message>
    <message>
        <source>Give a PEM file with the CA certificate to trust.</source>
        <translation>信頼する CA 証明書を含む PEM ファイルを指定してください。</translation>
    </message>
    <message>
        <source>unknown flow &quot;%1&quot;.</source>
        <translation>不明なフロー &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Use browser or device-code.</source>
        <translation>browser または device-code を使用してください。</translation>
    </message>
    <message>
        <source>Tenant endpoints file (JSON with login, graph and acs URLs).</source>
        <translation>テナントのエンドポイント ファイル (login、graph、acs の URL を含む JSON)。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for HTTPS.</source>
        <translation>HTTPS で FILE (PEM) 内の CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>Sign-in flow: browser (GUI default) or device-code (headless default).</source>
        <translation>サインインのフロー: browser (GUI の既定) または device-code (ヘッドレスの既定)。</translation>
    </message>
    <message>
        <source>Application (client) id used to sign in.</source>
        <translation>サインインに使用するアプリケーション (クライアント) ID。</translation>
    </message>
    <message>
        <source>--client-id and --tenant cannot be empty.</source>
        <translation>--client-id と --tenant は空にできません。</translation>
    </message>
    <message>
        <source>Leave them out for the defaults.</source>
        <translation>既定値を使用するには指定しないでください。</translation>
    </message>
    <message>
        <source>What serves the lab farm: host (s2s-lab-host, default) or powershell (the farm script under pwsh with the SharePoint simulator).</source>
        <translation>ラボ ファームを提供するもの: host (s2s-lab-host、既定) または powershell (SharePoint シミュレーターを使い pwsh で実行するファーム スクリプト)。</translation>
    </message>
    <message>
        <source>Unknown lab farm &quot;%1&quot; for --lab-farm.</source>
        <translation>--lab-farm のラボ ファーム &quot;%1&quot; は不明です。</translation>
    </message>
    <message>
        <source>Use host or powershell.</source>
        <translation>host または powershell を使用してください。</translation>
    </message>
    <message>
        <source>--lab-farm needs --lab DIR.</source>
        <translation>--lab-farm には --lab DIR が必要です。</translation>
    </message>
    <message>
        <source>Name the lab folder with --lab.</source>
        <translation>--lab でラボ フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Tenant to sign in to: id, domain or organizations (default: the session&apos;s tenant, or organizations for a new session).</source>
        <translation>サインインするテナント: ID、ドメイン、または organizations (既定: セッションのテナント。新しいセッションでは organizations)。</translation>
    </message>
    <message>
        <source>--warn-days must be a number of days from 0 to 3650.</source>
        <translation>--warn-days には 0 ～ 3650 の日数を指定する必要があります。</translation>
    </message>
    <message>
        <source>For example --warn-days 30.</source>
        <translation>例: --warn-days 30。</translation>
    </message>
    <message>
        <source>--renew-certificate and --remove need --session FILE.</source>
        <translation>--renew-certificate と --remove には --session FILE が必要です。</translation>
    </message>
    <message>
        <source>Name the session that set the trust up.</source>
        <translation>信頼をセットアップしたセッションを指定してください。</translation>
    </message>
    <message>
        <source>Headless: renew the STS certificate of --session without an outage of the trust.</source>
        <translation>ヘッドレス: 信頼を停止させずに --session の STS 証明書を更新します。</translation>
    </message>
    <message>
        <source>Headless: remove what --session added or changed, in reverse step order.</source>
        <translation>ヘッドレス: --session が追加または変更したものを、ステップの逆順で削除します。</translation>
    </message>
    <message>
        <source>Warn when the STS certificate or its key in SharePoint Online expires within DAYS days.</source>
        <translation>STS 証明書または SharePoint Online 内のそのキーの有効期限が DAYS 日以内に切れる場合に警告します。</translation>
    </message>
    <message>
        <source>%1 cannot be combined.</source>
        <translation>%1 は組み合わせることができません。</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>LAB MODE — simulated farm and tenant in %1; nothing real is changed</source>
        <translation>ラボ モード — %1 のシミュレートされたファームとテナント。実環境は何も変更されません</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>applied, not validated</source>
        <translation>適用済み、未検証</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ProtocolFarmBackend</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Farm host ready: PowerShell %1, SharePoint %2, farm administrator: %3</source>
        <translation>ファーム ホストの準備完了: PowerShell %1、SharePoint %2、ファーム管理者: %3</translation>
    </message>
    <message>
        <source>Starting the farm host %1 and loading SharePoint…</source>
        <translation>ファーム ホスト %1 を起動し、SharePoint を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>In step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterAppPrincipalStep</name>
    <message>
        <source>Register the SharePoint Online app principal</source>
        <translation>SharePoint Online アプリ プリンシパルを登録する</translation>
    </message>
    <message>
        <source>The farm must know SharePoint Online as an app principal, identified by &lt;service principal object id&gt;@&lt;tenant id&gt;, to accept its OAuth requests. It is registered on the root web of the hybrid web application, once.</source>
        <translation>ファームが SharePoint Online の OAuth 要求を受け入れるには、SharePoint Online を &lt;サービス プリンシパルのオブジェクト ID&gt;@&lt;テナント ID&gt; で識別されるアプリ プリンシパルとして認識している必要があります。ハイブリッド Web アプリケーションのルート Web に 1 回だけ登録します。</translation>
    </message>
    <message>
        <source>If it is not registered yet:</source>
        <translation>まだ登録されていない場合:</translation>
    </message>
    <message>
        <source>not registered on %1</source>
        <translation>%1 に未登録</translation>
    </message>
    <message>
        <source>Run this step to register the app principal.</source>
        <translation>このステップを実行してアプリ プリンシパルを登録してください。</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Turn OAuth over HTTP off again on the farm (AllowOAuthOverHttp back to False)</source>
        <translation>ファームで OAuth over HTTP を再び無効にする (AllowOAuthOverHttp を False に戻す)</translation>
    </message>
    <message>
        <source>The key credential the wizard uploaded to the SharePoint Online principal (certificate %1); every other key stays</source>
        <translation>ウィザードが SharePoint Online プリンシパルにアップロードしたキー資格情報 (証明書 %1)。他のキーはすべて保持されます</translation>
    </message>
    <message>
        <source>The SPN %1 on the SharePoint Online principal; every other SPN stays</source>
        <translation>SharePoint Online プリンシパルの SPN %1。他の SPN はすべて保持されます</translation>
    </message>
    <message>
        <source>The app principal %1 registered on %2</source>
        <translation>%2 に登録されたアプリ プリンシパル %1</translation>
    </message>
    <message>
        <source>The farm&apos;s authentication realm back from %1 to %2 (what was registered on %2 works again; what was registered since on %1 stops)</source>
        <translation>ファームの認証領域を %1 から %2 に戻す (%2 に登録されていたものは再び動作し、その後 %1 に登録されたものは動作しなくなります)</translation>
    </message>
    <message>
        <source>The ACS proxy &quot;%1&quot; the wizard created (metadata endpoint %2)</source>
        <translation>ウィザードが作成した ACS プロキシ &quot;%1&quot; (メタデータ エンドポイント %2)</translation>
    </message>
    <message>
        <source>The trusted security token issuer &quot;%1&quot; the wizard created</source>
        <translation>ウィザードが作成した信頼できるセキュリティ トークン発行者 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>every other key re-sent as {key,type,usage}; not the key of %1</source>
        <translation>他のすべてのキーを {key,type,usage} として再送信。%1 のキーは除く</translation>
    </message>
    <message>
        <source>every other SPN; not %1</source>
        <translation>他のすべての SPN。%1 は除く</translation>
    </message>
    <message>
        <source>The farm&apos;s realm is %1 now, neither the %2 the wizard set nor the %3 it replaced: it was changed since and stays as it is.</source>
        <translation>ファームの領域は現在 %1 で、ウィザードが設定した %2 でも、置き換えられた %3 でもありません。その後変更されているため、そのまま保持されます。</translation>
    </message>
    <message>
        <source>The trusted issuer &quot;%1&quot; now reads its metadata from %2, not from the %3 the wizard set: it is not the one the wizard created and stays.</source>
        <translation>信頼できる発行者 &quot;%1&quot; は現在、ウィザードが設定した %3 ではなく %2 からメタデータを読み取っています。ウィザードが作成した発行者ではないため、保持されます。</translation>
    </message>
    <message>
        <source>This session was written by a wizard version that did not record its changes: what it added to the farm and the tenant, and which values it replaced, is unknown. Removing by guess could delete an ACS proxy, a trusted issuer, an SPN or a key that existed before it, and break whatever else depends on them.</source>
        <translation>このセッションは、変更を記録しないバージョンのウィザードで書き込まれました。ファームとテナントに何が追加され、どの値が置き換えられたかは不明です。推測で削除すると、以前から存在していた ACS プロキシ、信頼できる発行者、SPN、またはキーが削除され、それらに依存する他のものが動作しなくなる可能性があります。</translation>
    </message>
    <message>
        <source>Remove the trust by hand after checking what existed before (PROCEDURE.md, &quot;Lifecycle after setup&quot;): the SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; and the farm&apos;s key on the SharePoint Online principal, the app principal (SPAppPrincipalManager.DeleteAppPrincipal), the trusted issuer (Remove-SPTrustedSecurityTokenIssuer), the ACS proxy (Remove-SPServiceApplicationProxy) and, if the wizard changed them, the realm (Set-SPAuthenticationRealm) and AllowOAuthOverHttp.</source>
        <translation>以前から存在していたものを確認してから、信頼を手動で削除してください (PROCEDURE.md、&quot;Lifecycle after setup&quot;): SPN 00000003-0000-0ff1-ce00-000000000000/*.&lt;domain&gt; と SharePoint Online プリンシパル上のファームのキー、アプリ プリンシパル (SPAppPrincipalManager.DeleteAppPrincipal)、信頼できる発行者 (Remove-SPTrustedSecurityTokenIssuer)、ACS プロキシ (Remove-SPServiceApplicationProxy)、およびウィザードが変更した場合は領域 (Set-SPAuthenticationRealm) と AllowOAuthOverHttp。</translation>
    </message>
    <message>
        <source>A renewal of the STS certificate is in progress in this session (stage %1).</source>
        <translation>このセッションでは STS 証明書の更新が進行中です (段階 %1)。</translation>
    </message>
    <message>
        <source>Finish it first with --renew-certificate --session and the same session file, then run --remove again.</source>
        <translation>先に --renew-certificate --session と同じセッション ファイルで更新を完了してから、--remove をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The farm&apos;s STS signing certificate %1 stays, and so does its copy in the SharePoint servers&apos; trusted root stores: the farm signs with it, and this session did not put it there as a replacement it could undo.</source>
        <translation>ファームの STS 署名証明書 %1 と、SharePoint サーバーの信頼されたルート ストア内のそのコピーは保持されます。ファームはこの証明書で署名しており、このセッションが元に戻せる置き換えとしてそこに配置したものではありません。</translation>
    </message>
    <message>
        <source>The farm&apos;s STS signing certificate %1 stays: the certificate it replaced (%2) cannot be put back, because its private key cannot be recovered from the farm. It also stays in the SharePoint servers&apos; trusted root stores. Replace it with Set-SPSecurityTokenServiceConfig if you want another one.</source>
        <translation>ファームの STS 署名証明書 %1 は保持されます。置き換えられた証明書 (%2) は、その秘密キーをファームから回復できないため、元に戻せません。この証明書は SharePoint サーバーの信頼されたルート ストアにも残ります。別の証明書を使用する場合は、Set-SPSecurityTokenServiceConfig で置き換えてください。</translation>
    </message>
    <message>
        <source>Remove what this session set up (the SPN, key, ACS proxy, trusted issuer, app principal, realm and OAuth over HTTP it added or changed); the hybrid features stop working.</source>
        <translation>このセッションがセットアップしたもの (追加または変更した SPN、キー、ACS プロキシ、信頼できる発行者、アプリ プリンシパル、領域、OAuth over HTTP) を削除します。ハイブリッド機能は動作しなくなります。</translation>
    </message>
    <message>
        <source>Nothing to remove: every change this session recorded is undone.</source>
        <translation>削除するものはありません。このセッションが記録したすべての変更は元に戻されています。</translation>
    </message>
    <message>
        <source>Already gone (undone by someone else): %1</source>
        <translation>既に削除済み (他のユーザーが元に戻しました): %1</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>Replacing the certificate resets IIS and restarts the SharePoint Timer Service on every server, one server at a time: each server is out of service for a minute or two while the others keep serving.</source>
        <translation>証明書を置き換えると、各サーバーで 1 台ずつ IIS がリセットされ、SharePoint Timer サービスが再起動されます。各サーバーは 1 ～ 2 分間停止しますが、その間も他のサーバーは処理を続けます。</translation>
    </message>
    <message>
        <source>The PFX %1 holds the certificate the farm signs with now (%2): a renewal needs a new certificate.</source>
        <translation>PFX %1 には、ファームが現在署名に使用している証明書 (%2) が含まれています。更新には新しい証明書が必要です。</translation>
    </message>
    <message>
        <source>Choose the PFX of the new certificate (certificate.pfx in the answers file), or let the wizard generate one (certificate.mode &quot;generate&quot;).</source>
        <translation>新しい証明書の PFX を選択する (応答ファイルの certificate.pfx) か、ウィザードに生成させてください (certificate.mode &quot;generate&quot;)。</translation>
    </message>
    <message>
        <source>The PFX %1 of this renewal now holds the certificate %2 instead of %3.</source>
        <translation>この更新の PFX %1 には、%3 ではなく証明書 %2 が含まれています。</translation>
    </message>
    <message>
        <source>Put the PFX of certificate %1 back at that path (the wizard never overwrites it), then run the renewal again.</source>
        <translation>証明書 %1 の PFX をそのパスに戻してから (ウィザードが上書きすることはありません)、更新をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Adding the key of %1 to SharePoint Online…</source>
        <translation>%1 のキーを SharePoint Online に追加しています…</translation>
    </message>
    <message>
        <source>Not every SharePoint server serves the new STS certificate %1 yet.</source>
        <translation>新しい STS 証明書 %1 をまだ使用していない SharePoint サーバーがあります。</translation>
    </message>
    <message>
        <source>Run the renewal again: it sets what is missing and resets the servers that still serve the old certificate. The old key stays in SharePoint Online until then, so the trust keeps working.</source>
        <translation>更新をもう一度実行してください。不足している設定が行われ、古い証明書をまだ使用しているサーバーがリセットされます。それまで古いキーは SharePoint Online に残るため、信頼は引き続き機能します。</translation>
    </message>
    <message>
        <source>The trust does not work with the new STS certificate %1: %2</source>
        <translation>新しい STS 証明書 %1 では信頼が機能しません: %2</translation>
    </message>
    <message>
        <source>%1 The old key (%2) stays in SharePoint Online until the trust works; run the renewal again once this is fixed.</source>
        <translation>%1 信頼が機能するまで、古いキー (%2) は SharePoint Online に残ります。この問題を解決したら、更新をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Removing the old key %1 from SharePoint Online…</source>
        <translation>古いキー %1 を SharePoint Online から削除しています…</translation>
    </message>
    <message>
        <source>The hybrid trust of this session was removed (%1): there is no trust to renew.</source>
        <translation>このセッションのハイブリッド信頼は削除されています (%1)。更新する信頼はありません。</translation>
    </message>
    <message>
        <source>Set the trust up again in a new session (--auto), then renew its certificate there.</source>
        <translation>新しいセッションで信頼をもう一度セットアップしてから (--auto)、そのセッションで証明書を更新してください。</translation>
    </message>
    <message>
        <source>The setup of this session is not finished (%1 is not done): only a finished trust can have its certificate renewed.</source>
        <translation>このセッションのセットアップは完了していません (%1 が未完了)。証明書を更新できるのは、セットアップが完了した信頼だけです。</translation>
    </message>
    <message>
        <source>Finish the setup first (--auto --session FILE, or the wizard), then renew the certificate.</source>
        <translation>先にセットアップを完了してから (--auto --session FILE、またはウィザード)、証明書を更新してください。</translation>
    </message>
    <message>
        <source>&lt;new PFX beside %1&gt;</source>
        <translation>&lt;%1 の横の新しい PFX&gt;</translation>
    </message>
    <message>
        <source>1. Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 years; write its PFX and CER (%3) owner-only, never over an existing file; the password stays in the credential store.</source>
        <translation>1. %1 ビットの RSA キーと、有効期間 %2 年の自己署名 SHA-256 証明書を生成します。その PFX と CER (%3) を所有者のみアクセス可能で書き込みます (既存のファイルは上書きしません)。パスワードは資格情報ストアに保持されます。</translation>
    </message>
    <message>
        <source>1. Open the PFX %1 with its password; it must hold a private key and another certificate than the farm&apos;s current one.</source>
        <translation>1. PFX %1 をパスワードで開きます。秘密キーと、ファームの現在の証明書とは別の証明書が含まれている必要があります。</translation>
    </message>
    <message>
        <source>Renew the STS certificate without an outage of the trust; every stage is recorded in the session, so a stopped renewal resumes where it stopped.</source>
        <translation>信頼を停止させずに STS 証明書を更新します。各段階はセッションに記録されるため、停止した更新は停止した位置から再開されます。</translation>
    </message>
    <message>
        <source>2. Add the new certificate&apos;s key to SharePoint Online next to the old one (read again right before the write; every key is re-sent):</source>
        <translation>2. 新しい証明書のキーを古いキーと並べて SharePoint Online に追加します (書き込みの直前に再度読み取り、すべてのキーを再送信します):</translation>
    </message>
    <message>
        <source>3. Replace the certificate on the farm as step 3 does: on each server whose root store lacks it,</source>
        <translation>3. ステップ 3 と同様にファームの証明書を置き換えます。ルート ストアにない各サーバーで、</translation>
    </message>
    <message>
        <source>once:</source>
        <translation>1 回:</translation>
    </message>
    <message>
        <source>then, after you confirm the outage, one server at a time:</source>
        <translation>次に、停止の確認後、1 台ずつ:</translation>
    </message>
    <message>
        <source>4. Check that every server serves the new certificate, and prove the trust:</source>
        <translation>4. すべてのサーバーが新しい証明書を使用していることを確認し、信頼を証明します:</translation>
    </message>
    <message>
        <source>5. Remove the old farm certificate&apos;s key (%1) from SharePoint Online, and only that key:</source>
        <translation>5. 古いファーム証明書のキー (%1) を SharePoint Online から削除します。削除するのはこのキーだけです:</translation>
    </message>
    <message>
        <source>the farm&apos;s current certificate</source>
        <translation>ファームの現在の証明書</translation>
    </message>
    <message>
        <source>New STS certificate</source>
        <translation>新しい STS 証明書</translation>
    </message>
    <message>
        <source>Installing the STS certificate %1</source>
        <translation>STS 証明書 %1 をインストールしています</translation>
    </message>
    <message>
        <source>STS certificate renewed</source>
        <translation>STS 証明書を更新済み</translation>
    </message>
    <message>
        <source>%1 → %2; SharePoint Online holds the new key, the old farm key is removed.</source>
        <translation>%1 → %2。SharePoint Online には新しいキーがあり、古いファーム キーは削除されています。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No credential store is available (%1). The sign-in is kept in memory for this run only: the next run asks you to sign in again.</source>
        <translation>資格情報ストアを使用できません (%1)。サインインはこの実行中のみメモリに保持されます。次回の実行時には再度サインインが必要です。</translation>
    </message>
    <message>
        <source>The credential store did not answer within %1 s (%2).</source>
        <translation>資格情報ストアが %1 秒以内に応答しませんでした (%2)。</translation>
    </message>
    <message>
        <source>Unlock the login keyring, or go on: the sign-in stays in memory.</source>
        <translation>ログイン キーリングのロックを解除するか、このまま続行してください。サインインはメモリに保持されます。</translation>
    </message>
    <message>
        <source>The credential store refused to %1: %2</source>
        <translation>資格情報ストアが%1ことを拒否しました: %2</translation>
    </message>
    <message>
        <source>Check the OS credential store (Credential Manager, Secret Service).</source>
        <translation>OS の資格情報ストア (資格情報マネージャー、Secret Service) を確認してください。</translation>
    </message>
    <message>
        <source>read a secret</source>
        <translation>シークレットを読み取る</translation>
    </message>
    <message>
        <source>store a secret</source>
        <translation>シークレットを保存する</translation>
    </message>
    <message>
        <source>remove a secret</source>
        <translation>シークレットを削除する</translation>
    </message>
    <message>
        <source>The credential store holds only part of the secret %1.</source>
        <translation>資格情報ストアにはシークレット %1 の一部しかありません。</translation>
    </message>
    <message>
        <source>Sign in again, or give the PFX password again: the wizard then stores it anew.</source>
        <translation>もう一度サインインするか、PFX パスワードをもう一度入力してください。ウィザードが改めて保存します。</translation>
    </message>
    <message>
        <source>The secret %1 is too long for the credential store.</source>
        <translation>シークレット %1 は資格情報ストアには長すぎます。</translation>
    </message>
    <message>
        <source>No credential store keeps secrets here: it would hold the secret in memory for this run only.</source>
        <translation>ここではシークレットを保持する資格情報ストアがありません。シークレットはこの実行の間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>Make the OS credential store work (on Windows the Credential Manager; on Linux a Secret Service such as gnome-keyring, unlocked).</source>
        <translation>OS の資格情報ストアを使用できるようにしてください (Windows では資格情報マネージャー、Linux ではロック解除された gnome-keyring などの Secret Service)。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session file has schema version %1; this wizard reads version %2.</source>
        <translation>セッション ファイルのスキーマ バージョンは %1 ですが、このウィザードが読み取れるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>Open it with the wizard version that wrote it, or start a new setup.</source>
        <translation>作成したバージョンのウィザードで開くか、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>Cannot create the session folder %1.</source>
        <translation>セッション フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Choose a writable location.</source>
        <translation>書き込み可能な場所を選択してください。</translation>
    </message>
    <message>
        <source>The session %1 is open in another wizard (process %2 on %3).</source>
        <translation>セッション %1 は別のウィザードで開かれています (%3 上のプロセス %2)。</translation>
    </message>
    <message>
        <source>Close the other wizard first, or start a new setup.</source>
        <translation>先に別のウィザードを閉じるか、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Start a new setup if the file was changed by hand.</source>
        <translation>ファイルが手動で変更された場合は、新しいセットアップを開始してください。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>はリストである必要があります。</translation>
    </message>
    <message>
        <source>is not a step of this wizard.</source>
        <translation>はこのウィザードの手順ではありません。</translation>
    </message>
    <message>
        <source>Session key &quot;%1&quot;: %2</source>
        <translation>セッション キー &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot save the session to %1.</source>
        <translation>セッションを %1 に保存できません。</translation>
    </message>
    <message>
        <source>Free disk space, or close the program that holds the file; the wizard keeps the session and saves it again at the next change.</source>
        <translation>ディスク領域を空けるか、ファイルを使用しているプログラムを閉じてください。ウィザードはセッションを保持し、次の変更時に再度保存します。</translation>
    </message>
    <message numerus="yes">
        <source>%n tries failed.</source>
        <translation>
            <numerusform>%n 回試行して失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The transcript %1 has no session file beside it.</source>
        <translation>トランスクリプト %1 の横にセッション ファイルがありません。</translation>
    </message>
    <message>
        <source>Put the session file back, or move the transcript away.</source>
        <translation>セッション ファイルを元に戻すか、トランスクリプトを別の場所へ移動してください。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the session file as %1.</source>
        <translation>セッション ファイルのコピーを %1 として保存できません。</translation>
    </message>
    <message>
        <source>Cannot repair the transcript %1.</source>
        <translation>トランスクリプト %1 を修復できません。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>The last transcript record was cut short (the wizard stopped while writing it) and was left out.</source>
        <translation>トランスクリプトの最後の記録は途中で切れていたため (書き込み中にウィザードが停止しました)、除外しました。</translation>
    </message>
    <message>
        <source>Transcript line %1: %2</source>
        <translation>トランスクリプトの %1 行目: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Cannot read the transcript %1.</source>
        <translation>トランスクリプト %1 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>No browser is available to sign in.</source>
        <translation>サインインに使用できるブラウザーがありません。</translation>
    </message>
    <message>
        <source>Use --sign-in device-code.</source>
        <translation>--sign-in device-code を使用してください。</translation>
    </message>
    <message>
        <source>Sign in to Microsoft 365 in the browser window that opened.</source>
        <translation>開いたブラウザー ウィンドウで Microsoft 365 にサインインしてください。</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation>デバイス コードによるサインイン</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>サインインするには、%1 を開いてコード %2 を入力してください。</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was finished.</source>
        <translation>サインインが完了する前にデバイス コードの有効期限が切れました。</translation>
    </message>
    <message>
        <source>Run the step again and enter the new code within the time shown.</source>
        <translation>ステップをもう一度実行し、表示された時間内に新しいコードを入力してください。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in redirect: %1</source>
        <translation>サインインのリダイレクトを 127.0.0.1 で待ち受けできません: %1</translation>
    </message>
    <message>
        <source>The browser sign-in did not come back within %1 minutes.</source>
        <translation>ブラウザーでのサインインが %1 分以内に戻りませんでした。</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window, or use --sign-in device-code.</source>
        <translation>ブラウザー ウィンドウでサインインを完了するか、--sign-in device-code を使用してください。</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>要求が大きすぎます。</translation>
    </message>
    <message>
        <source>Unexpected request.</source>
        <translation>予期しない要求です。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the wizard&apos;s sign-in.</source>
        <translation>このサインイン応答はウィザードのサインインのものではありません。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You can close this window.</source>
        <translation>サインインに失敗しました: %1。このウィンドウは閉じてかまいません。</translation>
    </message>
    <message>
        <source>Sign-in refused: %1 (%2)</source>
        <translation>サインインが拒否されました: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant that may consent to the scopes.</source>
        <translation>スコープに同意できるテナントのアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in answer carries no code.</source>
        <translation>サインイン応答にコードが含まれていません。</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and go back to the wizard.</source>
        <translation>サインインしました。このウィンドウを閉じてウィザードに戻ってください。</translation>
    </message>
    <message>
        <source>Token refresh</source>
        <translation>トークンの更新</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft 365.</source>
        <translation>Microsoft 365 にサインインしていません。</translation>
    </message>
    <message>
        <source>The Microsoft 365 sign-in expired and cannot be renewed.</source>
        <translation>Microsoft 365 のサインインの有効期限が切れ、更新できません。</translation>
    </message>
    <message>
        <source>The token endpoint granted no access token.</source>
        <translation>トークン エンドポイントからアクセス トークンが発行されませんでした。</translation>
    </message>
    <message>
        <source>Check that --endpoints points at a Microsoft identity platform endpoint.</source>
        <translation>--endpoints が Microsoft ID プラットフォームのエンドポイントを指していることを確認してください。</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the client id (--client-id), the tenant (--tenant) and that public client flows are enabled for the client.</source>
        <translation>もう一度サインインしてください。失敗が続く場合は、クライアント ID (--client-id)、テナント (--tenant)、およびクライアントでパブリック クライアント フローが有効になっていることを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused: %2 (%3)</source>
        <translation>%1 が拒否されました: %2 (%3)</translation>
    </message>
    <message>
        <source>The sign-in returned no usable id_token: %1</source>
        <translation>サインインで使用可能な id_token が返されませんでした: %1</translation>
    </message>
    <message>
        <source>Check that --endpoints points at a Microsoft identity platform endpoint and that the sign-in asked for the openid scope.</source>
        <translation>--endpoints が Microsoft ID プラットフォームのエンドポイントを指していること、およびサインインで openid スコープが要求されたことを確認してください。</translation>
    </message>
    <message>
        <source>it is not a JSON Web Token.</source>
        <translation>JSON Web Token ではありません。</translation>
    </message>
    <message>
        <source>its claims are not JSON.</source>
        <translation>クレームが JSON ではありません。</translation>
    </message>
    <message>
        <source>it was issued to %1, not to the sign-in client %2.</source>
        <translation>サインイン クライアント %2 ではなく %1 に対して発行されています。</translation>
    </message>
    <message>
        <source>it names no tenant (tid).</source>
        <translation>テナント (tid) が含まれていません。</translation>
    </message>
    <message>
        <source>The sign-in returned no id_token, so the account and its tenant are unknown.</source>
        <translation>サインインで id_token が返されなかったため、アカウントとそのテナントが不明です。</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, but %2 signed in to the tenant %3. Nothing was read from or written to either tenant.</source>
        <translation>このセッションは Microsoft 365 テナント %1 に属していますが、%2 はテナント %3 にサインインしました。どちらのテナントに対しても読み取りや書き込みは行われていません。</translation>
    </message>
    <message>
        <source>Sign out, then sign in with an account of the tenant %1 (in the browser, pick that account or use a private window). To set up the tenant %2 instead, start a new session.</source>
        <translation>サインアウトしてから、テナント %1 のアカウントでサインインしてください (ブラウザーではそのアカウントを選択するか、プライベート ウィンドウを使用してください)。代わりにテナント %2 をセットアップするには、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, and Microsoft Entra ID refused the sign-in to it: %2</source>
        <translation>このセッションは Microsoft 365 テナント %1 に属していますが、Microsoft Entra ID はこのテナントへのサインインを拒否しました: %2</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant %1 (check --endpoints and --tenant). To set up another tenant, start a new session.</source>
        <translation>テナント %1 のアカウントでサインインしてください (--endpoints と --tenant を確認してください)。別のテナントをセットアップするには、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <source>Conditional Access blocked this sign-in. Sign in with the browser (--sign-in browser) on a device that meets your organization&apos;s policies; device code sign-in is often blocked on purpose. Your Entra administrator finds the policy in the sign-in logs by the correlation id above.</source>
        <translation>条件付きアクセスによってこのサインインがブロックされました。組織のポリシーを満たすデバイスで、ブラウザー (--sign-in browser) を使用してサインインしてください。デバイス コードによるサインインは意図的にブロックされていることがよくあります。Entra 管理者は、上記の相関 ID を使用してサインイン ログでポリシーを確認できます。</translation>
    </message>
    <message>
        <source>Microsoft Entra ID needs you to sign in interactively (multi-factor authentication or another prompt). Run the sign-in step again and finish the prompt in the browser, with the account that administers the tenant; on a server without a browser use --sign-in device-code and complete it on another device.</source>
        <translation>Microsoft Entra ID で対話型のサインイン (多要素認証またはその他のプロンプト) が必要です。サインインのステップをもう一度実行し、テナントを管理するアカウントでブラウザーのプロンプトを完了してください。ブラウザーのないサーバーでは --sign-in device-code を使用し、別のデバイスでサインインを完了してください。</translation>
    </message>
    <message>
        <source>The stored sign-in expired or was revoked (password change, revoked sessions, or a new policy): sign in again. To use another account, sign out first.</source>
        <translation>保存されたサインインの有効期限が切れたか、取り消されました (パスワードの変更、セッションの取り消し、または新しいポリシー)。もう一度サインインしてください。別のアカウントを使用するには、先にサインアウトしてください。</translation>
    </message>
    <message>
        <source>The sign-in was declined on the sign-in page. Run the step again and approve it with the account that administers the tenant.</source>
        <translation>サインイン ページでサインインが拒否されました。ステップをもう一度実行し、テナントを管理するアカウントで承認してください。</translation>
    </message>
    <message>
        <source>The sign-in client (--client-id) is not a public client: in its app registration, turn on Authentication &gt; Allow public client flows, or use the default client.</source>
        <translation>サインイン クライアント (--client-id) がパブリック クライアントではありません。そのアプリケーションの登録で [認証] &gt; [パブリック クライアント フローを許可する] をオンにするか、既定のクライアントを使用してください。</translation>
    </message>
    <message>
        <source>it has expired (check this machine&apos;s clock).</source>
        <translation>有効期限が切れています (このコンピューターの時計を確認してください)。</translation>
    </message>
    <message>
        <source>an answer without an id_token</source>
        <translation>id_token のない応答</translation>
    </message>
    <message>
        <source>The sign-in client lacks consent for the permissions the wizard asks for. A Cloud Application Administrator, Application Administrator or Privileged Role Administrator grants admin consent to them for the client (Entra admin center &gt; Enterprise applications &gt; the client &gt; Permissions), then sign in again.</source>
        <translation>サインイン クライアントには、ウィザードが要求するアクセス許可への同意がありません。Cloud Application Administrator、Application Administrator、または Privileged Role Administrator がクライアントに対してそれらの管理者の同意を付与した後 (Microsoft Entra 管理センター &gt; エンタープライズ アプリケーション &gt; 対象のクライアント &gt; アクセス許可)、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The desktop shell could not open the browser.</source>
        <translation>デスクトップ シェルがブラウザーを開けませんでした。</translation>
    </message>
    <message>
        <source>Open the address from the log in a browser, or use --sign-in device-code.</source>
        <translation>ログに記録されたアドレスをブラウザーで開くか、--sign-in device-code を使用してください。</translation>
    </message>
    <message>
        <source>No browser could be started.</source>
        <translation>ブラウザーを起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>StepId</name>
    <message>
        <source>step &quot;%1&quot;</source>
        <translation>ステップ「%1」</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>This step needs your confirmation: %1</source>
        <translation>このステップには確認が必要です: %1</translation>
    </message>
    <message>
        <source>Tick the confirmation on this page, or set &quot;confirm&quot;: {&quot;%1&quot;: true} in the answers file.</source>
        <translation>このページで確認のチェック ボックスをオンにするか、応答ファイルで &quot;confirm&quot;: {&quot;%1&quot;: true} を設定してください。</translation>
    </message>
    <message>
        <source>This session belongs to the Microsoft 365 tenant %1, but %2 is signed in to the tenant %3. Nothing was written to either tenant.</source>
        <translation>このセッションは Microsoft 365 テナント %1 に属していますが、%2 はテナント %3 にサインインしています。どちらのテナントにも書き込みは行われていません。</translation>
    </message>
    <message>
        <source>Sign out, then sign in with an account of the tenant %1. To set up the tenant %2 instead, start a new session.</source>
        <translation>サインアウトしてから、テナント %1 のアカウントでサインインしてください。代わりにテナント %2 をセットアップするには、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <source>Sign in first (%1).</source>
        <translation>先にサインインしてください (%1)。</translation>
    </message>
    <message>
        <source>Sign in again (%1).</source>
        <translation>もう一度サインインしてください (%1)。</translation>
    </message>
    <message>
        <source>Sign in again (%1): the token expired or was revoked.</source>
        <translation>もう一度サインインしてください (%1)。トークンの有効期限が切れたか、取り消されました。</translation>
    </message>
</context>
<context>
    <name>StsCertificate</name>
    <message>
        <source>to import</source>
        <translation>インポート予定</translation>
    </message>
    <message>
        <source>already in the root store</source>
        <translation>ルート ストアに登録済み</translation>
    </message>
    <message>
        <source>to reset (serves %1)</source>
        <translation>リセット予定 (%1 を使用中)</translation>
    </message>
    <message>
        <source>already serves it</source>
        <translation>既に使用中</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>iisreset and SharePoint Timer restart: the server is out of service briefly</source>
        <translation>iisreset と SharePoint Timer の再起動: サーバーは短時間停止します</translation>
    </message>
    <message>
        <source>After the reset, %1 still serves the certificate %2 instead of %3.</source>
        <translation>リセット後も、%1 は %3 ではなく証明書 %2 を使用しています。</translation>
    </message>
    <message>
        <source>Check the server&apos;s event log (SharePoint Foundation, Security Token Service), then run the step again: servers already updated are not reset twice.</source>
        <translation>サーバーのイベント ログ (SharePoint Foundation、Security Token Service) を確認してから、ステップをもう一度実行してください。更新済みのサーバーが再度リセットされることはありません。</translation>
    </message>
    <message>
        <source>serves %1</source>
        <translation>%1 を使用中</translation>
    </message>
    <message>
        <source>Import-PfxCertificate into LocalMachine\Root</source>
        <translation>LocalMachine\Root への Import-PfxCertificate</translation>
    </message>
    <message>
        <source>in the root store</source>
        <translation>ルート ストア内</translation>
    </message>
    <message>
        <source>Setting the farm&apos;s STS signing certificate…</source>
        <translation>ファームの STS 署名証明書を設定しています…</translation>
    </message>
    <message>
        <source>serves %1; not reset</source>
        <translation>%1 を使用中。リセットしていません</translation>
    </message>
    <message>
        <source>Cannot read the PFX password file %1.</source>
        <translation>PFX のパスワード ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Check certificate.passwordFile in the answers file.</source>
        <translation>応答ファイルの certificate.passwordFile を確認してください。</translation>
    </message>
    <message>
        <source>The PFX password file %1 is empty.</source>
        <translation>PFX のパスワード ファイル %1 が空です。</translation>
    </message>
    <message>
        <source>Write the password on the first line of the file.</source>
        <translation>ファイルの 1 行目にパスワードを記述してください。</translation>
    </message>
    <message>
        <source>The password of the PFX %1 is needed.</source>
        <translation>PFX %1 のパスワードが必要です。</translation>
    </message>
    <message>
        <source>Type it on the page, or set certificate.passwordFile in the answers file.</source>
        <translation>ページで入力するか、応答ファイルで certificate.passwordFile を設定してください。</translation>
    </message>
    <message>
        <source>Cannot read the PFX %1.</source>
        <translation>PFX %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Check the path and that the wizard&apos;s account may read the file.</source>
        <translation>パスと、ウィザードのアカウントがファイルを読み取れるかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The PFX %1 holds no private key for its certificate.</source>
        <translation>PFX %1 に証明書の秘密キーが含まれていません。</translation>
    </message>
    <message>
        <source>Export the certificate again together with its private key.</source>
        <translation>証明書を秘密キーと共にもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the PFX.</source>
        <translation>PFX 用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Choose a folder the wizard&apos;s account may write to (certificate.pfx).</source>
        <translation>ウィザードのアカウントが書き込めるフォルダーを選択してください (certificate.pfx)。</translation>
    </message>
    <message>
        <source>A file already exists at %1, and it is not a PFX of the chosen key size and validity that the password opens.</source>
        <translation>%1 に既にファイルが存在し、選択したキー サイズと有効期間でパスワードで開ける PFX ではありません。</translation>
    </message>
    <message>
        <source>Choose another path for the new PFX (certificate.pfx) or move that file away: the wizard never overwrites a file.</source>
        <translation>新しい PFX に別のパスを選択するか (certificate.pfx)、そのファイルを移動してください。ウィザードがファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>Generating an RSA %1-bit key…</source>
        <translation>%1 ビットの RSA キーを生成しています…</translation>
    </message>
    <message>
        <source>No PFX file to import was chosen.</source>
        <translation>インポートする PFX ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Choose the PFX on the page, or set certificate.pfx in the answers file.</source>
        <translation>ページで PFX を選択するか、応答ファイルで certificate.pfx を設定してください。</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Thumbprint: %1</source>
        <translation>拇印: %1</translation>
    </message>
    <message>
        <source>Key: %1 %2 bits%3</source>
        <translation>キー: %1 %2 ビット%3</translation>
    </message>
    <message>
        <source>Valid: %1 to %2 (%3 days left)</source>
        <translation>有効期間: %1 ～ %2 (残り %3 日)</translation>
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
        <translation>新しい PFX %1 用に生成したパスワードを保持できません。資格情報ストアがなく、パスワードを失った PFX は開けません。何も書き込まれず、ファームも変更されていません。</translation>
    </message>
    <message>
        <source>Write a password on the first line of a file only you can read and name it in certificate.passwordFile in the answers file (or type a password on the page); or make the OS credential store work: on Windows the Credential Manager, on Linux a Secret Service such as gnome-keyring, unlocked.</source>
        <translation>自分だけが読み取れるファイルの 1 行目にパスワードを書き込み、応答ファイルの certificate.passwordFile にそのファイルを指定してください (またはページでパスワードを入力してください)。または OS の資格情報ストアを使用できるようにしてください: Windows では資格情報マネージャー、Linux ではロック解除された gnome-keyring などの Secret Service。</translation>
    </message>
    <message>
        <source>Cannot create the lab&apos;s password folder %1.</source>
        <translation>ラボのパスワード フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Check that the wizard&apos;s account may write to the lab folder.</source>
        <translation>ウィザードのアカウントがラボ フォルダーに書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>A file already exists at %1, where the certificate (CER) of the new PFX goes.</source>
        <translation>新しい PFX の証明書 (CER) の保存先である %1 には既にファイルが存在します。</translation>
    </message>
    <message>
        <source>Move that file away, or choose another path for the new PFX (certificate.pfx): the wizard never overwrites a file.</source>
        <translation>そのファイルを移動するか、新しい PFX の別のパス (certificate.pfx) を選択してください。ウィザードはファイルを上書きしません。</translation>
    </message>
</context>
<context>
    <name>StsCertificateStep</name>
    <message>
        <source>Configure the STS certificate</source>
        <translation>STS 証明書を構成する</translation>
    </message>
    <message>
        <source>SharePoint Online trusts tokens signed by the farm&apos;s Security Token Service certificate. Every SharePoint server must run the same certificate, with an RSA key of at least 2048 bits, valid long enough. Keeping the current certificate works if it meets these checks, but a dedicated certificate you can renew is recommended.</source>
        <translation>SharePoint Online は、ファームのセキュリティ トークン サービス (STS) 証明書で署名されたトークンを信頼します。すべての SharePoint サーバーが、2048 ビット以上の RSA キーを持ち、十分な有効期間のある同じ証明書を使用している必要があります。現在の証明書がこれらのチェックに合格すればそのまま使用できますが、更新可能な専用の証明書をお勧めします。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>RSA, %1 bits or more</source>
        <translation>RSA、%1 ビット以上</translation>
    </message>
    <message>
        <source>Replace the STS certificate with one whose RSA key has at least 2048 bits.</source>
        <translation>RSA キーが 2048 ビット以上の STS 証明書に置き換えてください。</translation>
    </message>
    <message>
        <source>valid now, more than %1 days left</source>
        <translation>現在有効で、残り %1 日超</translation>
    </message>
    <message>
        <source>valid %1 to %2 (%3 days left)</source>
        <translation>%1 から %2 まで有効 (残り %3 日)</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>Replacing the certificate resets IIS and restarts the SharePoint Timer Service on every server, one server at a time: each server is out of service for a minute or two while the others keep serving.</source>
        <translation>証明書を置き換えると、各サーバーで 1 台ずつ IIS がリセットされ、SharePoint Timer サービスが再起動されます。各サーバーは 1 ～ 2 分間停止しますが、その間も他のサーバーは処理を続けます。</translation>
    </message>
    <message>
        <source>Keep the current STS certificate: nothing is replaced; the checks tell whether it is good enough.</source>
        <translation>現在の STS 証明書を保持します。何も置き換えません。十分かどうかはチェックで確認できます。</translation>
    </message>
    <message>
        <source>&lt;new PFX in %1&gt;</source>
        <translation>&lt;%1 内の新しい PFX&gt;</translation>
    </message>
    <message>
        <source>Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 years; write the PFX (%3) and the CER beside it, owner-only; the password stays in the credential store.</source>
        <translation>%1 ビットの RSA キーと、有効期間 %2 年の自己署名 SHA-256 証明書を生成します。PFX (%3) とその横に CER を所有者のみアクセス可能で書き込みます。パスワードは資格情報ストアに保持されます。</translation>
    </message>
    <message>
        <source>3DES, for Windows Server 2016 and older</source>
        <translation>3DES (Windows Server 2016 以前用)</translation>
    </message>
    <message>
        <source>AES-256</source>
        <translation>AES-256</translation>
    </message>
    <message>
        <source>Open the PFX with its password and check it holds the private key.</source>
        <translation>PFX をパスワードで開き、秘密キーが含まれていることを確認します。</translation>
    </message>
    <message>
        <source>(a) On each server whose root store lacks it:</source>
        <translation>(a) ルート ストアにない各サーバーで:</translation>
    </message>
    <message>
        <source>(b) Once, when the farm signs with another certificate:</source>
        <translation>(b) ファームが別の証明書で署名している場合に 1 回:</translation>
    </message>
    <message>
        <source>(c) After you confirm the outage, one server at a time, only where the running STS serves another certificate; then check it before the next:</source>
        <translation>(c) 停止の確認後、実行中の STS が別の証明書を使用しているサーバーでのみ 1 台ずつ実行し、次のサーバーに進む前に確認します:</translation>
    </message>
    <message>
        <source>STS certificate to install</source>
        <translation>インストールする STS 証明書</translation>
    </message>
    <message>
        <source>Installing the STS certificate %1</source>
        <translation>STS 証明書 %1 をインストールしています</translation>
    </message>
    <message>
        <source>the new certificate on every server</source>
        <translation>すべてのサーバー上の新しい証明書</translation>
    </message>
    <message>
        <source>not made or opened yet; the farm signs with %1</source>
        <translation>まだ作成または開かれていません。ファームは %1 で署名しています</translation>
    </message>
    <message>
        <source>Run this step.</source>
        <translation>このステップを実行してください。</translation>
    </message>
    <message>
        <source>farm signing certificate: %1</source>
        <translation>ファームの署名証明書: %1</translation>
    </message>
    <message>
        <source>Run this step: it sets what is missing and resets the servers listed one at a time, so that they load the farm&apos;s signing certificate. Make sure each server is reachable.</source>
        <translation>このステップを実行してください。不足している設定を行い、一覧のサーバーを 1 台ずつリセットして、ファームの署名証明書を読み込ませます。各サーバーに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>no SharePoint server found in the farm</source>
        <translation>ファーム内に SharePoint サーバーが見つかりません</translation>
    </message>
    <message>
        <source>Renew the STS certificate, then upload the new one to SharePoint Online (%1).</source>
        <translation>STS 証明書を更新してから、新しい証明書を SharePoint Online にアップロードしてください (%1)。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Unknown transcript format &quot;%1&quot;.</source>
        <translation>トランスクリプトの形式 &quot;%1&quot; は不明です。</translation>
    </message>
    <message>
        <source>Use --format txt, html or json, or a file name ending in .txt, .html or .json.</source>
        <translation>--format txt、html、json を指定するか、拡張子が .txt、.html、.json のファイル名を使用してください。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>別のフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>TranscriptHtml</name>
    <message>
        <source>Session %1, started %2 by %3 on %4 (%5)</source>
        <translation>セッション %1、%2 に %3 が %4 で開始 (%5)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実際の値</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>対処法</translation>
    </message>
    <message>
        <source>Renewal of the STS certificate</source>
        <translation>STS 証明書の更新</translation>
    </message>
    <message>
        <source>Removal of the hybrid trust</source>
        <translation>ハイブリッド信頼の削除</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Not recorded: this session was written before the wizard recorded its changes.</source>
        <translation>記録なし: このセッションは、ウィザードが変更を記録するようになる前に書き込まれました。</translation>
    </message>
    <message>
        <source>Nothing: this session changed nothing on the farm or in the tenant.</source>
        <translation>なし: このセッションはファームにもテナントにも変更を加えていません。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>By step</source>
        <translation>実行ステップ</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>S2S Wizard change record</source>
        <translation>S2S ウィザード 変更記録</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>信頼:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>変更内容:</translation>
    </message>
</context>
<context>
    <name>TrustProof</name>
    <message>
        <source>HTTP 401 naming realm %1 (the tenant id, and the farm&apos;s realm) and client_id %2</source>
        <translation>領域 %1 (テナント ID であり、ファームの領域) と client_id %2 を示す HTTP 401</translation>
    </message>
    <message>
        <source>HTTP %1 without a realm</source>
        <translation>HTTP %1 (領域なし)</translation>
    </message>
    <message>
        <source>HTTP %1, realm %2, client_id %3; the farm&apos;s realm is %4</source>
        <translation>HTTP %1、領域 %2、client_id %3。ファームの領域は %4</translation>
    </message>
    <message>
        <source>%1 did not announce a realm: make sure it is this tenant&apos;s SharePoint Online root and that this machine reaches it over HTTPS.</source>
        <translation>%1 は領域を通知しませんでした。これがこのテナントの SharePoint Online のルートであること、およびこのコンピューターから HTTPS で到達できることを確認してください。</translation>
    </message>
    <message>
        <source>%1 belongs to another tenant: sign in to the tenant whose SharePoint Online you connect, or check the tenant id in %2.</source>
        <translation>%1 は別のテナントのものです。接続する SharePoint Online のテナントにサインインするか、%2でテナント ID を確認してください。</translation>
    </message>
    <message>
        <source>The farm&apos;s realm is not the tenant id: set it in %1.</source>
        <translation>ファームの領域がテナント ID ではありません。%1で設定してください。</translation>
    </message>
    <message>
        <source>%1 answered as another service than SharePoint Online: check the SharePoint Online address (the &quot;sharepoint&quot; entry of the endpoints file).</source>
        <translation>%1 は SharePoint Online 以外のサービスとして応答しました。SharePoint Online のアドレス (エンドポイント ファイルの &quot;sharepoint&quot; エントリ) を確認してください。</translation>
    </message>
    <message>
        <source>ACS issues a token for %1 to the farm&apos;s signed assertion</source>
        <translation>ACS がファームの署名済みアサーションに対して %1 用のトークンを発行する</translation>
    </message>
    <message>
        <source> (also accepted as %1)</source>
        <translation> (%1 としても受け入れられました)</translation>
    </message>
    <message>
        <source> (%1 refused: %2)</source>
        <translation> (%1 は拒否: %2)</translation>
    </message>
    <message>
        <source>token issued (grant %1): aud %2, iss %3, expires %4</source>
        <translation>トークン発行済み (付与 %1): aud %2、iss %3、有効期限 %4</translation>
    </message>
    <message>
        <source>ACS issued a token for another audience or from another issuer than its principal: check the ACS endpoints in use.</source>
        <translation>ACS が、別の対象ユーザー向け、またはそのプリンシパル以外の発行者からのトークンを発行しました。使用中の ACS エンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>an alternate URL of %1 under %2</source>
        <translation>%2 配下の %1 の代替 URL</translation>
    </message>
    <message>
        <source>no zone URL</source>
        <translation>ゾーン URL なし</translation>
    </message>
    <message>
        <source>zone URLs: %1</source>
        <translation>ゾーン URL: %1</translation>
    </message>
    <message>
        <source>SharePoint Online reaches the farm at its public URL: add one under %1 to the web application&apos;s alternate access mappings (Central Administration, e.g. the Internet zone https://sharepoint.%1), or choose the public domain of its public URL in %2.</source>
        <translation>SharePoint Online は公開 URL でファームに到達します。Web アプリケーションの代替アクセス マッピングに %1 配下の URL を追加する (サーバーの全体管理。例: インターネット ゾーンに https://sharepoint.%1) か、%2でその公開 URL の公開ドメインを選択してください。</translation>
    </message>
    <message>
        <source>The tenant lists no initial domain (*.onmicrosoft.com), which names its SharePoint Online host.</source>
        <translation>テナントに初期ドメイン (*.onmicrosoft.com) がありません。SharePoint Online のホスト名はこのドメインによって決まります。</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s verified domains in the Microsoft 365 admin center.</source>
        <translation>Microsoft 365 管理センターでテナントの確認済みドメインを確認してください。</translation>
    </message>
    <message>
        <source>Proving the trust with real tokens…</source>
        <translation>実際のトークンで信頼を証明しています…</translation>
    </message>
    <message>
        <source>The ACS metadata document lists no OAuth2 endpoint.</source>
        <translation>ACS のメタデータ ドキュメントに OAuth2 エンドポイントがありません。</translation>
    </message>
    <message>
        <source>Check the metadata endpoint in %1.</source>
        <translation>%1でメタデータ エンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>Prove the trust, read-only:</source>
        <translation>信頼を証明します (読み取り専用):</translation>
    </message>
</context>
<context>
    <name>TrustVerdict</name>
    <message>
        <source>The trust does not work: SharePoint Online does not know the farm&apos;s realm.</source>
        <translation>信頼は機能していません。SharePoint Online がファームの領域を認識していません。</translation>
    </message>
    <message>
        <source>The trust does not work: SharePoint Online refused the farm&apos;s token.</source>
        <translation>信頼は機能していません。SharePoint Online がファームのトークンを拒否しました。</translation>
    </message>
    <message>
        <source>The trust does not work: ACS does not issue tokens for the farm&apos;s public host.</source>
        <translation>信頼は機能していません。ACS がファームの公開ホスト用のトークンを発行しません。</translation>
    </message>
    <message>
        <source>Setup is not complete: %1 of the checks fail.</source>
        <translation>セットアップが完了していません。%1 件のチェックが失敗しています。</translation>
    </message>
    <message>
        <source>Setup is not complete: 1 check fails, in step %1 &quot;%2&quot;.</source>
        <translation>セットアップが完了していません。ステップ %1「%2」で 1 件のチェックが失敗しています。</translation>
    </message>
    <message>
        <source>Setup is not complete: %1 checks fail, the first in step %2 &quot;%3&quot;.</source>
        <translation>セットアップが完了していません。%1 件のチェックが失敗しています。最初の失敗はステップ %2「%3」です。</translation>
    </message>
    <message>
        <source>Step %1 fails too: %2</source>
        <translation>ステップ %1 も失敗しています: %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation>%2 件中 %1 件のチェックが成功しました。</translation>
    </message>
    <message>
        <source>Warnings: %1 (see their remedies below).</source>
        <translation>警告: %1 件 (下の対処法を参照してください)。</translation>
    </message>
    <message>
        <source>Could not be decided: %1.</source>
        <translation>判定不能: %1 件。</translation>
    </message>
    <message>
        <source>Not proven yet: &quot;%1&quot; could not be decided.</source>
        <translation>まだ証明されていません。&quot;%1&quot; を判定できませんでした。</translation>
    </message>
    <message>
        <source>Not proven yet: no token was requested from ACS.</source>
        <translation>まだ証明されていません。ACS にトークンが要求されていません。</translation>
    </message>
    <message>
        <source>Run this step: it checks every step once more and asks ACS for tokens signed by this farm.</source>
        <translation>このステップを実行してください。すべてのステップをもう一度チェックし、このファームが署名したトークンを ACS に要求します。</translation>
    </message>
    <message>
        <source>Run this step again to ask ACS for tokens signed by this farm.</source>
        <translation>このステップをもう一度実行して、このファームが署名したトークンを ACS に要求してください。</translation>
    </message>
    <message>
        <source>The trust works: SharePoint Online accepted a token signed by this farm.</source>
        <translation>信頼は機能しています。SharePoint Online がこのファームの署名したトークンを受け入れました。</translation>
    </message>
</context>
<context>
    <name>UploadCertificateStep</name>
    <message>
        <source>Upload the STS certificate to SharePoint Online</source>
        <translation>STS 証明書を SharePoint Online にアップロードする</translation>
    </message>
    <message>
        <source>SharePoint Online verifies the farm&apos;s tokens with the public key of the STS certificate, stored as a key credential of the SharePoint Online service principal. Graph replaces the whole key list on every change, so the wizard re-sends every existing key with the new one: no key is ever dropped. A key already uploaded is not added twice.</source>
        <translation>SharePoint Online は、SharePoint Online サービス プリンシパルのキー資格情報として保存された STS 証明書の公開キーで、ファームのトークンを検証します。Graph は変更のたびにキーの一覧全体を置き換えるため、ウィザードは既存のすべてのキーを新しいキーと共に送信します。キーが失われることはありません。アップロード済みのキーが重複して追加されることもありません。</translation>
    </message>
    <message>
        <source>dates that cover today</source>
        <translation>今日を含む期間</translation>
    </message>
    <message>
        <source>no key for this certificate</source>
        <translation>この証明書のキーなし</translation>
    </message>
    <message>
        <source>Renew the STS certificate and upload the new one.</source>
        <translation>STS 証明書を更新し、新しい証明書をアップロードしてください。</translation>
    </message>
    <message>
        <source>key present</source>
        <translation>キーあり</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>Run this step to upload the farm&apos;s STS certificate; if a server still runs an older certificate, finish the STS certificate step first.</source>
        <translation>このステップを実行してファームの STS 証明書をアップロードしてください。古い証明書を使用しているサーバーがある場合は、先に STS 証明書のステップを完了してください。</translation>
    </message>
    <message>
        <source>key credentials</source>
        <translation>キー資格情報</translation>
    </message>
    <message>
        <source>Microsoft Graph returned the existing key credential %1 (%2) of the SharePoint Online principal without its key. Graph replaces the whole key list on every change, so writing now would delete that key: the wizard writes nothing.</source>
        <translation>Microsoft Graph が、SharePoint Online プリンシパルの既存のキー資格情報 %1 (%2) をキーなしで返しました。Graph は変更のたびにキーの一覧全体を置き換えるため、今書き込むとそのキーが削除されます。ウィザードは何も書き込みません。</translation>
    </message>
    <message>
        <source>no display name</source>
        <translation>表示名なし</translation>
    </message>
    <message>
        <source>Read the principal with GET /v1.0/servicePrincipals(appId=&apos;00000003-0000-0ff1-ce00-000000000000&apos;)?$select=keyCredentials (only this single-object read returns each key) and check that key %1 comes back with its key. If it still does not, ask whoever added that key for its certificate and add the farm&apos;s by hand, re-sending both; never PATCH keyCredentials without it.</source>
        <translation>GET /v1.0/servicePrincipals(appId=&apos;00000003-0000-0ff1-ce00-000000000000&apos;)?$select=keyCredentials でプリンシパルを読み取り (各キーを返すのはこの単一オブジェクトの読み取りだけです)、キー資格情報 %1 がキー付きで返されることを確認してください。それでも返されない場合は、そのキーを追加した人に対応する証明書を依頼し、両方を再送信してファームの証明書を手動で追加してください。その証明書なしで keyCredentials を PATCH しないでください。</translation>
    </message>
    <message>
        <source>If no key credential holds this certificate (compared by SHA-1 of the key itself), read the keys again right before writing them (a key without its value stops the step):</source>
        <translation>この証明書を含むキー資格情報がない場合 (キー自体の SHA-1 で比較)、書き込む直前にキーをもう一度読み取ります (値のないキーがあるとステップは停止します):</translation>
    </message>
    <message>
        <source>Read them back: every key of the read before plus the new one must be there; if another change raced in, merge again (at most %1 times).</source>
        <translation>読み戻します。前回の読み取りのすべてのキーと新しいキーが存在する必要があります。別の変更が競合した場合は、もう一度マージします (最大 %1 回)。</translation>
    </message>
    <message>
        <source>every key present before this step</source>
        <translation>このステップの前に存在していたすべてのキー</translation>
    </message>
    <message>
        <source>no earlier key list recorded: the step has not run in this session, and no earlier session of this farm and tenant recorded one</source>
        <translation>以前のキーの一覧が記録されていません: このセッションでステップがまだ実行されておらず、このファームとテナントの以前のセッションにも記録がありません</translation>
    </message>
    <message>
        <source>Nothing to compare with: run the step (it records the keys first), or validate in the session that set the tenant up (headless: --check --session FILE).</source>
        <translation>比較対象がありません。ステップを実行する (最初にキーを記録します) か、テナントをセットアップしたセッションで検証してください (ヘッドレス: --check --session FILE)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>a key came back without its value: %1</source>
        <translation>値のないキーが返されました: %1</translation>
    </message>
    <message>
        <source>Read the principal with a single-object GET that selects keyCredentials and validate again.</source>
        <translation>keyCredentials を選択する単一オブジェクトの GET でプリンシパルを読み取り、もう一度検証してください。</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>Add the missing keys back to the SharePoint Online principal (their certificates, as key credentials): whatever trusted them, such as another SharePoint farm or Workflow Manager, fails to sign in to SharePoint Online until then.</source>
        <translation>不足しているキー (その証明書) をキー資格情報として SharePoint Online プリンシパルに追加し直してください。それまでは、それらのキーに依存していたもの (別の SharePoint ファームや Workflow Manager など) は SharePoint Online にサインインできません。</translation>
    </message>
    <message>
        <source>The existing key credential %1 (%2) of the SharePoint Online principal expired on %3. Graph replaces the whole key list on every change and refuses an expired certificate in it, so the wizard cannot add the farm&apos;s key while it is there, and it does not remove a key on its own.</source>
        <translation>SharePoint Online プリンシパルの既存のキー資格情報 %1 (%2) は %3 に有効期限が切れました。Graph は変更のたびにキーの一覧全体を置き換え、その中の期限切れの証明書を拒否するため、それが残っている間、ウィザードはファームのキーを追加できません。また、ウィザードがキーを独自に削除することはありません。</translation>
    </message>
    <message>
        <source>If nothing uses that key any more (an expired key signs nothing), remove it from the SharePoint Online principal (Microsoft Graph: PATCH keyCredentials without it, re-sending every other key), then run this step again.</source>
        <translation>そのキーがもう使用されていない場合は (期限切れのキーは何も署名しません)、SharePoint Online プリンシパルからそのキーを削除し (Microsoft Graph: そのキーを除き、他のすべてのキーを再送信して keyCredentials を PATCH します)、このステップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 ～ %2 (残り %3 日)</translation>
    </message>
    <message>
        <source>dates that cover today, more than %1 days left</source>
        <translation>期間に今日が含まれ、残り %1 日超</translation>
    </message>
</context>
<context>
    <name>VariablesStep</name>
    <message>
        <source>Set variables</source>
        <translation>変数を設定する</translation>
    </message>
    <message>
        <source>The metadata endpoint %1 belongs to another tenant: sign in to the tenant you are connecting.</source>
        <translation>メタデータ エンドポイント %1 は別のテナントのものです。接続するテナントにサインインしてください。</translation>
    </message>
    <message>
        <source>a DNS domain such as contoso.com</source>
        <translation>contoso.com などの DNS ドメイン</translation>
    </message>
    <message>
        <source>none entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>an http(s) URL of a farm web application with a root site</source>
        <translation>ルート サイトを持つファームの Web アプリケーションの http(s) URL</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>%1 has no root site</source>
        <translation>%1 にルート サイトがありません</translation>
    </message>
    <message>
        <source>%1 is not a web application of the farm</source>
        <translation>%1 はファームの Web アプリケーションではありません</translation>
    </message>
    <message>
        <source>The values every later step uses: your public DNS domain ($spcn), the web application URL ($spsite), the SharePoint Online app id ($spoappid), your tenant id ($spocontextID, the tenant you signed in to, confirmed by Microsoft Graph) and the ACS metadata endpoint derived from it ($metadataEndpoint).</source>
        <translation>以降のすべてのステップで使用する値: 公開 DNS ドメイン ($spcn)、Web アプリケーションの URL ($spsite)、SharePoint Online のアプリ ID ($spoappid)、テナント ID ($spocontextID、サインインしたテナント。Microsoft Graph で確認済み)、およびそこから導かれる ACS メタデータ エンドポイント ($metadataEndpoint)。</translation>
    </message>
    <message>
        <source>a GUID, the tenant of the sign-in: %1</source>
        <translation>GUID (サインインのテナント): %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to the tenant of this session; GET /organization must return its id.</source>
        <translation>このセッションのテナントにサインインしてください。GET /organization がその ID を返す必要があります。</translation>
    </message>
    <message>
        <source>Choose the web application in the %1; it needs a site collection at its root.</source>
        <translation>%1で Web アプリケーションを選択してください。ルートにサイト コレクションが必要です。</translation>
    </message>
</context>
<context>
    <name>VerifiedWrite</name>
    <message>
        <source>added by someone else: %1</source>
        <translation>他のユーザーが追加: %1</translation>
    </message>
    <message>
        <source>removed by someone else: %1</source>
        <translation>他のユーザーが削除: %1</translation>
    </message>
    <message>
        <source>The %1 changed since the last read: merging with the current one.</source>
        <translation>前回の読み取り以降に %1 が変更されました。現在の内容とマージします。</translation>
    </message>
    <message>
        <source>After the PATCH the %1 lacks what was written (another change raced in): merging again (round %2 of %3).</source>
        <translation>PATCH 後の %1 に、書き込んだ内容が含まれていません (別の変更が競合しました)。もう一度マージします (%3 回中 %2 回目)。</translation>
    </message>
    <message>
        <source>The %1 of the SharePoint Online principal kept changing while the wizard wrote it: after %2 attempts these are still missing: %3.</source>
        <translation>ウィザードの書き込み中に SharePoint Online プリンシパルの %1 が変更され続けました。%2 回試行した後も、次の項目が不足しています: %3。</translation>
    </message>
    <message>
        <source>Another tool or administrator changes the SharePoint Online principal at the same time. Wait until it is done (or stop it), then run this step again: it keeps every existing entry.</source>
        <translation>別のツールまたは管理者が SharePoint Online プリンシパルを同時に変更しています。完了するまで待ってから (または停止してから)、このステップをもう一度実行してください。このステップは既存のエントリをすべて保持します。</translation>
    </message>
    <message>
        <source>After the PATCH, entries of the %1 that were there before it are gone: %2.</source>
        <translation>PATCH 後、%1 にそれ以前からあったエントリがなくなっています: %2。</translation>
    </message>
    <message>
        <source>Another tool or administrator changed the SharePoint Online principal right after the wizard wrote it. Find out who removed these entries and whether they are still needed (Entra admin center &gt; Enterprise applications &gt; Office 365 SharePoint Online); put them back if so, then run this step again.</source>
        <translation>ウィザードが書き込んだ直後に、別のツールまたは管理者が SharePoint Online プリンシパルを変更しました。これらのエントリを削除したのが誰か、またそれらがまだ必要かどうかを確認し (Microsoft Entra 管理センター &gt; エンタープライズ アプリケーション &gt; Office 365 SharePoint Online)、必要であれば元に戻してから、このステップをもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>WebAppAuthStep</name>
    <message>
        <source>Verify web application settings</source>
        <translation>Web アプリケーションの設定を確認する</translation>
    </message>
    <message>
        <source>Hybrid requests from SharePoint Server reach SharePoint Online only from a web application zone that uses Integrated Windows authentication with NTLM. This step reads the authentication provider of the zone you choose; it changes nothing.</source>
        <translation>SharePoint Server からのハイブリッド要求が SharePoint Online に届くのは、NTLM による統合 Windows 認証を使用する Web アプリケーション ゾーンからだけです。このステップは選択したゾーンの認証プロバイダーを読み取るだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>In Central Administration open Application Management &gt; Manage web applications, select %1, click Authentication Providers, open the %2 zone and select Integrated Windows authentication with NTLM.</source>
        <translation>サーバーの全体管理で [アプリケーション構成の管理] &gt; [Web アプリケーションの管理] を開き、%1 を選択して [認証プロバイダー] をクリックし、%2 ゾーンを開いて NTLM による統合 Windows 認証を選択してください。</translation>
    </message>
    <message>
        <source>a web application and zone</source>
        <translation>Web アプリケーションとゾーン</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Choose the web application and zone above.</source>
        <translation>上で Web アプリケーションとゾーンを選択してください。</translation>
    </message>
    <message>
        <source>not found in the farm</source>
        <translation>ファームに見つかりません</translation>
    </message>
    <message>
        <source>Pick a web application from the farm&apos;s list.</source>
        <translation>ファームの一覧から Web アプリケーションを選択してください。</translation>
    </message>
    <message>
        <source>Integrated Windows authentication enabled</source>
        <translation>統合 Windows 認証が有効</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos)</source>
        <translation>ネゴシエート (Kerberos)</translation>
    </message>
</context>
<context>
    <name>s2s::AboutDialog</name>
    <message>
        <source>About S2S Wizard</source>
        <translation>S2S ウィザードのバージョン情報</translation>
    </message>
    <message>
        <source>S2S Wizard</source>
        <translation>S2S ウィザード</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>バージョン %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Sets up the server-to-server trust between a SharePoint Server farm and SharePoint Online, one documented step at a time.</source>
        <translation>SharePoint Server ファームと SharePoint Online の間のサーバー間信頼を、文書化された手順に沿って 1 ステップずつ設定します。</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>ログ フォルダー:</translation>
    </message>
    <message>
        <source>Session folder:</source>
        <translation>セッション フォルダー:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
</context>
<context>
    <name>s2s::ActivityList</name>
    <message>
        <source>Farm host</source>
        <translation>ファーム ホスト</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>ファーム</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
</context>
<context>
    <name>s2s::AfterSetupActions</name>
    <message>
        <source>After setup</source>
        <translation>セットアップ後</translation>
    </message>
    <message>
        <source>The trust lives for years: renew its STS certificate before it expires (without an outage), or take the trust down.</source>
        <translation>信頼は何年も存続します。STS 証明書の有効期限が切れる前に (停止なしで) 更新するか、信頼を削除してください。</translation>
    </message>
    <message>
        <source>Rene&amp;w the STS certificate…</source>
        <translation>STS 証明書を更新する(&amp;W)…</translation>
    </message>
    <message>
        <source>Remove the h&amp;ybrid trust…</source>
        <translation>ハイブリッド信頼を削除する(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>s2s::AfterSetupDialog</name>
    <message>
        <source>I &amp;confirm this change</source>
        <translation>この変更を確認しました(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行しています…</translation>
    </message>
</context>
<context>
    <name>s2s::CertificateInputs</name>
    <message>
        <source>&amp;Keep the current certificate (not recommended)</source>
        <translation>現在の証明書を保持する (非推奨)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Generate a new certificate</source>
        <translation>新しい証明書を生成する(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Import a PFX</source>
        <translation>PFX をインポートする(&amp;I)</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 ビット</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;E)…</translation>
    </message>
    <message>
        <source>Legacy 3DES PFX (Windows Server 2016 and older)</source>
        <translation>従来の 3DES PFX (Windows Server 2016 以前)</translation>
    </message>
    <message>
        <source>Validit&amp;y:</source>
        <translation>有効期間(&amp;Y):</translation>
    </message>
    <message>
        <source>Key si&amp;ze:</source>
        <translation>キー サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>P&amp;FX file:</source>
        <translation>PFX ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>PFX passwor&amp;d:</source>
        <translation>PFX パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>PFX files (*.pfx *.p12)</source>
        <translation>PFX ファイル (*.pfx *.p12)</translation>
    </message>
    <message>
        <source>PFX to import</source>
        <translation>インポートする PFX</translation>
    </message>
    <message>
        <source>Save the new PFX as</source>
        <translation>新しい PFX の保存先</translation>
    </message>
    <message>
        <source>empty: a new file in %1</source>
        <translation>空欄: %1 内の新しいファイル</translation>
    </message>
    <message>
        <source>the PFX file to import</source>
        <translation>インポートする PFX ファイル</translation>
    </message>
    <message>
        <source>empty: generated, kept in the credential store</source>
        <translation>空欄: 生成して資格情報ストアに保持</translation>
    </message>
    <message>
        <source>the password the PFX was exported with</source>
        <translation>PFX のエクスポート時に指定したパスワード</translation>
    </message>
    <message>
        <source>Generate the cer&amp;tificate</source>
        <translation>証明書を生成する(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open the PFX</source>
        <translation>PFX を開く(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;how the current certificate</source>
        <translation>現在の証明書を表示する(&amp;H)</translation>
    </message>
    <message>
        <source>Keeping the farm&apos;s current STS certificate is not recommended: a dedicated certificate that you renew on your own schedule is safer. The checks below tell whether it is good enough.</source>
        <translation>ファームの現在の STS 証明書をそのまま使用することはお勧めしません。独自のスケジュールで更新する専用の証明書の方が安全です。十分かどうかは下のチェックで確認できます。</translation>
    </message>
    <message>
        <source>Leave it empty: the wizard generates a strong password and keeps it in the credential store, never in the session file.</source>
        <translation>空欄のままにすると、ウィザードが強力なパスワードを生成し、セッション ファイルではなく資格情報ストアに保持します。</translation>
    </message>
    <message>
        <source>The farm already signs with a dedicated STS certificate that passes every check of this step: keeping it is preselected.</source>
        <translation>ファームは既に、この手順のすべてのチェックに合格する専用の STS 証明書で署名しています。そのため、保持が事前に選択されています。</translation>
    </message>
    <message>
        <source>empty: a new file</source>
        <translation>空欄: 新しいファイル</translation>
    </message>
</context>
<context>
    <name>s2s::CertificatePreview</name>
    <message>
        <source>Copy the PFX p&amp;assword</source>
        <translation>PFX パスワードをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Put the PFX password on the clipboard for %1 seconds, to keep it with the PFX in your password vault</source>
        <translation>PFX パスワードを %1 秒間クリップボードに置きます。PFX と一緒にパスワード保管庫に保存してください</translation>
    </message>
    <message>
        <source>The farm&apos;s current STS certificate:</source>
        <translation>ファームの現在の STS 証明書:</translation>
    </message>
    <message>
        <source>The certificate this step installs on every server:</source>
        <translation>このステップですべてのサーバーにインストールする証明書:</translation>
    </message>
    <message>
        <source>On the clipboard for %1 seconds.</source>
        <translation>%1 秒間クリップボードにあります。</translation>
    </message>
    <message>
        <source>Neither a password file nor the credential store holds the password of this PFX.</source>
        <translation>パスワード ファイルにも資格情報ストアにも、この PFX のパスワードはありません。</translation>
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
        <translation>公開 SharePoint URL の DNS ドメイン (例: contoso.com、*.contoso.com)</translation>
    </message>
    <message>
        <source>Public &amp;domain:</source>
        <translation>公開ドメイン(&amp;P):</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公開ドメイン</translation>
    </message>
</context>
<context>
    <name>s2s::FarmStatusView</name>
    <message>
        <source>The farm at a glance</source>
        <translation>ファームの概要</translation>
    </message>
    <message>
        <source>SharePoint:</source>
        <translation>SharePoint:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Farm administrator:</source>
        <translation>ファーム管理者:</translation>
    </message>
    <message>
        <source>Elevated:</source>
        <translation>管理者権限で実行:</translation>
    </message>
    <message>
        <source>What the setup needs</source>
        <translation>セットアップに必要なもの</translation>
    </message>
    <message>
        <source>A farm administrator account on this server, running the wizard elevated (Run as administrator).</source>
        <translation>このサーバーのファーム管理者アカウントで、ウィザードを管理者権限で実行すること (管理者として実行)。</translation>
    </message>
    <message>
        <source>A Microsoft 365 administrator who can consent to Application.ReadWrite.All (Global Administrator or Privileged Role Administrator).</source>
        <translation>Application.ReadWrite.All に同意できる Microsoft 365 管理者 (グローバル管理者または特権ロール管理者)。</translation>
    </message>
    <message>
        <source>Outbound HTTPS from the farm to %1, %2 and %3.</source>
        <translation>ファームから %1、%2、%3 への送信 HTTPS。</translation>
    </message>
    <message>
        <source>The public DNS domain of your sites, such as contoso.com.</source>
        <translation>サイトの公開 DNS ドメイン (例: contoso.com)。</translation>
    </message>
    <message>
        <source>The farm is read once the wizard works on it.</source>
        <translation>ウィザードがファームで作業を始めると、ファームを読み取ります。</translation>
    </message>
    <message>
        <source>Reading the farm…</source>
        <translation>ファームを読み取っています…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>ビルド %1</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (ビルド %2)</translation>
    </message>
    <message>
        <source>no: the setup needs a farm administrator (step 4 checks it)</source>
        <translation>いいえ: セットアップにはファーム管理者が必要です (手順 4 で確認します)</translation>
    </message>
    <message>
        <source>no: run the wizard as administrator</source>
        <translation>いいえ: ウィザードを管理者として実行してください</translation>
    </message>
    <message>
        <source>Not SharePoint servers, left alone: %1</source>
        <translation>SharePoint 以外のサーバー (変更しません): %1</translation>
    </message>
    <message>
        <source>The farm could not be read: %1</source>
        <translation>ファームを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The farm could not be read.</source>
        <translation>ファームを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>s2s::FinalSummary</name>
    <message>
        <source>Export transcript…</source>
        <translation>トランスクリプトのエクスポート…</translation>
    </message>
    <message>
        <source>&amp;Go to step %1</source>
        <translation>ステップ %1 に移動(&amp;G)</translation>
    </message>
</context>
<context>
    <name>s2s::HostTransport</name>
    <message>
        <source>The farm host was closed.</source>
        <translation>ファーム ホストが終了しました。</translation>
    </message>
    <message>
        <source>The farm host went away while running %1.</source>
        <translation>%1 の実行中にファーム ホストが終了しました。</translation>
    </message>
    <message>
        <source>Cancelled: the farm host was stopped.</source>
        <translation>キャンセルされました: ファーム ホストを停止しました。</translation>
    </message>
    <message>
        <source>Run the step again when you are ready.</source>
        <translation>準備ができたら、ステップをもう一度実行してください。</translation>
    </message>
    <message>
        <source>The farm host %1 could not start: %2</source>
        <translation>ファーム ホスト %1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>Check that the program exists and may run.</source>
        <translation>プログラムが存在し、実行できることを確認してください。</translation>
    </message>
    <message>
        <source>The farm host sent a line longer than %1 bytes.</source>
        <translation>ファーム ホストが %1 バイトを超える行を送信しました。</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>コード %1 で終了しました</translation>
    </message>
    <message>
        <source>The farm host %1.</source>
        <translation>ファーム ホストが%1。</translation>
    </message>
    <message>
        <source>The farm host %1 while running %2.</source>
        <translation>%2 の実行中にファーム ホストが%1。</translation>
    </message>
    <message>
        <source>Run the step again: the host restarts. If it keeps failing, the log has the host&apos;s error output.</source>
        <translation>ステップをもう一度実行してください。ホストが再起動します。失敗が続く場合は、ログでホストのエラー出力を確認してください。</translation>
    </message>
    <message>
        <source>The farm host did not get ready within %1 s (loading the SharePoint snap-in).</source>
        <translation>ファーム ホストが %1 秒以内に準備完了になりませんでした (SharePoint スナップインの読み込み中)。</translation>
    </message>
    <message>
        <source>Check that SharePoint Server is installed on this server and that Windows PowerShell starts.</source>
        <translation>このサーバーに SharePoint Server がインストールされていて、Windows PowerShell が起動することを確認してください。</translation>
    </message>
    <message>
        <source>The farm operation %1 did not finish within %2 s.</source>
        <translation>ファーム操作 %1 が %2 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <source>The host was stopped and restarts on the next call. Raise --op-timeout if the farm is slow.</source>
        <translation>ホストは停止され、次の呼び出しで再起動します。ファームの応答が遅い場合は --op-timeout を大きくしてください。</translation>
    </message>
    <message>
        <source>%1 (while running %2)</source>
        <translation>%1 (%2 の実行中)</translation>
    </message>
    <message>
        <source>The host was stopped and restarts on the next call. This is a defect of the host script or of something writing to its output; the log has the line.</source>
        <translation>ホストは停止され、次の呼び出しで再起動します。これはホスト スクリプト、またはその出力に書き込む何かの不具合です。ログにその行が記録されています。</translation>
    </message>
    <message>
        <source>The farm host sent a line that is not a protocol message: %1.</source>
        <translation>ファーム ホストがプロトコル メッセージではない行を送信しました: %1。</translation>
    </message>
    <message>
        <source>%1 was not run: the wizard is closing.</source>
        <translation>%1 は実行されませんでした: ウィザードを閉じています。</translation>
    </message>
    <message>
        <source>Cancelled: the wizard is closing.</source>
        <translation>取り消されました: ウィザードを閉じています。</translation>
    </message>
</context>
<context>
    <name>s2s::MainWizard</name>
    <message>
        <source>S2S Wizard</source>
        <translation>S2S ウィザード</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>トランスクリプトのエクスポート…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>トランスクリプトのエクスポート</translation>
    </message>
    <message>
        <source>Text transcript (*.txt);;HTML report (*.html);;JSON (*.json)</source>
        <translation>テキスト トランスクリプト (*.txt);;HTML レポート (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Transcript written to %1</source>
        <translation>トランスクリプトを %1 に書き込みました</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>バージョン情報…</translation>
    </message>
</context>
<context>
    <name>s2s::OpeningIndicator</name>
    <message>
        <source>Opening the lab</source>
        <translation>ラボを開いています</translation>
    </message>
    <message>
        <source>Opening the lab in %1…</source>
        <translation>%1 のラボを開いています…</translation>
    </message>
</context>
<context>
    <name>s2s::PlanView</name>
    <message>
        <source>What this step runs</source>
        <translation>このステップで実行される内容</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>コマンドをクリップボードにコピーします</translation>
    </message>
</context>
<context>
    <name>s2s::RemovalDialog</name>
    <message>
        <source>Remove the hybrid trust</source>
        <translation>ハイブリッド信頼を削除する</translation>
    </message>
    <message>
        <source>This takes the server-to-server trust down: it undoes what this session added or changed, in reverse step order, and nothing else. An SPN, key or farm object that existed before the setup stays. Afterwards SharePoint Online no longer accepts the farm&apos;s tokens (hybrid search and the other hybrid features stop).</source>
        <translation>サーバー間信頼を削除します。このセッションが追加または変更したものをステップの逆順で元に戻し、それ以外は何も変更しません。セットアップ前から存在していた SPN、キー、ファーム オブジェクトは保持されます。削除後、SharePoint Online はファームのトークンを受け入れなくなります (ハイブリッド検索とその他のハイブリッド機能は動作しなくなります)。</translation>
    </message>
    <message>
        <source>Removes exactly what is listed above, and nothing else. It cannot be undone, but the wizard can set the trust up again.</source>
        <translation>上に一覧表示されたものだけを削除し、それ以外は何も削除しません。元に戻すことはできませんが、ウィザードで信頼をもう一度セットアップできます。</translation>
    </message>
    <message>
        <source>Nothing to remove: this session changed nothing that is still there.</source>
        <translation>削除するものはありません。このセッションが変更したもので、まだ残っているものはありません。</translation>
    </message>
    <message>
        <source>Will be removed or set back, in this order:</source>
        <translation>次の順序で削除または元に戻されます:</translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>保持:</translation>
    </message>
    <message>
        <source>The hybrid trust is removed: everything listed is undone. Validate any step to see the trust gone; the session can set it up again.</source>
        <translation>ハイブリッド信頼は削除されました。一覧のすべての項目が元に戻されています。任意のステップを検証すると、信頼がなくなったことを確認できます。このセッションで信頼をもう一度セットアップできます。</translation>
    </message>
</context>
<context>
    <name>s2s::RenewalDialog</name>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>%1, RSA %2 bits, valid until %3</source>
        <translation>%1、RSA %2 ビット、%3 まで有効</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>%1 から開きました</translation>
    </message>
    <message>
        <source>generated: RSA %1 bits, valid %2 years</source>
        <translation>生成済み: RSA %1 ビット、有効期間 %2 年</translation>
    </message>
    <message>
        <source>Renew the STS certificate</source>
        <translation>STS 証明書を更新する</translation>
    </message>
    <message>
        <source>A new STS certificate replaces the one the farm signs with, without an outage of the trust: SharePoint Online first gets the new certificate&apos;s key next to the old one, then the farm switches server by server, and the old key is removed only once every server runs the new certificate and SharePoint Online accepts its tokens. If it stops anywhere, run it again: it goes on where it stopped, with the same new certificate.</source>
        <translation>新しい STS 証明書が、信頼を停止させずに、ファームが署名に使用している証明書を置き換えます。まず SharePoint Online が古いキーと並べて新しい証明書のキーを受け取り、次にファームがサーバーごとに切り替わります。古いキーが削除されるのは、すべてのサーバーが新しい証明書を使用し、SharePoint Online がそのトークンを受け入れるようになった後だけです。途中で停止した場合は、もう一度実行してください。同じ新しい証明書で、停止した位置から続行されます。</translation>
    </message>
    <message>
        <source>A renewal started %1 and stopped at &quot;%2&quot;: Run goes on from there.</source>
        <translation>%1 に開始された更新が &quot;%2&quot; で停止しました。[実行] をクリックすると、そこから続行されます。</translation>
    </message>
    <message>
        <source>Old certificate: %1</source>
        <translation>古い証明書: %1</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>新しい証明書: %1</translation>
    </message>
    <message>
        <source>Current certificate: %1</source>
        <translation>現在の証明書: %1</translation>
    </message>
    <message>
        <source>Renewed: the farm signs with %1 on every server, SharePoint Online holds its key and no longer the key of %2, and the trust worked throughout.</source>
        <translation>更新済み: ファームはすべてのサーバーで %1 を使用して署名し、SharePoint Online はそのキーを保持して %2 のキーは保持しておらず、信頼は全体を通して機能しました。</translation>
    </message>
</context>
<context>
    <name>s2s::ServerProgressList</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>resetting…</source>
        <translation>リセット中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Progress on each server</source>
        <translation>各サーバーの進行状況</translation>
    </message>
</context>
<context>
    <name>s2s::SetupRunner</name>
    <message>
        <source>Step &quot;%1&quot; stopped</source>
        <translation>ステップ &quot;%1&quot; が停止しました</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Validate &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を検証</translation>
    </message>
    <message>
        <source>Another operation is running.</source>
        <translation>別の操作を実行中です。</translation>
    </message>
    <message>
        <source>Wait until it ends.</source>
        <translation>終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped</source>
        <translation>&quot;%1&quot; が停止しました</translation>
    </message>
    <message>
        <source>Renew the STS certificate</source>
        <translation>STS 証明書を更新する</translation>
    </message>
    <message>
        <source>Remove the hybrid trust</source>
        <translation>ハイブリッド信頼を削除する</translation>
    </message>
    <message>
        <source>The farm lock was lost</source>
        <translation>ファーム ロックが失われました</translation>
    </message>
    <message>
        <source>Waiting for the farm lock: %1</source>
        <translation>ファーム ロックを待機中: %1</translation>
    </message>
    <message>
        <source>Wait for the farm lock</source>
        <translation>ファーム ロックを待機する</translation>
    </message>
    <message>
        <source>Take over the farm lock</source>
        <translation>ファーム ロックを引き継ぐ</translation>
    </message>
    <message>
        <source>Take the farm lock</source>
        <translation>ファーム ロックを取得する</translation>
    </message>
    <message>
        <source>Took the farm lock over from %1 on %2 (process %3, session %4), last renewed %5: stale, or that run&apos;s process has ended.</source>
        <translation>%2 上の %1 からファーム ロックを引き継ぎました (プロセス %3、セッション %4、最終更新 %5): 古くなったか、その実行のプロセスが終了しています。</translation>
    </message>
    <message>
        <source>This run holds the farm lock (%1 on %2, process %3).</source>
        <translation>この実行がファーム ロックを保持しています (%2 上の %1、プロセス %3)。</translation>
    </message>
</context>
<context>
    <name>s2s::SignInInputs</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;T)</translation>
    </message>
    <message>
        <source>Forget this account and the sign-in stored in the credential store</source>
        <translation>このアカウントと、資格情報ストアに保存されたサインインを削除します</translation>
    </message>
    <message>
        <source>Signed in to Microsoft 365 as %1.</source>
        <translation>%1 として Microsoft 365 にサインインしています。</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft 365. Run signs in.</source>
        <translation>Microsoft 365 にサインインしていません。[実行] でサインインします。</translation>
    </message>
    <message>
        <source>Signed out: the next run asks you to sign in again.</source>
        <translation>サインアウトしました。次回の実行時には再度サインインが必要です。</translation>
    </message>
</context>
<context>
    <name>s2s::StepListPanel</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
</context>
<context>
    <name>s2s::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>I &amp;confirm this change</source>
        <translation>この変更を確認しました(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Apply what is missing, then validate</source>
        <translation>不足している設定を適用してから検証します</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Check only; changes nothing</source>
        <translation>チェックのみ。何も変更しません</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行しています…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Not run yet. Run applies what is missing, then validates; Validate only checks.</source>
        <translation>未実行です。[実行] は不足している設定を適用してから検証し、[検証] はチェックのみを行います。</translation>
    </message>
    <message>
        <source>Applied (%1), not validated yet.</source>
        <translation>適用済み (%1)、未検証です。</translation>
    </message>
    <message>
        <source>Validated (%1): no check fails.</source>
        <translation>検証済み (%1): 失敗したチェックはありません。</translation>
    </message>
    <message>
        <source>Some checks fail (%1): see the remedies below.</source>
        <translation>一部のチェックが失敗しました (%1)。下の対処法を参照してください。</translation>
    </message>
    <message>
        <source>Stopped (%1): see the message below.</source>
        <translation>停止しました (%1)。下のメッセージを参照してください。</translation>
    </message>
    <message>
        <source>Not applicable: nothing to do.</source>
        <translation>該当なし: 実行する作業はありません。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the running farm operation; the step can be run again</source>
        <translation>実行中のファーム操作を停止します。ステップはもう一度実行できます</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>s2s::WebAppInputs</name>
    <message>
        <source>&amp;Web application:</source>
        <translation>Web アプリケーション(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>ゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>Reading the farm&apos;s web applications…</source>
        <translation>ファームの Web アプリケーションを読み取っています…</translation>
    </message>
    <message>
        <source>Cannot read the farm&apos;s web applications: %1</source>
        <translation>ファームの Web アプリケーションを読み取れません: %1</translation>
    </message>
    <message>
        <source>The farm has no web application.</source>
        <translation>ファームに Web アプリケーションがありません。</translation>
    </message>
</context>
<context>
    <name>s2s::WelcomePage</name>
    <message>
        <source>Welcome to the S2S Wizard</source>
        <translation>S2S ウィザードへようこそ</translation>
    </message>
    <message>
        <source>This wizard sets up the server-to-server trust between your SharePoint Server farm and SharePoint Online, one documented step at a time. Each step shows what it will run, runs it when you click Run and validates the result before you can go on. Your progress is saved, so you can close the wizard and resume later, and the transcript can be exported for your change record.</source>
        <translation>このウィザードは、SharePoint Server ファームと SharePoint Online の間のサーバー間信頼を、文書化された手順に沿って 1 ステップずつ設定します。各ステップは実行する内容を表示し、[実行] をクリックすると実行して、次に進む前に結果を検証します。進行状況は保存されるため、ウィザードを閉じて後で再開できます。トランスクリプトは変更記録用にエクスポートできます。</translation>
    </message>
    <message>
        <source>Open the lab in %1</source>
        <translation>%1 のラボを開く</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>&amp;Start a new setup</source>
        <translation>新しいセットアップを開始する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume the setup %1</source>
        <translation>セットアップ %1 を再開する(&amp;R)</translation>
    </message>
    <message>
        <source>Session file: %1</source>
        <translation>セッション ファイル: %1</translation>
    </message>
    <message>
        <source>Resumes the setup %1.</source>
        <translation>セットアップ %1 を再開します。</translation>
    </message>
    <message>
        <source>A new setup starts in this file.</source>
        <translation>新しいセットアップはこのファイルで開始されます。</translation>
    </message>
    <message>
        <source>started %1; every step is done</source>
        <translation>開始 %1、すべてのステップが完了</translation>
    </message>
    <message>
        <source>started %1; next: step %2, %3</source>
        <translation>開始 %1、次: ステップ %2 %3</translation>
    </message>
    <message>
        <source>Validating the finished steps again…</source>
        <translation>完了したステップを再検証しています…</translation>
    </message>
    <message>
        <source>&amp;Open the finished setup %1</source>
        <translation>完了したセットアップ %1 を開く(&amp;O)</translation>
    </message>
    <message>
        <source>The trust was set up by the session started %1 (%2). It lives for years: renew its STS certificate before it expires (without an outage), or take the trust down.</source>
        <translation>信頼は、%1 に開始されたセッション (%2) によってセットアップされました。信頼は何年も存続します。STS 証明書の有効期限が切れる前に (停止なしで) 更新するか、信頼を削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>Not offered: %n session file(s) in %1 that cannot be opened.</source>
        <translation>
            <numerusform>提示されていません: %1 内の開けないセッション ファイル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: fix the file from a copy you trust, or move it out of the folder. The wizard never resumes a session file it cannot check.</source>
        <translation>対処方法: 信頼できるコピーからファイルを復元するか、フォルダーの外に移動してください。ウィザードは確認できないセッション ファイルを再開しません。</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>セッションを開いています…</translation>
    </message>
</context>
<context>
    <name>s2s::WizardContext</name>
    <message>
        <source>A session is already open.</source>
        <translation>セッションは既に開いています。</translation>
    </message>
</context>
</TS>
