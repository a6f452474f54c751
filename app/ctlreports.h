#pragma once

#include <QTextStream>

namespace catalog {

struct CatalogStatistics;
struct SystemHealth;

// catalogctl's plain-text renderings of the dashboard figures (the --json forms come from the
// structs' toJson()). Not translated: scripts read them.
void printStatisticsDetails(QTextStream &out, const CatalogStatistics &stats);
void printHealth(QTextStream &out, const SystemHealth &health);

} // namespace catalog
