#pragma once

#include <QString>

#include <optional>

namespace catalog {

// The file formats of bulk import and export, with their command-line / report names in one place
// (fileformat.cpp). The importer reads all four; the exporter writes CSV and JSON Lines.
// Sync1688: JSON Lines of the 1688sync crawler's items (product_id, title, price or a price range,
// seller_id/seller, location, image_urls, specifications, ...), mapped onto products and suppliers.
enum class FileFormat { Csv, JsonLines, JsonArray, Sync1688 };

// Which side of a transfer a name is parsed for: an export refuses the formats it cannot write.
enum class FileFormatUse { Import, Export };

// "csv", "jsonl", "json" or "1688sync": what --format takes and what reports print.
QString fileFormatName(FileFormat format);

// "csv", "jsonl"/"ndjson", "json" (also a file name's or path's suffix) or "1688sync"; nullopt for
// anything else, and for JSON arrays and 1688sync items when the use is Export.
std::optional<FileFormat> fileFormatFromName(const QString &name, FileFormatUse use = FileFormatUse::Import);

// CSV and JSON Lines: what ProductExporter writes.
bool isExportFileFormat(FileFormat format);

} // namespace catalog
