#include "connectiondialog.h"

#include "db/connectionmanager.h"
#include "hostlisteditor.h"
#include "config/recentconnections.h"
#include "readserverfields.h"
#include "config/secretstore.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

namespace {

const QString kSslMode = QStringLiteral("sslmode");
// TLS files with fields of their own: libpq keyword and the field's object name.
const QList<QPair<QString, QString>> kTlsFiles { { QStringLiteral("sslrootcert"), QStringLiteral("sslRootCertEdit") },
                                                 { QStringLiteral("sslcert"), QStringLiteral("sslCertEdit") },
                                                 { QStringLiteral("sslkey"), QStringLiteral("sslKeyEdit") } };
enum Remember { RememberNot, RememberKeychain, RememberPgPass };
QString connectionErrorStyle()
{
    return QStringLiteral("color: %1;").arg(StatusColors::current().name(StatusColors::Role::Error));
}

QString connectionSuccessStyle()
{
    return QStringLiteral("color: %1;").arg(StatusColors::current().name(StatusColors::Role::Ok));
}

// libpq breaks its hints onto indented lines without a full stop; one paragraph reads better.
QString oneParagraph(const QString &text)
{
    QStringList sentences;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString sentence = line.simplified();
        if (sentence.isEmpty())
            continue;
        if (!sentences.isEmpty() && !sentences.last().endsWith(QLatin1Char('.'))
            && !sentences.last().endsWith(QLatin1Char('?')) && !sentences.last().endsWith(QLatin1Char(':')))
            sentences.last() += QLatin1Char('.');
        sentences << sentence;
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : ConnectionDialog(ConnectionConfig::defaultSqlite(), parent)
{
}

ConnectionDialog::ConnectionDialog(const ConnectionConfig &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to database"));
    buildUi();
    reloadRecent();
    setConfig(initial);
}

// The test task owns its ConnectionManager and config; abandoning the watcher is all it takes.
ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi()
{
    createSourceFields();
    createServerFields();
    createTlsFields();
    createUrlFields();
    m_readServer = new ReadServerFields(this);
    QLayout *testRow = createTestRow();
    layOut(testRow);
    connectFields();
}

// Recent connections, engine and the SQLite file.
void ConnectionDialog::createSourceFields()
{
    m_recentCombo = new QComboBox(this);
    m_recentCombo->setObjectName(QStringLiteral("recentCombo"));
    m_recentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recentCombo->setMinimumContentsLength(30);

    m_engineCombo = new QComboBox(this);
    m_engineCombo->setObjectName(QStringLiteral("engineCombo"));
    m_engineCombo->addItem(tr("Embedded SQLite file"), int(Engine::SQLite));
    m_engineCombo->addItem(tr("PostgreSQL server"), int(Engine::PostgreSQL));

    m_fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_fileEdit = new QLineEdit(m_fileRow);
    m_fileEdit->setObjectName(QStringLiteral("sqlitePathEdit"));
    m_fileEdit->setPlaceholderText(tr("Path of the catalog file; it is created if missing"));
    m_fileEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("Browse…"), m_fileRow);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    fileLayout->addWidget(m_fileEdit, 1);
    fileLayout->addWidget(m_browseButton);
}

// Host, port, database, user, password and where to remember it.
void ConnectionDialog::createServerFields()
{
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setPlaceholderText(tr("Host name, address or socket folder (empty: libpq default)"));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("Default (5432)"));
    m_portSpin->setMinimumWidth(
        m_portSpin->fontMetrics().horizontalAdvance(m_portSpin->specialValueText()) + 48);
    m_portSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_moreHosts = new HostListEditor(this);
    m_databaseEdit = new QLineEdit(this);
    m_databaseEdit->setObjectName(QStringLiteral("databaseEdit"));
    m_databaseEdit->setPlaceholderText(tr("Database name (empty: same as the user)"));
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setPlaceholderText(tr("Empty: your operating-system user"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Empty: ~/.pgpass or no password"));
    m_passwordEdit->setToolTip(tr("Used for this session only; passwords are never saved"));
    m_rememberCombo = new QComboBox(this);
    m_rememberCombo->setObjectName(QStringLiteral("rememberCombo"));
    m_rememberCombo->addItem(tr("Do not remember"), int(RememberNot));
    m_rememberCombo->addItem(tr("In the system keychain"), int(RememberKeychain));
    m_rememberCombo->addItem(tr("In %1").arg(QDir::toNativeSeparators(PgPassFile::defaultPath())), int(RememberPgPass));
    m_rememberCombo->setToolTip(tr("Passwords are never written to the settings file"));
}

// SSL mode and the certificate files.
void ConnectionDialog::createTlsFields()
{
    m_sslModeCombo = new QComboBox(this);
    m_sslModeCombo->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslModeCombo->addItem(tr("Default (prefer)"), QString());
    const QList<QPair<QString, QString>> modes {
        { QStringLiteral("disable"), tr("Never encrypt") },
        { QStringLiteral("allow"), tr("Encrypt only if the server insists") },
        { QStringLiteral("prefer"), tr("Encrypt if the server can") },
        { QStringLiteral("require"), tr("Always encrypt; do not check the certificate") },
        { QStringLiteral("verify-ca"), tr("Always encrypt; check the certificate authority") },
        { QStringLiteral("verify-full"), tr("Always encrypt; check the authority and the host name") },
    };
    for (const auto &[mode, description] : modes) {
        m_sslModeCombo->addItem(mode, mode);
        m_sslModeCombo->setItemData(m_sslModeCombo->count() - 1, description, Qt::ToolTipRole);
    }
    m_sslModeCombo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const QStringList tlsPlaceholders { tr("CA certificate (PEM) to check the server against"),
                                        tr("Client certificate (PEM), if the server asks for one"),
                                        tr("Private key of the client certificate") };
    for (qsizetype i = 0; i < kTlsFiles.size(); ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(kTlsFiles.at(i).second);
        edit->setPlaceholderText(tlsPlaceholders.at(i));
        m_tlsEdits << edit;
    }
}

// The connection as one URL, kept in step with the fields.
void ConnectionDialog::createUrlFields()
{
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/catalog?sslmode=require"));
    m_urlEdit->setToolTip(tr("postgresql://user@host:port/database?sslmode=… or sqlite:///absolute/path.db"));
    m_urlErrorLabel = new QLabel(this);
    m_urlErrorLabel->setObjectName(QStringLiteral("urlErrorLabel"));
    m_urlErrorLabel->setWordWrap(true);
    m_urlErrorLabel->setStyleSheet(connectionErrorStyle());
    m_urlErrorLabel->setTextFormat(Qt::PlainText);
    m_urlErrorLabel->hide();
}

// Test connection: the button, a busy bar and the result.
QLayout *ConnectionDialog::createTestRow()
{
    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedSize(90, m_testButton->sizeHint().height() / 2);
    m_busyIndicator->hide();
    m_testResultLabel = new QLabel(this);
    m_testResultLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextFormat(Qt::PlainText);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResultLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_busyIndicator, 0, Qt::AlignVCenter);
    testRow->addWidget(m_testResultLabel, 1);
    return testRow;
}

void ConnectionDialog::layOut(QLayout *testRow)
{
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->addRow(tr("&Recent:"), m_recentCombo);
    m_form->addRow(tr("&Engine:"), m_engineCombo);
    m_form->addRow(tr("Database &file:"), m_fileRow);
    m_form->addRow(tr("&Host:"), m_hostEdit);
    m_form->addRow(tr("&Port:"), m_portSpin);
    m_form->addRow(tr("More &hosts:"), m_moreHosts);
    m_form->addRow(tr("&Database:"), m_databaseEdit);
    m_form->addRow(tr("&User:"), m_userEdit);
    m_form->addRow(tr("Pass&word:"), m_passwordEdit);
    m_form->addRow(tr("Re&member password:"), m_rememberCombo);
    m_form->addRow(tr("&SSL mode:"), m_sslModeCombo);
    m_form->addRow(tr("CA certificate:"), m_tlsEdits.at(0));
    m_form->addRow(tr("Client certificate:"), m_tlsEdits.at(1));
    m_form->addRow(tr("Client key:"), m_tlsEdits.at(2));
    m_form->addRow(tr("Reads:"), m_readServer);
    m_form->addRow(line);
    m_form->addRow(tr("UR&L:"), m_urlEdit);
    m_form->addRow(QString(), m_urlErrorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setStyleSheet(connectionErrorStyle());
    m_problemLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemLabel);
    layout->addLayout(m_form);
    layout->addSpacing(4);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

void ConnectionDialog::connectFields()
{
    connect(m_recentCombo, &QComboBox::activated, this, &ConnectionDialog::onRecentActivated);
    connect(m_engineCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onEngineChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &ConnectionDialog::browseForFile);
    for (QLineEdit *edit : { m_fileEdit, m_hostEdit, m_databaseEdit, m_userEdit, m_passwordEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::onFieldsEdited);
    for (QLineEdit *edit : std::as_const(m_tlsEdits))
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::onFieldsEdited);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::onFieldsEdited);
    connect(m_sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onFieldsEdited);
    connect(m_moreHosts, &HostListEditor::changed, this, &ConnectionDialog::onFieldsEdited);
    connect(m_moreHosts, &HostListEditor::firstHostSwapRequested, this, [this](const ServerAddress &host) {
        m_moreHosts->replaceFirst({ m_hostEdit->text().trimmed(), m_portSpin->value() });
        m_hostEdit->setText(host.host);
        m_portSpin->setValue(host.port);
    });
    connect(m_urlEdit, &QLineEdit::textEdited, this, &ConnectionDialog::onUrlEdited);
    connect(m_urlEdit, &QLineEdit::editingFinished, this, &ConnectionDialog::onUrlEditingFinished);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

void ConnectionDialog::reloadRecent()
{
    const QStringList urls = RecentConnections().urls();
    m_recentCombo->clear();
    m_recentCombo->addItem(urls.isEmpty() ? tr("No recent connections") : tr("Choose a recent connection…"));
    for (const QString &url : urls) {
        const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(url);
        m_recentCombo->addItem(config ? config->displayName() : url, url);
        m_recentCombo->setItemData(m_recentCombo->count() - 1, url, Qt::ToolTipRole);
    }
    m_recentCombo->setEnabled(!urls.isEmpty());
}

void ConnectionDialog::setConfig(const ConnectionConfig &config)
{
    abandonTest();
    m_testResultLabel->clear();
    m_updating = true;
    showConfigInFields(config);
    m_passwordEdit->setText(config.password);
    m_updating = false;
    onFieldsEdited();
    fillSavedPassword(config);
    m_readServer->load(config);
}

QString ConnectionDialog::readUrl() const
{
    return m_readServer->readUrl();
}

ConnectionConfig ConnectionDialog::config() const
{
    return configFromFields();
}

bool ConnectionDialog::isAcceptable() const
{
    return m_urlError.isEmpty();
}

bool ConnectionDialog::isTestRunning() const
{
    return !m_testWatcher.isNull();
}

void ConnectionDialog::showConfigInFields(const ConnectionConfig &config)
{
    m_engineCombo->setCurrentIndex(m_engineCombo->findData(int(config.engine)));
    if (config.engine == Engine::SQLite) {
        m_fileEdit->setText(QDir::toNativeSeparators(config.sqlitePath));
    } else {
        m_hostEdit->setText(config.host);
        m_portSpin->setValue(config.port);
        m_moreHosts->setHosts(config.moreHosts);
        m_moreHosts->setTargetSessionAttrs(config.targetSessionAttrs());
        m_databaseEdit->setText(config.database);
        m_userEdit->setText(config.user);
        if (!config.password.isEmpty())
            m_passwordEdit->setText(config.password);
        const int ssl = m_sslModeCombo->findData(config.options.value(kSslMode));
        m_sslModeCombo->setCurrentIndex(qMax(0, ssl));
        m_otherOptions = config.options;
        // An sslmode the combo does not know stays in the URL rather than being dropped.
        if (ssl >= 0)
            m_otherOptions.remove(kSslMode);
        m_otherOptions.remove(QStringLiteral("target_session_attrs")); // the host list's "Use"
        for (qsizetype i = 0; i < kTlsFiles.size(); ++i) {
            m_tlsEdits.at(i)->setText(config.options.value(kTlsFiles.at(i).first));
            m_otherOptions.remove(kTlsFiles.at(i).first);
        }
    }
    const bool sqlite = config.engine == Engine::SQLite;
    m_form->setRowVisible(m_fileRow, sqlite);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_hostEdit, m_portSpin, m_moreHosts, m_databaseEdit, m_userEdit, m_passwordEdit, m_sslModeCombo, m_rememberCombo,
             m_tlsEdits.at(0), m_tlsEdits.at(1), m_tlsEdits.at(2), m_readServer })
        m_form->setRowVisible(field, !sqlite);
}

ConnectionConfig ConnectionDialog::configFromFields() const
{
    ConnectionConfig config;
    config.engine = Engine(m_engineCombo->currentData().toInt());
    if (config.engine == Engine::SQLite) {
        const QString path = m_fileEdit->text().trimmed();
        if (!path.isEmpty())
            config.sqlitePath = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
        return config;
    }
    config.host = m_hostEdit->text().trimmed();
    config.port = m_portSpin->value();
    config.moreHosts = m_moreHosts->hosts();
    config.database = m_databaseEdit->text().trimmed();
    config.user = m_userEdit->text().trimmed();
    config.password = m_passwordEdit->text();
    config.options = m_otherOptions;
    const QString ssl = m_sslModeCombo->currentData().toString();
    if (!ssl.isEmpty())
        config.options.insert(kSslMode, ssl);
    if (const QString attrs = m_moreHosts->targetSessionAttrs(); !attrs.isEmpty())
        config.options.insert(QStringLiteral("target_session_attrs"), attrs);
    for (qsizetype i = 0; i < kTlsFiles.size(); ++i) {
        const QString path = m_tlsEdits.at(i)->text().trimmed();
        if (!path.isEmpty())
            config.options.insert(kTlsFiles.at(i).first, path);
    }
    return config;
}

void ConnectionDialog::onEngineChanged()
{
    if (m_updating)
        return;
    m_updating = true;
    if (Engine(m_engineCombo->currentData().toInt()) == Engine::SQLite
        && m_fileEdit->text().trimmed().isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(ConnectionConfig::defaultSqlite().sqlitePath));
    showConfigInFields(configFromFields());
    m_updating = false;
    onFieldsEdited();
}

void ConnectionDialog::onFieldsEdited()
{
    if (m_updating)
        return;
    abandonTest();
    m_testResultLabel->clear();
    const ConnectionConfig config = configFromFields();
    m_updating = true;
    if (config.engine == Engine::SQLite && config.sqlitePath.isEmpty()) {
        m_urlEdit->clear();
        setUrlError(tr("Choose the SQLite database file."));
    } else {
        m_urlEdit->setText(config.toUrl());
        setUrlError(QString());
    }
    m_updating = false;
}

void ConnectionDialog::onUrlEdited(const QString &text)
{
    if (m_updating)
        return;
    abandonTest();
    m_testResultLabel->clear();
    const Result<ConnectionConfig> parsed = ConnectionConfig::fromUrl(text);
    if (!parsed) {
        setUrlError(parsed.error().message);
        return;
    }
    m_updating = true;
    showConfigInFields(parsed.value());
    m_updating = false;
    setUrlError(QString());
}

void ConnectionDialog::onUrlEditingFinished()
{
    if (!m_urlError.isEmpty())
        return;
    // Show the canonical form; a password typed into the URL has moved to the password field.
    const QString canonical = configFromFields().toUrl();
    if (canonical != m_urlEdit->text()) {
        m_updating = true;
        m_urlEdit->setText(canonical);
        m_updating = false;
    }
}

void ConnectionDialog::onRecentActivated(int index)
{
    const QString url = m_recentCombo->itemData(index).toString();
    if (url.isEmpty())
        return;
    const Result<ConnectionConfig> parsed = ConnectionConfig::fromUrl(url);
    if (!parsed)
        return;
    setConfig(parsed.value()); // also clears the password: it belonged to the previous connection
}

void ConnectionDialog::browseForFile()
{
    QString start = configFromFields().sqlitePath;
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Catalog database file"), start,
        tr("SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void ConnectionDialog::setUrlError(const QString &error)
{
    m_urlError = error;
    m_urlErrorLabel->setText(error);
    m_urlErrorLabel->setVisible(!error.isEmpty());
    updateAcceptable();
}

void ConnectionDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
    m_testButton->setEnabled(isAcceptable());
}

void ConnectionDialog::abandonTest()
{
    if (m_testWatcher) {
        // The task keeps running on its pool thread and cleans up after itself; only its result
        // is no longer wanted.
        m_testWatcher->disconnect(this);
        m_testWatcher->deleteLater();
        m_testWatcher.clear();
    }
    m_busyIndicator->hide();
}

void ConnectionDialog::testConnection()
{
    if (!isAcceptable())
        return;
    abandonTest();
    const ConnectionConfig tested = configFromFields();
    auto *watcher = new QFutureWatcher<HealthReport>(this);
    m_testWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, tested] {
        const HealthReport report = watcher->result();
        watcher->deleteLater();
        m_testWatcher.clear();
        m_busyIndicator->hide();
        showTestResult(tested, report);
    });
    m_busyIndicator->show();
    m_testResultLabel->setStyleSheet(QString());
    m_testResultLabel->setText(tr("Connecting to %1…").arg(tested.displayName()));
    watcher->setFuture(QtConcurrent::run([tested] {
        ConnectionManager::Options options;
        options.maxConnections = 1;
        options.maxAttempts = 1;
        ConnectionManager manager(tested, options);
        return manager.checkHealth(); // the manager closes this thread's connection as it goes
    }));
}

void ConnectionDialog::showTestResult(const ConnectionConfig &tested, const HealthReport &report)
{
    QString message;
    if (report.healthy) {
        message = tr("Connected to %1 %2, round trip %3 ms.")
                      .arg(engineName(tested.engine), report.serverVersion)
                      .arg(double(report.latencyMicros) / 1000.0, 0, 'f', 1);
        m_testResultLabel->setStyleSheet(connectionSuccessStyle());
    } else {
        message = tr("Connection failed: %1").arg(oneParagraph(report.error));
        m_testResultLabel->setStyleSheet(connectionErrorStyle());
    }
    m_testResultLabel->setText(message);
    emit testFinished(report.healthy, message);
}

void ConnectionDialog::setProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

QString ConnectionDialog::problem() const
{
    return m_problemLabel->text();
}

void ConnectionDialog::accept()
{
    if (!isAcceptable())
        return;
    const ConnectionConfig config = configFromFields();
    if (config.engine == Engine::PostgreSQL) {
        if (!m_readServer->error().isEmpty())
            return; // shown under the field
        m_readServer->save(config);
    }
    const auto remember = Remember(m_rememberCombo->currentData().toInt());
    if (config.engine == Engine::PostgreSQL && !config.password.isEmpty() && remember != RememberNot) {
        if (remember == RememberPgPass)
            m_secrets = std::make_unique<PgPassFile>();
        else
            m_secrets = std::make_unique<KeychainStore>();
        m_buttons->setEnabled(false);
        QPointer<ConnectionDialog> self(this);
        m_secrets->write(config, config.password, [self, config](const StorageError &error) {
            if (!self)
                return;
            self->m_buttons->setEnabled(true);
            if (!error.ok()) {
                // Not saved: say so, keep the dialog open so the operator can choose another place.
                self->m_testResultLabel->setStyleSheet(connectionErrorStyle());
                self->m_testResultLabel->setText(tr("The password was not saved: %1").arg(error.toString()));
                return;
            }
            RecentConnections().add(config);
            self->QDialog::accept();
        });
        return;
    }
    RecentConnections().add(config);
    QDialog::accept();
}

void ConnectionDialog::fillSavedPassword(const ConnectionConfig &config)
{
    if (config.engine != Engine::PostgreSQL || !config.password.isEmpty())
        return;
    // The keychain may answer later (or never, headless): only an untouched, empty field is filled.
    m_secrets = std::make_unique<KeychainStore>();
    QPointer<ConnectionDialog> self(this);
    const QString key = SecretStore::keyFor(config);
    m_secrets->read(config, [self, key](const Result<QString> &password) {
        if (!self || !password || !self->m_passwordEdit->text().isEmpty()
            || SecretStore::keyFor(self->configFromFields()) != key)
            return;
        self->m_passwordEdit->setText(password.value());
        self->m_rememberCombo->setCurrentIndex(self->m_rememberCombo->findData(int(RememberKeychain)));
    });
}

} // namespace catalog
