// SharePoint simulator: the SharePoint object model types and cmdlets the farm script uses, held to
// Microsoft's documentation (see README.md and ../../../shared/SHAREPOINT-CMDLETS.md), with the
// farm's whole state in $env:S2S_LAB_DIR/farm.json (re-read on every call, written atomically).
// Compiled once at build time into SharePointSimulator.dll (Add-Type -OutputAssembly). The types
// carry the real full names so that GetType().FullName, -is and [type] work as on a farm.
//
// Naming: real SharePoint namespaces for everything the script can see; S2S.SharePointSimulator for
// the simulator's own plumbing (farm.json store, the machine seams, the certificate provider).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Provider;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SharePoint;
using Microsoft.SharePoint.Administration;
using Microsoft.SharePoint.Administration.Claims;
using Microsoft.SharePoint.PowerShell;

namespace S2S.SharePointSimulator
{
    // ------------------------------------------------------------------------------------------
    // farm.json: the only state. Read on every call, written with temp file + rename.
    public static class FarmStore
    {
        public static string LabDirectory
        {
            get
            {
                string dir = Environment.GetEnvironmentVariable("S2S_LAB_DIR");
                if (string.IsNullOrEmpty(dir))
                    throw new InvalidOperationException("S2S_LAB_DIR is not set: the SharePoint simulator has no farm.json.");
                return dir;
            }
        }

        public static string FarmFile => Path.Combine(LabDirectory, "farm.json");

        public static JsonObject Load()
        {
            // A writer that does not replace the file atomically can be caught halfway: read again.
            for (int attempt = 1; ; ++attempt)
            {
                string text;
                try
                {
                    text = File.ReadAllText(FarmFile, Encoding.UTF8);
                }
                catch (Exception e)
                {
                    throw new SPException("Cannot access the local farm. Verify that the local farm is properly configured, currently available, and that you have the appropriate permissions to access the database before trying again.", e);
                }
                try
                {
                    if (JsonNode.Parse(text) is JsonObject obj)
                        return obj;
                    throw new SPException("Cannot access the local farm: " + FarmFile + " is not a JSON object.");
                }
                catch (JsonException e)
                {
                    if (attempt >= 5)
                        throw new SPException("Cannot access the local farm: " + FarmFile + " is not valid JSON (" + e.Message + ").", e);
                    System.Threading.Thread.Sleep(20 * attempt);
                }
            }
        }

        static readonly JsonSerializerOptions WriteOptions = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static void Save(JsonObject farm)
        {
            string target = FarmFile;
            string temp = target + ".sim-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, farm.ToJsonString(WriteOptions) + "\n", new UTF8Encoding(false));
            File.Move(temp, target, true); // rename(2): readers see the old or the new file, never half of one
        }

        // Loads, applies a change, saves: under the lab's file lock, so that another process
        // serving the same farm.json (a second host, s2s-lab-host) cannot write in between, as the
        // configuration database serialises its writers.
        public static void Modify(Action<JsonObject> change)
        {
            using FileStream held = Lock();
            JsonObject farm = Load();
            change(farm);
            Save(farm);
        }

        // <lab>/farm.json.lock opened with FileShare.None: flock(LOCK_EX) on Unix, the lock
        // s2s-lab-host takes on the same file (engine/lab/LabFileLock). Waits up to 60 s.
        static FileStream Lock()
        {
            string path = Path.Combine(LabDirectory, "farm.json.lock");
            for (int attempt = 0; ; ++attempt)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (attempt < 6000)
                {
                    System.Threading.Thread.Sleep(10);
                }
            }
        }

        // --- reading helpers (absent fields take their documented defaults)
        public static string Str(JsonNode node, string key, string fallback = "")
        {
            if (node is JsonObject o && o.TryGetPropertyValue(key, out JsonNode v) && v is JsonValue jv && jv.TryGetValue(out string s))
                return s;
            return fallback;
        }

        public static bool Bool(JsonNode node, string key, bool fallback)
        {
            if (node is JsonObject o && o.TryGetPropertyValue(key, out JsonNode v) && v is JsonValue jv && jv.TryGetValue(out bool b))
                return b;
            return fallback;
        }

        public static JsonObject Obj(JsonNode node, string key)
        {
            if (node is JsonObject o && o.TryGetPropertyValue(key, out JsonNode v) && v is JsonObject child)
                return child;
            return new JsonObject();
        }

        public static JsonArray Arr(JsonNode node, string key)
        {
            if (node is JsonObject o && o.TryGetPropertyValue(key, out JsonNode v) && v is JsonArray child)
                return child;
            return new JsonArray();
        }

        public static JsonArray EnsureArr(JsonObject o, string key)
        {
            if (o.TryGetPropertyValue(key, out JsonNode v) && v is JsonArray child)
                return child;
            var created = new JsonArray();
            o[key] = created;
            return created;
        }

        public static IEnumerable<JsonObject> Objects(JsonArray array) => array.OfType<JsonObject>();

        public static JsonObject Server(JsonObject farm, string name)
        {
            foreach (JsonObject s in Objects(Arr(farm, "servers")))
                if (string.Equals(Str(s, "name"), name, StringComparison.OrdinalIgnoreCase))
                    return s;
            return null;
        }

        // The server the host runs on: host.computerName, else the first server that is not Invalid.
        public static string LocalServerName(JsonObject farm)
        {
            string named = Str(Obj(farm, "host"), "computerName");
            if (named.Length > 0)
                return named;
            foreach (JsonObject s in Objects(Arr(farm, "servers")))
                if (!string.Equals(Str(s, "role"), "Invalid", StringComparison.OrdinalIgnoreCase))
                    return Str(s, "name");
            return Environment.MachineName;
        }

        public static X509Certificate2 Certificate(string base64)
        {
            if (string.IsNullOrEmpty(base64))
                return null;
            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64));
        }

        // The STS certificate as the configuration database gives it: with its private key when
        // farm.json holds one (sts.signingKey, PKCS#8 PEM) that belongs to it, else without
        // (HasPrivateKey false: the account cannot read the key).
        public static X509Certificate2 CertificateWithKey(string base64, string keyPem)
        {
            X509Certificate2 certificate = Certificate(base64);
            if (certificate == null || string.IsNullOrWhiteSpace(keyPem))
                return certificate;
            try
            {
                using RSA key = RSA.Create();
                key.ImportFromPem(keyPem);
                return certificate.CopyWithPrivateKey(key);
            }
            catch (Exception e) when (e is CryptographicException || e is ArgumentException || e is InvalidOperationException)
            {
                return certificate; // not an RSA key, or not this certificate's
            }
        }

        // A private key as farm.json keeps it: PKCS#8 PEM, as OpenSSL writes it (s2s-lab-host).
        public static string KeyPem(X509Certificate2 certificate)
        {
            using RSA key = certificate.GetRSAPrivateKey();
            if (key == null)
                return "";
            return PemEncoding.WriteString("PRIVATE KEY", key.ExportPkcs8PrivateKey()) + "\n";
        }

        public static string TrimUrl(string url) => (url ?? "").TrimEnd('/');

        public static bool SameUrl(string a, string b) => string.Equals(TrimUrl(a), TrimUrl(b), StringComparison.OrdinalIgnoreCase);

        // Stable ids for objects farm.json does not give an id.
        public static Guid StableId(string kind, string key)
        {
            byte[] hash = MD5.HashData(Encoding.UTF8.GetBytes(kind + "\n" + (key ?? "").ToLowerInvariant()));
            return new Guid(hash);
        }

        public static Guid IdOf(JsonObject o, string kind, string key)
        {
            string id = Str(o, "id");
            if (Guid.TryParse(id, out Guid g))
                return g;
            return StableId(kind, key);
        }
    }

    // ------------------------------------------------------------------------------------------
    // The farm's display language (farm.json "language"): SharePoint returns TypeName and display
    // names translated. Only the strings the simulator produces are translated; unknown ones stay.
    public static class FarmLanguage
    {
        static readonly Dictionary<string, Dictionary<string, string>> Tables = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["de-DE"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Azure Access Control Service Application Proxy"] = "Azure Access Control Service-Anwendungsproxy",
                ["Managed Metadata Service Connection"] = "Verbindung für Verwaltete Metadatendienste",
                ["Windows Authentication"] = "Windows-Authentifizierung",
                ["Microsoft SharePoint Foundation Web Application"] = "Microsoft SharePoint Foundation-Webanwendung",
                ["Microsoft SharePoint Foundation Timer"] = "Microsoft SharePoint Foundation-Zeitgeber",
            },
            ["fr-FR"] = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Azure Access Control Service Application Proxy"] = "Proxy d’application Azure Access Control Service",
                ["Managed Metadata Service Connection"] = "Connexion au service de métadonnées gérées",
                ["Windows Authentication"] = "Authentification Windows",
                ["Microsoft SharePoint Foundation Web Application"] = "Application web Microsoft SharePoint Foundation",
                ["Microsoft SharePoint Foundation Timer"] = "Minuteur Microsoft SharePoint Foundation",
            },
        };

        public static string Translate(JsonObject farm, string english)
        {
            string language = FarmStore.Str(farm, "language");
            if (language.Length == 0 || !Tables.TryGetValue(language, out var table))
                return english;
            return table.TryGetValue(english, out string translated) ? translated : english;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Outbound HTTP from the farm (Invoke-S2SOutboundGet and the metadata fetch of
    // New-SPTrustedSecurityTokenIssuer): a real GET, no redirect, no proxy, no credentials. The lab
    // CA is trusted through the environment (SSL_CERT_FILE), like any other trusted root. The lab
    // has no internet: only the origins in S2S_LAB_ALLOWED_ORIGINS (space-separated, set by the
    // launcher from --endpoints) answer, or without them the lab tenant's own server (tenant.json's
    // port on 127.0.0.1), as in s2s-lab-host (LabFarmOperations.cpp fetchFromLabFarm).
    public static class Outbound
    {
        // "scheme://host:port" with the default port written out, as LabFarmFetch's originOf.
        static string Origin(Uri uri) =>
            uri.Scheme.ToLowerInvariant() + "://" + uri.Host.ToLowerInvariant() + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

        static List<string> AllowedOrigins()
        {
            var origins = new List<string>();
            string configured = Environment.GetEnvironmentVariable("S2S_LAB_ALLOWED_ORIGINS") ?? "";
            foreach (string text in configured.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (Uri.TryCreate(text, UriKind.Absolute, out Uri allowed))
                    origins.Add(Origin(allowed));
            if (configured.Trim().Length > 0)
                return origins; // an unreadable entry reaches nothing rather than the lab tenant
            string tenantFile = Path.Combine(FarmStore.LabDirectory, "tenant.json");
            if (File.Exists(tenantFile)
                && JsonNode.Parse(File.ReadAllText(tenantFile, Encoding.UTF8)) is JsonObject tenant
                && tenant.TryGetPropertyValue("port", out JsonNode port) && port is JsonValue value
                && value.TryGetValue(out int number))
                origins.Add("https://127.0.0.1:" + number.ToString(CultureInfo.InvariantCulture));
            return origins;
        }

        public static PSObject Get(Uri uri, int timeoutMs, int maxBytes) => Send(HttpMethod.Get, uri, null, null, timeoutMs, maxBytes);

        // FarmHost.ps1's Invoke-S2SOutboundPost: the same reach and rules, no redirect followed (a
        // 3xx is an answer), any HTTP status an answer.
        public static PSObject Post(Uri uri, string contentType, byte[] body, int timeoutMs, int maxBytes) =>
            Send(HttpMethod.Post, uri, contentType, body ?? Array.Empty<byte>(), timeoutMs, maxBytes);

        static PSObject Send(HttpMethod method, Uri uri, string contentType, byte[] body, int timeoutMs, int maxBytes)
        {
            JsonObject farm = FarmStore.Load();
            if (!FarmStore.Bool(farm, "outboundHttps", true))
                throw new WebException("The remote name could not be resolved: '" + uri.Host + "'", WebExceptionStatus.NameResolutionFailure);
            if (!uri.IsAbsoluteUri || !AllowedOrigins().Contains(Origin(uri)))
                throw new WebException("Unable to connect to the remote server " + (uri.IsAbsoluteUri ? uri.GetLeftPart(UriPartial.Authority) : uri.OriginalString), WebExceptionStatus.ConnectFailure);
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                Credentials = null,
                ConnectTimeout = TimeSpan.FromMilliseconds(Math.Max(1, timeoutMs)),
            };
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(Math.Max(1, timeoutMs)) };
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.UserAgent.ParseAdd("S2SWizard-FarmHost");
            if (body != null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            }
            HttpResponseMessage response;
            try
            {
                response = client.Send(request, HttpCompletionOption.ResponseHeadersRead);
            }
            catch (HttpRequestException e)
            {
                throw new WebException("Unable to connect to the remote server " + uri.GetLeftPart(UriPartial.Authority) + ": " + e.Message, e, WebExceptionStatus.ConnectFailure, null);
            }
            catch (System.Threading.Tasks.TaskCanceledException e)
            {
                throw new WebException("The operation has timed out", e, WebExceptionStatus.Timeout, null);
            }
            using (response)
            {
                using Stream stream = response.Content.ReadAsStream();
                var memory = new MemoryStream();
                var buffer = new byte[16384];
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    memory.Write(buffer, 0, read);
                    if (maxBytes > 0 && memory.Length > maxBytes)
                        throw new WebException("The response from " + uri.AbsoluteUri + " is larger than " + maxBytes.ToString(CultureInfo.InvariantCulture) + " bytes.", WebExceptionStatus.MessageLengthLimitExceeded);
                }
                string location = response.Headers.Location == null ? "" : response.Headers.Location.OriginalString;
                return Machine.HttpAnswer((int)response.StatusCode, location, memory.ToArray());
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // The per-machine seams: the farm's servers as the remoting functions, the certificate store,
    // iisreset and the STS probe see them.
    public static class Machine
    {
        static bool s_computerNameSet;

        // $env:COMPUTERNAME of the host process: set once, to the server the host runs on.
        public static string InitializeLocalComputer()
        {
            // The snap-in exists on a server even when its farm cannot be read.
            string name;
            try { name = FarmStore.LocalServerName(FarmStore.Load()); }
            catch (Exception) { name = Environment.MachineName; }
            if (!s_computerNameSet)
            {
                Environment.SetEnvironmentVariable("COMPUTERNAME", name);
                s_computerNameSet = true;
            }
            return name;
        }

        public static PSObject HttpAnswer(int status, string location, byte[] body)
        {
            var answer = new PSObject();
            answer.Properties.Add(new PSNoteProperty("Status", status));
            answer.Properties.Add(new PSNoteProperty("Location", location ?? ""));
            answer.Properties.Add(new PSNoteProperty("Body", body ?? Array.Empty<byte>()));
            return answer;
        }

        // Null when the name is no server of the farm (DNS would not resolve it).
        public static JsonObject FindServer(string name)
        {
            JsonObject farm = FarmStore.Load();
            if (name == "." || string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase) || name == "127.0.0.1")
                name = FarmStore.LocalServerName(farm);
            JsonObject server = FarmStore.Server(farm, name);
            return server;
        }

        public static string CanonicalName(string name)
        {
            JsonObject server = FindServer(name);
            return server == null ? name : FarmStore.Str(server, "name");
        }

        public static bool IsReachable(string name)
        {
            JsonObject server = FindServer(name);
            return server != null && FarmStore.Bool(server, "reachable", true);
        }

        public static bool IsKnown(string name) => FindServer(name) != null;

        public static bool IsLocal(string name)
        {
            JsonObject farm = FarmStore.Load();
            return string.Equals(CanonicalName(name), FarmStore.LocalServerName(farm), StringComparison.OrdinalIgnoreCase);
        }

        // The public certificates in LocalMachine\Root of a server (farm.json rootCertificates).
        public static List<X509Certificate2> RootCertificates(string server)
        {
            var list = new List<X509Certificate2>();
            JsonObject entry = FindServer(server);
            if (entry == null)
                return list;
            foreach (JsonNode node in FarmStore.Arr(entry, "rootCertificates"))
            {
                if (node is JsonValue v && v.TryGetValue(out string b64) && b64.Length > 0)
                {
                    try { list.Add(FarmStore.Certificate(b64)); } catch (Exception) { /* unreadable entry: not a certificate */ }
                }
            }
            return list;
        }

        // Import-PfxCertificate into LocalMachine\Root: the public certificate only, once.
        public static void AddRootCertificate(string server, byte[] der)
        {
            string b64 = Convert.ToBase64String(der);
            FarmStore.Modify(farm =>
            {
                JsonObject entry = FarmStore.Server(farm, CanonicalName(server));
                if (entry == null)
                    throw new InvalidOperationException("The server " + server + " is not in farm.json.");
                JsonArray store = FarmStore.EnsureArr(entry, "rootCertificates");
                string thumb = X509CertificateLoader.LoadCertificate(der).Thumbprint;
                foreach (JsonNode node in store)
                {
                    if (node is JsonValue v && v.TryGetValue(out string existing))
                    {
                        try
                        {
                            if (string.Equals(FarmStore.Certificate(existing).Thumbprint, thumb, StringComparison.OrdinalIgnoreCase))
                                return;
                        }
                        catch (Exception) { }
                    }
                }
                store.Add(b64);
            });
        }

        // iisreset on a server: its STS loads the farm's signing certificate now.
        public static void ResetIis(string server)
        {
            FarmStore.Modify(farm =>
            {
                JsonObject entry = FarmStore.Server(farm, CanonicalName(server));
                if (entry == null)
                    throw new InvalidOperationException("The server " + server + " is not in farm.json.");
                string configured = FarmStore.Str(FarmStore.Obj(farm, "sts"), "signingCertificate");
                entry["runningSigningCertificate"] = configured;
            });
        }

        public static bool RunsWebApplications(JsonObject server)
        {
            if (string.Equals(FarmStore.Str(server, "role"), "Invalid", StringComparison.OrdinalIgnoreCase))
                return false;
            if (server.TryGetPropertyValue("services", out JsonNode services) && services is JsonArray list)
                return list.Any(n => n is JsonValue v && v.TryGetValue(out string s) && s == ServiceNames.WebApplication);
            return true;
        }

        // One HTTP GET to a farm server's IIS, as Invoke-S2SServerProbe does on a farm: TCP to the
        // server, Host header (and SNI) of the web application, no redirect followed.
        public static PSObject Probe(string serverName, Uri uri, string hostHeader, int timeoutMs)
        {
            JsonObject farm = FarmStore.Load();
            JsonObject server = FarmStore.Server(farm, serverName);
            if (server == null)
                throw new WebException("The remote name could not be resolved: '" + serverName + "'", WebExceptionStatus.NameResolutionFailure);
            if (!FarmStore.Bool(server, "reachable", true))
                throw new WebException("Unable to connect to the remote server", WebExceptionStatus.ConnectFailure);
            if (!RunsWebApplications(server))
                throw new WebException("Unable to connect to the remote server: No connection could be made because the target machine actively refused it " + serverName + ":" + uri.Port.ToString(CultureInfo.InvariantCulture), WebExceptionStatus.ConnectFailure);
            // TCP goes to serverName whatever host the URI names; IIS then routes by the Host header.
            // IIS answers a host name only when a web application is bound to it (an alternate URL
            // of one of its zones), with the same scheme and port.
            string host = string.IsNullOrEmpty(hostHeader) ? uri.Authority : hostHeader;
            bool bound = false;
            foreach (JsonObject app in FarmStore.Objects(FarmStore.Arr(farm, "webApplications")))
            {
                var urls = new List<string> { FarmStore.Str(app, "url") };
                foreach (JsonObject zone in FarmStore.Objects(FarmStore.Arr(app, "zones")))
                    urls.Add(FarmStore.Str(zone, "url"));
                foreach (string url in urls)
                {
                    if (!Uri.TryCreate(url, UriKind.Absolute, out Uri bind))
                        continue;
                    string authority = bind.IsDefaultPort ? bind.Host : bind.Host + ":" + bind.Port.ToString(CultureInfo.InvariantCulture);
                    if (string.Equals(bind.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase) && bind.Port == uri.Port &&
                        (string.Equals(authority, host, StringComparison.OrdinalIgnoreCase) || string.Equals(bind.Host, host, StringComparison.OrdinalIgnoreCase)))
                        bound = true;
                }
            }
            if (!bound)
                return HttpAnswer(400, "", Encoding.ASCII.GetBytes("<h2>Bad Request - Invalid Hostname</h2><hr><p>HTTP Error 400. The request hostname is invalid.</p>"));
            string redirect = FarmStore.Str(server, "stsRedirectsTo");
            if (redirect.Length > 0)
            {
                var target = new UriBuilder(uri) { Host = redirect.ToLowerInvariant() };
                return HttpAnswer(302, target.Uri.AbsoluteUri, Encoding.ASCII.GetBytes("<html><head><title>Object moved</title></head><body><h2>Object moved to <a href=\"" + target.Uri.AbsoluteUri + "\">here</a>.</h2></body></html>"));
            }
            if (!string.Equals(uri.AbsolutePath, "/_layouts/15/metadata/json/1", StringComparison.OrdinalIgnoreCase))
                return HttpAnswer(404, "", Encoding.ASCII.GetBytes("404 NOT FOUND"));
            string running = FarmStore.Str(server, "runningSigningCertificate");
            if (running.Length == 0)
                return HttpAnswer(503, "", Encoding.ASCII.GetBytes("<h2>Service Unavailable</h2>"));
            X509Certificate2 cert = FarmStore.Certificate(running);
            string realm = FarmStore.Str(farm, "realm");
            // Shaped like SharePoint's /_layouts/15/metadata/json/1.
            var document = new JsonObject
            {
                ["serviceName"] = "00000003-0000-0ff1-ce00-000000000000",
                ["realm"] = realm,
                ["name"] = "SharePoint Server",
                ["keys"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["usage"] = "signing",
                        ["keyInfo"] = new JsonObject { ["x5t"] = Base64Url(cert.GetCertHash()) },
                        ["keyValue"] = new JsonObject { ["type"] = "x509Certificate", ["value"] = running },
                    },
                },
                ["endpoints"] = new JsonArray
                {
                    new JsonObject { ["location"] = uri.GetLeftPart(UriPartial.Authority) + "/_vti_bin/client.svc", ["protocol"] = "OAuth2", ["usage"] = "issuance" },
                },
            };
            return HttpAnswer(200, "", Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        }

        static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        // SharePoint Server Subscription Edition (builds 16.0.14326 and later) has no snap-in: its
        // cmdlets come with the SharePointServer module. host.edition ("SE", "2019", "2016",
        // "2013") overrides the build number.
        public static bool IsSubscriptionEdition()
        {
            JsonObject host;
            try { host = FarmStore.Obj(FarmStore.Load(), "host"); } catch (Exception) { return false; }
            string edition = FarmStore.Str(host, "edition");
            if (edition.Length > 0)
                return string.Equals(edition, "SE", StringComparison.OrdinalIgnoreCase) || string.Equals(edition, "SubscriptionEdition", StringComparison.OrdinalIgnoreCase);
            return Version.TryParse(FarmStore.Str(host, "sharepointBuild"), out Version v) && v.Major == 16 && v.Build >= 14000;
        }

        public static bool AccountIsShellAdmin()
        {
            JsonObject farm;
            try { farm = FarmStore.Load(); } catch (Exception) { return false; }
            JsonObject account = FarmStore.Obj(farm, "account");
            return FarmStore.Bool(account, "shellAdmin", true) && FarmStore.Bool(account, "elevated", true);
        }

        public static PSObject CurrentIdentity()
        {
            JsonObject account = FarmStore.Obj(FarmStore.Load(), "account");
            var answer = new PSObject();
            answer.Properties.Add(new PSNoteProperty("Name", FarmStore.Str(account, "name")));
            answer.Properties.Add(new PSNoteProperty("IsElevated", FarmStore.Bool(account, "elevated", true)));
            return answer;
        }
    }

    public static class ServiceNames
    {
        public const string WebApplication = "Microsoft SharePoint Foundation Web Application";
        public const string Timer = "Microsoft SharePoint Foundation Timer";
        public const string AcsProxyTypeName = "Azure Access Control Service Application Proxy";
    }

    // ------------------------------------------------------------------------------------------
    // The Cert: drive of a simulated server. Cert:\LocalMachine\Root is that server's
    // rootCertificates in farm.json (read on every access); every other store is empty. The drive's
    // Description names the server.
    [CmdletProvider("Certificate", ProviderCapabilities.None)]
    public class CertificateStoreProvider : NavigationCmdletProvider
    {
        static readonly string[] Locations = { "CurrentUser", "LocalMachine" };
        static readonly string[] Stores = { "AuthRoot", "CA", "Disallowed", "My", "Root", "SharePoint", "TrustedPeople", "TrustedPublisher" };

        string Server => PSDriveInfo?.Description ?? "";

        static string[] Parts(string path)
        {
            return (path ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        }

        static string Match(IEnumerable<string> names, string part) =>
            names.FirstOrDefault(n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase));

        List<X509Certificate2> Certificates(string location, string store)
        {
            if (location == "LocalMachine" && store == "Root")
                return Machine.RootCertificates(Server);
            return new List<X509Certificate2>();
        }

        protected override bool IsValidPath(string path) => true;

        protected override bool ItemExists(string path)
        {
            string[] p = Parts(path);
            if (p.Length == 0) return true;
            string location = Match(Locations, p[0]);
            if (location == null) return false;
            if (p.Length == 1) return true;
            string store = Match(Stores, p[1]);
            if (store == null) return false;
            if (p.Length == 2) return true;
            if (p.Length > 3) return false;
            return Certificates(location, store).Any(c => string.Equals(c.Thumbprint, p[2], StringComparison.OrdinalIgnoreCase));
        }

        protected override bool IsItemContainer(string path) => Parts(path).Length < 3 && ItemExists(path);

        protected override bool HasChildItems(string path)
        {
            string[] p = Parts(path);
            if (p.Length < 2) return ItemExists(path);
            if (p.Length == 2 && ItemExists(path))
                return Certificates(Match(Locations, p[0]), Match(Stores, p[1])).Count > 0;
            return false;
        }

        protected override void GetItem(string path)
        {
            string[] p = Parts(path);
            if (!ItemExists(path))
            {
                WriteError(new ErrorRecord(new ItemNotFoundException("Cannot find path '" + path + "' because it does not exist."), "PathNotFound", ErrorCategory.ObjectNotFound, path));
                return;
            }
            if (p.Length < 3)
            {
                WriteItemObject(p.Length == 0 ? "\\" : p[p.Length - 1], path, true);
                return;
            }
            X509Certificate2 cert = Certificates(Match(Locations, p[0]), Match(Stores, p[1])).First(c => string.Equals(c.Thumbprint, p[2], StringComparison.OrdinalIgnoreCase));
            WriteItemObject(cert, path, false);
        }

        protected override void GetChildItems(string path, bool recurse)
        {
            string[] p = Parts(path);
            if (!ItemExists(path)) return;
            if (p.Length == 0)
                foreach (string l in Locations) WriteItemObject(l, l, true);
            else if (p.Length == 1)
                foreach (string s in Stores) WriteItemObject(s, Match(Locations, p[0]) + "\\" + s, true);
            else if (p.Length == 2)
                foreach (X509Certificate2 c in Certificates(Match(Locations, p[0]), Match(Stores, p[1])))
                    WriteItemObject(c, Match(Locations, p[0]) + "\\" + Match(Stores, p[1]) + "\\" + c.Thumbprint, false);
        }

        protected override void GetChildNames(string path, ReturnContainers returnContainers)
        {
            string[] p = Parts(path);
            if (!ItemExists(path)) return;
            if (p.Length == 0)
                foreach (string l in Locations) WriteItemObject(l, l, true);
            else if (p.Length == 1)
                foreach (string s in Stores) WriteItemObject(s, s, true);
            else if (p.Length == 2)
                foreach (X509Certificate2 c in Certificates(Match(Locations, p[0]), Match(Stores, p[1])))
                    WriteItemObject(c.Thumbprint, c.Thumbprint, false);
        }
    }

    // Marker used by the module to find this assembly.
    public static class Assembly
    {
        public static System.Reflection.Assembly Self => typeof(Assembly).Assembly;
    }
}

// ==============================================================================================
// Microsoft.SharePoint
namespace Microsoft.SharePoint
{
    using S2S.SharePointSimulator;

    public class SPException : Exception
    {
        public SPException(string message) : base(message) { }
        public SPException(string message, Exception inner) : base(message, inner) { }
    }

    // OM jj172862
    public sealed class SPAppPrincipal
    {
        internal SPAppPrincipal(string displayName, string nameIdentifier, string site)
        {
            DisplayName = displayName;
            NameIdentifier = nameIdentifier;
            Site = site;
        }

        public string DisplayName { get; }
        public string NameIdentifier { get; }
        // OM jj835489
        public string EncodedNameIdentifier => "i:0i.t|ms.sp.ext|" + NameIdentifier;
        internal string Site { get; }
        public override string ToString() => DisplayName;
    }

    // OM: SPSite(string requestUrl) finds the site collection of a URL of any zone of a web
    // application; FileNotFoundException when there is none.
    public sealed class SPSite : IDisposable
    {
        readonly string m_webApplicationUrl;
        bool m_disposed;

        public SPSite(string requestUrl)
        {
            if (requestUrl == null)
                throw new ArgumentNullException(nameof(requestUrl));
            JsonObject farm = FarmStore.Load();
            JsonObject app = Lookup(farm, requestUrl, out string zoneUrl);
            if (app == null || !FarmStore.Bool(app, "hasRootSite", true))
                throw new FileNotFoundException("The Web application at " + requestUrl + " could not be found. Verify that you have typed the URL correctly. If the URL should be serving existing content, the system administrator may need to add a new request URL mapping to the intended application.");
            m_webApplicationUrl = FarmStore.TrimUrl(FarmStore.Str(app, "url"));
            Url = FarmStore.TrimUrl(zoneUrl);
            ID = FarmStore.StableId("site", m_webApplicationUrl);
            Title = FarmStore.Str(app, "rootSiteTitle", "Home");
        }

        // The web application one of whose URLs is the start of requestUrl (its path being "/").
        internal static JsonObject Lookup(JsonObject farm, string requestUrl, out string matchedUrl)
        {
            matchedUrl = null;
            if (!Uri.TryCreate(requestUrl, UriKind.Absolute, out Uri request))
                return null;
            foreach (JsonObject app in FarmStore.Objects(FarmStore.Arr(farm, "webApplications")))
            {
                var urls = new List<string> { FarmStore.Str(app, "url") };
                foreach (JsonObject zone in FarmStore.Objects(FarmStore.Arr(app, "zones")))
                    urls.Add(FarmStore.Str(zone, "url"));
                foreach (string url in urls)
                {
                    if (!Uri.TryCreate(url, UriKind.Absolute, out Uri candidate))
                        continue;
                    if (Uri.Compare(candidate, request, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0 &&
                        (request.AbsolutePath == "/" || request.AbsolutePath.Length == 0))
                    {
                        matchedUrl = url;
                        return app;
                    }
                }
            }
            return null;
        }

        void Check()
        {
            if (m_disposed)
                throw new ObjectDisposedException(nameof(SPSite));
        }

        public string Url { get; }
        public string ServerRelativeUrl { get { Check(); return "/"; } }
        public Guid ID { get; }
        internal string Title { get; }
        internal string WebApplicationUrl => m_webApplicationUrl;
        internal bool IsDisposed => m_disposed;
        public SPWeb RootWeb { get { Check(); return new SPWeb(this); } }
        public SPWeb OpenWeb() { Check(); return new SPWeb(this); }
        public SPWebApplication WebApplication
        {
            get
            {
                Check();
                return SPWebApplication.All(FarmStore.Load()).First(w => FarmStore.SameUrl(w.Url, m_webApplicationUrl));
            }
        }
        public void Dispose() => m_disposed = true;
        public void Close() => m_disposed = true;
        public override string ToString() => "SPSite Url=" + Url;
    }

    public sealed class SPWeb : IDisposable
    {
        bool m_disposed;

        internal SPWeb(SPSite site)
        {
            Site = site;
            Url = site.Url;
            Title = site.Title;
            ID = FarmStore.StableId("web", site.WebApplicationUrl);
        }

        public SPSite Site { get; }
        public string Url { get; }
        public string Title { get; }
        public Guid ID { get; }
        public string ServerRelativeUrl => "/";
        public bool IsRootWeb => true;
        // A web goes with its site collection: disposing the SPSite disposes its RootWeb.
        internal bool IsDisposed => m_disposed || Site.IsDisposed;
        public void Dispose() => m_disposed = true;
        public void Close() => m_disposed = true;
        public override string ToString() => Title;
    }

    // OM jj167985 (GetManager: "scoped to the service context of the corresponding Web"),
    // jj166052 (DeleteAppPrincipal). Only deleting is simulated; it removes the principal from
    // farm.json for the web's web application, as Get-SPAppPrincipal finds it there.
    public sealed class SPAppPrincipalManager
    {
        readonly SPWeb m_web;

        SPAppPrincipalManager(SPWeb web) => m_web = web;

        public static SPAppPrincipalManager GetManager(SPWeb web)
        {
            if (web == null)
                throw new ArgumentNullException(nameof(web));
            if (web.IsDisposed)
                throw new ObjectDisposedException(nameof(SPWeb));
            return new SPAppPrincipalManager(web);
        }

        public void DeleteAppPrincipal(SPAppPrincipal appPrincipal)
        {
            if (appPrincipal == null)
                throw new ArgumentNullException(nameof(appPrincipal));
            if (m_web.IsDisposed)
                throw new ObjectDisposedException(nameof(SPWeb));
            string siteUrl = m_web.Site.WebApplicationUrl;
            int removed = 0;
            FarmStore.Modify(farm =>
            {
                JsonArray list = FarmStore.EnsureArr(farm, "appPrincipals");
                foreach (JsonObject p in FarmStore.Objects(list).ToList())
                {
                    if (SPSite.Lookup(farm, FarmStore.Str(p, "site"), out _) is JsonObject app && FarmStore.SameUrl(FarmStore.Str(app, "url"), siteUrl) &&
                        string.Equals(FarmStore.Str(p, "nameIdentifier"), appPrincipal.NameIdentifier, StringComparison.OrdinalIgnoreCase))
                    {
                        list.Remove(p);
                        removed++;
                    }
                }
                if (removed == 0)
                    throw new ArgumentException("The app principal " + appPrincipal.NameIdentifier + " does not exist in the service context of " + m_web.Url + ".", nameof(appPrincipal));
            });
        }
    }
}

// ==============================================================================================
// Microsoft.SharePoint.Administration
namespace Microsoft.SharePoint.Administration
{
    using S2S.SharePointSimulator;

    // A persisted object whose name is taken under the same parent (derives from SPException).
    public class SPDuplicateObjectException : SPException
    {
        public SPDuplicateObjectException(string message) : base(message) { }
    }

    // OM ms474875
    public enum SPUrlZone { Default = 0, Intranet = 1, Internet = 2, Custom = 3, Extranet = 4 }

    // OM ms196235 (2016+ MinRole values included)
    public enum SPServerRole
    {
        Invalid = 0, WebFrontEnd = 1, Application = 2, SingleServer = 3, Custom = 4, DistributedCache = 5,
        Search = 6, SingleServerFarm = 7, WebFrontEndWithDistributedCache = 8, ApplicationWithSearch = 9,
    }

    // OM ms437493
    public enum SPObjectStatus { Online = 0, Disabled = 1, Offline = 2, Unprovisioning = 3, Provisioning = 4, Upgrading = 5, Patching = 6 }

    public class SPPersistedObject
    {
        internal SPPersistedObject(string name, Guid id)
        {
            Name = name;
            Id = id;
        }

        public string Name { get; }
        public Guid Id { get; }
        public virtual string DisplayName => Name;
        public virtual string TypeName => GetType().FullName;
        public virtual void Update()
        {
            throw new NotSupportedException("The SharePoint simulator does not persist " + GetType().FullName + ".Update(); only SPSecurityTokenServiceManager.Update() is simulated.");
        }
        public override string ToString() => GetType().Name + " Name=" + Name;
    }

    // Thrown by Update() on an object another writer updated since it was read.
    public class SPUpdatedConcurrencyException : SPException
    {
        public SPUpdatedConcurrencyException(string message) : base(message) { }
    }

    // OM: SPFarm (ms439593, ee684102, ms438673)
    public sealed class SPFarm : SPPersistedObject
    {
        readonly bool m_admin;

        internal SPFarm(JsonObject farm) : base(FarmStore.Str(farm, "configurationDatabase", "SharePoint_Config"), FarmStore.IdOf(farm, "farm", "farm"))
        {
            JsonObject host = FarmStore.Obj(farm, "host");
            string build = FarmStore.Str(host, "sharepointBuild", "16.0.0.0");
            BuildVersion = System.Version.TryParse(build, out System.Version v) ? v : new System.Version(16, 0, 0, 0);
            m_admin = FarmStore.Bool(FarmStore.Obj(farm, "account"), "farmAdmin", true);
            if (farm["properties"] is JsonObject bag)
                foreach (KeyValuePair<string, JsonNode> entry in bag)
                    Properties[entry.Key] = entry.Value is JsonValue value && value.TryGetValue(out string text) ? text : entry.Value?.ToJsonString();
            m_version = farm["farmVersion"] is JsonValue stored && stored.TryGetValue(out long n) ? n : 0;
        }

        long m_version;

        public System.Version BuildVersion { get; }
        // farm.json "properties": strings by key, as the property bag holds what the wizard puts there.
        public Hashtable Properties { get; } = new Hashtable();
        // The farm object's version in the configuration database (farm.json "farmVersion").
        public long Version => m_version;
        public bool CurrentUserIsAdministrator() => m_admin;
        public bool CurrentUserIsAdministrator(bool allowContentApplicationAccess) => m_admin;

        // As SPPersistedObject.Update() does: refused with SPUpdatedConcurrencyException when
        // another writer updated the farm object since this one was read (its version moved on);
        // otherwise the property bag is stored and the version raised.
        public override void Update()
        {
            FarmStore.Modify(farm =>
            {
                long current = farm["farmVersion"] is JsonValue stored && stored.TryGetValue(out long n) ? n : 0;
                if (current != m_version)
                    throw new SPUpdatedConcurrencyException("An update conflict has occurred, and you must re-try this action. The object SPFarm Name=" + Name + " was updated by another user. View the tracing log for more information about the conflict.");
                JsonObject bag = new JsonObject();
                foreach (DictionaryEntry entry in Properties)
                    bag[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)] = Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
                farm["properties"] = bag;
                farm["farmVersion"] = current + 1;
                m_version = current + 1;
            });
        }

        // Nothing is cached between calls: Get-SPFarm reads farm.json each time.
        public void Uncache() { }

        public static SPFarm Local => new SPFarm(FarmStore.Load());
    }

    // OM: SPServer
    public sealed class SPServer : SPPersistedObject
    {
        internal SPServer(JsonObject server) : base(FarmStore.Str(server, "name"), FarmStore.IdOf(server, "server", FarmStore.Str(server, "name")))
        {
            Role = Enum.TryParse(FarmStore.Str(server, "role", "Invalid"), true, out SPServerRole role) ? role : SPServerRole.Invalid;
            Status = Enum.TryParse(FarmStore.Str(server, "status", "Online"), true, out SPObjectStatus status) ? status : SPObjectStatus.Online;
        }

        public string Address => Name;
        public SPServerRole Role { get; }
        public SPObjectStatus Status { get; }
        public bool NeedsUpgrade => false;
        public bool CompliantWithMinRole => true;

        internal static List<SPServer> All(JsonObject farm) =>
            FarmStore.Objects(FarmStore.Arr(farm, "servers")).Select(s => new SPServer(s)).ToList();
    }

    // OM: SPService (the parent of service instances); SPWebService's content service has the
    // empty name, Central Administration's is "WSS_Administration".
    public class SPService : SPPersistedObject
    {
        internal SPService(string name) : base(name, FarmStore.StableId("service", name)) { }
    }

    // OM: SPServiceInstance; the web application service (SPWebServiceInstance) and the timer.
    public class SPServiceInstance : SPPersistedObject
    {
        readonly string m_typeName;

        internal SPServiceInstance(string typeName, string translated, SPServer server, string serviceName)
            : base("", FarmStore.StableId("serviceinstance", server.Name + "\n" + typeName + "\n" + serviceName))
        {
            m_typeName = translated;
            Server = server;
            Status = SPObjectStatus.Online;
            Service = new SPService(serviceName);
        }

        public override string TypeName => m_typeName;
        public SPServer Server { get; }
        public SPService Service { get; }
        public SPObjectStatus Status { get; }
        public virtual void Provision() => throw new NotSupportedException("The SharePoint simulator does not provision service instances.");
        public virtual void Unprovision() => throw new NotSupportedException("The SharePoint simulator does not unprovision service instances.");

        internal static List<SPServiceInstance> All(JsonObject farm)
        {
            var list = new List<SPServiceInstance>();
            foreach (JsonObject s in FarmStore.Objects(FarmStore.Arr(farm, "servers")))
            {
                var server = new SPServer(s);
                if (server.Role == SPServerRole.Invalid)
                    continue;
                if (Machine.RunsWebApplications(s))
                    list.Add(new SPWebServiceInstance(FarmLanguage.Translate(farm, ServiceNames.WebApplication), server, ""));
                // Central Administration runs as a second web service instance of its own service.
                if (FarmStore.Bool(s, "centralAdministration", false))
                    list.Add(new SPWebServiceInstance(FarmLanguage.Translate(farm, "Central Administration"), server, "WSS_Administration"));
                list.Add(new SPTimerServiceInstance(FarmLanguage.Translate(farm, ServiceNames.Timer), server));
            }
            return list;
        }
    }

    public sealed class SPWebServiceInstance : SPServiceInstance
    {
        internal SPWebServiceInstance(string translated, SPServer server, string serviceName) : base(ServiceNames.WebApplication, translated, server, serviceName) { }
    }

    public sealed class SPTimerServiceInstance : SPServiceInstance
    {
        internal SPTimerServiceInstance(string translated, SPServer server) : base(ServiceNames.Timer, translated, server, "SPTimerV4") { }
    }

    // OM ms469560
    public sealed class SPIisSettings
    {
        internal SPIisSettings(JsonObject zone)
        {
            UseWindowsIntegratedAuthentication = FarmStore.Bool(zone, "windowsAuthentication", true);
            DisableKerberos = !FarmStore.Bool(zone, "kerberos", false);
        }

        public bool AllowAnonymous => false;
        public string AuthenticationMode => "Windows";
        public bool DisableKerberos { get; }
        public bool UseWindowsIntegratedAuthentication { get; }
        public bool UseBasicAuthentication => false;
        public bool UseClaimsAuthentication => true;
        public bool EnableClientIntegration => true;
        public bool ClientObjectModelRequiresUseRemoteAPIsPermission => true;
        public string ClaimsAuthenticationRedirectionUrl => null;
        internal JsonObject Zone { get; set; }
    }

    // OM ms432338
    public sealed class SPAlternateUrl
    {
        internal SPAlternateUrl(string incomingUrl, SPUrlZone zone, SPAlternateUrlCollection collection)
        {
            IncomingUrl = FarmStore.TrimUrl(incomingUrl);
            UrlZone = zone;
            Collection = collection;
        }

        public string IncomingUrl { get; }
        public Uri Uri => new Uri(IncomingUrl);
        public SPUrlZone UrlZone { get; }
        public SPAlternateUrlCollection Collection { get; }
        public override string ToString() => IncomingUrl;
    }

    // OM: SPAlternateUrlCollection; GetResponseUrl(zone) ms459726 falls back to the Default zone,
    // GetResponseUrl(zone, withFallback) ms439886 does not when withFallback is false.
    public sealed class SPAlternateUrlCollection : IEnumerable<SPAlternateUrl>
    {
        readonly List<SPAlternateUrl> m_urls = new List<SPAlternateUrl>();

        internal SPAlternateUrlCollection(string name) { Name = name; }
        internal void Add(string url, SPUrlZone zone) => m_urls.Add(new SPAlternateUrl(url, zone, this));

        public string Name { get; }
        public int Count => m_urls.Count;
        public SPAlternateUrl this[int index] => m_urls[index];

        public SPAlternateUrl GetResponseUrl(SPUrlZone urlZone) => GetResponseUrl(urlZone, true);

        public SPAlternateUrl GetResponseUrl(SPUrlZone urlZone, bool withFallback)
        {
            SPAlternateUrl found = m_urls.FirstOrDefault(u => u.UrlZone == urlZone);
            if (found == null && withFallback && urlZone != SPUrlZone.Default)
                found = m_urls.FirstOrDefault(u => u.UrlZone == SPUrlZone.Default);
            return found;
        }

        public IEnumerator<SPAlternateUrl> GetEnumerator() => m_urls.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => m_urls.GetEnumerator();
    }

    // OM: SPWebApplication. Url is the Default zone's public URL with a trailing "/".
    public sealed class SPWebApplication : SPPersistedObject
    {
        internal SPWebApplication(JsonObject farm, JsonObject app)
            : base(FarmStore.Str(app, "name"), FarmStore.IdOf(app, "webapp", FarmStore.TrimUrl(FarmStore.Str(app, "url"))))
        {
            Json = app;
            Url = FarmStore.TrimUrl(FarmStore.Str(app, "url")) + "/";
            UseClaimsAuthentication = FarmStore.Bool(app, "claimsAuthentication", true);
            AlternateUrls = new SPAlternateUrlCollection(Name);
            var iis = new Dictionary<SPUrlZone, SPIisSettings>();
            foreach (JsonObject zone in FarmStore.Objects(FarmStore.Arr(app, "zones")))
            {
                if (!Enum.TryParse(FarmStore.Str(zone, "zone"), true, out SPUrlZone z))
                    continue;
                string url = FarmStore.Str(zone, "url");
                if (url.Length > 0)
                    AlternateUrls.Add(url, z);
                // A zone the web application is extended to has IIS settings ("extended": false
                // describes a public URL without an IIS web site).
                if (FarmStore.Bool(zone, "extended", true))
                    iis[z] = new SPIisSettings(zone) { Zone = zone };
            }
            IisSettings = iis;
        }

        internal JsonObject Json { get; }
        public string Url { get; }
        public override string DisplayName => Name;
        public Dictionary<SPUrlZone, SPIisSettings> IisSettings { get; }
        public SPAlternateUrlCollection AlternateUrls { get; }
        public bool UseClaimsAuthentication { get; }
        public bool IsAdministrationWebApplication => false;
        public Hashtable Properties { get; } = new Hashtable();

        // OM ms436549 / ms425856: the response URI of a zone (scheme://host:port), falling back to Default.
        public Uri GetResponseUri(SPUrlZone zone)
        {
            SPAlternateUrl url = AlternateUrls.GetResponseUrl(zone);
            return url == null ? null : new Uri(url.Uri.GetLeftPart(UriPartial.Authority));
        }

        public Uri GetResponseUri(SPUrlZone zone, string path)
        {
            Uri root = GetResponseUri(zone);
            return root == null ? null : new Uri(root, path ?? "");
        }

        internal static List<SPWebApplication> All(JsonObject farm) =>
            FarmStore.Objects(FarmStore.Arr(farm, "webApplications")).Select(a => new SPWebApplication(farm, a)).ToList();
    }

    // OM ee545907 and its siblings: what Get-SPAuthenticationProvider returns.
    public abstract class SPAuthenticationProvider
    {
        public abstract string DisplayName { get; }
        public abstract string ClaimProviderName { get; }
        public virtual bool AllowAnonymous => false;
        public virtual Uri AuthenticationRedirectionUrl => null;
        public override string ToString() => DisplayName;
    }

    public sealed class SPWindowsAuthenticationProvider : SPAuthenticationProvider
    {
        readonly string m_displayName;

        internal SPWindowsAuthenticationProvider(string displayName, SPIisSettings settings)
        {
            m_displayName = displayName;
            DisableKerberos = settings.DisableKerberos;
            UseWindowsIntegratedAuthentication = settings.UseWindowsIntegratedAuthentication;
        }

        public override string DisplayName => m_displayName;
        public override string ClaimProviderName => "AD";
        public bool DisableKerberos { get; }
        public bool UseWindowsIntegratedAuthentication { get; }
        public bool UseBasicAuthentication => false;
    }

    public sealed class SPTrustedAuthenticationProvider : SPAuthenticationProvider
    {
        readonly string m_name;
        internal SPTrustedAuthenticationProvider(string name) { m_name = name; }
        public override string DisplayName => m_name;
        public override string ClaimProviderName => m_name;
        public string LoginProviderName => m_name;
    }

    public sealed class SPFormsAuthenticationProvider : SPAuthenticationProvider
    {
        internal SPFormsAuthenticationProvider(string membership) { MembershipProvider = membership; }
        public override string DisplayName => "Forms Authentication";
        public override string ClaimProviderName => "Forms";
        public string MembershipProvider { get; }
        public string RoleProvider => "";
    }

    // OM: SPServiceApplicationProxy and the ACS proxy.
    public class SPServiceApplicationProxy : SPPersistedObject
    {
        readonly string m_typeName;

        internal SPServiceApplicationProxy(JsonObject farm, JsonObject proxy)
            : base(FarmStore.Str(proxy, "name"), FarmStore.IdOf(proxy, "proxy", FarmStore.Str(proxy, "name")))
        {
            m_typeName = FarmLanguage.Translate(farm, FarmStore.Str(proxy, "typeName"));
            Status = Enum.TryParse(FarmStore.Str(proxy, "status", "Online"), true, out SPObjectStatus s) ? s : SPObjectStatus.Online;
            Json = proxy;
        }

        internal JsonObject Json { get; }
        public override string TypeName => m_typeName;
        public SPObjectStatus Status { get; }

        internal static bool IsAcs(JsonObject proxy)
        {
            string type = FarmStore.Str(proxy, "type");
            if (type.Length > 0)
                return type == typeof(SPAzureAccessControlServiceApplicationProxy).FullName;
            return FarmStore.Str(proxy, "typeName") == ServiceNames.AcsProxyTypeName;
        }

        internal static SPServiceApplicationProxy Create(JsonObject farm, JsonObject proxy) =>
            IsAcs(proxy) ? new SPAzureAccessControlServiceApplicationProxy(farm, proxy) : new SPServiceApplicationProxy(farm, proxy);

        internal static List<SPServiceApplicationProxy> All(JsonObject farm) =>
            FarmStore.Objects(FarmStore.Arr(farm, "proxies")).Select(p => Create(farm, p)).ToList();

        // Proxies of one kind share a .NET type; the generic proxies of farm.json by English type name.
        internal string Kind => GetType().FullName + "\n" + FarmStore.Str(Json, "typeName");
    }

    public sealed class SPAzureAccessControlServiceApplicationProxy : SPServiceApplicationProxy
    {
        internal SPAzureAccessControlServiceApplicationProxy(JsonObject farm, JsonObject proxy) : base(farm, proxy)
        {
            string uri = FarmStore.Str(proxy, "metadataEndpointUri");
            MetadataEndpointUri = Uri.TryCreate(uri, UriKind.Absolute, out Uri u) ? u : null;
        }

        public Uri MetadataEndpointUri { get; }
    }

    // OM: SPServiceApplicationProxyGroup (ee539689). The farm's default group ("[default]") holds
    // the proxies with inDefaultGroup; DefaultProxies is the default proxy of each kind (the first
    // member of that kind, or the one marked "defaultOfKind").
    public sealed class SPServiceApplicationProxyGroup : SPPersistedObject
    {
        internal SPServiceApplicationProxyGroup(JsonObject farm) : base("", FarmStore.StableId("proxygroup", "[default]"))
        {
            var members = SPServiceApplicationProxy.All(farm).Where(p => FarmStore.Bool(p.Json, "inDefaultGroup", false)).ToList();
            Proxies = members.Cast<SPServiceApplicationProxy>().ToList().AsReadOnly();
            var defaults = new List<SPServiceApplicationProxy>();
            foreach (var kind in members.GroupBy(p => p.Kind))
            {
                SPServiceApplicationProxy chosen = kind.FirstOrDefault(p => FarmStore.Bool(p.Json, "defaultOfKind", false)) ?? kind.First();
                defaults.Add(chosen);
            }
            DefaultProxies = defaults.AsReadOnly();
        }

        public string FriendlyName => "[default]";
        public override string DisplayName => FriendlyName;
        public IEnumerable<SPServiceApplicationProxy> Proxies { get; }
        public IEnumerable<SPServiceApplicationProxy> DefaultProxies { get; }
    }
}

// ==============================================================================================
// Microsoft.SharePoint.Administration.Claims
namespace Microsoft.SharePoint.Administration.Claims
{
    using S2S.SharePointSimulator;

    // OM jj170783 family.
    public class SPTrustedSecurityTokenService : SPPersistedObject
    {
        internal SPTrustedSecurityTokenService(string name, Guid id) : base(name, id) { }
        public X509Certificate2 SigningCertificate { get; internal set; }
        public ReadOnlyCollection<X509Certificate2> AdditionalSigningCertificates { get; internal set; } = new List<X509Certificate2>().AsReadOnly();
        public string Description { get; internal set; } = "";
        public string RegisteredIssuerName { get; internal set; } = "";
        public Uri MetadataEndPoint { get; internal set; }
        // OM jj172409 (set is not simulated: it would need Update()).
        public bool IsSelfIssuer { get; internal set; }
        // OM jj173374
        public string NameId => RegisteredIssuerName;
    }

    // OM ee547335 / ee536854
    public sealed class SPLocalLoginProvider : SPTrustedSecurityTokenService
    {
        internal SPLocalLoginProvider(X509Certificate2 certificate) : base("LocalLoginProvider", FarmStore.StableId("sts", "local"))
        {
            SigningCertificate = certificate;
        }
    }

    public sealed class SPTrustedSecurityTokenIssuer : SPTrustedSecurityTokenService
    {
        internal SPTrustedSecurityTokenIssuer(JsonObject issuer)
            : base(FarmStore.Str(issuer, "name"), FarmStore.IdOf(issuer, "issuer", FarmStore.Str(issuer, "name")))
        {
            RegisteredIssuerName = FarmStore.Str(issuer, "registeredIssuerName");
            string endpoint = FarmStore.Str(issuer, "metadataEndpoint");
            MetadataEndPoint = Uri.TryCreate(endpoint, UriKind.Absolute, out Uri u) ? u : null;
            IsSelfIssuer = FarmStore.Bool(issuer, "isSelfIssuer", false);
            Description = FarmStore.Str(issuer, "description");
            string certificate = FarmStore.Str(issuer, "signingCertificate");
            if (certificate.Length > 0)
                SigningCertificate = FarmStore.Certificate(certificate);
        }

        internal static List<SPTrustedSecurityTokenIssuer> All(JsonObject farm) =>
            FarmStore.Objects(FarmStore.Arr(farm, "trustedIssuers")).Select(i => new SPTrustedSecurityTokenIssuer(i)).ToList();
    }

    // OM jj175936 (AllowOAuthOverHttp), jj172688; Update() persists to farm.json.
    public sealed class SPSecurityTokenServiceManager : SPPersistedObject
    {
        readonly bool m_loadedAllowMetadata;
        readonly bool m_loadedSessionCookies;

        internal SPSecurityTokenServiceManager(JsonObject farm) : base("SecurityTokenServiceManager", FarmStore.StableId("sts", "manager"))
        {
            JsonObject sts = FarmStore.Obj(farm, "sts");
            AllowOAuthOverHttp = FarmStore.Bool(sts, "allowOAuthOverHttp", false);
            AllowMetadataOverHttp = m_loadedAllowMetadata = FarmStore.Bool(sts, "allowMetadataOverHttp", false);
            UseSessionCookies = m_loadedSessionCookies = FarmStore.Bool(sts, "useSessionCookies", false);
            LocalLoginProvider = new SPLocalLoginProvider(FarmStore.CertificateWithKey(FarmStore.Str(sts, "signingCertificate"), FarmStore.Str(sts, "signingKey")));
            NameIdentifier = "00000003-0000-0ff1-ce00-000000000000@" + FarmStore.Str(farm, "realm");
        }

        public bool AllowOAuthOverHttp { get; set; }
        public bool AllowMetadataOverHttp { get; set; }
        public bool UseSessionCookies { get; set; }
        public string NameIdentifier { get; }
        public SPLocalLoginProvider LocalLoginProvider { get; }
        public TimeSpan ServiceTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
        public TimeSpan ServiceTokenCacheExpirationWindow { get; set; } = TimeSpan.FromMinutes(2);
        public TimeSpan FormsTokenLifetime { get; set; } = TimeSpan.FromMinutes(1380);
        public TimeSpan WindowsTokenLifetime { get; set; } = TimeSpan.FromMinutes(1380);
        public TimeSpan LogonTokenCacheExpirationWindow { get; set; } = TimeSpan.FromMinutes(10);
        public int MaxLogonTokenCacheItems { get; set; } = 250;
        public int MaxServiceTokenCacheItems { get; set; } = 250;

        public override void Update()
        {
            FarmStore.Modify(farm =>
            {
                if (!(farm["sts"] is JsonObject sts))
                {
                    sts = new JsonObject();
                    farm["sts"] = sts;
                }
                sts["allowOAuthOverHttp"] = AllowOAuthOverHttp;
                if (AllowMetadataOverHttp != m_loadedAllowMetadata || sts.ContainsKey("allowMetadataOverHttp"))
                    sts["allowMetadataOverHttp"] = AllowMetadataOverHttp;
                if (UseSessionCookies != m_loadedSessionCookies || sts.ContainsKey("useSessionCookies"))
                    sts["useSessionCookies"] = UseSessionCookies;
            });
        }

        public static SPSecurityTokenServiceManager Local => new SPSecurityTokenServiceManager(FarmStore.Load());
    }
}

// ==============================================================================================
// Microsoft.SharePoint.PowerShell: the cmdlets (declared as in SHAREPOINT-CMDLETS.md §2).
namespace Microsoft.SharePoint.PowerShell
{
    using S2S.SharePointSimulator;

    public sealed class SPCmdletPipeBindException : Exception
    {
        public SPCmdletPipeBindException(string message) : base(message) { }
    }

    public sealed class SPCmdletException : Exception
    {
        public SPCmdletException(string message) : base(message) { }
        public SPCmdletException(string message, Exception inner) : base(message, inner) { }
    }

    // What Start-SPAssignment returns: disposes what was collected with it at Stop-SPAssignment.
    public sealed class SPAssignmentCollection : IDisposable
    {
        readonly List<IDisposable> m_objects = new List<IDisposable>();
        internal static SPAssignmentCollection Global;
        internal void Add(IDisposable item) => m_objects.Add(item);
        internal int Count => m_objects.Count;
        public void Dispose()
        {
            foreach (IDisposable item in m_objects)
                item.Dispose();
            m_objects.Clear();
        }
    }

    public abstract class SPCmdletBase : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        public SPAssignmentCollection AssignmentCollection { get; set; }

        // SPCmdletGetWebApplication and the like: the FullyQualifiedErrorId of SharePoint's errors.
        protected string ErrorId => "Microsoft.SharePoint.PowerShell." + GetType().Name;

        JsonObject m_farm;
        protected JsonObject Farm => m_farm ??= LoadFarm();

        JsonObject LoadFarm()
        {
            try
            {
                return FarmStore.Load();
            }
            catch (Exception e)
            {
                ThrowTerminatingError(new ErrorRecord(e, ErrorId, ErrorCategory.InvalidData, null));
                return null;
            }
        }

        protected override void BeginProcessing() => m_farm = null;

        // Not-found identities: a non-terminating error and no output (SHAREPOINT-CMDLETS.md §1).
        protected void NotFound(string message, object target)
        {
            WriteError(new ErrorRecord(new SPCmdletPipeBindException(message), ErrorId, ErrorCategory.InvalidData, target));
        }

        protected void Fail(Exception e, ErrorCategory category, object target)
        {
            ThrowTerminatingError(new ErrorRecord(e, ErrorId, category, target));
        }

        protected void Track(IDisposable item)
        {
            (AssignmentCollection ?? SPAssignmentCollection.Global)?.Add(item);
        }

        protected static object Unwrap(object value)
        {
            while (value is PSObject pso)
                value = pso.BaseObject;
            return value;
        }

        protected static string Text(object value) => Unwrap(value)?.ToString() ?? "";

        // SPWebApplicationPipeBind: an SPWebApplication, a GUID, a name or any zone URL.
        protected SPWebApplication ResolveWebApplication(object identity)
        {
            object value = Unwrap(identity);
            List<SPWebApplication> all = SPWebApplication.All(Farm);
            if (value is SPWebApplication given)
                return all.FirstOrDefault(w => w.Id == given.Id);
            if (value is Guid g)
                return all.FirstOrDefault(w => w.Id == g);
            string text = Text(value);
            if (Guid.TryParse(text, out Guid id))
                return all.FirstOrDefault(w => w.Id == id);
            foreach (SPWebApplication w in all)
            {
                if (FarmStore.SameUrl(w.Url, text) || string.Equals(w.Name, text, StringComparison.OrdinalIgnoreCase))
                    return w;
                if (w.AlternateUrls.Any(u => FarmStore.SameUrl(u.IncomingUrl, text)))
                    return w;
            }
            return null;
        }

        // SPSitePipeBind / SPWebPipeBind: an SPSite/SPWeb or a URL.
        protected SPSite ResolveSite(object identity)
        {
            object value = Unwrap(identity);
            if (value is SPSite site)
                return new SPSite(site.Url);
            if (value is SPWeb web)
                return new SPSite(web.Url);
            try
            {
                return new SPSite(Text(value));
            }
            catch (FileNotFoundException)
            {
                return null;
            }
        }

        protected SPWeb ResolveWeb(object identity)
        {
            object value = Unwrap(identity);
            if (value is SPWeb web)
                return web.IsDisposed ? null : web;
            SPSite site = ResolveSite(value);
            if (site == null)
                return null;
            Track(site);
            SPWeb root = site.RootWeb;
            Track(root);
            return root;
        }

        protected static Exception Inner(Exception e) => e is System.Reflection.TargetInvocationException t && t.InnerException != null ? t.InnerException : e;
    }

    // §2.1
    [Cmdlet(VerbsCommon.Get, "SPFarm")]
    [OutputType(typeof(SPFarm))]
    public sealed class SPCmdletGetFarm : SPCmdletBase
    {
        protected override void EndProcessing() => WriteObject(new SPFarm(Farm));
    }

    // §2.2
    [Cmdlet(VerbsCommon.Get, "SPServer")]
    [OutputType(typeof(SPServer))]
    public sealed class SPCmdletGetServer : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [Alias("Address")]
        public object Identity { get; set; }

        protected override void ProcessRecord()
        {
            List<SPServer> all = SPServer.All(Farm);
            if (Identity == null)
            {
                WriteObject(all, true);
                return;
            }
            object value = Unwrap(Identity);
            SPServer found = value is SPServer s ? all.FirstOrDefault(x => x.Id == s.Id)
                : all.FirstOrDefault(x => string.Equals(x.Name, Text(value), StringComparison.OrdinalIgnoreCase) || x.Id.ToString() == Text(value).ToLowerInvariant());
            if (found == null)
                NotFound("Cannot find an SPServer object with Address or Id: " + Text(value) + ".", Identity);
            else
                WriteObject(found);
        }
    }

    // §2.3 (2013–2019 spell the parameter "database")
    [Cmdlet(VerbsCommon.Get, "SPShellAdmin")]
    public sealed class SPCmdletGetShellAdmin : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public object database { get; set; }

        protected override void ProcessRecord()
        {
            var names = new List<string>();
            JsonObject account = FarmStore.Obj(Farm, "account");
            if (FarmStore.Bool(account, "shellAdmin", true))
                names.Add(FarmStore.Str(account, "name"));
            foreach (JsonNode n in FarmStore.Arr(Farm, "shellAdmins"))
                if (n is JsonValue v && v.TryGetValue(out string s) && !names.Contains(s, StringComparer.OrdinalIgnoreCase))
                    names.Add(s);
            foreach (string name in names)
            {
                var admin = new PSObject();
                admin.Properties.Add(new PSNoteProperty("UserName", name));
                WriteObject(admin);
            }
        }
    }

    // §2.4
    [Cmdlet(VerbsCommon.Get, "SPWebApplication")]
    [OutputType(typeof(SPWebApplication))]
    public sealed class SPCmdletGetWebApplication : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public object Identity { get; set; }

        [Parameter]
        public SwitchParameter IncludeCentralAdministration { get; set; }

        protected override void ProcessRecord()
        {
            if (Identity == null)
            {
                WriteObject(SPWebApplication.All(Farm), true);
                return;
            }
            SPWebApplication found = ResolveWebApplication(Identity);
            if (found == null)
                NotFound("Cannot find an SPWebApplication object that contains the following Name, Id, or Url: " + Text(Identity) + ".", Identity);
            else
                WriteObject(found);
        }
    }

    // §2.5: real DefaultParameterSetName is "Default".
    [Cmdlet(VerbsCommon.Get, "SPAlternateURL", DefaultParameterSetName = "Default")]
    [OutputType(typeof(SPAlternateUrl))]
    public sealed class SPCmdletGetAlternateUrl : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public object Identity { get; set; }

        [Parameter(ParameterSetName = "WebApplication", Mandatory = true)]
        public object WebApplication { get; set; }

        [Parameter(ParameterSetName = "ResourceName", Mandatory = true)]
        public string ResourceName { get; set; }

        [Parameter]
        public SPUrlZone Zone { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "ResourceName")
            {
                NotFound("Cannot find an SPAlternateUrlCollection object with the resource name " + ResourceName + ".", ResourceName);
                return;
            }
            List<SPWebApplication> apps = SPWebApplication.All(Farm);
            if (ParameterSetName == "WebApplication")
            {
                SPWebApplication app = ResolveWebApplication(WebApplication);
                if (app == null)
                {
                    NotFound("Cannot find an SPWebApplication object that contains the following Name, Id, or Url: " + Text(WebApplication) + ".", WebApplication);
                    return;
                }
                apps = new List<SPWebApplication> { app };
            }
            bool zoneGiven = MyInvocation.BoundParameters.ContainsKey("Zone");
            string identity = Identity == null ? null : Text(Identity);
            bool any = false;
            foreach (SPWebApplication app in apps)
            {
                foreach (SPAlternateUrl url in app.AlternateUrls)
                {
                    if (zoneGiven && url.UrlZone != Zone) continue;
                    if (identity != null && !FarmStore.SameUrl(url.IncomingUrl, identity)) continue;
                    var output = new PSObject(url);
                    output.Properties.Add(new PSNoteProperty("Zone", url.UrlZone));
                    SPAlternateUrl pub = app.AlternateUrls.GetResponseUrl(url.UrlZone);
                    output.Properties.Add(new PSNoteProperty("PublicUrl", pub?.IncomingUrl));
                    WriteObject(output);
                    any = true;
                }
            }
            if (!any && identity != null)
                NotFound("Cannot find an SPAlternateUrl object with Id or Url: " + identity + ".", Identity);
        }
    }

    // §2.6: Identity 0, WebApplication 1 (mandatory), Zone 2 (mandatory).
    [Cmdlet(VerbsCommon.Get, "SPAuthenticationProvider")]
    [OutputType(typeof(SPAuthenticationProvider))]
    public sealed class SPCmdletGetAuthenticationProvider : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object Identity { get; set; }

        [Parameter(Position = 1, Mandatory = true)]
        [ValidateNotNull]
        public object WebApplication { get; set; }

        [Parameter(Position = 2, Mandatory = true)]
        public SPUrlZone Zone { get; set; }

        protected override void ProcessRecord()
        {
            SPWebApplication app = ResolveWebApplication(WebApplication);
            if (app == null)
            {
                NotFound("Cannot find an SPWebApplication object that contains the following Name, Id, or Url: " + Text(WebApplication) + ".", WebApplication);
                return;
            }
            if (!app.IisSettings.TryGetValue(Zone, out SPIisSettings settings))
            {
                // The zone has no IIS web site: SharePoint reports the missing zone as an argument error.
                WriteError(new ErrorRecord(new ArgumentException("The web application " + app.Url + " has not been extended to the zone " + Zone + "."), ErrorId, ErrorCategory.InvalidArgument, Zone));
                return;
            }
            // A classic-mode web application has no claims providers: nothing comes back (DSC).
            if (!app.UseClaimsAuthentication)
                return;
            var providers = new List<SPAuthenticationProvider>();
            if (settings.UseWindowsIntegratedAuthentication)
                providers.Add(new SPWindowsAuthenticationProvider(FarmLanguage.Translate(Farm, "Windows Authentication"), settings));
            string forms = FarmStore.Str(settings.Zone, "formsProvider");
            if (forms.Length > 0)
                providers.Add(new SPFormsAuthenticationProvider(forms));
            string trusted = FarmStore.Str(settings.Zone, "trustedProvider");
            if (trusted.Length > 0)
                providers.Add(new SPTrustedAuthenticationProvider(trusted));
            if (providers.Count == 0)
                providers.Add(new SPTrustedAuthenticationProvider("ADFS")); // a zone without Windows authentication signs in elsewhere
            if (Identity != null)
            {
                string wanted = Text(Identity);
                object value = Unwrap(Identity);
                providers = providers.Where(p => ReferenceEquals(p, value) || string.Equals(p.DisplayName, wanted, StringComparison.OrdinalIgnoreCase)
                    || (p is SPWindowsAuthenticationProvider && string.Equals(wanted, "NTLM", StringComparison.OrdinalIgnoreCase) && ((SPWindowsAuthenticationProvider)p).DisableKerberos)
                    || string.Equals(p.ClaimProviderName, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
                if (providers.Count == 0)
                {
                    NotFound("Cannot find an SPAuthenticationProvider object with Id or Name: " + wanted + ".", Identity);
                    return;
                }
            }
            WriteObject(providers, true);
        }
    }

    // §2.7
    [Cmdlet(VerbsCommon.Get, "SPSecurityTokenServiceConfig")]
    [OutputType(typeof(SPSecurityTokenServiceManager))]
    public sealed class SPCmdletGetSecurityTokenServiceConfig : SPCmdletBase
    {
        protected override void EndProcessing() => WriteObject(new SPSecurityTokenServiceManager(Farm));
    }

    // §2.8 (2016/2019/SE metadata: no QueueSigningCertificateReference set; the thumbprint of
    // SigningCertificateReference optional). High: prompts unless -Confirm:$false.
    [Cmdlet(VerbsCommon.Set, "SPSecurityTokenServiceConfig", DefaultParameterSetName = "SigningCertificateImport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class SPCmdletSetSecurityTokenServiceConfig : SPCmdletBase
    {
        [Parameter(ParameterSetName = "SigningCertificateImport")]
        [ValidateNotNull]
        public X509Certificate2 ImportSigningCertificate { get; set; }

        [Parameter(ParameterSetName = "SigningCertificateReference")]
        public string SigningCertificateThumbprint { get; set; }

        [Parameter(ParameterSetName = "SigningCertificateReference")]
        public string SigningCertificateStoreName { get; set; }

        [Parameter(ParameterSetName = "SigningCertificateReference")]
        public string QueueSigningCertificateThumbprint { get; set; }

        [Parameter(ParameterSetName = "SigningCertificateReference")]
        public string QueueSigningCertificateStoreName { get; set; }

        [Parameter(ParameterSetName = "SigningCertificateQueue")]
        public X509Certificate2 QueueSigningCertificate { get; set; }

        [Parameter(ParameterSetName = "SigningCertificateRevoke")]
        public X509Certificate2 RevokeSigningCertificate { get; set; }

        [Parameter(ParameterSetName = "RevokeSigningCertificateReference", Mandatory = true)]
        public string RevokeSigningCertificateThumbprint { get; set; }

        [Parameter(ParameterSetName = "RevokeSigningCertificateReference")]
        public string RevokeSigningCertificateStoreName { get; set; }

        [Parameter] public int ServiceTokenLifetime { get; set; }
        [Parameter] public int ServiceTokenCacheExpirationWindow { get; set; }
        [Parameter] public int FormsTokenLifetime { get; set; }
        [Parameter] public int WindowsTokenLifetime { get; set; }
        [Parameter] public int MaxLogonTokenCacheItems { get; set; }
        [Parameter] public int MaxServiceTokenCacheItems { get; set; }

        protected override void EndProcessing()
        {
            var bound = MyInvocation.BoundParameters;
            string[] lifetimes = { "ServiceTokenLifetime", "ServiceTokenCacheExpirationWindow", "FormsTokenLifetime", "WindowsTokenLifetime", "MaxLogonTokenCacheItems", "MaxServiceTokenCacheItems" };
            if (ParameterSetName != "SigningCertificateImport" || lifetimes.Any(bound.ContainsKey))
                Fail(new NotSupportedException("The SharePoint simulator simulates Set-SPSecurityTokenServiceConfig -ImportSigningCertificate only (parameter set " + ParameterSetName + " was used)."), ErrorCategory.NotImplemented, null);
            if (ImportSigningCertificate == null)
                return; // nothing to change
            if (!ShouldProcess("SecurityTokenServiceManager", "Set-SPSecurityTokenServiceConfig"))
                return;
            // DOC: the imported certificate must have an exportable private key.
            if (!ImportSigningCertificate.HasPrivateKey)
                Fail(new ArgumentException("The certificate " + ImportSigningCertificate.Thumbprint + " does not have a private key. The signing certificate must have an exportable private key."), ErrorCategory.InvalidArgument, ImportSigningCertificate);
            string der = Convert.ToBase64String(ImportSigningCertificate.RawData);
            // The configuration database keeps the private key too: the farm signs with it.
            string keyPem = FarmStore.KeyPem(ImportSigningCertificate);
            FarmStore.Modify(farm =>
            {
                if (!(farm["sts"] is JsonObject sts))
                {
                    sts = new JsonObject();
                    farm["sts"] = sts;
                }
                sts["signingCertificate"] = der;
                sts["signingKey"] = keyPem;
            });
        }
    }

    // §2.9
    [Cmdlet(VerbsCommon.Get, "SPAuthenticationRealm")]
    [OutputType(typeof(string))]
    public sealed class SPCmdletGetAuthenticationRealm : SPCmdletBase
    {
        [Parameter(Position = 0)]
        public object ServiceContext { get; set; }

        protected override void EndProcessing()
        {
            string realm = FarmStore.Str(Farm, "realm");
            if (realm.Length == 0)
                realm = new SPFarm(Farm).Id.ToString(); // the farm default: the farm id
            WriteObject(realm);
        }
    }

    // §2.10: Medium (no prompt); Realm optional and named only.
    [Cmdlet(VerbsCommon.Set, "SPAuthenticationRealm", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public sealed class SPCmdletSetAuthenticationRealm : SPCmdletBase
    {
        [Parameter]
        public string Realm { get; set; }

        [Parameter]
        [ValidateNotNull]
        public object ServiceContext { get; set; }

        protected override void EndProcessing()
        {
            if (ServiceContext != null)
                Fail(new NotSupportedException("The SharePoint simulator keeps one realm for the farm: -ServiceContext is not simulated."), ErrorCategory.NotImplemented, ServiceContext);
            if (!ShouldProcess("SPAuthenticationRealm", "Set-SPAuthenticationRealm"))
                return;
            // SharePoint stores the realm lower-case; without -Realm the farm id is the realm.
            string realm = string.IsNullOrEmpty(Realm) ? new SPFarm(Farm).Id.ToString() : Realm.ToLowerInvariant();
            FarmStore.Modify(farm => farm["realm"] = realm);
        }
    }

    // §2.11
    [Cmdlet(VerbsCommon.Get, "SPTrustedSecurityTokenIssuer")]
    [OutputType(typeof(SPTrustedSecurityTokenIssuer))]
    public sealed class SPCmdletGetTrustedSecurityTokenIssuer : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public object Identity { get; set; }

        protected override void ProcessRecord()
        {
            List<SPTrustedSecurityTokenIssuer> all = SPTrustedSecurityTokenIssuer.All(Farm);
            if (Identity == null)
            {
                WriteObject(all, true);
                return;
            }
            object value = Unwrap(Identity);
            string text = Text(value);
            SPTrustedSecurityTokenIssuer found = value is SPTrustedSecurityTokenIssuer i ? all.FirstOrDefault(x => x.Id == i.Id)
                : all.FirstOrDefault(x => string.Equals(x.Name, text, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(text, out Guid g) && x.Id == g));
            if (found == null)
                NotFound("Cannot find a SPTrustedSecurityTokenService object with Id or Name: " + text + ".", Identity);
            else
                WriteObject(found);
        }
    }

    // §2.12: no default set; High.
    [Cmdlet(VerbsCommon.New, "SPTrustedSecurityTokenIssuer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(SPTrustedSecurityTokenIssuer))]
    public sealed class SPCmdletNewTrustedSecurityTokenIssuer : SPCmdletBase
    {
        [Parameter(Position = 0, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter(ParameterSetName = "ImportCertificateParameterSet", Mandatory = true)]
        [ValidateNotNull]
        public X509Certificate2 Certificate { get; set; }

        [Parameter(ParameterSetName = "MetadataEndPointParameterSet", Mandatory = true)]
        [ValidateNotNull]
        public Uri MetadataEndPoint { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string RegisteredIssuerName { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; }

        [Parameter]
        public SwitchParameter IsTrustBroker { get; set; }

        protected override void EndProcessing()
        {
            if (SPTrustedSecurityTokenIssuer.All(Farm).Any(i => string.Equals(i.Name, Name, StringComparison.OrdinalIgnoreCase)))
                Fail(new ArgumentException("An object of the type Microsoft.SharePoint.Administration.Claims.SPTrustedSecurityTokenIssuer named \"" + Name + "\" already exists under the parent Microsoft.SharePoint.Administration.Claims.SPSecurityTokenServiceManager named \"SecurityTokenServiceManager\". Rename your object or delete the existing object."), ErrorCategory.InvalidArgument, Name);
            if (!ShouldProcess(Name, "New-SPTrustedSecurityTokenIssuer"))
                return;
            string registered = RegisteredIssuerName;
            string certificate = null;
            if (ParameterSetName == "MetadataEndPointParameterSet")
            {
                // SharePoint reads the issuer's metadata document from the farm, at once.
                byte[] body;
                try
                {
                    PSObject answer = Outbound.Get(MetadataEndPoint, 30000, 1 << 20);
                    int status = (int)answer.Properties["Status"].Value;
                    if (status != 200)
                        throw new WebException("The remote server returned an error: (" + status.ToString(CultureInfo.InvariantCulture) + ").");
                    body = (byte[])answer.Properties["Body"].Value;
                }
                catch (Exception e)
                {
                    // SharePoint lets the WebException of its metadata request through.
                    Fail(e, ErrorCategory.ConnectionError, MetadataEndPoint);
                    return;
                }
                JsonObject metadata;
                try
                {
                    metadata = JsonNode.Parse(body) as JsonObject;
                }
                catch (JsonException e)
                {
                    Fail(new InvalidDataException("The metadata document at " + MetadataEndPoint.OriginalString + " is not JSON: " + e.Message, e), ErrorCategory.InvalidData, MetadataEndPoint);
                    return;
                }
                string issuer = FarmStore.Str(metadata, "issuer");
                if (issuer.Length == 0)
                    Fail(new InvalidDataException("The metadata document at " + MetadataEndPoint.OriginalString + " has no issuer."), ErrorCategory.InvalidData, MetadataEndPoint);
                if (string.IsNullOrEmpty(registered))
                    registered = issuer;
                foreach (JsonObject key in FarmStore.Objects(FarmStore.Arr(metadata, "keys")))
                {
                    string value = FarmStore.Str(FarmStore.Obj(key, "keyValue"), "value");
                    if (value.Length > 0 && certificate == null)
                        certificate = value;
                }
            }
            else
            {
                certificate = Convert.ToBase64String(Certificate.RawData);
            }
            var created = new JsonObject
            {
                ["name"] = Name,
                ["registeredIssuerName"] = registered ?? "",
                ["metadataEndpoint"] = MetadataEndPoint == null ? "" : MetadataEndPoint.OriginalString,
                ["isSelfIssuer"] = !IsTrustBroker.IsPresent,
            };
            if (!string.IsNullOrEmpty(Description))
                created["description"] = Description;
            if (certificate != null)
                created["signingCertificate"] = certificate;
            FarmStore.Modify(farm => FarmStore.EnsureArr(farm, "trustedIssuers").Add(created.DeepClone()));
            WriteObject(new SPTrustedSecurityTokenIssuer(created));
        }
    }

    // §2.13
    [Cmdlet(VerbsCommon.Remove, "SPTrustedSecurityTokenIssuer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class SPCmdletRemoveTrustedSecurityTokenIssuer : SPCmdletBase
    {
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object Identity { get; set; }

        protected override void ProcessRecord()
        {
            object value = Unwrap(Identity);
            string name = value is SPTrustedSecurityTokenIssuer i ? i.Name : Text(value);
            SPTrustedSecurityTokenIssuer found = SPTrustedSecurityTokenIssuer.All(Farm).FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase) || x.Id.ToString() == name.ToLowerInvariant());
            if (found == null)
            {
                NotFound("Cannot find a SPTrustedSecurityTokenService object with Id or Name: " + name + ".", Identity);
                return;
            }
            if (!ShouldProcess(found.Name, "Remove-SPTrustedSecurityTokenIssuer"))
                return;
            FarmStore.Modify(farm =>
            {
                JsonArray list = FarmStore.EnsureArr(farm, "trustedIssuers");
                foreach (JsonObject o in FarmStore.Objects(list).ToList())
                    if (string.Equals(FarmStore.Str(o, "name"), found.Name, StringComparison.OrdinalIgnoreCase))
                        list.Remove(o);
            });
        }
    }

    // §2.14
    [Cmdlet(VerbsCommon.Get, "SPServiceApplicationProxy")]
    [OutputType(typeof(SPServiceApplicationProxy))]
    public sealed class SPCmdletGetServiceApplicationProxy : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public object Identity { get; set; }

        protected override void ProcessRecord()
        {
            List<SPServiceApplicationProxy> all = SPServiceApplicationProxy.All(Farm);
            if (Identity == null)
            {
                WriteObject(all, true);
                return;
            }
            object value = Unwrap(Identity);
            Guid id = value is SPServiceApplicationProxy p ? p.Id : value is Guid g ? g : Guid.TryParse(Text(value), out Guid parsed) ? parsed : Guid.Empty;
            SPServiceApplicationProxy found = all.FirstOrDefault(x => x.Id == id);
            if (found == null)
                NotFound("Cannot find a service application proxy with Id " + Text(value) + ".", Identity);
            else
                WriteObject(found);
        }
    }

    // §2.15
    [Cmdlet(VerbsCommon.Remove, "SPServiceApplicationProxy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public sealed class SPCmdletRemoveServiceApplicationProxy : SPCmdletBase
    {
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object Identity { get; set; }

        [Parameter]
        public SwitchParameter RemoveData { get; set; }

        protected override void ProcessRecord()
        {
            object value = Unwrap(Identity);
            Guid id = value is SPServiceApplicationProxy p ? p.Id : value is Guid g ? g : Guid.TryParse(Text(value), out Guid parsed) ? parsed : Guid.Empty;
            SPServiceApplicationProxy found = SPServiceApplicationProxy.All(Farm).FirstOrDefault(x => x.Id == id);
            if (found == null)
            {
                NotFound("Cannot find a service application proxy with Id " + Text(value) + ".", Identity);
                return;
            }
            if (!ShouldProcess(found.Name, "Remove-SPServiceApplicationProxy"))
                return;
            FarmStore.Modify(farm =>
            {
                JsonArray list = FarmStore.EnsureArr(farm, "proxies");
                foreach (JsonObject o in FarmStore.Objects(list).ToList())
                    if (FarmStore.IdOf(o, "proxy", FarmStore.Str(o, "name")) == found.Id)
                        list.Remove(o);
            });
        }
    }

    // §2.16: sets "Identity" (default) and "Default identity".
    [Cmdlet(VerbsCommon.Get, "SPServiceApplicationProxyGroup", DefaultParameterSetName = "Identity")]
    [OutputType(typeof(SPServiceApplicationProxyGroup))]
    public sealed class SPCmdletGetServiceApplicationProxyGroup : SPCmdletBase
    {
        [Parameter(ParameterSetName = "Identity", Position = 0, ValueFromPipeline = true)]
        public object Identity { get; set; }

        [Parameter(ParameterSetName = "Default identity", Mandatory = true)]
        public SwitchParameter Default { get; set; }

        protected override void ProcessRecord()
        {
            var group = new SPServiceApplicationProxyGroup(Farm);
            if (ParameterSetName == "Default identity" || Identity == null)
            {
                WriteObject(group);
                return;
            }
            object value = Unwrap(Identity);
            string text = Text(value);
            if ((value is SPServiceApplicationProxyGroup g && g.Id == group.Id) || text == group.FriendlyName || text.Length == 0 ||
                (Guid.TryParse(text, out Guid id) && id == group.Id))
                WriteObject(group);
            else
                NotFound("Cannot find an SPServiceApplicationProxyGroup object with Name or Id: " + text + ".", Identity);
        }
    }

    // §2.17: Medium; -MetadataServiceEndpointUri is a String, the object's MetadataEndpointUri a Uri.
    [Cmdlet(VerbsCommon.New, "SPAzureAccessControlServiceApplicationProxy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SPAzureAccessControlServiceApplicationProxy))]
    public sealed class SPCmdletNewAzureAccessControlServiceApplicationProxy : SPCmdletBase
    {
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string MetadataServiceEndpointUri { get; set; }

        [Parameter]
        public SwitchParameter DefaultProxyGroup { get; set; }

        protected override void EndProcessing()
        {
            if (!Uri.TryCreate(MetadataServiceEndpointUri, UriKind.Absolute, out Uri _))
                Fail(new UriFormatException("Invalid URI: The format of the URI could not be determined."), ErrorCategory.InvalidArgument, MetadataServiceEndpointUri);
            if (SPServiceApplicationProxy.All(Farm).Any(p => string.Equals(p.Name, Name, StringComparison.OrdinalIgnoreCase)))
                Fail(new SPDuplicateObjectException("An object of the type Microsoft.SharePoint.Administration.SPAzureAccessControlServiceApplicationProxy named \"" + Name + "\" already exists under the parent Microsoft.SharePoint.Administration.SPFarm named \"" + new SPFarm(Farm).Name + "\". Rename your object or delete the existing object."), ErrorCategory.InvalidArgument, Name);
            if (!ShouldProcess(Name, "New-SPAzureAccessControlServiceApplicationProxy"))
                return;
            var created = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["name"] = Name,
                ["typeName"] = ServiceNames.AcsProxyTypeName,
                ["status"] = "Online",
                ["metadataEndpointUri"] = MetadataServiceEndpointUri,
                ["inDefaultGroup"] = DefaultProxyGroup.IsPresent,
            };
            FarmStore.Modify(farm => FarmStore.EnsureArr(farm, "proxies").Add(created.DeepClone()));
            if (FarmStore.Bool(Farm, "acsProxyReturnsNothing", false))
                return; // POWERSHELL.md: the cmdlet may return nothing
            WriteObject(new SPAzureAccessControlServiceApplicationProxy(FarmStore.Load(), created));
        }
    }

    // §2.18
    [Cmdlet(VerbsCommon.Get, "SPAppPrincipal")]
    [OutputType(typeof(SPAppPrincipal))]
    public sealed class SPCmdletGetAppPrincipal : SPCmdletBase
    {
        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public object Site { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string NameIdentifier { get; set; }

        protected override void EndProcessing()
        {
            SPWeb web = ResolveWeb(Site);
            if (web == null)
            {
                NotFound("Cannot find an SPWeb object with Id or Url: " + Text(Site) + ".", Site);
                return;
            }
            string siteUrl = web.Site.WebApplicationUrl;
            foreach (JsonObject p in FarmStore.Objects(FarmStore.Arr(Farm, "appPrincipals")))
            {
                if (SPSite.Lookup(Farm, FarmStore.Str(p, "site"), out _) is JsonObject app && FarmStore.SameUrl(FarmStore.Str(app, "url"), siteUrl) &&
                    string.Equals(FarmStore.Str(p, "nameIdentifier"), NameIdentifier, StringComparison.OrdinalIgnoreCase))
                    WriteObject(new SPAppPrincipal(FarmStore.Str(p, "displayName"), FarmStore.Str(p, "nameIdentifier"), FarmStore.Str(p, "site")));
            }
        }
    }

    // §2.19: no -Confirm.
    [Cmdlet(VerbsLifecycle.Register, "SPAppPrincipal")]
    [OutputType(typeof(SPAppPrincipal))]
    public sealed class SPCmdletRegisterAppPrincipal : SPCmdletBase
    {
        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public object Site { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string NameIdentifier { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; }

        protected override void EndProcessing()
        {
            SPWeb web = ResolveWeb(Site);
            if (web == null)
            {
                NotFound("Cannot find an SPWeb object with Id or Url: " + Text(Site) + ".", Site);
                return;
            }
            if (!FarmStore.Bool(Farm, "appManagementService", true))
                Fail(new SPException("The App Management Service Application is not available. Create the App Management service application and its proxy, and start the App Management Service."), ErrorCategory.ResourceUnavailable, null);
            string siteUrl = web.Site.WebApplicationUrl;
            foreach (JsonObject p in FarmStore.Objects(FarmStore.Arr(Farm, "appPrincipals")))
            {
                // A known identifier: the registered principal comes back.
                if (FarmStore.SameUrl(FarmStore.Str(p, "site"), siteUrl) && string.Equals(FarmStore.Str(p, "nameIdentifier"), NameIdentifier, StringComparison.OrdinalIgnoreCase))
                {
                    WriteObject(new SPAppPrincipal(FarmStore.Str(p, "displayName"), FarmStore.Str(p, "nameIdentifier"), FarmStore.Str(p, "site")));
                    return;
                }
            }
            var created = new JsonObject { ["site"] = siteUrl, ["nameIdentifier"] = NameIdentifier, ["displayName"] = DisplayName };
            FarmStore.Modify(farm => FarmStore.EnsureArr(farm, "appPrincipals").Add(created.DeepClone()));
            WriteObject(new SPAppPrincipal(DisplayName, NameIdentifier, siteUrl));
        }
    }

    // §2.20
    [Cmdlet(VerbsCommon.Get, "SPSite", DefaultParameterSetName = "AllSitesInWebApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SPSite))]
    public sealed class SPCmdletGetSite : SPCmdletBase
    {
        [Parameter(ParameterSetName = "AllSitesInIdentity", Position = 0, Mandatory = true, ValueFromPipeline = true)]
        public object Identity { get; set; }

        [Parameter(ParameterSetName = "AllSitesInContentDB", Mandatory = true, ValueFromPipeline = true)]
        public object ContentDatabase { get; set; }

        [Parameter(ParameterSetName = "AllSitesInSiteSubscription", Mandatory = true, ValueFromPipeline = true)]
        public object SiteSubscription { get; set; }

        [Parameter(ParameterSetName = "AllSitesInWebApplication", ValueFromPipeline = true)]
        public object WebApplication { get; set; }

        [Parameter(ParameterSetName = "AllSitesInIdentity")]
        public SwitchParameter Regex { get; set; }

        [Parameter(ParameterSetName = "AllSitesInContentDB")]
        public SwitchParameter NeedsB2BUpgrade { get; set; }

        [Parameter] public ScriptBlock Filter { get; set; }
        [Parameter] public string Limit { get; set; }
        [Parameter] public int CompatibilityLevel { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "AllSitesInContentDB" || ParameterSetName == "AllSitesInSiteSubscription" || Regex.IsPresent || Filter != null)
                Fail(new NotSupportedException("The SharePoint simulator simulates Get-SPSite by -Identity URL or -WebApplication only."), ErrorCategory.NotImplemented, null);
            var sites = new List<SPSite>();
            if (ParameterSetName == "AllSitesInIdentity")
            {
                SPSite site = ResolveSite(Identity);
                if (site == null)
                {
                    NotFound("Cannot find an SPSite object with Id or Url: " + Text(Identity) + ".", Identity);
                    return;
                }
                sites.Add(site);
            }
            else
            {
                IEnumerable<SPWebApplication> apps = SPWebApplication.All(Farm);
                if (WebApplication != null)
                {
                    SPWebApplication app = ResolveWebApplication(WebApplication);
                    if (app == null)
                    {
                        NotFound("Cannot find an SPWebApplication object that contains the following Name, Id, or Url: " + Text(WebApplication) + ".", WebApplication);
                        return;
                    }
                    apps = new[] { app };
                }
                foreach (SPWebApplication app in apps)
                    if (FarmStore.Bool(app.Json, "hasRootSite", true))
                        sites.Add(new SPSite(app.Url));
            }
            foreach (SPSite site in sites)
            {
                Track(site);
                WriteObject(site);
            }
        }
    }

    // §2.21
    [Cmdlet(VerbsCommon.Get, "SPWeb", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SPWeb))]
    public sealed class SPCmdletGetWeb : SPCmdletBase
    {
        [Parameter(Position = 0)]
        public object Identity { get; set; }

        [Parameter(ValueFromPipeline = true)]
        public object Site { get; set; }

        [Parameter] public ScriptBlock Filter { get; set; }
        [Parameter] public string Limit { get; set; }
        [Parameter] public SwitchParameter Regex { get; set; }

        protected override void ProcessRecord()
        {
            if (Regex.IsPresent || Filter != null)
                Fail(new NotSupportedException("The SharePoint simulator simulates Get-SPWeb by URL only."), ErrorCategory.NotImplemented, null);
            if (Identity == null && Site == null)
                Fail(new ArgumentException("Specify -Identity or -Site."), ErrorCategory.InvalidArgument, null);
            object target = Identity ?? Site;
            object value = Unwrap(target);
            if (value is SPWeb existing)
            {
                WriteObject(existing);
                return;
            }
            SPSite site = ResolveSite(value);
            if (site == null)
            {
                NotFound("Cannot find an SPSite object that contains the following Id or Url: " + Text(target) + ".", target);
                return;
            }
            Track(site);
            SPWeb web = site.RootWeb;
            Track(web);
            WriteObject(web);
        }
    }

    // §2.22
    [Cmdlet(VerbsLifecycle.Start, "SPAssignment")]
    [OutputType(typeof(SPAssignmentCollection))]
    public sealed class SPCmdletStartAssignment : SPCmdletBase
    {
        [Parameter]
        public SwitchParameter Global { get; set; }

        protected override void EndProcessing()
        {
            if (Global.IsPresent)
            {
                SPAssignmentCollection.Global ??= new SPAssignmentCollection();
                return;
            }
            WriteObject(new SPAssignmentCollection());
        }
    }

    // §2.23: -SemiGlobal (position 0, pipeline), not -Identity.
    [Cmdlet(VerbsLifecycle.Stop, "SPAssignment")]
    public sealed class SPCmdletStopAssignment : SPCmdletBase
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        public SPAssignmentCollection SemiGlobal { get; set; }

        [Parameter]
        public SwitchParameter Global { get; set; }

        protected override void ProcessRecord()
        {
            SemiGlobal?.Dispose();
            if (Global.IsPresent && SPAssignmentCollection.Global != null)
            {
                SPAssignmentCollection.Global.Dispose();
                SPAssignmentCollection.Global = null;
            }
        }
    }

    // §2.24: sets Identity (default) and Server.
    [Cmdlet(VerbsCommon.Get, "SPServiceInstance", DefaultParameterSetName = "Identity")]
    [OutputType(typeof(SPServiceInstance))]
    public sealed class SPCmdletGetServiceInstance : SPCmdletBase
    {
        [Parameter(ParameterSetName = "Identity", Position = 0, ValueFromPipeline = true)]
        public object Identity { get; set; }

        [Parameter(ParameterSetName = "Server", Mandatory = true, ValueFromPipeline = true)]
        public object Server { get; set; }

        [Parameter]
        public SwitchParameter All { get; set; }

        protected override void ProcessRecord()
        {
            List<SPServiceInstance> all = SPServiceInstance.All(Farm);
            if (ParameterSetName == "Server")
            {
                object value = Unwrap(Server);
                string name = value is SPServer s ? s.Name : Text(value);
                if (!SPServer.All(Farm).Any(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    NotFound("Cannot find an SPServer object with Address or Id: " + name + ".", Server);
                    return;
                }
                WriteObject(all.Where(i => string.Equals(i.Server.Name, name, StringComparison.OrdinalIgnoreCase)), true);
                return;
            }
            if (Identity == null)
            {
                WriteObject(all, true);
                return;
            }
            object id = Unwrap(Identity);
            Guid wanted = id is SPServiceInstance si ? si.Id : id is Guid g ? g : Guid.TryParse(Text(id), out Guid parsed) ? parsed : Guid.Empty;
            SPServiceInstance found = all.FirstOrDefault(i => i.Id == wanted);
            if (found == null)
                NotFound("Cannot find an SPServiceInstance object with Id: " + Text(id) + ".", Identity);
            else
                WriteObject(found);
        }
    }
}
