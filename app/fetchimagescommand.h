#pragma once

class QCommandLineParser;

namespace catalog {

class ConnectionManager;

// catalogctl fetch-images [--product SOURCE_ID ...] [--missing] [--storage DIR]
//                         [--convert jpeg|png|webp] [--quality N]
// Exit 0 when every image was fetched, 1 when some failed (listed), 2 for usage errors (an unknown
// product, a bad option) or when the job could not run.
void addFetchImagesOptions(QCommandLineParser &parser);
int runFetchImages(ConnectionManager &connections, bool json, const QCommandLineParser &parser);

} // namespace catalog
