#pragma once

#include "config/connectionconfig.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

#include <memory>

namespace catalog {

struct HealthReport;
class ReadServerFields;
class HostListEditor;
class SecretStore;

// "Connect to database": the engine (embedded SQLite file or PostgreSQL server), its fields, and
// a URL field kept in step with them both ways (ConnectionConfig::fromUrl/toUrl; URL options the
// fields do not show, such as connect_timeout or service, are kept). A URL that cannot be read is
// explained in red under the field and disables Connect.
//
// "Test connection" runs ConnectionManager::checkHealth() on a pool thread (QtConcurrent) and
// shows a busy indicator, then the server version and round trip or the error. The task owns
// everything it uses, so the dialog may be closed or destroyed while a test runs: the task
// finishes in the background and its result is dropped. Editing the connection also drops the
// result of a test still running.
//
// "Recent connections" come from RecentConnections (QSettings, without passwords). Accepting
// the dialog records the connection there; the password typed is returned by config() and kept
// only where the operator chose: nowhere (default), the system keychain or ~/.pgpass (SecretStore),
// never the settings. A keychain password for the connection shown fills an empty password field.
// TLS: sslmode, the CA certificate and a client certificate and key have fields of their own.
// GUI thread only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    explicit ConnectionDialog(const ConnectionConfig &initial, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConfig(const ConnectionConfig &config);
    // The connection as shown, including the password typed.
    ConnectionConfig config() const;
    // False while the URL cannot be read or no SQLite file is chosen; see urlError().
    bool isAcceptable() const;
    QString urlError() const { return m_urlError; }
    // "Browse from standby": the read server's URL, empty when not used (saved with the connection).
    QString readUrl() const;
    bool isTestRunning() const;
    // Why the dialog is shown, above the fields in red (e.g. the configured database could not be
    // opened at start); empty hides it.
    void setProblem(const QString &problem);
    QString problem() const;

public slots:
    void testConnection();
    void accept() override;

signals:
    // A connection test ended; `message` is what the dialog shows.
    void testFinished(bool healthy, const QString &message);

private:
    void buildUi();
    void createSourceFields();
    void createServerFields();
    void createTlsFields();
    void createUrlFields();
    QLayout *createTestRow();
    void layOut(QLayout *testRow);
    void connectFields();
    void reloadRecent();
    void onEngineChanged();
    void onFieldsEdited();
    void onUrlEdited(const QString &text);
    void onUrlEditingFinished();
    void onRecentActivated(int index);
    void browseForFile();
    void showConfigInFields(const ConnectionConfig &config);
    ConnectionConfig configFromFields() const;
    void setUrlError(const QString &error);
    void updateAcceptable();
    void abandonTest();
    void showTestResult(const ConnectionConfig &tested, const HealthReport &report);
    void fillSavedPassword(const ConnectionConfig &config);

    QComboBox *m_recentCombo = nullptr;
    QComboBox *m_engineCombo = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_fileRow = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    HostListEditor *m_moreHosts = nullptr; // the hosts after the first, and target_session_attrs
    QLineEdit *m_databaseEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QComboBox *m_sslModeCombo = nullptr;
    QComboBox *m_rememberCombo = nullptr;
    QList<QLineEdit *> m_tlsEdits; // sslrootcert, sslcert, sslkey
    std::unique_ptr<SecretStore> m_secrets; // the store of a save or lookup still under way
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlErrorLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ReadServerFields *m_readServer = nullptr;

    QMap<QString, QString> m_otherOptions; // URL options without a field of their own
    QString m_urlError;
    bool m_updating = false; // set while fields and URL are written programmatically
    QPointer<QFutureWatcherBase> m_testWatcher; // the test whose result is still wanted
};

} // namespace catalog
