#pragma once

#include <QWizardPage>

#include <optional>

#include "ResumeOffer.h"

class QLabel;
class QPushButton;
class QRadioButton;

namespace s2s {

class AfterSetupActions;
class WizardContext;

// What the wizard does, where it works (farm or lab), and which session: a new setup or the
// last unfinished one. Next opens the session and goes to its first unfinished step.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    // The step states to show while the admin chooses: the offered session's when resuming it,
    // none (all pending) for a new setup.
    void previewChanged(const QList<StepState> &states);

private:
    void openLab();
    void refresh();
    QString chosenSessionPath() const;
    QString describe(const SessionSummary &summary) const;
    QString passedOverText(const QList<PassedOverSession> &passedOver) const;
    void sessionOpenEnded();
    void revalidated();
    void emitPreview();
    // The finished setup the after-setup actions work on: the session open or given, else the
    // newest one of this farm or lab when no unfinished one is on offer.
    std::optional<SessionSummary> setUpSession();
    void refreshAfterSetup();

    WizardContext &m_context;
    std::optional<SessionSummary> m_offer;
    bool m_revalidating = false;
    QLabel *m_error = nullptr;
    QPushButton *m_openLab = nullptr;
    QWidget *m_choice = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_resume = nullptr;
    QLabel *m_session = nullptr;
    QLabel *m_passedOver = nullptr; // session files the offer passed over, and why
    QLabel *m_progress = nullptr;
    AfterSetupActions *m_afterSetup = nullptr;
    QString m_setUpPath; // the session the after-setup actions open
};

} // namespace s2s
