// Windows only (engine/CMakeLists.txt compiles it on WIN32 alone): the sign-in browser started
// unelevated by the desktop's shell. The wizard runs elevated (requireAdministrator); a browser it
// started itself would run elevated too. Explorer runs as the signed-in user without elevation, so
// the wizard asks it to open the URL: the shell window's view, its IShellDispatch2, ShellExecute
// ("Execute in Explorer", as Microsoft's shell team documents it).
#include "tenant/auth/BrowserLauncher.h"

#include <QCoreApplication>

#include <windows.h>

// Before shldisp.h: IShellDispatch2::ShellExecute and the ShellExecute macro must agree.
#include <shellapi.h>

#include <exdisp.h>
#include <shldisp.h>
#include <shlobj.h>
#include <wrl/client.h>

using Microsoft::WRL::ComPtr;
using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

Error launchError(const char *call, HRESULT result)
{
    return Error{u"tenant.sign-in.browser"_s,
                 QCoreApplication::translate("SignIn", "The desktop shell could not open the browser."),
                 u"%1: 0x%2"_s.arg(QString::fromLatin1(call)).arg(quint32(result), 8, 16, u'0'),
                 QCoreApplication::translate("SignIn", "Open the address from the log in a browser, or use "
                                                       "--sign-in device-code.")};
}

// The desktop shell's IShellDispatch2: Explorer's, running unelevated.
HRESULT desktopShell(ComPtr<IShellDispatch2> &shell, const char *&failed)
{
    ComPtr<IShellWindows> windows;
    failed = "CoCreateInstance(ShellWindows)";
    HRESULT result = CoCreateInstance(CLSID_ShellWindows, nullptr, CLSCTX_LOCAL_SERVER,
                                      IID_PPV_ARGS(windows.GetAddressOf()));
    if (FAILED(result))
        return result;
    VARIANT empty{};
    VariantInit(&empty);
    long window = 0;
    ComPtr<IDispatch> desktop;
    failed = "FindWindowSW";
    result = windows->FindWindowSW(&empty, &empty, SWC_DESKTOP, &window, SWFO_NEEDDISPATCH,
                                   desktop.GetAddressOf());
    if (result != S_OK)
        return FAILED(result) ? result : E_FAIL;
    ComPtr<IServiceProvider> provider;
    ComPtr<IShellBrowser> browser;
    ComPtr<IShellView> view;
    ComPtr<IDispatch> background;
    ComPtr<IShellFolderViewDual> folderView;
    ComPtr<IDispatch> application;
    failed = "the desktop's shell view";
    if (FAILED(result = desktop.As(&provider)) ||
        FAILED(result = provider->QueryService(SID_STopLevelBrowser, IID_PPV_ARGS(browser.GetAddressOf()))) ||
        FAILED(result = browser->QueryActiveShellView(view.GetAddressOf())) ||
        FAILED(result = view->GetItemObject(SVGIO_BACKGROUND, IID_PPV_ARGS(background.GetAddressOf()))) ||
        FAILED(result = background.As(&folderView)) ||
        FAILED(result = folderView->get_Application(application.GetAddressOf())))
        return result;
    failed = "IShellDispatch2";
    return application.As(&shell);
}

class ShellBrowserLauncher final : public BrowserLauncher {
public:
    Status open(const QUrl &url) override
    {
        const HRESULT initialized = CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED);
        const bool uninitialize = SUCCEEDED(initialized); // RPC_E_CHANGED_MODE: COM is there already
        const char *failed = "";
        ComPtr<IShellDispatch2> shell;
        HRESULT result = desktopShell(shell, failed);
        if (SUCCEEDED(result)) {
            // The URL is the verb's file argument: data, not a command line.
            const std::wstring address = url.toString(QUrl::FullyEncoded).toStdWString();
            BSTR file = SysAllocString(address.c_str());
            VARIANT none{};
            VariantInit(&none);
            VARIANT show{};
            VariantInit(&show);
            show.vt = VT_I4;
            show.lVal = SW_SHOWNORMAL;
            failed = "IShellDispatch2::ShellExecute";
            result = shell->ShellExecute(file, none, none, none, show);
            SysFreeString(file);
        }
        shell.Reset();
        if (uninitialize)
            CoUninitialize();
        if (FAILED(result))
            return launchError(failed, result);
        return success();
    }
};

} // namespace

std::unique_ptr<BrowserLauncher> shellBrowserLauncher()
{
    return std::make_unique<ShellBrowserLauncher>();
}

} // namespace s2s::auth
