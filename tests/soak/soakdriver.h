#pragma once

#include "config/connectionconfig.h"

#include <QRandomGenerator>
#include <QString>

#include <functional>

class QTableView;

namespace catalog {
class MainWindow;
class ProductsPage;
class ProductTableModel;
}

namespace catalog::soak {

// How often the costlier steps come round (every N cycles); the cheap ones run every cycle.
struct Schedule
{
    int filterEvery = 3;
    int editEvery = 2;
    int galleryEvery = 4;
    int jobEvery = 3;
    int checkEvery = 40;
    int reconnectEvery = 25;
};

// Drives the main window as an operator would, one cycle at a time: scrolls the products a few
// pages, jumps to the end, the start and a random row (keys on the view), sorts by clicking a
// column header, types a search and picks a status filter and clears both, edits a title in the
// view's editor, undoes it, edits again and saves (Edit menu actions), opens a product in the
// detail pane with its gallery and a full image and closes them again, starts an export and cancels
// it from the progress panel, runs a consistency check, and reconnects (ConnectionSwitcher).
//
// Every step waits for its outcome by condition (the model idle, the visible rows loaded, a signal
// counted), never for a fixed time. A step that does not complete within the timeout ends the
// cycle with false and error() says which step and what it waited for. GUI thread only; the window
// must outlive the driver.
class SoakDriver
{
public:
    SoakDriver(MainWindow &window, ConnectionConfig config, QString scratchDir, Schedule schedule, int timeoutMs);

    // full: every step except the rare ones (consistency check, reconnect), whatever the schedule;
    // the cycle before each sample is full, so samples are taken at the same point of the same cycle.
    bool runCycle(int cycle, bool full);
    // Waits until the window is quiescent: models idle, no job, no thread-pool work, thumbnails
    // delivered, deferred deletes done. Samples are taken there, so they are comparable.
    bool settle();
    QString error() const { return m_error; }
    int cancelledJobs() const { return m_cancelledJobs; }
    int finishedJobs() const { return m_finishedJobs; }
    int saves() const { return m_saves; }
    int reconnects() const { return m_reconnects; }

private:
    ProductsPage *page() const;
    ProductTableModel *model() const;
    QTableView *view() const;
    bool waitFor(const QString &step, const std::function<bool()> &done);
    bool screenReady() const;
    bool scrollAndJump();
    bool sortByHeader(int cycle);
    bool sortBy(int column, Qt::SortOrder order);
    bool clickHeader(int column);
    bool filterAndClear(int cycle);
    bool editUndoSave(int cycle);
    bool editTitle(const QString &title);
    bool detailPaneAndGallery(int cycle);
    bool openAndCloseFullImage();
    bool exportAndCancel(int cycle);
    bool checkConsistency();
    bool reconnect();

    MainWindow &m_window;
    ConnectionConfig m_config;
    QString m_scratch;
    Schedule m_schedule;
    int m_timeoutMs;
    QRandomGenerator m_random { 1688 };
    QString m_error;
    int m_cancelledJobs = 0;
    int m_finishedJobs = 0;
    int m_saves = 0;
    int m_reconnects = 0;
};

} // namespace catalog::soak
