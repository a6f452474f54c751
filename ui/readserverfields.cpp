#include "readserverfields.h"

#include "config/connectionconfig.h"
#include "config/readserversettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace catalog {

ReadServerFields::ReadServerFields(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Browse from standby"), this))
    , m_server(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_enabled->setObjectName(QStringLiteral("browseFromStandby"));
    m_enabled->setToolTip(tr("Pages, counts, statistics and exports read from a hot standby; every change "
                             "still goes to the server above. After you save, reads stay on the primary "
                             "until the standby has your change."));
    m_server->setObjectName(QStringLiteral("standbyServerEdit"));
    m_server->setPlaceholderText(tr("standby host:port or postgresql://…"));
    m_error->setObjectName(QStringLiteral("standbyServerError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_server);
    layout->addWidget(m_error);
    connect(m_enabled, &QCheckBox::toggled, this, &ReadServerFields::refreshState);
    connect(m_server, &QLineEdit::textEdited, this, &ReadServerFields::refreshState);
    refreshState();
}

void ReadServerFields::load(const ConnectionConfig &connection)
{
    setReadUrl(ReadServerSettings().readUrlFor(connection));
}

void ReadServerFields::save(const ConnectionConfig &connection) const
{
    ReadServerSettings().setReadUrl(connection, readUrl());
}

void ReadServerFields::setReadUrl(const QString &url)
{
    m_enabled->setChecked(!url.isEmpty());
    m_server->setText(url);
    refreshState();
}

QString ReadServerFields::readUrl() const
{
    QString text = m_server->text().trimmed();
    if (!m_enabled->isChecked() || text.isEmpty())
        return {};
    if (text.contains(QLatin1String("://")))
        return text;
    return QStringLiteral("postgresql://") + text; // host or host:port
}

QString ReadServerFields::error() const
{
    if (!m_enabled->isChecked())
        return {};
    if (m_server->text().trimmed().isEmpty())
        return tr("Name the standby (host:port) or clear \"Browse from standby\".");
    const Result<ConnectionConfig> config = ConnectionConfig::fromUrl(readUrl());
    if (!config)
        return config.error().message;
    if (config->engine != Engine::PostgreSQL)
        return tr("A standby is a PostgreSQL server.");
    return {};
}

void ReadServerFields::refreshState()
{
    m_server->setEnabled(m_enabled->isChecked());
    const QString problem = error();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && !m_server->text().trimmed().isEmpty());
    Q_EMIT edited();
}

} // namespace catalog
