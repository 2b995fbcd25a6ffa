// s2s-lab-tenant: the lab tenant server on its own, for a client that knows nothing of the lab
// but the endpoints file and the CA it is handed (--endpoints F --ca-file C).
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#include "core/JsonFile.h"
#include "core/TerminationSignals.h"
#include "lab/LabTenantServer.h"

using namespace Qt::StringLiterals;

namespace {

int fail(const s2s::Error &error)
{
    std::fprintf(stderr, "s2s-lab-tenant: %s\n", qPrintable(error.toText()));
    return 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The S2S Wizard lab tenant (sign-in, Microsoft Graph, ACS metadata and token endpoint, "
        "SharePoint Online realm discovery) over HTTPS on 127.0.0.1, until terminated."_s);
    parser.addHelpOption();
    const QCommandLineOption lab(u"lab"_s, u"Lab folder (tenant.json, faults.json)."_s, u"DIR"_s);
    const QCommandLineOption port(u"port"_s, u"Port (default: the one in tenant.json)."_s, u"N"_s);
    const QCommandLineOption caOut(u"ca-out"_s, u"Where to write the server's certificate (PEM)."_s,
                                   u"FILE"_s);
    const QCommandLineOption endpointsOut(
        u"endpoints-out"_s, u"Where to write {\"login\",\"graph\",\"acs\",\"sharepoint\"} (JSON)."_s,
        u"FILE"_s);
    parser.addOptions({lab, port, caOut, endpointsOut});
    parser.process(app);
    bool portOk = true;
    const uint portNumber = parser.isSet(port) ? parser.value(port).toUInt(&portOk) : 0;
    if (!parser.isSet(lab) || !parser.isSet(caOut) || !portOk || portNumber > 65535) {
        std::fputs("usage: s2s-lab-tenant --lab DIR [--port N] --ca-out FILE "
                   "[--endpoints-out FILE]\n",
                   stderr);
        return 2;
    }
    const s2s::lab::LabFolder folder(parser.value(lab));
    if (const s2s::Status seeded = folder.ensureSeeded(); !seeded)
        return fail(seeded.error());
    s2s::lab::LabTenantServer server(folder);
    if (const s2s::Status started = server.start(quint16(portNumber)); !started)
        return fail(started.error());
    if (const s2s::Status written = server.writeCertificatePem(parser.value(caOut)); !written)
        return fail(written.error());
    if (parser.isSet(endpointsOut)) {
        const s2s::Status written = s2s::writeJsonObject(parser.value(endpointsOut),
                                                         server.endpoints().toJson());
        if (!written)
            return fail(written.error());
    }
    s2s::quitOnTerminationSignals();
    std::printf("s2s-lab-tenant listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
